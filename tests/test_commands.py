"""The everyday commands on the bundled sample: status, explain, dismiss, doctor, init,
install-service."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from daemon.config import load_config
from tests.conftest import copy_tree

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "daemon" / "sample"
NOW = (SAMPLE / "NOW").read_text().strip()


def cli(
    *args: str, home: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    extra = ["--config", str(home / "config.toml")] if home else []
    return subprocess.run(
        [sys.executable, "-m", "daemon.cli", *args, *extra],
        capture_output=True,
        text=True,
        timeout=120,
        input=stdin,
    )


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return copy_tree(SAMPLE, tmp_path / "sample")


def test_status_lists_what_is_owed_first(sample: Path) -> None:
    out = cli("status", "--now", NOW, home=sample).stdout
    lines = [ln for ln in out.splitlines() if ln[:8].strip() in ("overdue", "due", "scheduled")]
    states = [ln.split()[0] for ln in lines]
    assert states == sorted(states, key=["overdue", "due", "scheduled"].index)
    assert any("leonie.kowalczyk@quarrystone-labs.test" in ln for ln in lines)


def test_explain_shows_the_evidence(sample: Path) -> None:
    cli("scan", "--now", NOW, "--dry-run", home=sample)
    out = cli("explain", "Quarrystone", "--now", NOW, home=sample).stdout
    assert "decision: job search (evidence weighs" in out and "job words" in out
    assert "meeting:" in out and "because" in out and "follow-up thank_you-" in out
    # a company's name finds its threads too, and each signal shows its weight
    assert "Quarrystone" in out and re.search(r"\+\d job words", out)
    # what shapes an owed thank-you's words: the kind of meeting, why, and what came since
    assert re.search(r"    words: [a-z ]+ \(because .+\); since the meeting: ", out)
    missing = cli("explain", "no such thread anywhere", "--now", NOW, home=sample)
    assert missing.returncode == 1 and "No thread matches" in missing.stdout


def test_a_dismissed_follow_up_stays_dismissed(sample: Path) -> None:
    report = json.loads(cli("scan", "--now", NOW, "--dry-run", "--json", home=sample).stdout)
    owed = [f for f in report["followups"] if f["state"] in ("due", "overdue")]
    target = owed[0]["id"]
    assert cli("dismiss", target, home=sample).returncode == 0
    again = json.loads(cli("scan", "--now", NOW, "--json", home=sample).stdout)
    states = {f["id"]: f["state"] for f in again["followups"]}
    assert states[target] == "dismissed"
    assert target not in {d["followup"] for d in again["drafts"]}
    assert len(again["drafts"]) == len(owed) - 1
    assert cli("dismiss", "thank_you-0000", home=sample).returncode == 1


def test_a_dismissal_can_be_taken_back(sample: Path) -> None:
    report = json.loads(cli("scan", "--now", NOW, "--dry-run", "--json", home=sample).stdout)
    target = next(f for f in report["followups"] if f["state"] in ("due", "overdue"))
    assert cli("dismiss", target["id"], home=sample).returncode == 0
    undone = cli("dismiss", "--undo", target["id"], home=sample)
    assert undone.returncode == 0 and "no longer dismissed" in undone.stdout
    again = json.loads(cli("scan", "--now", NOW, "--json", home=sample).stdout)
    states = {f["id"]: f["state"] for f in again["followups"]}
    assert states[target["id"]] == target["state"]
    assert target["id"] in {d["followup"] for d in again["drafts"]}
    twice = cli("dismiss", "--undo", target["id"], home=sample)
    assert twice.returncode == 0 and "was not dismissed" in twice.stdout
    assert cli("dismiss", "--undo", "thank_you-0000", home=sample).returncode == 1


def test_doctor_says_ok_or_what_to_fix(sample: Path) -> None:
    proc = cli("doctor", home=sample)
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("OK ") and "config" in lines[0]
    assert any(ln.startswith("OK ") and "account sample" in ln for ln in lines)
    assert any("state database" in ln for ln in lines)
    assert all(ln.startswith(("OK ", "FIX", "     ->")) for ln in lines)
    broken = sample / "broken.toml"
    broken.write_text("[user]\nname = 1\n")
    bad = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "doctor", "--config", str(broken)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 1 and bad.stdout.startswith("FIX  config")


def test_init_writes_a_config_followupd_accepts(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "config.toml"
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Maildir" / sub).mkdir(parents=True)
    proc = cli(
        "init",
        "--config",
        str(path),
        "--name",
        "Jordan Lee",
        "--email",
        "jordan@example.net, j.lee@example.org",
        "--timezone",
        "Europe/Berlin",
        "--phone",
        "+49 30 1234",
        "--maildir",
        str(tmp_path / "Maildir"),
        stdin="",
    )
    assert proc.returncode == 0, proc.stderr
    cfg = load_config(path)
    assert cfg.user.emails == ("jordan@example.net", "j.lee@example.org")
    assert cfg.user.timezone == "Europe/Berlin" and cfg.accounts[0].type == "maildir"
    again = cli("init", "--config", str(path), "--name", "X", stdin="")
    assert again.returncode == 2 and "exists" in again.stderr


def test_install_service_prints_a_unit_with_absolute_paths(sample: Path) -> None:
    unit = cli("install-service", "--print", home=sample).stdout
    assert "Type=notify" in unit
    exec_line = next(ln for ln in unit.splitlines() if ln.startswith("ExecStart="))
    assert f"run --config {sample / 'config.toml'}" in exec_line
    assert exec_line.split("=", 1)[1].startswith("/")
    plist = cli("install-service", "--print", "--launchd", home=sample).stdout
    assert "<key>RunAtLoad</key>" in plist
