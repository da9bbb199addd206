"""ask_for_address: someone was met whose address is nowhere in the mailbox; ask the person who
arranged the meeting (a recruiter, a coordinator, an assistant) for it, to send a thank-you.

Due when a thank-you would be (`thank_you_draft_after_hours` after the meeting's end; overdue
at `thank_you_within_hours`), one per meeting, to the arranger, in the meeting's thread, unless
the user has written to the arranger since the meeting began.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from daemon.config import Rules
from daemon.drafting.templates import day_phrase, signature
from daemon.drafting.voice import title_used
from daemon.followups.base import Kind, Row, Writing, followup_id, local, meeting_end, state_at
from daemon.followups.occasion import occasion, session_name, since
from daemon.infer.people import Identity, is_automated_address
from daemon.model import Followup, Meeting, Payload, ThreadFacts

if TYPE_CHECKING:
    from daemon.rules import Answers


@dataclass(frozen=True)
class AddressFor(Payload):
    """The meeting, whose `unknown` people's addresses are asked for."""

    meeting: Meeting

    @property
    def anchor(self) -> str:
        return self.meeting.uid or self.meeting.start.isoformat()


class AskForAddress(Kind[AddressFor]):
    name = "ask_for_address"
    payload_type = AddressFor
    words = "request for an address"
    title = "Addresses to ask for (to thank someone you met)"
    header = ("To", "Whose address", "Deadline", "Thread", "Find it")
    # when it falls due is the thank-you's: thank_you_draft_after_hours, thank_you_within_hours

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
            asked = meeting.arranged_by
            if (
                meeting.status not in ("done", "scheduled")
                or not meeting.unknown
                or asked is None
                or me.is_me(asked)
                or is_automated_address(asked.email)
            ):
                continue
            end = meeting_end(meeting, rules)
            due_at = end + timedelta(hours=rules.thank_you_draft_after_hours)
            overdue_at = end + timedelta(hours=rules.thank_you_within_hours)
            wrote = mailbox.wrote_to(me, asked.email, meeting.start, now)
            names = ", ".join(meeting.unknown)
            if wrote is not None:
                state, by = "satisfied", wrote.message_id
                reason = f"you wrote to {asked.email} on {local(wrote.date, tz)}"
            else:
                state, by = state_at(now, due_at, overdue_at, rules), None
                reason = (
                    f"met {names} on {local(meeting.start, tz)}, whose address is nowhere in "
                    f"your mail; {asked.name or asked.email} arranged it"
                )
            payload = AddressFor(meeting)
            out.append(
                Followup(
                    id=followup_id(self.name, asked.email, payload.anchor),
                    kind=self.name,
                    thread_id=facts.thread.id,
                    to=asked,
                    due_at=due_at,
                    overdue_at=overdue_at,
                    state=state,
                    reason=reason,
                    satisfied_by=by,
                    payload=payload,
                )
            )
        return out

    def body(self, f: Followup, payload: AddressFor, w: Writing) -> str:
        m = payload.meeting
        messages = w.facts.thread.messages if w.facts is not None else ()
        # as the thread names them: 'Mr Furlong' where the school writes so
        names = _and([title_used(n, messages) or n for n in m.unknown])
        several = len(m.unknown) > 1
        it = "them" if several else "it"
        ask = (
            f"I would like to send a short thank-you note to {names}, but I do not have their "
            "email addresses."
            if several
            # the name said once: "… to Marcus Webb; would you share the address I should use"
            else f"I would like to send a short thank-you note to {names}, but I do not have "
            "an address to write to."
        )
        voice = w.voice(f.to)
        after = since(m, meeting_end(m), f.to, w.facts, w.now, w.mine)
        sorry = "I'm sorry for the delay in writing. " if after.late else ""
        # after the decision the process is over: no word of how smoothly it runs
        ran = (
            "; I appreciated your help with it, and the chance to meet the team."
            if after.rejected or after.offered
            else "; everything ran smoothly, and I appreciated your help with it."
        )
        parts = [
            voice.greeting,
            f"{sorry}Thank you for arranging {_what(m, w)} {day_phrase(m.start, w.tz, w.now)}{ran}",
            f"{ask} Could you share {it} with me, or pass my thanks on if you prefer?",
            "Thank you again for your help throughout the process.",
            voice.sign_off + "\n" + signature(w.user, w.sender_email),
        ]
        return "\n\n".join(parts) + "\n"

    def row(self, f: Followup, payload: AddressFor, r: Row) -> list[str]:
        return [r.who, ", ".join(payload.meeting.unknown), r.deadline, r.thread, r.find]

    def facts_lines(self, facts: ThreadFacts, tz: tzinfo) -> list[str]:
        return [
            f"  met without an address: {', '.join(m.unknown)} on {local(m.start, tz)}; "
            f"arranged by {m.arranged_by.email if m.arranged_by else 'nobody known'}; "
            f"because {m.unknown_evidence}"
            for m in facts.meetings
            if m.unknown
        ]


def _what(m: Meeting, w: Writing) -> str:
    """What the meeting was, in the words of a note to whoever arranged it."""
    kind = occasion(m, w.facts, w.mine)
    if kind == "group":
        return f"the {session_name(m, w.facts)}"
    return {
        "interview": "my interview",
        "screen": "my call",
        "panel": "my panel interview",
        "visit": "my visit",
        "look_round": "my visit",
    }.get(kind, "my meeting")


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


KIND = AskForAddress()
