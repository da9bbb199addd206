"""The facts followupd works with: frozen dataclasses, no behaviour beyond small helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Address:
    """One mailbox: a lower-cased address and the display name given with it, if any."""

    email: str
    name: str | None = None


@dataclass(frozen=True)
class Attendee:
    """A person (or room) named in a calendar invite."""

    email: str
    name: str | None = None
    cutype: str = "INDIVIDUAL"  # INDIVIDUAL, ROOM, RESOURCE, GROUP, UNKNOWN
    role: str | None = None


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT carried by a message, as the invite stated it."""

    uid: str
    sequence: int
    method: str  # REQUEST, CANCEL, PUBLISH, REPLY, ...
    status: str  # CONFIRMED, CANCELLED, TENTATIVE
    start: datetime
    end: datetime | None
    summary: str
    organizer: Attendee | None
    attendees: tuple[Attendee, ...]
    recurring: bool = False
    description: str = ""  # the invite's text: an agenda, the interviewers' names
    location: str = ""


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment's name and type; the bytes stay in the mailbox."""

    filename: str | None
    content_type: str


@dataclass(frozen=True)
class Message:
    """A parsed message: the headers that matter, the new (unquoted) text, invites and attachments.

    `ref` is the connector's own locator (a Maildir key, an IMAP UID, a Gmail id); `folder` the
    folder it was read from. `text` holds only what this message adds: quoted replies are cut.
    """

    account: str
    folder: str
    ref: str
    message_id: str
    subject: str
    date: datetime
    sender: Address | None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    text: str = ""
    events: tuple[CalendarEvent, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = ()
    automated: bool = False  # Auto-Submitted, Precedence bulk/list, List-Id / List-Unsubscribe
    bulk: bool = False  # sent to a list: List-Id, List-Unsubscribe, Precedence bulk/list/junk
    thread_hint: str | None = None  # a provider's thread id (Gmail threadId, X-GM-THRID)
    in_sent_folder: bool = False  # read from the user's Sent folder
    cut: tuple[str, ...] = ()  # what exceeded a limit of daemon/limits.py and was left out

    def recipients(self) -> tuple[Address, ...]:
        """To and Cc, in that order."""
        return self.to + self.cc


@dataclass(frozen=True)
class Thread:
    """Messages linked by their headers, oldest first. `id` is the first message's Message-ID."""

    id: str
    messages: tuple[Message, ...]

    @property
    def subject(self) -> str:
        return self.messages[0].subject if self.messages else ""


@dataclass(frozen=True)
class Meeting:
    """A meeting inferred from an invite, a scheduler confirmation or a plain exchange."""

    thread_id: str
    start: datetime
    end: datetime | None
    status: str  # scheduled, done, cancelled, moved
    attendees: tuple[Address, ...]
    source: str  # "ics", "scheduler", "text"
    evidence: str
    uid: str | None = None


@dataclass(frozen=True)
class Promise:
    """Someone at the company said they would be back in touch by a day or within a window."""

    thread_id: str
    made_by: Address
    message_id: str
    made_at: datetime
    last_day: str  # ISO date of the window's last day, in the user's time zone
    due: datetime  # end of that day, in the user's time zone
    text: str


@dataclass(frozen=True)
class Counterpart:
    """A human at the other side of a thread."""

    email: str
    name: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Signal:
    """One piece of evidence for or against a thread being the user's job search."""

    name: str  # what kind of evidence ("job words", "a recruiter writes")
    weight: int  # how much it counts, for (+) or against (-)
    evidence: str  # where it was seen: "<Message-ID>: 'the words'"


@dataclass(frozen=True)
class ThreadFacts:
    """Everything inferred about one thread, with the evidence it came from."""

    thread: Thread
    job_related: bool
    category: str  # interview, networking, application, recruiter, offer, rejection, other
    company: str | None
    counterparts: tuple[Counterpart, ...]
    meetings: tuple[Meeting, ...] = ()
    promises: tuple[Promise, ...] = ()
    closed_by: str | None = None  # Message-ID of a rejection or offer that ends callbacks
    evidence: tuple[str, ...] = ()
    signals: tuple[Signal, ...] = ()  # the job-search decision, each piece with its weight
    side: str = "candidate"  # candidate, hiring (the user interviews others), none
    considered: tuple[str, ...] = ()  # sentences near a meeting or promise, and why not taken


@dataclass(frozen=True)
class Followup:
    """Something the user owes: a thank-you, a callback chase, and the state it is in at `now`."""

    id: str
    kind: str  # thank_you, callback
    thread_id: str
    to: Address
    due_at: datetime
    overdue_at: datetime | None
    state: str  # scheduled, due, overdue, satisfied, dismissed, stale
    reason: str
    satisfied_by: str | None = None
    meeting: Meeting | None = None
    promise: Promise | None = None


@dataclass(frozen=True)
class LintFinding:
    code: str
    message: str


@dataclass(frozen=True)
class Draft:
    """A planned reply: one recipient, threaded under `in_reply_to`, ready to be written."""

    followup_id: str
    kind: str
    thread_id: str
    to: Address
    subject: str
    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    attachments: tuple[AttachmentInfo, ...]
    body: str
    lint: tuple[LintFinding, ...] = ()
    raw: bytes = field(default=b"", repr=False)
