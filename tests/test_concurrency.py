"""Exactly once across processes: two `scan`s and a `run` started together on each connector
write each draft once (tests/concurrency.py). The suite runs a few trials per connector
(FOLLOWUPD_CONCURRENCY_TRIALS to change it); bench/concurrency.py runs the 20 of issue 9."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.concurrency import CONNECTORS, run_trial
from tests.dovecot import DovecotServer

TRIALS = int(os.environ.get("FOLLOWUPD_CONCURRENCY_TRIALS", "2"))
EXPECTED = 5  # drafts the case owes at its `now` (tests/test_hostile.py finds the same alone)


@pytest.fixture(scope="module")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DovecotServer]:
    server = DovecotServer(tmp_path_factory.mktemp("dovecot"))
    server.start()
    yield server
    server.stop()


@pytest.mark.parametrize("connector", CONNECTORS)
def test_two_scans_and_a_run_write_each_draft_once(
    connector: str, dovecot: DovecotServer, tmp_path: Path
) -> None:
    for n in range(TRIALS):
        trial = run_trial(connector, tmp_path / f"t{n}", dovecot)
        assert trial.exit_codes == (0, 0, 0), trial
        assert set(trial.drafts.values()) == {1}, trial.drafts
        assert len(trial.drafts) == EXPECTED


OPEN = """
import sys
from pathlib import Path
from daemon.store import Store
Store(Path(sys.argv[1])).close()
"""


def test_a_new_database_opened_by_many_processes_at_once_is_migrated_once(
    tmp_path: Path,
) -> None:
    """Before: `table cursors already exists`, `duplicate column name: lint`."""
    for n in range(5):
        path = tmp_path / f"s{n}" / "state.sqlite3"
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", OPEN, str(path)], stderr=subprocess.PIPE, text=True
            )
            for _ in range(6)
        ]
        errors = [p.communicate(timeout=60)[1] for p in procs]
        assert [p.returncode for p in procs] == [0] * 6, errors
        from daemon.migrations import MIGRATIONS

        db = sqlite3.connect(path)
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        db.close()
