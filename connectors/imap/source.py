"""`ImapSource`: the `MailSource` port over IMAP, composed of the small pieces of this package.

`Connection` talks to the server; `plan_folders` decides what to read; `MailboxReader` syncs;
`DraftBox` writes; `InboxWatcher` waits for news. This class only wires them together and retries
an operation once when a session kept from an earlier call turns out to be dead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

import structlog
from imapclient import IMAPClient

from connectors.imap.connection import Connection
from connectors.imap.cursor import make_ref, parse_ref
from connectors.imap.drafts import DraftBox, check_message_id
from connectors.imap.folders import FolderMap, ListEntry, plan_folders
from connectors.imap.settings import ImapSettings, read_password
from connectors.imap.sync import MailboxReader
from connectors.imap.watch import IDLE_RENEW_SECONDS, POLL_SECONDS, InboxWatcher
from daemon.errors import MailboxError, MessageError, TransientError
from daemon.source import Changes, Known

log = structlog.get_logger(__name__)
T = TypeVar("T")


class ImapSource:
    """Reads an IMAP account and writes drafts into its Drafts folder. Never changes mail."""

    def __init__(
        self,
        settings: ImapSettings,
        password: Callable[[], str] | None = None,
        clock: Callable[[], datetime] | None = None,
        poll_seconds: float = POLL_SECONDS,
        idle_renew_seconds: float = IDLE_RENEW_SECONDS,
    ) -> None:
        """Nothing is sent until the first call; the password is read then (env or keyring)."""
        self.account = settings.account
        self.settings = settings
        self._conn = Connection(settings, password or (lambda: read_password(settings)))
        self._folders: FolderMap | None = None
        self._folders_generation = -1
        self._reader = MailboxReader(self._conn, settings.account, settings.lookback_days, clock)
        self._drafts = DraftBox(self._conn, settings)
        self._watcher = InboxWatcher(
            self._conn,
            settings.account,
            lambda: self.folders().inbox,
            lambda folder: self._reader.synced.get(folder),
            poll_seconds=poll_seconds,
            renew_seconds=idle_renew_seconds,
        )

    @property
    def commands(self) -> int:
        """IMAP commands sent so far (logins included), for tests and the benchmark."""
        return self._conn.commands

    # -- MailSource ----------------------------------------------------------------------------

    def changes(self, cursor: str | None, known: Known) -> Changes:
        """New messages since `cursor` in every folder read (see `sync`), skipping `known` ones."""
        return self._retrying(lambda: self._reader.changes(cursor, known, self.folders()))

    def fetch(self, folder: str, ref: str) -> bytes:
        """The whole message (BODY.PEEK[], so it stays unread); `MessageError` if it is gone."""
        validity, uid = parse_ref(ref)

        def read() -> bytes:
            selected = self._conn.examine(folder)
            if int(selected.get(b"UIDVALIDITY", -1)) != validity:
                raise MessageError(f"{folder} was renumbered since message {ref} was seen")

            def command(client: IMAPClient) -> dict[int, dict[bytes, object]]:
                response: dict[int, dict[bytes, object]] = client.fetch([uid], ["BODY.PEEK[]"])
                return response

            data = self._conn.run(f"reading {folder}", command).get(uid, {}).get(b"BODY[]")
            if not isinstance(data, bytes):
                raise MessageError(f"message {ref} is no longer in {folder}")
            return data

        try:
            return self._retrying(read)
        except MailboxError as exc:  # e.g. the folder was deleted: this message is unreadable
            raise MessageError(str(exc)) from exc

    def find_draft(self, message_id: str) -> str | None:
        """Where the draft with this Message-ID lies in the Drafts folder, or None."""
        folder = self._drafts_folder()
        return self._retrying(lambda: self._drafts.find(folder, message_id))

    def write_draft(self, raw: bytes, message_id: str, thread_hint: str | None) -> str:
        """APPEND the draft to the \\Drafts folder with the \\Draft flag; returns its IMAP URL.

        Looks for the Message-ID first, so it is never written twice. `thread_hint` is unused:
        IMAP cannot put a message in a thread, which mail programs (and Gmail) derive from the
        draft's In-Reply-To and References.
        """
        check_message_id(raw, message_id)
        folder = self._drafts_folder()
        return self._retrying(lambda: self._drafts.write(folder, raw, message_id))

    def marked(self, mark: str) -> set[tuple[str, str]]:
        """(folder, ref) of every message carrying the keyword `mark` in the folders read (on
        Gmail's IMAP, the label of that name): one EXAMINE and one SEARCH per folder. A folder
        the server will not show is left out, as a sync leaves it."""
        return self._retrying(lambda: self._marked(mark))

    def _marked(self, mark: str) -> set[tuple[str, str]]:
        folders = self.folders()
        criteria = ["X-GM-LABELS", mark] if folders.gmail else ["KEYWORD", mark]
        found: set[tuple[str, str]] = set()
        try:
            for folder in folders.read:
                try:
                    selected = self._conn.examine(folder.name)
                    validity = int(selected[b"UIDVALIDITY"])

                    def search(client: IMAPClient) -> list[int]:
                        return list(client.search(criteria))

                    uids = self._conn.run(f"searching {folder.name} for {mark}", search)
                except (MailboxError, KeyError, ValueError) as exc:
                    log.warning(
                        "imap_marks_unreadable",
                        account=self.account,
                        folder=folder.name,
                        reason=str(exc),
                    )
                    continue
                found |= {(folder.name, make_ref(validity, uid)) for uid in uids}
        finally:
            if self._conn.connected:
                self._conn.unselect()
        return found

    def deliver_digest(self, raw: bytes, to: str) -> str:
        """APPEND the digest to the INBOX as new (unflagged) mail; `to` is not needed here.

        Not retried after the APPEND is sent: unlike a draft, a digest has no Message-ID to
        look for first, and a second copy is worse than a late one."""
        inbox = self.folders().inbox
        self._retrying(self._conn.check)
        return self._drafts.deliver(inbox, raw)

    def close(self) -> None:
        """LOGOUT; the source may be used again (it reconnects)."""
        self._conn.close()

    # -- waiting -------------------------------------------------------------------------------

    def wait_for_change(self, timeout: float, stop: threading.Event) -> bool:
        """Block until the INBOX may hold new mail (True), or `timeout` seconds passed or `stop`
        was set (False). IDLE where the server offers it, else STATUS polling."""
        return self._watcher.wait(timeout, stop)

    # -- helpers -------------------------------------------------------------------------------

    def folders(self) -> FolderMap:
        """The folders to read and write, listed once per session."""
        if self._folders is None or self._folders_generation != self._conn.generation:
            listing = self._retrying(self._list)
            self._folders = plan_folders(listing, gmail=self._conn.has("X-GM-EXT-1"))
            self._folders_generation = self._conn.generation
        return self._folders

    def _list(self) -> list[ListEntry]:
        def command(client: IMAPClient) -> list[ListEntry]:
            rows: list[ListEntry] = client.list_folders()
            return rows

        return self._conn.run("listing folders", command)

    def _drafts_folder(self) -> str:
        folder = self.folders().drafts
        if folder is None:
            raise MailboxError(
                f"{self.settings.where} has no Drafts folder (neither marked \\Drafts nor "
                "named Drafts); create one in your mail program"
            )
        return folder

    def _retrying(self, operation: Callable[[], T]) -> T:
        """Run `operation`; if a session kept from before died under it, once more on a new one.

        A failure on a session opened for this very call is reported, not retried: the server
        is really unreachable, and the caller backs off.
        """
        was_connected = self._conn.connected
        generation = self._conn.generation
        try:
            return operation()
        except TransientError as exc:
            if not was_connected or self._conn.generation != generation:
                raise
            log.info("imap_reconnect", account=self.account, attempt=1, reason=str(exc))
            return operation()
