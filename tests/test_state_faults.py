"""The state database as a dependency that can fail: full, read-only, locked, damaged; files
private whatever the umask; orphan draft copies cleaned; the digest exactly once a day."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from connectors.maildir import MaildirSource
from daemon import delivery
from daemon.config import load_config
from daemon.scan import sync
from daemon.store import Store
from tests.conftest import CASES, copy_tree, scan, write_config
from tests.test_service import wait_for

CASE = CASES / "sample-analyst-chicago"
DATA = json.loads((CASE / "case.json").read_text())


@pytest.fixture
def home(tmp_path: Path) -> Path:
    mailbox = copy_tree(CASE / "mailbox", tmp_path / "mailbox")
    write_config(DATA, mailbox, tmp_path)
    text = (tmp_path / "config.toml").read_text()
    state = json.dumps(str(tmp_path / "state" / "followupd.sqlite3"))
    text = text.replace(f"path = {json.dumps(str(tmp_path / 'state.sqlite3'))}", f"path = {state}")
    (tmp_path / "config.toml").write_text(text + "\n[service]\nretry_minutes = 1\n")
    return tmp_path


def _daemon(home: Path, preexec: object = None) -> subprocess.Popen[str]:
    with (home / "run.log").open("w") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "daemon.cli", "run", "--config", str(home / "config.toml")]
            + ["--now", DATA["now"], "--clock-rate", "60"],
            stdout=subprocess.DEVNULL,
            stderr=log,
            text=True,
            preexec_fn=preexec,  # type: ignore[arg-type]
        )


def _drafts(home: Path) -> list[Path]:
    cur = home / "mailbox" / ".Drafts" / "cur"
    return sorted(cur.iterdir()) if cur.is_dir() else []


def _log(home: Path) -> str:
    return (home / "run.log").read_text()


def test_files_are_private_whatever_the_umask(home: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; os.umask(0); from daemon.cli import main;"
            " sys.exit(main(sys.argv[1:]))",
            "scan",
            "--config",
            str(home / "config.toml"),
            "--now",
            DATA["now"],
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    folder = home / "state"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert {p.name for p in files} >= {"followupd.sqlite3", "followupd.sqlite3.writer.lock"}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for path in _drafts(home):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_full_disk_is_said_clearly_and_the_daemon_retries_until_it_has_room(home: Path) -> None:
    limit = 32 * 1024  # RLIMIT_FSIZE: no file may grow past 32 KiB, as on a full disk

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    proc = _daemon(home, small_files)
    try:
        assert wait_for(lambda: '"state_unavailable"' in _log(home), 30), _log(home)[-2000:]
        assert "cannot be written" in _log(home) or "full" in _log(home)
        assert proc.poll() is None and _drafts(home) == []
        # room again (the soft limit raised to the hard one, as any user may)
        resource.prlimit(proc.pid, resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY,) * 2)
        assert wait_for(lambda: len(_drafts(home)) == 5, 60), _log(home)[-3000:]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "Traceback" not in _log(home)


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make files read-only for real: chmod for a user, the immutable attribute for root
    (which chmod does not stop)."""
    root = os.geteuid() == 0
    for p in paths:
        if root:
            subprocess.run(["chattr", "+i", str(p)], check=True)
        else:
            p.chmod(0o400)
    try:
        yield
    finally:
        for p in paths:
            if root:
                subprocess.run(["chattr", "-i", str(p)], check=True)
            else:
                p.chmod(0o600)


def test_a_read_only_database_is_said_clearly_and_nothing_is_lost(home: Path) -> None:
    first = scan(home / "config.toml", DATA["now"], "--dry-run")
    assert first.returncode == 0
    db = home / "state" / "followupd.sqlite3"
    folder = home / "state"
    with read_only(db, folder):
        proc = scan(home / "config.toml", DATA["now"])
        assert proc.returncode == 5, proc.stderr[-2000:]
        assert "Traceback" not in proc.stderr
        assert "state database" in proc.stderr and "read-only" in proc.stderr
        assert _drafts(home) == []  # no draft without its record
        daemon = _daemon(home)
        try:
            assert wait_for(lambda: '"state_unavailable"' in _log(home), 30), _log(home)
            assert daemon.poll() is None
        finally:
            pass
    try:
        # writable again: the daemon's next try (it backs off) writes every draft
        assert wait_for(lambda: len(_drafts(home)) == 5, 90), _log(home)[-3000:]
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=20) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()


def test_a_damaged_database_is_said_clearly(home: Path) -> None:
    assert scan(home / "config.toml", DATA["now"], "--dry-run").returncode == 0
    db = home / "state" / "followupd.sqlite3"
    for extra in ("-wal", "-shm"):
        Path(str(db) + extra).unlink(missing_ok=True)
    db.write_bytes(b"not a database at all\0" * 500)
    proc = scan(home / "config.toml", DATA["now"])
    assert proc.returncode == 5 and "damaged" in proc.stderr and "Traceback" not in proc.stderr


