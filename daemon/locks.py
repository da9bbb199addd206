"""Locks on a state database, so two followupd processes never write the same draft.

- `DaemonLock` (`<state>.lock`): one `followupd run` per state database, held for its life.
- `WriterLock` (`<state>.writer.lock`): held by whatever syncs, decides and writes (a `scan`,
  a daemon's tick, `digest`, `dismiss`...) for the length of that one operation, so a `scan`
  started while the daemon runs waits for the tick in progress and then finds its drafts in
  the ledger. Both are `flock`s: the kernel drops them when a process dies, however it dies.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from pathlib import Path
from typing import IO

import structlog

from daemon.errors import Busy, ConfigError, StateError
from daemon.statefiles import private_folder

log = structlog.get_logger(__name__)
WRITER_WAIT_SECONDS = 600.0  # a first sync of a large mailbox can take minutes


def _open_private(path: Path) -> IO[str]:
    try:
        private_folder(path.parent)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StateError(f"cannot create the lock file {path}: {exc.strerror}") from exc
    return os.fdopen(fd, "r+")


class DaemonLock:
    """One daemon per state database: an exclusive lock on `<state>.lock`."""

    def __init__(self, state_path: Path) -> None:
        self.path = state_path.with_name(state_path.name + ".lock")
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock, or raise ConfigError naming the state folder if another daemon has it."""
        handle = _open_private(self.path)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise ConfigError(
                f"another followupd is already running on {self.path.parent} "
                "(stop it first, or give this one its own [state].path)"
            ) from None
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None


class WriterLock:
    """The right to sync, decide and write for one state database, for one operation.

    Use as a context manager. Waits for another holder up to `wait` seconds (polling, so a
    `stop` event ends the wait at once) and then raises `Busy`.
    """

    def __init__(
        self,
        state_path: Path,
        wait: float = WRITER_WAIT_SECONDS,
        stop: threading.Event | None = None,
    ) -> None:
        self.path = state_path.with_name(state_path.name + ".writer.lock")
        self.wait = wait
        self.stop = stop
        self._file: IO[str] | None = None

    def __enter__(self) -> WriterLock:
        handle = _open_private(self.path)
        started = time.monotonic()
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                waited = time.monotonic() - started
                if waited >= self.wait or (self.stop is not None and self.stop.is_set()):
                    handle.close()
                    raise Busy(
                        f"another followupd has been writing to {self.path.parent} for "
                        f"{waited:.0f} s; will try again"
                    ) from None
                if not told and waited > 1:
                    log.info("waiting_for_other_writer", lock=str(self.path))
                    told = True
                time.sleep(0.05)
        self._file = handle
        return self

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None
