"""Benchmark: new mail to draft, with `followupd run` running on a 20,000-message mailbox.

Two daemons, each its own process, measured from outside after their first tick:

- Maildir, watched: a message is delivered the Maildir way (written into tmp/, renamed into
  new/); the clock starts at the rename and stops when the draft appears in `.Drafts/cur`
  (looked for every 5 ms).
- IMAP, IDLE, against a local Dovecot (tests/dovecot.py): the message is APPENDed to the
  INBOX by another client; the clock starts when the APPEND returns and stops when the Drafts
  folder holds one more message (STATUS every 20 ms, from a third session).

Each delivery is an interview invitation whose meeting ended five hours before the daemon's
`now`, so a thank-you is owed at once; `--deliveries` of them, one at a time, median and
worst. The floor of the IDLE figure is Dovecot's own notification delay (about 0.5 s).

    python bench/latency.py [--messages 20000] [--deliveries 5] [--skip-imap]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
from make_mailbox import DEFAULT_USER, generate  # noqa: E402
from scan_bench import machine  # noqa: E402

if TYPE_CHECKING:
    from tests.dovecot import DovecotServer

NOW = "2026-03-18T11:00:00-05:00"
IMAP_USER = "bench"


def invitation(i: int, now: datetime) -> bytes:
    """Mail sent a minute before `now` (the daemon's clock) confirming an interview that ended
    five hours before: a thank-you is owed at once."""
    start = now - timedelta(hours=6, minutes=i)
    end = start + timedelta(hours=1)
    uid = f"latency-{i}-{uuid.uuid4().hex[:8]}@halcyonworks.example"

    def utc(d: datetime) -> str:
        return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    person = f"Marco Bellini{i}"
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nMETHOD:REQUEST\r\n"
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:0\r\nDTSTART:{utc(start)}\r\n"
        f"DTEND:{utc(end)}\r\nSUMMARY:Interview: Senior Operations Analyst (Halcyon Works)\r\n"
        "ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@halcyonworks.example\r\n"
        f"ATTENDEE;CN={person};ROLE=REQ-PARTICIPANT:mailto:marco.bellini{i}"
        "@halcyonworks.example\r\n"
        f"ATTENDEE;CN={DEFAULT_USER['name']};ROLE=REQ-PARTICIPANT:mailto:"
        f"{DEFAULT_USER['emails'][0]}\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return (
        "From: Priya Natarajan <priya.natarajan@halcyonworks.example>\r\n"
        f"To: {DEFAULT_USER['name']} <{DEFAULT_USER['emails'][0]}>\r\n"
        f"Subject: Interview: Senior Operations Analyst with {person}\r\n"
        f"Date: {format_datetime(now - timedelta(minutes=1))}\r\nMessage-ID: <{uid}>\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi Alex,\r\n\r\nThis confirms "
        f"your interview for the Senior Operations Analyst role with {person}, our hiring "
        "manager. The invitation is attached.\r\n\r\nBest,\r\nPriya Natarajan\r\nRecruiting "
        "Coordinator, Halcyon Works\r\n--b1\r\nContent-Type: text/calendar; method=REQUEST; "
        f"charset=utf-8\r\n\r\n{ics}--b1--\r\n"
    ).encode()


class Daemon:
    """`followupd run` in its own process; `ticked` is set after each finished tick."""

    def __init__(self, config: Path, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "daemon.cli", "run", "--config", str(config), "--now", NOW],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, **(env or {})},
            cwd=ROOT,
        )
        self.started = time.monotonic()
        self.ticks = 0
        self.ticked = threading.Event()
        self.drafts_logged = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            if b'"tick_done"' in line:
                self.ticks += 1
                self.ticked.set()
            if b'"draft_written"' in line:
                self.drafts_logged += 1

    def now(self) -> datetime:
        """The daemon's clock: `NOW` when it started, running at the real pace."""
        return datetime.fromisoformat(NOW) + timedelta(seconds=time.monotonic() - self.started)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def user_toml() -> str:
    return "[user]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in DEFAULT_USER.items())


def maildir_mailbox(n: int, work: Path) -> tuple[Path, Path]:
    """A generated `n`-message Maildir in `work`, and a config for it: (mailbox, config)."""
    mailbox = work / "mailbox"
    generate(mailbox, n, 1, datetime.fromisoformat(NOW), DEFAULT_USER)
    config = work / "config.toml"
    config.write_text(
        user_toml()
        + f'\n[[accounts]]\nname = "local"\ntype = "maildir"\npath = "{mailbox}"\n'
        + f'\n[state]\npath = "{work / "state.sqlite3"}"\n'
    )
    return mailbox, config


def maildir_run(n: int, deliveries: int, work: Path) -> list[float]:
    mailbox, config = maildir_mailbox(n, work)
    daemon = Daemon(config)
    try:
        if not daemon.ticked.wait(900):
            raise SystemExit("the daemon did not finish its first tick")
        time.sleep(2)
        drafts = mailbox / ".Drafts" / "cur"
        out = []
        for i in range(deliveries):
            before = len(list(drafts.iterdir())) if drafts.is_dir() else 0
            now = daemon.now()
            name = f"{int(time.time())}.M{i}P{os.getpid()}.latency"
            (mailbox / "tmp" / name).write_bytes(invitation(i, now))
            began = time.perf_counter()
            os.rename(mailbox / "tmp" / name, mailbox / "new" / name)
            deadline = began + 120
            while time.perf_counter() < deadline:
                if drafts.is_dir() and len(list(drafts.iterdir())) > before:
                    break
                time.sleep(0.005)
            else:
                raise SystemExit("no draft within 120 s")
            out.append(time.perf_counter() - began)
            time.sleep(3)
        return out
    finally:
        daemon.stop()


def imap_mailbox(server: DovecotServer, n: int, work: Path) -> Path:
    """Fill the Dovecot's user with a generated `n`-message mailbox, start it, and write a
    config for an IMAP account on it (password in FOLLOWUPD_BENCH_PASSWORD); the config's path."""
    maildir = server.maildir(IMAP_USER)
    generate(maildir, n, 1, datetime.fromisoformat(NOW), DEFAULT_USER)
    for path in maildir.rglob("*"):
        stamp = path.name.split(".", 1)[0]
        if path.is_file() and stamp.isdigit():
            os.utime(path, (int(stamp), int(stamp)))
    server.hand_over(server.mail_root / IMAP_USER)
    server.start()
    config = work / "config.toml"
    config.write_text(
        user_toml()
        + '\n[[accounts]]\nname = "imap"\ntype = "imap"\nhost = "127.0.0.1"\n'
        + f'port = {server.port}\nsecurity = "none"\nusername = "{IMAP_USER}"\n'
        + 'password_env = "FOLLOWUPD_BENCH_PASSWORD"\n'
        + f'\n[state]\npath = "{work / "state.sqlite3"}"\n'
    )
    return config


def imap_run(n: int, deliveries: int, work: Path) -> list[float]:
    from tests.dovecot import PASSWORD, DovecotServer

    server = DovecotServer(work / "dovecot")
    try:
        config = imap_mailbox(server, n, work)
        daemon = Daemon(config, {"FOLLOWUPD_BENCH_PASSWORD": PASSWORD})
        try:
            if not daemon.ticked.wait(900):
                raise SystemExit("the daemon did not finish its first tick")
            time.sleep(3)  # into IDLE
            watcher = server.client(IMAP_USER, PASSWORD)
            sender = server.client(IMAP_USER, PASSWORD)

            def drafts() -> int:
                try:
                    return int(watcher.folder_status("Drafts", [b"MESSAGES"])[b"MESSAGES"])
                except Exception:  # no Drafts folder yet
                    return 0

            out = []
            for i in range(deliveries):
                before = drafts()
                data = invitation(i, daemon.now())
                sender.append("INBOX", data)
                began = time.perf_counter()
                deadline = began + 120
                while time.perf_counter() < deadline:
                    if drafts() > before:
                        break
                    time.sleep(0.02)
                else:
                    raise SystemExit("no draft within 120 s")
                out.append(time.perf_counter() - began)
                time.sleep(3)
            watcher.logout()
            sender.logout()
            return out
        finally:
            daemon.stop()
    finally:
        server.stop()


def show(name: str, runs: list[float]) -> None:
    print(
        f"{name:28} median {statistics.median(runs):5.2f} s, worst {max(runs):5.2f} s  "
        f"({', '.join(f'{r:.2f}' for r in runs)})"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--deliveries", type=int, default=5)
    ap.add_argument("--skip-imap", action="store_true")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    print(f"mailbox: {args.messages} generated messages; new mail to draft written:")
    with tempfile.TemporaryDirectory() as tmp:
        show("Maildir (watched)", maildir_run(args.messages, args.deliveries, Path(tmp)))
    if not args.skip_imap:
        with tempfile.TemporaryDirectory() as tmp:
            show("IMAP (IDLE, Dovecot)", imap_run(args.messages, args.deliveries, Path(tmp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
