"""Inference per thread, cached, redone only where something changed.

`infer_facts` (daemon/infer/facts.py) reads every thread, then lets what some threads show
reach the others: the versions of one invitation across threads, who is family, who and which
organisations are part of the search. This module runs the same steps with the same functions,
thread by thread, keeping each thread's results with what it read from outside itself
(daemon/tracing.py): a thread whose messages are the same, read in the same context, and whose
reads of the shared structures give the same answers today, keeps its results; any other is
read again. The shared structures themselves are rebuilt from the threads' kept parts each run
(cheap): family from each thread's share, the calendar from each group of threads that share an
invitation's UID (a group is read again when one of its threads changes, or when a meeting's
moment has passed since), the search's history from every thread's people and decision.

`tests/test_incremental.py` holds the proof obligations: with nothing cached this gives what
`infer_facts` gives, and a scan that reuses the cache gives what a fresh scan gives, on every
labelled case and on generated mailboxes, as mail arrives and changes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast, overload

from daemon import codec
from daemon.infer.annotate import Annotations
from daemon.infer.facts import _facts, _family, _history, _invite_uids, _Read, _start
from daemon.infer.meetings import CalendarIndex, WordsResult, calendar_meetings, text_meetings
from daemon.infer.met import People
from daemon.infer.parties import Party, name_directory, thread_parties
from daemon.infer.people import Identity
from daemon.infer.promises import PromiseResult, find_promises
from daemon.infer.signals import Decision, Evidence, History, weigh_thread
from daemon.infer.signals import decide as decide_evidence
from daemon.model import (
    Counterpart,
    Followup,
    Meeting,
    Message,
    Promise,
    Signal,
    Thread,
    ThreadFacts,
)
from daemon.tracing import Read, Recorder, TracedDict, TracedNow, TracedSet, digest, holds

codec.register(
    Party,
    Meeting,
    Promise,
    Signal,
    Counterpart,
    ThreadFacts,
    Thread,
    Message,
    WordsResult,
    PromiseResult,
    Decision,
    Evidence,
    CalendarIndex,
    Followup,
)

_CODE: str | None = None


def code_version() -> str:
    """Changes whenever followupd's own code changes (cached results of older code are not
    trusted): a digest of every module of the `daemon` package."""
    global _CODE
    if _CODE is None:
        root = Path(__file__).resolve().parent
        h = hashlib.sha256()
        for path in sorted(root.rglob("*.py")):
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
        _CODE = h.hexdigest()[:16]
    return _CODE


def context_key(me: Identity, tz: tzinfo, targets: Sequence[str] = ()) -> str:
    """What every thread's inference reads besides mail: the user, their zone, the code."""
    zone = getattr(tz, "key", None) or repr(tz)
    return (
        digest((sorted(me.emails), sorted(me.employer_domains), me.name, zone, tuple(targets)))
        + code_version()
    )


@dataclass
class ThreadRef:
    """A thread as the cache sees it: its id, a key over its messages and the context, and
    how to load it when it must be read."""

    id: str
    key: str
    size: int
    load: Callable[[], Thread]
    _thread: Thread | None = None

    def thread(self) -> Thread:
        if self._thread is None:
            self._thread = self.load()
        return self._thread


@dataclass
class Verdict:
    """A thread's decision as the search's history reads it, and the decision itself when it
    was made (or loaded) in this run."""

    process: bool
    job_search: bool
    digest: str
    real: Decision | None = None

    @classmethod
    def of(cls, d: Decision) -> Verdict:
        return cls(d.process, d.job_search, digest(d), d)


@dataclass
class Full:
    """The bulk of a thread's kept results: decoded only for threads read again, and for the
    facts asked for (the job search's, or all of them for `explain`)."""

    parties: dict[str, Party] = field(default_factory=dict)
    words: WordsResult = field(default_factory=WordsResult)
    meetings: list[Meeting] = field(default_factory=list)
    promises: PromiseResult = field(default_factory=PromiseResult)
    evidence: Evidence | None = None
    first: Decision | None = None
    decision: Decision | None = None
    facts: ThreadFacts | None = None


