"""Inference per thread, cached, redone only where something changed.

`infer_facts` (daemon/infer/facts.py) reads every thread, then lets what some threads show
reach the others: the user's current job named in their own signatures, each person's role as
any thread shows it, who is family, the versions of one invitation across threads, meetings
that mail in another thread says did not happen (in words, or a no-show reported by that side),
who and which organisations are part of the search, and which threads answer one another.
This module runs the same steps with the same functions, thread by thread, keeping each
thread's results with what it read from outside itself (daemon/tracing.py): a thread whose
messages are the same, read in the same context, and whose reads of the shared structures
give the same answers today, keeps its results; any other is read again. The shared
structures themselves are rebuilt each run from the threads' kept summaries
(daemon/thread_cache.py): the calendar from each group of threads that share an invitation's
UID (a group is read again when one of its threads changes, or when a meeting's moment has
passed since).

`tests/test_incremental.py` holds the proof obligations: with nothing cached this gives what
`infer_facts` gives, and given the cache of an earlier mailbox it gives what it gives with
nothing cached, on every labelled case and on generated mailboxes, as mail arrives and changes.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from typing import Any, cast

from daemon.infer.annotate import Annotations
from daemon.infer.applications import find_applications
from daemon.infer.facts import (
    _facts,
    _family,
    _history,
    _invite_uids,
    _linked,
    _Read,
    _roles_everywhere,
    _start,
    known_in,
)
from daemon.infer.meetings import (
    CalendarIndex,
    Report,
    WordsResult,
    calendar_meetings,
    missed_elsewhere,
    missed_invite,
    missed_reports,
    moved_elsewhere,
    text_meetings,
)
from daemon.infer.met import People
from daemon.infer.names import Known, with_unknown
from daemon.infer.parties import Party, name_directory, thread_parties
from daemon.infer.people import Identity, domain_of, signed_employer
from daemon.infer.promises import PromiseResult, find_own_promises, find_promises
from daemon.infer.signals import Decision, History, weigh_thread
from daemon.infer.signals import decide as decide_evidence
from daemon.model import Address, Meeting, Thread, ThreadFacts
from daemon.read_index import ReadIndex, SinceLastTick, unchanged
from daemon.thread_cache import (
    Cache,
    Entry,
    FactsList,
    Full,
    Group,
    Pool,
    ThreadRef,
    Verdict,
    placeholder,
    when,
)
from daemon.tracing import Read, Recorder, TracedDict, TracedNow, TracedSet, digest, holds

Structures = dict[str, TracedDict[Any, Any] | TracedSet[Any]]


@dataclass
class Outcome:
    """Facts of every thread, and every use of `now` they rest on."""

    facts: FactsList
    now_reads: list[Read]


def infer_cached(
    refs: list[ThreadRef],
    me: Identity,
    tz: tzinfo,
    now: datetime,
    cache: Cache,
    targets: Sequence[str] = (),
) -> Outcome:
    """`infer_facts` over the threads of `refs` (in that order), reusing `cache` where it
    still holds and updating it. The threads are as `join_notices` leaves them (a scheduler's
    notice in a person's name joined to that person's thread): `infer_facts` joins them first,
    and the caller keys each joined thread by its messages."""
    notes = Annotations(tz)
    traced_now = TracedNow.of(now)
    entries = cache.entries
    pool = Pool()
    for ref in refs:
        e = entries.get(ref.id)
        if e is None or e.key != ref.key:
            entries[ref.id] = e = _first_look(ref, notes, me, pool)
            cache.changed.add(ref.id)
            _release(ref, notes)
            e.park(cache.lot)  # a thread's bulk is held parked between the steps that read it

    # what the whole mailbox shows, from each thread's summary
    me = replace(me, colleague_domains=TracedSet("colleagues", _colleagues(refs, entries, cache)))
    roles = _roles_everywhere(
        {e: Party(Address(e, None), False, role, why) for e, role, why in entries[x.id].roles}
        for x in refs
    )
    seen = {x.id: _seen(x, entries[x.id], roles) for x in refs}
    reports: dict[str, list[Report]] = {}
    for x in refs:
        for side, at, mid in entries[x.id].reports:
            reports.setdefault(side, []).append((side, when(at), mid))
    family = _family_of(refs, entries)
    traced_reports = TracedDict("reports", reports)
    known = _known_of(refs, entries)
    structures: Structures = {
        "colleagues": cast(TracedSet[str], me.colleague_domains),
        "family": family,
        "reports": traced_reports,
        "known.names": cast(TracedSet[str], known.names),
        "known.surnames": cast(TracedSet[str], known.surnames),
        "known.orgs": cast(TracedSet[str], known.orgs),
    }
    live: dict[str, _Read] = {}
    by_id = {ref.id: ref for ref in refs}

    def first_step(ref: ThreadRef) -> _Read:
        found = live.get(ref.id)
        if found is None:
            t = ref.thread()
            parties = _lend(entries[ref.id].full().own_parties, roles)
            directory = name_directory(
                (p.address for p in parties.values()),
                t,
                notes,
                me,
                automated=(e for e, p in parties.items() if p.automated),
            )
            people = People(t, notes, me, parties, directory, known)
            found = live[ref.id] = _Read(t, parties, people, WordsResult(), [], PromiseResult())
        return found

    calendar = _calendar(refs, seen, cache, me, traced_now, now, first_step, structures)

    def weigh(ref: ThreadRef, not_held: TracedDict[Any, Any]) -> None:
        """A thread's meetings, promises and evidence, and its decision on its own evidence."""
        e = entries[ref.id]
        r = first_step(ref)
        t = r.thread
        full = e.full()
        r.words = full.words
        with Recorder() as recorder:
            invited = [
                missed_invite(m, t, notes, not_held) for m in calendar.meetings.get(t.id, [])
            ]
            said = [moved_elsewhere(m, not_held) for m in r.words.meetings]
            r.meetings = sorted(
                (missed_elsewhere(m, traced_reports) for m in invited + said), key=_start
            )
            r.promises = find_promises(t, notes, me, tz, family, r.meetings)
            r.own = find_own_promises(t, notes, me, tz, family, r.meetings)
            r.applications = find_applications(t, me, family)
            r.named = with_unknown(r.people, r.meetings)
            promised = r.promises.promises + r.own.promises
            evidence = weigh_thread(t, notes, me, r.parties, r.named, targets, promised, family)
        first = decide_evidence(evidence, me, None)
        full.meetings, full.promises = r.meetings, r.promises
        full.own, full.applications, full.named = r.own, r.applications, r.named
        # the decision reads no more of the thread than which invitations each message holds
        full.evidence, full.first = replace(evidence, thread=_slim(ref, t)), first
        e.reads, e.first, e.decided = recorder.reads, Verdict.of(first), None

    for tid in list(live):  # read again, one at a time, below
        del live[tid]
        _release(by_id[tid], notes)
    structures |= {
        "cal.meetings": cast(TracedDict[Any, Any], calendar.meetings),
        "cal.instants": cast(TracedDict[Any, Any], calendar.instants),
        "cal.days": cast(TracedDict[Any, Any], calendar.days),
        "cal.met": cast(TracedDict[Any, Any], calendar.met),
    }

    # Each thread is read once more, on its own: its meetings agreed in words (and the
    # invitations they say did not happen), then its meetings, promises and evidence and its
    # decision on its own evidence; then its messages and annotations go. Weighing reads what
    # every thread's words say did not happen (`not_held`), known in whole only after the last
    # thread: it reads what is known so far, and a thread whose reads of it answer otherwise
    # once all are known is weighed again (a few, at most: only meetings at a moment some
    # thread's words moved or called off read an answer).
    guess = {(when(at), domain): why for x in refs for at, domain, why in entries[x.id].not_held}
    weighing: Structures = {**structures, "not_held": TracedDict("not_held", guess)}
    read_again: set[str] = set()
    # where the daemon keeps them: the reads that held at its last tick, by what they read
    # (only threads with a read that may answer otherwise now are checked)
    since: SinceLastTick | None = cache.since if cache.stand_ins is not None else None
    cache.since = None  # until this tick's reads all hold
    words_index = since.words if since is not None else None
    weigh_index = since.weighing if since is not None else None

    def suspects(index: ReadIndex | None, against: Structures) -> set[str]:
        return set() if since is None or index is None else since.suspects(index, against, now)

    words_suspects = suspects(words_index, structures)
    weigh_suspects = suspects(weigh_index, weighing)
    for ref in refs:
        e = entries[ref.id]
        if not (
            e.seen == seen[ref.id]
            and e.words_reads is not None
            and (
                unchanged(words_index, words_suspects, ref.id, e.words_reads)
                or holds(e.words_reads, structures, now)
            )
        ):
            r = first_step(ref)
            with Recorder() as recorder:
                words = text_meetings(r.thread, notes, me, traced_now, tz, calendar, r.people)
            full = e.full()
            full.parties, full.words = r.parties, words
            e.seen, e.words_reads, e.reads = seen[ref.id], recorder.reads, None
            e.not_held = [(k[0].isoformat(), k[1], why) for k, why in words.not_held.items()]
            if words.not_held:  # a new structure: one read keeps the answer it was given
                guess.update(words.not_held)
                weighing["not_held"] = TracedDict("not_held", guess)
                weigh_suspects = suspects(weigh_index, weighing)
            read_again.add(ref.id)
        if e.reads is None or not (
            unchanged(weigh_index, weigh_suspects, ref.id, e.reads) or holds(e.reads, weighing, now)
        ):
            weigh(ref, cast(TracedDict[Any, Any], weighing["not_held"]))
            read_again.add(ref.id)
        live.pop(ref.id, None)
        _release(ref, notes)
        e.park(cache.lot)
    not_held = TracedDict(
        "not_held",
        {(when(at), domain): why for x in refs for at, domain, why in entries[x.id].not_held},
    )
    structures["not_held"] = not_held
    weigh_suspects = suspects(weigh_index, structures)
    for ref in refs:
        e = entries[ref.id]
        if e.reads is None or not (
            unchanged(weigh_index, weigh_suspects, ref.id, e.reads)
            or holds(e.reads, structures, now)
        ):
            weigh(ref, not_held)
            read_again.add(ref.id)
            live.pop(ref.id, None)
            _release(ref, notes)
            e.park(cache.lot)
    cache.changed |= read_again
    if cache.stand_ins is not None:  # the daemon: what the next tick checks its reads against
        in_words = since.words if since is not None else ReadIndex()
        weighed = since.weighing if since is not None else ReadIndex()
        # a thread's reads change only where it was read again (or is new: read again too)
        again = by_id.keys() if since is None else read_again
        in_words.update(((t, entries[t].words_reads) for t in again), by_id.keys())
        weighed.update(((t, entries[t].reads) for t in again), by_id.keys())
        cache.since = SinceLastTick(dict(structures), now, in_words, weighed)

    decisions = _decide(refs, entries, me, now, cache)

    job: list[ThreadFacts] = []
    for ref in refs:
        e = entries[ref.id]
        verdict = decisions[ref.id]
        if ref.id in read_again or e.facts_for != verdict.digest or not e.facts_for:
            full = e.full()
            d = verdict.real or full.decision
            assert d is not None and digest(d) == verdict.digest
            # a thread outside the search keeps no more than its headers in its facts
            r = _Read(
                ref.thread() if d.job_search else ref.headers(),
                full.parties,
                cast(People, None),
                full.words,
                full.meetings,
                full.promises,
                full.own,
                full.applications,
                full.named,
            )
            made = _facts(r, d, notes, me)
            full.facts = replace(made, thread=placeholder(ref.id))
            e.facts_for, e.job = verdict.digest, made.job_related
            cache.changed.add(ref.id)
        if e.job:
            kept = e.full().facts
            assert kept is not None
            job.append(replace(kept, thread=ref.thread()))
        else:
            _release(ref, notes)
            e.park(cache.lot)  # outside the search: its facts are asked for only by `everything`

    def everything() -> list[ThreadFacts]:
        out = []
        for ref in refs:
            kept = entries[ref.id].full().facts
            assert kept is not None
            out.append(replace(kept, thread=ref.thread()))
        return out

    now_reads = [
        read
        for ref in refs
        for found in (entries[ref.id].words_reads, entries[ref.id].reads)
        for read in found or ()
        if read[0] == "now"
    ]
    now_reads += [
        read for key in cache.used_groups for read in cache.groups[key].reads if read[0] == "now"
    ]
    return Outcome(FactsList(job, everything), list(dict.fromkeys(now_reads)))


