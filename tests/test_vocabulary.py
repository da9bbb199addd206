"""One vocabulary: a follow-up has the same state and the same deadline phrase in `scan`,
`status`, `explain` and the digest (a callback due a week ago is "due" everywhere, not "due"
in one place and "overdue" in another)."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from pathlib import Path

import pytest

import daemon.wording
from tests.conftest import copy_tree

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "daemon" / "sample"
NOW = (SAMPLE / "NOW").read_text().strip()


def followupd(home: Path, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "daemon.cli", *args, "--config", str(home / "config.toml")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return copy_tree(SAMPLE, tmp_path / "sample")


def test_the_wording_examples_hold() -> None:
    result = doctest.testmod(daemon.wording)
    assert result.attempted >= 4 and result.failed == 0


def test_every_command_says_a_follow_up_the_same_way(sample: Path) -> None:
    report = json.loads(followupd(sample, "scan", "--now", NOW, "--dry-run", "--json"))
    scan_text = followupd(sample, "scan", "--now", NOW, "--dry-run")
    status = followupd(sample, "status", "--now", NOW, "--cached").splitlines()
    digest = followupd(sample, "digest", "--print", "--now", NOW)
    owed = [f for f in report["followups"] if f["state"] in ("overdue", "due")]
    assert {f["state"] for f in owed} == {"overdue", "due"}  # both kinds of wording are tried
    assert any(f["kind"] == "callback" and f["state"] == "due" for f in owed)
    for f in owed:
        [at] = [i for i, line in enumerate(status) if line.endswith(f"id {f['id']}")]
        assert status[at].split()[0] == f["state"]  # the state as --json names it
        phrase = status[at + 1].strip()
        assert phrase.startswith(f["state"] + " since ")
        scan_lines = scan_text.splitlines()
        [row] = [
            i
            for i, ln in enumerate(scan_lines)
            if ln.split()[:1] == [f["state"]] and ln.endswith(f" to {f['to']}")
        ]
        assert scan_lines[row + 1].strip() == phrase
        assert phrase in digest
        company = next(t["company"] for t in report["threads"] if t["id"] == f["thread"])
        explained = followupd(sample, "explain", company, "--now", NOW)
        assert f"follow-up {f['id']} ({f['state']}): " in explained
        assert explained.split(f"follow-up {f['id']} ")[1].splitlines()[0].endswith(phrase)
    # the digest never calls "overdue" what the others call "due"
    callbacks = digest.split("CALLBACKS TO CHASE")[1].split("DRAFTS WRITTEN")[0]
    assert "overdue" not in callbacks and "due since" in callbacks
