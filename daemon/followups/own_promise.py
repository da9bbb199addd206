"""own_promise: the user said they would do something by a day ("I'll send you the portfolio by
Friday"), and the day is ending.

Due at the end of the window's last day (no grace: it is the user's own word), to the person
the promise was made to (the first person its message went to), in its thread, unless the user
has written to that person since. The draft is a start on keeping it: what was promised is the
user's to add.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from daemon.config import Rules
from daemon.drafting.templates import signature, weekday_date
from daemon.followups.base import Kind, Row, Writing, followup_id, local, state_at
from daemon.infer.people import Identity
from daemon.model import Followup, Payload, Promise, ThreadFacts

if TYPE_CHECKING:
    from daemon.rules import Answers


@dataclass(frozen=True)
class OwnPromiseFor(Payload):
    """The user's own promise, with `made_to` set."""

    promise: Promise

    @property
    def anchor(self) -> str:
        return self.promise.message_id

    @property
    def answers(self) -> str | None:
        return self.promise.message_id


class OwnPromise(Kind[OwnPromiseFor]):
    name = "own_promise"
    payload_type = OwnPromiseFor
    words = "promise of yours"
    title = "Your own promises"
    header = ("To", "What you promised", "Deadline", "Thread", "Find it")

    def detect(
        self,
        facts: ThreadFacts,
        mailbox: Answers,
        me: Identity,
        rules: Rules,
        tz: tzinfo,
        now: datetime,
    ) -> list[Followup]:
        out: dict[str, Followup] = {}
        for p in facts.own_promises:
            to = p.made_to
            if to is None:
                continue
            due_at = p.due
            kept = mailbox.wrote_to(me, to.email, p.made_at, now, strict=True)
            if kept is not None:
                state, by = "satisfied", kept.message_id
                reason = f"you wrote to them on {local(kept.date, tz)}"
            else:
                state, by = state_at(now, due_at, None, rules), None
                reason = (
                    f"you told {to.name or to.email} on {local(p.made_at, tz)}: '{p.text}'; "
                    f"nothing sent to them since"
                )
            f = Followup(
                id=followup_id(self.name, to.email, p.message_id),
                kind=self.name,
                thread_id=facts.thread.id,
                to=to,
                due_at=due_at,
                overdue_at=None,
                state=state,
                reason=reason,
                satisfied_by=by,
                payload=OwnPromiseFor(p),
            )
            out.setdefault(f.id, f)  # two promises in one message: one note keeps both
        return list(out.values())

    def body(self, f: Followup, payload: OwnPromiseFor, w: Writing) -> str:
        p = payload.promise
        said = weekday_date(p.made_at.astimezone(w.tz).date(), w.tz)
        by = weekday_date(date.fromisoformat(p.last_day), w.tz)
        voice = w.voice(f.to)
        parts = [
            voice.greeting,
            "I hope you are well.",
            f"When I wrote on {said}, I said I would get this to you by {by}, so here it is: "
            f"[add: what you promised: “{_short(p.text)}”]",
            "Please let me know if anything else would be useful. Thank you again for your "
            "time, and I look forward to staying in touch.",
            voice.sign_off + "\n" + signature(w.user, w.sender_email),
        ]
        return "\n\n".join(parts) + "\n"

    def row(self, f: Followup, payload: OwnPromiseFor, r: Row) -> list[str]:
        return [r.who, f"“{payload.promise.text}”", r.deadline, r.thread, r.find]

    def order(self, f: Followup) -> datetime:
        return f.due_at

    def facts_lines(self, facts: ThreadFacts, tz: tzinfo) -> list[str]:
        return [
            f"  your promise: to {p.made_to.email if p.made_to else '?'}, by {p.last_day}: "
            f"'{p.text}' ({p.message_id})"
            for p in facts.own_promises
        ]


def _short(text: str) -> str:
    text = text.replace("[", "(").replace("]", ")")
    return text if len(text) <= 120 else text[:117] + "..."


KIND = OwnPromise()
