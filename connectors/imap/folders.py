"""Which folders to read and where drafts go, from a LIST response. Pure: no socket here.

SPECIAL-USE attributes (RFC 6154) decide first; without them, the common names do. With
Gmail's IMAP (X-GM-EXT-1) every message is in `[Gmail]/All Mail` under labels, so that one
folder is read alone (reading INBOX and Sent too would return each message twice).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

INBOX = "INBOX"
# Roles by attribute, and the names servers without SPECIAL-USE give those folders.
_NAMES = {
    "\\sent": ("sent", "sent items", "sent messages", "sent mail", "sent-mail"),
    "\\drafts": ("drafts", "draft"),
    "\\trash": ("trash", "deleted items", "deleted messages", "bin"),
    "\\junk": ("junk", "spam", "junk e-mail", "junk email", "bulk mail"),
}
# Not read: drafts are not mail; trash and junk are not correspondence; \All, \Flagged and
# \Important are views of mail that lies in other folders too.
_SKIPPED_ROLES = ("\\drafts", "\\trash", "\\junk", "\\all", "\\flagged", "\\important")
_UNSELECTABLE = ("\\noselect", "\\nonexistent")

ListEntry = tuple[tuple[bytes, ...], bytes | None, str]  # imapclient's list_folders() rows


@dataclass(frozen=True)
class Folder:
    """A folder to read, and whether it holds what the user sent."""

    name: str
    sent: bool = False


@dataclass(frozen=True)
class FolderMap:
    """The folders a sync reads (INBOX first) and the one drafts are written to."""

    read: tuple[Folder, ...]
    drafts: str | None
    gmail: bool = False
    inbox: str = INBOX

    def is_sent(self, name: str) -> bool:
        return any(f.name == name and f.sent for f in self.read)


@dataclass(frozen=True)
class _Entry:
    name: str
    delimiter: str | None
    attributes: frozenset[str]

    @property
    def path(self) -> tuple[str, ...]:
        """The name's components, lower case, without a leading INBOX (Courier's `INBOX.Sent`)."""
        parts = self.name.split(self.delimiter) if self.delimiter else [self.name]
        if len(parts) > 1 and parts[0].upper() == INBOX:
            parts = parts[1:]
        return tuple(p.casefold() for p in parts)


def plan_folders(listing: Iterable[ListEntry], gmail: bool) -> FolderMap:
    """Decide what to read and where drafts go, from `LIST "" "*"` rows."""
    entries = [_entry(row) for row in listing]
    selectable = [e for e in entries if not e.attributes & set(_UNSELECTABLE)]
    roles = {role: _with_role(selectable, role) for role in (*_NAMES, *_SKIPPED_ROLES)}
    drafts = roles["\\drafts"][0].name if roles["\\drafts"] else None
    if gmail and roles["\\all"]:
        # Gmail: one folder holds everything; sent mail is told by its \Sent label instead
        return FolderMap(read=(Folder(roles["\\all"][0].name),), drafts=drafts, gmail=True)
    sent = {e.name for e in roles["\\sent"]}
    skipped = {e.path for role in _SKIPPED_ROLES for e in roles[role]}
    inbox = next((e.name for e in selectable if e.name.upper() == INBOX), INBOX)
    others = sorted(
        e.name
        for e in selectable
        # a skipped folder's subfolders ("Trash/2024") are skipped with it
        if e.name.upper() != INBOX
        and not any(e.path[:i] in skipped for i in range(1, len(e.path) + 1))
    )
    return FolderMap(
        read=(Folder(inbox), *(Folder(name, sent=name in sent) for name in others)),
        drafts=drafts,
        gmail=False,
        inbox=inbox,
    )


def _entry(row: ListEntry) -> _Entry:
    flags, delimiter, name = row
    return _Entry(
        name=str(name),
        delimiter=delimiter.decode("utf-8", "replace") if delimiter else None,
        attributes=frozenset(f.decode("ascii", "replace").casefold() for f in flags),
    )


def _with_role(entries: list[_Entry], role: str) -> list[_Entry]:
    """Folders marked with `role`; failing that, the ones with its usual names."""
    marked = [e for e in entries if role in e.attributes]
    if marked:
        return marked
    names = _NAMES.get(role, ())
    by_name = [e for e in entries if e.path and e.path[-1] in names and len(e.path) == 1]
    # the shortest, plainest name first: "Sent" before "INBOX.Sent Items"
    return sorted(by_name, key=lambda e: (names.index(e.path[-1]), e.name))
