"""The service definitions: valid for their managers, and the repository's examples current."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from daemon import units

ROOT = Path(__file__).resolve().parents[1]
EXE = "/home/you/.local/share/followupd/venv/bin/followupd"


def test_the_examples_in_systemd_are_what_install_service_writes() -> None:
    unit = units.systemd_unit(
        EXE, Path("/home/you/.config/followupd/config.toml"), Path("/home/you/.config/followupd")
    )
    assert (ROOT / "systemd" / "followupd.service").read_text() == unit
    plist = units.launchd_plist(
        "/Users/you/.local/share/followupd/venv/bin/followupd",
        Path("/Users/you/.config/followupd/config.toml"),
        Path("/Users/you/Library/Logs/followupd"),
    )
    assert (ROOT / "systemd" / "io.followupd.agent.plist").read_bytes() == plist


def test_the_plist_parses_and_says_what_launchd_needs() -> None:
    data = plistlib.loads(units.launchd_plist(EXE, Path("/c.toml"), Path("/logs")))
    assert data["ProgramArguments"] == [EXE, "run", "--config", "/c.toml"]
    assert data["RunAtLoad"] is True and data["KeepAlive"] == {"SuccessfulExit": False}
    assert data["ThrottleInterval"] >= 10 and data["StandardErrorPath"].startswith("/logs/")


def test_the_unit_is_hardened_and_notifies() -> None:
    unit = units.systemd_unit(EXE, Path("/c/config.toml"), Path("/c"))
    for line in (
        "Type=notify",
        "Restart=on-failure",
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "ReadWritePaths=/c",
        "PrivateTmp=yes",
        "WatchdogSec=",
    ):
        assert line in unit


def test_systemd_analyze_verifies_the_unit(tmp_path: Path) -> None:
    """The unit verifies clean. CI installs systemd-analyze; a developer's Mac may lack it."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        assert not os.environ.get("CI"), "systemd-analyze is missing on CI (package systemd)"
        pytest.skip("systemd-analyze is not installed here")
    exe = tmp_path / "followupd"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    unit = tmp_path / "followupd.service"
    unit.write_text(units.systemd_unit(str(exe), tmp_path / "c.toml", tmp_path))
    proc = subprocess.run(
        [analyze, "verify", "--user", str(unit)], capture_output=True, text=True, timeout=60
    )
    problems = [ln for ln in proc.stderr.splitlines() if "followupd.service" in ln]
    assert problems == [], proc.stderr
