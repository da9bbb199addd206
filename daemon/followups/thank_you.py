"""thank_you: after a meeting that took place, one note to each person met.

Due `thank_you_draft_after_hours` after the meeting ends, overdue `thank_you_within_hours`
after it. Any message the user sent that person after the meeting began that thanks them
settles it, in any thread. A rejection does not end it: the meeting still deserves thanks.
After a networking meeting the note thanks them for their advice, not for an interview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from daemon.config import Rules
from daemon.drafting.templates import business_days_on, day_phrase, greeting, signature
from daemon.followups.base import Kind, Writing, followup_id, local, state_at
from daemon.infer.people import Identity, is_automated_address
from daemon.model import Followup, Meeting, Payload, ThreadFacts

if TYPE_CHECKING:
    from daemon.rules import Answers


@dataclass(frozen=True)
class ThankYouFor(Payload):
    """The meeting the thanks are for."""

    meeting: Meeting

    @property
    def anchor(self) -> str:
        return self.meeting.uid or self.meeting.start.isoformat()


class ThankYou(Kind[ThankYouFor]):
    name = "thank_you"
    payload_type = ThankYouFor
    words = "thank-you"
    title = "Thank-yous owed"
    rule_keys = ("meeting_default_minutes", "thank_you_draft_after_hours", "thank_you_within_hours")

    def detect(
        self,
        facts: ThreadFacts,
        mailbox: Answers,
        me: Identity,
        rules: Rules,
        tz: tzinfo,
        now: datetime,
    ) -> list[Followup]:
        thanks: list[Followup] = []
        for meeting in facts.meetings:
            thanks += _thank_yous(facts, meeting, mailbox, me, rules, tz, now)
        return _one_note_each(thanks)

    def body(self, f: Followup, payload: ThankYouFor, w: Writing) -> str:
        if payload.meeting.networking:
            return _networking_body(f, payload.meeting, w)
        when = day_phrase(payload.meeting.start, w.tz, w.now)
        # "the Logistics Analyst role at Bluefin Insurance", or what of it the thread says
        if w.role:
            about = f"the {w.role} role" + (f" at {w.company}" if w.company else "")
        else:
            about = f"the work at {w.company or 'your team'}"
        reasons = w.profile.reasons[:3] or ("[add: up to three reasons you fit the role]",)
        follow_up_on = business_days_on(w.now, w.tz, 5)
        parts = [
            greeting(f.to),
            f"Thank you for taking the time to speak with me {when}. I appreciated the chance "
            f"to learn more about {about} and to talk through how I could "
            "contribute.",
            "From our conversation, I believe I would bring the following to the role:\n"
            + "\n".join(f"- {r}" for r in reasons),
            f"I remain very interested in the opportunity. If it would help, I am glad to send "
            f"anything further, and I will check in again by {follow_up_on}. Thank you again "
            f"for your time and consideration.",
            "Best regards,\n" + signature(w.user, w.sender_email),
        ]
        return "\n\n".join(parts) + "\n"


def _networking_body(f: Followup, meeting: Meeting, w: Writing) -> str:
    """Thanks for a coffee or an informational call: for their time and advice, with what the
    user will do with it, and no pitch for a role."""
    when = day_phrase(meeting.start, w.tz, w.now)
    update = w.profile.recent_update or "[add: one piece of their advice you will act on]"
    parts = [
        greeting(f.to),
        f"Thank you for making the time to talk with me {when}. I really appreciated you "
        "sharing your experience and your view of the field so openly.",
        f"Your advice gave me plenty to think about, and I plan to act on it: {update}",
        "I would be glad to keep in touch, and I will let you know how things develop. If I can "
        "ever return the favour, please do ask. Thank you again for your time.",
        "Best regards,\n" + signature(w.user, w.sender_email),
    ]
    return "\n\n".join(parts) + "\n"


def _one_note_each(thanks: list[Followup]) -> list[Followup]:
    """One thank-you owed per person in a thread: met on both days of a visit, or at a screen
    and then an onsite, and thanked for neither, they get one note, for the latest meeting."""
    owed = [t for t in thanks if t.state in ("due", "overdue", "stale")]
    latest: dict[str, Followup] = {}
    for t in owed:
        kept = latest.get(t.to.email)
        if kept is None or _start(t) > _start(kept):
            latest[t.to.email] = t
    return [t for t in thanks if t not in owed or latest[t.to.email] is t]


def _start(f: Followup) -> datetime:
    return KIND.payload(f).meeting.start


def _thank_yous(
    f: ThreadFacts,
    meeting: Meeting,
    mailbox: Answers,
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
        thanks = mailbox.thanked(person, meeting.start, me, now)
        when = meeting.start.isoformat()
        if thanks is not None:
            state, reason = "satisfied", f"thanked on {local(thanks.date, tz)}"
        else:
            state = state_at(now, due_at, overdue_at, rules)
            source = {"ics": "calendar invite", "text": "agreed by email"}.get(
                meeting.source, meeting.source
            )
            reason = (
                f"met {person.name or person.email} on {local(meeting.start, tz)} ({source}); "
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
                payload=ThankYouFor(meeting),
            )
        )
    return out


KIND = ThankYou()
