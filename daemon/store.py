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
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import structlog

from daemon.codec import (
    fingerprint,
    fingerprint_of,
    head_from_json,
    head_to_json,
    message_from_json,
    message_text,
)
from daemon.errors import ConfigError, StateError
from daemon.migrations import MIGRATIONS
from daemon.model import Followup, Message
from daemon.parse import PARSER_VERSION
from daemon.statefiles import private_file, private_folder, state_error, translated

log = structlog.get_logger(__name__)
PARSER_KEY = "parser_version"  # the version of the parser that stored the cached messages

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
        # what this process keeps between ticks (daemon/scan.py), checked against the database
        self.memo: dict[Any, Any] = {}
        # the daemon ticks again and again: what only a next tick would use is kept too (the
        # threads, daemon/thread_keep.py); a single scan keeps no more than it needs
        self.ticking = False
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
                self._reread_if_parser_changed()
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

    def _reread_if_parser_changed(self) -> None:
        """Messages stored by another version of the parser (daemon/parse.py PARSER_VERSION)
        are dropped with everything worked out from them (what could not be read, the kept
        inference, the plan) and the sync cursors, so the next sync reads the mail again. The
        drafts ledger, follow-ups with their dismissals, set-aside units (each is tried again
        when its fingerprint changes) and the digest's state stay."""
        if self.get(PARSER_KEY) == str(PARSER_VERSION):
            return
        with self.transaction() as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (PARSER_KEY,)).fetchone()
            if row is not None and row[0] == str(PARSER_VERSION):
                return  # another process did it meanwhile
            dropped = db.execute("SELECT count(*) FROM messages").fetchone()[0]
            db.execute("DELETE FROM messages")
            db.execute("DELETE FROM unreadable")
            db.execute("DELETE FROM thread_cache")
            db.execute("DELETE FROM calendar_cache")
            db.execute("DELETE FROM cursors")
            db.execute("DELETE FROM meta WHERE key LIKE 'snapshot:%' OR key LIKE 'inference:%'")
            db.execute("UPDATE generations SET n = n + 1")  # what rested on them is stale
            db.execute(
                "INSERT OR REPLACE INTO meta VALUES (?, ?, '')", (PARSER_KEY, str(PARSER_VERSION))
            )
        if dropped:
            log.info(
                "mail_read_again",
                reason="parser changed",
                was=row[0] if row else None,
                parser=PARSER_VERSION,
                messages=dropped,
            )

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
        self._closed = True

    def readable(self) -> Store:
        """This store, or once it is closed another connection to the same database: facts
        are loaded lazily (daemon/incremental.py), possibly after a command closed its store."""
        if not getattr(self, "_closed", False):
            return self
        again: Store | None = getattr(self, "_again", None)
        if again is None:
            again = self._again = Store(self.path)
        return again

    # --- sync state --------------------------------------------------------------------------

    def cursor(self, account: str) -> str | None:
        row = self._db.execute(
            "SELECT cursor FROM cursors WHERE account = ?", (account,)
        ).fetchone()
        return row[0] if row else None

    def known_refs(self, account: str, folder: str | None = None) -> set[tuple[str, str]]:
        """Every (folder, ref) already parsed or found unreadable for this account (or for one
        of its folders)."""
        rows = self._db.execute(
            "SELECT folder, ref FROM messages WHERE account = ?1 AND (?2 IS NULL OR folder = ?2)"
            " UNION SELECT folder, ref FROM unreadable WHERE account = ?1 AND (?2 IS NULL OR"
            " folder = ?2)",
            (account, folder),
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
            _insert_messages(db, account, messages)
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
            db.executemany(
                "DELETE FROM unreadable WHERE account = ? AND folder = ? AND ref = ?",
                [(account, f, r) for f, r in gone],
            )
            db.execute(
                "INSERT OR REPLACE INTO cursors VALUES (?, ?, ?)",
                (account, cursor, _stamp(now)),
            )
            if restarted or reset_folders or messages or unreadable or gone:
                _bump(db, account)

    def messages(self, account: str) -> list[Message]:
        rows = self._db.execute("SELECT parsed FROM messages WHERE account = ?", (account,))
        return [message_from_json(json.loads(r[0])) for r in rows]

    def save_messages(self, account: str, messages: list[Message]) -> None:
        """Cache a batch of parsed messages ahead of the sync's end (a first sync streams: its
        memory stays flat); `save_sync` records the cursor once every batch is in."""
        if not messages:
            return
        with self.transaction() as db:
            _insert_messages(db, account, messages)
            _bump(db, account)

    def forget(self, account: str, everything: bool, folders: list[str]) -> None:
        """Forget the account's cached mail (or these folders'), before a resync stores anew."""
        with self.transaction() as db:
            if everything:
                db.execute("DELETE FROM messages WHERE account = ?", (account,))
                db.execute("DELETE FROM unreadable WHERE account = ?", (account,))
            for folder in folders:
                db.execute(
                    "DELETE FROM messages WHERE account = ? AND folder = ?", (account, folder)
                )
                db.execute(
                    "DELETE FROM unreadable WHERE account = ? AND folder = ?", (account, folder)
                )
            _bump(db, account)

    def generation(self, account: str) -> int:
        """A count that moves whenever the account's cached mail changes."""
        row = self._db.execute("SELECT n FROM generations WHERE account = ?", (account,)).fetchone()
        return int(row[0]) if row else 0

    def heads(self, account: str, now: datetime) -> list[tuple[Message, str]]:
        """Every message dated up to `now` with only what threading and the rules' indexes read
        (no text, no invitations), and its fingerprint. Kept in memory between calls: only the
        rows added since are read (all again when any went)."""
        self._fill_heads(account)
        kept = self.memo.get(("heads", account))
        count = self._db.execute(
            "SELECT count(*), max(rowid) FROM messages WHERE account = ?", (account,)
        ).fetchone()
        if kept is None or kept[0] > count[0]:
            kept = [0, 0, [], {}, {}, {}]
        rows = self._db.execute(
            "SELECT head, fp, at, rowid FROM messages WHERE account = ? AND rowid > ?",
            (account, kept[1]),
        ).fetchall()
        if kept[0] + len(rows) != count[0]:  # some went, or were replaced: read all again
            kept = [0, 0, [], {}, {}, {}]
            rows = self._db.execute(
                "SELECT head, fp, at, rowid FROM messages WHERE account = ?", (account,)
            ).fetchall()
        found: list[tuple[Message, str, str]] = kept[2]
        pool = kept[4]  # the heads' addresses and identifiers, each held once
        added = [(head_from_json(account, json.loads(r[0]), pool), r[1], r[2]) for r in rows]
        found += added
        prints: dict[tuple[str, str], str] = kept[5]
        prints.update(((m.folder, m.ref), fp) for m, fp, _ in added)
        kept = [len(found), max([kept[1], *(r[3] for r in rows)]), found, kept[3], pool, prints]
        self.memo[("heads", account)] = kept
        until = _at(now)
        return [(m, fp) for m, fp, at in found if at <= until]

    def head_prints(self, account: str) -> dict[tuple[str, str], str]:
        """The fingerprint of each message `heads` returned (and of those it kept for later),
        by (folder, ref): kept with the heads, extended as they are."""
        kept = self.memo.get(("heads", account))
        if kept is None:
            return {}
        prints: dict[tuple[str, str], str] = kept[5]
        return prints

    def head_keys(self, account: str) -> dict[tuple[int, ...], str]:
        """A place to keep what is worked out from the heads `heads` returned, by the heads'
        identities: emptied whenever the heads are read anew (they are then new objects)."""
        kept = self.memo.get(("heads", account))
        if kept is None:
            return {}
        keys: dict[tuple[int, ...], str] = kept[3]
        return keys

    def later_than(self, account: str, now: datetime) -> list[str]:
        """The messages dated after `now` (left out until then), as folder/ref."""
        self._fill_heads(account)
        rows = self._db.execute(
            "SELECT folder || '/' || ref FROM messages WHERE account = ? AND at > ?"
            " ORDER BY folder, ref",
            (account, _at(now)),
        )
        return [r[0] for r in rows]

    def _fill_heads(self, account: str) -> None:
        # rows cached before schema 7 get their head, fingerprint and date when first needed
        if self.memo.get(("filled", account)):
            return
        self.memo[("filled", account)] = True
        rows = self._db.execute(
            "SELECT folder, ref, parsed FROM messages WHERE account = ? AND head IS NULL",
            (account,),
        ).fetchall()
        if not rows:
            return
        with self.transaction() as db:
            for folder, ref, parsed in rows:
                m = message_from_json(json.loads(parsed))
                db.execute(
                    "UPDATE messages SET head = ?, fp = ?, at = ? WHERE account = ? AND"
                    " folder = ? AND ref = ?",
                    (
                        json.dumps(head_to_json(m)),
                        fingerprint(m),
                        _at(m.date),
                        account,
                        folder,
                        ref,
                    ),
                )

    def load(self, account: str, keys: list[tuple[str, str]]) -> list[Message]:
        """These messages (folder, ref), whole, in this order."""
        out = []
        for folder, ref in keys:
            row = self._db.execute(
                "SELECT parsed FROM messages WHERE account = ? AND folder = ? AND ref = ?",
                (account, folder, ref),
            ).fetchone()
            if row is None:
                raise StateError(f"message {folder}/{ref} is no longer cached")
            out.append(message_from_json(json.loads(row[0])))
        return out

    # --- inference kept between scans (daemon/incremental.py) ---------------------------------

    def thread_entries(
        self, account: str, only: list[str] | None = None
    ) -> dict[str, tuple[int, list[list[str]], dict[str, Any], str]]:
        """{thread id: (position, members as [folder, ref], summary, the bulk as stored)}."""
        query = "SELECT thread_id, pos, members, summary, entry FROM thread_cache WHERE account = ?"
        if only is None:
            rows = self._db.execute(query, (account,)).fetchall()
        else:
            rows = []
            for tid in only:
                rows += self._db.execute(query + " AND thread_id = ?", (account, tid)).fetchall()
        return {r[0]: (r[1], json.loads(r[2]), json.loads(r[3]), r[4]) for r in rows}

    def thread_summaries(self, account: str) -> Iterator[tuple[str, int, dict[str, Any]]]:
        """(thread id, position, summary) of every kept thread, one at a time, without their
        bulk (read a thread at a time by `thread_bulk`, for the threads that need it)."""
        try:  # a generator: `translated` sees no more than its creation
            rows = self._db.execute(
                "SELECT thread_id, pos, summary FROM thread_cache WHERE account = ?", (account,)
            )
            for tid, pos, summary in rows:
                yield tid, pos, json.loads(summary)
        except sqlite3.Error as exc:
            raise state_error(exc, self.path) from exc

    def thread_members(
        self, account: str, thread_ids: list[str]
    ) -> dict[str, list[tuple[str, str]]]:
        """{thread id: its messages as (folder, ref)} of these kept threads."""
        out: dict[str, list[tuple[str, str]]] = {}
        for tid in thread_ids:
            row = self._db.execute(
                "SELECT members FROM thread_cache WHERE account = ? AND thread_id = ?",
                (account, tid),
            ).fetchone()
            if row is not None:
                out[tid] = [(folder, ref) for folder, ref in json.loads(row[0])]
        return out

    def thread_bulk(self, account: str, thread_id: str) -> str | None:
        """A kept thread's bulk as stored, or None when the thread is no longer kept."""
        row = self._db.execute(
            "SELECT entry FROM thread_cache WHERE account = ? AND thread_id = ?",
            (account, thread_id),
        ).fetchone()
        return None if row is None else str(row[0])

    def calendar_groups(self, account: str) -> dict[str, Any]:
        rows = self._db.execute(
            "SELECT key, entry FROM calendar_cache WHERE account = ?", (account,)
        )
        return {r[0]: json.loads(r[1]) for r in rows}

    def save_inference(
        self,
        account: str,
        threads: Iterable[tuple[str, int, list[list[str]], tuple[dict[str, Any], str] | None]],
        present: set[str],
        groups: dict[str, Any],
        used_groups: set[str],
        snapshot: dict[str, Any] | None,
    ) -> None:
        """Keep what this run inferred: (thread id, position, members, (summary, bulk) or None
        when only its position changed) for the threads that changed; the threads not
        `present` are forgotten."""
        with self.transaction() as db:
            old = [
                r[0]
                for r in db.execute(
                    "SELECT thread_id FROM thread_cache WHERE account = ?", (account,)
                )
            ]
            db.executemany(
                "DELETE FROM thread_cache WHERE account = ? AND thread_id = ?",
                [(account, t) for t in old if t not in present],
            )
            for tid, pos, members, entry in threads:
                if entry is None:
                    db.execute(
                        "UPDATE thread_cache SET pos = ? WHERE account = ? AND thread_id = ?",
                        (pos, account, tid),
                    )
                else:
                    db.execute(
                        "INSERT OR REPLACE INTO thread_cache VALUES (?, ?, ?, ?, ?, ?)",
                        (account, tid, pos, json.dumps(members), json.dumps(entry[0]), entry[1]),
                    )
            gone = [
                r[0]
                for r in db.execute("SELECT key FROM calendar_cache WHERE account = ?", (account,))
                if r[0] not in used_groups
            ]
            db.executemany(
                "DELETE FROM calendar_cache WHERE account = ? AND key = ?",
                [(account, k) for k in gone],
            )
            db.executemany(
                "INSERT OR REPLACE INTO calendar_cache VALUES (?, ?, ?)",
                [(account, k, json.dumps(v)) for k, v in groups.items()],
            )
            stamp = uuid.uuid4().hex
            db.execute(
                "INSERT OR REPLACE INTO meta VALUES (?, ?, '')", (f"inference:{account}", stamp)
            )
            self.memo[("inference", account)] = stamp
            key = f"snapshot:{account}"
            if snapshot is None:
                db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                db.execute(
                    "INSERT OR REPLACE INTO meta VALUES (?, ?, '')", (key, json.dumps(snapshot))
                )

    def snapshot(self, account: str) -> dict[str, Any] | None:
        """What the last plan of the account rests on (see daemon/scan.py), or None."""
        found = self.get(f"snapshot:{account}")
        return json.loads(found) if found else None

    def save_snapshot(self, account: str, snapshot: dict[str, Any]) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO meta VALUES (?, ?, '')",
                (f"snapshot:{account}", json.dumps(snapshot)),
            )

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

    def inferred_many(self, account: str, thread_ids: list[str]) -> list[dict[str, Any]]:
        """The kept facts (as the report shows them) of these threads, in this order; a thread
        with none kept is left out."""
        rows = dict(
            self._db.execute(
                "SELECT thread_id, inferred FROM facts WHERE account = ?", (account,)
            ).fetchall()
        )
        return [json.loads(rows[t]) for t in thread_ids if t in rows]

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

    def hold(self, account: str, latest: dict[str, datetime]) -> None:
        """The follow-ups this account holds now, each with the time of the latest message of
        its thread here; those it no longer holds are forgotten. Writes only what changed."""
        rows = {fid: _stamp(at) for fid, at in latest.items()}
        kept = dict(
            self._db.execute(
                "SELECT followup_id, latest_at FROM holders WHERE account = ?", (account,)
            ).fetchall()
        )
        if kept == rows:
            return
        with self.transaction() as db:
            db.executemany(
                "DELETE FROM holders WHERE account = ? AND followup_id = ?",
                [(account, fid) for fid in kept.keys() - rows.keys()],
            )
            db.executemany(
                "INSERT OR REPLACE INTO holders VALUES (?, ?, ?)",
                [(fid, account, at) for fid, at in rows.items() if kept.get(fid) != at],
            )

    def holders(self, ids: Iterable[str]) -> dict[str, dict[str, str]]:
        """For each of these follow-ups held by two accounts or more: every account that holds
        it, with the time (UTC, ISO 8601) of its thread's latest message there."""
        wanted = set(ids)
        out: dict[str, dict[str, str]] = {}
        for fid, account, at in self._db.execute(
            "SELECT followup_id, account, latest_at FROM holders WHERE followup_id IN"
            " (SELECT followup_id FROM holders GROUP BY followup_id HAVING count(*) > 1)"
        ):
            if fid in wanted:
                out.setdefault(fid, {})[account] = at
        return out

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

    def draft_account(self, followup_id: str) -> str | None:
        """The account a follow-up's draft was written to (or was about to be), or None."""
        row = self._db.execute(
            "SELECT account FROM drafts WHERE followup_id = ?", (followup_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def draft_again(
        self,
        account: str,
        followup_id: str,
        message_id: str,
        now: datetime,
        lint: tuple[str, ...] = (),
    ) -> None:
        """Record that a follow-up's draft is about to be written again (`followupd redraft`,
        once its earlier draft is gone from the mailbox): its record goes back to 'intent'
        with the new lint, so a crash before the write is finished by the next scan."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO drafts (followup_id, account, message_id, state, location,"
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


def _insert_messages(db: sqlite3.Connection, account: str, messages: list[Message]) -> None:
    rows = []
    for m in messages:
        text = message_text(m)  # stored, and its fingerprint: made once
        rows.append(
            (
                account,
                m.folder,
                m.ref,
                m.message_id,
                text,
                json.dumps(head_to_json(m)),
                fingerprint_of(text),
                _at(m.date),
            )
        )
    db.executemany(
        "INSERT OR REPLACE INTO messages (account, folder, ref, message_id, parsed, head, fp, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _bump(db: sqlite3.Connection, account: str) -> None:
    db.execute(
        "INSERT INTO generations VALUES (?, 1) ON CONFLICT (account) DO UPDATE SET n = n + 1",
        (account,),
    )


def _at(when: datetime) -> str:
    """A message's moment as text that sorts as the moments do (UTC, microseconds always)."""
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _stamp(when: datetime) -> str:
    """Timestamps are stored in UTC, so that they compare as text."""
    return when.astimezone(UTC).isoformat()


# Every public method speaks our error tree: an SQLite or file error becomes a StateError.
for _name, _method in list(vars(Store).items()):
    if callable(_method) and not _name.startswith("_") and _name != "transaction":
        setattr(Store, _name, translated(_method))
