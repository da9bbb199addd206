"""The `gmail` account type: the Gmail API through google-api-python-client.

    [[accounts]]
    name = "gmail"
    type = "gmail"
    client_secrets = "~/.config/followupd/client_secret.json"  # your own "Desktop app" client
    # lookback_days = 60             the first sync reads this far back
    # oauth_port = 8089              where `followupd auth gmail` listens on a headless machine
    # allow_plaintext_keyring = false   accept a keyring that keeps the token in a plain file
    # api_endpoint = "http://127.0.0.1:8765/"   tests only: a stand-in of the Gmail API

`followupd auth gmail NAME --config FILE` stores the token in the keyring; `open_gmail` is the
factory the CLI and the service call. Modules: `options` (the keys), `auth` (keyring and token),
`consent` (the authorisation flow), `api` (calls, batches, retries, quota), `source` (the sync
and the drafts).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from connectors.gmail.auth import check_keyring
from connectors.gmail.consent import authorize
from connectors.gmail.options import GmailOptions
from connectors.gmail.source import GmailSource
from daemon.config import Account, Config

__all__ = ["GmailSource", "authorize", "open_gmail"]


def open_gmail(
    account: Account, cfg: Config, clock: Callable[[], datetime] | None = None
) -> GmailSource:
    """A `GmailSource` from an `[[accounts]]` table of type "gmail". Checks the keys and the
    keyring now; the network is first used by the first call. `clock` is accepted for the
    registry's common signature and not used."""
    opts = GmailOptions.of(account, cfg)
    check_keyring(opts)
    return GmailSource(opts, cfg.user.emails)
