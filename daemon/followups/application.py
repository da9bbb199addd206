"""application: the user applied, or sent a résumé, to a person, and no person answered.

Due at the end of the `application_follow_up_business_days`th business day after the day it
was sent (the user's time zone), to the first person it was addressed to, in its thread. A
person from that organisation writing by then settles it (an automatic acknowledgement, an
out-of-office or a job alert is not a person writing; on a personal provider's domain only the
person themself counts), and so does the user writing to that person again. A rejection or an
offer ends it. An application made only through a portal names no one and is not one of these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, tzinfo
from typing import TYPE_CHECKING

from daemon.config import Rules
from daemon.drafting.templates import business_days_on, sentence, signature, weekday_date
from daemon.followups.base import Kind, Row, Writing, followup_id, local, state_at
from daemon.infer.dates import add_business_days
from daemon.infer.people import Identity, domain_of, is_personal_domain
from daemon.model import Application, Followup, Message, Payload, ThreadFacts
from daemon.threading import strip_prefixes

if TYPE_CHECKING:
    from daemon.rules import Answers


@dataclass(frozen=True)
class ApplicationFor(Payload):
    """The application followed up."""

    application: Application

    @property
    def anchor(self) -> str:
        return self.application.message_id

    @property
    def answers(self) -> str | None:
        return self.application.message_id


class ApplicationKind(Kind[ApplicationFor]):
    name = "application"
    payload_type = ApplicationFor
    words = "application follow-up"
    title = "Applications to follow up"
    header = ("To", "Applied", "Deadline", "Thread", "Find it")
    rule_keys = ("application_follow_up_business_days",)

    def detect(
        self,
        facts: ThreadFacts,
        mailbox: Answers,
        me: Identity,
        rules: Rules,
        tz: tzinfo,
        now: datetime,
    ) -> list[Followup]:
        closing = next((m for m in facts.thread.messages if m.message_id == facts.closed_by), None)
        out = []
        for ap in facts.applications:
            sent = ap.sent_at.astimezone(tz).date()
            due_day = add_business_days(sent, rules.application_follow_up_business_days)
            due_at = datetime.combine(due_day, time(23, 59, 59), tz)
            answer = _answer(ap, mailbox, me, min(now, due_at), now)
            ended = (
                closing.message_id
                if closing is not None and closing.date > ap.sent_at
                else mailbox.ended(ap.to.email, facts.company, ap.sent_at, now)
            )
            if ended is not None:
                state, reason, by = "satisfied", "a rejection or offer ended it", ended
            elif answer is not None:
                state, by = "satisfied", answer.message_id
                reason = (
                    f"you wrote to them again on {local(answer.date, tz)}"
                    if me.sent_by_me(answer)
                    else f"{answer.sender.email if answer.sender else '?'} answered on "
                    f"{local(answer.date, tz)}"
                )
            else:
                state, by = state_at(now, due_at, None, rules), None
                reason = (
                    f"you applied to {ap.to.name or ap.to.email} on {local(ap.sent_at, tz)} "
                    f"({ap.evidence.split(': ', 1)[-1]}); no one from "
                    f"{_organisation(ap)} has written since"
                )
            out.append(
                Followup(
                    id=followup_id(self.name, ap.to.email, ap.message_id),
                    kind=self.name,
                    thread_id=facts.thread.id,
                    to=ap.to,
                    due_at=due_at,
                    overdue_at=None,
                    state=state,
                    reason=reason,
                    satisfied_by=by,
                    payload=ApplicationFor(ap),
                )
            )
        return out

    def body(self, f: Followup, payload: ApplicationFor, w: Writing) -> str:
        sent = weekday_date(payload.application.sent_at.astimezone(w.tz).date(), w.tz)
        where = f" at {w.company}" if w.company else ""
        # the role in plain words; its subject only when the thread names none, quoted
        about = (
            f"for the {w.role} role"
            if w.role
            else f"(“{strip_prefixes(w.subject)}”)"
            if strip_prefixes(w.subject)
            else ""
        )
        update = (
            sentence(w.profile.recent_update)
            if w.profile.recent_update
            else "[add: something new since you applied: a course, a project or a result]"
        )
        voice = w.voice(f.to)
        parts = [
            voice.greeting,
            "I hope you are well.",
            f"On {sent} I sent you my application {about}".rstrip() + ". I wanted to make sure "
            f"it reached you, and to say that I remain very interested in the opportunity{where}.",
            f"Since then, one thing worth adding: {update}",
            f"If anything further would help, I am happy to send it. I will check in again on "
            f"{business_days_on(w.now, w.tz, 5)}; my contact details are below.",
            voice.sign_off + "\n" + signature(w.user, w.sender_email),
        ]
        return "\n\n".join(parts) + "\n"

    def row(self, f: Followup, payload: ApplicationFor, r: Row) -> list[str]:
        sent = payload.application.sent_at.strftime("%d %b")
        return [r.who, sent, r.deadline, r.thread, r.find]

    def facts_lines(self, facts: ThreadFacts, tz: tzinfo) -> list[str]:
        return [
            f"  application: to {ap.to.email} on {local(ap.sent_at, tz)}, because {ap.evidence}"
            for ap in facts.applications
        ]


def _organisation(ap: Application) -> str:
    domain = domain_of(ap.to.email)
    return ap.to.email if is_personal_domain(domain) else domain


def _answer(
    ap: Application, mailbox: Answers, me: Identity, until: datetime, now: datetime
) -> Message | None:
    """A person from the organisation writing after the application (by `until`), or the user
    writing to the person again (by `now`): whichever came first."""
    person = mailbox.answered(me, ap.to.email, ap.sent_at, until, now)
    again = mailbox.wrote_to(me, ap.to.email, ap.sent_at, now, strict=True)
    found = [m for m in (person, again) if m is not None]
    return min(found, key=lambda m: m.date) if found else None


KIND = ApplicationKind()
