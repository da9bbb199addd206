"""`followupd redraft ID`: a follow-up's draft written again, after the profile changed or the
user deleted the draft, and never as a second live copy.

A scan writes each follow-up's draft once and, when the user deletes it, takes that as their
answer. `redraft` is the user asking again. It writes only when the follow-up is still owed
(due or overdue) and its earlier draft is gone from the mailbox's drafts; the mailbox is asked
by the draft's own Message-ID (`MailSource.find_draft`: a Maildir's Drafts folder's files, an
IMAP SEARCH in the \\Drafts folder, Gmail's drafts list). The new draft has the same Message-ID,
so a crash halfway is finished by the next scan, as any draft is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from daemon.config import Config
from daemon.drafting.compose import compose
from daemon.errors import MessageError
from daemon.infer.people import Identity
from daemon.isolate import reason_of
from daemon.model import Followup
from daemon.scan import DRAFTED_STATES, AccountResult, apply, job_facts
from daemon.source import MailSource
from daemon.store import Store
from daemon.wording import deadline


@dataclass(frozen=True)
class Outcome:
    """What `redraft` did, in words for the user, and whether it wrote a draft."""

    written: bool
    text: str
    location: str | None = None


def redraft(
    followup_id: str,
    cfg: Config,
    store: Store,
    results: list[AccountResult],
    sources: list[MailSource],
    now: datetime,
) -> Outcome:
    """Write the draft of `followup_id` again, from the decisions of a scan just made
    (`results`, with the `sources` still open and the state database's writer lock held)."""
    held = [(r, f) for r in results for f in r.followups if f.id == followup_id]
    if not held:
        return Outcome(False, _unknown(followup_id, store, results))
    result, f = held[0]
    if f.state not in DRAFTED_STATES:
        return Outcome(False, _not_owed(f, cfg, now))
    by_account = {s.account: s for s in sources}
    record = store.draft(f.id)
    if record is not None:
        _, message_id, location = record
        earlier = store.draft_account(f.id) or result.account
        for account in dict.fromkeys((earlier, result.account)):
            source = by_account.get(account)
            if source is None:
                return Outcome(
                    False,
                    f"The earlier draft of {f.id} was written in account {account}, which "
                    "could not be read just now, so whether it is still there is unknown: "
                    "nothing written. Try again when `followupd doctor` says it is OK.",
                )
            found = source.find_draft(message_id)
            if found is not None:
                return Outcome(
                    False,
                    f"The earlier draft of {f.id} is still in your drafts ({_where(found)}): "
                    "nothing written. Delete it there first if you want it written again (a "
                    "draft only marked deleted, not yet removed, still counts).",
                    found,
                )
    facts = next((t for t in job_facts(result) if t.thread.id == f.thread_id), None)
    if facts is None:
        return Outcome(False, f"The thread of {f.id} could not be read just now: nothing written.")
    me = Identity(frozenset(cfg.user.emails), frozenset(cfg.user.employer_domains), cfg.user.name)
    source = by_account[result.account]
    try:
        draft = compose(
            f,
            facts,
            cfg.user,
            cfg.profile,
            me,
            cfg.user.tz,
            now,
            lambda m: source.fetch(m.folder, m.ref),
            cfg.drafting,
        )
    except MessageError as exc:
        return Outcome(False, f"No draft of {f.id} can be made: {reason_of(exc)}.")
    lint = tuple(f"{x.code}: {x.message}" for x in draft.lint)
    store.draft_again(result.account, f.id, draft.message_id, now, lint)
    one = AccountResult(result.account, result.facts, [f], drafts=[draft])
    apply(source, store, one, now)
    where = one.locations.get(f.id)
    if where is None:
        why = next((x.reason for x in one.failures if x.key == f.id), "the mailbox refused it")
        return Outcome(False, f"The draft of {f.id} could not be written: {why}.")
    lines = [f"Wrote the draft of {f.id} again, to {f.to.email}: {_where(where)}."]
    lines += [f"  check: {x.message}" for x in draft.lint]
    return Outcome(True, "\n".join(lines), where)


def _unknown(followup_id: str, store: Store, results: list[AccountResult]) -> str:
    away = [r.account for r in results if r.error]
    if store.has_followup(followup_id):
        unread = f" (account {', '.join(away)} could not be read)" if away else ""
        return f"{followup_id} is not owed by any account read just now{unread}: nothing written."
    return f"No follow-up {followup_id!r}: `followupd status` lists their ids."


def _not_owed(f: Followup, cfg: Config, now: datetime) -> str:
    if f.state == "scheduled":
        return f"{f.id} is not due yet ({deadline(f, now, cfg.user.tz)}): drafted when it is."
    if f.state == "dismissed":
        return f"{f.id} is dismissed: `followupd dismiss --undo {f.id}` first."
    if f.state == "stale":
        return f"{f.id} fell due too long ago to draft ({f.reason}): nothing written."
    return f"{f.id} is taken care of ({f.reason}): nothing to draft."


def _where(location: str) -> str:
    """A location as the user finds it: a file, an IMAP URL, a Gmail draft id."""
    return location.removeprefix("maildir:")
