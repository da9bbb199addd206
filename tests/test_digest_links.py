"""The digest's way back to each thread: a link that opens it in Gmail's web client for a
Gmail account (through the real google-api-python-client against the stand-in), else the
Message-ID to look for and the person's address."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from connectors import ACCOUNT_TYPES
from daemon.model import Address, Message
from tests.conftest import copy_tree
from tests.gmail_standin import GmailStandIn
from tests.keyring_backend import ENV_FILE

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "daemon" / "sample"
NOW = (SAMPLE / "NOW").read_text().strip()
ME = "alex.rivera@example.net"


@pytest.fixture
def gmail_home(tmp_path: Path) -> Iterator[tuple[Path, GmailStandIn]]:
    mailbox = copy_tree(SAMPLE / "mailbox", tmp_path / "mailbox")
    with GmailStandIn(ME, now=datetime.fromisoformat(NOW)) as standin:
        standin.load_maildir(mailbox)
        # the keyring file the followupd processes read (tests/keyring_backend.FileKeyring)
        token = json.dumps(standin.issue_token())
        (tmp_path / "keyring.json").write_text(json.dumps({"followupd\0gm": token}))
        secrets = tmp_path / "client_secret.json"
        secrets.write_text(json.dumps(standin.client_secrets()))
        sample = (SAMPLE / "config.toml").read_text()
        user = sample.split("[[accounts]]")[0]
        (tmp_path / "config.toml").write_text(
            user + '[[accounts]]\nname = "gm"\ntype = "gmail"\n'
            f"client_secrets = {json.dumps(str(secrets))}\n"
            f"api_endpoint = {json.dumps(standin.endpoint)}\n\n"
            f"[state]\npath = {json.dumps(str(tmp_path / 'state.sqlite3'))}\n"
        )
        yield tmp_path, standin


def followupd(home: Path, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "daemon.cli", *args]
        + ["--config", str(home / "config.toml"), "--now", NOW],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHON_KEYRING_BACKEND": "tests.keyring_backend.FileKeyring",
            ENV_FILE: str(home / "keyring.json"),
        },
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_gmail_rows_open_their_conversation(gmail_home: tuple[Path, GmailStandIn]) -> None:
    home, standin = gmail_home
    report = json.loads(followupd(home, "scan", "--json"))
    owed = [f for f in report["followups"] if f["state"] in ("due", "overdue")]
    assert owed and len(report["drafts"]) == len(owed)
    text = followupd(home, "digest", "--print")
    links = re.findall(r"open: (\S+)", text)
    # one per thank-you and callback owed, one per draft written
    assert len(links) == 2 * len(owed)
    threads = {m.thread_id for m in standin.messages.values()}
    for url in links:
        assert url.startswith(f"https://mail.google.com/mail/?authuser={ME}#all/")
        assert url.rsplit("/", 1)[1] in threads
    for f in owed:
        root = next(t for t in report["threads"] if t["id"] == f["thread"])
        assert any(url.endswith("/" + str(standin.thread_of(root["id"]))) for url in links)
    assert "Message-ID <" not in text  # the link says where; no need to search


def test_web_addresses_come_from_the_account_type() -> None:
    message = Message(
        account="x",
        folder="INBOX",
        ref="1",
        message_id="<a@b.example>",
        subject="s",
        date=datetime.fromisoformat(NOW),
        sender=Address("dana@acme.example"),
        to=(Address(ME),),
        thread_hint="1796543912345678901",  # X-GM-THRID: only Gmail's IMAP gives one
    )
    assert ACCOUNT_TYPES["maildir"].web_url(message, ME) is None
    assert ACCOUNT_TYPES["imap"].web_url(message, ME) == (
        f"https://mail.google.com/mail/?authuser={ME}#all/{1796543912345678901:x}"
    )
    plain_imap = Message(**{**message.__dict__, "thread_hint": None})
    assert ACCOUNT_TYPES["imap"].web_url(plain_imap, ME) is None
