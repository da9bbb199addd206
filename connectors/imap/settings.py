"""An `imap` account's keys, checked once, and where its password comes from.

Keys (`shared/contracts/config-accounts.toml` fixes the first five):

    host, port, security ("tls" | "starttls" | "none"), username, password_env,
    lookback_days   how far back a first sync reads (default 60; 0 reads the whole mailbox)
    tls_ca_file     a PEM file of certificates to trust instead of the system's (a self-signed
                    server at home); verification stays on either way
"""

from __future__ import annotations

import ipaddress
import os
import socket
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors

from connectors.keyrings import NO_KEYRING_ADVICE, keyring_state
from daemon.config import Account, AccountKeys, Config
from daemon.errors import AuthError, ConfigError

KEYRING_SERVICE = "followupd"
SECURITY = ("tls", "starttls", "none")
DEFAULT_PORTS = {"tls": 993, "starttls": 143, "none": 143}
DEFAULT_LOOKBACK_DAYS = 60
TIMEOUT_SECONDS = 30.0  # every connect and every read; a silent server is a dead one
_KEYS = {
    "host",
    "port",
    "security",
    "username",
    "password_env",
    "lookback_days",
    "tls_ca_file",
}


@dataclass(frozen=True)
class ImapSettings:
    """Everything needed to reach and log in to one IMAP account (never the password)."""

    account: str
    host: str
    port: int
    security: str
    username: str
    password_env: str | None = None
    lookback_days: int = DEFAULT_LOOKBACK_DAYS
    tls_ca_file: Path | None = None
    timeout: float = TIMEOUT_SECONDS
    config_path: str = "the config"  # for messages that tell the user what to run

    def __post_init__(self) -> None:
        if self.host.startswith("[") and self.host.endswith("]"):
            # "[::1]" as in a URL: the socket wants the bare address
            object.__setattr__(self, "host", self.host[1:-1])
        if self.security not in SECURITY:
            raise ConfigError(
                f"account '{self.account}': security must be one of {', '.join(SECURITY)}, "
                f"got {self.security!r}"
            )
        if self.security == "none" and not is_loopback(self.host):
            raise ConfigError(
                f"account '{self.account}': security = \"none\" would send your password "
                f"unencrypted to {self.host}; it is only allowed for a server on this machine "
                '(127.0.0.1, ::1, localhost). Use security = "tls" (port 993) or "starttls".'
            )
        if not 0 < self.port < 65536:
            raise ConfigError(f"account '{self.account}': port must be 1-65535, got {self.port}")
        if self.lookback_days < 0:
            raise ConfigError(f"account '{self.account}': lookback_days must not be negative")

    @property
    def where(self) -> str:
        """host:port, for messages."""
        return f"{self.host}:{self.port}"

    @property
    def auth_command(self) -> str:
        """The command that stores this account's password."""
        return f"followupd auth imap {self.account} --config {self.config_path}"


def settings_from_account(account: Account, cfg: Config) -> ImapSettings:
    """Read and check an `imap` account's keys; `ConfigError` names every bad key and the
    file."""
    where = str(cfg.path)
    keys = AccountKeys(account, where, _KEYS)
    security = keys.get("security", str, default="tls")
    if security not in SECURITY:
        keys.problem("security", f"must be one of {', '.join(SECURITY)}, got {security!r}")
        security = "tls"
    host = keys.get("host", str, default="", required=True).strip()
    if not host and "host" in account.options:
        keys.problem("host", "is empty")
    ca_file = keys.get("tls_ca_file", str)
    password_env = keys.get("password_env", str)
    port = keys.get("port", int, default=DEFAULT_PORTS[security])
    username = keys.get("username", str, default="", required=True)
    lookback = keys.get("lookback_days", int, default=DEFAULT_LOOKBACK_DAYS)
    keys.checked()
    try:
        return ImapSettings(
            account=account.name,
            host=host,
            port=port,
            security=security,
            username=username,
            password_env=password_env or None,
            lookback_days=lookback,
            tls_ca_file=cfg.resolve(ca_file) if ca_file else None,
            config_path=where,
        )
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and names that resolve only to those (localhost)."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    if host.rstrip(".").lower() != "localhost":
        # a DNS name could be pointed anywhere later: only the literal localhost is trusted
        return False
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(i[4][0]).is_loopback for i in infos)


def read_password(settings: ImapSettings) -> str:
    """The account's password: from `password_env` when set, else from the keyring."""
    if settings.password_env:
        value = os.environ.get(settings.password_env)
        if not value:
            raise AuthError(
                f"account '{settings.account}': the environment variable "
                f"{settings.password_env} (password_env) is not set or empty"
            )
        return value
    try:
        stored = keyring.get_password(KEYRING_SERVICE, settings.account)
    except keyring.errors.KeyringError as exc:
        raise AuthError(
            f"account '{settings.account}': cannot read the keyring ({exc.__class__.__name__}: "
            f"{exc}). Unlock the keyring, or {NO_KEYRING_ADVICE}"
        ) from exc
    if not stored:
        raise AuthError(
            f"account '{settings.account}': no password stored. Run: {settings.auth_command}"
        )
    password: str = stored
    return password


def store_password(settings: ImapSettings, password: str) -> None:
    """Keep the password in the keyring (service "followupd", user = account name)."""
    try:
        keyring.set_password(KEYRING_SERVICE, settings.account, password)
    except keyring.errors.KeyringError as exc:
        raise AuthError(
            f"account '{settings.account}': the password was right but cannot be stored in the "
            f"keyring ({exc.__class__.__name__}: {exc}). Unlock the keyring, or "
            f"{NO_KEYRING_ADVICE}"
        ) from exc


def check_keyring_fit(settings: ImapSettings) -> None:
    """Refuse, before any password is asked for, a keyring that cannot keep it or would keep it
    in a plain file (the same rule as `doctor` and the Gmail token's)."""
    ring = keyring_state()
    if ring.fit:
        return
    what = "keeps secrets in a plain file" if ring.plaintext else "cannot store a password"
    raise AuthError(
        f"account '{settings.account}': the keyring here ({ring.name}) {what}; nothing stored. "
        "Set password_env in the account's table and give the password by environment "
        '(README: "Passwords without a keyring"), or install and unlock a keyring service '
        "(GNOME Keyring, KWallet, the macOS Keychain)"
    )
