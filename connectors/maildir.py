"""A `MailSource` over a local Maildir++ tree (as kept by Dovecot, Courier, mbsync, offlineimap).

Layout: the INBOX is `root/{cur,new}`; every other folder is `root/.Name/{cur,new}`, nested
names joined with dots (`.Work.Projects`). A message's `ref` is its file name's unique part
(before the `:2,` info suffix), so a MUA renaming a file to change its flags, or moving it
from new/ to cur/, does not make it a new message.

Reading never creates, renames or deletes anything. Writing a draft only ever adds a file to
the drafts folder, the Maildir way: into tmp/, fsync, then a hard link into cur/.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import overload

import structlog

from connectors.maildir_files import deliver, orphans
from connectors.maildir_files import unique_name as _unique_name
from connectors.maildir_watch import FolderWatch
from daemon.config import Account, AccountKeys, Config
from daemon.errors import ConfigError, MailboxError, MessageError
from daemon.source import Changes, RawMessage

log = structlog.get_logger(__name__)

INBOX = "INBOX"
DEFAULT_SENT_FOLDERS = ("Sent", "Sent Items", "Sent Messages", "INBOX.Sent")
# Folders whose mail is not the user's live correspondence. "drafts" is listed too so that a
# MUA's own Drafts folder is not read as mail when the config points drafts elsewhere.
_SKIPPED = frozenset({"drafts", "trash", "junk", "spam", "deleted items", "deleted messages"})
_SUBDIRS = ("cur", "new")
_DRAFT_INFO = ":2,D"  # Maildir info suffix: version 2 flags, D = Draft
_HEADER_CAP = 1 << 20  # a header block longer than this is not worth reading for a Message-ID
_NAME_ATTEMPTS = 3
_BLANK_LINE = re.compile(rb"\n\r?\n")  # ends a header block, LF or CRLF
_TRUSTED_AFTER_NS = 2_000_000_000  # a folder time younger than this may hide a change


class MaildirSource:
    """Reads a Maildir++ tree and writes drafts into its drafts folder."""

    def __init__(
        self,
        account: str,
        root: Path,
        sent_folders: tuple[str, ...] = DEFAULT_SENT_FOLDERS,
        drafts_folder: str = "Drafts",
    ) -> None:
        """Open the Maildir at `root`; raise `MailboxError` if it is not a directory."""
        self.account = account
        # absolute so a location string stays valid whatever the daemon's working directory
        self.root = Path(os.path.abspath(Path(root).expanduser()))
        self.sent_folders = tuple(sent_folders)
        self.drafts_folder = drafts_folder
        if not drafts_folder or drafts_folder.startswith(".") or _is_inbox(drafts_folder):
            raise ConfigError(
                f"Invalid drafts folder {drafts_folder!r}: name a folder such as Drafts"
            )
        if "/" in drafts_folder or "\0" in drafts_folder:
            raise ConfigError(f"Invalid drafts folder {drafts_folder!r}: use dots to nest, not '/'")
        self._sent = frozenset(name.casefold() for name in sent_folders)
        self._skip = _SKIPPED | {_normalise(drafts_folder)}
        self._check_root()
        self._names = _Names()
        self._watch: FolderWatch | None = None

    # -- reading -------------------------------------------------------------------------------

    def changes(self, cursor: str | None, known: Callable[[str, str], bool]) -> Changes:
        """Every message not yet `known`, in folder then file name order, read from disk only
        as the caller iterates (a first sync of 100,000 files holds one at a time), and every
        folder listed with the refs in it (so that what was moved or deleted can be forgotten).

        A Maildir has no change log, but adding, removing or renaming a file changes its
        directory's modification time: the cursor keeps each folder's `cur/` and `new/` times,
        and a folder whose times are the same is not listed again. A time taken within the
        last seconds is not trusted (a change in the same tick of the clock would not show).
        """
        self._check_root()
        seen = _folder_times(cursor)
        times: dict[str, list[int] | None] = {}
        pending: list[tuple[str, str, Path, bool]] = []
        present: dict[str, list[str]] = {}
        listed = 0
        for folder, directory in self._read_folders():
            stamp = _times(directory)
            before = seen.get(folder)
            if stamp is not None and before == stamp:
                times[folder] = stamp
                continue
            # a delivery changes new/ only: cur/ is then taken as this process last listed it
            same = [
                stamp is not None and before is not None and a == b
                for a, b in zip(stamp or [], before or [], strict=False)
            ]
            sent = folder.casefold() in self._sent
            refs = present[folder] = []
            for ref, path in self._list_messages(directory, same):
                listed += 1
                refs.append(ref)
                if not known(folder, ref):
                    pending.append((folder, ref, path.path(), sent))
            times[folder] = stamp if stamp is not None and not _recent(stamp) else None
        log.debug("maildir_scanned", account=self.account, listed=listed, new=len(pending))
        cursor = json.dumps(times, sort_keys=True)
        return Changes(new=_Unread(pending), cursor=cursor, listed=present)

    def fetch(self, folder: str, ref: str) -> bytes:
        """The bytes of message `ref` in `folder`; `MessageError` if it is not there."""
        self._check_root()
        if not _safe_name(folder) or not _safe_name(ref) or ref.startswith("."):
            raise MessageError(f"Invalid Maildir message reference {folder!r}/{ref!r}")
        directory = self._folder_dir(folder)
        # two tries: a MUA may rename the file (flag change) between finding and reading it
        for attempt in range(2):
            path = self._names.locate(directory, ref, fresh=attempt > 0)
            if path is None:
                break
            try:
                return path.read_bytes()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise MessageError(f"Cannot read message {path}: {exc.strerror}") from exc
        raise MessageError(f"Message {ref} not found in folder {folder} ({directory})")

    # -- drafts --------------------------------------------------------------------------------

    def find_draft(self, message_id: str) -> str | None:
        """The location of the draft whose Message-ID is `message_id`, or None."""
        self._check_root()
        wanted = message_id.strip().encode("utf-8", "surrogateescape")
        drafts = self._drafts_dir()
        for sub in _SUBDIRS:
            for name in sorted(_message_names(drafts / sub)):
                path = drafts / sub / name
                try:
                    block = _read_header_block(path)
                except OSError:
                    continue  # vanished or unreadable: it is not the draft we can vouch for
                found = _header_value(block, b"message-id")
                if found is not None and found.strip() == wanted:
                    return _location(path)
        return None

    def write_draft(self, raw: bytes, message_id: str, thread_hint: str | None) -> str:
        """Add `raw` to the drafts folder's cur/ with the Draft flag; return its location.

        `thread_hint` is unused: a Maildir has no thread ids. `raw` must carry `message_id` in
        its Message-ID header, else `find_draft` could never find it again and every sync would
        add another copy.
        """
        self._check_root()
        found = _header_value(_header_block(raw), b"message-id")
        if found is None or found.strip() != message_id.strip().encode("utf-8", "surrogateescape"):
            raise ValueError("draft's Message-ID header does not match message_id")
        drafts = self._drafts_dir()
        self._ensure_folder(drafts)
        for _ in range(_NAME_ATTEMPTS):
            name = _unique_name(len(raw))
            tmp = drafts / "tmp" / name
            final = drafts / "cur" / (name + _DRAFT_INFO)
            if deliver(raw, tmp, final):
                log.info(
                    "maildir_draft_written", account=self.account, name=final.name, size=len(raw)
                )
                return _location(final)
            log.warning("maildir_draft_name_collision", account=self.account, name=name)
        raise MailboxError(f"Could not find a free file name for a draft in {drafts}")

    def deliver_digest(self, raw: bytes, to: str) -> str:
        """Deliver the digest into the INBOX's new/, as a local delivery agent would."""
        self._check_root()
        for sub in ("cur", "new", "tmp"):
            with contextlib.suppress(FileExistsError):
                (self.root / sub).mkdir(mode=0o700)
        for _ in range(_NAME_ATTEMPTS):
            name = _unique_name(len(raw))
            if deliver(raw, self.root / "tmp" / name, self.root / "new" / name):
                log.info("maildir_digest_delivered", account=self.account, name=name)
                return _location(self.root / "new" / name)
        raise MailboxError(f"Could not find a free file name for the digest in {self.root}")

    def wait_for_change(self, timeout: float, stop: threading.Event) -> bool:
        """Wait until a message may have arrived in a folder (watched, see maildir_watch.py),
        `timeout` passes or `stop` is set; True for the first. Polls where it cannot watch."""
        if self._watch is None:
            self._watch = FolderWatch(
                self.root, lambda: [d for _, d in self._read_folders()], lambda path: True
            )
        return self._watch.wait(timeout, stop)

    def close(self) -> None:
        """Stop watching the folders, if they were watched; files are opened per call."""
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def tidy(self) -> int:
        """Remove the copies that followupd's own interrupted writes left in `tmp/` (of the
        drafts folder, and of the INBOX where the digest goes); see `maildir_files.orphans`.
        Nothing else is touched: tmp/ never holds delivered mail. Returns how many."""
        removed = 0
        for tmp in (self._drafts_dir() / "tmp", self.root / "tmp"):
            for path in orphans(tmp):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        if removed:
            log.info("maildir_orphans_removed", account=self.account, count=removed)
        return removed

    # -- helpers -------------------------------------------------------------------------------

    def _check_root(self) -> None:
        # checked on every call too: the root may sit on a disk that has been unmounted since
        if not self.root.is_dir():
            what = "is not a directory" if self.root.exists() else "not found"
            raise MailboxError(
                f"Maildir {what}: {self.root} (check [[accounts]].path in the config)"
            )

    def _folder_dir(self, folder: str) -> Path:
        return self.root if _is_inbox(folder) else self.root / ("." + folder)

    def _drafts_dir(self) -> Path:
        return self._folder_dir(self.drafts_folder)

    def _read_folders(self) -> list[tuple[str, Path]]:
        """(name, directory) of every folder to read: INBOX first, then by name."""
        folders: list[tuple[str, Path]] = []
        try:
            with os.scandir(self.root) as entries:
                for entry in entries:
                    name = entry.name[1:]
                    if not entry.name.startswith(".") or not name or not entry.is_dir():
                        continue
                    # `.INBOX` would shadow the real INBOX (the root) under the same name
                    if _is_inbox(name) or self._skipped(name):
                        continue
                    folders.append((name, Path(entry.path)))
        except OSError as exc:
            raise MailboxError(f"Cannot list Maildir {self.root}: {exc.strerror}") from exc
        folders.sort()
        return [(INBOX, self.root), *folders]

    def _skipped(self, folder: str) -> bool:
        # "Trash.2024" lies inside Trash: skip it along with its parent
        parts = _normalise(folder).split(".")
        return any(".".join(parts[: i + 1]) in self._skip for i in range(len(parts)))

    def _list_messages(
        self, directory: Path, unchanged: list[bool] | None = None
    ) -> list[tuple[str, _Lazy]]:
        """(ref, path) of the messages in cur/ and new/, by file name, one per ref. A subfolder
        `unchanged` since this process listed it is not listed again."""
        by_ref: dict[str, tuple[str, str, str]] = {}
        for i, sub in enumerate(_SUBDIRS):
            kept = self._names.known(directory / sub) if unchanged and unchanged[i] else None
            if kept is None:
                stamp = _mtime(directory / sub)
                names = list(_message_names(directory / sub))
                self._names.learn(directory / sub, names, stamp)
            else:
                names = kept
            for name in names:
                # a file seen in both (moved from new/ to cur/ mid-listing) counts once
                by_ref.setdefault(_unique_part(name), (name, sub, name))
        ordered = sorted(by_ref.items(), key=lambda i: i[1][0])
        return [(ref, _Lazy(directory, sub, name)) for ref, (_, sub, name) in ordered]

    def _ensure_folder(self, directory: Path) -> None:
        """Create a Maildir++ folder's dirs and `maildirfolder` marker where they are missing."""
        try:
            for path in (directory, *(directory / sub for sub in ("cur", "new", "tmp"))):
                # mkdir, not makedirs: never create the root (an unmounted disk's mount point)
                with contextlib.suppress(FileExistsError):
                    path.mkdir(mode=0o700)
            # O_CREAT without O_TRUNC: an existing marker is left exactly as it is
            os.close(os.open(directory / "maildirfolder", os.O_WRONLY | os.O_CREAT, 0o600))
        except OSError as exc:
            raise MailboxError(f"Cannot create drafts folder {directory}: {exc.strerror}") from exc


