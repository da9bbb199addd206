"""The scan report: the JSON document of contracts/scan-report.schema.json, and a readable text."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from daemon.failures import failure_lines
from daemon.infer.people import is_automated_address
from daemon.model import Draft, Followup, Message, Thread, ThreadFacts
from daemon.thread_cache import FactsList, job_of
from daemon.threading import thread_messages
from daemon.wording import deadline, kind_words

if TYPE_CHECKING:
    from daemon.scan import AccountResult

STATE_ORDER = {"overdue": 0, "due": 1, "scheduled": 2, "stale": 3, "satisfied": 4, "dismissed": 5}


def _ts(value: datetime | None, tz: tzinfo) -> str | None:
    return value.astimezone(tz).isoformat() if value else None


def report_json(results: list[AccountResult], now: datetime, tz: tzinfo) -> dict[str, Any]:
    """One document for all accounts, matching scan-report.schema.json (version 1)."""
    threads: list[dict[str, Any]] = []
    followups: list[dict[str, Any]] = []
    drafts: list[dict[str, Any]] = []
    for r in results:
        if r.threads_json is not None:  # as the last plan left them (its facts stand)
            threads += r.threads_json
        else:
            threads += [thread_json(f, tz) for f in job_of(r.facts)]
        followups += [_followup(f, tz) | {"account": r.account} for f in _ordered(r.followups)]
        drafts += [
            _draft(d, r.locations.get(d.followup_id)) | {"account": r.account} for d in r.drafts
        ]
    # two accounts holding the same conversation: its thread once (each follow-up is listed
    # once, by the account with the latest message)
    first: dict[str, dict[str, Any]] = {}
    for t in threads:
        first.setdefault(t["id"], t)
    threads = list(first.values())
    return {
        "version": 1,
        "now": now.astimezone(tz).isoformat(),
        "threads": threads,
        "followups": followups,
        "drafts": drafts,
        "accounts": [
            {"name": r.account, "read": r.error is None, "error": r.error} for r in results
        ],
        "problems": [
            {
                "account": f.account,
                "kind": f.unit,
                "message_id": f.message_id,
                "where": f.key,
                "reason": f.reason,
            }
            for r in results
            for f in r.failures
        ],
    }


def _ordered(followups: list[Followup]) -> list[Followup]:
    return sorted(followups, key=lambda f: (STATE_ORDER.get(f.state, 9), f.due_at, f.id))


def own_messages(t: Thread) -> tuple[Message, ...]:
    """The messages its headers link into the thread: without the scheduler's notices that
    `join_notices` read with it (daemon/infer/notices.py), which are threads of their own in
    the mailbox (the report's thread is the connector's)."""
    if not any(m.automated or is_automated_address(m.sender.email) for m in t.messages if m.sender):
        return t.messages  # no notice among them: nothing was joined
    for group in thread_messages(t.messages):
        if any(m.message_id == t.id for m in group.messages):
            return group.messages
    return t.messages


def thread_json(f: ThreadFacts, tz: tzinfo) -> dict[str, Any]:
    """A thread's facts as the report (and the state database) show them."""
    return {
        "id": f.thread.id,
        "message_ids": [m.message_id for m in own_messages(f.thread)],
        "subject": f.thread.subject,
        "category": f.category,
        "company": f.company,
        "counterparts": [
            {"email": c.email, "name": c.name, "role": c.role} for c in f.counterparts
        ],
        "meetings": [
            {
                "start": _ts(m.start, tz),
                "end": _ts(m.end, tz),
                "status": m.status,
                "attendees": [a.email for a in m.attendees],
                "source": m.source,
                "networking": m.networking,
                "unknown": list(m.unknown),
                "arranged_by": m.arranged_by.email if m.arranged_by else None,
            }
            for m in f.meetings
        ],
        "promises": [
            {
                "from": p.made_by.email,
                "due": _ts(p.due, tz),
                "text": p.text,
                "message_id": p.message_id,
            }
            for p in f.promises
        ],
        "own_promises": [
            {
                "to": p.made_to.email if p.made_to else None,
                "due": _ts(p.due, tz),
                "text": p.text,
                "message_id": p.message_id,
            }
            for p in f.own_promises
        ],
        "applications": [
            {"to": a.to.email, "sent": _ts(a.sent_at, tz), "evidence": a.evidence}
            for a in f.applications
        ],
        "auto_replies": [
            {"from": r.sender.email, "back": r.back, "evidence": r.evidence} for r in f.auto_replies
        ],
        "evidence": list(f.evidence),
    }


