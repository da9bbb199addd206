"""The state database's migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from daemon.store import MIGRATIONS, Store


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
