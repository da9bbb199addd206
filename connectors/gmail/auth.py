"""The Gmail token: kept in the keyring, refreshed when stale, obtained by `followupd auth gmail`.

The token is the authorized-user JSON of `Credentials.to_json()`, stored under service
"followupd" with the account's name as user, never in a file beside the config. A keyring that
would keep it in a plain file is refused unless the account opts in, because the token reads all
of the user's mail.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.parse
import webbrowser
from typing import Any

import google.auth.exceptions
import google.auth.transport.requests
import keyring
import keyring.errors
import requests
import structlog
from google.oauth2.credentials import Credentials

from connectors.gmail.options import GmailOptions, _loopback
from connectors.keyrings import keyring_state
from daemon.errors import AuthError, ConfigError, TransientError

log = structlog.get_logger(__name__)

KEYRING_SERVICE = "followupd"
# Read mail and write drafts (compose also covers messages.send, for the digest). Nothing
# broader: no gmail.modify, no full mail.google.com access.
SCOPES = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
)
GOOGLE_TOKEN_URIS = frozenset(
    {
        "https://oauth2.googleapis.com/token",
        "https://accounts.google.com/o/oauth2/token",
        "https://www.googleapis.com/oauth2/v4/token",
    }
)


# --- the keyring ---------------------------------------------------------------------------


def check_keyring(opts: GmailOptions) -> None:
    """Refuse a keyring that cannot hold the token, or would keep it in plain text unless the
    account allows that (`allow_plaintext_keyring = true`). Raises `ConfigError` saying why."""
    ring = keyring_state()
    if not ring.stores:
        raise ConfigError(
            f"no keyring to keep account '{opts.account}''s Gmail token in (found {ring.name}): "
            "install and unlock one (GNOME Keyring or KWallet through the Secret Service, the "
            "macOS Keychain, Windows Credential Manager); `keyring --list-backends` shows what "
            "Python finds"
        )
    if ring.plaintext:
        if not opts.allow_plaintext_keyring:
            raise ConfigError(
                f"the only keyring here is {ring.name}, which keeps secrets in a file anyone who "
                f"can read your home folder can read, and account '{opts.account}''s token reads "
                "all your mail. Install a keyring service (see `keyring --list-backends`), or "
                "accept the risk with allow_plaintext_keyring = true in that [[accounts]] table "
                f"of {opts.config_path}"
            )
        log.warning("gmail_plaintext_keyring", account=opts.account, backend=ring.name)


def read_token(account: str) -> str | None:
    """The stored authorized-user JSON of `account`, or None if there is none."""
    try:
        stored: str | None = keyring.get_password(KEYRING_SERVICE, account)
    except keyring.errors.NoKeyringError as exc:
        raise ConfigError(f"no keyring to read account '{account}''s token from: {exc}") from exc
    except keyring.errors.KeyringError as exc:
        # a locked keyring, a D-Bus hiccup: it may work on the next try
        raise TransientError(f"cannot read the keyring for account '{account}': {exc}") from exc
    return stored


def write_token(account: str, token_json: str) -> None:
    """Store the authorized-user JSON of `account` in the keyring."""
    try:
        keyring.set_password(KEYRING_SERVICE, account, token_json)
    except keyring.errors.NoKeyringError as exc:
        raise ConfigError(f"no keyring to keep account '{account}''s token in: {exc}") from exc
    except keyring.errors.KeyringError as exc:
        raise TransientError(f"cannot write account '{account}''s token: {exc}") from exc


# --- credentials ---------------------------------------------------------------------------


def credentials_from(token_json: str | None, opts: GmailOptions) -> Credentials:
    """Credentials from the stored JSON; `AuthError` saying how to authorise if unusable."""
    if token_json is None:
        raise AuthError(
            f"no Gmail token for account '{opts.account}' in the keyring: run `{opts.reauth_hint}`"
        )
    try:
        info: dict[str, Any] = json.loads(token_json)
        creds: Credentials = Credentials.from_authorized_user_info(info)  # type: ignore[no-untyped-call]
    except (ValueError, TypeError, AttributeError) as exc:
        raise AuthError(
            f"the Gmail token stored for account '{opts.account}' is not usable "
            f"({exc.__class__.__name__}): run `{opts.reauth_hint}`"
        ) from None
    # from_authorized_user_info always sets Google's token endpoint; honour another one only
    # for a stand-in on this machine, so a tampered entry cannot send the refresh token away
    token_uri = info.get("token_uri")
    if isinstance(token_uri, str) and token_uri not in GOOGLE_TOKEN_URIS:
        host = urllib.parse.urlsplit(token_uri).hostname or ""
        api_host = urllib.parse.urlsplit(opts.api_endpoint).hostname or ""
        if not (_loopback(host) and _loopback(api_host)):
            raise AuthError(
                f"the Gmail token stored for account '{opts.account}' names an unexpected token "
                f"endpoint ({host or token_uri!r}): run `{opts.reauth_hint}`"
            )
        creds = creds.with_token_uri(token_uri)
    return creds


def refresh(creds: Credentials, opts: GmailOptions) -> None:
    """Get a fresh access token. A refused refresh (`invalid_grant`: revoked, or the 7-day
    expiry of a client in "Testing" status) is `AuthError`; a network or server failure at the
    token endpoint is `TransientError`."""
    if not creds.refresh_token:
        raise AuthError(
            f"the Gmail token of '{opts.account}' cannot be renewed: run `{opts.reauth_hint}`"
        )
    session = requests.Session()
    try:
        creds.refresh(google.auth.transport.requests.Request(session))  # type: ignore[no-untyped-call]
    except google.auth.exceptions.RefreshError as exc:
        raise refresh_failure(exc, opts) from None
    except google.auth.exceptions.TransportError as exc:
        raise TransientError(f"cannot reach Google's token endpoint: {exc}") from None
    finally:
        session.close()


def refresh_failure(
    exc: google.auth.exceptions.RefreshError, opts: GmailOptions
) -> AuthError | TransientError:
    """Our error for a failed token refresh, whoever attempted it."""
    if exc.retryable:  # the token endpoint had a 5xx or asked us to slow down
        return TransientError(f"Google's token endpoint failed: {_reason(exc)}")
    return AuthError(
        f"Google refused to renew the Gmail token of account '{opts.account}' ({_reason(exc)}); "
        f"it was revoked or expired (a client in 'Testing' status lasts 7 days): run "
        f"`{opts.reauth_hint}`"
    )


def _reason(exc: google.auth.exceptions.RefreshError) -> str:
    # args[0] is "error: description" from the token endpoint; never the token itself
    first = exc.args[0] if exc.args else ""
    return str(first)[:200] if isinstance(first, str) else exc.__class__.__name__


# --- `followupd auth gmail ACCOUNT` --------------------------------------------------------


def has_browser() -> bool:
    """Whether a browser can be opened here; an SSH session without a display has none that
    could reach Google's consent page, even if a text browser is installed."""
    over_ssh = bool(os.environ.get("SSH_CONNECTION") or os.environ.get("SSH_TTY"))
    display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if not display and (over_ssh or sys.platform.startswith("linux")):
        return False
    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True