def _message_names(directory: Path) -> Iterator[str]:
    """Names of the message files in one of cur/ or new/; nothing if it does not exist."""
    try:
        with os.scandir(directory) as entries:
            names = [e.name for e in entries if not e.name.startswith(".") and e.is_file()]
    except (FileNotFoundError, NotADirectoryError):
        return  # git keeps no empty dirs, and a fresh folder may lack new/ or cur/
    except OSError as exc:
        raise MailboxError(f"Cannot list Maildir folder {directory}: {exc.strerror}") from exc
    yield from names


class _Names:
    """Where each message file is, learnt from listings, so that fetching a message does not
    list its folder again: a folder is listed at most once until a file is not where it was."""

    def __init__(self) -> None:
        self._known: dict[Path, dict[str, str]] = {}  # cur/ or new/ -> ref -> file name
        self._stamps: dict[Path, int] = {}  # the time the folder had when listed, if trusted

    def learn(self, sub: Path, names: list[str], stamp: int | None = None) -> None:
        self._known[sub] = {_unique_part(n): n for n in names}
        if stamp is not None and not _recent([stamp]):
            self._stamps[sub] = stamp
        else:
            self._stamps.pop(sub, None)

    def known(self, sub: Path) -> list[str] | None:
        """The file names of `sub` as this process last listed it, when the folder has not
        changed since (its time is the same, and was not too recent to trust)."""
        stamp = self._stamps.get(sub)
        if stamp is None or stamp != _mtime(sub):
            return None
        return list(self._known[sub].values())

    def locate(self, directory: Path, ref: str, fresh: bool = False) -> Path | None:
        """The file in cur/ or new/ whose unique part is `ref` (listing a folder only when it
        was never listed, or `fresh`)."""
        for sub in ("new", "cur"):  # new/ first: there the name usually is the ref itself
            where = directory / sub
            if (where / ref).is_file():
                return where / ref
            if fresh or where not in self._known:
                self.learn(where, list(_message_names(where)))
            name = self._known[where].get(ref)
            if name is not None and (where / name).exists():
                return where / name
        if not fresh:
            return self.locate(directory, ref, fresh=True)
        return None


