"""Writing drafts (and the digest) by APPEND, exactly once. The only writes followupd makes.

Nothing here STOREs, EXPUNGEs, MOVEs or deletes: a draft is added to the drafts folder with the
\\Draft flag and never touched again. Before each APPEND the drafts folder is searched for the
draft's Message-ID, so a draft written just before a crash (or a lost APPEND response) is found
instead of written twice.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import structlog
from imapclient import IMAPClient

from connectors.imap.connection import Connection
from connectors.imap.settings import ImapSettings

log = structlog.get_logger(__name__)

# \Seen too: a draft is not unread mail, and mail programs save their own drafts that way
DRAFT_FLAGS = (b"\\Draft", b"\\Seen")
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)
_MESSAGE_ID_FIELD = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"
_MESSAGE_ID_KEY = b"BODY[HEADER.FIELDS (MESSAGE-ID)]"
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")


class DraftBox:
    """Finds and appends drafts in one folder, and delivers the digest to the INBOX."""

    def __init__(self, conn: Connection, settings: ImapSettings) -> None:
        self._conn = conn
        self._settings = settings

    def find(self, folder: str, message_id: str) -> str | None:
        """The location of the message in `folder` whose Message-ID is `message_id`, or None."""
        wanted = message_id.strip()
        if not wanted:
            return None
        selected = self._conn.examine(folder)
        validity = int(selected[b"UIDVALIDITY"])

        def search(client: IMAPClient) -> list[int]:
            return list(client.search(["HEADER", "Message-ID", wanted]))

        candidates = sorted(self._conn.run(f"searching {folder}", search))
        if not candidates:
            return None

        def headers(client: IMAPClient) -> dict[int, dict[bytes, object]]:
            response: dict[int, dict[bytes, object]] = client.fetch(candidates, [_MESSAGE_ID_FIELD])
            return response

        # SEARCH HEADER matches substrings; only an exact Message-ID is the same draft
        for uid, item in sorted(self._conn.run(f"reading {folder}", headers).items()):
            found = _message_id(item.get(_MESSAGE_ID_KEY))
            if found == wanted:
                return self.location(folder, validity, uid)
        return None

    def write(self, folder: str, raw: bytes, message_id: str) -> str:
        """APPEND `raw` to `folder` flagged as a draft, unless it is there already."""
        existing = self.find(folder, message_id)
        if existing is not None:
            log.info("imap_draft_found", account=self._settings.account, folder=folder)
            return existing
        response = self._conn.run(
            f"saving a draft in {folder}", lambda c: c.append(folder, raw, flags=DRAFT_FLAGS)
        )
        location = self._appended(folder, response)
        if location is None:  # no UIDPLUS: look the draft up to say where it went
            location = self.find(folder, message_id) or self.location(folder)
        log.info("imap_draft_written", account=self._settings.account, folder=folder, size=len(raw))
        return location

    def deliver(self, folder: str, raw: bytes) -> str:
        """APPEND `raw` to `folder` (the INBOX) with no flags, as new mail."""
        response = self._conn.run(
            f"delivering the digest to {folder}", lambda c: c.append(folder, raw)
        )
        log.info("imap_digest_delivered", account=self._settings.account, size=len(raw))
        return self._appended(folder, response) or self.location(folder)

    def location(self, folder: str, uidvalidity: int | None = None, uid: int | None = None) -> str:
        """An IMAP URL (RFC 5092) for a folder, or for one message in it."""
        s = self._settings
        url = f"imap://{quote(s.username, safe='')}@{s.host}:{s.port}/{quote(folder, safe='/')}"
        if uidvalidity is not None and uid is not None:
            url += f";UIDVALIDITY={uidvalidity}/;UID={uid}"
        return url

    def _appended(self, folder: str, response: object) -> str | None:
        if not isinstance(response, bytes):
            return None
        m = _APPENDUID.search(response)
        if m is None:
            return None
        return self.location(folder, int(m.group(1)), int(m.group(2)))


def _message_id(block: object) -> str | None:
    if not isinstance(block, bytes):
        return None
    text = _BLANK_LINE.split(block, maxsplit=1)[0]
    unfolded = re.sub(rb"\r?\n[ \t]+", b" ", text)
    name, colon, value = unfolded.partition(b":")
    if not colon or name.strip().lower() != b"message-id":
        return None
    return value.strip().decode("utf-8", "replace")


def check_message_id(raw: bytes, message_id: str) -> None:
    """Refuse a draft whose Message-ID header is not `message_id`: it could never be found
    again, and every sync would add another copy."""
    head = _BLANK_LINE.split(raw, maxsplit=1)[0]
    unfolded = re.sub(rb"\r?\n[ \t]+", b" ", head)
    for line in re.split(rb"\r?\n", unfolded):
        name, colon, value = line.partition(b":")
        if colon and name.strip().lower() == b"message-id":
            if value.strip().decode("utf-8", "replace") == message_id.strip():
                return
            break
    raise ValueError("draft's Message-ID header does not match message_id")