def test_a_database_locked_for_a_while_is_waited_for(home: Path) -> None:
    assert scan(home / "config.toml", DATA["now"], "--dry-run").returncode == 0
    db = sqlite3.connect(
        home / "state" / "followupd.sqlite3", isolation_level=None, check_same_thread=False
    )
    db.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(2.0, lambda: db.execute("COMMIT"))
    release.start()
    try:
        proc = scan(home / "config.toml", DATA["now"])
    finally:
        release.join()
        db.close()
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert len(_drafts(home)) == 5


def test_orphan_copies_of_interrupted_writes_are_removed_and_nothing_else(home: Path) -> None:
    source = MaildirSource("local", home / "mailbox")
    tmp = home / "mailbox" / ".Drafts" / "tmp"
    tmp.mkdir(parents=True)
    host = __import__("socket").gethostname()
    draft = b"From: a@x.example\r\nX-Followupd-Followup: f1\r\n\r\nhi\r\n"
    dead = 4_000_000  # above any pid_max: a writer that is gone
    for n in range(48):
        (tmp / f"1773000000.M{n}P{dead}Q{n}.{host},S=40").write_bytes(draft)
    kept = [
        tmp / f"1773000000.M1P{os.getpid()}Q1.{host},S=40",  # a live writer's
        tmp / "1773000000.M1P1Q1.otherhost,S=40",  # another host's, recent
        tmp / f"1773000000.M2P{dead}Q2.{host},S=40",  # not a draft of ours
        tmp / "some-mua-file",
    ]
    for path in kept[:2]:
        path.write_bytes(draft)
    kept[2].write_bytes(b"From: a@x.example\r\nSubject: the user's own\r\n\r\nhi\r\n")
    kept[3].write_bytes(draft)
    proc = scan(home / "config.toml", DATA["now"])
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert sorted(tmp.iterdir()) == sorted(kept)
    assert source.tidy() == 0


class DiesAfterDelivering(MaildirSource):
    """Delivers the digest, then the process dies before recording it."""

    def deliver_digest(self, raw: bytes, to: str) -> str:
        super().deliver_digest(raw, to)
        raise KeyboardInterrupt("killed")


def test_the_digest_goes_out_once_after_a_crash_between_delivery_and_record(home: Path) -> None:
    cfg = load_config(home / "config.toml")
    now = datetime.fromisoformat(DATA["now"])
    store = Store(cfg.state_path)
    day = delivery.digest_day(cfg, now)
    ids = iter(["<followupd-digest.1@example.net>", "<followupd-digest.2@example.net>"])

    def build(message_id: str) -> bytes:
        return (
            f"From: maya.okafor@example.net\r\nTo: maya.okafor@example.net\r\n"
            f"Subject: digest\r\nDate: Wed, 18 Mar 2026 08:00:00 -0500\r\n"
            f"Message-ID: {message_id}\r\nAuto-Submitted: auto-generated\r\n\r\nx\r\n"
        ).encode()

    with pytest.raises(KeyboardInterrupt):
        delivery.deliver_once(
            store,
            DiesAfterDelivering("local", home / "mailbox"),
            day,
            now,
            build,
            "maya.okafor@example.net",
            lambda: next(ids),
        )
    source = MaildirSource("local", home / "mailbox")
    sync(source, store, cfg, now)  # the restarted process syncs first
    assert delivery.due_day(store, cfg, now) == day
    again = delivery.deliver_once(
        store, source, day, now, build, "maya.okafor@example.net", lambda: next(ids)
    )
    assert again is None  # found in the mail: not delivered twice
    digests = [
        p for p in (home / "mailbox" / "new").iterdir() if b"<followupd-digest" in p.read_bytes()
    ]
    assert len(digests) == 1
    assert delivery.due_day(store, cfg, now) is None


def test_an_outage_across_the_digest_hour_and_midnight_sends_the_missed_digest_late(
    home: Path,
) -> None:
    cfg = load_config(home / "config.toml")  # digest at 08:00, America/Chicago
    store = Store(cfg.state_path)
    sent = datetime.fromisoformat("2026-03-16T08:00:00-05:00")
    delivery.mark_done(store, delivery.digest_day(cfg, sent), sent)
    # down from Tue 17 07:00 to Wed 18 01:00: Tuesday's digest was never sent
    back = datetime.fromisoformat("2026-03-18T01:00:00-05:00")
    assert str(delivery.due_day(store, cfg, back)) == "2026-03-17"
    delivery.mark_done(store, delivery.due_day(cfg=cfg, store=store, now=back), back)  # type: ignore[arg-type]
    assert delivery.due_day(store, cfg, back) is None
    later = datetime.fromisoformat("2026-03-18T08:30:00-05:00")
    assert str(delivery.due_day(store, cfg, later)) == "2026-03-18"


def test_the_first_digest_waits_for_the_digest_time(home: Path) -> None:
    cfg = load_config(home / "config.toml")
    store = Store(cfg.state_path)
    assert delivery.due_day(store, cfg, datetime.fromisoformat("2026-03-18T01:00:00-05:00")) is None
    assert shutil.which("chattr") or os.geteuid() != 0  # read_only() above needs it as root
