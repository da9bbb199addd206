"""callback: they said news would come by a day, the day passed, and nothing came.

Due at the end of the window's last day plus `callback_grace_business_days`, to the person who
made (or passed on) the promise. Word from the company after the promise settles it (from its
people, in the thread, or from its ATS writing in its name; a scheduler's notice is not word,
nor an out-of-office), and so does the user's own chase after the window. When the person who
promised answers with an out-of-office that says when they are back, the grace is counted from
the later of the window's last day and that day. A rejection or an offer ends it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from typing import TYPE_CHECKING

from daemon.config import Rules
from daemon.drafting.templates import (
    business_days_on,
    news_from,
    sentence,
    signature,
    when_promised,
)
from daemon.followups.base import Kind, Row, Writing, followup_id, local, state_at
from daemon.followups.occasion import talks_of_a_role
from daemon.infer.dates import add_business_days
from daemon.infer.people import (
    Identity,
    domain_of,
)
from daemon.model import Followup, Payload, Promise, ThreadFacts

if TYPE_CHECKING:
    from daemon.rules import Answers


@dataclass(frozen=True)
class CallbackFor(Payload):
    """The promise being chased, and the day its maker's out-of-office said they are back."""

    promise: Promise
    back: str | None = None

    @property
    def anchor(self) -> str:
        return self.promise.message_id

    @property
    def answers(self) -> str | None:
        return self.promise.message_id


class Callback(Kind[CallbackFor]):
    name = "callback"
    payload_type = CallbackFor
    words = "callback"
    title = "Callbacks to chase"
    header = ("From", "What they promised", "Deadline", "Thread", "Find it")
    rule_keys = ("callback_grace_business_days",)

    def detect(
        self,
        facts: ThreadFacts,
        mailbox: Answers,
        me: Identity,
        rules: Rules,
        tz: tzinfo,
        now: datetime,
    ) -> list[Followup]:
        return _callbacks(facts, mailbox, me, rules, tz, now)

    def body(self, f: Followup, payload: CallbackFor, w: Writing) -> str:
        p = payload.promise
        heard = when_promised(
            p.text,
            date.fromisoformat(p.last_day),
            w.tz,
            p.made_at.astimezone(w.tz).date(),
            w.now.astimezone(w.tz).date(),
        )
        update = (
            sentence(w.profile.recent_update)
            if w.profile.recent_update
            else "[add: a recent update worth sharing, such as a finished course, a project or "
            "a result]"
        )
        where = f" at {w.company}" if w.company else ""
        role = f"the {w.role} role" if w.role else "the role"
        voice = w.voice(f.to)
        # a contact's kindness (names, a list, an introduction), not a decision on a job: a
        # thread with no role named, whose counterpart is no recruiter or HR
        favour = (
            w.facts is not None
            and w.facts.category in ("networking", "application", "other")
            and not w.role
            and not any(c.role in ("recruiter", "hr") for c in w.facts.counterparts)
            and not talks_of_a_role(w.facts, w.mine)
            and bool(_FAVOUR.search(p.text))
        )
        ask = (
            f"I know how busy things get, so I thought I would follow up on {_favour(p.text)}. "
            "I really appreciate your help."
            if favour
            else f"I wanted to check in on where things stand, as I am still very interested "
            f"in {role}{where}."
        )
        # a favour is not chased twice on a date: the note ends on where to reach the user
        again = (
            "My contact details are below, should they be useful."
            if favour
            else f"I will follow up again on {business_days_on(w.now, w.tz, 5)}; my contact "
            "details are below."
        )
        parts = [
            voice.greeting,
            "I hope your week is going well.",
            f"When we were last in touch, you mentioned I'd hear from {news_from(p.text, f.to)} "
            f"{heard}. {ask}",
            f"In the meantime, an update from my side: {update}",
            again,
            voice.sign_off + "\n" + signature(w.user, w.sender_email),
        ]
        return "\n\n".join(parts) + "\n"

    def row(self, f: Followup, payload: CallbackFor, r: Row) -> list[str]:
        return [r.who, f"“{payload.promise.text}”", r.deadline, r.thread, r.find]

    def order(self, f: Followup) -> datetime:
        return f.due_at

    def facts_lines(self, facts: ThreadFacts, tz: tzinfo) -> list[str]:
        return [
            f"  automatic reply from {r.sender.email} on {local(r.at, tz)} (no answer to "
            f"anything): {r.evidence}"
            for r in facts.auto_replies
        ]


# what a contact offers to do for the user, as against a decision: names, an introduction, a list
_FAVOUR = re.compile(
    r"\b(names?|introduc\w*|contacts?|list|details|put you in touch|connect you|pass (it|this|"
    r"your \w+) on|forward|recommend\w*|ask around|check with|feedback on your)\b",
    re.IGNORECASE,
)
_FAVOURS = (
    (re.compile(r"\ban introduction\b", re.I), "the introduction"),
    (re.compile(r"\bintroduc", re.I), "the introductions"),
    (re.compile(r"\blist\b", re.I), "the list"),
    (re.compile(r"\bnames?\b", re.I), "the names"),
    (re.compile(r"\bcontacts?\b", re.I), "the contacts"),
    (re.compile(r"\bdetails\b", re.I), "the details"),
    (re.compile(r"\bfeedback\b", re.I), "your feedback"),
)


def _favour(text: str) -> str:
    """What the contact offered, as the note names it: 'the names', 'the introduction'."""
    return next((said for found, said in _FAVOURS if found.search(text)), "what you offered")


def _callbacks(
    f: ThreadFacts, mailbox: Answers, me: Identity, rules: Rules, tz: tzinfo, now: datetime
) -> list[Followup]:
    latest: dict[str, Promise] = {}
    for p in sorted(f.promises, key=lambda p: p.made_at):
        latest[p.made_by.email] = p  # a newer promise by the same person replaces the older
    out = []
    closing = next((m for m in f.thread.messages if m.message_id == f.closed_by), None)
    for p in latest.values():
        last_day = date.fromisoformat(p.last_day)
        back = _back(p, f, now)
        # away when the news was due: counted from the day they are back
        counted = max(last_day, date.fromisoformat(back)) if back else last_day
        due_day = add_business_days(counted, rules.callback_grace_business_days)
        due_at = datetime.combine(due_day, time(23, 59, 59), tz)
        window_end = datetime.combine(last_day, time(23, 59, 59), tz)
        answer = mailbox.word_since(p, f, min(now, due_at), window_end, me, now)
        if closing is not None and closing.date > p.made_at:
            state, reason, by = "satisfied", "a rejection or offer ended it", closing.message_id
        elif answer is not None:
            state, by = "satisfied", answer.message_id
            reason = (
                "you followed up after the window"
                if me.sent_by_me(answer)
                else f"{domain_of(p.made_by.email)} wrote on {local(answer.date, tz)}"
            )
        else:
            state, by = state_at(now, due_at, None, rules), None
            reason = (
                f"{p.made_by.name or p.made_by.email} promised news by {p.last_day}: "
                f"'{p.text}'; nothing from {domain_of(p.made_by.email)} since"
                + (f" (their automatic reply says they are back {back})" if back else "")
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
                payload=CallbackFor(p, back),
            )
        )
    return out


def _back(p: Promise, f: ThreadFacts, now: datetime) -> str | None:
    """The latest return day said by an automatic reply of the promise's maker, sent after the
    promise."""
    days = [
        r.back
        for r in f.auto_replies
        if r.back and r.sender.email == p.made_by.email and p.made_at < r.at <= now
    ]
    return max(days) if days else None


KIND = Callback()
