"""Inference against the ground truth of generated mailboxes (bench/make_mailbox.py writes its
stories, then counts the meetings left unthanked and the callbacks due; written independently
of the inference code, with its own wording)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from make_mailbox import DEFAULT_USER, generate  # noqa: E402

NOW = "2026-03-18T11:00:00-05:00"


@pytest.mark.parametrize("seed", [4, 7, 11])
def test_follow_ups_match_the_generators_ground_truth(seed: int, tmp_path: Path) -> None:
    truth = generate(tmp_path / "mb", 800, seed, datetime.fromisoformat(NOW), DEFAULT_USER)
    (tmp_path / "c.toml").write_text(
        "[user]\n"
        + "".join(f"{k} = {json.dumps(v)}\n" for k, v in DEFAULT_USER.items())
        + '\n[[accounts]]\nname = "g"\ntype = "maildir"\npath = "mb"\n'
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "daemon.cli",
            "scan",
            "--config",
            str(tmp_path / "c.toml"),
            "--now",
            NOW,
            "--dry-run",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    owed = [
        f for f in json.loads(proc.stdout)["followups"] if f["state"] in ("due", "overdue", "stale")
    ]
    unthanked = {(f["thread"], f["due_at"]) for f in owed if f["kind"] == "thank_you"}
    callbacks = [f for f in owed if f["kind"] == "callback"]
    assert len(unthanked) == truth["unthanked_meetings"]
    assert len(callbacks) == truth["callbacks_due"]
