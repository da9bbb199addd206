"""Two `scan`s and a `run` started together on one mailbox, for each connector: how many
times each draft was written. Shared by tests/test_concurrency.py and bench/concurrency.py.

Each trial gets a fresh mailbox (a Maildir copy, a new Dovecot user, a new Gmail stand-in)
and a fresh state database holding the public case `sample-analyst-chicago`; the three
processes start within milliseconds of each other; the trial ends when both scans have exited
and the daemon has finished a tick. Drafts are counted on the server by their Message-ID.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tests.conftest import CASES, ROOT, copy_tree
from tests.contract_source import message_id_of
from tests.dovecot import PASSWORD, DovecotServer, load_maildir
from tests.gmail_standin import GmailStandIn
from tests.keyring_backend import ENV_FILE

CASE = CASES / "sample-analyst-chicago"
DATA = json.loads((CASE / "case.json").read_text())
NOW = DATA["now"]
CONNECTORS = ("maildir", "imap", "gmail")


@dataclass
class Trial:
    connector: str
    drafts: Counter[str]  # Message-ID -> copies found
    seconds: float
    exit_codes: tuple[int | None, ...]

    @property
    def duplicates(self) -> int:
        return sum(n - 1 for n in self.drafts.values() if n > 1)


def _user() -> str:
    u = DATA["user"]
    return (
        f"[user]\nname = {json.dumps(u['name'])}\nemails = {json.dumps(u['emails'])}\n"
        f"phone = {json.dumps(u.get('phone', ''))}\ntimezone = {json.dumps(u['timezone'])}\n\n"
        "[service]\npoll_minutes = 30\n\n[digest]\nenabled = false\n\n"
    )


@contextmanager
def mailbox(
    connector: str, work: Path, dovecot: DovecotServer | None
) -> Iterator[tuple[Path, dict[str, str], object]]:
    """(config, environment, a handle to count drafts with) for a fresh mailbox."""
    state = f"[state]\npath = {json.dumps(str(work / 'state.sqlite3'))}\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    config = work / "config.toml"
    if connector == "maildir":
        root = copy_tree(CASE / "mailbox", work / "mailbox")
        config.write_text(
            _user() + f'[[accounts]]\nname = "m"\ntype = "maildir"\npath = "{root}"\n\n' + state
        )
        yield config, env, root
    elif connector == "imap":
        assert dovecot is not None
        user = f"c{uuid.uuid4().hex[:12]}"
        client = dovecot.client(user)
        load_maildir(client, CASE / "mailbox")
        client.logout()
        config.write_text(
            _user() + '[[accounts]]\nname = "i"\ntype = "imap"\nhost = "127.0.0.1"\n'
            f'port = {dovecot.port}\nsecurity = "none"\nusername = "{user}"\n'
            'password_env = "FOLLOWUPD_TEST_IMAP_PASSWORD"\n\n' + state
        )
        yield config, {**env, "FOLLOWUPD_TEST_IMAP_PASSWORD": PASSWORD}, (dovecot, user)
    else:
        with GmailStandIn(DATA["user"]["emails"][0], now=datetime.fromisoformat(NOW)) as gmail:
            gmail.load_maildir(CASE / "mailbox")
            secrets = work / "client_secret.json"
            secrets.write_text(json.dumps(gmail.client_secrets()))
            ring = work / "keyring.json"
            ring.write_text(json.dumps({"followupd\0g": json.dumps(gmail.issue_token())}))
            config.write_text(
                _user() + '[[accounts]]\nname = "g"\ntype = "gmail"\n'
                f"client_secrets = {json.dumps(str(secrets))}\n"
                f"api_endpoint = {json.dumps(gmail.endpoint)}\n\n" + state
            )
            env = {
                **env,
                "PYTHON_KEYRING_BACKEND": "tests.keyring_backend.FileKeyring",
                ENV_FILE: str(ring),
            }
            yield config, env, gmail


def count_drafts(connector: str, handle: object) -> Counter[str]:
    """Message-ID -> how many drafts with it the mailbox holds."""
    found: Counter[str] = Counter()
    if connector == "maildir":
        assert isinstance(handle, Path)
        drafts = handle / ".Drafts" / "cur"
        for path in drafts.iterdir() if drafts.is_dir() else []:
            found[message_id_of(path.read_bytes()) or path.name] += 1
    elif connector == "imap":
        server, user = handle  # type: ignore[misc]
        client = server.client(user)
        try:
            client.select_folder("Drafts", readonly=True)
            fetched = client.fetch(client.search("ALL"), ["BODY.PEEK[HEADER]"])
            for item in fetched.values():
                found[message_id_of(item[b"BODY[HEADER]"]) or "?"] += 1
        finally:
            client.logout()
    else:
        assert isinstance(handle, GmailStandIn)
        for msg in handle.draft_messages():
            found[msg.message_id] += 1
    return found


def run_trial(connector: str, work: Path, dovecot: DovecotServer | None) -> Trial:
    """One trial: two scans and a daemon started together; the drafts counted after."""
    work.mkdir(parents=True, exist_ok=True)
    with mailbox(connector, work, dovecot) as (config, env, handle):
        cli = [sys.executable, "-m", "daemon.cli"]
        scan = [*cli, "scan", "--config", str(config), "--now", NOW, "--json"]
        run = [*cli, "run", "--config", str(config), "--now", NOW]
        logs = [(work / name).open("w") for name in ("scan1.log", "scan2.log", "run.log")]
        began = time.monotonic()
        procs = [
            subprocess.Popen(scan, env=env, stdout=subprocess.DEVNULL, stderr=logs[0]),
            subprocess.Popen(scan, env=env, stdout=subprocess.DEVNULL, stderr=logs[1]),
        ]
        daemon = subprocess.Popen(run, env=env, stdout=subprocess.DEVNULL, stderr=logs[2])
        try:
            codes = tuple(p.wait(timeout=180) for p in procs)
            deadline = time.monotonic() + 180
            while '"tick_done"' not in (work / "run.log").read_text():
                assert daemon.poll() is None, (work / "run.log").read_text()[-3000:]
                assert time.monotonic() < deadline, "the daemon never finished a tick"
                time.sleep(0.1)
            daemon.send_signal(signal.SIGTERM)
            codes += (daemon.wait(timeout=30),)
        finally:
            for p in [*procs, daemon]:
                if p.poll() is None:
                    p.kill()
                    p.wait()
            for f in logs:
                f.close()
        seconds = time.monotonic() - began
        return Trial(connector, count_drafts(connector, handle), seconds, codes)
