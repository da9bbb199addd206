"""The daily digest: what is owed, what was drafted, what is coming, and the pipeline.

Built from a scan's results (decide, then do): `build_digest` is pure and returns the text, the
HTML and the message; delivering it is the connector's `deliver_digest`. Every value that came
from mail is escaped in the HTML, so a subject with `<script>` shows as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any
from urllib.parse import unquote, urlsplit

from daemon.config import Account, User
from daemon.digest_render import Section, render_html, render_text
from daemon.followups import kinds
from daemon.followups.base import Kind, Row
from daemon.model import Followup, Message, ThreadFacts
from daemon.scan import AccountResult
from daemon.sent_check import SentNote
from daemon.wording import OWED, deadline, kind_words, moment


@dataclass(frozen=True)
class DraftNote:
    """A draft written since the last digest, and where to find it."""

    followup: Followup | None
    location: str | None
    lint: tuple[str, ...]


WebLink = Callable[[Message], "str | None"]


@dataclass(frozen=True)
class Digest:
    subject: str
    sections: list[Section]
    text: str
    html: str

    @property
    def empty(self) -> bool:
        """Nothing owed, drafted or coming up: a day that needs no email."""
        return not any(s.rows for s in self.sections if s.title != "Pipeline")


def build_digest(
    results: list[AccountResult],
    drafted: list[DraftNote],
    user: User,
    now: datetime,
    warnings: list[str] | None = None,
    links: WebLink | None = None,
    sent: list[SentNote] | None = None,
) -> Digest:
    """The digest for `now`, in the order the user acts on it. `links` gives the provider's web
    address of a message's thread where it has one (Gmail); without one a row says the
    Message-ID to look for and the person's address."""
    tz = user.tz
    facts = {f.thread.id: f for r in results for f in r.facts}
    followups = [f for r in results for f in r.followups]
    subject_of = {tid: f.thread.subject for tid, f in facts.items()}
    # with several accounts, each row names the one that lists (and drafts) its follow-up
    held = {f.id: r.account for r in results for f in r.followups}
    named = held if len({r.account for r in results}) > 1 else {}
    find = _Finder(facts, links or (lambda message: None), named)

    upcoming = sorted(
        {
            (m.start, m.thread_id, tuple(a.name or a.email for a in m.attendees))
            for f in facts.values()
            if f.job_related
            for m in f.meetings
            if m.status == "scheduled" and m.start > now
        },
    )
    stale = [f for f in followups if f.state == "stale"]
    owed = [f for f in followups if f.state in OWED]
    sections = [section for kind in kinds() if (section := _owed(kind, owed, facts, find, now, tz))]
    sections += [
        Section(
            "Drafts written since the last digest",
            [
                [
                    _who(d.followup) if d.followup else "?",
                    _where(d.location),
                    "; ".join(lint_in_words(x) for x in d.lint) or "nothing to check",
                    find.text(d.followup) if d.followup else "",
                ]
                for d in drafted
            ],
            ["To", "Where", "Check before sending", "Find it"],
            [find.url(d.followup) if d.followup else None for d in drafted],
        ),
        Section(
            "Follow-ups you sent since the last digest",
            [
                [
                    _who(n.followup),
                    moment(n.message.date, tz),
                    "; ".join(x.message for x in n.findings) or "nothing to fix",
                ]
                for n in sent or []
            ],
            ["To", "Sent", "Worth fixing next time"],
        ),
        Section(
            "Coming up",
            [
                [moment(start, tz), ", ".join(people), subject_of.get(tid, "")]
                for start, tid, people in upcoming
            ],
            ["When", "With", "Thread"],
        ),
        Section(
            "Too late to draft",
            [
                [
                    _who(f),
                    kind_words(f.kind),
                    deadline(f, now, tz)
                    + "; worth a call or a note"
                    + _phone(facts.get(f.thread_id), f.to.email),
                ]
                for f in stale
            ],
            ["Who", "What", "Why"],
        ),
        Section(
            "Pipeline",
            _pipeline(facts.values(), followups, now, tz),
            ["Company", "Stage", "Last contact", "Next step"],
        ),
    ]
    subject = (
        f"followupd: {len(owed)} follow-up{'s' if len(owed) != 1 else ''} owed, "
        f"{len(drafted)} draft{'s' if len(drafted) != 1 else ''} ready — "
        f"{now.astimezone(tz):%a %d %b}"
    )
    notes = warnings or []
    return Digest(
        subject,
        sections,
        render_text(subject, sections, notes),
        render_html(subject, sections, notes),
    )


def web_links(accounts: Iterable[Account], user: User) -> WebLink:
    """Where the provider's web client opens a message's thread, from the registry of account
    types (Gmail has such addresses; a Maildir has none). The address the account belongs to is
    the user's own one among the message's From, To and Cc."""
    from connectors import account_type

    types = {a.name: account_type(a.type) for a in accounts}

    def link(message: Message) -> str | None:
        kind = types.get(message.account)
        if kind is None:
            return None
        people = [message.sender, *message.recipients()]
        mine = [a.email for a in people if a is not None and a.email in user.emails]
        return kind.web_url(message, mine[0] if mine else user.emails[0])

    return link


