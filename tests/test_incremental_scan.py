"""A scan that reuses what earlier scans kept reports exactly what a fresh scan of the same
mailbox reports: on every labelled case and on generated mailboxes, after a first scan of part
of the mail, then mail added, moved, re-flagged and deleted, then a rescan; again with nothing
new (the kept plan); with the config's rules and profile changed, and back; and at a later
moment."""

from __future__ import annotations

import json
import os
import shutil
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from daemon.cli import scan_accounts
from daemon.config import load_config
from daemon.report import report_json
from tests.conftest import copy_tree, every_case_dir, write_config

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from make_mailbox import DEFAULT_USER, generate  # noqa: E402

NOW = "2026-03-18T11:00:00-05:00"
OTHER_CONFIG = (
    "\n[rules]\nthank_you_draft_after_hours = 5\nthank_you_within_hours = 48\n"
    "callback_grace_business_days = 4\n\n[profile]\n"
    'reasons = ["ten years running warehouse operations"]\nrecent_update = "a new certificate"\n'
)


def report(cfg: Path, now: str) -> dict[str, Any]:
    config = load_config(cfg)
    when = datetime.fromisoformat(now)
    found = report_json(scan_accounts(config, when, dry_run=True), when, config.user.tz)
    for d in found["drafts"]:
        d["location"] = None
    return found


def files(root: Path) -> list[Path]:
    out = [p for p in root.rglob("*") if p.is_file() and p.parent.name in ("cur", "new")]
    return sorted(out, key=lambda p: p.name)


def age(root: Path) -> None:
    """Every folder's times a minute old, as a mailbox is between two ticks."""
    old = datetime.now().timestamp() - 60
    for path in root.rglob("*"):
        if path.is_dir():
            os.utime(path, (old, old))


def changed_mail(full: Path, work: Path) -> list[Path]:
    """Copy most of `full` into `work` (the rest is added later), return what is held back."""
    every = files(full)
    held = every[len(every) * 4 // 5 :] if len(every) > 5 else every[-1:]
    copy_tree(full, work)
    for path in held:
        (work / path.relative_to(full)).unlink()
    return held


def check(full: Path, case: dict[str, Any], tmp: Path, now: str) -> None:
    fresh_box = copy_tree(full, tmp / "fresh" / "mailbox")
    want = report(write_config(case, fresh_box, tmp / "fresh"), now)

    box = tmp / "inc" / "mailbox"
    held = changed_mail(full, box)
    cfg = write_config(case, box, tmp / "inc")
    age(box)
    report(cfg, now)  # a first scan of part of the mail
    # a message moved to another folder (and back below), the rest added, one re-flagged
    subs = [box / sub for sub in ("cur", "new") if (box / sub).is_dir()]
    inbox = sorted(p for sub in subs for p in sub.iterdir())
    moved = next((p for p in inbox if p.parent.name == "cur"), None)
    if moved is not None:
        (box / ".Archive" / "cur").mkdir(parents=True, exist_ok=True)
        (box / ".Archive" / "new").mkdir(parents=True, exist_ok=True)
        (box / ".Archive" / "tmp").mkdir(parents=True, exist_ok=True)
        shutil.move(moved, box / ".Archive" / "cur" / moved.name)
    age(box)
    report(cfg, now)
    if moved is not None:
        shutil.move(box / ".Archive" / "cur" / moved.name, moved)
        shutil.rmtree(box / ".Archive")
    cur = sorted((box / "cur").iterdir()) if (box / "cur").is_dir() else []
    flagged = next((p for p in cur if p.name.endswith(":2,S")), None)
    if flagged is not None:
        flagged.rename(flagged.with_name(flagged.name[: -len(":2,S")] + ":2,RS"))
    for path in held:
        target = box / path.relative_to(full)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    age(box)
    assert report(cfg, now) == want  # mail added, moved back, re-flagged
    assert report(cfg, now) == want  # nothing new: the kept plan
    # the config changed (the rules' thresholds and the profile the drafts quote)
    write_config(case, box, tmp / "inc", OTHER_CONFIG)
    again_box = copy_tree(full, tmp / "f1" / "mailbox")
    assert report(cfg, now) == report(write_config(case, again_box, tmp / "f1", OTHER_CONFIG), now)
    write_config(case, box, tmp / "inc")
    assert report(cfg, now) == want
    later = (datetime.fromisoformat(now) + timedelta(days=3)).isoformat()
    again = copy_tree(full, tmp / "f2" / "mailbox")
    fresh_later = report(write_config(case, again, tmp / "f2"), later)
    assert report(cfg, later) == fresh_later


@pytest.mark.parametrize("case_dir", every_case_dir(), ids=lambda p: p.name)
def test_a_rescan_reports_what_a_fresh_scan_reports_on_the_cases(
    case_dir: Path, tmp_path: Path
) -> None:
    case = json.loads((case_dir / "case.json").read_text())
    check(case_dir / "mailbox", case, tmp_path, case["now"])


@pytest.mark.parametrize("seed", [3, 8])
def test_a_rescan_reports_what_a_fresh_scan_reports_on_generated_mail(
    seed: int, tmp_path: Path
) -> None:
    generate(tmp_path / "mb", 600, seed, datetime.fromisoformat(NOW), DEFAULT_USER)
    case = {"user": DEFAULT_USER}
    check(tmp_path / "mb", case, tmp_path, NOW)