def _first_look(ref: ThreadRef, notes: Annotations, me: Identity, pool: Pool) -> Entry:
    """A thread read on its own: its parties, and what the other threads read of it (its
    sets and parties held once with equal ones of other threads, in `pool`)."""
    t = ref.thread()
    parties = thread_parties(t, notes, me)
    alone = _Read(t, parties, cast(People, None), WordsResult(), [], PromiseResult())
    names, orgs = known_in(t, parties, notes)
    return Entry(
        key=ref.key,
        automated=pool.flags({sys.intern(email): p.automated for email, p in parties.items()}),
        roles=[(email, p.role, p.role_evidence) for email, p in parties.items() if p.role],
        family=pool.words(_family(me, [alone])),
        uids=_words(ev.uid for m in t.messages for ev in m.events),
        reports=[(side, at.isoformat(), mid) for side, at, mid in missed_reports(t, notes, me)],
        signatures=[notes(m).signature for m in t.messages if me.sent_by_me(m)],
        domains=pool.words(
            domain_of(a.email)
            for m in t.messages
            for a in ((m.sender,) if m.sender else ()) + m.recipients()
            if not me.is_me(a)
        ),
        known_names=pool.words(names),
        known_orgs=pool.words(orgs),
        _full=Full(own_parties=parties),
    )


