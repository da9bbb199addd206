"""The daily digest: what is owed, what was drafted, what is coming, and the pipeline.

Built from a scan's results (decide, then do): `build_digest` is pure and returns the text, the
HTML and the message; delivering it is the connector's `deliver_digest`. Every value that came
from mail is escaped in the HTML, so a subject with `<script>` shows as text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from daemon.config import User
from daemon.model import Followup, ThreadFacts
from daemon.scan import AccountResult


@dataclass(frozen=True)
class DraftNote:
    """A draft written since the last digest, and where to find it."""

    followup: Followup | None
    location: str | None
    lint: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[list[str]]  # plain strings; escaped when rendered
    header: list[str]


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
) -> Digest:
    """The digest for `now`, in the order the user acts on it."""
    tz = user.tz
    facts = {f.thread.id: f for r in results for f in r.facts}
    followups = [f for r in results for f in r.followups]
    subject_of = {tid: f.thread.subject for tid, f in facts.items()}

    def when(t: datetime) -> str:
        return t.astimezone(tz).strftime("%a %d %b, %H:%M")

    thank = [f for f in followups if f.kind == "thank_you" and f.state in ("due", "overdue")]
    thank.sort(key=lambda f: f.overdue_at or f.due_at)
    callbacks = [f for f in followups if f.kind == "callback" and f.state in ("due", "overdue")]
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
    sections = [
        Section(
            "Thank-yous owed",
            [
                [f.to.name or f.to.email, _left(f, now), subject_of.get(f.thread_id, "")]
                for f in thank
            ],
            ["To", "Time left of the 24 hours", "Thread"],
        ),
        Section(
            "Callbacks overdue",
            [
                [
                    f.to.name or f.to.email,
                    f"“{f.promise.text}”" if f.promise else f.reason,
                    when(f.due_at),
                    subject_of.get(f.thread_id, ""),
                ]
                for f in callbacks
            ],
            ["From", "What they promised", "Due since", "Thread"],
        ),
        Section(
            "Drafts written since the last digest",
            [
                [
                    (d.followup.to.name or d.followup.to.email) if d.followup else "?",
                    _where(d.location),
                    "; ".join(d.lint) or "no warnings",
                ]
                for d in drafted
            ],
            ["To", "Where", "Lint"],
        ),
        Section(
            "Coming up",
            [
                [when(start), ", ".join(people), subject_of.get(tid, "")]
                for start, tid, people in upcoming
            ],
            ["When", "With", "Thread"],
        ),
        Section(
            "Other follow-ups",
            [
                [
                    f.to.name or f.to.email,
                    f.kind.replace("_", "-"),
                    f"fell due {when(f.due_at)}; too late to draft, worth a call or a note"
                    + _phone(facts.get(f.thread_id), f.to.email),
                ]
                for f in stale
            ],
            ["Who", "What", "Why"],
        ),
        Section(
            "Pipeline",
            _pipeline(facts.values(), followups, tz),
            ["Company", "Stage", "Last contact", "Next step"],
        ),
    ]
    owed = len(thank) + len(callbacks)
    subject = (
        f"followupd: {owed} follow-up{'s' if owed != 1 else ''} owed, "
        f"{len(drafted)} draft{'s' if len(drafted) != 1 else ''} ready — "
        f"{now.astimezone(tz):%a %d %b}"
    )
    notes = warnings or []
    return Digest(
        subject, sections, _text(subject, sections, notes), _html(subject, sections, notes)
    )


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
        return "Gmail drafts: https://mail.google.com/mail/u/0/#drafts"
    return location


def _left(f: Followup, now: datetime) -> str:
    if f.overdue_at is None:
        return "due now"
    left = f.overdue_at - now
    if left <= timedelta(0):
        return f"overdue by {_span(-left)}"
    return f"{_span(left)} left"


def _span(t: timedelta) -> str:
    hours = int(t.total_seconds() // 3600)
    return f"{hours // 24} d {hours % 24} h" if hours >= 24 else f"{hours} h"


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
    facts: Iterable[ThreadFacts], followups: list[Followup], tz: tzinfo
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
            f"{pending[0].kind.replace('_', '-')} to {pending[0].to.name or pending[0].to.email}"
            f" by {pending[0].due_at.astimezone(tz):%a %d %b}"
            if pending
            else "—"
        )
        rows.append([company, stage, last.astimezone(tz).strftime("%d %b"), step])
    return rows


_STAGES = ["offer", "rejection", "interview", "networking", "recruiter", "application"]


def _stage(categories: list[str]) -> str:
    return next((s for s in _STAGES if s in categories), categories[0] if categories else "")


def _text(subject: str, sections: list[Section], notes: list[str]) -> str:
    out = [subject, ""]
    out += [f"! {n}" for n in notes] + ([""] if notes else [])
    for s in sections:
        out.append(s.title.upper())
        if not s.rows:
            out.append("  nothing")
        for row in s.rows:
            out.append("  - " + " | ".join(c for c in row if c))
        out.append("")
    out.append("followupd writes drafts; it never sends mail for you.")
    return "\n".join(out) + "\n"


_CSS_TABLE = "border-collapse:collapse;width:100%;margin:0 0 20px 0;font-size:14px"
_CSS_CELL = "border-bottom:1px solid #e5e7eb;padding:6px 8px;text-align:left;vertical-align:top"


def _html(subject: str, sections: list[Section], notes: list[str]) -> str:
    e = html.escape
    parts = [
        '<!DOCTYPE html><html><head><meta charset="utf-8">',
        f"<title>{e(subject)}</title></head>",
        '<body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;'
        'color:#111827;max-width:760px;margin:0 auto;padding:16px">',
        f'<h1 style="font-size:20px;margin:0 0 16px 0">{e(subject)}</h1>',
    ]
    for n in notes:
        parts.append(f'<p style="background:#fef3c7;padding:8px;border-radius:4px">{e(n)}</p>')
    for s in sections:
        parts.append(f'<h2 style="font-size:16px;margin:16px 0 6px 0">{e(s.title)}</h2>')
        if not s.rows:
            parts.append('<p style="color:#6b7280;margin:0 0 16px 0">Nothing.</p>')
            continue
        parts.append(f'<table style="{_CSS_TABLE}"><tr>')
        parts += [f'<th style="{_CSS_CELL};color:#6b7280">{e(h)}</th>' for h in s.header]
        parts.append("</tr>")
        for row in s.rows:
            cells = "".join(f'<td style="{_CSS_CELL}">{e(c)}</td>' for c in row)
            parts.append(f"<tr>{cells}</tr>")
        parts.append("</table>")
    parts.append(
        '<p style="color:#6b7280;font-size:12px">followupd writes drafts; it never '
        "sends mail for you.</p></body></html>"
    )
    return "".join(parts)
