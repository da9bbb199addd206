"""One scan: sync -> parse -> thread -> infer -> decide -> plan drafts -> (write them).

Decide, then do: `plan` returns the drafts a scan would write; `apply` writes them exactly once.
`--dry-run` is `plan` without `apply`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from datetime import datetime

import structlog

from daemon.config import Config
from daemon.drafting.compose import compose
from daemon.errors import MessageError
from daemon.infer.facts import infer_facts
from daemon.infer.people import Identity
from daemon.model import Draft, Followup, Message, ThreadFacts
from daemon.parse import parse_message
from daemon.report import thread_json
from daemon.rules import Mailbox, decide
from daemon.source import MailSource
from daemon.store import Store
from daemon.threading import thread_messages

log = structlog.get_logger(__name__)
DRAFTED_STATES = ("due", "overdue")


@dataclass
class AccountResult:
    """What a scan found and did for one account."""

    account: str
    facts: list[ThreadFacts]
    followups: list[Followup]
    drafts: list[Draft] = field(default_factory=list)
    locations: dict[str, str | None] = field(default_factory=dict)  # followup id -> location
    skipped_messages: int = 0


def sync(source: MailSource, store: Store, cfg: Config, now: datetime) -> int:
    """Fetch what is new and cache it parsed; returns how many messages could not be read."""
    account = source.account
    known = store.known_refs(account)
    changes = source.changes(store.cursor(account), lambda folder, ref: (folder, ref) in known)
    parsed: list[Message] = []
    unreadable: list[tuple[str, str, str]] = []
    progress = _Progress(len(changes.new), account)
    for raw in changes.new:
        progress.step()
        try:
            parsed.append(
                parse_message(
                    raw.data,
                    account=account,
                    folder=raw.folder,
                    ref=raw.ref,
                    default_tz=cfg.user.tz,
                    thread_hint=raw.thread_hint,
                    sent_folder=raw.sent_folder,
                )
            )
        except MessageError as exc:
            log.warning(
                "message_skipped", account=account, folder=raw.folder, ref=raw.ref, reason=str(exc)
            )
            unreadable.append((raw.folder, raw.ref, str(exc)))
    progress.done()
    store.save_sync(
        account,
        changes.cursor,
        parsed,
        unreadable,
        changes.gone,
        changes.restarted,
        now,
        changes.reset_folders,
    )
    log.info(
        "synced",
        account=account,
        new=len(parsed),
        unreadable=len(unreadable),
        restarted=changes.restarted,
    )
    return len(unreadable)


class _Progress:
    """A one-line progress bar on a terminal for a first sync; silent otherwise."""

    def __init__(self, total: int, account: str) -> None:
        self.total, self.account, self.count = total, account, 0
        self.shown = sys.stderr.isatty() and total >= 500

    def step(self) -> None:
        self.count += 1
        if self.shown and (self.count % 100 == 0 or self.count == self.total):
            filled = 30 * self.count // self.total
            sys.stderr.write(
                f"\r{self.account}: reading [{'#' * filled:<30}] {self.count}/{self.total}"
            )
            sys.stderr.flush()

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def plan(source: MailSource, store: Store, cfg: Config, now: datetime) -> AccountResult:
    """Infer and decide from the cached messages, and compose the drafts now owed."""
    me = Identity(frozenset(cfg.user.emails), frozenset(cfg.user.employer_domains), cfg.user.name)
    tz = cfg.user.tz
    threads = thread_messages(m for m in store.messages(source.account) if m.date <= now)
    facts = infer_facts(threads, me, tz, now)
    followups = decide(facts, Mailbox.of(threads), me, cfg.rules, tz, now)
    dismissed = store.dismissed()
    followups = [_dismissed(f) if f.id in dismissed else f for f in followups]
    store.save_followups(source.account, followups, now)
    store.save_facts(
        source.account,
        [
            (f.thread.id, f.job_related, f.category, f.company, thread_json(f, tz))
            for f in facts
            if f.job_related
        ],
        now,
    )
    result = AccountResult(source.account, facts, followups)
    by_thread = {f.thread.id: f for f in facts}
    for f in followups:
        if f.state not in DRAFTED_STATES:
            continue
        done = store.draft(f.id)
        if done is not None and done[0] == "written":
            continue  # written before; if the user deleted it, that was their answer
        try:
            draft = compose(
                f,
                by_thread[f.thread_id],
                cfg.user,
                cfg.profile,
                me,
                tz,
                now,
                lambda m: source.fetch(m.folder, m.ref),
            )
        except MessageError as exc:
            log.warning(
                "draft_not_composed", account=source.account, followup=f.id, reason=str(exc)
            )
            continue
        result.drafts.append(draft)
    return result


def apply(source: MailSource, store: Store, result: AccountResult, now: datetime) -> None:
    """Write the planned drafts, each exactly once even across a crash."""
    for draft in result.drafts:
        record = store.draft(draft.followup_id)
        if record is not None and record[0] == "intent":
            found = source.find_draft(draft.message_id)
            if found is not None:  # written before a crash; only the ledger missed it
                store.draft_written(draft.followup_id, found, now)
                result.locations[draft.followup_id] = found
                log.info("draft_found", account=source.account, followup=draft.followup_id)
                continue
        store.draft_intent(
            source.account,
            draft.followup_id,
            draft.message_id,
            now,
            tuple(f"{x.code}: {x.message}" for x in draft.lint),
        )
        location = source.write_draft(draft.raw, draft.message_id, _thread_hint(result, draft))
        store.draft_written(draft.followup_id, location, now)
        result.locations[draft.followup_id] = location
        log.info(
            "draft_written",
            account=source.account,
            thread=draft.thread_id,
            followup=draft.followup_id,
        )


def _thread_hint(result: AccountResult, draft: Draft) -> str | None:
    for f in result.facts:
        if f.thread.id == draft.thread_id:
            return f.thread.messages[-1].thread_hint
    return None


def _dismissed(f: Followup) -> Followup:
    return replace(f, state="dismissed", reason="dismissed by you")


def scan(
    sources: list[MailSource], store: Store, cfg: Config, now: datetime, dry_run: bool
) -> list[AccountResult]:
    """Sync, decide and (unless dry) write drafts for every account."""
    results = []
    for source in sources:
        skipped = sync(source, store, cfg, now)
        result = plan(source, store, cfg, now)
        result.skipped_messages = skipped
        if not dry_run:
            apply(source, store, result, now)
        results.append(result)
    return results
