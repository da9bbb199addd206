"""Writing files into a Maildir the Maildir way, and cleaning up after interrupted writes.

A file is written into tmp/ under a name no other writer picks, fsynced, then hard-linked into
cur/ or new/ (never replacing anything). A writer killed in between leaves its copy in tmp/;
`orphans` finds those of followupd's own, and only those.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import re
import socket
import time
from pathlib import Path

from daemon.errors import MailboxError

# Shared by every instance: two sources on one root in one process must not pick the same name.
_counter = itertools.count(1)
# errnos meaning "this filesystem cannot hard-link", where rename is the only way left.
_NO_LINK = frozenset({errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.ENOSYS})
_BLANK_LINE = re.compile(rb"\n\r?\n")
_OUR_NAME = re.compile(r"\d+\.M\d+P(?P<pid>\d+)Q\d+\.(?P<host>.+),S=\d+")
TMP_MAX_AGE = 36 * 3600  # Maildir's own rule: a file in tmp/ this old is abandoned
_OUR_HEADERS = re.compile(rb"(?im)^(x-followupd-followup:|message-id:\s*<followupd)")


def deliver(raw: bytes, tmp: Path, final: Path) -> bool:
    """Write `raw` to `tmp`, fsync, link it to `final`. False if either name is taken."""
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    except OSError as exc:
        raise MailboxError(f"Cannot write draft {tmp}: {exc.strerror}") from exc
    try:
        try:
            view = memoryview(raw)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if not _link_no_replace(tmp, final):
            return False
        _fsync_dir(final.parent)
        return True
    except OSError as exc:
        raise MailboxError(f"Cannot write draft {final}: {exc.strerror}") from exc
    finally:
        # after a link, tmp is a second name for the draft; otherwise it is a leftover
        # a stray file in tmp/ is harmless: Maildir readers never look there
        with contextlib.suppress(OSError):
            tmp.unlink()


def _link_no_replace(src: Path, dst: Path) -> bool:
    """Give `src` the name `dst` without ever replacing a file there. False if `dst` exists."""
    try:
        os.link(src, dst)
        return True
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in _NO_LINK:
            raise
    # No hard links here (some FUSE and FAT mounts). rename() would replace an existing file,
    # so check first; the window is tiny and our names are unique per host, pid and counter.
    if os.path.lexists(dst):
        return False
    os.rename(src, dst)
    return True


def _fsync_dir(directory: Path) -> None:
    # makes the new directory entry durable; some filesystems refuse, which we can live with
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def unique_name(size: int) -> str:
    """A Maildir file name no other writer picks: time, pid, per-process counter, host, size."""
    now = time.time_ns()
    seconds, micros = divmod(now // 1000, 1_000_000)
    return f"{seconds}.M{micros}P{os.getpid()}Q{next(_counter)}.{host()},S={size}"


def host() -> str:
    # '/' and ':' cannot appear in a Maildir name part; escape them as the Maildir spec says
    return socket.gethostname().replace("/", r"\057").replace(":", r"\072")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, another user's
    return True


def ours(path: Path) -> bool:
    """Whether the file holds a draft or digest followupd wrote (its header says so)."""
    with path.open("rb") as f:
        head = f.read(65536)
    end = _BLANK_LINE.search(head)
    return bool(_OUR_HEADERS.search(head[: end.start()] if end else head))


def orphans(tmp: Path) -> list[Path]:
    """Files in `tmp` that followupd's interrupted writes left: our name, our header, and a
    writer that is dead (same host) or a file older than `TMP_MAX_AGE`."""
    found: list[Path] = []
    here = host()
    try:
        entries = list(os.scandir(tmp))
    except OSError:
        return found
    for entry in entries:
        m = _OUR_NAME.fullmatch(entry.name)
        try:
            if m is None or not entry.is_file(follow_symlinks=False):
                continue
            age = time.time() - entry.stat(follow_symlinks=False).st_mtime
            dead = m.group("host") == here and not alive(int(m.group("pid")))
            if (age > TMP_MAX_AGE or dead) and ours(Path(entry.path)):
                found.append(Path(entry.path))
        except OSError:
            continue  # gone meanwhile
    return found
