"""One scan: sync -> parse -> thread -> infer -> decide -> plan drafts -> (write them).

Decide, then do: `plan` returns the drafts a scan would write; `apply` writes them exactly once.
`--dry-run` is `plan` without `apply`. A message, a thread or a follow-up that fails is set
aside with its reason (daemon/isolate.py) and the rest goes on; an account that fails leaves
the other accounts alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from functools import partial
from typing import Any

import structlog

from daemon import codec, limits
from daemon.config import Account, Config
from daemon.drafting.compose import compose
from daemon.errors import (
    AuthError,
    ConfigError,
    FollowupdError,
    MailboxError,
    MessageError,
    StateError,
)
from daemon.followups.networking import wait_for_other_notes
from daemon.incremental import SearchHistory
from daemon.infer.notices import join_notices
from daemon.infer.people import Identity
from daemon.isolate import (
    guarded,
    infer_isolated,
    message_key,
    reason_of,
    thread_fingerprint,
)
from daemon.model import Draft, Followup, Message, Thread, ThreadFacts
from daemon.parse import parse_message, peek_message_id
from daemon.report import thread_json
from daemon.rules import Answers, Mailbox, Remembered, decide, legacy_followup_id
from daemon.source import IGNORE_MARK, MailSource, marked, tidy
from daemon.store import Failure, Store
from daemon.thread_cache import (
    Cache,
    Entry,
    FactsList,
    Group,
    Pool,
    ThreadRef,
    context_key,
    job_of,
)
from daemon.thread_keep import KeptThreads
from daemon.threading import thread_messages
from daemon.tracing import Read, Recorder, TracedNow, digest, now_holds

log = structlog.get_logger(__name__)
DRAFTED_STATES = ("due", "overdue")
RULES_SECONDS = 10.0  # deciding one thread's follow-ups
SYNC_BATCH = 500  # parsed messages stored at a time during a sync


@dataclass
class AccountResult:
    """What a scan found and did for one account."""

    account: str
    facts: Sequence[ThreadFacts]  # every thread's; the job search's are `job_facts(result)`
    followups: list[Followup]
    drafts: list[Draft] = field(default_factory=list)
    locations: dict[str, str | None] = field(default_factory=dict)  # followup id -> location
    skipped_messages: int = 0
    failures: list[Failure] = field(default_factory=list)  # every unit set aside, this account
    error: str | None = None  # the account could not be read at all: why
    needs_auth: bool = False
    # the job-search threads as the report shows them, when taken from the last plan
    threads_json: list[dict[str, Any]] | None = None
    # follow-ups found here too that another account lists and drafts: {id: that account}
    elsewhere: dict[str, str] = field(default_factory=dict)


def job_facts(result: AccountResult) -> list[ThreadFacts]:
    """The facts of the account's job-search threads (without loading the others')."""
    return job_of(result.facts)


def sync(source: MailSource, store: Store, cfg: Config, now: datetime) -> int:
    """Fetch what is new and cache it parsed, in batches (memory stays flat in the mailbox's
    size); returns how many messages could not be read."""
    account = source.account
    known = _known(store, account)

    def known_in(folder: str) -> set[tuple[str, str]]:
        # asked only about folders that changed: each loaded on first need
        if folder not in known:
            known[folder] = store.known_refs(account, folder)
        return known[folder]

    def is_known(folder: str, ref: str) -> bool:
        return (folder, ref) in known_in(folder)

    changes = source.changes(store.cursor(account), is_known)
    if changes.restarted or changes.reset_folders:
        store.forget(account, changes.restarted, changes.reset_folders)
    batch: list[Message] = []
    added: list[tuple[str, str]] = []  # (folder, ref) of the batches stored before the last
    saved = 0
    unreadable: list[tuple[str, ...]] = []

    def unreadable_refs() -> list[tuple[str, str]]:
        return [(u[0], u[1]) for u in unreadable]

    progress = _Progress(len(changes.new), account)
    for raw in changes.new:
        progress.step()
        try:
            msg = parse_message(
                raw.data,
                account=account,
                folder=raw.folder,
                ref=raw.ref,
                default_tz=cfg.user.tz,
                thread_hint=raw.thread_hint,
                sent_folder=raw.sent_folder,
            )
        except MessageError as exc:
            message_id = peek_message_id(raw.data)
            log.warning(
                "message_skipped",
                account=account,
                folder=raw.folder,
                ref=raw.ref,
                message_id=message_id,
                reason=str(exc),
            )
            unreadable.append((raw.folder, raw.ref, str(exc), message_id or ""))
            continue
        if msg.cut:
            log.info("message_cut", account=account, message_id=msg.message_id, cut=list(msg.cut))
        batch.append(msg)
        if len(batch) >= SYNC_BATCH:
            if store.ticking:
                added += [(m.folder, m.ref) for m in batch]
            store.save_messages(account, batch)
            saved += len(batch)
            batch = []
    progress.done()
    gone = list(changes.gone)
    for folder, refs in changes.listed.items():
        present = set(refs)
        gone += sorted(k for k in known_in(folder) if k[1] not in present)
    store.save_sync(account, changes.cursor, batch, unreadable, gone, False, now)
    if store.ticking and not (changes.restarted or changes.reset_folders):
        # what the state database now holds of the folders loaded, for the next tick
        for folder, ref in [*added, *((m.folder, m.ref) for m in batch), *unreadable_refs()]:
            if folder in known:
                known[folder].add((folder, ref))
        for key in gone:
            if key[0] in known:
                known[key[0]].discard(key)
        store.memo[("known", account)] = (store.generation(account), known)
    log.info(
        "synced",
        account=account,
        new=saved + len(batch),
        unreadable=len(unreadable),
        restarted=changes.restarted,
    )
    return len(unreadable)


def _known(store: Store, account: str) -> dict[str, set[tuple[str, str]]]:
    """The (folder, ref) the state database holds, by folder, as the daemon's last sync left
    them when nothing has changed the account's mail since (its generation is the same);
    else none (each folder is read from the database when first asked about)."""
    kept = store.memo.pop(("known", account), None)
    if kept is not None and kept[0] == store.generation(account):
        found: dict[str, set[tuple[str, str]]] = kept[1]
        return found
    return {}


class _Progress:
    """A one-line progress bar on a terminal for a first sync; silent otherwise."""

    def __init__(self, total: int, account: str) -> None:
        self.total, self.account, self.count = total, account, 0
        self.shown = sys.stderr.isatty() and total >= 500

    def step(self) -> None:
        self.count += 1
        if self.shown and (self.count % 100 == 0 or self.count == self.total):
            filled = 30 * self.count // self.total
            sys.stderr.write(
                f"\r{self.account}: reading [{'#' * filled:<30}] {self.count}/{self.total}"
            )
            sys.stderr.flush()

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def plan(source: MailSource, store: Store, cfg: Config, now: datetime) -> AccountResult:
    """Infer and decide from the cached messages, and compose the drafts now owed
    (`decide_account`, then `compose_owed`). A message, thread or follow-up that fails is set
    aside and recorded; the rest is planned as usual."""
    return compose_owed(source, store, cfg, now, decide_account(source, store, cfg, now))


@dataclass
class Decided:
    """One account's follow-ups decided, before any draft is composed: what `compose_owed`
    needs besides them."""

    result: AccountResult
    facts: FactsList
    found: list[Followup]  # every follow-up this account holds, listed here or not
    failures: list[Failure]
    before: dict[tuple[str, str], Failure]
    salt: str


def decide_account(source: MailSource, store: Store, cfg: Config, now: datetime) -> Decided:
    """Infer and decide from the cached messages; each follow-up is recorded with the time of
    its thread's latest message here (an account that holds it later drafts it).

    Inference is kept between scans (daemon/incremental.py): when the account's messages, the
    set-aside units and the context are those of the last plan, and every use that plan made of
    the moment gives the same answer now, its facts stand as they are; otherwise each thread is
    read again only where what it read has changed."""
    account = source.account
    me = Identity(frozenset(cfg.user.emails), frozenset(cfg.user.employer_domains), cfg.user.name)
    tz = cfg.user.tz
    salt = hashlib.sha256(repr((cfg.user, cfg.profile, cfg.rules)).encode()).hexdigest()
    before = {(f.unit, f.key): f for f in store.failures(account)}
    ctx = context_key(me, tz)
    held_units = sorted(
        (f.unit, f.key, f.fingerprint) for f in before.values() if f.unit in ("message", "thread")
    )
    mailbox_key = digest(
        (store.generation(account), ctx, store.later_than(account, now), held_units)
    )
    snap = store.snapshot(account)
    plan_key = digest((mailbox_key, salt))
    decided = _kept_plan(store, account, snap, plan_key, now)
    threads_json: list[dict[str, Any]] | None = None
    if decided is not None:
        # nothing the last plan rests on has changed: its facts and follow-ups stand
        facts, followups, threads_json = decided
        failures = [f for f in before.values() if f.unit in ("message", "thread")]
        job_ids: list[str] = (snap or {})["job"]
        # the job threads' messages are looked at only when some message carries a mark
        stops = _stops(store, source, lambda: store.thread_members(account, job_ids))
        found = _stopped(followups, stops)
        if _stops_key(stops) != (snap or {}).get("dismissed"):
            store.save_followups(account, found, now)
            _remember_stops(store, account, snap, stops)
    else:
        kept = _kept(store, account, snap, mailbox_key, now)
        if kept is not None:
            facts, answers = kept
            failures = [f for f in before.values() if f.unit in ("message", "thread")]
            threads: list[Thread] | None = None
            now_reads: list[Read] | None = [tuple(r) for r in (snap or {})["now"]]
            fresh = False
        else:
            facts, failures, threads, now_reads = _infer(store, account, me, tz, now, ctx, before)
            answers = {}
            fresh = True

        def open_mailbox() -> Mailbox:
            # the messages of the threads inferred, as their heads (their words read on demand)
            read = threads
            if read is None:
                read = _threads(_heads(store, account, now, before)[0], before)[0]
            thanks = store.memo.setdefault(("thanks", account), {})
            earlier: Mailbox | None = store.memo.get(("mailbox", account))
            mailbox = Mailbox.of(
                read, job, whole=lambda m: _whole(store, account, m), thanks=thanks, earlier=earlier
            )
            store.memo[("mailbox", account)] = mailbox
            return mailbox

        remembered = Remembered(answers, open_mailbox)
        job = list(facts.job)
        with Recorder() as recorder:  # every use the rules make of the moment
            followups = _decide_each(job, remembered, me, cfg, TracedNow.of(now), account, failures)
        store.carry_over(
            {legacy: fu.id for fu in followups if (legacy := legacy_followup_id(fu)) != fu.id}
        )
        stops = _stops(store, source, lambda: _members(job))
        found = _stopped(followups, stops)
        store.save_followups(account, found, now)
        latest = {tf.thread.id: tf.thread.messages[-1].date for tf in job if tf.thread.messages}
        store.hold(account, {fu.id: latest[fu.thread_id] for fu in found if fu.thread_id in latest})
        if fresh or answers != (snap or {}).get("answers"):
            store.save_facts(account, _fact_rows(job, tz, account, failures), now)
        _remember(
            store,
            account,
            mailbox_key,
            facts,
            now_reads,
            remembered.answers,
            (plan_key, recorder.reads, followups, stops),
        )
    result = AccountResult(account, facts, found, threads_json=threads_json)
    return Decided(result, facts, found, failures, before, salt)


def compose_owed(
    source: MailSource,
    store: Store,
    cfg: Config,
    now: datetime,
    decided: Decided,
    away: Collection[str] = (),
) -> AccountResult:
    """The drafts now owed by this account, composed (`apply` writes them). A follow-up that
    another account holds too, with a later message of its thread, is that account's: it is
    neither listed nor drafted here (`result.elsewhere` names the account), unless that
    account is `away` (it could not be read just now)."""
    result, failures, before = decided.result, decided.failures, decided.before
    account, facts = result.account, decided.facts
    me = Identity(frozenset(cfg.user.emails), frozenset(cfg.user.employer_domains), cfg.user.name)
    tz = cfg.user.tz
    here = [a.name for a in cfg.accounts if a.name not in away]
    result.elsewhere = held_elsewhere(store, account, decided.found, here)
    result.followups = [fu for fu in decided.found if fu.id not in result.elsewhere]
    for fu in result.followups:
        if fu.state not in DRAFTED_STATES:
            continue
        done = store.draft(fu.id)
        if done is not None and done[0] == "written":
            continue  # written before; if the user deleted it, that was their answer
        thread = facts.thread(fu.thread_id)
        mark = thread_fingerprint(thread.thread.messages, decided.salt + fu.id)
        old = before.get(("followup", fu.id))
        if old is not None and old.fingerprint == mark:
            failures.append(old)  # nothing changed since it failed: not tried again
            continue
        work = partial(
            compose,
            fu,
            thread,
            cfg.user,
            cfg.profile,
            me,
            tz,
            now,
            partial(_fetch, source),
            cfg.drafting,
        )
        draft, why = guarded("composing the draft", limits.COMPOSE_SECONDS, work)
        if why is not None or draft is None:
            anchor = fu.payload.answers or fu.thread_id
            failures.append(Failure(account, "followup", fu.id, anchor, why or "?", mark))
            log.warning("draft_not_composed", account=account, followup=fu.id, reason=why)
            continue
        result.drafts.append(draft)
    for unit in ("message", "thread", "followup"):
        store.replace_failures(account, unit, [x for x in failures if x.unit == unit], now)
    result.failures = store.failures(account)
    return result


def held_elsewhere(
    store: Store, account: str, found: list[Followup], accounts: list[str]
) -> dict[str, str]:
    """The follow-ups of this account that another configured account holds too, with a later
    latest message of the thread there (or the same, and earlier in the config): {id: that
    account}. One follow-up is drafted once, in the account where the conversation is now."""
    rank = {name: i for i, name in enumerate(accounts)}
    out: dict[str, str] = {}
    for fid, held in store.holders(fu.id for fu in found).items():
        if account not in held:
            continue
        owner = max((at, -rank[a], a) for a, at in held.items() if a in rank)[2]
        if owner != account:
            out[fid] = owner
    return out


def _kept(
    store: Store, account: str, snap: dict[str, Any] | None, mailbox_key: str, now: datetime
) -> tuple[FactsList, dict[str, Any]] | None:
    """The last plan's facts, when they still hold: the same messages, context and set-aside
    units, and every use of the moment answering as it did."""
    if snap is None or snap.get("key") != mailbox_key:
        return None
    if not all(now_holds(tuple(r), now) for r in snap["now"]):
        return None
    rows = store.thread_entries(account, snap["job"])
    if len(rows) != len(snap["job"]):
        return None
    job = []
    for tid in snap["job"]:
        _, members, summary, bulk = rows[tid]
        kept = Entry.from_stored(summary, bulk).full().facts
        if kept is None:
            return None
        job.append(replace(kept, thread=_load_thread(store, account, tid, members)))

    def everything() -> list[ThreadFacts]:
        return _everything(store, account)

    return FactsList(job, everything), dict(snap.get("answers", {}))


def _load_thread(store: Store, account: str, tid: str, members: Sequence[Sequence[str]]) -> Thread:
    return Thread(tid, tuple(store.readable().load(account, [(f, r) for f, r in members])))


class _Loader:
    """Loads the thread whose heads these are, its messages whole (one a thread, every thread
    held at once: slots, not a `partial`)."""

    __slots__ = ("store", "account", "heads")

    def __init__(self, store: Store, account: str, heads: Thread) -> None:
        self.store, self.account, self.heads = store, account, heads

    def __call__(self) -> Thread:
        members = [(m.folder, m.ref) for m in self.heads.messages]
        return _load_thread(self.store, self.account, self.heads.id, members)


def _whole(store: Store, account: str, m: Message) -> Message:
    [whole] = store.readable().load(account, [(m.folder, m.ref)])
    return whole


def _heads(
    store: Store, account: str, now: datetime, before: dict[tuple[str, str], Failure]
) -> tuple[list[Message], dict[tuple[str, str], str], list[Failure]]:
    """The messages to read (as heads), their fingerprints, and the ones held back."""
    found = store.heads(account, now)
    prints = store.head_prints(account)
    kept, held = _unquarantined([m for m, _ in found], prints, before, now)
    return kept, prints, held


def _infer(
    store: Store,
    account: str,
    me: Identity,
    tz: tzinfo,
    now: datetime,
    ctx: str,
    before: dict[tuple[str, str], Failure],
) -> tuple[FactsList, list[Failure], list[Thread], list[Read] | None]:
    """Thread the heads and infer, reusing what the state database kept where it holds; also
    the threads inferred (as heads) and the uses of the moment the facts rest on (None when
    read uncached)."""
    heads, prints, held = _heads(store, account, now, before)
    held_threads: list[Failure] = []
    if store.ticking and not any(unit == "thread" for unit, _ in before):
        # as below, kept from the last tick and made again only where new heads reach
        threads = _kept_threads(store, account, me).update(heads)
    else:
        threads, held_threads = _threads(heads, before)
        threads = join_notices(threads, me)  # as infer_facts reads them (heads carry enough)
    refs = []
    # a thread's key over its messages' fingerprints, kept with the heads it was made of (the
    # heads live as long as these keys: a message replaced reloads every head and drops them)
    keys = store.head_keys(account)
    for t in threads:
        ids = tuple(id(m) for m in t.messages)
        key = keys.get(ids)
        members = [(m.folder, m.ref) for m in t.messages]
        if key is None:
            text = "\n".join([t.id, *(prints[k] for k in members)])
            key = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
            if store.ticking:  # only a next tick reads it again: a single scan keeps none
                keys[ids] = key
        load = _Loader(store, account, t)  # not `members`: one list a thread
        refs.append(ThreadRef(t.id, ctx + key[:20], len(members), load, heads=t))
    if not store.ticking:
        # a single scan reads the heads once: what `store.heads` keeps of them for a next call
        # (each one's fingerprint and date, the pool, the keys) goes before inference
        store.memo.pop(("heads", account), None)
        del heads, prints
    cache = _cache(store, account)
    inferred = infer_isolated(refs, me, tz, now, account, cache)
    failures = held + held_threads + inferred.failures
    facts = inferred.facts
    if not isinstance(facts, FactsList):  # read uncached to set units aside: keep nothing
        store.memo.pop(("cache", account), None)
        store.save_inference(account, [], set(), {}, set(), None)
        return FactsList(list(facts), None), failures, [f.thread for f in facts], None
    positions = {r.id: i for i, r in enumerate(refs)}
    for gone in set(cache.entries) - positions.keys():
        del cache.entries[gone]
        if cache.stand_ins is not None:
            cache.stand_ins.pop(gone, None)
    for key in set(cache.groups) - cache.used_groups:
        del cache.groups[key]
    store.save_inference(
        account,
        (  # each thread's bulk made as it is written, not all at once
            (
                r.id,
                positions[r.id],
                [list(k) for k in ((m.folder, m.ref) for m in threads[positions[r.id]].messages)],
                _stored(cache.entries[r.id]) if r.id in cache.changed else None,
            )
            for r in refs
            if r.id in cache.changed or cache.positions.get(r.id) != positions[r.id]
        ),
        set(positions),
        {k: cache.groups[k].to_json() for k in cache.new_groups},
        cache.used_groups,
        None,
    )
    cache.positions = positions
    return facts, failures, threads, inferred.now_reads or []


def _kept_threads(store: Store, account: str, me: Identity) -> KeptThreads:
    """The account's threads as this process last made them (`store.heads` keeps the heads
    they are made of between calls)."""
    kept: KeptThreads | None = store.memo.get(("threads", account))
    if kept is None or kept.me != me:
        kept = store.memo[("threads", account)] = KeptThreads(me)
    return kept


def _cache(store: Store, account: str) -> Cache:
    """The account's kept inference: as this process left it when no other process has written
    it since (the daemon between ticks), else from the state database."""
    kept: Cache | None = store.memo.get(("cache", account))
    if kept is not None and store.memo.get(("inference", account)) == store.get(
        f"inference:{account}"
    ):
        kept.changed, kept.new_groups, kept.used_groups = set(), set(), set()
        return kept
    # every thread's summary; its bulk is read only if the thread is read again (or its facts
    # are asked for): a few threads after new mail, where all would hold the whole account's
    cache = Cache()
    pool = Pool()
    for tid, pos, summary in store.thread_summaries(account):
        cache.positions[tid] = pos
        if Entry.readable(summary):
            cache.entries[tid] = Entry.from_stored(
                summary, None, partial(_bulk, store, account, tid), pool
            )
    cache.groups = {k: Group.from_json(v) for k, v in store.calendar_groups(account).items()}
    if store.ticking:
        cache.stand_ins, cache.history = {}, SearchHistory()
    store.memo[("cache", account)] = cache
    return cache


def _bulk(store: Store, account: str, thread_id: str) -> str | None:
    return store.readable().thread_bulk(account, thread_id)


def _stored(e: Entry) -> tuple[dict[str, Any], str]:
    return e.summary_json(), e.full_json()


def _remember(
    store: Store,
    account: str,
    mailbox_key: str,
    facts: FactsList,
    now_reads: list[Read] | None,
    answers: dict[str, Any],
    decided: tuple[str, list[Read], list[Followup], Stops],
) -> None:
    """What the next plan needs to know that nothing changed: the messages' key, the uses of
    the moment, the job-search threads and the rules' answers; and this plan's follow-ups with
    the uses the rules made of the moment."""
    if now_reads is None:
        store.save_snapshot(account, {})
        return  # read uncached to set units aside: nothing kept to stand on
    plan_key, rules_now, followups, stops = decided
    store.save_snapshot(
        account,
        {
            "key": mailbox_key,
            "now": [list(r) for r in now_reads],
            "job": [f.thread.id for f in facts.job],
            "answers": answers,
            "plan": plan_key,
            # each distinct use once: the rules of many threads compare the moment with the
            # same deadlines (16,831 uses, 1,939 distinct, at 100,000 messages)
            "rules_now": [list(r) for r in dict.fromkeys(rules_now)],
            "followups": codec.dump(followups),
            "dismissed": _stops_key(stops),
        },
    )


Stops = tuple[set[str], set[str]]  # follow-ups dismissed, threads marked followupd-ignore


# the job threads' messages: {thread id: [(folder, ref)]}, made when first needed
Members = Callable[[], dict[str, list[tuple[str, str]]]]


def _stops(store: Store, source: MailSource, job: Members) -> Stops:
    """What the user stopped: follow-ups dismissed, and job threads marked to be ignored (read
    at every plan, kept or not: a mark comes and goes without a message changing)."""
    return store.dismissed(), _ignored_threads(source, job)


def _members(job: Sequence[ThreadFacts]) -> dict[str, list[tuple[str, str]]]:
    return {tf.thread.id: [(m.folder, m.ref) for m in tf.thread.messages] for tf in job}


def _stopped(followups: list[Followup], stops: Stops) -> list[Followup]:
    dismissed, ignored = stops
    return [
        _dismissed(fu) if fu.id in dismissed else (_marked(fu) if fu.thread_id in ignored else fu)
        for fu in followups
    ]


def _stops_key(stops: Stops) -> str:
    return digest((sorted(stops[0]), sorted(stops[1])))


def _remember_stops(store: Store, account: str, snap: dict[str, Any] | None, stops: Stops) -> None:
    if snap:
        store.save_snapshot(account, {**snap, "dismissed": _stops_key(stops)})


def _kept_plan(
    store: Store, account: str, snap: dict[str, Any] | None, plan_key: str, now: datetime
) -> tuple[FactsList, list[Followup], list[dict[str, Any]]] | None:
    """The last plan's facts and follow-ups, when the messages, the set-aside units, the
    context and the config are the same, and every use of the moment (by inference and by the
    rules) answers as it did. The facts are loaded only as they are asked for."""
    if not snap or snap.get("plan") != plan_key:
        return None
    # the same comparison is recorded by many threads and rules: each is checked once
    reads = {tuple(r) for r in snap["now"]} | {tuple(r) for r in snap["rules_now"]}
    if not all(now_holds(r, now) for r in reads):
        return None
    job_ids: list[str] = snap["job"]
    followups: list[Followup] = codec.load(snap["followups"])
    shown = store.inferred_many(account, job_ids)

    def one(tid: str) -> ThreadFacts:
        _, members, summary, bulk = store.readable().thread_entries(account, [tid])[tid]
        kept = Entry.from_stored(summary, bulk).full().facts
        assert kept is not None
        return replace(kept, thread=_load_thread(store, account, tid, members))

    def job() -> list[ThreadFacts]:
        return [one(tid) for tid in job_ids]

    def everything() -> list[ThreadFacts]:
        return _everything(store, account)

    return FactsList(job, everything, one, ids=job_ids), followups, shown


def _everything(store: Store, account: str) -> list[ThreadFacts]:
    out = []
    every = store.readable().thread_entries(account)
    for tid, (_, members, summary, bulk) in sorted(every.items(), key=lambda kv: kv[1][0]):
        kept = Entry.from_stored(summary, bulk).full().facts
        assert kept is not None
        out.append(replace(kept, thread=_load_thread(store, account, tid, members)))
    return out


def _fetch(source: MailSource, m: Message) -> bytes:
    return source.fetch(m.folder, m.ref)


def _decide_each(
    facts: list[ThreadFacts],
    mailbox: Answers,
    me: Identity,
    cfg: Config,
    now: datetime,
    account: str,
    failures: list[Failure],
) -> list[Followup]:
    """The rules, one thread at a time: a thread they fail on is set aside. One meeting seen
    in two threads is one thank-you (the same id)."""
    followups: dict[str, Followup] = {}
    for tf in facts:
        work = partial(decide, [tf], mailbox, me, cfg.rules, cfg.user.tz, now)
        decided, why = guarded("deciding", RULES_SECONDS, work)
        if why is not None:
            failures.append(_thread_failure(account, tf.thread, why))
            continue
        for fu in decided or []:
            followups.setdefault(fu.id, fu)
    return wait_for_other_notes(list(followups.values()))


def _unquarantined(
    messages: list[Message],
    prints: dict[tuple[str, str], str],
    before: dict[tuple[str, str], Failure],
    now: datetime,
) -> tuple[list[Message], list[Failure]]:
    """The messages to read, without those set aside before and unchanged since."""
    if not any(unit == "message" for unit, _ in before):
        return [m for m in messages if not m.date > now], []
    kept: list[Message] = []
    held: list[Failure] = []
    for m in messages:
        if m.date > now:
            continue
        old = before.get(("message", message_key(m)))
        if old is not None and old.fingerprint == prints[(m.folder, m.ref)]:
            held.append(old)
            continue
        kept.append(m)
    return kept, held


def _threads(
    messages: list[Message], before: dict[tuple[str, str], Failure]
) -> tuple[list[Thread], list[Failure]]:
    """Threads, without those set aside before whose messages are the same."""
    threads = thread_messages(messages)
    held_ids = {key for unit, key in before if unit == "thread"}
    if not held_ids:
        return threads, []
    kept: list[Thread] = []
    held: list[Failure] = []
    for t in threads:
        old = before.get(("thread", t.id))
        if old is not None and old.fingerprint == thread_fingerprint(t.messages):
            held.append(old)
        else:
            kept.append(t)
    return kept, held


def _thread_failure(account: str, thread: Thread, why: str) -> Failure:
    log.warning("set_aside", account=account, unit="thread", message_id=thread.id, reason=why)
    return Failure(
        account, "thread", thread.id, thread.id, why, thread_fingerprint(thread.messages)
    )


def _fact_rows(
    facts: list[ThreadFacts], tz: tzinfo, account: str, failures: list[Failure]
) -> list[tuple[str, bool, str, str | None, dict[str, Any]]]:
    rows: list[tuple[str, bool, str, str | None, dict[str, Any]]] = []
    for f in facts:
        if not f.job_related:
            continue
        details, why = guarded("describing", RULES_SECONDS, partial(thread_json, f, tz))
        if why is not None or details is None:
            failures.append(_thread_failure(account, f.thread, why or "?"))
            continue
        rows.append((f.thread.id, f.job_related, f.category, f.company, details))
    return rows


def apply(source: MailSource, store: Store, result: AccountResult, now: datetime) -> None:
    """Write the planned drafts, each exactly once even across a crash. A draft the mailbox
    refuses for its content is set aside; a mailbox that cannot be reached stops the account."""
    refused: list[Failure] = []
    for draft in result.drafts:
        try:
            _write(source, store, result, draft, now)
        except MessageError as exc:  # the mailbox refused this draft; anything else goes up
            why = reason_of(exc)
            log.warning(
                "draft_not_written", account=source.account, followup=draft.followup_id, reason=why
            )
            refused.append(
                Failure(source.account, "followup", draft.followup_id, draft.in_reply_to, why)
            )
    if refused:
        known = [f for f in store.failures(source.account) if f.unit == "followup"]
        store.replace_failures(source.account, "followup", known + refused, now)
        result.failures = store.failures(source.account)


def _write(
    source: MailSource, store: Store, result: AccountResult, draft: Draft, now: datetime
) -> None:
    record = store.draft(draft.followup_id)
    if record is not None and record[0] == "written":
        return  # another process wrote it since this one planned
    if record is not None and record[0] == "intent":
        found = source.find_draft(draft.message_id)
        if found is not None:  # written before a crash; only the ledger missed it
            store.draft_written(draft.followup_id, found, now)
            result.locations[draft.followup_id] = found
            log.info("draft_found", account=source.account, followup=draft.followup_id)
            return
    store.draft_intent(
        source.account,
        draft.followup_id,
        draft.message_id,
        now,
        tuple(f"{x.code}: {x.message}" for x in draft.lint),
    )
    location = source.write_draft(draft.raw, draft.message_id, _thread_hint(result, draft))
    store.draft_written(draft.followup_id, location, now)
    result.locations[draft.followup_id] = location
    log.info(
        "draft_written",
        account=source.account,
        thread=draft.thread_id,
        followup=draft.followup_id,
    )


def _thread_hint(result: AccountResult, draft: Draft) -> str | None:
    """The connector's thread id for the draft; none for a draft with a subject of its own
    (Gmail would not keep it in the notice's thread, and would log that it did not)."""
    if not draft.threaded:
        return None
    for f in job_facts(result):
        if f.thread.id == draft.thread_id:
            return f.thread.messages[-1].thread_hint
    return None


def _dismissed(f: Followup) -> Followup:
    return replace(f, state="dismissed", reason="dismissed by you")


def _marked(f: Followup) -> Followup:
    return replace(f, state="dismissed", reason=f"you marked its thread '{IGNORE_MARK}'")


def _ignored_threads(source: MailSource, job: Members) -> set[str]:
    """The job threads with a message the user marked `followupd-ignore` (a Gmail label, an
    IMAP keyword): every follow-up in them stops, for as long as the mark stays."""
    found = marked(source, IGNORE_MARK)
    if not found:
        return set()
    return {tid for tid, members in job().items() if any(k in found for k in members)}


def scan(
    sources: list[MailSource], store: Store, cfg: Config, now: datetime, dry_run: bool
) -> list[AccountResult]:
    """Sync, decide and (unless dry) write drafts for every account. An account that cannot be
    read or authorised gets a result saying why; the others go on. A state database that
    cannot be written stops the scan (every account needs it).

    Every account is decided before any draft is composed, so that a follow-up found in two
    accounts is drafted once, in the one where its thread's latest message is."""
    return plan_all(sources, store, cfg, now, sync_first=True, write=not dry_run)


def plan_all(
    sources: list[MailSource],
    store: Store,
    cfg: Config,
    now: datetime,
    sync_first: bool,
    write: bool,
) -> list[AccountResult]:
    """`scan` (`sync_first` and `write` as it says), or the decisions and drafts alone. An
    account of the config not among `sources` (it could not be opened) counts as away."""
    results: dict[str, AccountResult] = {}
    decided: list[tuple[MailSource, Decided, int]] = []
    closed = {a.name for a in cfg.accounts} - {s.account for s in sources}
    for source in sources:
        with _account_errors(source.account, results):
            skipped = sync(source, store, cfg, now) if sync_first else 0
            decided.append((source, decide_account(source, store, cfg, now), skipped))
    away = set(results) | closed  # accounts not read: the others draft what they held
    for source, d, skipped in decided:
        with _account_errors(source.account, results):
            result = compose_owed(source, store, cfg, now, d, away)
            result.skipped_messages = skipped
            if write:
                apply(source, store, result, now)
            results[source.account] = result
    return [results[s.account] for s in sources]


def open_all(
    cfg: Config, opener: Callable[[Account], MailSource], tidy_first: bool = False
) -> tuple[list[MailSource], list[AccountResult]]:
    """A source for every account that can be opened (and tidied, with `tidy_first`), and a
    result that says why for each that cannot. A config that cannot work stops everything
    (`ConfigError`: the user must change it first)."""
    sources: list[MailSource] = []
    failed: dict[str, AccountResult] = {}
    for account in cfg.accounts:
        with _account_errors(account.name, failed, stop=ConfigError):
            source = opener(account)
            sources.append(source)
            if tidy_first:
                tidy(source)
    return sources, list(failed.values())


def in_config_order(cfg: Config, results: Iterable[AccountResult]) -> list[AccountResult]:
    by_name = {r.account: r for r in results}
    return [by_name[a.name] for a in cfg.accounts if a.name in by_name]


@contextlib.contextmanager
def _account_errors(
    account: str, results: dict[str, AccountResult], stop: type[Exception] = StateError
) -> Iterator[None]:
    """An account that cannot be read or authorised gets a result that says why (the others
    go on); a state database that cannot be written (or a `stop` error) stops everything."""
    try:
        yield
    except (StateError, stop):
        raise
    except AuthError as exc:
        log.error("account_needs_reauth", account=account, reason=str(exc))
        results[account] = AccountResult(account, [], [], error=str(exc), needs_auth=True)
    except FollowupdError as exc:
        kind = "mailbox" if isinstance(exc, MailboxError) else exc.__class__.__name__
        log.error("account_failed", account=account, error=kind, reason=str(exc))
        results[account] = AccountResult(account, [], [], error=str(exc))
