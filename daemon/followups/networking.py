"""networking: after a networking meeting (a coffee, an informational call: not an interview),
keep in touch with each person met.

Each is touched again `networking_touch_days` after the last exchange with them either way
(the meeting's end, the user's thank-you, their reply: any message between the two, in any
thread, resets the clock). Due at the end of that day (the user's time zone), in the meeting's
thread. The thank-you right after the meeting is a thank_you. DOMAIN.md asks to vary the medium
as the touches go on: the digest suggests an email first, then a call (with the number from
their signature), then a card; every touch gets a draft the user may use or not.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from daemon.config import Rules
from daemon.drafting.templates import business_days_on, sentence, signature, weekday_date
from daemon.followups.base import Kind, Row, Writing, followup_id, local, meeting_end, state_at
from daemon.followups.occasion import since
from daemon.infer.people import Identity, is_automated_address
from daemon.model import Address, Followup, Meeting, Payload, ThreadFacts

if TYPE_CHECKING:
    from daemon.rules import Answers


@dataclass(frozen=True)
class TouchFor(Payload):
    """The networking meeting, the last exchange since, and how many times the user has
    written to them since it (0: the first touch)."""

    meeting: Meeting
    last: datetime
    touches: int

    @property
    def anchor(self) -> str:
        # a touch a day: a new exchange makes the next touch a new follow-up
        return f"{self.meeting.uid or self.meeting.start.isoformat()}|{self.last.isoformat()}"


class Networking(Kind[TouchFor]):
    name = "networking"
    payload_type = TouchFor
    words = "networking touch"
    title = "Networking contacts to keep in touch with"
    header = ("To", "How", "Deadline", "Thread", "Find it")
    rule_keys = ("networking_touch_days",)
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
        out = []
        for meeting in facts.meetings:
            if not meeting.networking or meeting.status != "done":
                continue
            end = meeting_end(meeting, rules)
            if end > now:
                continue
            for person in meeting.attendees:
                if me.is_me(person) or is_automated_address(person.email):
                    continue
                out.append(_touch(facts, meeting, end, person, mailbox, me, rules, tz, now))
        return out

    def body(self, f: Followup, payload: TouchFor, w: Writing) -> str:
        met = weekday_date(payload.meeting.start.astimezone(w.tz).date(), w.tz)
        update = (
            sentence(w.profile.recent_update)
            if w.profile.recent_update
            else "[add: a short update: what you did with their advice, a course, a project]"
        )
        voice = w.voice(f.to)
        # the introductions or the lead they gave since: "put you in touch with Wei Ling"
        end = meeting_end(payload.meeting)
        helped = since(payload.meeting, end, f.to, w.facts, w.now, w.mine).referral
        parts = [
            voice.greeting,
            "I hope things are going well for you.",
            f"I have been thinking about our conversation on {met}, and I wanted to let you "
            f"know how things have moved on since: {update}"
            + (" Thank you again for putting me in touch." if helped else ""),
            "If there is anything I can share or help with in return, I would be glad to. I "
            f"will be in touch again in a few weeks, around {business_days_on(w.now, w.tz, 20)}.",
            voice.sign_off + "\n" + signature(w.user, w.sender_email),
        ]
        return "\n\n".join(parts) + "\n"

    def row(self, f: Followup, payload: TouchFor, r: Row) -> list[str]:
        how = (
            "an email (a draft is ready)",
            "a call this time" + r.phone,
            "a card or a short note this time",
        )[min(payload.touches, 2)]
        return [r.who, how, r.deadline, r.thread, r.find]

    def order(self, f: Followup) -> datetime:
        return f.due_at

    def facts_lines(self, facts: ThreadFacts, tz: tzinfo) -> list[str]:
        return [
            f"  networking meeting: {local(m.start, tz)} (a coffee, a catch-up or an "
            f"informational call, not an interview: category {facts.category})"
            for m in facts.meetings
            if m.networking and m.status == "done"
        ]


def wait_for_other_notes(followups: list[Followup]) -> list[Followup]:
    """A touch owed to someone who is owed another note as well (a chase of their promise, a
    thank-you) waits: the other note keeps in touch, and two emails to one person on one day
    would be one too many. Once it is sent, the touch's clock starts again from it."""
    owed = {
        f.to.email: f
        for f in followups
        if f.kind != "networking" and f.state in ("due", "overdue")
    }
    out = []
    for f in followups:
        other = owed.get(f.to.email) if f.kind == "networking" else None
        if other is not None and f.state in ("due", "overdue"):
            f = replace(
                f,
                state="scheduled",
                reason=f"{f.reason}; waits for the other note owed to them ({other.id})",
            )
        out.append(f)
    return out


def _touch(
    facts: ThreadFacts,
    meeting: Meeting,
    end: datetime,
    person: Address,
    mailbox: Answers,
    me: Identity,
    rules: Rules,
    tz: tzinfo,
    now: datetime,
) -> Followup:
    mine, theirs = mailbox.exchanges(me, person.email, meeting.start, now)
    last = max([end, *mine, *theirs])
    day = last.astimezone(tz).date() + timedelta(days=rules.networking_touch_days)
    due_at = datetime.combine(day, time(23, 59, 59), tz)
    # the first note after the meeting is its thank-you; those after it are touches
    touches = max(0, sum(1 for d in mine if d > end) - 1)
    if last == end:
        what = "the meeting's end"
    else:
        what = "your message" if mine and mine[-1] == last else "their message"
    reason = (
        f"met {person.name or person.email} on {local(meeting.start, tz)} (networking); last "
        f"exchange {local(last, tz)} ({what}); a touch is owed "
        f"{rules.networking_touch_days} days after it"
    )
    payload = TouchFor(meeting, last, touches)
    return Followup(
        id=followup_id("networking", person.email, payload.anchor),
        kind="networking",
        thread_id=facts.thread.id,
        to=person,
        due_at=due_at,
        overdue_at=None,
        state=state_at(now, due_at, None, rules),
        reason=reason,
        payload=payload,
    )


KIND = Networking()
