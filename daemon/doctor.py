"""`followupd doctor`: each check on a line, OK or what to fix."""

from __future__ import annotations

import argparse
import platform
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

from connectors import account_type
from connectors.keyrings import NO_KEYRING_ADVICE, keyring_state
from daemon import units
from daemon.commands import Opener
from daemon.config import Config, load_config
from daemon.errors import ConfigError, FollowupdError
from daemon.failures import failure_lines
from daemon.service import REAUTH_KEY
from daemon.store import Store


def doctor(args: argparse.Namespace, opener: Opener) -> int:
    """Print every check; 0 when all are OK."""
    problems = 0

    def line(ok: bool, what: str, fix: str = "") -> None:
        nonlocal problems
        problems += not ok
        print(f"{'OK ' if ok else 'FIX'}  {what}" + (f"\n     -> {fix}" if fix and not ok else ""))

    path = Path(args.config).expanduser()
    if not path.exists():
        line(
            False,
            f"config {path}: not found",
            f"followupd init --config {path}   (asks a few questions and writes it)",
        )
        return 1
    try:
        cfg = load_config(path)
    except ConfigError as exc:
        line(False, "config", str(exc))
        return 1
    line(True, f"config {cfg.path}")
    keyring_line = _keyring(cfg)
    if keyring_line is not None:
        line(*keyring_line)
    for account in cfg.accounts:
        try:
            source = opener(account, cfg, None)
            changes = source.changes(None, lambda folder, ref: True)
            source.close()
            line(
                True,
                f"account {account.name} ({account.type}): reachable, cursor "
                f"{'ok' if changes.cursor is not None else 'none'}",
            )
        except FollowupdError as exc:
            line(False, f"account {account.name} ({account.type})", str(exc))
    try:
        store = Store(cfg.state_path)
        version = store.schema()
        reauth = [a.name for a in cfg.accounts if store.get(REAUTH_KEY.format(a.name))]
        failures = store.failures()
        store.close()
        line(True, f"state database {cfg.state_path} (schema {version})")
        line(*_private(cfg.state_path.parent))
        types = {a.name: a.type for a in cfg.accounts}
        for name in reauth:
            line(
                False,
                f"account {name} needs re-authorisation",
                f"followupd auth {types[name]} {name} --config {cfg.path}",
            )
        for text in failure_lines(failures):
            line(
                False,
                text,
                "nothing to do unless a message you care about is named: each is tried again "
                "when it changes; report a followupd bug with its reason (not the message)",
            )
    except (FollowupdError, sqlite3.Error) as exc:
        line(False, "state database", str(exc))
    local = datetime.now(cfg.user.tz)
    line(True, f"clock {local:%Y-%m-%d %H:%M %Z} in {cfg.user.timezone}")
    line(*_service_status())
    return 1 if problems else 0


def _private(folder: Path) -> tuple[bool, str, str]:
    """Whether the state folder (message text lives there) is closed to other users."""
    try:
        mode = folder.stat().st_mode & 0o777
    except OSError as exc:
        return False, f"state folder {folder}", f"cannot read it: {exc.strerror}"
    private = mode & 0o077 == 0
    return (
        private,
        f"state folder {folder} is {'private' if private else 'open to others'} (mode {mode:o})",
        f"chmod 700 {folder}",
    )


def _keyring(cfg: Config) -> tuple[bool, str, str] | None:
    """The keyring, judged only when an account keeps a secret in it, by the rule `auth` and
    the Gmail connector use (connectors/keyrings.py)."""
    users = [a for a in cfg.accounts if account_type(a.type).keyring(a.options)]
    if not users:
        return None
    try:
        ring = keyring_state()
    except Exception as exc:  # keyring's own import or backend errors
        return False, "keyring", f"keyring is not usable: {exc}"
    names = ", ".join(a.name for a in users)
    if not ring.stores:
        return (
            False,
            f"keyring: none that can store ({ring.name}); used by {names}",
            (NO_KEYRING_ADVICE),
        )
    consented = all(a.options.get("allow_plaintext_keyring") is True for a in users)
    if ring.plaintext and not consented:
        return (
            False,
            f"keyring {ring.name} keeps secrets in a plain file; used by {names}",
            "set password_env for an IMAP account and give the password by environment "
            '(README: "Passwords without a keyring"), or install and unlock a keyring service '
            "(GNOME Keyring, KWallet, the macOS Keychain)",
        )
    return True, f"keyring {ring.name} (used by {names})", ""


def _service_status() -> tuple[bool, str, str]:
    """Running, or not installed (fine: followupd then runs only when asked); installed and
    not running is a problem."""
    if platform.system() == "Darwin":
        unit = Path("~/Library/LaunchAgents").expanduser() / f"{units.LABEL}.plist"
        probe = ["launchctl", "list", units.LABEL]
    else:
        unit = Path("~/.config/systemd/user/followupd.service").expanduser()
        probe = ["systemctl", "--user", "is-active", "followupd.service"]
    if not unit.exists():
        return (
            True,
            "service: not installed (followupd runs when you run `scan`; "
            "`followupd install-service` runs it in the background)",
            "",
        )
    if shutil.which(probe[0]) is None:
        return False, f"service installed ({unit}) but no {probe[0]} to start it", ""
    proc = subprocess.run(probe, capture_output=True, text=True, timeout=10)
    running = proc.returncode == 0
    start = (
        f"launchctl bootstrap gui/$(id -u) {unit}"
        if probe[0] == "launchctl"
        else "systemctl --user enable --now followupd; journalctl --user -u followupd says why "
        "it stopped"
    )
    return running, f"service {'running' if running else 'installed, not running'}", start
