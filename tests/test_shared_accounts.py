"""Two accounts that hold the same conversations (a mailbox read through two connectors, or
mail forwarded to a second address): each follow-up is one follow-up, listed once and drafted
once, in the account that holds its thread's latest message (the first in the config on a tie),
and every listing names that account."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from tests.conftest import ROOT, copy_tree

SAMPLE = ROOT / "daemon" / "sample"
NOW = (SAMPLE / "NOW").read_text().strip()


def two_accounts(tmp_path: Path) -> Path:
    """The demo's mailbox twice, as accounts "first" and "second"."""
    home = tmp_path / "home"
    home.mkdir()
    copy_tree(SAMPLE / "mailbox", home / "a")
    copy_tree(SAMPLE / "mailbox", home / "b")
    config = (SAMPLE / "config.toml").read_text()
    config = config.replace('name = "sample"', 'name = "first"').replace(
        'path = "mailbox"', 'path = "a"'
    )
    config = config.replace(
        "[state]", '[[accounts]]\nname = "second"\ntype = "maildir"\npath = "b"\n\n[state]', 1
    )
    (home / "config.toml").write_text(config)
    return home


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "daemon.cli", *args, "--config", str(home / "config.toml")],
        capture_output=True,
        text=True,
        timeout=300,
    )


def report(home: Path, *extra: str) -> dict[str, Any]:
    done = cli(home, "scan", "--json", "--now", NOW, *extra)
    assert done.returncode == 0, done.stderr
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def drafts_in(root: Path) -> list[Path]:
    return sorted(p for p in (root / ".Drafts").glob("*/*") if p.is_file())


def test_a_follow_up_in_two_accounts_is_listed_and_drafted_once(tmp_path: Path) -> None:
    home = two_accounts(tmp_path)
    found = report(home)
    ids = [f["id"] for f in found["followups"]]
    assert ids and len(ids) == len(set(ids))
    # the same messages in both: the tie goes to the first account in the config
    assert {f["account"] for f in found["followups"]} == {"first"}
    owed = [f for f in found["followups"] if f["state"] in ("due", "overdue")]
    assert owed and len(found["drafts"]) == len(owed)
    assert len(drafts_in(home / "a")) == len(owed) and drafts_in(home / "b") == []
    assert len({t["id"] for t in found["threads"]}) == len(found["threads"])

    text = cli(home, "scan", "--now", NOW).stdout
    assert "shares with account first: listed and drafted there" in text

    status = cli(home, "status", "--now", NOW).stdout
    listed = [ln for ln in status.splitlines() if "   id " in ln]
    assert (
        len(listed)
        == len({ln.split("   id ")[1] for ln in listed})
        == len([f for f in found["followups"] if f["state"] in ("due", "overdue", "scheduled")])
    )
    assert all(ln.endswith("account first") for ln in listed)

    digest = cli(home, "digest", "--print", "--now", NOW).stdout
    assert "account first" in digest and "account second" not in digest


def note_in_second(home: Path, before: dict[str, Any]) -> dict[str, Any]:
    """A follow-up owed, after the user's note to self in its thread was added to the second
    account's Sent alone (its latest message is now there)."""
    owed: dict[str, Any] = next(f for f in before["followups"] if f["state"] in ("due", "overdue"))
    thread = next(t for t in before["threads"] if t["id"] == owed["thread"])
    note = EmailMessage()
    note["From"] = "Alex Rivera <alex.rivera@example.net>"
    note["To"] = "alex.rivera@example.net"
    note["Subject"] = "Re: " + thread["subject"]
    note["Date"] = format_datetime(datetime.fromisoformat(NOW) - timedelta(hours=1))
    note["Message-ID"] = "<note-to-self@mail.example.net>"
    note["In-Reply-To"] = thread["message_ids"][-1]
    note["References"] = " ".join(thread["message_ids"])
    note.set_content("Parking is at the north entrance; bring the printed portfolio.")
    sent = home / "b" / ".Sent" / "cur"
    (sent / "1773800000.M1P1.note:2,S").write_bytes(note.as_bytes())
    return owed


def test_the_account_with_the_latest_message_takes_the_follow_up(tmp_path: Path) -> None:
    home = two_accounts(tmp_path)
    owed = note_in_second(home, report(home, "--dry-run"))
    after = report(home)
    held = {f["id"]: f["account"] for f in after["followups"]}
    assert held[owed["id"]] == "second"
    assert sum(1 for f in after["followups"] if f["id"] == owed["id"]) == 1
    [draft] = [d for d in after["drafts"] if d["followup"] == owed["id"]]
    assert draft["account"] == "second"
    others = [d for d in after["drafts"] if d["followup"] != owed["id"]]
    assert others and all(d["account"] == "first" for d in others)


def test_while_that_account_cannot_be_read_the_other_lists_it(tmp_path: Path) -> None:
    home = two_accounts(tmp_path)
    owed = note_in_second(home, report(home, "--dry-run"))
    assert {f["id"]: f["account"] for f in report(home, "--dry-run")["followups"]}[
        owed["id"]
    ] == "second"
    (home / "b").rename(home / "b-away")
    done = cli(home, "scan", "--json", "--now", NOW)
    found = json.loads(done.stdout)
    assert (
        done.returncode == 4
        and not next(a for a in found["accounts"] if a["name"] == "second")["read"]
    )
    held = {f["id"]: f["account"] for f in found["followups"]}
    assert held[owed["id"]] == "first"
    assert any(d["followup"] == owed["id"] and d["account"] == "first" for d in found["drafts"])
