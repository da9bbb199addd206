"""`followupd auth gmail ACCOUNT`: the user's consent, obtained with their own Desktop-app client
through `InstalledAppFlow.run_local_server`, and the token put in the keyring."""

from __future__ import annotations

import sys
from typing import Any, TextIO

import keyring
from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError
from oauthlib.oauth2.rfc6749.errors import OAuth2Error  # type: ignore[import-untyped]

from connectors.gmail.api import connect
from connectors.gmail.auth import (
    SCOPES,
    check_keyring,
    has_browser,
    headless_prompt,
    load_client_config,
    write_token,
)
from connectors.gmail.options import GmailOptions
from daemon.config import Account, Config
from daemon.errors import AuthError, ConfigError

CONSENT_TIMEOUT = 600  # seconds to wait for the browser to come back
_BROWSER_PROMPT = (
    "Your browser should open Google's consent page. If it does not, open this URL:\n\n    {url}\n"
)
_SUCCESS = "followupd is authorised. You can close this tab and go back to the terminal."


def authorize(
    account: Account, cfg: Config, *, open_browser: bool | None = None, out: TextIO | None = None
) -> None:
    """Ask the user's consent for `gmail.readonly` and `gmail.compose` and store the token in
    the keyring. Opens a browser where there is one; elsewhere prints the URL, listens on
    `oauth_port` and says how to tunnel it. Raises `ConfigError` or `AuthError` saying why it
    could not."""
    out = out if out is not None else sys.stdout
    opts = GmailOptions.of(account, cfg)
    check_keyring(opts)  # before the user clicks through a consent that could not be kept
    flow = InstalledAppFlow.from_client_config(load_client_config(opts), scopes=list(SCOPES))
    browser = has_browser() if open_browser is None else open_browser
    # a local browser reaches any port; a tunnel needs one known in advance
    port = 0 if browser else opts.oauth_port
    try:
        creds = flow.run_local_server(
            host="localhost",
            bind_addr="127.0.0.1",
            port=port,
            open_browser=browser,
            authorization_prompt_message=_BROWSER_PROMPT
            if browser
            else headless_prompt(opts.oauth_port),
            success_message=_SUCCESS,
            timeout_seconds=CONSENT_TIMEOUT,
            access_type="offline",  # a refresh token, so the daemon can go on alone
            prompt="consent",  # Google sends a refresh token only on a fresh consent
        )
    except WSGITimeoutError:
        raise AuthError(
            f"no answer from the browser within {CONSENT_TIMEOUT // 60} minutes: run "
            f"`{opts.reauth_hint}` again"
        ) from None
    except OSError as exc:
        raise ConfigError(
            f"cannot listen on 127.0.0.1:{port} for Google's answer ({exc.strerror}); choose "
            f"another port with oauth_port in account '{account.name}'"
        ) from None
    except OAuth2Error as exc:
        reason = exc.description or exc.error
        raise AuthError(f"Google did not authorise followupd: {reason}") from None
    except Warning as exc:  # oauthlib raises this when fewer scopes were granted than asked
        granted = " ".join(getattr(exc, "new_scope", None) or []) or "none"
        raise AuthError(_scopes_missing(granted)) from None
    _check_grant(creds)
    api = connect(creds, opts)
    try:
        address = str(api.profile().get("emailAddress", "?"))
    finally:
        api.close()
    write_token(account.name, creds.to_json())
    backend = type(keyring.get_keyring()).__name__
    out.write(
        f"Authorised: account '{account.name}' reads the mailbox of {address}; its token is in "
        f"the keyring ({backend}), service 'followupd', user '{account.name}'.\n"
    )
    if address.lower() not in cfg.user.emails:
        out.write(
            f"Note: {address} is not in user.emails in {cfg.path}; add it, or mail sent from it "
            "will not count as yours.\n"
        )


def _check_grant(creds: Any) -> None:
    if not creds.refresh_token:
        raise AuthError(
            "Google sent no refresh token; remove followupd's access at "
            "https://myaccount.google.com/permissions and authorise again"
        )
    granted = creds.granted_scopes
    if isinstance(granted, str):
        granted = granted.split()
    if granted is not None and not set(SCOPES) <= set(granted):
        raise AuthError(_scopes_missing(" ".join(granted)))


def _scopes_missing(granted: str) -> str:
    return (
        "followupd needs both permissions, reading mail (gmail.readonly) and writing drafts "
        f"(gmail.compose), but was granted: {granted}. Authorise again and leave both ticked"
    )
