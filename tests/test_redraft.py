"""`followupd redraft ID` on the bundled sample: written again only once the earlier draft is
gone from the Drafts folder, with the profile as it is now; never a second live copy."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import copy_tree

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "daemon" / "sample"
NOW = (SAMPLE / "NOW").read_text().strip()


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "daemon.cli", *args, "--config", str(home / "config.toml")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def drafts(home: Path) -> dict[str, Path]:
    """The draft files in the sample's Drafts folder, by follow-up id."""
    found = {}
    for path in (home / "mailbox" / ".Drafts" / "cur").iterdir():
        m = re.search(rb"X-Followupd-Followup: (\S+)", path.read_bytes())
        assert m is not None
        found[m.group(1).decode()] = path
    return found


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return copy_tree(SAMPLE, tmp_path / "sample")


def set_reasons(home: Path, reasons: str) -> None:
    config = home / "config.toml"
    text = config.read_text()
    config.write_text(re.sub(r"reasons = \[.*?\]\n", f"reasons = [{reasons}]\n", text, flags=re.S))


def test_nothing_is_written_while_the_earlier_draft_is_there(sample: Path) -> None:
    assert cli(sample, "scan", "--now", NOW).returncode == 0
    before = drafts(sample)
    target = sorted(before)[0]
    proc = cli(sample, "redraft", target, "--now", NOW)
    assert proc.returncode == 1
    assert "is still in your drafts" in proc.stdout and str(before[target]) in proc.stdout
    assert drafts(sample) == before


def test_a_deleted_draft_is_written_again_with_the_new_profile(sample: Path) -> None:
    assert cli(sample, "scan", "--now", NOW).returncode == 0
    target = next(fid for fid in sorted(drafts(sample)) if fid.startswith("thank_you"))
    drafts(sample)[target].unlink()
    set_reasons(sample, '"ran the night-shift dispatch desk for two years"')
    # a scan takes the deletion as the user's answer: nothing written
    assert cli(sample, "scan", "--now", NOW).returncode == 0
    assert target not in drafts(sample)
    proc = cli(sample, "redraft", target, "--now", NOW)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith(f"Wrote the draft of {target} again")
    written = drafts(sample)[target]
    assert str(written) in proc.stdout
    assert b"ran the night-shift dispatch desk for two years" in written.read_bytes()
    count = len(drafts(sample))
    # never a second copy: neither a scan nor another redraft
    assert cli(sample, "scan", "--now", NOW).returncode == 0
    assert cli(sample, "redraft", target, "--now", NOW).returncode == 1
    assert len(drafts(sample)) == count
    # the digest lists it among the drafts written
    digest = cli(sample, "digest", "--print", "--now", NOW).stdout
    assert "DRAFTS WRITTEN" in digest


def test_a_follow_up_never_drafted_is_drafted(sample: Path) -> None:
    report = json.loads(cli(sample, "scan", "--now", NOW, "--dry-run", "--json").stdout)
    target = next(f["id"] for f in report["followups"] if f["state"] in ("due", "overdue"))
    proc = cli(sample, "redraft", target, "--now", NOW)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert list(drafts(sample)) == [target]


def test_what_is_not_owed_is_not_drafted(sample: Path) -> None:
    report = json.loads(cli(sample, "scan", "--now", NOW, "--dry-run", "--json").stdout)
    owed = next(f["id"] for f in report["followups"] if f["state"] in ("due", "overdue"))
    assert cli(sample, "dismiss", owed).returncode == 0
    proc = cli(sample, "redraft", owed, "--now", NOW)
    assert proc.returncode == 1 and f"dismiss --undo {owed}" in proc.stdout
    unknown = cli(sample, "redraft", "thank_you-0000", "--now", NOW)
    assert unknown.returncode == 1 and "`followupd status` lists their ids" in unknown.stdout
    others = [f for f in report["followups"] if f["state"] in ("scheduled", "satisfied")]
    if others:
        proc = cli(sample, "redraft", others[0]["id"], "--now", NOW)
        assert proc.returncode == 1
        assert "nothing" in proc.stdout or "not due yet" in proc.stdout
    assert not (sample / "mailbox" / ".Drafts" / "cur").exists() or drafts(sample) == {}


def test_help_names_the_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "--help"], capture_output=True, text=True, cwd=ROOT
    ).stdout
    assert "redraft" in out
