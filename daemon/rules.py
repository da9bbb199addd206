"""The rules: facts and a clock in, follow-ups out. Pure: no I/O, time only from `now`.

Each kind of follow-up decides for itself (daemon/followups/, one module per kind); this module
runs them over the job-search threads, and holds the `Mailbox`: the one place a kind asks what
was written across threads ("did the user write to X since T", "did anyone from Y write since
T").
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from daemon.config import Rules
from daemon.followups import kinds
from daemon.followups.base import followup_id
from daemon.infer.people import Identity, domain_of, is_personal_domain, is_service_domain
from daemon.model import Followup, Message, Thread, ThreadFacts

__all__ = ["Mailbox", "anchor_of", "decide", "followup_id", "legacy_followup_id"]


@dataclass(frozen=True)
class Ending:
    """A rejection or an offer: when, which message, and from which organisation."""

    at: datetime
    message_id: str
    domain: str  # the sender's, or "" on a personal provider's domain
    company: str  # the thread's company, letters and digits only ("fernhillenergy")


@dataclass(frozen=True)
class Mailbox:
    """Every message, for the questions rules ask across threads (was she thanked elsewhere?)."""

    messages: tuple[Message, ...]
    endings: tuple[Ending, ...] = ()
    _dates: tuple[datetime, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_dates", tuple(m.date for m in self.messages))

    @classmethod
    def of(cls, threads: list[Thread], facts: Sequence[ThreadFacts] = ()) -> Mailbox:
        """The messages of `threads`, and the rejections and offers `facts` found."""
        messages = tuple(sorted((m for t in threads for m in t.messages), key=lambda m: m.date))
        return cls(messages, tuple(e for f in facts if (e := _ending(f)) is not None))

    def between(self, since: datetime, until: datetime) -> Sequence[Message]:
        """Every message dated from `since` to `until`, both included, oldest first."""
        return self.messages[bisect_left(self._dates, since) : bisect_right(self._dates, until)]

    def from_me_to(
        self, me: Identity, email: str, since: datetime, until: datetime
    ) -> Iterator[Message]:
        """Did the user write to `email` (To or Cc) from `since` to `until`: those messages,
        oldest first, in any thread."""
        for msg in self.between(since, until):
            if me.sent_by_me(msg) and any(a.email == email for a in msg.recipients()):
                yield msg

    def from_people_at(
        self, me: Identity, theirs: str | set[str], since: datetime, until: datetime
    ) -> Iterator[Message]:
        """Did anyone at `theirs` (a domain, or a set of exact addresses where the domain is a
        personal provider's) write from `since` to `until`: those messages, oldest first, in
        any thread, list mail left out. Whether an automatic reply counts is the caller's."""
        for msg in self.between(since, until):
            sender = msg.sender
            if sender is None or msg.bulk or me.sent_by_me(msg):
                continue
            email = sender.email
            if (email in theirs) if isinstance(theirs, set) else domain_of(email) == theirs:
                yield msg

    def ended(
        self, email: str, company: str | None, since: datetime, until: datetime
    ) -> str | None:
        """Did the organisation of `email` (or `company`, as an ATS writes in its name) reject
        or make an offer from `since` to `until`, in any thread: the message's Message-ID."""
        domain = domain_of(email)
        name = _letters(company)
        for e in self.endings:
            if since < e.at <= until and (
                (e.domain and e.domain == domain) or (name and e.company == name)
            ):
                return e.message_id
        return None


def _ending(f: ThreadFacts) -> Ending | None:
    if not f.job_related or f.closed_by is None:
        return None
    msg = next((m for m in f.thread.messages if m.message_id == f.closed_by), None)
    if msg is None or msg.sender is None:
        return None
    domain = domain_of(msg.sender.email)
    if is_personal_domain(domain) or is_service_domain(domain):
        domain = ""
    return Ending(msg.date, msg.message_id, domain, _letters(f.company))


def _letters(name: str | None) -> str:
    return "".join(ch for ch in (name or "").lower() if ch.isalnum())


def anchor_of(f: Followup) -> str:
    """What a follow-up is about: its meeting (UID, else start), its promise's message, ..."""
    return f.payload.anchor or f.id


def legacy_followup_id(f: Followup) -> str:
    """The id this follow-up had before ids left the thread out (schema 5 and earlier), so a
    draft written or a dismissal made then still counts."""
    text = f"{f.kind}|{f.thread_id}|{f.to.email.lower()}|{anchor_of(f)}"
    return f"{f.kind}-{hashlib.sha256(text.encode()).hexdigest()[:16]}"


def decide(
    facts: list[ThreadFacts],
    mailbox: Mailbox,
    me: Identity,
    rules: Rules,
    tz: tzinfo,
    now: datetime,
) -> list[Followup]:
    """Every follow-up of every kind the facts call for, in its state at `now`."""
    out: list[Followup] = []
    for f in facts:
        if not f.job_related:
            continue
        for kind in kinds():
            out += kind.detect(f, mailbox, me, rules, tz, now)
    return out