def headless_prompt(port: int) -> str:
    """What to tell a user on a machine without a browser. Google retired the copy-paste
    (out-of-band) flow, so the redirect must reach this machine's port."""
    return (
        "Open this URL in a browser and allow followupd to read your mail and write drafts:\n\n"
        "    {url}\n\n"
        f"Google will then send your browser to http://localhost:{port}/ , where this command "
        "is waiting.\nIf the browser runs on another computer, first open a tunnel from that "
        "computer to this one:\n\n"
        f"    ssh -N -L {port}:127.0.0.1:{port} YOU@THIS-HOST\n\n"
        "then open the URL there. Waiting up to 10 minutes...\n"
    )


def load_client_config(opts: GmailOptions) -> dict[str, Any]:
    """The user's own OAuth client, of type "Desktop app"; `ConfigError` saying what is wrong."""
    path = opts.client_secrets
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"client_secrets file not found: {path} (download the JSON of an OAuth client of "
            "type 'Desktop app' from Google Cloud Console, APIs & Services, Credentials)"
        ) from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"cannot read client_secrets {path}: {exc}") from None
    if not isinstance(config, dict) or not isinstance(config.get("installed"), dict):
        kind = next(iter(config), "?") if isinstance(config, dict) else "?"
        raise ConfigError(
            f"{path} is not a 'Desktop app' OAuth client (it is of type {kind!r}); create one of "
            "type 'Desktop app': only that kind may redirect to this machine"
        )
    return config
