"""One registry of account types (connectors/__init__.py): the config check, `open_source`,
`auth`, argparse and `doctor` read it, so a new type is one connector and one entry."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

import connectors
from connectors import ACCOUNT_TYPES, AccountType, authorizable
from connectors.maildir import MaildirSource
from daemon import __version__
from daemon.cli import build_parser, open_source, scan_accounts
from daemon.config import Account, AccountKeys, Config, load_config
from daemon.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
USER = '[user]\nname = "J"\nemails = ["j@example.net"]\ntimezone = "UTC"\n\n'


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "daemon.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )


def test_every_entry_names_functions_that_exist() -> None:
    for kind in ACCOUNT_TYPES.values():
        for path in (kind.opens, kind.checks, kind.authorizes):
            if path is not None:
                assert callable(connectors._function(path)), path
    assert authorizable() == ["imap", "gmail"]


def test_the_config_accepts_the_registrys_types_and_names_them(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(USER + '[[accounts]]\ntype = "pop3"\n')
    with pytest.raises(ConfigError, match="must be one of maildir, imap, gmail, got 'pop3'"):
        load_config(path)


def test_auth_offers_and_explains_by_type(tmp_path: Path) -> None:
    help_text = cli("auth", "--help").stdout
    assert "{imap,gmail}" in help_text
    assert cli("auth", "maildir", "x").returncode == 2  # argparse: not a type with a login
    path = tmp_path / "config.toml"
    (tmp_path / "mail").mkdir()
    path.write_text(USER + '[[accounts]]\nname = "local"\ntype = "maildir"\npath = "mail"\n')
    proc = cli("auth", "imap", "local", "--config", str(path))
    assert proc.returncode == 2
    assert "account 'local' is of type 'maildir'" in proc.stderr
    assert "a maildir account needs no authorisation" in proc.stderr
    typo = cli("auth", "imap", "locl", "--config", str(path))
    assert "no account named 'locl' (did you mean 'local'?)" in typo.stderr


# --- a new type is one entry ---------------------------------------------------------------


def check_memory(account: Account, cfg: Config) -> Path:
    keys = AccountKeys(account, str(cfg.path), {"folder"})
    folder = keys.get("folder", str, default="", required=True)
    keys.checked()
    return cfg.resolve(folder)


def open_memory(
    account: Account, cfg: Config, clock: Callable[[], datetime] | None = None
) -> MaildirSource:
    return MaildirSource(account.name, check_memory(account, cfg))


def test_a_new_type_is_one_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entry = AccountType(
        name="memory",
        summary="a test type",
        opens=f"{__name__}:open_memory",
        checks=f"{__name__}:check_memory",
    )
    monkeypatch.setitem(ACCOUNT_TYPES, "memory", entry)
    path = tmp_path / "config.toml"
    path.write_text(USER + '[[accounts]]\nname = "m"\ntype = "memory"\nfoldr = "box"\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)  # its own keys are checked when the config is read
    assert "unknown key 'accounts[m].foldr' (did you mean 'accounts[m].folder'?)" in str(err.value)
    assert "missing key 'accounts[m].folder'" in str(err.value)
    path.write_text(USER + '[[accounts]]\nname = "m"\ntype = "memory"\nfolder = "box"\n')
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "box" / sub).mkdir(parents=True)
    cfg = load_config(path)
    assert isinstance(open_source(cfg.accounts[0], cfg), MaildirSource)
    [result] = scan_accounts(cfg, datetime.fromisoformat("2026-03-18T11:00:00+00:00"), True)
    assert result.account == "m" and result.error is None


def test_version_has_one_source() -> None:
    from importlib.metadata import version

    assert version("followupd") == __version__
    proc = cli("--version")
    assert proc.returncode == 0 and proc.stdout == f"followupd {__version__}\n"
    assert build_parser().prog == "followupd"
