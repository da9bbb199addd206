"""`followupd run` against a real Dovecot, a Maildir and the Gmail stand-in, as the issue asks:
a meeting ends on the injected clock, each account's draft appears, the digest arrives, and
SIGTERM ends it cleanly."""

from __future__ import annotations

import json
import signal
import subprocess
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.dovecot import PASSWORD, DovecotServer
from tests.gmail_standin import GmailStandIn
from tests.keyring_backend import ENV_FILE
from tests.test_service import START, events, invite, start, wait_for

ROOT = Path(__file__).resolve().parents[1]
ME = "jordan.lee@example.net"
USER = f"""[user]
name = "Jordan Lee"
emails = ["{ME}"]
phone = "+1 312 555 0142"
timezone = "America/Chicago"

[digest]
time = "10:00"

[service]
poll_minutes = 30
"""


@pytest.fixture
def dovecot(tmp_path: Path) -> Iterator[DovecotServer]:
    server = DovecotServer(tmp_path / "dovecot")
    server.start()
    yield server
    server.stop()


def run(config: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    """The daemon on `config` (named config.toml), importable test keyrings on its path."""
    return start(config.parent, env={"PYTHONPATH": str(ROOT), **env})


def stop(proc: subprocess.Popen[str]) -> list[str]:
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err[-2000:]
    return events(err)


def test_imap_and_maildir_accounts_draft_and_the_digest_arrives_by_imap(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    user = f"u{uuid.uuid4().hex[:10]}"
    client = dovecot.client(user)
    client.append("INBOX", invite(), flags=(b"\\Seen",))
    maildir = tmp_path / "mailbox" / "cur"
    maildir.mkdir(parents=True)
    # another interview: the same thread in two accounts would rightly get one draft only
    (maildir / "1772467200.invite.test:2,S").write_bytes(invite("sam.ito", "Sam Ito"))
    config = tmp_path / "config.toml"
    config.write_text(
        USER + f'\n[[accounts]]\nname = "imap"\ntype = "imap"\nhost = "127.0.0.1"\n'
        f'port = {dovecot.port}\nsecurity = "none"\nusername = "{user}"\n'
        f'password_env = "TEST_IMAP_PASSWORD"\nlookback_days = 0\n'
        + '\n[[accounts]]\nname = "local"\ntype = "maildir"\npath = "mailbox"\n'
    )
    proc = run(config, {"TEST_IMAP_PASSWORD": PASSWORD})
    try:
        drafts_dir = tmp_path / "mailbox" / ".Drafts" / "cur"

        def imap_drafts() -> list[int]:
            client.select_folder("Drafts", readonly=True)
            return list(client.search(["HEADER", "To", "dana.ruiz@acme-robotics.example"]))

        assert wait_for(lambda: drafts_dir.is_dir() and any(drafts_dir.iterdir()), 30)
        assert wait_for(lambda: len(imap_drafts()) == 1, 30)

        def digests() -> list[int]:
            client.select_folder("INBOX", readonly=True)
            return list(client.search(["SUBJECT", "followupd:"]))

        assert wait_for(lambda: len(digests()) == 1, 40), "no digest in the IMAP INBOX"
        [uid] = digests()
        body = client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"].decode()
        assert "Auto-Submitted: auto-generated" in body and "Dana Ruiz" in body
        names = stop(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
        client.logout()
    assert "digest_delivered" in names and names[-1] == "daemon_stopped"
    assert len(imap_drafts_after(dovecot, user)) == 1  # one draft, however many ticks ran


def imap_drafts_after(dovecot: DovecotServer, user: str) -> list[int]:
    client = dovecot.client(user)
    try:
        client.select_folder("Drafts", readonly=True)
        return list(client.search("ALL"))
    finally:
        client.logout()


def test_a_gmail_account_drafts_in_the_thread_and_sends_the_digest_to_the_user(
    tmp_path: Path,
) -> None:
    with GmailStandIn(ME, now=datetime.fromisoformat(START)) as gmail:
        gmail.deliver(invite(), ("INBOX",))
        secrets = tmp_path / "client_secret.json"
        secrets.write_text(json.dumps(gmail.client_secrets()))
        ring = tmp_path / "keyring.json"
        ring.write_text(json.dumps({"followupd\0gm": json.dumps(gmail.issue_token())}))
        config = tmp_path / "config.toml"
        config.write_text(
            USER + f'\n[[accounts]]\nname = "gm"\ntype = "gmail"\n'
            f"client_secrets = {json.dumps(str(secrets))}\n"
            f"api_endpoint = {json.dumps(gmail.endpoint)}\n"
        )
        proc = run(
            config,
            {"PYTHON_KEYRING_BACKEND": "tests.keyring_backend.FileKeyring", ENV_FILE: str(ring)},
        )
        try:
            assert wait_for(lambda: len(gmail.drafts) == 1, 30), "no Gmail draft"
            [draft] = gmail.draft_messages()
            assert draft.thread_id == gmail.thread_of("<invite-9-d@acme-robotics.example>")
            assert wait_for(lambda: len(gmail.sent) == 1, 40), "no digest sent"
            assert f"To: Jordan Lee <{ME}>" in gmail.sent[0].decode()
            names = stop(proc)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert "digest_delivered" in names
