"""The rules: facts and a clock in, follow-ups out. Pure: no I/O, time only from `now`."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from daemon.config import Rules
from daemon.infer import lang
from daemon.infer.dates import add_business_days
from daemon.infer.people import (
    Identity,
    domain_of,
    is_automated_address,
    is_personal_domain,
    organisation_in,
)
from daemon.mailtext import own_words
from daemon.model import Address, Followup, Meeting, Message, Promise, Thread, ThreadFacts


@dataclass(frozen=True)
class Mailbox:
    """Every message, for the questions rules ask across threads (was she thanked elsewhere?)."""

    messages: tuple[Message, ...]

    @classmethod
    def of(cls, threads: list[Thread]) -> Mailbox:
        return cls(tuple(sorted((m for t in threads for m in t.messages), key=lambda m: m.date)))


def followup_id(kind: str, to: str, anchor: str) -> str:
    """A stable id: the same follow-up gets the same id on every scan, also when earlier
    messages of its thread arrive later (the thread's id is its first message's, so it is not
    part of the id): a thank-you is the person and the meeting, a callback the person and the
    message that made the promise."""
    digest = hashlib.sha256(f"{kind}|{to.lower()}|{anchor}".encode()).hexdigest()
    return f"{kind}-{digest[:16]}"


def anchor_of(f: Followup) -> str:
    """What a follow-up is about: its meeting (UID, else start) or its promise's message."""
    if f.promise is not None:
        return f.promise.message_id
    if f.meeting is not None:
        return f.meeting.uid or f.meeting.start.isoformat()
    return f.id


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
    """Every thank-you and callback follow-up the facts call for, in its state at `now`."""
    out: list[Followup] = []
    for f in facts:
        if not f.job_related:
            continue
        thanks: list[Followup] = []
        for meeting in f.meetings:
            thanks += _thank_yous(f, meeting, mailbox, me, rules, tz, now)
        out += _one_note_each(thanks)
        out += _callbacks(f, mailbox, me, rules, tz, now)
    return out


def _one_note_each(thanks: list[Followup]) -> list[Followup]:
    """One thank-you owed per person in a thread: met on both days of a visit, or at a screen
    and then an onsite, and thanked for neither, they get one note, for the latest meeting."""
    owed = [t for t in thanks if t.state in ("due", "overdue", "stale")]
    latest: dict[str, Followup] = {}
    for t in owed:
        kept = latest.get(t.to.email)
        if kept is None or (t.meeting and kept.meeting and t.meeting.start > kept.meeting.start):
            latest[t.to.email] = t
    return [t for t in thanks if t not in owed or latest[t.to.email] is t]


def _thank_yous(
    f: ThreadFacts,
    meeting: Meeting,
    mailbox: Mailbox,
    me: Identity,
    rules: Rules,
    tz: tzinfo,
    now: datetime,
) -> list[Followup]:
    if meeting.status not in ("done", "scheduled"):
        return []
    end = meeting.end or meeting.start + timedelta(minutes=rules.meeting_default_minutes)
    due_at = end + timedelta(hours=rules.thank_you_draft_after_hours)
    overdue_at = end + timedelta(hours=rules.thank_you_within_hours)
    out = []
    for person in meeting.attendees:
        if me.is_me(person) or is_automated_address(person.email):
            continue
        thanks = _thanked(person, meeting.start, mailbox, me, now)
        when = meeting.start.isoformat()
        if thanks is not None:
            state, reason = "satisfied", f"thanked on {_local(thanks.date, tz)}"
        else:
            state = _state(now, due_at, overdue_at, rules)
            source = {"ics": "calendar invite", "text": "agreed by email"}.get(
                meeting.source, meeting.source
            )
            reason = (
                f"met {person.name or person.email} on {_local(meeting.start, tz)} ({source}); "
                "no thank-you sent to them since"
            )
        out.append(
            Followup(
                id=followup_id("thank_you", person.email, meeting.uid or when),
                kind="thank_you",
                thread_id=f.thread.id,
                to=person,
                due_at=due_at,
                overdue_at=overdue_at,
                state=state,
                reason=reason,
                satisfied_by=thanks.message_id if thanks else None,
                meeting=meeting,
            )
        )
    return out


def _thanked(
    person: Address, since: datetime, mailbox: Mailbox, me: Identity, now: datetime
) -> Message | None:
    """The user's first message to this person, sent after the meeting began, that thanks them."""
    for msg in mailbox.messages:
        if (
            since <= msg.date <= now
            and me.sent_by_me(msg)
            and any(a.email == person.email for a in msg.recipients())
            and lang.pattern("thanks").search(msg.subject + "\n" + own_words(msg.text))
        ):
            return msg
    return None