@dataclass
class Entry:
    """What is kept of one thread between scans: a small summary that every run reads (who
    takes part, its share of family, its invitations' UIDs, what it read, its decisions) and
    the bulk (`Full`), read when needed."""

    key: str
    automated: dict[str, bool]  # the thread's parties: address -> automated?
    family: frozenset[str]
    uids: frozenset[str]
    reads: list[Read] | None = None  # of the calendar, family and `now`, by the second step
    decided: list[Read] | None = None  # of the search's history, by the final decision
    first: Verdict | None = None
    decision: Verdict | None = None
    facts_for: str = ""  # digest of the decision the facts were made with
    job: bool = False
    stored: str | None = None  # the bulk as the database keeps it, until decoded
    _full: Full | None = None

    def stand_in(self) -> Any:
        """The thread as the search's history reads it: its parties' automation, its UIDs."""
        found = self.__dict__.get("_stand_in")
        if found is None:
            parties = {e: SimpleNamespace(automated=a) for e, a in self.automated.items()}
            events = tuple(SimpleNamespace(uid=u) for u in sorted(self.uids))
            found = SimpleNamespace(
                parties=parties, thread=SimpleNamespace(messages=(SimpleNamespace(events=events),))
            )
            self.__dict__["_stand_in"] = found
        return found

    def full(self) -> Full:
        if self._full is None:
            self._full = Full(*codec.load(json.loads(self.stored))) if self.stored else Full()
        return self._full

    def summary_json(self) -> dict[str, Any]:
        def verdict(v: Verdict | None) -> list[Any] | None:
            return None if v is None else [v.process, v.job_search, v.digest]

        return {
            "k": self.key,
            "p": [[e, a] for e, a in self.automated.items()],
            "f": sorted(self.family),
            "u": sorted(self.uids),
            "r": None if self.reads is None else [list(r) for r in self.reads],
            "d": None if self.decided is None else [list(r) for r in self.decided],
            "v1": verdict(self.first),
            "v": verdict(self.decision),
            "ff": self.facts_for,
            "j": self.job,
        }

    def full_json(self) -> str:
        """The bulk as stored: without the thread's messages (they are in the messages table)."""
        if self._full is None:
            return self.stored or json.dumps(codec.dump(tuple(vars(Full()).values())))
        f = self._full
        evidence = f.evidence
        if evidence is not None and evidence.thread.messages:
            evidence = replace(evidence, thread=_placeholder(evidence.thread.id))
        return json.dumps(
            codec.dump(
                (
                    f.parties,
                    f.words,
                    f.meetings,
                    f.promises,
                    evidence,
                    f.first,
                    f.decision,
                    f.facts,
                )
            )
        )

    @classmethod
    def from_stored(cls, summary: dict[str, Any], stored: str | None) -> Entry:
        def verdict(v: list[Any] | None) -> Verdict | None:
            return None if v is None else Verdict(v[0], v[1], v[2])

        def reads(found: list[list[Any]] | None) -> list[Read] | None:
            return None if found is None else [tuple(r) for r in found]

        return cls(
            summary["k"],
            {e: a for e, a in summary["p"]},
            frozenset(summary["f"]),
            frozenset(summary["u"]),
            reads(summary["r"]),
            reads(summary["d"]),
            verdict(summary["v1"]),
            verdict(summary["v"]),
            summary["ff"],
            summary["j"],
            stored,
        )


@dataclass
class Group:
    """The calendar's part for a group of threads that share invitations."""

    reads: list[Read]
    index: CalendarIndex

    def to_json(self) -> Any:
        return codec.dump((self.reads, self.index))

    @classmethod
    def from_json(cls, data: Any) -> Group:
        return cls(*codec.load(data))


@dataclass
class Cache:
    """The kept entries of one account, and which changed in this run."""

    entries: dict[str, Entry] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)
    new_groups: set[str] = field(default_factory=set)
    used_groups: set[str] = field(default_factory=set)
    positions: dict[str, int] = field(default_factory=dict)  # each thread's place, as stored