_NONE: frozenset[str] = frozenset()


def _words(values: Iterable[str]) -> frozenset[str]:
    """A set kept for every thread of the mailbox: the same addresses, domains and names
    recur from thread to thread, so each is held once (and every empty set is one set)."""
    found = frozenset(sys.intern(v) for v in values)
    return found if found else _NONE


def _release(ref: ThreadRef, notes: Annotations) -> None:
    """Let a thread's loaded messages and their annotations go once read."""
    if ref.loaded:
        notes.forget(ref.thread().messages)
        ref.release()


def _slim(ref: ThreadRef, t: Thread) -> Thread:
    """The thread as far as its messages' headers and invitations go, without their text: its
    heads where the caller gave them (shared, not copied)."""
    heads = ref.heads.messages if ref.heads is not None else ()
    if len(heads) == len(t.messages) and all(
        (h.folder, h.ref) == (m.folder, m.ref) for h, m in zip(heads, t.messages, strict=True)
    ):
        return Thread(
            t.id,
            tuple(
                replace(h, events=m.events) if m.events else h
                for h, m in zip(heads, t.messages, strict=True)
            ),
        )
    return Thread(t.id, tuple(replace(m, text="") for m in t.messages))


def _slim_of(ref: ThreadRef, e: Entry) -> Thread:
    """`_slim` of the thread, from its heads alone when none of its messages carries an
    invitation (the entry's UIDs say so): most threads, not loaded again to be decided."""
    if not e.uids and ref.heads is not None:
        return Thread(ref.id, ref.heads.messages)
    loaded = ref.loaded
    slim = _slim(ref, ref.thread())
    if not loaded:
        ref.release()
    return slim


