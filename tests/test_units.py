"""The service definitions: valid for their managers, and the repository's examples current."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from daemon import units
from daemon.config import load_config

ROOT = Path(__file__).resolve().parents[1]
EXE = "/home/you/.local/share/followupd/venv/bin/followupd"


def test_the_examples_in_systemd_are_what_install_service_writes() -> None:
    unit = units.systemd_unit(
        EXE,
        Path("/home/you/.config/followupd/config.toml"),
        Path("/home/you/.config/followupd"),
        [Path("/home/you/Maildir")],
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


def _analyze() -> str:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        assert not os.environ.get("CI"), "systemd-analyze is missing on CI (package systemd)"
        pytest.skip("systemd-analyze is not installed here")
    return analyze


def _config(tmp_path: Path) -> Path:
    """A config with a Maildir, an IMAP and a Gmail account (a space in the Maildir's path)."""
    (tmp_path / "Mail box").mkdir()
    (tmp_path / "Other").mkdir()
    config = tmp_path / "conf" / "config.toml"
    config.parent.mkdir()
    config.write_text(
        '[user]\nname = "J"\nemails = ["j@example.net"]\ntimezone = "UTC"\n\n'
        f'[[accounts]]\nname = "local"\ntype = "maildir"\npath = "{tmp_path / "Mail box"}"\n\n'
        '[[accounts]]\nname = "second"\ntype = "maildir"\npath = "../Other"\n\n'
        '[[accounts]]\nname = "work"\ntype = "imap"\nhost = "imap.example.net"\n'
        'username = "j"\n\n'
        '[[accounts]]\nname = "gm"\ntype = "gmail"\nclient_secrets = "secrets.json"\n\n'
        f'[state]\npath = "{tmp_path / "state" / "followupd.sqlite3"}"\n'
    )
    return config


def _exposure(analyze: str, unit: Path) -> float:
    proc = subprocess.run(
        [analyze, "security", "--offline=true", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    found = re.search(r"Overall exposure level for \S+: ([0-9.]+)", proc.stdout)
    assert found, proc.stdout[-2000:] + proc.stderr[-2000:]
    return float(found.group(1))


def test_the_unit_for_every_account_type_is_hardened_and_writes_only_where_it_must(
    tmp_path: Path,
) -> None:
    """systemd-analyze rates the unit 4.0 or lower (7.8 "EXPOSED" before), while each Maildir
    account's folder and the state folder stay writable and the network stays on (IMAP,
    Gmail)."""
    analyze = _analyze()
    cfg = load_config(_config(tmp_path))
    exe = tmp_path / "followupd"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    text = units.unit_for(str(exe), cfg)
    unit = tmp_path / "followupd.service"
    unit.write_text(text)
    assert _exposure(analyze, unit) <= 4.0
    writable = next(ln for ln in text.splitlines() if ln.startswith("ReadWritePaths="))
    assert f'"{tmp_path / "Mail box"}"' in writable
    assert str(tmp_path / "Other") in writable
    assert str(tmp_path / "state") in writable
    assert "PrivateNetwork" not in text
    assert "AF_INET AF_INET6" in text and "UMask=0077" in text
    proc = subprocess.run(
        [analyze, "verify", "--user", str(unit)], capture_output=True, text=True, timeout=60
    )
    assert [ln for ln in proc.stderr.splitlines() if "followupd.service" in ln] == []


def test_a_maildir_only_unit_has_no_network(tmp_path: Path) -> None:
    analyze = _analyze()
    (tmp_path / "Mail").mkdir()
    config = tmp_path / "config.toml"
    config.write_text(
        '[user]\nname = "J"\nemails = ["j@example.net"]\ntimezone = "UTC"\n\n'
        '[[accounts]]\nname = "local"\ntype = "maildir"\npath = "Mail"\n'
    )
    text = units.unit_for("/usr/bin/followupd", load_config(config))
    unit = tmp_path / "followupd.service"
    unit.write_text(text)
    assert "PrivateNetwork=yes" in text and "RestrictAddressFamilies=AF_UNIX\n" in text
    assert f"ReadWritePaths={tmp_path} {tmp_path / 'Mail'}" in text
    assert _exposure(analyze, unit) < 1.5


def test_the_template_unit_runs_one_instance_per_config_as_hardened(tmp_path: Path) -> None:
    """`followupd@NAME` reads ~/.config/followupd/NAME/config.toml; rated as the single unit;
    its drop-in makes the instance's Maildirs writable and cuts the network when it can."""
    text = units.template_unit(EXE)
    assert (ROOT / "systemd" / "followupd@.service").read_text() == text
    assert "run --config %E/followupd/%i/config.toml" in text
    assert "ReadWritePaths=%E/followupd/%i\n" in text
    analyze = _analyze()
    unit = tmp_path / "followupd@alex.service"
    unit.write_text(text)
    assert _exposure(analyze, unit) <= 4.0
    (tmp_path / "Mail").mkdir()
    config = tmp_path / "config.toml"
    config.write_text(
        '[user]\nname = "J"\nemails = ["j@example.net"]\ntimezone = "UTC"\n\n'
        '[[accounts]]\nname = "local"\ntype = "maildir"\npath = "Mail"\n'
    )
    dropin = units.instance_dropin(load_config(config))
    assert f"ReadWritePaths={tmp_path / 'Mail'}\n" in dropin
    no_network = "PrivateNetwork=yes\nRestrictAddressFamilies=\nRestrictAddressFamilies=AF_UNIX\n"
    assert no_network in dropin
