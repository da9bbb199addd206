"""The keys of a `gmail` account, read once and checked before anything runs."""

from __future__ import annotations

import ipaddress
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from daemon.config import Account, Config, account_option, reject_unknown_options
from daemon.errors import ConfigError

GOOGLE_ENDPOINT = "https://gmail.googleapis.com/"
DEFAULT_LOOKBACK_DAYS = 60
DEFAULT_OAUTH_PORT = 8089  # not 8765: the contract's example puts a test stand-in there
KEYS = {"client_secrets", "api_endpoint", "lookback_days", "allow_plaintext_keyring", "oauth_port"}


@dataclass(frozen=True)
class GmailOptions:
    """One gmail account's settings, with paths resolved against the config's folder."""

    account: str
    config_path: Path
    client_secrets: Path
    api_endpoint: str = GOOGLE_ENDPOINT
    lookback_days: int = DEFAULT_LOOKBACK_DAYS
    allow_plaintext_keyring: bool = False
    oauth_port: int = DEFAULT_OAUTH_PORT

    @property
    def batch_uri(self) -> str:
        """Where batches go. `service.new_batch_http_request()` would ignore `api_endpoint` and
        post to Google's host whatever the config says, so the URI is built here instead."""
        return self.api_endpoint + "batch/gmail/v1"

    @property
    def reauth_hint(self) -> str:
        """The command that fixes an authorisation problem, for error messages."""
        return f"followupd auth gmail {self.account} --config {self.config_path}"

    @classmethod
    def of(cls, account: Account, cfg: Config) -> GmailOptions:
        """Read and check the account's keys; `ConfigError` names the key and the file."""
        where = str(cfg.path)
        reject_unknown_options(account, KEYS, where)
        secrets = account_option(account, "client_secrets", str, where, required=True)
        endpoint = account_option(account, "api_endpoint", str, where, default=GOOGLE_ENDPOINT)
        lookback = account_option(
            account, "lookback_days", int, where, default=DEFAULT_LOOKBACK_DAYS
        )
        plaintext = account_option(account, "allow_plaintext_keyring", bool, where, default=False)
        port = account_option(account, "oauth_port", int, where, default=DEFAULT_OAUTH_PORT)
        key = f"{where}: 'accounts[{account.name}]."
        if not 1 <= lookback <= 36_500:
            raise ConfigError(f"{key}lookback_days' must be between 1 and 36500, got {lookback}")
        if not 1024 <= port <= 65_535:
            raise ConfigError(f"{key}oauth_port' must be a port from 1024 to 65535, got {port}")
        return cls(
            account=account.name,
            config_path=cfg.path,
            client_secrets=cfg.resolve(secrets),
            api_endpoint=_endpoint(endpoint, key),
            lookback_days=lookback,
            allow_plaintext_keyring=plaintext,
            oauth_port=port,
        )


def _endpoint(value: str, key: str) -> str:
    """The API's base URL with one trailing slash. Plain http only to this machine: a token
    sent in clear over a network is a token given away."""
    url = urllib.parse.urlsplit(value)
    if url.scheme not in ("https", "http") or not url.hostname or url.query or url.fragment:
        raise ConfigError(f"{key}api_endpoint' must be an http(s) URL, got {value!r}")
    if url.scheme == "http" and not _loopback(url.hostname):
        raise ConfigError(
            f"{key}api_endpoint' may use plain http only on this machine (127.0.0.1, ::1, "
            f"localhost), got {value!r}"
        )
    return value.rstrip("/") + "/"


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
