"""Caching never changes a result.

1. With nothing cached, `infer_cached` gives exactly what `infer_facts` gives (the inference
   issue tunes `infer_facts`; this test says when the cached path has fallen behind it).
2. Carried from scan to scan (through the state database's JSON form) while the mailbox
   changes, it gives at every step what `infer_facts` gives on the mailbox as it then is: on
   every labelled case and on generated mailboxes, with messages added, deleted and moved to
   another folder, threads whose first message arrives late, the moment moving on, and the
   user's config changing. Asked again with nothing changed, it reads nothing again.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import cast
from zoneinfo import ZoneInfo

import pytest

from daemon.codec import fingerprint
from daemon.incremental import SearchHistory, infer_cached
from daemon.infer.facts import _linked, _Read, infer_facts
from daemon.infer.notices import join_notices
from daemon.infer.people import Identity, domain_of, is_personal_domain
from daemon.model import Address, Message, Thread, ThreadFacts
from daemon.thread_cache import Cache, Entry, Group, ThreadRef, context_key
from daemon.thread_keep import KeptThreads
from daemon.threading import thread_messages
from daemon.tracing import digest, holds
from tests.conftest import case_dirs, every_case_dir
from tests.test_rules_index import load_maildir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from make_mailbox import DEFAULT_USER, generate  # noqa: E402

NOW = datetime.fromisoformat("2026-03-18T11:00:00-05:00")


def refs_of(threads: list[Thread], ctx: str) -> list[ThreadRef]:
    """Threads as daemon/scan.py keys them: the context, the id, each message's fingerprint."""

    def ref(t: Thread) -> ThreadRef:
        key = ctx + digest([t.id, *(fingerprint(m) for m in t.messages)])
        return ThreadRef(t.id, key, len(t.messages), lambda: t, t)

    return [ref(t) for t in threads]


def stored(cache: Cache) -> Cache:
    """The cache as a new process finds it: through JSON."""
    return Cache(
        {
            k: Entry.from_stored(json.loads(json.dumps(e.summary_json())), e.full_json())
            for k, e in cache.entries.items()
        },
        {k: Group.from_json(json.loads(json.dumps(g.to_json()))) for k, g in cache.groups.items()},
    )


def shown(facts: list[ThreadFacts]) -> list[str]:
    return [repr(f) for f in facts]


class Scans:
    """One account scanned again and again, its cache kept between scans as the state
    database keeps it."""

    def __init__(self, tz: str, ticking: bool = False) -> None:
        self.zone = ZoneInfo(tz)
        self.cache = Cache()
        # as the daemon ticks: the threads, the stand-ins and the search's history kept in
        # memory from tick to tick (daemon/thread_keep.py, daemon/incremental.py)
        self.ticking = ticking
        self.kept: KeptThreads | None = None

    def fresh(self, messages: list[Message], me: Identity, now: datetime) -> list[str]:
        threads = thread_messages([m for m in messages if m.date <= now])
        return shown(infer_facts(threads, me, self.zone, now))

    def cached(
        self, messages: list[Message], me: Identity, now: datetime, through_json: bool = True
    ) -> list[str]:
        heads = [m for m in messages if m.date <= now]
        if self.ticking:
            if self.kept is None or self.kept.me != me:
                self.kept = KeptThreads(me)
            threads = self.kept.update(heads)
            assert threads == join_notices(thread_messages(heads), me)
            through_json = self.cache.stand_ins is None
        else:
            threads = join_notices(thread_messages(heads), me)
        if through_json:  # a new process
            self.cache = stored(self.cache)
            if self.ticking:
                self.cache.stand_ins, self.cache.history = {}, SearchHistory()
        else:  # the daemon between ticks: the cache as it left it in memory
            self.cache.changed, self.cache.new_groups, self.cache.used_groups = set(), set(), set()
        refs = refs_of(threads, context_key(me, self.zone))
        out = infer_cached(refs, me, self.zone, now, self.cache)
        if self.ticking:  # what the next tick relies on: every kept read holds now
            since = self.cache.since
            assert since is not None
            words = {k: v for k, v in since.structures.items() if k != "not_held"}
            for ref in refs:
                e = self.cache.entries[ref.id]
                assert e.words_reads is not None and holds(e.words_reads, words, now), ref.id
                assert e.reads is not None and holds(e.reads, since.structures, now), ref.id
        # what the scan does after inference: threads no longer there are forgotten
        for gone in set(self.cache.entries) - {r.id for r in refs}:
            del self.cache.entries[gone]
            if self.cache.stand_ins is not None:
                self.cache.stand_ins.pop(gone, None)
        for key in set(self.cache.groups) - self.cache.used_groups:
            del self.cache.groups[key]
        return shown(list(out.facts))

    def step(
        self, what: str, messages: list[Message], me: Identity, now: datetime, through_json: bool
    ) -> None:
        want = self.fresh(messages, me, now)
        assert self.cached(messages, me, now, through_json) == want, what


