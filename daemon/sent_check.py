"""The lint, run on the follow-ups the user actually sent: the digest lists each one sent since
the last digest with what a careful reader would fix next time (a wrong name, a company the
thread never names, a one-liner, a note to several people at once…), as the drafts get.

A follow-up is settled by a message of the user's (`Followup.satisfied_by`); that message's own
text (cut at its sign-off: what was quoted below is not theirs) goes through `lint_draft` with
the follow-up's thread, as if it had been a draft written when it was sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from daemon.config import Config
from daemon.drafting.lint import lint_draft
from daemon.drafting.naming import naming
from daemon.followups.base import Writing
from daemon.infer.people import Identity
from daemon.model import Followup, LintFinding, Message, ThreadFacts
from daemon.scan import AccountResult

_DAY = timedelta(days=1)


@dataclass(frozen=True)
class SentNote:
    """A follow-up the user sent, and what the lint says of it."""

    followup: Followup
    message: Message
    findings: tuple[LintFinding, ...]


def sent_since(
    results: list[AccountResult], since: datetime | None, now: datetime, cfg: Config
) -> list[SentNote]:
    """The follow-ups settled by a message the user sent after `since` (the day before `now`
    when no digest went out yet), oldest first, each with the lint's findings."""
    start = since if since is not None else now.replace(microsecond=0) - _DAY
    me = Identity(frozenset(cfg.user.emails), frozenset(cfg.user.employer_domains), cfg.user.name)
    facts = {f.thread.id: f for r in results for f in r.facts}
    wanted = {
        f.satisfied_by: f
        for r in results
        for f in r.followups
        if f.state == "satisfied" and f.satisfied_by
    }
    found: dict[str, Message] = {}
    if wanted:
        for thread in facts.values():
            for msg in thread.thread.messages:
                if msg.message_id in wanted and start < msg.date <= now and me.sent_by_me(msg):
                    found[msg.message_id] = msg
    notes = []
    for mid, msg in sorted(found.items(), key=lambda kv: kv[1].date):
        f = wanted[mid]
        own = facts.get(f.thread_id)
        if own is not None:
            notes.append(SentNote(f, msg, _lint(f, msg, own, me, cfg)))
    return notes


def _lint(
    f: Followup, msg: Message, facts: ThreadFacts, me: Identity, cfg: Config
) -> tuple[LintFinding, ...]:
    named = naming(facts.thread, f.to, me, f.kind)
    sender = msg.sender.email if msg.sender else cfg.user.emails[0]
    w = Writing(
        named.company,
        facts.thread.subject,
        cfg.user,
        cfg.profile,
        sender,
        cfg.user.tz,
        msg.date,
        role=named.role,
        company_guessed=named.company_guessed,
        facts=facts,
    )
    return lint_draft(msg.text, f, facts, w, to=msg.to)