class FactsList(Sequence[ThreadFacts]):
    """Every thread's facts: the job search's at once, the others loaded when first asked
    for (only `explain`, `status` and the digest look at threads outside the search)."""

    def __init__(
        self,
        job: list[ThreadFacts] | Callable[[], list[ThreadFacts]],
        everything: Callable[[], list[ThreadFacts]] | None = None,
        one: Callable[[str], ThreadFacts] | None = None,
    ) -> None:
        self._job = job
        self._one = one
        self._everything = everything
        self._all: list[ThreadFacts] | None = None

    @property
    def job(self) -> list[ThreadFacts]:
        """The job search's threads' facts (loaded when first asked for)."""
        if callable(self._job):
            self._job = self._job()
        return self._job

    def thread(self, thread_id: str) -> ThreadFacts:
        """One job-search thread's facts, loading only it when the list is not loaded."""
        if self._one is not None and callable(self._job):
            return self._one(thread_id)
        return next(f for f in self.job if f.thread.id == thread_id)

    def _load(self) -> list[ThreadFacts]:
        if self._all is None:
            self._all = self._everything() if self._everything else self.job
        return self._all

    @overload
    def __getitem__(self, i: int) -> ThreadFacts: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[ThreadFacts]: ...

    def __getitem__(self, i: int | slice) -> ThreadFacts | Sequence[ThreadFacts]:
        return self._load()[i]

    def __len__(self) -> int:
        return len(self._load())

    def __iter__(self) -> Iterator[ThreadFacts]:
        return iter(self._load())


def job_of(facts: Sequence[ThreadFacts]) -> list[ThreadFacts]:
    """The job-search threads' facts, without loading the others'."""
    if isinstance(facts, FactsList):
        return facts.job
    return [f for f in facts if f.job_related]


@dataclass
class Outcome:
    """Facts of every thread, and every use of `now` they rest on."""

    facts: FactsList
    now_reads: list[Read]


def _placeholder(thread_id: str) -> Thread:
    return Thread(thread_id, ())


def infer_cached(
    refs: list[ThreadRef],
    me: Identity,
    tz: tzinfo,
    now: datetime,
    cache: Cache,
    targets: Sequence[str] = (),
) -> Outcome:
    """`infer_facts` over the threads of `refs` (in that order), reusing `cache` where it
    still holds and updating it."""
    notes = Annotations(tz)
    traced_now = TracedNow.of(now)
    live: dict[str, _Read] = {}
    entries = cache.entries

    def first_step(ref: ThreadRef) -> _Read:
        found = live.get(ref.id)
        if found is None:
            t = ref.thread()
            parties = thread_parties(t, notes, me)
            directory = name_directory(
                (p.address for p in parties.values()),
                t,
                notes,
                me,
                automated=(e for e, p in parties.items() if p.automated),
            )
            people = People(t, notes, me, parties, directory)
            found = live[ref.id] = _Read(t, parties, people, WordsResult(), [], PromiseResult())
        return found

    for ref in refs:
        e = entries.get(ref.id)
        if e is None or e.key != ref.key:
            r = first_step(ref)
            uids = frozenset(ev.uid for m in r.thread.messages for ev in m.events)
            automated = {email: p.automated for email, p in r.parties.items()}
            entries[ref.id] = Entry(
                ref.key, automated, _family(me, [r]), uids, _full=Full(r.parties)
            )
            cache.changed.add(ref.id)

    family = _family_of(refs, entries)
    calendar = _calendar(refs, entries, cache, me, traced_now, now, first_step)
    structures: dict[str, Any] = {
        "family": family,
        "cal.meetings": calendar.meetings,
        "cal.instants": calendar.instants,
        "cal.days": calendar.days,
        "cal.met": calendar.met,
    }

    read_again: set[str] = set()
    for ref in refs:
        e = entries[ref.id]
        if e.reads is not None and holds(e.reads, structures, now):
            continue
        r = first_step(ref)
        t = r.thread
        with Recorder() as recorder:
            r.words = text_meetings(t, notes, me, traced_now, tz, calendar, r.people)
            r.meetings = sorted(calendar.meetings.get(t.id, []) + r.words.meetings, key=_start)
            r.promises = find_promises(t, notes, me, tz, family)
            evidence = weigh_thread(
                t, notes, me, r.parties, r.meetings, targets, r.promises.promises, family
            )
        first = decide_evidence(evidence, me, None)
        full = e.full()
        full.parties = r.parties
        full.words, full.meetings, full.promises = r.words, r.meetings, r.promises
        full.evidence, full.first = evidence, first
        e.reads, e.first, e.decided = recorder.reads, Verdict.of(first), None
        read_again.add(ref.id)
        cache.changed.add(ref.id)

    decisions = _decide(refs, entries, me, now, cache)

    job: list[ThreadFacts] = []
    for ref in refs:
        e = entries[ref.id]
        verdict = decisions[ref.id]
        if ref.id in read_again or e.facts_for != verdict.digest or not e.facts_for:
            full = e.full()
            d = verdict.real or full.decision
            assert d is not None and digest(d) == verdict.digest
            r = live.get(ref.id) or _Read(
                ref.thread(),
                full.parties,
                cast(People, None),
                full.words,
                full.meetings,
                full.promises,
            )
            made = _facts(r, d, notes, me)
            full.facts = replace(made, thread=_placeholder(ref.id))
            e.facts_for, e.job = verdict.digest, made.job_related
            cache.changed.add(ref.id)
        if e.job:
            kept = e.full().facts
            assert kept is not None
            job.append(replace(kept, thread=ref.thread()))

    def everything() -> list[ThreadFacts]:
        out = []
        for ref in refs:
            kept = entries[ref.id].full().facts
            assert kept is not None
            out.append(replace(kept, thread=ref.thread()))
        return out

    now_reads = [r for ref in refs for r in entries[ref.id].reads or () if r[0] == "now"]
    now_reads += [r for key in cache.used_groups for r in cache.groups[key].reads]
    return Outcome(FactsList(job, everything), list(dict.fromkeys(now_reads)))


