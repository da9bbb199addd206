"""The state database's files and errors: created private, and errors said in words.

`translated` wraps the store's methods so that every SQLite or file error leaves as a
`StateError` naming the cause and what to do about it.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from daemon.errors import StateError

P = ParamSpec("P")
R = TypeVar("R")


def state_error(exc: BaseException, path: Path) -> StateError:
    """Our error for an SQLite or file error, saying what the user can do."""
    text = str(exc)
    low = text.lower()
    if "full" in low or getattr(exc, "errno", None) == 28 or "disk i/o" in low:
        why = "the disk is full or cannot be written (free some space)"
    elif "readonly" in low or "read-only" in low or isinstance(exc, PermissionError):
        why = "it is read-only (check the file's and the folder's permissions and mount)"
    elif "locked" in low or "busy" in low:
        why = "another program holds it locked"
    elif "malformed" in low or "not a database" in low or "corrupt" in low:
        why = (
            "it is damaged; move it aside and followupd builds a new one from your mail "
            "(the record of drafts written and dismissals is in the damaged file)"
        )
    else:
        why = f"{exc.__class__.__name__}: {text}"
    return StateError(f"the state database {path} cannot be used: {why}")


def translated(method: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except (sqlite3.Error, OSError) as exc:
            path: Path = getattr(args[0], "path", Path("(unknown)"))
            raise state_error(exc, path) from exc

    return wrapper


def private_folder(folder: Path) -> None:
    """The state folder, created 0700 if missing (its parents as the umask says)."""
    if not folder.exists():
        folder.parent.mkdir(parents=True, exist_ok=True)
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass
        else:
            os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask


def private_file(path: Path) -> None:
    """Create `path` 0600 (or tighten our own file to 0600) before SQLite opens it: SQLite
    gives its -wal and -shm files the database file's mode."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        info = os.fstat(fd)
        if stat.S_IMODE(info.st_mode) & 0o077 and info.st_uid == os.geteuid():
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
