"""Mailbox connectors, and the one registry of account types.

Each connector implements `daemon.source.MailSource` for one kind of mailbox. `ACCOUNT_TYPES`
below is the only place a type is named: the config check, the CLI (`open_source`, `auth`,
argparse's choices) and `doctor` all read it. Adding a type is adding a connector package and
one `AccountType` entry here.

This module imports no connector: an entry names its functions as "module:function" and each is
imported when an account of that type is first used, so loading one connector never pulls in
another's dependencies (the core may read this table for the same reason).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from daemon.config import Account, Config
    from daemon.model import Message
    from daemon.source import MailSource


@dataclass(frozen=True)
class AccountType:
    """One kind of mailbox.

    `opens`, `checks` and `authorizes` are "module:function" paths, imported on first use:
    `checks(account, cfg)` reads the account's own keys without connecting and raises
    `ConfigError` listing every bad one; `opens(account, cfg, clock)` returns its `MailSource`;
    `authorizes(account, cfg)` is what `followupd auth TYPE NAME` runs (None: nothing to
    authorise). `keyring(options)` says whether the account keeps a secret in the keyring, and
    `web_url(message, user_email)` where the provider's web client shows a message's thread, if
    it has one."""

    name: str
    summary: str  # what it reads, for `--help` and `doctor`
    opens: str
    checks: str
    authorizes: str | None = None
    keyring: Callable[[dict[str, Any]], bool] = lambda options: False
    web_url: Callable[[Message, str], str | None] = lambda message, user_email: None

    def check(self, account: Account, cfg: Config) -> None:
        """Check the account's own keys (ConfigError naming each bad one)."""
        _function(self.checks)(account, cfg)

    def open(
        self, account: Account, cfg: Config, clock: Callable[[], datetime] | None = None
    ) -> MailSource:
        """The account's `MailSource` (nothing is sent over a network yet)."""
        source: MailSource = _function(self.opens)(account, cfg, clock)
        return source

    def authorize(self, account: Account, cfg: Config) -> None:
        """Store what the account needs to log in (the CLI checks `authorizes` first)."""
        if self.authorizes is None:
            raise ValueError(f"account type {self.name} has nothing to authorise")
        _function(self.authorizes)(account, cfg)


def _function(path: str) -> Callable[..., Any]:
    module, _, name = path.partition(":")
    found: Any = importlib.import_module(module)
    for part in name.split("."):  # "GmailOptions.of": a class's constructor method
        found = getattr(found, part)
    function: Callable[..., Any] = found
    return function


def _gmail_thread(message: Message, user_email: str) -> str | None:
    # the API's threadId is the hex form Gmail's web client uses; authuser picks the account
    if not message.thread_hint:
        return None
    return f"https://mail.google.com/mail/?authuser={user_email}#all/{message.thread_hint}"


def _gmail_imap_thread(message: Message, user_email: str) -> str | None:
    # only Gmail's IMAP gives X-GM-THRID (decimal); its web client wants the same id in hex
    if not (message.thread_hint and message.thread_hint.isdigit()):
        return None
    return f"https://mail.google.com/mail/?authuser={user_email}#all/{int(message.thread_hint):x}"


ACCOUNT_TYPES: dict[str, AccountType] = {
    t.name: t
    for t in (
        AccountType(
            name="maildir",
            summary="a local Maildir++ folder (kept by mbsync, offlineimap, Dovecot)",
            opens="connectors.maildir:open_maildir",
            checks="connectors.maildir:maildir_options",
        ),
        AccountType(
            name="imap",
            summary="any IMAP server (Fastmail, iCloud, Outlook, a company server, Gmail's IMAP)",
            opens="connectors.imap:open_imap",
            checks="connectors.imap.settings:settings_from_account",
            authorizes="connectors.imap:authorize",
            keyring=lambda options: not options.get("password_env"),
            web_url=_gmail_imap_thread,
        ),
        AccountType(
            name="gmail",
            summary="Gmail through its API (your own OAuth client)",
            opens="connectors.gmail:open_gmail",
            checks="connectors.gmail.options:GmailOptions.of",
            authorizes="connectors.gmail:authorize",
            keyring=lambda options: True,
            web_url=_gmail_thread,
        ),
    )
}


def account_type(name: str) -> AccountType:
    """The registry's entry for a type the config check has accepted."""
    return ACCOUNT_TYPES[name]


def authorizable() -> list[str]:
    """The types `followupd auth` works on."""
    return [t.name for t in ACCOUNT_TYPES.values() if t.authorizes is not None]
