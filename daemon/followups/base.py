"""What every kind of follow-up is made of, and the small helpers the kinds share.

A kind (one module beside this one, listed in `daemon/followups/__init__.py`) is an instance of
a `Kind` subclass, generic over its payload type:

- `name`: its `KindName` (daemon/model.py), the word `--json` and the state database use;
- `detect`: the follow-ups it owes for one thread's facts, a pure function of those facts, the
  mailbox's `Answers` (daemon/rules.py: the one place to ask "did the user write to X since
  T"), the user's identity, the `[rules]` and `now` (compared with, never taken apart: a
  kept plan is checked by replaying those comparisons, daemon/tracing.py);
- `rule_keys`: the `[rules]` keys it reads (each a field of `daemon.config.Rules`, shown in
  `config.example.toml` and the README);
- `body`: its draft's wording (DOMAIN.md's structure, in our own words);
- `title`, `header`, `row`: its section of the digest;
- `facts_lines`: what `followupd explain` shows of the facts it detects from.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from daemon import codec
from daemon.config import Profile, Rules, User
from daemon.drafting.voice import Voice, voice_for
from daemon.drafting.words import tongue, voice_in
from daemon.infer.people import Identity
from daemon.model import Address, Followup, KindName, Meeting, Payload, ThreadFacts

if TYPE_CHECKING:
    from daemon.rules import Answers

P = TypeVar("P", bound=Payload)


@dataclass(frozen=True)
class Writing:
    """What a template needs besides the follow-up: who writes, from which address, when."""

    company: str | None
    subject: str  # the thread's
    user: User
    profile: Profile
    sender_email: str
    tz: tzinfo
    now: datetime
    role: str | None = None  # the role the thread names ("Product Operations Manager")
    company_guessed: bool = False  # `company` read from an address alone: the lint asks
    facts: ThreadFacts | None = None  # the thread: how the user writes, what happened since
    language: str = "en"  # the thread's (daemon/drafting/language.py): the draft's, if we write it

    @property
    def mine(self) -> frozenset[str]:
        """The user's own addresses, lower case: their messages say nothing of the other side."""
        return frozenset(e.lower() for e in self.user.emails)

    def voice(self, to: Address) -> Voice:
        """How the user greets and signs off to `to`, as they do in the thread, in the
        draft's language."""
        t = tongue(self.language)
        if t is not None:
            return voice_in(t, to, self.facts, self.user.emails)
        return voice_for(to, self.facts, self.user.emails)


@dataclass(frozen=True)
class Row:
    """The digest's words for one follow-up, for a kind to arrange in its row."""

    who: str  # "Dana Ruiz <dana@acme.example>"
    deadline: str  # wording.deadline
    thread: str  # the thread's subject
    find: str  # where to find it when there is no link
    phone: str  # " (phone: ...)" from their signature, or ""


class Kind(ABC, Generic[P]):
    """One kind of follow-up. Subclasses set the class attributes and implement `detect` and
    `body`; the rest has defaults that suit a note to one person."""

    name: KindName
    payload_type: type[P]
    words: str  # the kind as a person says it: "thank-you"
    title: str  # the digest's section: "Thank-yous owed"
    header: tuple[str, ...] = ("To", "Deadline", "Thread", "Find it")
    rule_keys: tuple[str, ...] = ()
    # its note goes to someone met at its payload's `meeting`: the lint checks they were there
    to_someone_met: bool = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # its follow-ups are kept between scans with their payload (daemon/codec.py)
        payload = cls.__dict__.get("payload_type")
        if payload is not None:
            codec.register(payload)

    @abstractmethod
    def detect(
        self,
        facts: ThreadFacts,
        mailbox: Answers,
        me: Identity,
        rules: Rules,
        tz: tzinfo,
        now: datetime,
    ) -> list[Followup]:
        """Every follow-up of this kind the thread's facts call for, in its state at `now`."""

    @abstractmethod
    def body(self, f: Followup, payload: P, w: Writing) -> str:
        """The draft's text for one follow-up of this kind."""

    def payload(self, f: Followup) -> P:
        """The follow-up's payload, as this kind's own type."""
        if not isinstance(f.payload, self.payload_type):
            raise TypeError(f"{f.id} carries no {self.payload_type.__name__}")
        return f.payload

    def row(self, f: Followup, payload: P, r: Row) -> list[str]:
        """Its row in the digest, under `header`."""
        return [r.who, r.deadline, r.thread, r.find]

    def order(self, f: Followup) -> datetime:
        """Where it comes in its digest section: the most pressing first."""
        return f.overdue_at or f.due_at

    def facts_lines(self, facts: ThreadFacts, tz: tzinfo) -> list[str]:
        """What `explain` shows of the facts this kind reads (besides meetings and promises,
        which every thread shows)."""
        return []

    def draft_lines(
        self, f: Followup, facts: ThreadFacts, mine: frozenset[str], now: datetime
    ) -> list[str]:
        """What `explain` shows of what shapes this follow-up's draft (`mine`: the user's
        addresses)."""
        return []


def meeting_end(meeting: Meeting, rules: Rules | None = None) -> datetime:
    """When a meeting ended: as stated, else after the rules' default length."""
    minutes = (rules or Rules()).meeting_default_minutes
    return meeting.end or meeting.start + timedelta(minutes=minutes)


def followup_id(kind: str, to: str, anchor: str) -> str:
    """A stable id: the same follow-up gets the same id on every scan, also when earlier
    messages of its thread arrive later (the thread's id is its first message's, so it is not
    part of the id): a thank-you is the person and the meeting, a callback the person and the
    message that made the promise."""
    digest = hashlib.sha256(f"{kind}|{to.lower()}|{anchor}".encode()).hexdigest()
    return f"{kind}-{digest[:16]}"


def state_at(now: datetime, due_at: datetime, overdue_at: datetime | None, rules: Rules) -> str:
    """scheduled, due, overdue or stale: where a follow-up not yet taken care of stands."""
    if now < due_at:
        return "scheduled"
    # elapsed time, as `now - due_at` measures it, but read as a comparison with the moment
    if now > due_at.astimezone(UTC) + timedelta(days=rules.stale_after_days):
        return "stale"
    if overdue_at is not None and now >= overdue_at:
        return "overdue"
    return "due"


def local(when: datetime, tz: tzinfo) -> str:
    """A moment in the user's zone, for reasons: 'Thu 05 Mar 2026 13:00'."""
    return when.astimezone(tz).strftime("%a %d %b %Y %H:%M")