def _callbacks(
    f: ThreadFacts, mailbox: Mailbox, me: Identity, rules: Rules, tz: tzinfo, now: datetime
) -> list[Followup]:
    latest: dict[str, Promise] = {}
    for p in sorted(f.promises, key=lambda p: p.made_at):
        latest[p.made_by.email] = p  # a newer promise by the same person replaces the older
    out = []
    closing = next((m for m in f.thread.messages if m.message_id == f.closed_by), None)
    for p in latest.values():
        last_day = date.fromisoformat(p.last_day)
        due_day = add_business_days(last_day, rules.callback_grace_business_days)
        due_at = datetime.combine(due_day, time(23, 59, 59), tz)
        window_end = datetime.combine(last_day, time(23, 59, 59), tz)
        answer = _word_since(p, f, min(now, due_at), window_end, mailbox, me, now)
        if closing is not None and closing.date > p.made_at:
            state, reason, by = "satisfied", "a rejection or offer ended it", closing.message_id
        elif answer is not None:
            state, by = "satisfied", answer.message_id
            reason = (
                "you followed up after the window"
                if me.sent_by_me(answer)
                else f"{domain_of(p.made_by.email)} wrote on {_local(answer.date, tz)}"
            )
        else:
            state, by = _state(now, due_at, None, rules), None
            reason = (
                f"{p.made_by.name or p.made_by.email} promised news by {p.last_day}: "
                f"'{p.text}'; nothing from {domain_of(p.made_by.email)} since"
            )
        out.append(
            Followup(
                id=followup_id("callback", p.made_by.email, p.message_id),
                kind="callback",
                thread_id=f.thread.id,
                to=p.made_by,
                due_at=due_at,
                overdue_at=None,
                state=state,
                reason=reason,
                satisfied_by=by,
                promise=p,
            )
        )
    return out


def _word_since(
    p: Promise,
    f: ThreadFacts,
    until: datetime,
    window_end: datetime,
    mailbox: Mailbox,
    me: Identity,
    now: datetime,
) -> Message | None:
    """A message from the company after the promise (from its people, in the thread, or from
    an ATS writing in its name), or the user's own chase after the window."""
    company = domain_of(p.made_by.email)
    # on personal mail the person is the company: another gmail.com sender is not them
    personal = is_personal_domain(company)

    def theirs(address: str) -> bool:
        return address == p.made_by.email if personal else domain_of(address) == company

    in_thread = {m.message_id for m in f.thread.messages}
    # the user's own chase: to the person who promised or to someone in the promise's thread
    # (a note to a colleague who shares the domain, nhs.net say, is not a chase)
    thread_people = {
        a.email for m in f.thread.messages for a in (m.sender, *m.recipients()) if a is not None
    }
    for msg in mailbox.messages:
        if msg.date <= p.made_at or msg.date > now or msg.bulk:
            continue  # a newsletter or job alert is no word from the company
        if me.sent_by_me(msg):
            if msg.date > window_end and any(
                a.email == p.made_by.email or a.email in thread_people for a in msg.recipients()
            ):
                return msg
        elif (
            msg.date <= until
            and msg.sender is not None
            and (
                theirs(msg.sender.email)
                or msg.message_id in in_thread
                or (_writes_for(msg.sender, f.company) and not _meeting_notice(msg))
            )
        ):
            return msg
    return None


# "Interview Cancelled: ...", "Reminder: your call with ...": a scheduler's notice
_NOTICE = re.compile(
    r"(?:(?:interview|meeting|call|event|appointment) )?"
    r"(?:cancell?ed|confirmed|rescheduled|scheduled|reminder|invitation|updated)\b",
    re.I,
)


def _meeting_notice(msg: Message) -> bool:
    """A scheduler's notice about a meeting (an invitation, a confirmation, a cancellation):
    machinery around a meeting, not word on what the company decided."""
    return bool(msg.events) or bool(_NOTICE.match(msg.subject.strip()))


def _writes_for(sender: Address, company: str | None) -> bool:
    """An ATS or scheduler sending in the company's name ("Acme Robotics <no-reply@...>",
    "Acme Robotics Recruiting"); "Saltersgate NHS FT" does not write for "NHS"."""
    if not (company and sender.name and is_automated_address(sender.email)):
        return False
    return organisation_in(sender.name).lower() == company.lower()


def _state(now: datetime, due_at: datetime, overdue_at: datetime | None, rules: Rules) -> str:
    if now < due_at:
        return "scheduled"
    if now - due_at > timedelta(days=rules.stale_after_days):
        return "stale"
    if overdue_at is not None and now >= overdue_at:
        return "overdue"
    return "due"


def _local(when: datetime, tz: tzinfo) -> str:
    return when.astimezone(tz).strftime("%a %d %b %Y %H:%M")
