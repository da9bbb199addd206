"""The state database's migrations."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from daemon.cli import scan_accounts
from daemon.config import load_config
from daemon.delivery import DAY_KEY, LAST_DIGEST_KEY
from daemon.parse import PARSER_VERSION
from daemon.report import report_json
from daemon.store import MIGRATIONS, PARSER_KEY, Store
from tests.conftest import CASES, copy_tree, write_config


def test_a_database_from_an_older_parser_reads_every_message_again(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    db = sqlite3.connect(path)
    for script in MIGRATIONS[:4]:
        db.executescript(script)
    db.execute("PRAGMA user_version = 4")
    db.execute("INSERT INTO cursors VALUES ('a', 'c1', 't')")
    db.execute("INSERT INTO messages VALUES ('a', 'INBOX', '1', '<m@x>', '{}')")
    db.execute("INSERT INTO drafts VALUES ('f1', 'a', '<d@x>', 'written', 'loc', 't', '[]')")
    db.commit()
    db.close()
    store = Store(path)
    try:
        assert store.cursor("a") is None and store.known_refs("a") == set()
        assert store.draft("f1") is not None  # the ledger stays: nothing is drafted twice
    finally:
        store.close()


# --- messages parsed by another version of the parser ---------------------------------------


def _scan(cfg_path: Path, now: str) -> dict[str, Any]:
    cfg = load_config(cfg_path)
    when = datetime.fromisoformat(now)
    found = report_json(scan_accounts(cfg, when, dry_run=False), when, cfg.user.tz)
    for d in found["drafts"]:
        d["location"] = None
    return found


def _count(path: Path, table: str) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        db.close()


def test_messages_stored_by_another_parser_are_read_again(tmp_path: Path) -> None:
    case_dir = CASES / "sample-analyst-chicago"
    case = json.loads((case_dir / "case.json").read_text())
    box = copy_tree(case_dir / "mailbox", tmp_path / "mailbox")
    cfg = write_config(case, box, tmp_path)
    state = tmp_path / "state.sqlite3"
    first = _scan(cfg, case["now"])
    drafts = sorted((box / ".Drafts" / "cur").iterdir())
    assert first["drafts"] and drafts
    for table in ("messages", "thread_cache", "cursors"):
        assert _count(state, table) > 0, table

    # as an older followupd left it: its parser's messages (here: without their words), a
    # message it could not read, a dismissal and the digest's state
    store = Store(state)
    try:
        owed = first["followups"][0]
        assert store.dismiss(owed["id"])
        store.put(LAST_DIGEST_KEY, "2026-03-01T08:00:00+00:00", datetime.now(UTC))
        store.put(DAY_KEY, "2026-03-01", datetime.now(UTC))
        store.put(PARSER_KEY, str(PARSER_VERSION - 1), datetime.now(UTC))
    finally:
        store.close()
    db = sqlite3.connect(state)
    rows = db.execute("SELECT folder, ref, parsed FROM messages ORDER BY 1, 2").fetchall()
    for folder, ref, parsed in rows:
        old = json.loads(parsed) | {"text": ""}
        db.execute(
            "UPDATE messages SET parsed = ? WHERE folder = ? AND ref = ?",
            (json.dumps(old), folder, ref),
        )
    db.execute("INSERT INTO unreadable VALUES ('local', 'INBOX', 'gone', 'bad', NULL, NULL)")
    ledger = db.execute("SELECT followup_id, state FROM drafts ORDER BY 1").fetchall()
    db.commit()
    db.close()

    store = Store(state)  # the new parser opens it
    try:
        assert store.get(PARSER_KEY) == str(PARSER_VERSION)
        assert store.cursor("local") is None and store.known_refs("local") == set()
        assert store.dismissed() == {owed["id"]}
        assert store.get(LAST_DIGEST_KEY) == "2026-03-01T08:00:00+00:00"
        assert store.get(DAY_KEY) == "2026-03-01"
    finally:
        store.close()
    for table in ("messages", "unreadable", "thread_cache", "calendar_cache", "cursors"):
        assert _count(state, table) == 0, table
    db = sqlite3.connect(state)
    assert db.execute("SELECT followup_id, state FROM drafts ORDER BY 1").fetchall() == ledger
    db.close()

    # the next scan reads the mail again, with this parser, and drafts nothing twice
    again = _scan(cfg, case["now"])
    db = sqlite3.connect(state)
    assert db.execute("SELECT folder, ref, parsed FROM messages ORDER BY 1, 2").fetchall() == rows
    db.close()
    assert sorted((box / ".Drafts" / "cur").iterdir()) == drafts
    assert [f for f in again["followups"] if f["id"] != owed["id"]] == [
        f for f in first["followups"] if f["id"] != owed["id"]
    ]
    assert next(f for f in again["followups"] if f["id"] == owed["id"])["state"] == "dismissed"


def test_messages_stored_by_this_parser_stay(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO cursors VALUES ('a', 'c1', 't')")
    db.execute(
        "INSERT INTO messages (account, folder, ref, message_id, parsed) VALUES"
        " ('a', 'INBOX', '1', '<m@x>', '{}')"
    )
    db.commit()
    db.close()
    store = Store(path)
    try:
        assert store.cursor("a") == "c1" and store.known_refs("a") == {("INBOX", "1")}
    finally:
        store.close()
