"""Every hostile message of issue 9 in one mailbox, next to a healthy account: the real `scan`
and the real `run` go on, the healthy account's drafts are all written, each bad message is
reported once with its reason, and nothing takes longer than a minute."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from daemon.mailtext import clean_address
from tests.conftest import CASES, copy_tree
from tests.hostile import HOSTILE, ME, NOW
from tests.test_service import events, wait_for

CASE = CASES / "sample-analyst-chicago"
USER = f"""[user]
name = "Maya Okafor"
emails = ["{ME}"]
phone = "+1 312 555 0187"
timezone = "America/Chicago"

[service]
poll_minutes = 30

[digest]
time = "23:00"
"""


def _config(home: Path, accounts: list[str]) -> Path:
    text = USER + "".join(
        f'\n[[accounts]]\nname = "{name}"\ntype = "maildir"\npath = "{name}"\n' for name in accounts
    )
    (home / "config.toml").write_text(text)
    return home / "config.toml"


def _hostile_mailbox(root: Path) -> Path:
    cur = root / "cur"
    cur.mkdir(parents=True)
    for i, (name, make) in enumerate(HOSTILE.items()):
        (cur / f"17730{i:05d}.{name}:2,S").write_bytes(make())
    return root


def _scan(config: Path, *flags: str) -> tuple[subprocess.CompletedProcess[str], float]:
    began = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "scan", "--config", str(config), "--now", NOW]
        + ["--json", *flags],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc, time.monotonic() - began


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> int:
    """How many drafts the healthy account gets when scanned alone."""
    home = tmp_path_factory.mktemp("alone")
    copy_tree(CASE / "mailbox", home / "healthy")
    proc, _ = _scan(_config(home, ["healthy"]))
    assert proc.returncode == 0, proc.stderr[-2000:]
    drafts = json.loads(proc.stdout)["drafts"]
    assert len(drafts) >= 3
    return len(drafts)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    _hostile_mailbox(tmp_path / "hostile")
    copy_tree(CASE / "mailbox", tmp_path / "healthy")
    _config(tmp_path, ["hostile", "healthy"])  # the hostile one first: it must not stop the other
    return tmp_path


def _check_draft(raw: bytes) -> None:
    """RFC 5322 limits and clean headers: what a draft followupd writes must always be."""
    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 998
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", head)
    assert b"\n" not in head.replace(b"\r\n", b"")
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["Bcc"] is None and msg["Cc"] is None
    [to] = msg["To"].addresses
    assert clean_address(to.addr_spec) == to.addr_spec.lower()
    subject = str(msg["Subject"])
    assert not re.search("[\x00-\x1f\x7f\u2028\u2029]", subject) and len(subject) < 600


def test_scan_goes_on_past_every_hostile_message(home: Path, baseline: int) -> None:
    proc, took = _scan(home / "config.toml")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert took < 60
    report = json.loads(proc.stdout)
    assert [a["read"] for a in report["accounts"]] == [True, True]
    healthy = [d for d in report["drafts"] if "/healthy/" in (d["location"] or "")]
    assert len(healthy) == baseline and all(d["location"] for d in healthy)
    # each bad message reported once, with its Message-ID and a reason
    problems = report["problems"]
    keys = [(p["account"], p["kind"], p["where"]) for p in problems]
    assert len(keys) == len(set(keys)) and problems
    assert all(p["reason"] and p["account"] == "hostile" for p in problems)
    refused = {p["message_id"]: p["reason"] for p in problems}
    for n in (10, 12):  # References of 100,000 ids, a 1 MB subject
        assert "header block larger than 256 KiB" in refused[f"<hostile-{n}@co{n}.example>"]
    drafts = sorted((home / "hostile" / ".Drafts" / "cur").iterdir())
    assert len(drafts) >= 10  # the invites that could be read all get their thank-you
    for path in drafts:
        _check_draft(path.read_bytes())
    # the cut ones are named in the logs, by Message-ID
    cut = [json.loads(ln) for ln in proc.stderr.splitlines() if '"message_cut"' in ln]
    assert {e["message_id"] for e in cut} >= {"<hostile-11@co11.example>"}

    again, took = _scan(home / "config.toml")
    assert again.returncode == 0 and took < 60
    second = json.loads(again.stdout)
    assert [(p["kind"], p["where"]) for p in second["problems"]] == [
        (p["kind"], p["where"]) for p in problems
    ]
    names = events(again.stderr)
    # set aside once: not tried (nor logged) again while the message is the same
    assert "message_skipped" not in names and "set_aside" not in names
    assert second["drafts"] == []


def test_an_earlier_email_that_is_no_longer_a_message_is_not_attached(home: Path) -> None:
    proc, _ = _scan(home / "config.toml", "--dry-run")
    assert proc.returncode == 0
    parent = next((home / "hostile" / "cur").glob("*.mailto_quoted:2,S"))
    parent.write_bytes(os.urandom(4096))  # the same file, now random bytes
    proc, _ = _scan(home / "config.toml")
    assert proc.returncode == 0, proc.stderr[-3000:]
    [draft] = [
        d
        for d in json.loads(proc.stdout)["drafts"]
        if d["in_reply_to"] == "<hostile-2@co2.example>"
    ]
    assert draft["attachments"] == []
    assert any(x["code"] == "earlier_email_missing" for x in draft["lint"])
    raw = Path(draft["location"].removeprefix("maildir:")).read_bytes()
    _check_draft(raw)
    assert b"message/rfc822" not in raw


def test_the_service_goes_on_past_every_hostile_message(home: Path, baseline: int) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "daemon.cli", "run", "--config", str(home / "config.toml")]
        + ["--now", NOW, "--clock-rate", "60"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    healthy = home / "healthy" / ".Drafts" / "cur"
    hostile = home / "hostile" / ".Drafts" / "cur"
    try:
        assert wait_for(lambda: healthy.is_dir() and len(list(healthy.iterdir())) >= baseline, 60)
        assert wait_for(lambda: hostile.is_dir() and len(list(hostile.iterdir())) >= 10, 30)
        time.sleep(1)
        assert proc.poll() is None  # still running
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err[-3000:]
    names = events(err)
    assert "tick_done" in names
    assert not {"tick_crashed", "loop_failed", "tick_failed", "job_failed"} & set(names)
    assert len(list(healthy.iterdir())) == baseline
    for path in hostile.iterdir():
        _check_draft(path.read_bytes())