class _Unread(Sequence[RawMessage]):
    """Messages found by a listing, each read from disk when reached (and then let go)."""

    def __init__(self, pending: list[tuple[str, str, Path, bool]]) -> None:
        self._pending = pending

    def __len__(self) -> int:
        return len(self._pending)

    @overload
    def __getitem__(self, i: int) -> RawMessage: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[RawMessage]: ...

    def __getitem__(self, i: int | slice) -> RawMessage | Sequence[RawMessage]:
        return list(self)[i]

    def __iter__(self) -> Iterator[RawMessage]:
        for folder, ref, path, sent in self._pending:
            try:
                data = path.read_bytes()
            except FileNotFoundError:
                # a MUA moved or flagged it since the listing; the next sync sees it again
                log.info("maildir_message_vanished", folder=folder, ref=ref)
                continue
            except OSError as exc:
                log.warning(
                    "maildir_message_unreadable", folder=folder, ref=ref, error=exc.strerror
                )
                continue
            yield RawMessage(folder=folder, ref=ref, data=data, sent_folder=sent)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


class _Lazy:
    """A message file's path, made a `Path` only when a file is read (a listing of 100,000
    names would otherwise build 100,000 of them)."""

    __slots__ = ("directory", "name", "sub")

    def __init__(self, directory: Path, sub: str, name: str) -> None:
        self.directory, self.sub, self.name = directory, sub, name

    def path(self) -> Path:
        return self.directory / self.sub / self.name