def late_roots(messages: list[Message]) -> list[Message]:
    """The mailbox without the first message of each thread of two or more (they come later:
    the thread then has another first message, and another id)."""
    roots = {
        t.messages[0].message_id
        for t in thread_messages(messages)
        if len(t.messages) > 1 and t.messages[0].message_id == t.id
    }
    return [m for m in messages if m.message_id not in roots]


def moved(messages: list[Message], rng: random.Random) -> list[Message]:
    """A fifth of the incoming mail filed into another folder (a new place, the same mail)."""
    out = []
    for m in messages:
        if not m.in_sent_folder and rng.random() < 0.2:
            m = replace(m, folder=".Archive", ref=f"archived-{m.ref}")
        out.append(m)
    return out


def other_config(me: Identity, messages: list[Message]) -> Identity:
    """The user's config changed: an employer named (the most frequent organisation)."""
    domains = [domain_of(m.sender.email) for m in messages if m.sender is not None]
    orgs = [d for d in domains if not is_personal_domain(d) and not me.is_me(f"x@{d}")]
    employer = max(sorted(set(orgs)), key=orgs.count) if orgs else "example.org"
    return replace(me, employer_domains=frozenset({employer}))


def lenders(cache: Cache, most: int = 4) -> list[str]:
    """The threads whose reading reaches other threads through what the whole mailbox shows:
    a no-show they report, a meeting their words say did not happen, a role they show for
    someone another thread gives none, the user's signature naming their current job, family,
    an invitation's UID another thread shares (`check` adds threads that answer another's)."""
    entries = cache.entries
    roleless: dict[str, set[str]] = {}
    uids: dict[str, set[str]] = {}
    for tid, e in entries.items():
        own = {email for email, _, _ in e.roles}
        for email in e.automated:
            if email not in own:
                roleless.setdefault(email, set()).add(tid)
        for uid in e.uids:
            uids.setdefault(uid, set()).add(tid)
    colleagues = cache.colleagues[1] if cache.colleagues else frozenset()
    found = []
    for tid, e in entries.items():
        lends = any(roleless.get(email, set()) - {tid} for email, _, _ in e.roles)
        shares = any(uids[uid] - {tid} for uid in e.uids)
        signs = bool(colleagues) and any(e.signatures)
        if e.reports or e.not_held or e.family or lends or shares or signs:
            found.append(tid)
    return sorted(found)[:most]


def without_thread(messages: list[Message], thread_id: str) -> list[Message]:
    """The mailbox without one thread (deleted, or not arrived yet)."""
    gone = {
        m.message_id for t in thread_messages(messages) if t.id == thread_id for m in t.messages
    }
    return [m for m in messages if m.message_id not in gone]