def _colleagues(refs: list[ThreadRef], entries: dict[str, Entry], cache: Cache) -> frozenset[str]:
    """The organisation the user's own signatures name (as `infer_facts` finds it), worked out
    again only when the signatures or the mailbox's domains change."""
    signatures = sorted({s for r in refs for s in entries[r.id].signatures})
    domains: set[str] = set()
    for r in refs:
        domains |= entries[r.id].domains
    ordered = sorted(domains)
    key = hashlib.sha1("\0".join([*signatures, "\1", *ordered]).encode()).hexdigest()
    if cache.colleagues is None or cache.colleagues[0] != key:
        cache.colleagues = (key, signed_employer(signatures, ordered))
    return cache.colleagues[1]


def _lend(own: dict[str, Party], roles: dict[str, tuple[str, str]]) -> dict[str, Party]:
    """A thread's parties with the roles other threads show for those it gives none."""
    return {
        e: p
        if p.role or e not in roles
        else replace(p, role=roles[e][0], role_evidence=roles[e][1])
        for e, p in own.items()
    }


def _seen(ref: ThreadRef, e: Entry, roles: dict[str, tuple[str, str]]) -> str:
    """The thread's key with the roles other threads lend its parties."""
    own = {email for email, _, _ in e.roles}
    lent = [(email, roles.get(email)) for email in e.automated if email not in own]
    return ref.key + (digest(lent) if any(role for _, role in lent) else "")


