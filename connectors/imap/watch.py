"""Waiting for new mail between ticks: IDLE on the INBOX where offered, polling elsewhere.

Mail that came after the last sync but before the wait began is news too: IDLE reports only
what arrives while it runs, so the INBOX's UIDNEXT when the wait begins is compared with the
one the last sync saw (a message delivered while a tick was writing its drafts would otherwise
wait for the next poll).

IDLE (RFC 2177) is renewed at most every 10 minutes: servers may drop an IDLE after 30, and
NAT boxes forget quiet connections sooner. Each renewal's DONE must be answered within the read
timeout, which is the dead-connection check. A lost connection is re-made with exponential
back-off; once it is back, the wait ends with True, since mail may have come meanwhile.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import structlog
from imapclient import IMAPClient

from connectors.imap.connection import Connection
from connectors.imap.cursor import FolderState
from daemon.errors import TransientError

log = structlog.get_logger(__name__)

IDLE_RENEW_SECONDS = 600.0
POLL_SECONDS = 60.0
CHECK_SECONDS = 1.0  # how often a wait looks at `stop` while IDLE
BACKOFF_FIRST, BACKOFF_MAX = 1.0, 60.0
_NEWS = (b"EXISTS", b"RECENT")


class InboxWatcher:
    """Blocks until the INBOX may have changed, the time is up, or `stop` is set."""

    def __init__(
        self,
        conn: Connection,
        account: str,
        inbox: Callable[[], str],
        synced: Callable[[str], FolderState | None] = lambda _: None,
        poll_seconds: float = POLL_SECONDS,
        renew_seconds: float = IDLE_RENEW_SECONDS,
    ) -> None:
        self._conn = conn
        self._account = account
        self._inbox = inbox
        self._synced = synced
        self._poll_seconds = poll_seconds
        self._renew_seconds = min(renew_seconds, IDLE_RENEW_SECONDS)

    def wait(self, timeout: float, stop: threading.Event) -> bool:
        """True when new mail may be there (seen, or the connection was lost and re-made);
        False when `timeout` seconds passed quietly or `stop` was set. AuthError and
        ConfigError are raised: retrying cannot fix them."""
        deadline = time.monotonic() + timeout
        attempt = 0
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                self._conn.client()
                if attempt:
                    log.info("imap_reconnected", account=self._account, attempts=attempt)
                    return True
                if self._conn.has("IDLE"):
                    return self._idle(deadline, stop)
                return self._poll(deadline, stop)
            except TransientError as exc:
                self._conn.drop()
                attempt += 1
                delay = min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** (attempt - 1))
                log.warning(
                    "imap_reconnect",
                    account=self._account,
                    attempt=attempt,
                    delay=delay,
                    reason=str(exc),
                )
                stop.wait(max(0.0, min(delay, deadline - time.monotonic())))
        return attempt > 0 and not stop.is_set()

    def _idle(self, deadline: float, stop: threading.Event) -> bool:
        inbox = self._inbox()
        selected = self._conn.examine(inbox)
        if self._since_sync(inbox, selected.get(b"UIDVALIDITY"), selected.get(b"UIDNEXT")):
            self._conn.unselect()
            return True
        self._conn.run(f"waiting for mail in {inbox}", lambda c: c.idle())
        started = time.monotonic()
        try:
            while True:
                now = time.monotonic()
                if stop.is_set() or now >= deadline:
                    news = self._done(inbox)
                    break
                if now - started >= self._renew_seconds:
                    if self._done(inbox):
                        news = True
                        break
                    self._conn.run(f"waiting for mail in {inbox}", lambda c: c.idle())
                    started = time.monotonic()
                    log.info("imap_idle_renewed", account=self._account, folder=inbox)
                    continue
                wait = min(CHECK_SECONDS, deadline - now, self._renew_seconds - (now - started))
                if self._check(inbox, max(wait, 0.01)):
                    news = self._done(inbox) or True
                    break
        except BaseException:
            self._conn.drop()  # never leave a session half in IDLE for the next command
            raise
        self._conn.unselect()
        return news

    def _since_sync(self, inbox: str, uidvalidity: Any, uidnext: Any) -> bool:
        """Whether the INBOX holds mail the last sync did not see (or was renumbered since)."""
        seen = self._synced(inbox)
        if seen is None:
            return False
        try:
            news = int(uidvalidity) != seen.uidvalidity or int(uidnext) > seen.uidnext
        except (TypeError, ValueError):  # the server left one out: IDLE will tell
            return False
        if news:
            log.info("imap_mail_before_wait", account=self._account, folder=inbox)
        return news

    def _check(self, inbox: str, wait: float) -> bool:
        """Whether IDLE brought news within `wait` seconds."""

        def check(client: IMAPClient) -> list[Any]:
            responses: list[Any] = client.idle_check(timeout=wait)
            return responses

        began = time.monotonic()
        responses = self._conn.run(f"waiting for mail in {inbox}", check, counted=False)
        if _bye(responses):
            raise TransientError(f"{self._conn.settings.where} closed the connection (BYE)")
        if not responses and time.monotonic() - began < wait / 2:
            # imapclient reads a closed socket as "no news": woken early with nothing to read,
            # ask for DONE's answer, which fails at once on a dead connection
            if self._done(inbox):
                return True
            self._conn.run(f"waiting for mail in {inbox}", lambda c: c.idle())
            return False
        return _news(responses)

    def _done(self, inbox: str) -> bool:
        def done(client: IMAPClient) -> tuple[Any, list[Any]]:
            result: tuple[Any, list[Any]] = client.idle_done()
            return result

        _, responses = self._conn.run(f"waiting for mail in {inbox}", done, counted=False)
        if _bye(responses):
            raise TransientError(f"{self._conn.settings.where} closed the connection (BYE)")
        return _news(responses)

    def _poll(self, deadline: float, stop: threading.Event) -> bool:
        """No IDLE (Outlook and others): ask STATUS of the INBOX every `poll_seconds`."""
        inbox = self._inbox()
        self._conn.unselect()
        first = self._status(inbox)
        if self._since_sync(inbox, *first):
            return True
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or stop.wait(min(self._poll_seconds, remaining)):
                return False
            if self._status(inbox) != first:
                return True

    def _status(self, inbox: str) -> tuple[int, int]:
        def status(client: IMAPClient) -> dict[bytes, int]:
            response: dict[bytes, int] = client.folder_status(inbox, ["UIDVALIDITY", "UIDNEXT"])
            return response

        st = self._conn.run(f"checking {inbox}", status)
        return int(st.get(b"UIDVALIDITY", 0)), int(st.get(b"UIDNEXT", 0))


def _news(responses: list[Any]) -> bool:
    return any(isinstance(r, tuple) and len(r) >= 2 and r[1] in _NEWS for r in responses)


def _bye(responses: list[Any]) -> bool:
    return any(isinstance(r, tuple) and r and r[0] == b"BYE" for r in responses)
