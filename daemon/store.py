"""SQLite state: sync cursors, parsed messages, follow-ups, failures and the drafts ledger.

WAL mode with a busy timeout, the schema versioned by `PRAGMA user_version` and migrated in
order, each step under a write lock so two processes opening a new database do not both run it.
A draft is written exactly once: record the intent, write it, mark it written; after a crash
between the two, the next run finds the draft by its Message-ID instead of writing again.

The database holds message text: it is created 0600 in a folder created 0700, whatever the
umask. Every SQLite or file error leaves as a `StateError` that says what is wrong (disk full,
read-only, locked, damaged); callers retry later, nothing half-written is kept.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from daemon.codec import message_from_json, message_to_json
from daemon.errors import ConfigError
from daemon.migrations import MIGRATIONS
from daemon.model import Followup, Message
from daemon.statefiles import private_file, private_folder, state_error, translated

__all__ = ["MIGRATIONS", "Failure", "Store"]

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class Failure:
    """One message, thread or follow-up that could not be handled, and why."""

    account: str
    unit: str  # read (the parser refused it), message, thread, followup
    key: str  # folder/ref, a thread's id, a follow-up's id
    message_id: str | None
    reason: str
    fingerprint: str = ""
    since: str = ""


class Store:
    """The state database, one per config. Several processes may open it at once (opening
    and migrating are safe); writing drafts is serialised by `daemon.locks.WriterLock`."""

    def __init__(self, path: Path, busy_seconds: float = 10.0) -> None:
        self.path = path
        try:
            private_folder(path.parent)
            private_file(path)
            self._db = sqlite3.connect(path, timeout=busy_seconds, isolation_level=None)
            self._db.execute(f"PRAGMA busy_timeout = {int(busy_seconds * 1000)}")
            self._prepare(time.monotonic() + busy_seconds)
        except (sqlite3.Error, OSError) as exc:
            if hasattr(self, "_db"):
                self._db.close()
            raise state_error(exc, path) from exc

    def _prepare(self, deadline: float) -> None:
        """WAL mode and the schema. Switching a new file to WAL takes an exclusive lock for
        which SQLite does not always wait (its busy handler is skipped where waiting could
        deadlock), so a process that loses that race tries again until the deadline."""
        while True:
            try:
                if self._db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA foreign_keys = ON")
                self._migrate()
                return
            except sqlite3.OperationalError as exc:
                text = str(exc).lower()
                if ("locked" not in text and "busy" not in text) or time.monotonic() > deadline:
                    raise
                time.sleep(random.uniform(0.01, 0.05))

    def _migrate(self) -> None:
        while True:
            version = self.schema()
            if version > len(MIGRATIONS):
                raise ConfigError(
                    f"{self.path} was written by a newer followupd (schema {version})"
                )
            if version == len(MIGRATIONS):
                return
            with self.transaction():
                # under the write lock: another process may have migrated meanwhile
                if self.schema() != version:
                    continue
                for statement in filter(str.strip, MIGRATIONS[version].split(";")):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {version + 1}")

    def schema(self) -> int:
        """The schema version this database is at."""
        version: int = self._db.execute("PRAGMA user_version").fetchone()[0]
        return version

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    # --- sync state --------------------------------------------------------------------------

    def cursor(self, account: str) -> str | None:
        row = self._db.execute(
            "SELECT cursor FROM cursors WHERE account = ?", (account,)
        ).fetchone()
        return row[0] if row else None

    def known_refs(self, account: str) -> set[tuple[str, str]]:
        """Every (folder, ref) already parsed or found unreadable for this account."""
        rows = self._db.execute(
            "SELECT folder, ref FROM messages WHERE account = ? UNION "
            "SELECT folder, ref FROM unreadable WHERE account = ?",
            (account, account),
        )
        return {(r[0], r[1]) for r in rows}

    def save_sync(
        self,
        account: str,
        cursor: str | None,
        messages: list[Message],
        unreadable: list[tuple[str, ...]],
        gone: list[tuple[str, str]],
        restarted: bool,
        now: datetime,
        reset_folders: list[str] | None = None,
    ) -> None:
        """Record one sync's results and its cursor together, so a crash loses neither."""
        with self.transaction() as db:
            if restarted:
                db.execute("DELETE FROM messages WHERE account = ?", (account,))
                db.execute("DELETE FROM unreadable WHERE account = ?", (account,))
            for folder in reset_folders or []:
                db.execute(
                    "DELETE FROM messages WHERE account = ? AND folder = ?", (account, folder)
                )
                db.execute(
                    "DELETE FROM unreadable WHERE account = ? AND folder = ?", (account, folder)
                )
            db.executemany(
                "INSERT OR REPLACE INTO messages VALUES (?, ?, ?, ?, ?)",
                [
                    (account, m.folder, m.ref, m.message_id, json.dumps(message_to_json(m)))
                    for m in messages
                ],
            )
            db.executemany(
                "INSERT OR REPLACE INTO unreadable VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (account, u[0], u[1], u[2], u[3] if len(u) > 3 else None, _stamp(now))
                    for u in unreadable
                ],
            )
            db.executemany(
                "DELETE FROM messages WHERE account = ? AND folder = ? AND ref = ?",
                [(account, f, r) for f, r in gone],
            )
            db.execute(
                "INSERT OR REPLACE INTO cursors VALUES (?, ?, ?)",
                (account, cursor, _stamp(now)),
            )

    def messages(self, account: str) -> list[Message]:
        rows = self._db.execute("SELECT parsed FROM messages WHERE account = ?", (account,))
        return [message_from_json(json.loads(r[0])) for r in rows]

    def has_message(self, account: str, message_id: str) -> bool:
        """Whether a message with this Message-ID was synced from the account."""
        row = self._db.execute(
            "SELECT 1 FROM messages WHERE account = ? AND message_id = ? LIMIT 1",
            (account, message_id),
        ).fetchone()
        return row is not None

    # --- failures ----------------------------------------------------------------------------

    def failures(self, account: str | None = None) -> list[Failure]:
        """Every message, thread and follow-up that could not be handled, oldest first."""
        rows = self._db.execute(
            "SELECT account, 'read', folder || '/' || ref, message_id, reason, '',"
            " coalesce(at, '') FROM unreadable WHERE ?1 IS NULL OR account = ?1 UNION ALL"
            " SELECT account, unit, key, message_id, reason, fingerprint, first_at FROM failures"
            " WHERE ?1 IS NULL OR account = ?1",
            (account,),
        )
        return sorted((Failure(*r) for r in rows), key=lambda f: (f.since, f.account, f.key))

    def replace_failures(
        self, account: str, unit: str, found: list[Failure], now: datetime
    ) -> None:
        """The account's failures of this unit are now exactly `found` (keeping when each was
        first seen): what works again is forgotten."""
        with self.transaction() as db:
            keep = {f.key for f in found}
            old = [
                r[0]
                for r in db.execute(
                    "SELECT key FROM failures WHERE account = ? AND unit = ?", (account, unit)
                )
            ]
            db.executemany(
                "DELETE FROM failures WHERE account = ? AND unit = ? AND key = ?",
                [(account, unit, k) for k in old if k not in keep],
            )
            db.executemany(
                "INSERT INTO failures VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT"
                " (account, unit, key) DO UPDATE SET message_id = excluded.message_id,"
                " reason = excluded.reason, fingerprint = excluded.fingerprint,"
                " last_at = excluded.last_at",
                [
                    (
                        account,
                        unit,
                        f.key,
                        f.message_id,
                        f.reason,
                        f.fingerprint,
                        _stamp(now),
                        _stamp(now),
                    )
                    for f in found
                ],
            )

    # --- named values ---

    def get(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def put(self, key: str, value: str | None, now: datetime) -> None:
        with self.transaction() as db:
            if value is None:
                db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                db.execute(
                    "INSERT OR REPLACE INTO meta VALUES (?, ?, ?)", (key, value, _stamp(now))
                )

    def put_many(self, values: dict[str, str | None], now: datetime) -> None:
        """Several named values at once, all or none (None deletes one)."""
        with self.transaction() as db:
            for key, value in values.items():
                if value is None:
                    db.execute("DELETE FROM meta WHERE key = ?", (key,))
                else:
                    db.execute(
                        "INSERT OR REPLACE INTO meta VALUES (?, ?, ?)", (key, value, _stamp(now))
                    )

    def drafts_since(
        self, since: datetime | None
    ) -> list[tuple[str, str, str | None, str, tuple[str, ...]]]:
        """(follow-up id, account, location, when, lint) of drafts written after `since`."""
        rows = self._db.execute(
            "SELECT followup_id, account, location, updated_at, lint FROM drafts"
            " WHERE state = 'written' AND updated_at > ? ORDER BY updated_at",
            (_stamp(since) if since else "",),
        )
        return [(r[0], r[1], r[2], r[3], tuple(json.loads(r[4]))) for r in rows]

    # --- what was inferred ---

    def save_facts(
        self,
        account: str,
        facts: list[tuple[str, bool, str, str | None, dict[str, Any]]],
        now: datetime,
    ) -> None:
        """Replace the account's inferred facts: (thread id, job?, category, company, details)."""
        with self.transaction() as db:
            db.execute("DELETE FROM facts WHERE account = ?", (account,))
            db.executemany(
                "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (account, tid, int(job), cat, company, json.dumps(details), _stamp(now))
                    for tid, job, cat, company, details in facts
                ],
            )

    def inferred(self, account: str, thread_id: str) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT inferred FROM facts WHERE account = ? AND thread_id = ?", (account, thread_id)
        ).fetchone()
        return json.loads(row[0]) if row else None

    # --- follow-ups --------------------------------------------------------------------------

    def save_followups(self, account: str, followups: list[Followup], now: datetime) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO followups (id, account, kind, thread_id, recipient, due_at, state,"
                " reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
                " SET due_at = excluded.due_at, state = excluded.state, reason = excluded.reason,"
                " thread_id = excluded.thread_id, updated_at = excluded.updated_at",
                [
                    (
                        f.id,
                        account,
                        f.kind,
                        f.thread_id,
                        f.to.email,
                        f.due_at.isoformat(),
                        f.state,
                        f.reason,
                        _stamp(now),
                    )
                    for f in followups
                ],
            )

    def carry_over(self, ids: dict[str, str]) -> None:
        """Give follow-ups their new ids ({legacy id: new id}): a draft recorded or a dismissal
        made under the old id counts for the new one."""
        if not ids:
            return
        with self.transaction() as db:
            for legacy, new in ids.items():
                db.execute(
                    "INSERT OR IGNORE INTO drafts (followup_id, account, message_id, state,"
                    " location, updated_at, lint) SELECT ?, account, message_id, state, location,"
                    " updated_at, lint FROM drafts WHERE followup_id = ?",
                    (new, legacy),
                )
                moved = db.execute(
                    "UPDATE followups SET dismissed = 1 WHERE id = ? AND EXISTS (SELECT 1 FROM"
                    " followups WHERE id = ? AND dismissed = 1)",
                    (new, legacy),
                )
                if moved.rowcount:  # moved, not copied: `dismiss --undo` on the new id holds
                    db.execute("UPDATE followups SET dismissed = 0 WHERE id = ?", (legacy,))

    def dismissed(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM followups WHERE dismissed = 1")}

    def dismiss(self, followup_id: str) -> bool:
        """Mark a follow-up not needed, for good; False when no follow-up has this id."""
        with self.transaction() as db:
            cur = db.execute("UPDATE followups SET dismissed = 1 WHERE id = ?", (followup_id,))
        return cur.rowcount == 1

    def undismiss(self, followup_id: str) -> bool:
        """Take a dismissal back; False when the follow-up was not dismissed (or is unknown)."""
        with self.transaction() as db:
            cur = db.execute(
                "UPDATE followups SET dismissed = 0 WHERE id = ? AND dismissed = 1", (followup_id,)
            )
        return cur.rowcount == 1

    def has_followup(self, followup_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM followups WHERE id = ?", (followup_id,)).fetchone()
        return row is not None

    # --- the drafts ledger -------------------------------------------------------------------

    def draft(self, followup_id: str) -> tuple[str, str, str | None] | None:
        """(state, message_id, location) of a follow-up's draft, or None if never attempted."""
        row = self._db.execute(
            "SELECT state, message_id, location FROM drafts WHERE followup_id = ?", (followup_id,)
        ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def draft_intent(
        self,
        account: str,
        followup_id: str,
        message_id: str,
        now: datetime,
        lint: tuple[str, ...] = (),
    ) -> None:
        """Record that a draft is about to be written (before writing it)."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO drafts (followup_id, account, message_id, state, location,"
                " updated_at, lint) VALUES (?, ?, ?, 'intent', NULL, ?, ?)",
                (followup_id, account, message_id, _stamp(now), json.dumps(list(lint))),
            )

    def draft_written(self, followup_id: str, location: str, now: datetime) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE drafts SET state = 'written', location = ?, updated_at = ?"
                " WHERE followup_id = ?",
                (location, _stamp(now), followup_id),
            )


def _stamp(when: datetime) -> str:
    """Timestamps are stored in UTC, so that they compare as text."""
    return when.astimezone(UTC).isoformat()


# Every public method speaks our error tree: an SQLite or file error becomes a StateError.
for _name, _method in list(vars(Store).items()):
    if callable(_method) and not _name.startswith("_") and _name != "transaction":
        setattr(Store, _name, translated(_method))