class _Finder:
    """How to find a follow-up's thread: its web address, or the Message-ID of the message it
    answers (the person's latest in the thread) and the person's address."""

    def __init__(
        self, facts: dict[str, ThreadFacts], links: WebLink, accounts: dict[str, str]
    ) -> None:
        self.facts = facts
        self.links = links
        self.accounts = accounts  # follow-up id -> the account to name, when there are several

    def answered(self, f: Followup) -> Message | None:
        t = self.facts.get(f.thread_id)
        if t is None or not t.thread.messages:
            return None
        theirs = [m for m in t.thread.messages if m.sender and m.sender.email == f.to.email]
        return (theirs or list(t.thread.messages))[-1]

    def url(self, f: Followup) -> str | None:
        message = self.answered(f)
        return self.links(message) if message is not None else None

    def text(self, f: Followup) -> str:
        message = self.answered(f)
        account = f"account {self.accounts[f.id]}" if f.id in self.accounts else ""
        if message is not None and self.links(message):
            return account  # the row's link opens it
        where = f"Message-ID {message.message_id}, " if message is not None else ""
        return f"{account}{': ' if account else ''}{where}{f.to.email}"


def _owed(
    kind: Kind[Any],
    owed: list[Followup],
    facts: dict[str, ThreadFacts],
    find: _Finder,
    now: datetime,
    tz: tzinfo,
) -> Section | None:
    """The kind's section: each follow-up of it owed, most pressing first; None when none is."""
    mine = sorted((f for f in owed if f.kind == kind.name), key=kind.order)
    if not mine:
        return None
    rows = []
    for f in mine:
        thread = facts.get(f.thread_id)
        words = Row(
            who=_who(f),
            deadline=deadline(f, now, tz),
            thread=thread.thread.subject if thread else "",
            find=find.text(f),
            phone=_phone(thread, f.to.email),
        )
        rows.append(kind.row(f, kind.payload(f), words))
    return Section(kind.title, rows, list(kind.header), [find.url(f) for f in mine])


def _who(f: Followup) -> str:
    return f"{f.to.name} <{f.to.email}>" if f.to.name else f.to.email


def lint_in_words(finding: str) -> str:
    """A lint finding as the ledger keeps it ('greeting_missing: no greeting...'), in words.

    Example::

        >>> lint_in_words("unfilled_slot: fill in [add: a recent update]")
        'fill in [add: a recent update]'
    """
    code, sep, words = finding.partition(": ")
    return words if sep and re.fullmatch(r"[a-z_]+", code) else finding


def digest_message(
    d: Digest, user: User, now: datetime, message_id: str | None = None
) -> EmailMessage:
    """The digest as an email to the user's own address, text and HTML."""
    msg = EmailMessage()
    me = user.emails[0]
    msg["From"] = HeaderAddress("followupd", addr_spec=me)
    msg["To"] = HeaderAddress(user.name, addr_spec=me)
    msg["Subject"] = d.subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id or digest_message_id(user)
    msg["Auto-Submitted"] = "auto-generated"  # so followupd (and others) never answer it
    msg.set_content(d.text)
    msg.add_alternative(d.html, subtype="html")
    return msg


def digest_message_id(user: User) -> str:
    """A new Message-ID for a digest, in the user's own domain."""
    return make_msgid("followupd-digest", domain=user.emails[0].rsplit("@", 1)[-1])


def _where(location: str | None) -> str:
    """Where to find a draft, in the words of a mail client."""
    if location is None or location.startswith("maildir:"):
        return "your Drafts folder"
    if location.startswith("gmail:"):
        return "your Gmail drafts, and inside the conversation"
    if location.startswith("imap://"):
        folder = urlsplit(location).path.lstrip("/").split(";", 1)[0].rstrip("/")
        return f"your Drafts folder on the server ({unquote(folder) or 'Drafts'})"
    return location


def _phone(facts: ThreadFacts | None, email: str) -> str:
    """The number from their signature, for a follow-up better made by phone."""
    if facts is None:
        return ""
    for msg in reversed(facts.thread.messages):
        if msg.sender and msg.sender.email == email:
            found = re.findall(r"(?:\+?\d[\d ().-]{7,}\d)", msg.text[-400:])
            if found:
                return f" (phone: {found[-1].strip()})"
    return ""


def _pipeline(
    facts: Iterable[ThreadFacts], followups: list[Followup], now: datetime, tz: tzinfo
) -> list[list[str]]:
    by_company: dict[str, list[ThreadFacts]] = {}
    for f in facts:
        if f.job_related and f.company:
            by_company.setdefault(f.company, []).append(f)
    rows = []
    for company, threads in sorted(by_company.items()):
        last = max(m.date for t in threads for m in t.thread.messages)
        stage = _stage([t.category for t in threads])
        ids = {t.thread.id for t in threads}
        pending = sorted(
            (
                f
                for f in followups
                if f.thread_id in ids and f.state in ("due", "overdue", "scheduled")
            ),
            key=lambda f: f.due_at,
        )
        step = (
            f"{kind_words(pending[0].kind)} to {pending[0].to.name or pending[0].to.email}, "
            f"{deadline(pending[0], now, tz)}"
            if pending
            else "—"
        )
        rows.append([company, stage, last.astimezone(tz).strftime("%d %b"), step])
    return rows


_STAGES = ["offer", "rejection", "interview", "networking", "recruiter", "application"]


def _stage(categories: list[str]) -> str:
    return next((s for s in _STAGES if s in categories), categories[0] if categories else "")
