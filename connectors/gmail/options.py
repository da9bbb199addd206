"""The keys of a `gmail` account, read once and checked before anything runs."""

from __future__ import annotations

import ipaddress
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from daemon.config import Account, AccountKeys, Config

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
        keys = AccountKeys(account, where, KEYS)
        secrets = keys.get("client_secrets", str, default="", required=True)
        endpoint = keys.get("api_endpoint", str, default=GOOGLE_ENDPOINT)
        lookback = keys.get("lookback_days", int, default=DEFAULT_LOOKBACK_DAYS)
        plaintext = keys.get("allow_plaintext_keyring", bool, default=False)
        port = keys.get("oauth_port", int, default=DEFAULT_OAUTH_PORT)
        if not 1 <= lookback <= 36_500:
            keys.problem("lookback_days", f"must be between 1 and 36500, got {lookback}")
        if not 1024 <= port <= 65_535:
            keys.problem("oauth_port", f"must be a port from 1024 to 65535, got {port}")
        problem = _endpoint_problem(endpoint)
        if problem:
            keys.problem("api_endpoint", problem)
        keys.checked()
        return cls(
            account=account.name,
            config_path=cfg.path,
            client_secrets=cfg.resolve(secrets),
            api_endpoint=endpoint.rstrip("/") + "/",
            lookback_days=lookback,
            allow_plaintext_keyring=plaintext,
            oauth_port=port,
        )


def _endpoint_problem(value: str) -> str | None:
    """What is wrong with the API's base URL, or None. Plain http only to this machine: a token
    sent in clear over a network is a token given away."""
    url = urllib.parse.urlsplit(value)
    if url.scheme not in ("https", "http") or not url.hostname or url.query or url.fragment:
        return f"must be an http(s) URL, got {value!r}"
    if url.scheme == "http" and not _loopback(url.hostname):
        return f"may use plain http only on this machine (127.0.0.1, ::1, localhost), got {value!r}"
    return None


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
