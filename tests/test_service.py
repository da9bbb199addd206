"""`followupd run` as people run it: a subprocess on a Maildir, an injected fast clock, signals."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

CONFIG = """
[user]
name = "Jordan Lee"
emails = ["jordan.lee@example.net"]
phone = "+1 312 555 0142"
timezone = "America/Chicago"

[[accounts]]
name = "local"
type = "maildir"
path = "mailbox"

[digest]
time = "{digest_time}"

[service]
poll_minutes = 30
"""
# the daemon's clock starts here and runs an hour per real second
START = "2026-03-10T04:00:00-05:00"
RATE = "3600"


def invite(who: str = "dana.ruiz", name: str = "Dana Ruiz") -> bytes:
    """An interview at 06:00-06:45 local on the start day, by calendar invite."""
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:-//test//EN\r\nVERSION:2.0\r\n"
        f"BEGIN:VEVENT\r\nUID:interview-{who}@acme.example\r\nSEQUENCE:0\r\n"
        "DTSTART:20260310T110000Z\r\nDTEND:20260310T114500Z\r\n"
        f"SUMMARY:Interview: Jordan Lee / {name}\r\n"
        f"ORGANIZER;CN={name}:mailto:{who}@acme-robotics.example\r\n"
        f"ATTENDEE;CN={name}:mailto:{who}@acme-robotics.example\r\n"
        "ATTENDEE;CN=Jordan Lee:mailto:jordan.lee@example.net\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    msg = EmailMessage()
    msg["From"] = f"{name} <{who}@acme-robotics.example>"
    msg["To"] = "Jordan Lee <jordan.lee@example.net>"
    msg["Subject"] = "Interview: Data Analyst at Acme Robotics"
    msg["Date"] = "Mon, 02 Mar 2026 10:00:00 -0600"
    msg["Message-ID"] = f"<invite-{len(who)}-{who[0]}@acme-robotics.example>"
    msg.set_content("Thanks for applying! Here is the invite for your interview with me.")
    msg.add_attachment(
        ics.encode(), maintype="text", subtype="calendar", params={"method": "REQUEST"}
    )
    return msg.as_bytes()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    cur = tmp_path / "mailbox" / "cur"
    cur.mkdir(parents=True)
    (cur / "1772467200.invite.test:2,S").write_bytes(invite())
    (tmp_path / "config.toml").write_text(CONFIG.format(digest_time="10:00"))
    return tmp_path


def start(home: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "daemon.cli",
            "run",
            "--config",
            str(home / "config.toml"),
            "--now",
            START,
            "--clock-rate",
            RATE,
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def wait_for(predicate, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def events(stderr: str) -> list[str]:
    return [json.loads(line)["event"] for line in stderr.splitlines() if line.startswith("{")]


def test_a_meeting_ends_a_draft_appears_the_digest_arrives_and_sigterm_stops_it(home: Path) -> None:
    drafts = home / "mailbox" / ".Drafts" / "cur"
    inbox_new = home / "mailbox" / "new"
    proc = start(home)
    try:
        # 06:45 end + 2 h = 08:45 on the clock: about 5 real seconds after the start
        assert wait_for(lambda: drafts.is_dir() and any(drafts.iterdir()), 30), "no draft"
        draft = next(drafts.iterdir()).read_text()
        assert "To: Dana Ruiz <dana.ruiz@acme-robotics.example>" in draft
        # the digest at 10:00 the same day: about 6 real seconds after the start
        assert wait_for(lambda: inbox_new.is_dir() and any(inbox_new.iterdir()), 30), "no digest"
        digest = next(inbox_new.iterdir()).read_text()
        assert "Subject: followupd: 1 follow-up owed, 1 draft ready" in digest
        assert "Dana Ruiz" in digest
        assert "Auto-Submitted: auto-generated" in digest
        began = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=10)
        assert time.monotonic() - began < 5
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err[-2000:]
    names = events(err)
    assert "daemon_started" in names and "digest_delivered" in names and "daemon_stopped" in names
    assert len(list(drafts.iterdir())) == 1  # ticks kept running; the draft stayed single
    assert "dana.ruiz@" not in err  # addresses are redacted in logs


def test_a_second_daemon_on_the_same_state_is_refused(home: Path) -> None:
    first = start(home)
    try:
        assert wait_for(lambda: (home / "followupd.sqlite3.lock").exists(), 10)
        time.sleep(0.5)
        second = start(home)
        _, err = second.communicate(timeout=20)
        assert second.returncode == 2 and "already running" in err
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=10)


def test_ready_and_watchdog_go_to_systemd(home: Path, tmp_path: Path) -> None:
    path = str(tmp_path / "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(20)
    proc = start(home, env={"NOTIFY_SOCKET": path})
    try:
        seen = set()
        while "READY=1" not in seen:
            seen.add(sock.recv(256).decode())
        assert "WATCHDOG=1" in seen or sock.recv(256).decode() == "WATCHDOG=1"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=10)
        sock.close()


def test_sighup_reloads_the_config(home: Path) -> None:
    proc = start(home)
    try:
        time.sleep(2)
        (home / "config.toml").write_text(CONFIG.format(digest_time="09:30"))
        proc.send_signal(signal.SIGHUP)
        time.sleep(2)
        (home / "config.toml").write_text("[user\nbroken")
        proc.send_signal(signal.SIGHUP)
        time.sleep(2)
        assert proc.poll() is None  # a broken config is refused; the daemon keeps going
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=10)
    names = events(err)
    assert "config_reloaded" in names and "config_reload_refused" in names


def test_what_a_tick_leaves_is_frozen_and_the_hourly_collection_frees_frozen_cycles(
    home: Path,
) -> None:
    """The kept heads and inference are set apart from the garbage collector after a tick (a
    full collection mid-tick would walk them all); a cycle frozen and dropped since is freed
    by the hourly collection, which unfreezes first."""
    import gc
    import weakref
    from datetime import datetime

    from daemon.cli import open_source
    from daemon.clock import Clock
    from daemon.service import FULL_COLLECTION_SECONDS, Service
    from daemon.store import Store

    class Node:
        other: object = None

    service = Service(home / "config.toml", Clock(datetime.fromisoformat(START)), open_source)
    service.store = Store(service.cfg.state_path)
    service._setup()
    try:
        [state] = service.accounts.values()
        result = service._tick(state)
        assert result is not None and result.followups  # the interview ahead is known
        service._settle()
        assert gc.get_freeze_count() > 0
        cycle = Node()
        cycle.other = cycle
        alive = weakref.ref(cycle)
        service._settle()  # within the hour: the cycle is frozen with the rest
        del cycle
        gc.collect()
        assert alive() is not None
        assert service._full_collection is not None
        service._full_collection -= FULL_COLLECTION_SECONDS
        service._settle()
        assert alive() is None
        assert gc.get_freeze_count() > 0
    finally:
        service._teardown()
        gc.unfreeze()