def _known_of(refs: list[ThreadRef], entries: dict[str, Entry]) -> Known:
    """The names and organisations the whole mailbox knows, from each thread's share."""
    names: set[str] = set()
    orgs: set[str] = set()
    for ref in refs:
        names |= entries[ref.id].known_names
        orgs |= entries[ref.id].known_orgs
    found = Known.of(names, orgs)
    return Known(
        TracedSet("known.names", found.names),
        TracedSet("known.surnames", found.surnames),
        TracedSet("known.orgs", found.orgs),
    )


def _family_of(refs: list[ThreadRef], entries: dict[str, Entry]) -> TracedSet[str]:
    """People on personal mail who share the user's surname, from each thread's share (the
    family set is the union of what each thread shows)."""
    found: set[str] = set()
    for ref in refs:
        found |= entries[ref.id].family
    return TracedSet("family", found)


def _calendar(
    refs: list[ThreadRef],
    seen: dict[str, str],
    cache: Cache,
    me: Identity,
    traced_now: TracedNow,
    now: datetime,
    first_step: Callable[[ThreadRef], _Read],
    structures: Structures,
) -> CalendarIndex:
    """The calendar of the whole mailbox, from each group of threads that share a UID (an
    invitation's versions are merged by UID only, so a group's part depends on its threads
    alone, with the roles lent to their people, and on whether each meeting's moment has
    passed)."""
    entries = cache.entries
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    holder: dict[str, str] = {}
    for ref in refs:
        for uid in entries[ref.id].uids:
            if uid in holder:
                parent[find(ref.id)] = find(holder[uid])
            else:
                holder[uid] = ref.id
                find(ref.id)
    groups: dict[str, list[ThreadRef]] = {}
    for ref in refs:
        if entries[ref.id].uids:
            groups.setdefault(find(ref.id), []).append(ref)
    by_id = {r.id: r for r in refs}
    meetings: dict[str, list[Meeting]] = {}
    instants: dict[datetime, frozenset[str]] = {}
    days: dict[str, set[Any]] = {}
    met: dict[datetime, set[str]] = {}
    for members in groups.values():
        key = digest([(r.id, seen[r.id]) for r in members])
        group = cache.groups.get(key)
        if group is None or not holds(group.reads, structures, now):
            with Recorder() as recorder:
                index = calendar_meetings(
                    [r.thread() for r in members],
                    me,
                    traced_now,
                    lambda tid: first_step(by_id[tid]).people,
                )
            group = cache.groups[key] = Group(recorder.reads, index)
            cache.new_groups.add(key)
        cache.used_groups.add(key)
        part = group.index
        for tid, found in part.meetings.items():
            meetings.setdefault(tid, []).extend(found)
        for at, owners in part.instants.items():
            instants[at] = instants.get(at, frozenset()) | owners
        for tid, found_days in part.days.items():
            days.setdefault(tid, set()).update(found_days)
        for at, people in part.met.items():
            met.setdefault(at, set()).update(people)
    return CalendarIndex(
        TracedDict("cal.meetings", meetings),
        TracedDict("cal.instants", instants),
        TracedDict("cal.days", days),
        TracedDict("cal.met", met),
    )


def _touches(reads: list[Read], affected: set[tuple[str, Any]]) -> bool:
    """Whether any of these reads is of a key in `affected`, or of a whole structure."""
    return any(r[1] == "all" or (r[0], r[2]) in affected for r in reads)