def check(
    messages: list[Message], me: Identity, tz: str, now: datetime, ticking: bool = False
) -> None:
    rng = random.Random(len(messages))
    ordered = sorted(messages, key=lambda m: m.date)
    earlier = ordered[: max(1, len(ordered) - max(3, len(ordered) // 10))]
    half = rng.sample(messages, k=len(messages) // 2)
    later = now + timedelta(days=2)
    scans = Scans(tz, ticking)
    steps: list[tuple[str, list[Message], Identity, datetime]] = [
        ("nothing cached", messages, me, now),
        ("the last tenth deleted", earlier, me, now),
        ("the last tenth back", messages, me, now),
        ("threads' first messages gone", late_roots(messages), me, now),
        ("first messages arriving late", messages, me, now),
        ("mail moved to another folder", moved(messages, rng), me, now),
        ("half the mail", half, me, now),
        ("all of it, four days earlier", messages, me, now - timedelta(days=4)),
        ("all of it, two days later", messages, me, later),
        ("the config changed", messages, other_config(me, messages), later),
        ("the config back", messages, me, later),
        # the user's signatures, and what they name as the current job, gone from every thread
        ("the user's own mail gone", [m for m in messages if not me.sent_by_me(m)], me, later),
        ("the user's own mail back", messages, me, later),
    ]
    if ticking:  # mail arriving a message at a time, each the daemon's next tick; the clock on
        steps[1:1] = [
            (f"the last tenth, {k} back", ordered[: len(earlier) + k], me, now)
            for k in range(1, min(6, len(ordered) - len(earlier)))
        ] + [
            (f"{hours} hours on, no new mail", earlier, me, now + timedelta(hours=hours))
            for hours in (1, 5, 26, 80)
        ]
    for i, (what, box, who, when) in enumerate(steps):
        scans.step(what, box, who, when, through_json=i % 2 == 0)
    # each thread that others read something of, gone and back, the others kept as cached
    joined = join_notices(thread_messages(messages), me)
    answering = sorted(_linked(cast(list[_Read], [SimpleNamespace(thread=t) for t in joined])))
    for i, tid in enumerate(dict.fromkeys(lenders(scans.cache) + answering[:2])):
        scans.step(f"{tid} gone", without_thread(messages, tid), me, later, i % 2 == 0)
        scans.step(f"{tid} back", messages, me, later, i % 2 == 1)
    # asked again with nothing changed: nothing is read again, and the facts are the same
    want = scans.fresh(messages, me, later)
    scans.cache = stored(scans.cache)
    assert scans.cached(messages, me, later) == want
    assert scans.cache.changed == set()


@pytest.mark.parametrize("seed", [4, 7])
def test_cached_inference_is_fresh_inference_on_generated_mail(seed: int, tmp_path: Path) -> None:
    generate(tmp_path / "mb", 400, seed, NOW, DEFAULT_USER)
    me = Identity(frozenset(DEFAULT_USER["emails"]), frozenset(), str(DEFAULT_USER["name"]))
    tz = str(DEFAULT_USER["timezone"])
    check(load_maildir(tmp_path / "mb", tz), me, tz, NOW)


@pytest.mark.parametrize("seed", [4, 7])
def test_what_ticks_keep_is_fresh_inference_on_generated_mail(seed: int, tmp_path: Path) -> None:
    """The same, with the threads, the stand-ins and the search's history kept in memory
    between steps as the daemon keeps them between ticks."""
    generate(tmp_path / "mb", 400, seed, NOW, DEFAULT_USER)
    me = Identity(frozenset(DEFAULT_USER["emails"]), frozenset(), str(DEFAULT_USER["name"]))
    tz = str(DEFAULT_USER["timezone"])
    check(load_maildir(tmp_path / "mb", tz), me, tz, NOW, ticking=True)


@pytest.mark.parametrize("case_dir", every_case_dir(), ids=lambda p: p.name)
def test_what_ticks_keep_is_fresh_inference_on_the_cases(case_dir: Path) -> None:
    case = json.loads((case_dir / "case.json").read_text())
    user = case["user"]
    me = Identity(frozenset(e.lower() for e in user["emails"]), frozenset(), user["name"])
    messages = load_maildir(case_dir / "mailbox", user["timezone"])
    check(messages, me, user["timezone"], datetime.fromisoformat(case["now"]), ticking=True)


@pytest.mark.parametrize("case_dir", every_case_dir(), ids=lambda p: p.name)
def test_cached_inference_is_fresh_inference_on_the_cases(case_dir: Path) -> None:
    case = json.loads((case_dir / "case.json").read_text())
    user = case["user"]
    me = Identity(frozenset(e.lower() for e in user["emails"]), frozenset(), user["name"])
    messages = load_maildir(case_dir / "mailbox", user["timezone"])
    check(messages, me, user["timezone"], datetime.fromisoformat(case["now"]))


def test_family_shown_in_another_thread_reaches_a_cached_thread() -> None:
    """A sister writing without her name is family once another thread shows her name (the
    user's surname, on personal mail): her thread, kept cached, is read again."""
    me = Identity(frozenset({"sam.lee@example.com"}), frozenset(), "Sam Lee")
    user = Address("sam.lee@example.com", "Sam Lee")
    sister = "jo.lee1988@gmail.com"

    def message(i: int, sender: Address, subject: str, text: str) -> Message:
        return Message(
            account="a",
            folder="INBOX",
            ref=str(i),
            message_id=f"<m{i}@x>",
            subject=subject,
            date=NOW - timedelta(days=10 - i),
            sender=sender,
            to=(user,),
            text=text,
        )

    theirs = message(
        1,
        Address(sister, None),
        "Interview prep",
        "Good luck with the interview for the analyst role on Thursday! Call me after.",
    )
    named = message(2, Address(sister, "Jo Lee"), "Sunday lunch", "Lunch at Mum's on Sunday?")
    scans = Scans("America/Chicago")
    for i, box in enumerate(([theirs], [theirs, named], [theirs], [theirs, named])):
        scans.step(f"step {i}", box, me, NOW, through_json=i % 2 == 0)


def split_by_the_provider(messages: list[Message]) -> list[Message]:
    """The mailbox as a provider's threads give it (Gmail's threadId): each message hinted with
    its thread, but the last reply of every other long thread split into a thread of its own
    (an "Accepted: ..." under a new subject): threads whose messages answer another's."""
    hint: dict[str, str] = {}
    long = [t for t in thread_messages(messages) if len(t.messages) >= 3]
    for t in thread_messages(messages):
        for m in t.messages:
            hint[m.message_id] = t.id
    for t in long[::2]:
        hint[t.messages[-1].message_id] = t.messages[-1].message_id
    return [replace(m, thread_hint=hint[m.message_id]) for m in messages]


@pytest.mark.parametrize("case_dir", case_dirs()[:3], ids=lambda p: p.name)
def test_cached_inference_is_fresh_inference_with_threads_split_by_the_provider(
    case_dir: Path,
) -> None:
    case = json.loads((case_dir / "case.json").read_text())
    user = case["user"]
    me = Identity(frozenset(e.lower() for e in user["emails"]), frozenset(), user["name"])
    messages = split_by_the_provider(load_maildir(case_dir / "mailbox", user["timezone"]))
    threads = [SimpleNamespace(thread=t) for t in thread_messages(messages)]
    assert _linked(cast(list[_Read], threads))  # the split threads answer one another
    check(messages, me, user["timezone"], datetime.fromisoformat(case["now"]))
