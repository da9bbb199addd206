"""`followupd doctor`: each check on a line, OK or what to fix."""

from __future__ import annotations

import argparse
import platform
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

from daemon import units
from daemon.commands import Opener
from daemon.config import load_config
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

    try:
        cfg = load_config(Path(args.config))
    except ConfigError as exc:
        line(False, "config", str(exc))
        return 1
    line(True, f"config {cfg.path}")
    try:
        import keyring

        backend = keyring.get_keyring()
        name = f"{backend.__class__.__module__}.{backend.__class__.__name__}"
        plaintext = "plaintext" in name.lower() or "fail" in name.lower()
        line(
            not plaintext,
            f"keyring backend: {name}",
            "install a real keyring (GNOME Keyring, KWallet, macOS Keychain) or the "
            "keyrings.alt encrypted backend; tokens must not sit in plain files",
        )
    except Exception as exc:  # keyring's own import or backend errors
        line(False, "keyring", f"keyring is not usable: {exc}")
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
        for name in reauth:
            line(
                False,
                f"account {name} needs re-authorisation",
                f"followupd auth <imap|gmail> {name} --config {cfg.path}",
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
    return (
        mode & 0o077 == 0,
        f"state folder {folder} is private (mode {mode:o})",
        f"others can read it: chmod 700 {folder}",
    )


def _service_status() -> tuple[bool, str, str]:
    if platform.system() == "Darwin":
        probe = ["launchctl", "list", units.LABEL]
    else:
        probe = ["systemctl", "--user", "is-active", "followupd.service"]
    if shutil.which(probe[0]) is None:
        return (
            False,
            "service: cannot tell (no " + probe[0] + ")",
            "run `followupd install-service` on the machine that keeps your mail",
        )
    proc = subprocess.run(probe, capture_output=True, text=True, timeout=10)
    running = proc.returncode == 0
    return (
        running,
        f"service {'running' if running else 'not running'}",
        "followupd install-service (then the command it prints)",
    )
