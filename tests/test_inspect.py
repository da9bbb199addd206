"""`followupd inspect`: one message at a time, from no one's side (contracts/README.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import jsonschema

from tests.conftest import CONTRACTS, CORPORA

SCHEMA = json.loads((CONTRACTS / "inspect.schema.json").read_text())


def inspect(*files: Path, tz: str = "America/Chicago") -> list[dict[str, object]]:
    proc = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "inspect", "--tz", tz, "--json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    for line in lines:
        jsonschema.validate(line, SCHEMA)
    return lines


def write(
    path: Path, subject: str, body: str, date: str = "Mon, 02 Mar 2026 09:00:00 -0600"
) -> Path:
    msg = EmailMessage()
    msg["From"] = "Dana Ruiz <dana.ruiz@acme-robotics.example>"
    msg["To"] = "Jordan Lee <jordan@example.net>"
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{path.stem}@acme-robotics.example>"
    msg.set_content(body)
    path.write_bytes(msg.as_bytes())
    return path


def test_an_interview_being_arranged_is_read_from_the_message_alone(tmp_path: Path) -> None:
    f = write(
        tmp_path / "a.eml",
        "Phone interview – Data Analyst",
        "Hi Jordan,\n\nThanks for applying. Would Thursday, March 5 at 2:00 pm work for a "
        "30-minute phone interview with Sam Ito (sam.ito@acme-robotics.example)?\n\n"
        "I'll get back to you by Friday either way.\n\nDana",
    )
    [line] = inspect(f)
    assert line["job_related"] and line["about_interview"] and line["category"] == "interview"
    assert line["date"] == "2026-03-02T09:00:00-06:00" and line["error"] is None
    [meeting] = line["meetings"]  # type: ignore[misc]
    assert meeting["start"] == "2026-03-05T14:00:00-06:00" and meeting["status"] == "proposed"
    assert [p["last_day"] for p in line["promises"]] == ["2026-03-06"]  # type: ignore[attr-defined]


def test_a_press_interview_is_not_about_a_job(tmp_path: Path) -> None:
    f = write(
        tmp_path / "p.eml",
        "Interview request from a magazine",
        "Our reporter would like a telephone interview with your chairman for an article in "
        "next month's magazine.",
    )
    [line] = inspect(f)
    assert not line["job_related"] and not line["about_interview"] and line["category"] is None


def test_every_file_gets_its_line_in_order_even_when_it_cannot_be_read(tmp_path: Path) -> None:
    good = write(tmp_path / "g.eml", "Lunch", "Lunch on Friday?")
    lines = inspect(tmp_path / "missing.eml", good, CORPORA / "cpython_test_email" / "msg_01.txt")
    assert [str(line["file"]) for line in lines][:2] == [str(tmp_path / "missing.eml"), str(good)]
    assert lines[0]["error"] and lines[1]["error"] is None and lines[2]["error"] is None
