"""thank_you: after a meeting that took place, one note to each person met.

Due `thank_you_draft_after_hours` after the meeting ends, overdue `thank_you_within_hours`
after it. Any message the user sent that person after the meeting began that thanks them
settles it, in any thread. A rejection does not end it: the meeting still deserves thanks.
Its words follow the kind of meeting and what the thread says happened since
(daemon/followups/occasion.py, thank_you_words.py): after a networking meeting the note thanks
them for their advice, not for an interview; after a rejection it asks to be kept in mind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from daemon.config import Rules
from daemon.drafting.templates import day_phrase
from daemon.followups.base import Kind, Writing, followup_id, local, meeting_end, state_at
from daemon.followups.occasion import (
    introducer,
    occasion,
    occasion_why,
    session_name,
    since,
    turn,
)
from daemon.followups.thank_you_words import thank_you_text
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
    to_someone_met = True

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
        meeting = payload.meeting
        mine = w.mine
        return thank_you_text(
            f.to,
            occasion(meeting, w.facts, mine),
            day_phrase(meeting.start, w.tz, w.now),
            since(meeting, meeting_end(meeting), f.to, w.facts, w.now, mine),
            turn(meeting, f.to, w.facts, mine),
            w,
            session=session_name(meeting, w.facts),
            introducer=introducer(w.facts, f.to, mine),
        )

    def draft_lines(
        self, f: Followup, facts: ThreadFacts, mine: frozenset[str], now: datetime
    ) -> list[str]:
        meeting = self.payload(f).meeting
        kind, why = occasion_why(meeting, facts, mine)
        after = since(meeting, meeting_end(meeting), f.to, facts, now, mine)
        said = [
            name
            for name, value in vars(after).items()
            if value not in (None, False) and name != "rejected_by"
        ]
        return [
            f"    words: {kind.replace('_', ' ')} (because {why}); since the meeting: "
            + (", ".join(said).replace("_", " ") or "nothing")
        ]


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
    end = meeting_end(meeting, rules)
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