def _times(directory: Path) -> list[int] | None:
    """The modification times of a folder's cur/ and new/ (ns), None if it has neither."""
    out = []
    for sub in _SUBDIRS:
        try:
            out.append(os.stat(directory / sub).st_mtime_ns)
        except OSError:
            out.append(0)
    return None if out == [0, 0] else out


def _mtime(directory: Path) -> int | None:
    try:
        return os.stat(directory).st_mtime_ns
    except OSError:
        return None


def _recent(stamp: list[int]) -> bool:
    return time.time_ns() - max(stamp) < _TRUSTED_AFTER_NS


def _folder_times(cursor: str | None) -> dict[str, list[int]]:
    """The folder times a cursor holds (an older cursor holds none: every folder is listed)."""
    try:
        found = json.loads(cursor or "")
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if isinstance(v, list)}


def _unique_part(name: str) -> str:
    """The part of a Maildir file name that survives flag changes (before ':2,')."""
    return name.split(":", 1)[0]


def _read_header_block(path: Path) -> bytes:
    """The header lines of a message file, read no further than the first blank line."""
    lines: list[bytes] = []
    total = 0
    with path.open("rb") as f:
        while total < _HEADER_CAP:
            line = f.readline(_HEADER_CAP - total)
            if not line or line in (b"\n", b"\r\n"):
                break
            lines.append(line)
            total += len(line)
    return b"".join(lines)


