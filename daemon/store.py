"""SQLite state: sync cursors, parsed messages, follow-ups and the drafts ledger.

WAL mode with a busy timeout, the schema versioned by `PRAGMA user_version` and migrated in
order. A draft is written exactly once: record the intent, write it, mark it written; after a
crash between the two, the next run finds the draft by its Message-ID instead of writing again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from daemon.errors import ConfigError
from daemon.model import Address, AttachmentInfo, Attendee, CalendarEvent, Followup, Message

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE cursors (account TEXT PRIMARY KEY, cursor TEXT, updated_at TEXT NOT NULL);
    CREATE TABLE messages (
        account TEXT NOT NULL, folder TEXT NOT NULL, ref TEXT NOT NULL,
        message_id TEXT NOT NULL, parsed TEXT NOT NULL,
        PRIMARY KEY (account, folder, ref));
    CREATE INDEX messages_by_id ON messages (account, message_id);
    CREATE TABLE unreadable (
        account TEXT NOT NULL, folder TEXT NOT NULL, ref TEXT NOT NULL, reason TEXT NOT NULL,
        PRIMARY KEY (account, folder, ref));
    CREATE TABLE followups (
        id TEXT PRIMARY KEY, account TEXT NOT NULL, kind TEXT NOT NULL, thread_id TEXT NOT NULL,
        recipient TEXT NOT NULL, due_at TEXT NOT NULL, state TEXT NOT NULL, reason TEXT NOT NULL,
        dismissed INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL);
    CREATE TABLE drafts (
        followup_id TEXT PRIMARY KEY, account TEXT NOT NULL, message_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('intent', 'written')),
        location TEXT, updated_at TEXT NOT NULL);
    """,
    # 2: what was inferred, per thread, with its evidence (for `explain` and the digest)
    """
    CREATE TABLE facts (
        account TEXT NOT NULL, thread_id TEXT NOT NULL, job_related INTEGER NOT NULL,
        category TEXT NOT NULL, company TEXT, inferred TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (account, thread_id));
    """,
    # 3: small named values: when the last digest went out, accounts needing re-authorisation
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);
    """,
    # 4: a draft's lint findings, for the digest
    """
    ALTER TABLE drafts ADD COLUMN lint TEXT NOT NULL DEFAULT '[]';
    """,
    # 5: the parser now keeps list mail apart and invitations' descriptions: read every message
    # again (the drafts ledger, follow-ups and dismissals stay)
    """
    DELETE FROM messages; DELETE FROM unreadable; DELETE FROM cursors;
    """,
)


class Store:
    """The state database. One per config; safe to open from one process at a time."""

    def __init__(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=10, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(f"cannot open the state database {path}: {exc}") from None
        self._db.execute("PRAGMA busy_timeout = 10000")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA foreign_keys = ON")
        self._migrate(path)

    def _migrate(self, path: Path) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise ConfigError(f"{path} was written by a newer followupd (schema {version})")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in filter(str.strip, script.split(";")):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")

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
        unreadable: list[tuple[str, str, str]],
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
                "INSERT OR REPLACE INTO unreadable VALUES (?, ?, ?, ?)",
                [(account, f, r, why) for f, r, why in unreadable],
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
                " updated_at = excluded.updated_at",
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

    def dismissed(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM followups WHERE dismissed = 1")}

    def dismiss(self, followup_id: str) -> bool:
        with self.transaction() as db:
            cur = db.execute("UPDATE followups SET dismissed = 1 WHERE id = ?", (followup_id,))
        return cur.rowcount == 1

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


# --- (de)serialising parsed messages ---------------------------------------------------------


def message_to_json(m: Message) -> dict[str, Any]:
    data = asdict(m)
    data["date"] = m.date.isoformat()
    for ev in data["events"]:
        ev["start"] = ev["start"].isoformat()
        ev["end"] = ev["end"].isoformat() if ev["end"] else None
    return data


def message_from_json(d: dict[str, Any]) -> Message:
    def addrs(values: list[dict[str, Any]]) -> tuple[Address, ...]:
        return tuple(Address(**v) for v in values)

    def event(e: dict[str, Any]) -> CalendarEvent:
        return CalendarEvent(
            uid=e["uid"],
            sequence=e["sequence"],
            method=e["method"],
            status=e["status"],
            start=datetime.fromisoformat(e["start"]),
            end=datetime.fromisoformat(e["end"]) if e["end"] else None,
            summary=e["summary"],
            organizer=Attendee(**e["organizer"]) if e["organizer"] else None,
            attendees=tuple(Attendee(**a) for a in e["attendees"]),
            recurring=e["recurring"],
            description=e.get("description", ""),
            location=e.get("location", ""),
        )

    return Message(
        account=d["account"],
        folder=d["folder"],
        ref=d["ref"],
        message_id=d["message_id"],
        subject=d["subject"],
        date=datetime.fromisoformat(d["date"]),
        sender=Address(**d["sender"]) if d["sender"] else None,
        to=addrs(d["to"]),
        cc=addrs(d["cc"]),
        reply_to=addrs(d["reply_to"]),
        in_reply_to=d["in_reply_to"],
        references=tuple(d["references"]),
        text=d["text"],
        events=tuple(event(e) for e in d["events"]),
        attachments=tuple(AttachmentInfo(**a) for a in d["attachments"]),
        automated=d["automated"],
        bulk=d.get("bulk", False),
        thread_hint=d["thread_hint"],
        in_sent_folder=d.get("in_sent_folder", False),
    )