def _followup(f: Followup, tz: tzinfo) -> dict[str, Any]:
    return {
        "id": f.id,
        "kind": f.kind,
        "thread": f.thread_id,
        "to": f.to.email,
        "due_at": _ts(f.due_at, tz),
        "overdue_at": _ts(f.overdue_at, tz),
        "state": f.state,
        "reason": f.reason,
        "satisfied_by": f.satisfied_by,
    }


def _draft(d: Draft, location: str | None) -> dict[str, Any]:
    return {
        "followup": d.followup_id,
        "kind": d.kind,
        "thread": d.thread_id,
        "to": [d.to.email],
        "subject": d.subject,
        "message_id": d.message_id,
        "in_reply_to": d.in_reply_to,
        "references": list(d.references),
        "attachments": [
            {"content_type": a.content_type, "filename": a.filename} for a in d.attachments
        ],
        "location": location,
        "lint": [{"code": x.code, "message": x.message} for x in d.lint],
    }


def report_text(results: list[AccountResult], now: datetime, tz: tzinfo, dry_run: bool) -> str:
    """What a person reads: each follow-up that matters, why, and where its draft went."""
    lines = [
        f"followupd scan at {now.astimezone(tz):%a %d %b %Y %H:%M %Z}"
        + (" (dry run: nothing written)" if dry_run else "")
    ]
    for r in results:
        if r.error is not None:
            what = "needs re-authorising" if r.needs_auth else "could not be read"
            lines.append(f"\nAccount {r.account} {what}: {r.error}")
            continue
        count, subjects = _job_subjects(r)
        lines.append(
            f"\nAccount {r.account}: {count} job-search threads"
            + (f", {r.skipped_messages} unreadable messages skipped" if r.skipped_messages else "")
        )
        lines += [f"  ! {line}" for line in failure_lines(r.failures)]
        drafts = {d.followup_id: d for d in r.drafts}
        shown = [
            f for f in _ordered(r.followups) if f.state in ("overdue", "due", "scheduled", "stale")
        ]
        if not shown:
            lines.append("  Nothing owed.")
        for f in shown:
            lines.append(f"  {f.state:9}  {kind_words(f.kind)} to {f.to.email}")
            lines.append(f"             {deadline(f, now, tz)}")
            lines.append(f"             thread: {subjects.get(f.thread_id, f.thread_id)[:70]}")
            lines.append(f"             why: {f.reason[:160]}")
            d = drafts.get(f.id)
            if d is not None:
                where = r.locations.get(f.id) or ("planned, not written" if dry_run else "?")
                lines.append(f"             draft: {where}")
                for x in d.lint:
                    lines.append(f"             check: {x.message}")
        done = sum(1 for f in r.followups if f.state == "satisfied")
        if done:
            lines.append(f"  ({done} follow-ups already taken care of)")
        for owner in sorted(set(r.elsewhere.values())):
            n = sum(1 for a in r.elsewhere.values() if a == owner)
            lines.append(
                f"  ({n} follow-up{'s' if n != 1 else ''} of threads this account shares with "
                f"account {owner}: listed and drafted there, where the latest message is)"
            )
    return "\n".join(lines) + "\n"


def _job_subjects(r: AccountResult) -> tuple[int, dict[str, str]]:
    """How many job-search threads the account holds, and their subjects by id. When the last
    plan stood, from the report rows it kept (a thread without one is loaded alone), so that
    no thread's facts and messages are read to print them."""
    if r.threads_json is None or not isinstance(r.facts, FactsList):
        job = job_of(r.facts)
        return len(job), {f.thread.id: f.thread.subject for f in job}
    ids = r.facts.job_ids()
    kept: dict[str, str] = {t["id"]: t["subject"] for t in r.threads_json}
    facts = r.facts
    return len(ids), {
        tid: kept[tid] if tid in kept else facts.thread(tid).thread.subject for tid in ids
    }
