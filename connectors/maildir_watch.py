"""Waking on new mail in a Maildir instead of polling: each folder's `cur/` and `new/` (and the
root, where new folders appear) watched with watchdog, which uses inotify on Linux, FSEvents on
macOS and kqueue on the BSDs. Where no watcher can be started (a filesystem or platform without
change notification, too many watches), `wait` sleeps out its timeout: polling, as before.

Only the wake-up comes from here; what changed is still found by the next sync, so a missed or
doubled event costs a tick, never a message.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import structlog
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

log = structlog.get_logger(__name__)


class _Wake(FileSystemEventHandler):
    def __init__(self, event: threading.Event, wanted: Callable[[str], bool]) -> None:
        self.event, self.wanted = event, wanted

    def on_any_event(self, event: FileSystemEvent) -> None:
        for path in (event.src_path, getattr(event, "dest_path", "")):
            if path and self.wanted(str(path)):
                self.event.set()
                return


class FolderWatch:
    """Watches the folders `folders()` lists (re-read when the root changes)."""

    def __init__(
        self, root: Path, folders: Callable[[], list[Path]], wanted: Callable[[str], bool]
    ) -> None:
        self.root, self._folders, self._wanted = root, folders, wanted
        self.changed = threading.Event()
        self._observer: object | None = None
        self._watched: set[Path] = set()
        self.failed = False

    def _start(self) -> bool:
        if self._observer is not None or self.failed:
            return not self.failed
        try:
            observer = Observer()
            handler = _Wake(self.changed, self._event)
            observer.schedule(handler, str(self.root), recursive=False)
            for folder in self._folders():
                for sub in ("cur", "new"):
                    if (folder / sub).is_dir():
                        observer.schedule(handler, str(folder / sub), recursive=False)
                        self._watched.add(folder / sub)
            observer.daemon = True
            observer.start()
        except Exception as exc:  # any platform refusal means: poll instead
            log.warning("maildir_watch_unavailable", reason=exc.__class__.__name__)
            self.failed = True
            return False
        self._observer = observer
        log.info("maildir_watching", folders=len(self._watched))
        return True

    def _event(self, path: str) -> bool:
        p = Path(path)
        if p.parent == self.root and p.name.startswith("."):
            # a folder came or went: watch anew from the next wait
            self._restart = True
            return True
        return p.parent.name in ("cur", "new") and self._wanted(path)

    def wait(self, timeout: float, stop: threading.Event) -> bool:
        """True when a message may have arrived (or the folders changed), False when
        `timeout` passed or `stop` was set first."""
        if getattr(self, "_restart", False):
            self.close()
            self._restart = False
        if not self._start():
            stop.wait(timeout)
            return False
        left = timeout
        while left > 0 and not stop.is_set():
            step = min(0.25, left)
            if self.changed.wait(step):
                self.changed.clear()
                return True
            left -= step
        return False

    def close(self) -> None:
        observer = self._observer
        self._observer = None
        self._watched.clear()
        if observer is not None:
            observer.stop()  # type: ignore[attr-defined]
            observer.join(timeout=5)  # type: ignore[attr-defined]
