"""own_promise: the user said they would do something by a day ("I'll send you the portfolio by
Friday"), and the day is ending.

Due at the end of the window's last day (no grace: it is the user's own word), to the person
the promise was made to (the first person its message went to), in its thread, unless the user
has written to that person since. The draft says where things stand, true as it is: what the
user said they would send, and that it is coming (the user who has it ready attaches it and
says so instead); a promise that names no thing to send leaves a slot for the user to fill.
"""

from __future__ import annotations

import re
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
        what = promised_thing(p.text)
        late = w.now.astimezone(w.tz).date() > date.fromisoformat(p.last_day)
        pointed = _SENT_POINTED.search(p.text)  # "I'll have both over to you by Monday"
        # the draft cannot attach what the user is to send: it says where things stand, true
        # as it is; the user who has it ready attaches it and says so instead
        if what:
            it = "them" if _plural(what) else "it"
            kept = f"When I wrote on {said}, I said I would send you {what} by {by}. " + (
                f"I'm sorry it is taking me longer than I said; I will have {it} with you in the "
                "next few days."
                if late
                else f"I have not forgotten, and I will have {it} with you shortly."
            )
        elif pointed:  # what they asked for, which the attached email names
            it = "it" if pointed["p"].lower() in ("it", "everything") else "them"
            kept = f"When I wrote on {said}, I said I would send {it} over by {by}. " + (
                f"I'm sorry it is taking me longer than I said; I will have {it} with you in the "
                "next few days."
                if late
                else f"I have not forgotten, and I will have {it} with you shortly."
            )
        else:
            sorry = " I'm sorry it comes later than I said." if late else ""
            kept = (
                f"When I wrote on {said}, I said I would follow up by {by}.{sorry} "
                f"[add: what you promised: “{_short(p.text)}”]"
            )
        parts = [
            voice.greeting,
            "I hope you are well.",
            kept,
            "Thank you for your patience." if late else "Thank you, and speak soon.",
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


# what the user said they would send: "I'll send you the portfolio by Friday", "I'll forward my
# two references tomorrow", "will send the full write-up over the weekend"
_THING = re.compile(
    r"\b(?:send|share|forward|email|pass on|get|put together|pull together|write up|prepare|"
    r"draft|compile)\s+(?:you\s+|over\s+|along\s+|through\s+|across\s+)?"
    r"(?P<what>(?:the|my|a|an|two|three|some|our|those|these|their|his|her|both|all)\b"
    r"[^.,;:!?()\n]{2,90}?)"
    r"(?=\s+(?:by|before|on|this|next|tomorrow|today|later|early|over|at|in|within|as soon|"
    r"first thing|once|when|after|to you)(?![\w-])|\s+[-–—]\s|\s*[.,;:!?()\n]|\s*$)",
    re.IGNORECASE,
)


# a thing to send named by a word that points back at what was asked for ("both", "them")
_SENT_POINTED = re.compile(
    r"\b(?:send|have|get|forward|share|email)\s+(?P<p>both|them|it|those|these|everything)\b"
    # "I'll have everything signed and back to you by Monday 4/20"
    r"(?=\s+(?:[a-z]+ed\s+(?:and\s+)?)?(?:over|across|along|through|to you|back to you|by"
    r"|before|on|first thing|tomorrow))",
    re.IGNORECASE,
)


# who "their" points back at, earlier in the sentence: "my references", "the two referees"
_OWNER = re.compile(r"\b(?:my|the|our)(?: \w+)? \w+s\b", re.IGNORECASE)


def promised_thing(text: str) -> str | None:
    """What the user promised to send, as they wrote it ('the portfolio', 'my two references'),
    or None when the promise names no thing to send (a call, a decision, 'the rest')."""
    found = _THING.search(text)
    if found is None:
        return None
    what = found.group("what").strip()
    # "a one-page summary of the attached": of what that message attached
    what = re.sub(r"\bthe attached$", "what I attached then", what)
    # "give my references a heads-up first, so I will send you their names": theirs, said
    owner = _OWNER.findall(text[: found.start()])
    if what.lower().startswith("their ") and owner:
        what = f"the {what[6:]} of {owner[-1]}"
    words = what.split()
    if len(words) < 2 or words[-1].lower() in {
        "it",
        "them",
        "that",
        "this",
        "more",
        "rest",
        "attached",
        "and",
    }:
        return None
    return what[0].lower() + what[1:] if what.split()[0] in {"The", "My", "A", "An"} else what


def _plural(what: str) -> bool:
    """'two references', 'my slides' are them; 'the abstract of my audit', 'my availability'
    are it (the head is the word before 'of', else the last)."""
    head = re.split(r"\s+(?:of|on|for|about|from|with)\s+", what, maxsplit=1)[0].split()[-1]
    return head.lower().endswith("s") and not head.lower().endswith(("ss", "us", "is"))


def _short(text: str) -> str:
    text = text.replace("[", "(").replace("]", ")")
    return text if len(text) <= 120 else text[:117] + "..."


KIND = OwnPromise()