@dataclass
class SearchHistory:
    """The search's history (`_history`) kept between ticks, each thread's share of it made
    again only when the thread's decisions or its stand-in change (the history is the union
    of what each thread shows, `_history` of that thread alone); the threads that answer one
    another made again when any stand-in changed."""

    shares: dict[str, tuple[bool, bool, Any, History]] = field(default_factory=dict)
    people: dict[str, set[str]] = field(default_factory=dict)  # each -> the threads showing it
    domains: dict[str, set[str]] = field(default_factory=dict)
    other_people: dict[str, set[str]] = field(default_factory=dict)
    other_domains: dict[str, set[str]] = field(default_factory=dict)
    linked: tuple[dict[str, Any], dict[str, set[str]]] | None = None  # (stand-ins, linked)

    def of(
        self, own: dict[str, Decision], now: dict[str, Decision], reads: dict[str, _Read]
    ) -> History:
        """What `_history(own, now, reads)` gives."""
        for tid in self.shares.keys() - reads.keys():
            self._take(tid, self.shares.pop(tid)[3])
        for tid in own:
            mine, theirs, read = own[tid].job_search, now[tid].job_search, reads[tid]
            kept = self.shares.get(tid)
            if kept is not None and kept[0] == mine and kept[1] == theirs and kept[2] is read:
                continue
            if kept is not None:
                self._take(tid, kept[3])
            share = _history({tid: own[tid]}, {tid: now[tid]}, {tid: read})
            self.shares[tid] = (mine, theirs, read, share)
            for email in share.people:
                self.people.setdefault(email, set()).add(tid)
            for domain in share.domains:
                self.domains.setdefault(domain, set()).add(tid)
            for email in share.other_people:
                self.other_people.setdefault(email, set()).add(tid)
            for domain in share.other_domains:
                self.other_domains.setdefault(domain, set()).add(tid)
        if self.linked is None or not _same(self.linked[0], reads):
            self.linked = (dict(reads), _linked(reads.values()))
        # shared, not copied: the decision rounds only look things up in them (and each
        # round wraps them in structures of its own), and they change only between rounds
        return History(
            people=set(self.people),
            domains=set(self.domains),
            other_domains=self.other_domains,
            other_people=self.other_people,
            linked=self.linked[1],
        )

    def _take(self, tid: str, share: History) -> None:
        for found, index in (
            (share.people, self.people),
            (share.domains, self.domains),
            (share.other_people, self.other_people),
            (share.other_domains, self.other_domains),
        ):
            for key in found:
                held = index[key]
                held.discard(tid)
                if not held:
                    del index[key]


def _same(before: dict[str, Any], now: dict[str, Any]) -> bool:
    """The same threads with the same stand-ins (the same objects)."""
    return len(before) == len(now) and all(before.get(k) is v for k, v in now.items())


def _stand_in(ref: ThreadRef, e: Entry, cache: Cache) -> Any:
    """The thread as the search's history reads it (`Entry.stand_in`): kept between ticks
    where the cache keeps them, while the entry and the thread's heads are the same objects."""
    headers = ref.headers()
    if cache.stand_ins is None:
        return e.stand_in(headers)
    kept = cache.stand_ins.get(ref.id)
    if kept is not None and kept[0] is e and kept[1] is headers:
        return kept[2]
    made = e.stand_in(headers)
    cache.stand_ins[ref.id] = (e, headers, made)
    return made


class _StandIns(Mapping[str, Any]):
    """Each thread as the search's history reads it (`Entry.stand_in`), made when looked up
    and let go after (where the cache keeps none between ticks): the decision rounds go over
    every thread's, and one held for each thread of a first scan grew with the mailbox."""

    def __init__(self, refs: list[ThreadRef], entries: dict[str, Entry]) -> None:
        self._refs = {ref.id: ref for ref in refs}
        self._entries = entries

    def __getitem__(self, thread_id: str) -> Any:
        return self._entries[thread_id].stand_in(self._refs[thread_id].headers())

    def __iter__(self) -> Iterator[str]:
        return iter(self._refs)

    def __len__(self) -> int:
        return len(self._refs)


