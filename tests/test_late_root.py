"""A thread's first message arriving late (moved into the INBOX, a Sent folder that syncs late)
changes the thread's id; the follow-ups keep theirs: no second draft, and a dismissal sticks."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tests.conftest import CASES, copy_tree, scan, write_config
from tests.contract_source import message_id_of

CASE = CASES / "sample-analyst-chicago"
DATA = json.loads((CASE / "case.json").read_text())


def _report(config: Path, *flags: str) -> dict:  # type: ignore[type-arg]
    proc = scan(config, DATA["now"], *flags, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def _file_of(mailbox: Path, message_id: str) -> Path:
    for path in mailbox.rglob("*"):
        inbox_or_sent = path.is_file() and "/.Drafts/" not in str(path)
        if inbox_or_sent and message_id_of(path.read_bytes()) == message_id:
            return path
    raise AssertionError(f"{message_id} not in the case")


def test_a_late_first_message_neither_redrafts_nor_undoes_a_dismissal(tmp_path: Path) -> None:
    (tmp_path / "whole").mkdir()
    whole = _report(
        write_config(
            DATA, copy_tree(CASE / "mailbox", tmp_path / "whole" / "mb"), tmp_path / "whole"
        ),
        "--dry-run",
    )
    mailbox = copy_tree(CASE / "mailbox", tmp_path / "mailbox")
    config = write_config(DATA, mailbox, tmp_path)
    messages = {t["id"]: t["message_ids"] for t in whole["threads"]}
    # threads whose draft answers a later message: their first message can arrive late
    late = {d["kind"]: d for d in whole["drafts"] if d["in_reply_to"] != messages[d["thread"]][0]}
    assert {"callback", "thank_you"} <= set(late)
    held = tmp_path / "held"
    held.mkdir()
    roots = []
    for d in late.values():
        path = _file_of(mailbox, messages[d["thread"]][0])
        roots.append((path, held / path.name))
        path.rename(held / path.name)

    before = _report(config, "--dry-run")
    due = {f["id"]: f for f in before["followups"] if f["state"] in ("due", "overdue")}
    callback, thank_you = late["callback"]["followup"], late["thank_you"]["followup"]
    assert callback in due and thank_you in due  # the same ids without their first messages
    assert due[callback]["thread"] != late["callback"]["thread"]
    dismissed = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "dismiss", thank_you, "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert dismissed.returncode == 0, dismissed.stderr
    first = _report(config)
    assert callback in {d["followup"] for d in first["drafts"]}
    assert thank_you not in {d["followup"] for d in first["drafts"]}

    for path, kept in roots:  # the first messages arrive
        kept.rename(path)
    second = _report(config)
    assert second["drafts"] == []  # nothing drafted twice, the dismissed one not at all
    states = {f["id"]: f for f in second["followups"]}
    assert states[thank_you]["state"] == "dismissed"
    assert states[callback]["thread"] == late["callback"]["thread"]  # the thread grew its root
    on_disk = Counter(
        message_id_of(p.read_bytes()) for p in (mailbox / ".Drafts" / "cur").iterdir()
    )
    assert set(on_disk.values()) == {1}
    assert not any(thank_you in (mid or "") for mid in on_disk)
