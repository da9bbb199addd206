"""The `imap` account type: any IMAP server (Dovecot, Fastmail, Outlook, Gmail's IMAP...).

    [[accounts]]
    name = "work"
    type = "imap"
    host = "imap.fastmail.com"
    port = 993                 # default: 993 for "tls", 143 for "starttls" and "none"
    security = "tls"           # "tls" | "starttls" | "none" (only for a server on this machine)
    username = "jordan@fastmail.com"
    password_env = "FOLLOWUPD_IMAP_PASSWORD"   # else the keyring: `followupd auth imap work`
    lookback_days = 60         # how far back the first sync reads; 0 = everything
    tls_ca_file = "ca.pem"     # trust this CA instead of the system's (self-hosted servers)

The package: `settings` (keys, password), `connection` (sockets, TLS, login, error
translation), `folders` (what to read), `cursor` (per-folder sync state), `fetching` and
`structure` (reading only what the parser needs), `sync`, `drafts`, `watch` (IDLE or polling),
and `source`, which composes them into the `MailSource`.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from datetime import datetime

from connectors.imap.connection import Connection
from connectors.imap.settings import (
    ImapSettings,
    check_keyring_fit,
    settings_from_account,
    store_password,
)
from connectors.imap.source import ImapSource
from daemon.config import Account, Config
from daemon.errors import AuthError

__all__ = ["ImapSettings", "ImapSource", "authorize", "open_imap"]


def open_imap(
    account: Account, cfg: Config, clock: Callable[[], datetime] | None = None
) -> ImapSource:
    """An `ImapSource` from an `[[accounts]]` table of type "imap" (nothing is sent yet).
    `clock` is the run's clock (`--now`): the look-back window is counted from it."""
    return ImapSource(settings_from_account(account, cfg), clock=clock)


def authorize(account: Account, cfg: Config) -> None:
    """Ask for the password (or take it from `password_env`), prove it by logging in, and keep
    it in the keyring (service "followupd", user = the account's name). The password is never
    echoed, printed or logged. Raises AuthError when the login fails; nothing is stored then."""
    settings = settings_from_account(account, cfg)
    check_keyring_fit(settings)
    if settings.password_env and os.environ.get(settings.password_env):
        password = os.environ[settings.password_env]
    else:
        try:
            password = getpass.getpass(
                f"IMAP password for {settings.username} at {settings.host}: "
            )
        except (EOFError, KeyboardInterrupt):
            raise AuthError("no password given; nothing stored") from None
    if not password:
        raise AuthError("an empty password cannot be right; nothing stored")
    conn = Connection(settings, lambda: password)
    try:
        conn.client()  # logs in, or raises AuthError saying why not
    finally:
        conn.close()
    store_password(settings, password)
    # the CLI's own output: one line, the only thing this command prints
    print(
        f"Logged in to {settings.host} as {settings.username}; the password for account "
        f"'{settings.account}' is stored in the keyring (service followupd)."
    )