def _decide(
    refs: list[ThreadRef], entries: dict[str, Entry], me: Identity, now: datetime, cache: Cache
) -> dict[str, Verdict]:
    """Each thread's decision: its own evidence first, then what the search shows spreads to
    the threads that did not decide on their own, until nothing changes (as `infer_facts`). A
    thread whose reads of the search's history give the same answers keeps its decision."""
    decisions: dict[str, Verdict] = {}
    for ref in refs:
        first = entries[ref.id].first
        assert first is not None
        decisions[ref.id] = first
    first_of = dict(decisions)
    stand_in: Mapping[str, Any] = (
        _StandIns(refs, entries)
        if cache.stand_ins is None
        else {ref.id: _stand_in(ref, entries[ref.id], cache) for ref in refs}
    )
    reads = cast(dict[str, _Read], stand_in)
    verdicts = cast(dict[str, Decision], decisions)
    before = {ref.id: (entries[ref.id].decided, entries[ref.id].decision) for ref in refs}
    for ref in refs:
        e = entries[ref.id]
        first = first_of[ref.id]
        if first.process and (
            e.decision is None or e.decided != [] or e.decision.digest != first.digest
        ):
            e.decided, e.decision = [], first
            made = first.real or e.first_made()
            assert made is not None
            e.decided_with(made)
    affected: set[tuple[str, Any]] | None = None  # None: every thread is checked
    kept = cache.history
    for _ in range(3):
        own = cast(dict[str, Decision], first_of)
        history = _history(own, verdicts, reads) if kept is None else kept.of(own, verdicts, reads)
        traced = History(
            people=cast(set[str], TracedSet("h.people", history.people)),
            domains=cast(set[str], TracedSet("h.domains", history.domains)),
            other_domains=TracedDict("h.other_domains", history.other_domains),
            other_people=TracedDict("h.other_people", history.other_people),
            invites=TracedDict("h.invites", _invite_uids(verdicts, reads)),
            linked=TracedDict("h.linked", history.linked),
        )
        structures: Structures = {
            "h.people": cast(TracedSet[str], traced.people),
            "h.domains": cast(TracedSet[str], traced.domains),
            "h.other_domains": cast(TracedDict[str, set[str]], traced.other_domains),
            "h.other_people": cast(TracedDict[str, set[str]], traced.other_people),
            "h.invites": cast(TracedDict[str, set[str]], traced.invites),
            "h.linked": cast(TracedDict[str, set[str]], traced.linked),
        }
        changed = False
        flipped: list[str] = []
        for ref in refs:
            if first_of[ref.id].process:
                continue
            e = entries[ref.id]
            if affected is not None and e.decided is not None and not _touches(e.decided, affected):
                continue  # it read nothing the last round changed: its decision stands
            if (
                e.decided is not None
                and e.decision is not None
                and holds(e.decided, structures, now)
            ):
                again = e.decision
            else:
                evidence = e.evidence()
                assert evidence is not None
                if evidence.thread.id != ref.id or not evidence.thread.messages:
                    evidence = replace(evidence, thread=_slim_of(ref, e))
                    if e.parked is None:  # decoded whole: kept with its thread as read
                        e.full().evidence = evidence
                with Recorder() as recorder:
                    made = decide_evidence(evidence, me, traced)
                e.decided_with(made)
                again = Verdict.of(made)
                if e.parked is not None:  # the decision waits in the parked bulk, as text
                    again = replace(again, real=None)
                e.decided, e.decision = recorder.reads, again
            changed |= again.process != decisions[ref.id].process
            if again.job_search != decisions[ref.id].job_search:
                flipped.append(ref.id)
            decisions[ref.id] = again
        if not changed:
            break
        # what the next round's history differs in: the people, organisations and invitations
        # of the threads whose decision flipped
        affected = set()
        for tid in flipped:
            e = entries[tid]
            for email in e.automated:
                domain = email.rsplit("@", 1)[-1].lower()
                affected.update({("h.people", email), ("h.other_people", email)})
                affected.update({("h.domains", domain), ("h.other_domains", domain)})
            affected.update(("h.invites", uid) for uid in e.uids)
    for ref in refs:
        e = entries[ref.id]
        old_reads, old = before[ref.id]
        new = e.decision
        if old_reads != e.decided or old is None or new is None or old.digest != new.digest:
            cache.changed.add(ref.id)
    return decisions
