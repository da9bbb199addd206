"""The port every mailbox connector implements. The core never imports a connector."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class RawMessage:
    """A message's bytes as the mailbox holds them, with where it was found."""

    folder: str
    ref: str  # the connector's stable id for this message within the folder
    data: bytes
    sent_folder: bool = False  # found in the user's Sent folder
    thread_hint: str | None = None  # a provider's own thread id, where it has one


@dataclass(frozen=True)
class Changes:
    """What a sync found since the cursor it was given."""

    new: Sequence[RawMessage]  # may be read lazily, as it is iterated
    cursor: str | None  # opaque; hand it back next time
    gone: list[tuple[str, str]] = field(default_factory=list)  # (folder, ref) no longer present
    restarted: bool = False  # the old cursor was no longer valid: forget what was cached
    reset_folders: list[str] = field(default_factory=list)  # forget these folders' cache only
    # folders listed whole this time, with every ref present: a cached ref of one of these
    # that is not listed is gone (moved or deleted); for sources without a change log
    listed: dict[str, list[str]] = field(default_factory=dict)


class MailSource(Protocol):
    """A mailbox followupd reads and writes drafts into. It never changes or deletes mail."""

    account: str

    def changes(self, cursor: str | None, known: Callable[[str, str], bool]) -> Changes:
        """Messages added since `cursor`; `known(folder, ref)` says which are cached already."""
        ...

    def fetch(self, folder: str, ref: str) -> bytes:
        """The full bytes of one message (to attach it to a draft)."""
        ...

    def find_draft(self, message_id: str) -> str | None:
        """Where a draft with this Message-ID lies in the Drafts folder, or None."""
        ...

    def write_draft(self, raw: bytes, message_id: str, thread_hint: str | None) -> str:
        """Store a draft (flagged as a draft) and return where it went."""
        ...

    def deliver_digest(self, raw: bytes, to: str) -> str:
        """Put the daily digest in front of the user: into their own INBOX (Maildir, IMAP
        APPEND) or sent to `to`, which must be one of their own addresses (Gmail). Returns
        where it went. The only mail followupd ever delivers."""
        ...

    def close(self) -> None:
        """Release connections; a closed source may be opened again by its factory."""
        ...


Known = Callable[[str, str], bool]

# a Gmail label or an IMAP keyword the user puts on a thread to stop its follow-ups
IGNORE_MARK = "followupd-ignore"


@runtime_checkable
class Marks(Protocol):
    """A source whose mailbox lets the user mark messages: a Gmail label, an IMAP keyword."""

    def marked(self, mark: str) -> set[tuple[str, str]]:
        """(folder, ref) of every message that carries `mark` now (any folder read)."""
        ...


def marked(source: MailSource, mark: str) -> set[tuple[str, str]]:
    """The messages carrying `mark`, where the source can mark messages at all."""
    return source.marked(mark) if isinstance(source, Marks) else set()


@runtime_checkable
class Tidies(Protocol):
    """A source that leaves files of its own behind when killed mid-write (Maildir's tmp/)."""

    def tidy(self) -> int:
        """Remove what interrupted writes of followupd left; returns how many. Never mail."""
        ...


def tidy(source: MailSource) -> int:
    """Clean up after interrupted writes, where the source has anything to clean."""
    return source.tidy() if isinstance(source, Tidies) else 0
