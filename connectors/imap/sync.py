"""Incremental sync: what is new in each folder since the cursor, for as few commands as it takes.

Per folder the cursor keeps (UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ). A tick asks STATUS of each
folder read; a folder whose UIDVALIDITY and UIDNEXT are unchanged has no new mail and costs
nothing more. Only a folder with new UIDs is opened (EXAMINE, read-only) and searched, and only
those UIDs are fetched. A changed UIDVALIDITY means the server renumbered the folder: its cache
is dropped (`reset_folders`) and it is read again like a first sync, within the look-back
window; the core matches the messages again by Message-ID.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import structlog
from imapclient import IMAPClient

from connectors.imap.connection import Connection
from connectors.imap.cursor import FolderState, dump_cursor, load_cursor, make_ref
from connectors.imap.fetching import Fetched, MessageFetcher
from connectors.imap.folders import Folder, FolderMap
from daemon.errors import MailboxError
from daemon.source import Changes, Known, RawMessage

log = structlog.get_logger(__name__)
Clock = Callable[[], datetime]
_GMAIL_SENT = "\\Sent"
_GMAIL_DRAFT = "\\Draft"


class MailboxReader:
    """Turns (cursor, what the core knows) into `Changes`, over a `Connection`."""

    def __init__(
        self, conn: Connection, account: str, lookback_days: int, clock: Clock | None = None
    ) -> None:
        self._conn = conn
        self._account = account
        self._lookback_days = lookback_days
        self._clock = clock or (lambda: datetime.now(UTC))
        # each folder as the last sync left it: mail that came after it, before a wait began,
        # is news for that wait (IDLE reports only what arrives while it runs)
        self.synced: dict[str, FolderState] = {}

    def changes(self, cursor: str | None, known: Known, folders: FolderMap) -> Changes:
        """New messages in every folder read, the new cursor, and the folders to forget."""
        before = self._conn.commands
        states = load_cursor(cursor)
        after: dict[str, FolderState] = {}
        new: list[RawMessage] = []
        reset: list[str] = []
        fetcher = MessageFetcher(self._conn, self._account, folders.gmail)
        condstore = "CONDSTORE" in self._conn.capabilities
        # a folder left open by fetch() or find_draft() must not be asked STATUS (RFC 3501)
        self._conn.unselect()
        try:
            for folder in folders.read:
                old = states.get(folder.name)
                try:
                    status = self._status(folder.name, condstore)
                except MailboxError as exc:
                    # one folder the server will not show (deleted meanwhile, no right to read)
                    # must not stop the others; its state is kept for when it comes back
                    log.warning(
                        "imap_folder_unreadable",
                        account=self._account,
                        folder=folder.name,
                        reason=str(exc),
                    )
                    if old is not None:
                        after[folder.name] = old
                    continue
                if old is not None and old.uidvalidity != status.uidvalidity:
                    log.info(
                        "imap_uidvalidity_changed",
                        account=self._account,
                        folder=folder.name,
                        old=old.uidvalidity,
                        new=status.uidvalidity,
                    )
                    reset.append(folder.name)
                    old = None
                if old is not None and old.uidnext >= status.uidnext:
                    # nothing new; flag changes and expunges (a new HIGHESTMODSEQ) are no news
                    after[folder.name] = status
                    continue
                state, found = self._read(folder, old, known, fetcher, folders.gmail)
                after[folder.name] = state
                new += found
        finally:
            if self._conn.connected:
                self._conn.unselect()
        self.synced = dict(after)
        gone = sorted(set(states) - set(after))
        for name in gone:
            log.info("imap_folder_vanished", account=self._account, folder=name)
        log.info(
            "imap_synced",
            account=self._account,
            folders=len(after),
            new=len(new),
            whole=fetcher.stats.whole,
            by_parts=fetcher.stats.by_parts,
            skipped_bytes=fetcher.stats.skipped_bytes,
            reset=len(reset) + len(gone),
            commands=self._conn.commands - before,
        )
        return Changes(new=new, cursor=dump_cursor(after), reset_folders=reset + gone)

    def _status(self, folder: str, condstore: bool) -> FolderState:
        what = ["UIDVALIDITY", "UIDNEXT"] + (["HIGHESTMODSEQ"] if condstore else [])

        def command(client: IMAPClient) -> dict[bytes, int]:
            response: dict[bytes, int] = client.folder_status(folder, what)
            return response

        status = self._conn.run(f"checking {folder}", command)
        try:
            return FolderState(
                int(status[b"UIDVALIDITY"]),
                int(status[b"UIDNEXT"]),
                int(status[b"HIGHESTMODSEQ"]) if b"HIGHESTMODSEQ" in status else None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise MailboxError(f"the server's STATUS of {folder} lacks {exc}") from exc

    def _read(
        self,
        folder: Folder,
        old: FolderState | None,
        known: Known,
        fetcher: MessageFetcher,
        gmail: bool,
    ) -> tuple[FolderState, list[RawMessage]]:
        """Open the folder, find the UIDs not yet seen, fetch the ones the core lacks."""
        selected = self._conn.examine(folder.name)
        try:
            validity = int(selected[b"UIDVALIDITY"])
            uidnext = int(selected[b"UIDNEXT"])
        except (KeyError, TypeError, ValueError) as exc:
            raise MailboxError(f"the server did not give {exc} for {folder.name}") from exc
        modseq = selected.get(b"HIGHESTMODSEQ")
        state = FolderState(validity, uidnext, int(modseq) if modseq is not None else None)
        if old is not None and old.uidvalidity == validity and old.uidnext >= uidnext:
            return state, []  # STATUS and EXAMINE raced with an expunge: nothing new after all
        criteria: list[object] = []
        if old is not None and old.uidvalidity == validity:
            # exactly the UIDs assigned since; `n:*` would also match the last old message
            criteria += ["UID", f"{old.uidnext}:{uidnext - 1}"]
        if self._lookback_days:
            since = (self._clock() - timedelta(days=self._lookback_days)).date()
            criteria += ["SINCE", since]

        def search(client: IMAPClient) -> list[int]:
            return list(client.search(criteria or ["ALL"]))

        uids = sorted(self._conn.run(f"searching {folder.name}", search))
        wanted = [u for u in uids if not known(folder.name, make_ref(validity, u))]
        found = (
            raw_message(folder, validity, m, gmail) for m in fetcher.fetch(folder.name, wanted)
        )
        return state, [m for m in found if m is not None]


def raw_message(folder: Folder, uidvalidity: int, msg: Fetched, gmail: bool) -> RawMessage | None:
    """The core's view of a fetched message; None for a Gmail draft (drafts lie in All Mail,
    labelled \\Draft, and are not correspondence). On Gmail the \\Sent label, not the folder,
    says the user sent it, and X-GM-THRID is the thread."""
    if gmail and _GMAIL_DRAFT in msg.labels:
        return None
    return RawMessage(
        folder=folder.name,
        ref=make_ref(uidvalidity, msg.uid),
        data=msg.data,
        sent_folder=(_GMAIL_SENT in msg.labels) if gmail else folder.sent,
        thread_hint=msg.thread_hint,
    )
