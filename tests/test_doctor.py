"""`followupd doctor` as a scan-only user meets it: all OK without a service or a keyring when
none is used, the keyring judged by the same rule as `auth`, and `init` suggested when there is
no config yet."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import copy_tree

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "daemon" / "sample"


def doctor(config: Path, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "daemon.cli", "doctor", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "HOME": str(home), **env},
    )


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return copy_tree(SAMPLE, tmp_path / "sample")


def test_a_maildir_user_without_a_service_is_all_ok(sample: Path, tmp_path: Path) -> None:
    (sample).chmod(0o700)
    proc = doctor(sample / "config.toml", tmp_path / "home")
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0, proc.stdout
    assert all(ln.startswith("OK ") for ln in lines), lines
    assert not any(ln[5:].startswith("keyring") for ln in lines)  # no account keeps a secret
    assert any("service: not installed" in ln for ln in lines)


def test_an_installed_service_that_is_not_running_is_flagged(sample: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    unit = home / ".config" / "systemd" / "user" / "followupd.service"
    unit.parent.mkdir(parents=True)
    unit.write_text("[Service]\nExecStart=/bin/true\n")
    proc = doctor(sample / "config.toml", home)
    assert proc.returncode == 1
    assert any(ln.startswith("FIX") and "service" in ln for ln in proc.stdout.splitlines())


def test_a_missing_config_suggests_init(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "config.toml"
    proc = doctor(missing, tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.startswith(f"FIX  config {missing}: not found")
    assert f"followupd init --config {missing}" in proc.stdout


def imap_config(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '[user]\nname = "J"\nemails = ["j@example.net"]\ntimezone = "UTC"\n\n'
        '[[accounts]]\nname = "fm"\ntype = "imap"\nhost = "127.0.0.1"\nport = 1\n'
        f'security = "none"\nusername = "j"\n{extra}\n'
    )
    return path


def test_the_keyring_is_judged_by_the_rule_auth_uses(tmp_path: Path) -> None:
    plaintext = {"PYTHON_KEYRING_BACKEND": "tests.keyring_memory.PlaintextFileKeyring"}
    flagged = doctor(imap_config(tmp_path), tmp_path, **plaintext).stdout.splitlines()
    [keyring] = [i for i, ln in enumerate(flagged) if ln.startswith("FIX  keyring")]
    assert "plain file" in flagged[keyring] and "used by fm" in flagged[keyring]
    assert "password_env" in flagged[keyring + 1]
    # `auth imap` refuses the same keyring, with the same advice, before asking for anything
    auth = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "auth", "imap", "fm"]
        + ["--config", str(tmp_path / "config.toml")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "HOME": str(tmp_path), **plaintext},
        stdin=subprocess.DEVNULL,
    )
    assert auth.returncode == 3 and "plain file" in auth.stderr and "password_env" in auth.stderr
    # with the password from the environment, the keyring is not doctor's business
    env_only = doctor(imap_config(tmp_path, 'password_env = "FM_PASSWORD"'), tmp_path, **plaintext)
    assert not any(ln[5:].startswith("keyring") for ln in env_only.stdout.splitlines())
