"""Fetching new messages from the selected folder, as cheaply as the parser allows.

Measured on Dovecot with 20,000 ordinary messages (bench/imap_sync.py), asking for BODYSTRUCTURE
alone costs more than fetching every header: imapclient parses the nested structure in Python.
Most mail is small, and for a small message the whole of it costs hardly more than its header.
So the first pass asks for each message whole up to `WHOLE_CAP` bytes (a partial fetch):
everything below that is complete in one round. Only a message larger than that, in practice one
carrying attachments, gets the second and third passes: its header and BODYSTRUCTURE, then only
the sections the parser reads (see `structure`). No attachment byte beyond the cap is ever read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import structlog
from imapclient import IMAPClient

from connectors.imap.connection import Connection
from connectors.imap.structure import StructureError, parse_structure, plan, rebuild, skipped_bytes

log = structlog.get_logger(__name__)

WHOLE_CAP = 32 * 1024  # bytes of a message fetched in the first pass
BATCH = 500  # UIDs per FETCH: short command lines, bounded memory per response
_WHOLE_KEY = b"BODY[]<0>"  # how the server names the partial fetch in its answer


@dataclass(frozen=True)
class Fetched:
    """One message as read from the server (whole, or with unread attachments left empty)."""

    uid: int
    data: bytes
    thread_hint: str | None = None  # Gmail's X-GM-THRID
    labels: frozenset[str] = frozenset()  # Gmail's X-GM-LABELS


@dataclass
class FetchStats:
    """What a sync read, for the `imap_synced` event and the benchmark."""

    whole: int = 0
    by_parts: int = 0
    skipped_bytes: int = 0


class MessageFetcher:
    """Reads messages of the currently selected folder by UID."""

    def __init__(self, conn: Connection, account: str, gmail: bool) -> None:
        self._conn = conn
        self._account = account
        self._gmail = gmail
        self.stats = FetchStats()

    def fetch(self, folder: str, uids: list[int]) -> Iterator[Fetched]:
        """The messages with these UIDs; ones expunged meanwhile are left out."""
        # no RFC822.SIZE: a partial fetch that comes back shorter than asked is the whole
        # message, and one more item per message costs ~8% of the pass (measured)
        items = [f"BODY.PEEK[]<0.{WHOLE_CAP}>"]
        if self._gmail:
            items += ["X-GM-THRID", "X-GM-LABELS"]
        for batch in _batches(uids):
            response = self._fetch(folder, batch, items)
            large: dict[int, dict[bytes, Any]] = {}
            for uid in sorted(response):
                item = response[uid]
                data = item.get(_WHOLE_KEY)
                if not isinstance(data, bytes):
                    continue  # expunged between SEARCH and FETCH
                if len(data) < WHOLE_CAP:
                    self.stats.whole += 1
                    yield self._fetched(uid, data, item)
                else:
                    large[uid] = item
            if large:
                yield from self._by_parts(folder, large)

    def _by_parts(self, folder: str, first: dict[int, dict[bytes, Any]]) -> Iterator[Fetched]:
        """Header and structure of each large message, then the sections the parser reads."""
        response = self._fetch(folder, sorted(first), ["BODY.PEEK[HEADER]", "BODYSTRUCTURE"])
        groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
        trees = {}
        whole: list[int] = []
        for uid in sorted(response):
            header = response[uid].get(b"BODY[HEADER]")
            if not isinstance(header, bytes):
                continue
            try:
                tree = parse_structure(response[uid].get(b"BODYSTRUCTURE"))
            except StructureError as exc:
                self._unusable(folder, uid, exc)
                whole.append(uid)
                continue
            trees[uid] = (header, tree)
            groups[tuple(plan(tree))].append(uid)
        for items, uids in groups.items():
            sections = self._fetch(folder, uids, list(items)) if items else {}
            for uid in uids:
                header, tree = trees[uid]
                try:
                    data = rebuild(header, tree, sections.get(uid, {}))
                except StructureError as exc:
                    self._unusable(folder, uid, exc)
                    whole.append(uid)
                    continue
                self.stats.by_parts += 1
                self.stats.skipped_bytes += skipped_bytes(tree)
                yield self._fetched(uid, data, first[uid])
        if whole:
            full = self._fetch(folder, sorted(whole), ["BODY.PEEK[]"])
            for uid in sorted(full):
                data = full[uid].get(b"BODY[]")
                if isinstance(data, bytes):
                    self.stats.whole += 1
                    yield self._fetched(uid, data, first[uid])

    def _unusable(self, folder: str, uid: int, exc: Exception) -> None:
        log.info(
            "imap_structure_unusable",
            account=self._account,
            folder=folder,
            uid=uid,
            reason=str(exc),
        )

    def _fetch(self, folder: str, uids: list[int], items: list[str]) -> dict[int, Any]:
        out: dict[int, Any] = {}
        for batch in _batches(uids):

            def command(client: IMAPClient, batch: list[int] = batch) -> dict[int, Any]:
                response: dict[int, Any] = client.fetch(batch, items)
                return response

            out.update(self._conn.run(f"reading {folder}", command))
        return out

    def _fetched(self, uid: int, data: bytes, item: dict[bytes, Any]) -> Fetched:
        if not self._gmail:
            return Fetched(uid, data)
        thread = item.get(b"X-GM-THRID")
        labels = item.get(b"X-GM-LABELS") or ()
        return Fetched(
            uid,
            data,
            thread_hint=str(thread) if thread is not None else None,
            labels=frozenset(_text(label) for label in labels),
        )


def _batches(uids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(uids), BATCH):
        yield uids[start : start + BATCH]


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)
