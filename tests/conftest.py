"""Shared fixtures: the contracts and corpora the repository carries, and a case mailbox copied
somewhere writable."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONTRACTS = ROOT / "tests" / "contracts"  # a copy of shared/contracts
CORPORA = ROOT / "tests" / "corpora"  # a copy of part of shared/corpora
CASES = CONTRACTS / "cases"  # the public labelled cases
OPEN_CASES = ROOT / "tests" / "cases" / "open"  # blind cases written for this project
KINDS_CASES = ROOT / "tests" / "cases" / "kinds"  # blind cases for every kind (KINDS.md)
VIGNETTES = ROOT / "tests" / "cases" / "vignettes"  # small blind cases, one meeting each
# the project's shared folder, when it is beside the checkout (only the copy check needs it)
SHARED = Path(os.environ.get("FOLLOWUPD_SHARED", ROOT.parent / "shared"))


def case_dirs() -> list[Path]:
    """Every labelled case the tests score: the public ones and the open blind ones; none found
    is an error, not a skip."""
    found = sorted(p.parent for p in CASES.glob("*/case.json"))
    found += sorted(p.parent for p in OPEN_CASES.glob("*/case.json"))
    if not found:
        raise RuntimeError(f"no labelled cases under {CASES} or {OPEN_CASES}")
    return found


def kinds_case_dirs() -> list[Path]:
    """The blind cases labelled for every kind of follow-up; none found is an error."""
    found = sorted(p.parent for p in KINDS_CASES.glob("*/case.json"))
    if not found:
        raise RuntimeError(f"no labelled cases under {KINDS_CASES}")
    return found


def vignette_dirs() -> list[Path]:
    """The blind vignettes (tests/cases/vignettes/<set>/<name>/): one meeting and what happened
    around it, each a mailbox of its own; none found is an error."""
    found = sorted(p.parent for p in VIGNETTES.glob("*/*/case.json"))
    if not found:
        raise RuntimeError(f"no vignettes under {VIGNETTES}")
    return found


def every_case_dir() -> list[Path]:
    """Every labelled mailbox, for the tests that check the code against itself on real-looking
    mail (cached against fresh, indexes against walks) rather than against the labels."""
    return case_dirs() + kinds_case_dirs()


def copy_tree(src: Path, dst: Path) -> Path:
    """Copy a read-only tree and make the copy writable."""
    shutil.copytree(src, dst)
    for path in [dst, *dst.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)
    return dst


def write_config(case: dict[str, Any], mailbox: Path, work: Path, extra: str = "") -> Path:
    user = case["user"]
    text = (
        "[user]\n"
        f"name = {json.dumps(user['name'])}\n"
        f"emails = {json.dumps(user['emails'])}\n"
        f"phone = {json.dumps(user.get('phone', ''))}\n"
        f"timezone = {json.dumps(user['timezone'])}\n\n"
        '[[accounts]]\nname = "local"\ntype = "maildir"\n'
        f"path = {json.dumps(str(mailbox))}\n\n"
        f"[state]\npath = {json.dumps(str(work / 'state.sqlite3'))}\n" + extra
    )
    cfg = work / "config.toml"
    cfg.write_text(text)
    return cfg


def scan(
    config: Path, now: str, *flags: str, timeout: int = 600
) -> subprocess.CompletedProcess[str]:
    """`followupd scan --json` in its own process, as a user (or the scorer) runs it."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "daemon.cli",
            "scan",
            "--config",
            str(config),
            "--now",
            now,
            "--json",
            *flags,
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def contracts() -> Path:
    return CONTRACTS
