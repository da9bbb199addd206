"""The daily digest, delivered exactly once for each day, also across an outage or a crash.

A digest day runs from `[digest].time` one day to the same time the next. Each day gets one
digest, as soon as followupd runs within it: an outage across the hour and midnight sends the
missed one late instead of skipping it. Before delivering, the intent (the day and the
digest's Message-ID) is recorded; after, the day is marked done. A crash in between leaves the
intent: the next run looks for that Message-ID among the messages synced from the delivering
account (the digest lands in the user's own INBOX or Sent) and delivers again only if it is
not there.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import structlog

from daemon.config import Config
from daemon.failures import failure_lines
from daemon.source import MailSource
from daemon.store import Store

log = structlog.get_logger(__name__)
LAST_DIGEST_KEY = "last_digest_at"  # when the last digest went out (for "drafts since")
DAY_KEY = "digest_day"  # the last digest day that got its digest
INTENT_KEY = "digest_intent"  # {"day", "message_id", "account"} while one is on its way


def digest_day(cfg: Config, now: datetime) -> date:
    """The digest day `now` falls in: today's date once the digest time has passed, else
    yesterday's."""
    local = now.astimezone(cfg.user.tz)
    hh, mm = (int(x) for x in cfg.digest.time.split(":"))
    return local.date() if local.time() >= time(hh, mm) else local.date() - timedelta(days=1)


def due_day(store: Store, cfg: Config, now: datetime) -> date | None:
    """The digest day that still needs its digest, or None."""
    day = digest_day(cfg, now)
    done = store.get(DAY_KEY)
    if done is None:
        last = store.get(LAST_DIGEST_KEY)
        if last is None:
            # never sent one: start with the first digest time from now, not a late one
            local = now.astimezone(cfg.user.tz)
            return day if day == local.date() else None
        done = digest_day(cfg, datetime.fromisoformat(last)).isoformat()
    return day if date.fromisoformat(done) < day else None


def pending_intent(store: Store) -> dict[str, str] | None:
    """The digest recorded as on its way and not marked delivered, if any."""
    text = store.get(INTENT_KEY)
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def deliver_once(
    store: Store,
    source: MailSource,
    day: date,
    now: datetime,
    build: Callable[[str], bytes],
    to: str,
    new_id: Callable[[], str],
) -> str | None:
    """Deliver the digest for `day` through `source` unless it went out already; returns where
    it went, or None when it had gone before (found in the synced mail). `build(message_id)`
    makes the message; the caller has synced `source`'s account in this process."""
    intent = pending_intent(store)
    if intent is not None and intent.get("day") == day.isoformat():
        message_id = intent["message_id"]
        if store.has_message(intent.get("account", source.account), message_id):
            log.info("digest_found", day=day.isoformat(), message_id=message_id)
            mark_done(store, day, now)
            return None
    else:
        message_id = new_id()
        intent = {"day": day.isoformat(), "message_id": message_id, "account": source.account}
        store.put(INTENT_KEY, json.dumps(intent), now)
    where = source.deliver_digest(build(message_id), to)
    mark_done(store, day, now)
    log.info("digest_delivered", account=source.account, day=day.isoformat(), location=where)
    return where


def mark_done(store: Store, day: date, now: datetime) -> None:
    """This digest day has had its digest (or needs none)."""
    store.put_many(
        {DAY_KEY: day.isoformat(), LAST_DIGEST_KEY: now.isoformat(), INTENT_KEY: None}, now
    )


def warnings_for(store: Store, cfg: Config, reauth_key: str) -> list[str]:
    """The lines at the top of a digest: accounts that need the user, and what could not be
    read, understood or drafted."""
    lines = [
        f"Account {a.name} needs you: {why}"
        for a in cfg.accounts
        if (why := store.get(reauth_key.format(a.name)))
    ]
    return lines + failure_lines(store.failures())
