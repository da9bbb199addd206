"""What is kept of each thread's inference between scans (daemon/incremental.py computes it).

Each thread has an `Entry`: a small summary that every run reads (who takes part and with what
role, its share of family, its invitations' UIDs, the no-shows it reports, the user's
signatures and the domains it names, what each step read from outside the thread, its
decisions) and the bulk (`Full`: parties, meetings, promises, evidence, facts), decoded only for
threads read again and for the facts asked for.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, tzinfo
from pathlib import Path
from types import SimpleNamespace
from typing import Any, overload

from daemon import codec
from daemon.errors import StateError
from daemon.infer.meetings import CalendarIndex, WordsResult
from daemon.infer.parties import Party
from daemon.infer.people import Identity
from daemon.infer.promises import PromiseResult
from daemon.infer.signals import Decision, Evidence
from daemon.model import (
    Application,
    AutoReply,
    Counterpart,
    Followup,
    Meeting,
    Message,
    Payload,
    Promise,
    Signal,
    Thread,
    ThreadFacts,
)
from daemon.tracing import Read, digest

codec.register(
    Application,
    AutoReply,
    Payload,
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


@dataclass(slots=True)  # one a thread, every thread held at once
class ThreadRef:
    """A thread as the cache sees it: its id, a key over its messages and the context, and
    how to load it when it must be read."""

    id: str
    key: str
    size: int
    load: Callable[[], Thread]
    _thread: Thread | None = None
    heads: Thread | None = None  # its messages' headers alone, when the caller has them

    def thread(self) -> Thread:
        if self._thread is None:
            self._thread = self.load()
        return self._thread

    @property
    def loaded(self) -> bool:
        return self._thread is not None

    def release(self) -> None:
        """Let the loaded messages go (they are loaded again if asked for)."""
        self._thread = None

    def headers(self) -> Thread:
        """The thread as far as its headers go (which messages answer which), without loading
        its messages when the caller gave their heads."""
        return self.heads if self.heads is not None else self.thread()


@dataclass(slots=True)  # one a thread, every thread held at once
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

    own_parties: dict[str, Party] = field(default_factory=dict)  # roles from this thread only
    parties: dict[str, Party] = field(default_factory=dict)  # with roles other threads show
    words: WordsResult = field(default_factory=WordsResult)
    meetings: list[Meeting] = field(default_factory=list)
    promises: PromiseResult = field(default_factory=PromiseResult)
    own: PromiseResult = field(default_factory=PromiseResult)  # the user's own promises
    applications: list[Application] = field(default_factory=list)
    named: list[Meeting] = field(default_factory=list)  # meetings with people named unknown
    evidence: Evidence | None = None
    first: Decision | None = None
    decision: Decision | None = None
    facts: ThreadFacts | None = None


_EVIDENCE = [f.name for f in fields(Full)].index("evidence")  # its place in the stored bulk
_FIRST = [f.name for f in fields(Full)].index("first")
_AUTOMATED = {a: SimpleNamespace(automated=a) for a in (False, True)}
_NO_INVITES = SimpleNamespace(message_id="", in_reply_to=None, references=(), events=())

# a no-show this thread reports: (whose side, when as ISO 8601, Message-ID)
ReportRow = tuple[str, str, str]
# an invited meeting this thread's words say did not happen: (start as ISO 8601, domain, why)
NotHeldRow = tuple[str, str, str]


SUMMARY_FORMAT = 3  # an entry kept in another form (by older code) is read again


class Lot:
    """Where parked bulks wait (`Entry.park`): a private temporary SQLite database, on disk and
    gone when closed (SQLite unlinks its file at once), so that the bulk of every thread of a
    first scan is not held in memory (about a tenth of a 100k scan's peak, compressed); its
    page cache is SQLite's, bounded. Opened when first written."""

    def __init__(self) -> None:
        self._db: sqlite3.Connection | None = None
        self._next = 0

    def _open(self) -> sqlite3.Connection:
        if self._db is None:
            db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.execute("CREATE TABLE lot (k INTEGER PRIMARY KEY, v BLOB NOT NULL)")
            self._db = db
        return self._db

    def put(self, value: bytes, old: int | None = None) -> int:
        """Keep `value` in place of `old`'s, or at a new place (a positive number); returns
        its place."""
        if old is None:
            self._next += 1
            old = self._next
        self.put_at(old, value)
        return old

    def put_at(self, place: int, value: bytes) -> None:
        """Keep `value` at this place, in place of what was there."""
        try:
            self._open().execute("INSERT OR REPLACE INTO lot VALUES (?, ?)", (place, value))
        except sqlite3.Error as exc:
            raise StateError(f"a temporary file for the scan cannot be written: {exc}") from exc

    def get(self, place: int) -> bytes:
        try:
            row = self._open().execute("SELECT v FROM lot WHERE k = ?", (place,)).fetchone()
        except sqlite3.Error as exc:
            raise StateError(f"a temporary file for the scan cannot be read: {exc}") from exc
        assert row is not None, place
        found: bytes = row[0]
        return found


@dataclass(slots=True)  # one a thread, every thread held at once
class Entry:
    """What is kept of one thread between scans."""

    key: str  # over the thread's messages and the context
    automated: dict[str, bool]  # the thread's parties: address -> automated?
    roles: list[tuple[str, str, str]]  # the roles the thread itself shows: address, role, why
    family: frozenset[str]
    uids: frozenset[str]
    reports: list[ReportRow]  # the no-shows it reports (read by every thread's meetings)
    signatures: list[str]  # the user's own signatures in it (their current job)
    domains: frozenset[str]  # the mail domains of everyone in it but the user
    known_names: frozenset[str]  # its share of the names the mailbox knows (infer/names.py)
    known_orgs: frozenset[str]  # ... and of the words of its organisations' domains
    seen: str = ""  # `key` with the roles other threads lend its parties, as last read
    words_reads: list[Read] | None = None  # of the calendar and `now`, by meetings in words
    not_held: list[NotHeldRow] = field(default_factory=list)
    reads: list[Read] | None = None  # of everything shared, by meetings, promises, evidence
    decided: list[Read] | None = None  # of the search's history, by the final decision
    first: Verdict | None = None
    decision: Verdict | None = None
    facts_for: str = ""  # digest of the decision the facts were made with
    job: bool = False
    stored: str | None = None  # the bulk as the database keeps it, until decoded
    # reads the bulk from the database when first needed (only threads read again need it)
    fetch: Callable[[], str | None] | None = None
    # where in `lot` the bulk waits as `stored`, compressed, while no step needs it (`park`)
    parked: int | None = None
    lot: Lot | None = None
    # its last place in `lot` (taken again when parked again: a thread holds two places at
    # most, its bulk's and, at minus that, a decision made while it was parked)
    _spot: int | None = None
    _decision: bool = False  # a decision made while parked waits in `lot`, as stored
    _full: Full | None = None

    def stand_in(self, headers: Thread) -> Any:
        """The thread as the search's history reads it: its parties' automation, its UIDs, and
        which messages its messages answer (`headers`: the thread's heads)."""
        # made for each decision, not kept: one per thread of the mailbox would stay for good;
        # what most threads' stand-ins hold alike is one object (read, never written)
        parties = {e: _AUTOMATED[a] for e, a in self.automated.items()}
        invites = _NO_INVITES
        if self.uids:
            events = tuple(SimpleNamespace(uid=u) for u in sorted(self.uids))
            invites = SimpleNamespace(message_id="", in_reply_to=None, references=(), events=events)
        messages = (*headers.messages, invites)
        return SimpleNamespace(
            parties=parties, thread=SimpleNamespace(id=headers.id, messages=messages)
        )

    def full(self) -> Full:
        if self._full is None:
            stored = self._stored()
            self._full = Full(*codec.load(json.loads(stored))) if stored else Full()
            self.stored = self.parked = None  # decoded: the text is no longer needed
            if self._decision:
                assert self.lot is not None and self._spot is not None
                self._full.decision = codec.load(json.loads(self.lot.get(-self._spot)))
                self._decision = False
        return self._full

    def _stored(self) -> str | None:
        if self.parked is not None:
            assert self.lot is not None
            return zlib.decompress(self.lot.get(self.parked)).decode()
        if self.stored is None and self.fetch is not None:
            return self.fetch()
        return self.stored

    def park(self, lot: Lot) -> None:
        """Hold the bulk as the text it is stored as, compressed, in `lot` (on disk) until a
        step asks for it again (`full`, `evidence`): a first scan reads every thread, and
        every thread's bulk held as objects until the last is decided was the most of its
        memory (about a fifth of what grows with the mailbox; its text compressed is a fifth
        of that, and it is not held in memory either)."""
        if self._full is not None:
            text = zlib.compress(self.full_json().encode(), 1)
            self.parked = self._spot = lot.put(text, self._spot if self.lot is lot else None)
            self.lot = lot
            self._full = None
            # the decisions' objects are in the text too: not held twice
            if self.first is not None and self.first.real is not None:
                self.first = replace(self.first, real=None)
            if self.decision is not None and self.decision.real is not None:
                self.decision = replace(self.decision, real=None)

    def evidence(self) -> Evidence | None:
        """The thread's own evidence, decoded alone from a parked bulk (the decision rounds
        read every thread's; the rest of the bulk stays parked). Its thread is a placeholder
        when decoded (as `full_json` stores it)."""
        if self.parked is None or self._full is not None:
            return self.full().evidence
        # stored as a tuple of Full's fields, in order: ["T", [own_parties, parties, …]]
        evidence: Evidence | None = codec.load(json.loads(self._stored() or "")[1][_EVIDENCE])
        return evidence

    def first_made(self) -> Decision | None:
        """The thread's decision on its own evidence, decoded alone from a parked bulk (the
        decision rounds take it as final for every thread it decides; the rest stays parked)."""
        if self.parked is None or self._full is not None:
            return self.full().first
        found: Decision | None = codec.load(json.loads(self._stored() or "")[1][_FIRST])
        return found

    def decided_with(self, decision: Decision) -> None:
        """The thread's final decision, kept in its bulk (once decoded, when parked: as text
        until then, as the decision rounds make one for nearly every thread)."""
        if self._full is None and self.parked is not None:
            assert self.lot is not None
            self.lot.put_at(-self.parked, json.dumps(codec.dump(decision)).encode())
            self._decision = True
        else:
            self.full().decision = decision

    def summary_json(self) -> dict[str, Any]:
        def verdict(v: Verdict | None) -> list[Any] | None:
            return None if v is None else [v.process, v.job_search, v.digest]

        def reads(found: list[Read] | None) -> list[list[Any]] | None:
            return None if found is None else [list(r) for r in found]

        return {
            "fmt": SUMMARY_FORMAT,
            "k": self.key,
            "p": [[e, a] for e, a in self.automated.items()],
            "ro": [list(r) for r in self.roles],
            "f": sorted(self.family),
            "u": sorted(self.uids),
            "mr": [list(r) for r in self.reports],
            "sg": self.signatures,
            "dm": sorted(self.domains),
            "kn": sorted(self.known_names),
            "ko": sorted(self.known_orgs),
            "s": self.seen,
            "wr": reads(self.words_reads),
            "nh": [list(r) for r in self.not_held],
            "r": reads(self.reads),
            "d": reads(self.decided),
            "v1": verdict(self.first),
            "v": verdict(self.decision),
            "ff": self.facts_for,
            "j": self.job,
        }

    def full_json(self) -> str:
        """The bulk as stored: without the thread's messages (they are in the messages table)."""
        if self._full is None and not self._decision:
            return self._stored() or json.dumps(codec.dump(tuple(vars(Full()).values())))
        f = self.full()
        evidence = f.evidence
        if evidence is not None and evidence.thread.messages:
            evidence = replace(evidence, thread=placeholder(evidence.thread.id))
        return json.dumps(
            codec.dump(
                (
                    f.own_parties,
                    f.parties,
                    f.words,
                    f.meetings,
                    f.promises,
                    f.own,
                    f.applications,
                    f.named,
                    evidence,
                    f.first,
                    f.decision,
                    f.facts,
                )
            )
        )

    @staticmethod
    def readable(summary: dict[str, Any]) -> bool:
        """Whether a kept summary is in the form this code keeps."""
        return summary.get("fmt") == SUMMARY_FORMAT

    @classmethod
    def from_stored(
        cls,
        summary: dict[str, Any],
        stored: str | None,
        fetch: Callable[[], str | None] | None = None,
        pool: Pool | None = None,
    ) -> Entry:
        """An entry from its kept summary, and its bulk as stored or how to read it when it is
        first needed (`fetch`); its sets and parties held once with equal ones in `pool`."""

        # every thread's summary is held during a scan: the same addresses, domains, names and
        # reads recur from thread to thread, so each is held once, as is every empty set
        def verdict(v: list[Any] | None) -> Verdict | None:
            return None if v is None else Verdict(v[0], v[1], _intern(v[2]))

        def reads(found: list[list[Any]] | None) -> list[Read] | None:
            return None if found is None else [tuple(map(_intern, r)) for r in found]

        key = summary["k"]
        first = verdict(summary["v1"])
        decision = verdict(summary["v"])
        return cls(
            key=key,
            automated=_flags({sys.intern(e): a for e, a in summary["p"]}, pool),
            roles=[(sys.intern(e), r, why) for e, r, why in summary["ro"]],
            family=_frozen(summary["f"], pool),
            uids=_frozen(summary["u"]),
            reports=[(side, when, mid) for side, when, mid in summary["mr"]],
            signatures=list(summary["sg"]),
            domains=_frozen(summary["dm"], pool),
            known_names=_frozen(summary["kn"], pool),
            known_orgs=_frozen(summary["ko"], pool),
            seen=key if summary["s"] == key else summary["s"],
            words_reads=reads(summary["wr"]),
            not_held=[(when, domain, why) for when, domain, why in summary["nh"]],
            reads=reads(summary["r"]),
            decided=reads(summary["d"]),
            first=first,
            decision=first if decision == first else decision,
            facts_for=_intern(summary["ff"]),
            job=summary["j"],
            stored=stored,
            fetch=fetch,
        )


_EMPTY: frozenset[str] = frozenset()


def _frozen(values: list[str], pool: Pool | None = None) -> frozenset[str]:
    """A kept set, its words held once, and every empty one the same set."""
    if pool is not None:
        return pool.words(values)
    return frozenset(map(sys.intern, values)) if values else _EMPTY


class Pool:
    """Equal sets of words, and equal maps of who is automated, held once across the threads of
    one run: every thread's summary is held until the last is decided, and a mailbox's threads
    are mostly the same senders, domains and names again (the generated 10k mailbox's 7,766
    threads have 90 distinct sets of domains and 145 of parties). Made for one run, so that
    nothing it holds outlives the entries that hold it."""

    def __init__(self) -> None:
        self._sets: dict[frozenset[str], frozenset[str]] = {}
        self._flags: dict[tuple[tuple[str, bool], ...], dict[str, bool]] = {}

    def words(self, values: Iterable[str]) -> frozenset[str]:
        """The set of these words (each interned), the one already held when equal."""
        found = frozenset(map(sys.intern, values))
        return self._sets.setdefault(found, found) if found else _EMPTY

    def flags(self, values: dict[str, bool]) -> dict[str, bool]:
        """This map (read, never written), the one already held when equal, in order."""
        return self._flags.setdefault(tuple(values.items()), values)


def _flags(values: dict[str, bool], pool: Pool | None) -> dict[str, bool]:
    return values if pool is None else pool.flags(values)


def _intern(value: Any) -> Any:
    return sys.intern(value) if type(value) is str else value


def placeholder(thread_id: str) -> Thread:
    """A thread without its messages, as kept facts hold it (the messages are stored once)."""
    return Thread(thread_id, ())


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
    lot: Lot = field(default_factory=Lot)  # where the entries' bulks wait while parked
    changed: set[str] = field(default_factory=set)
    new_groups: set[str] = field(default_factory=set)
    used_groups: set[str] = field(default_factory=set)
    positions: dict[str, int] = field(default_factory=dict)  # each thread's place, as stored
    # the user's current job as their signatures name it, by what it was worked out from
    colleagues: tuple[str, frozenset[str]] | None = None
    # each thread as the search's history reads it (`Entry.stand_in`), with the entry and the
    # heads it was made from: kept only where ticks follow one another (the daemon); None:
    # made for each decision
    stand_ins: dict[str, tuple[Entry, Thread, Any]] | None = None
    # the search's history as the last decision rounds left it (daemon/incremental.py's
    # SearchHistory), where the stand-ins are kept
    history: Any = None
    # the reads that held at the daemon's last tick, by what they read (daemon/read_index.py)
    since: Any = None


class FactsList(Sequence[ThreadFacts]):
    """Every thread's facts: the job search's at once, the others loaded when first asked
    for (only `explain`, `status` and the digest look at threads outside the search)."""

    def __init__(
        self,
        job: list[ThreadFacts] | Callable[[], list[ThreadFacts]],
        everything: Callable[[], list[ThreadFacts]] | None = None,
        one: Callable[[str], ThreadFacts] | None = None,
        ids: list[str] | None = None,
    ) -> None:
        self._job = job
        self._one = one
        self._ids = ids
        self._everything = everything
        self._all: list[ThreadFacts] | None = None

    @property
    def job(self) -> list[ThreadFacts]:
        """The job search's threads' facts (loaded when first asked for)."""
        if callable(self._job):
            self._job = self._job()
        return self._job

    def job_ids(self) -> list[str]:
        """The job search's threads' ids, in order, without loading their facts when the
        list was made with them."""
        if self._ids is not None and callable(self._job):
            return self._ids
        return [f.thread.id for f in self.job]

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


def when(iso: str) -> datetime:
    return datetime.fromisoformat(iso)