def _touches(reads: list[Read], affected: set[tuple[str, Any]]) -> bool:
    """Whether any of these reads is of a key in `affected`, or of a whole structure."""
    return any(r[1] == "all" or (r[0], r[2]) in affected for r in reads)


def _family_of(refs: list[ThreadRef], entries: dict[str, Entry]) -> TracedSet[str]:
    """People on personal mail who share the user's surname, from each thread's share (the
    family set is the union of what each thread shows)."""
    found: set[str] = set()
    for ref in refs:
        found |= entries[ref.id].family
    return TracedSet("family", found)


def _calendar(
    refs: list[ThreadRef],
    entries: dict[str, Entry],
    cache: Cache,
    me: Identity,
    traced_now: TracedNow,
    now: datetime,
    first_step: Callable[[ThreadRef], _Read],
) -> CalendarIndex:
    """The calendar of the whole mailbox, from each group of threads that share a UID (an
    invitation's versions are merged by UID only, so a group's part depends on its threads
    alone, and on whether each meeting's moment has passed)."""
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
        key = digest([(r.id, r.key) for r in members])
        group = cache.groups.get(key)
        if group is None or not holds(group.reads, {}, now):
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
        for when, owners in part.instants.items():
            instants[when] = instants.get(when, frozenset()) | owners
        for tid, found_days in part.days.items():
            days.setdefault(tid, set()).update(found_days)
        for when, people in part.met.items():
            met.setdefault(when, set()).update(people)
    return CalendarIndex(
        TracedDict("cal.meetings", meetings),
        TracedDict("cal.instants", instants),
        TracedDict("cal.days", days),
        TracedDict("cal.met", met),
    )


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
    stand_in = {ref.id: entries[ref.id].stand_in() for ref in refs}
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
            e.full().decision = e.full().first
    affected: set[tuple[str, Any]] | None = None  # None: every thread is checked
    for _ in range(3):
        history = _history(verdicts, reads)
        history.invites = _invite_uids(verdicts, reads)
        traced = History(
            people=cast(set[str], TracedSet("h.people", history.people)),
            domains=cast(set[str], TracedSet("h.domains", history.domains)),
            other_domains=TracedDict("h.other_domains", history.other_domains),
            other_people=TracedDict("h.other_people", history.other_people),
            invites=cast(set[str], TracedSet("h.invites", history.invites)),
        )
        structures: dict[str, Any] = {
            "h.people": traced.people,
            "h.domains": traced.domains,
            "h.other_domains": traced.other_domains,
            "h.other_people": traced.other_people,
            "h.invites": traced.invites,
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
                full = e.full()
                evidence = full.evidence
                assert evidence is not None
                if evidence.thread.id != ref.id or not evidence.thread.messages:
                    evidence = full.evidence = replace(evidence, thread=ref.thread())
                with Recorder() as recorder:
                    made = decide_evidence(evidence, me, traced)
                full.decision = made
                again = Verdict.of(made)
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
