"""Bad input gets a clear log line and loses nothing: the scan goes on and exits 0."""

from __future__ import annotations

import json
import time
import zoneinfo
from email.message import EmailMessage
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from daemon.errors import MessageError
from daemon.parse import parse_calendar, parse_message
from tests.conftest import CORPORA, scan

TZ = zoneinfo.ZoneInfo("America/Chicago")
CONFIG = """
[user]
name = "Jordan Lee"
emails = ["jordan.lee@example.net"]
timezone = "America/Chicago"

[[accounts]]
name = "local"
type = "maildir"
path = "mailbox"
"""


def parse(data: bytes) -> object:
    return parse_message(data, account="a", folder="INBOX", ref="r", default_tz=TZ)


def test_broken_mime_is_salvaged() -> None:
    data = (
        b"From: A <a@x.example>\r\nTo: jordan.lee@example.net\r\nSubject: broken\r\n"
        b"Date: Mon, 02 Mar 2026 10:00:00 -0600\r\nMessage-ID: <b@x>\r\n"
        b'Content-Type: multipart/mixed; boundary="nope"\r\n\r\nno boundary ever\r\n'
    )
    msg = parse(data)
    assert msg.message_id == "<b@x>"  # type: ignore[attr-defined]


def test_an_unknown_charset_still_gives_text() -> None:
    data = (
        b"From: a@x.example\r\nSubject: s\r\nDate: Mon, 02 Mar 2026 10:00:00 -0600\r\n"
        b"Content-Type: text/plain; charset=x-martian\r\n\r\nI'll get back to you by Friday.\r\n"
    )
    assert "get back to you" in parse(data).text  # type: ignore[attr-defined]


def test_no_date_falls_back_to_received_or_is_refused() -> None:
    with_received = (
        b"Received: from x by y; Tue, 03 Mar 2026 09:00:00 -0600\r\n"
        b"From: a@x.example\r\nSubject: s\r\n\r\nhello\r\n"
    )
    assert parse(with_received).date.day == 3  # type: ignore[attr-defined]
    with pytest.raises(MessageError, match="Date"):
        parse(b"From: a@x.example\r\nSubject: s\r\n\r\nhello\r\n")


@pytest.mark.parametrize(
    ("dtstart", "expected"),
    [
        # a zone that does not exist, and a floating time: read in the user's zone
        ("DTSTART;TZID=Nowhere/Atlantis:20260310T100000", 1),
        ("DTSTART:20260310T100000", 1),
        ("DTSTART;TZID=America/Chicago:2026031", 0),  # a broken value: no event, no crash
    ],
)
def test_an_invite_with_a_bogus_zone_does_not_crash(dtstart: str, expected: int) -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x1\r\n"
        + dtstart
        + "\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    events = parse_calendar(ics, TZ)
    assert len(events) == expected
    for e in events:
        assert e.start.utcoffset() == TZ.utcoffset(e.start.replace(tzinfo=None))


def _message(subject: str, body: str = "hello", attach: bytes | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Dana Ruiz <dana.ruiz@acme.example>"
    msg["To"] = "jordan.lee@example.net"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 02 Mar 2026 10:00:00 -0600"
    msg["Message-ID"] = f"<{abs(hash(subject))}@acme.example>"
    msg.set_content(body)
    if attach is not None:
        msg.add_attachment(
            attach, maintype="application", subtype="octet-stream", filename="big.bin"
        )
    return msg.as_bytes()


def test_a_scan_over_bad_messages_logs_them_and_exits_zero(tmp_path: Path) -> None:
    inbox = tmp_path / "mailbox" / "cur"
    inbox.mkdir(parents=True)  # no tmp/ and no new/: as git checks a case out
    (inbox / "1.a:2,S").write_bytes(b"From: a@x.example\r\nSubject: no date\r\n\r\nhi\r\n")
    (inbox / "2.b:2,S").write_bytes(_message("big one", attach=b"\0" * (20 * 1024 * 1024)))
    (inbox / "3.c:2,S").write_bytes(b"\xff\xfe garbage \x00\x01" * 100)
    (inbox / "4.d:2,S").write_bytes(
        _message("Interview next steps", "I'll get back to you by Friday, March 6.")
    )
    (tmp_path / "config.toml").write_text(CONFIG)
    proc = scan(tmp_path / "config.toml", "2026-03-12T09:00:00-05:00", timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert '"message_skipped"' in proc.stderr and "1.a" in proc.stderr
    assert '"callback"' in proc.stdout  # the good message still counted


def _corpus_files() -> list[Path]:
    folders = [
        "mailparser_mails",
        "flanker_messages",
        "cpython_test_email",
        "spamassassin_sample",
        "mailparser_mails",
    ]
    files = [
        p
        for f in folders
        for p in sorted((CORPORA / f).rglob("*"))
        if p.is_file()
        and p.suffix not in (".md", ".csv", ".txt.license")
        and p.name not in ("README.md", "LICENSE.txt", "index.csv")
    ]
    if len(files) < 500:
        raise RuntimeError(f"expected the corpora under {CORPORA}, found {len(files)} files")
    return files


def test_every_real_message_in_the_corpora_parses_or_is_refused_cleanly() -> None:
    parsed = refused = 0
    slowest = 0.0
    for path in _corpus_files():
        start = time.perf_counter()
        try:
            parse(path.read_bytes())
            parsed += 1
        except MessageError:
            refused += 1
        slowest = max(slowest, time.perf_counter() - start)
    assert parsed > 0.9 * (parsed + refused)  # the malformed fixtures may be refused
    assert slowest < 10


def test_every_calendar_fixture_parses_without_raising() -> None:
    files = sorted((CORPORA / "ics_fixtures").rglob("*.ics"))
    assert len(files) > 300
    events = 0
    for path in files:
        events += len(parse_calendar(path.read_bytes(), TZ))
    assert events > 100


def test_skipped_message_log_carries_ids_not_bodies(tmp_path: Path) -> None:
    from connectors.maildir import MaildirSource
    from daemon.config import load_config
    from daemon.scan import sync
    from daemon.store import Store

    (tmp_path / "mailbox" / "cur").mkdir(parents=True)
    (tmp_path / "mailbox" / "cur" / "9.z:2,S").write_bytes(b"Subject: secret salary 95k\r\n\r\nx")
    (tmp_path / "config.toml").write_text(CONFIG)
    cfg = load_config(tmp_path / "config.toml")
    with capture_logs() as logs:
        sync(
            MaildirSource("local", tmp_path / "mailbox"),
            Store(cfg.state_path),
            cfg,
            __import__("datetime").datetime.now().astimezone(),
        )
    skipped = [e for e in logs if e["event"] == "message_skipped"]
    assert skipped and skipped[0]["ref"] == "9.z"
    assert "salary" not in repr(logs)


def test_a_full_scan_over_the_real_corpora_runs_to_the_end(tmp_path: Path) -> None:
    """Every real message of the corpora in one Maildir: threading, inference and rules run
    over them all and the scan ends 0."""
    inbox = tmp_path / "mailbox" / "cur"
    inbox.mkdir(parents=True)
    for i, path in enumerate(_corpus_files()):
        (inbox / f"{i}.corpus:2,S").write_bytes(path.read_bytes())
    (tmp_path / "config.toml").write_text(CONFIG)
    proc = scan(tmp_path / "config.toml", "2002-03-01T09:00:00-06:00", timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert report["version"] == 1
    # spam and mailing lists are not a job search: hardly any thread is taken for one
    assert len(report["threads"]) < len(_corpus_files()) / 20