def _header_block(raw: bytes) -> bytes:
    """The header lines of a message held in memory (up to its first blank line)."""
    if raw.startswith((b"\n", b"\r\n")):
        return b""  # a blank first line: no headers at all
    end = _BLANK_LINE.search(raw)
    return raw[: end.start() + 1] if end else raw


def _header_value(block: bytes, name: bytes) -> bytes | None:
    """The unfolded value of the first header called `name` (lower case), or None."""
    current: list[bytes] | None = None
    for line in block.splitlines():
        if line[:1] in (b" ", b"\t"):
            if current is not None:
                current.append(line)  # continuation of the header we are collecting
            continue
        if current is not None:
            break
        key, colon, value = line.partition(b":")
        if colon and key.strip().lower() == name:
            current = [value]
    return b"".join(current) if current is not None else None


def _location(path: Path) -> str:
    return f"maildir:{path}"


def _is_inbox(folder: str) -> bool:
    return folder.casefold() == INBOX.casefold()


def _normalise(folder: str) -> str:
    """Lower case, without the `INBOX.` prefix some servers put before every folder."""
    name = folder.casefold()
    return name.removeprefix("inbox.")


def _safe_name(name: str) -> bool:
    # a folder or ref must not climb out of the Maildir
    return bool(name) and "/" not in name and "\0" not in name and name not in (".", "..")


KEYS = {"path", "sent_folders", "drafts_folder"}


def maildir_options(account: Account, cfg: Config) -> tuple[Path, tuple[str, ...], str]:
    """A `maildir` account's keys, checked without touching the disk: (root, sent folders,
    drafts folder). `ConfigError` lists every bad key."""
    keys = AccountKeys(account, str(cfg.path), KEYS)
    path = keys.get("path", str, default="", required=True)
    sent = keys.get("sent_folders", list, default=list(DEFAULT_SENT_FOLDERS))
    if not all(isinstance(s, str) for s in sent):
        keys.problem("sent_folders", "must be a list of folder names")
    drafts = keys.get("drafts_folder", str, default="Drafts")
    keys.checked()
    return cfg.resolve(path), tuple(str(s) for s in sent), drafts


def open_maildir(
    account: Account, cfg: Config, clock: Callable[[], datetime] | None = None
) -> MaildirSource:
    """A `MaildirSource` from an `[[accounts]]` table of type "maildir" (`clock` is unused: a
    Maildir is read whole)."""
    root, sent, drafts = maildir_options(account, cfg)
    return MaildirSource(account.name, root, sent, drafts)
