"""The facts followupd works with: frozen dataclasses, no behaviour beyond small helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

# The kinds of follow-up, one module each in daemon/followups/ (a new kind adds its name here,
# so that mypy checks every place that picks by kind)
KindName = Literal[
    "thank_you", "callback", "application", "networking", "ask_for_address", "own_promise"
]


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
    networking: bool = False  # a coffee, an informational call: not an interview for a job
    # people named for it whose address is nowhere in the mailbox, who arranged it, and where
    unknown: tuple[str, ...] = ()
    arranged_by: Address | None = None
    unknown_evidence: str = ""


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
    made_to: Address | None = None  # the user's own promise: the first person it was sent to


@dataclass(frozen=True)
class Application:
    """The user applied, or sent a résumé, to a person: the message, whom, and why it counts."""

    thread_id: str
    message_id: str
    sent_at: datetime
    to: Address
    evidence: str  # "attached 'CV.pdf'", "wrote 'I would like to be considered for ...'"


@dataclass(frozen=True)
class AutoReply:
    """An out-of-office or other automatic reply: never an answer; its return day, if it says."""

    thread_id: str
    message_id: str
    sender: Address
    at: datetime
    back: str | None  # ISO date the sender says they are back, in the user's time zone
    evidence: str


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
    applications: tuple[Application, ...] = ()  # the user's, to a person
    own_promises: tuple[Promise, ...] = ()  # the user's own dated promises (`made_to` set)
    auto_replies: tuple[AutoReply, ...] = ()  # out-of-office and other automatic replies


@dataclass(frozen=True)
class Payload:
    """What a follow-up is about, typed by its kind (each kind in daemon/followups/ has its
    own subclass, a frozen dataclass). `anchor` is what makes its id stable across scans;
    `answers` the Message-ID a draft replies to, when it is a particular message."""

    @property
    def anchor(self) -> str:
        return ""

    @property
    def answers(self) -> str | None:
        return None


@dataclass(frozen=True)
class Followup:
    """Something the user owes (a thank-you, a callback chase, ...: `kind`), what it is about
    (`payload`, of the kind's own type) and the state it is in at `now`."""

    id: str
    kind: KindName
    thread_id: str
    to: Address
    due_at: datetime
    overdue_at: datetime | None
    state: str  # scheduled, due, overdue, satisfied, dismissed, stale
    reason: str
    satisfied_by: str | None = None
    payload: Payload = field(default_factory=Payload)


@dataclass(frozen=True)
class LintFinding:
    code: str
    message: str


@dataclass(frozen=True)
class Draft:
    """A planned reply: one recipient, threaded under `in_reply_to`, ready to be written."""

    followup_id: str
    kind: KindName
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
    threaded: bool = True  # its subject is the answered message's: a Gmail thread keeps it
