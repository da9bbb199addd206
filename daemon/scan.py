"""One scan: sync -> parse -> thread -> infer -> decide -> plan drafts -> (write them).

Decide, then do: `plan` returns the drafts a scan would write; `apply` writes them exactly once.
`--dry-run` is `plan` without `apply`. A message, a thread or a follow-up that fails is set
aside with its reason (daemon/isolate.py) and the rest goes on; an account that fails leaves
the other accounts alone.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from functools import partial
from typing import Any

import structlog

from daemon import limits
from daemon.codec import fingerprint
from daemon.config import Config
from daemon.drafting.compose import compose
from daemon.errors import AuthError, FollowupdError, MailboxError, MessageError, StateError
from daemon.infer.people import Identity
from daemon.isolate import (
    guarded,
    infer_isolated,
    message_key,
    reason_of,
    thread_fingerprint,
)
from daemon.model import Draft, Followup, Message, Thread, ThreadFacts
from daemon.parse import parse_message, peek_message_id
from daemon.report import thread_json
from daemon.rules import Mailbox, decide, legacy_followup_id
from daemon.source import IGNORE_MARK, MailSource, marked
from daemon.store import Failure, Store
from daemon.threading import thread_messages

log = structlog.get_logger(__name__)
DRAFTED_STATES = ("due", "overdue")
RULES_SECONDS = 10.0  # deciding one thread's follow-ups


@dataclass
class AccountResult:
    """What a scan found and did for one account."""

    account: str
    facts: list[ThreadFacts]
    followups: list[Followup]
    drafts: list[Draft] = field(default_factory=list)
    locations: dict[str, str | None] = field(default_factory=dict)  # followup id -> location
    skipped_messages: int = 0
    failures: list[Failure] = field(default_factory=list)  # every unit set aside, this account
    error: str | None = None  # the account could not be read at all: why
    needs_auth: bool = False


def sync(source: MailSource, store: Store, cfg: Config, now: datetime) -> int:
    """Fetch what is new and cache it parsed; returns how many messages could not be read."""
    account = source.account
    known = store.known_refs(account)
    changes = source.changes(store.cursor(account), lambda folder, ref: (folder, ref) in known)
    parsed: list[Message] = []
    unreadable: list[tuple[str, ...]] = []
    progress = _Progress(len(changes.new), account)
    for raw in changes.new:
        progress.step()
        try:
            msg = parse_message(
                raw.data,
                account=account,
                folder=raw.folder,
                ref=raw.ref,
                default_tz=cfg.user.tz,
                thread_hint=raw.thread_hint,
                sent_folder=raw.sent_folder,
            )
        except MessageError as exc:
            message_id = peek_message_id(raw.data)
            log.warning(
                "message_skipped",
                account=account,
                folder=raw.folder,
                ref=raw.ref,
                message_id=message_id,
                reason=str(exc),
            )
            unreadable.append((raw.folder, raw.ref, str(exc), message_id or ""))
            continue
        if msg.cut:
            log.info("message_cut", account=account, message_id=msg.message_id, cut=list(msg.cut))
        parsed.append(msg)
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
    """Infer and decide from the cached messages, and compose the drafts now owed. A message,
    thread or follow-up that fails is set aside and recorded; the rest is planned as usual."""
    account = source.account
    me = Identity(frozenset(cfg.user.emails), frozenset(cfg.user.employer_domains), cfg.user.name)
    tz = cfg.user.tz
    salt = hashlib.sha256(repr((cfg.user, cfg.profile, cfg.rules)).encode()).hexdigest()
    before = {(f.unit, f.key): f for f in store.failures(account)}
    messages, held = _unquarantined(store.messages(account), before, now)
    threads, held_threads = _threads(messages, before)
    inferred = infer_isolated(threads, me, tz, now, account)
    facts = inferred.facts
    failures = held + held_threads + inferred.failures
    followups = _decide_each(facts, me, cfg, now, account, failures)
    store.carry_over(
        {legacy: fu.id for fu in followups if (legacy := legacy_followup_id(fu)) != fu.id}
    )
    dismissed = store.dismissed()
    ignored = _ignored_threads(source, facts)
    found = [
        _dismissed(fu) if fu.id in dismissed else (_marked(fu) if fu.thread_id in ignored else fu)
        for fu in followups
    ]
    store.save_followups(account, found, now)
    store.save_facts(account, _fact_rows(facts, tz, account, failures), now)
    result = AccountResult(account, facts, found)
    by_thread = {tf.thread.id: tf for tf in facts}
    for fu in found:
        if fu.state not in DRAFTED_STATES:
            continue
        done = store.draft(fu.id)
        if done is not None and done[0] == "written":
            continue  # written before; if the user deleted it, that was their answer
        thread = by_thread[fu.thread_id]
        mark = thread_fingerprint(thread.thread.messages, salt + fu.id)
        old = before.get(("followup", fu.id))
        if old is not None and old.fingerprint == mark:
            failures.append(old)  # nothing changed since it failed: not tried again
            continue
        work = partial(
            compose, fu, thread, cfg.user, cfg.profile, me, tz, now, partial(_fetch, source)
        )
        draft, why = guarded("composing the draft", limits.COMPOSE_SECONDS, work)
        if why is not None or draft is None:
            anchor = fu.payload.answers or fu.thread_id
            failures.append(Failure(account, "followup", fu.id, anchor, why or "?", mark))
            log.warning("draft_not_composed", account=account, followup=fu.id, reason=why)
            continue
        result.drafts.append(draft)
    for unit in ("message", "thread", "followup"):
        store.replace_failures(account, unit, [x for x in failures if x.unit == unit], now)
    result.failures = store.failures(account)
    return result


def _fetch(source: MailSource, m: Message) -> bytes:
    return source.fetch(m.folder, m.ref)


def _decide_each(
    facts: list[ThreadFacts],
    me: Identity,
    cfg: Config,
    now: datetime,
    account: str,
    failures: list[Failure],
) -> list[Followup]:
    """The rules, one thread at a time: a thread they fail on is set aside. One meeting seen
    in two threads is one thank-you (the same id)."""
    mailbox = Mailbox.of([tf.thread for tf in facts], facts)
    followups: dict[str, Followup] = {}
    for tf in facts:
        work = partial(decide, [tf], mailbox, me, cfg.rules, cfg.user.tz, now)
        decided, why = guarded("deciding", RULES_SECONDS, work)
        if why is not None:
            failures.append(_thread_failure(account, tf.thread, why))
            continue
        for fu in decided or []:
            followups.setdefault(fu.id, fu)
    return list(followups.values())


def _unquarantined(
    messages: list[Message], before: dict[tuple[str, str], Failure], now: datetime
) -> tuple[list[Message], list[Failure]]:
    """The messages to read, without those set aside before and unchanged since."""
    kept: list[Message] = []
    held: list[Failure] = []
    for m in messages:
        if m.date > now:
            continue
        old = before.get(("message", message_key(m)))
        if old is not None and old.fingerprint == fingerprint(m):
            held.append(old)
            continue
        kept.append(m)
    return kept, held


def _threads(
    messages: list[Message], before: dict[tuple[str, str], Failure]
) -> tuple[list[Thread], list[Failure]]:
    """Threads, without those set aside before whose messages are the same."""
    threads = thread_messages(messages)
    held_ids = {key for unit, key in before if unit == "thread"}
    if not held_ids:
        return threads, []
    kept: list[Thread] = []
    held: list[Failure] = []
    for t in threads:
        old = before.get(("thread", t.id))
        if old is not None and old.fingerprint == thread_fingerprint(t.messages):
            held.append(old)
        else:
            kept.append(t)
    return kept, held


def _thread_failure(account: str, thread: Thread, why: str) -> Failure:
    log.warning("set_aside", account=account, unit="thread", message_id=thread.id, reason=why)
    return Failure(
        account, "thread", thread.id, thread.id, why, thread_fingerprint(thread.messages)
    )


def _fact_rows(
    facts: list[ThreadFacts], tz: tzinfo, account: str, failures: list[Failure]
) -> list[tuple[str, bool, str, str | None, dict[str, Any]]]:
    rows: list[tuple[str, bool, str, str | None, dict[str, Any]]] = []
    for f in facts:
        if not f.job_related:
            continue
        details, why = guarded("describing", RULES_SECONDS, partial(thread_json, f, tz))
        if why is not None or details is None:
            failures.append(_thread_failure(account, f.thread, why or "?"))
            continue
        rows.append((f.thread.id, f.job_related, f.category, f.company, details))
    return rows


def apply(source: MailSource, store: Store, result: AccountResult, now: datetime) -> None:
    """Write the planned drafts, each exactly once even across a crash. A draft the mailbox
    refuses for its content is set aside; a mailbox that cannot be reached stops the account."""
    refused: list[Failure] = []
    for draft in result.drafts:
        try:
            _write(source, store, result, draft, now)
        except MessageError as exc:  # the mailbox refused this draft; anything else goes up
            why = reason_of(exc)
            log.warning(
                "draft_not_written", account=source.account, followup=draft.followup_id, reason=why
            )
            refused.append(
                Failure(source.account, "followup", draft.followup_id, draft.in_reply_to, why)
            )
    if refused:
        known = [f for f in store.failures(source.account) if f.unit == "followup"]
        store.replace_failures(source.account, "followup", known + refused, now)
        result.failures = store.failures(source.account)


def _write(
    source: MailSource, store: Store, result: AccountResult, draft: Draft, now: datetime
) -> None:
    record = store.draft(draft.followup_id)
    if record is not None and record[0] == "written":
        return  # another process wrote it since this one planned
    if record is not None and record[0] == "intent":
        found = source.find_draft(draft.message_id)
        if found is not None:  # written before a crash; only the ledger missed it
            store.draft_written(draft.followup_id, found, now)
            result.locations[draft.followup_id] = found
            log.info("draft_found", account=source.account, followup=draft.followup_id)
            return
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


def _marked(f: Followup) -> Followup:
    return replace(f, state="dismissed", reason=f"you marked its thread '{IGNORE_MARK}'")


def _ignored_threads(source: MailSource, facts: list[ThreadFacts]) -> set[str]:
    """The threads with a message the user marked `followupd-ignore` (a Gmail label, an IMAP
    keyword): every follow-up in them stops, for as long as the mark stays."""
    found = marked(source, IGNORE_MARK)
    if not found:
        return set()
    return {
        tf.thread.id for tf in facts if any((m.folder, m.ref) in found for m in tf.thread.messages)
    }


def scan(
    sources: list[MailSource], store: Store, cfg: Config, now: datetime, dry_run: bool
) -> list[AccountResult]:
    """Sync, decide and (unless dry) write drafts for every account. An account that cannot be
    read or authorised gets a result saying why; the others go on. A state database that
    cannot be written stops the scan (every account needs it)."""
    results = []
    for source in sources:
        try:
            skipped = sync(source, store, cfg, now)
            result = plan(source, store, cfg, now)
            result.skipped_messages = skipped
            if not dry_run:
                apply(source, store, result, now)
        except StateError:
            raise
        except AuthError as exc:
            log.error("account_needs_reauth", account=source.account, reason=str(exc))
            result = AccountResult(source.account, [], [], error=str(exc), needs_auth=True)
        except FollowupdError as exc:
            kind = "mailbox" if isinstance(exc, MailboxError) else exc.__class__.__name__
            log.error("account_failed", account=source.account, error=kind, reason=str(exc))
            result = AccountResult(source.account, [], [], error=str(exc))
        results.append(result)
    return results
