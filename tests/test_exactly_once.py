"""A draft is written once: across a crash between writing and the ledger, and across runs."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from connectors.maildir import MaildirSource
from daemon.config import load_config
from daemon.scan import apply, plan, sync
from daemon.store import Store
from tests.conftest import CASES, copy_tree, write_config


class Crash(Exception):
    pass


class CrashAfterWrite(MaildirSource):
    """Writes the draft, then dies before followupd can record it: a power cut, in a test."""

    def write_draft(self, raw: bytes, message_id: str, thread_hint: str | None) -> str:
        super().write_draft(raw, message_id, thread_hint)
        raise Crash()


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, datetime]:
    case_dir = CASES / "sample-analyst-chicago"
    data = json.loads((case_dir / "case.json").read_text())
    mailbox = copy_tree(case_dir / "mailbox", tmp_path / "mailbox")
    cfg = write_config(data, mailbox, tmp_path)
    return cfg, mailbox, datetime.fromisoformat(data["now"])


def drafts(mailbox: Path) -> list[Path]:
    return sorted((mailbox / ".Drafts" / "cur").iterdir())


def test_a_crash_between_write_and_ledger_does_not_duplicate(
    setup: tuple[Path, Path, datetime],
) -> None:
    cfg_path, mailbox, now = setup
    cfg = load_config(cfg_path)
    store = Store(cfg.state_path)
    crashing = CrashAfterWrite("local", mailbox)
    sync(crashing, store, cfg, now)
    planned = plan(crashing, store, cfg, now)
    assert planned.drafts
    with pytest.raises(Crash):
        apply(crashing, store, planned, now)
    assert len(drafts(mailbox)) == 1
    first = planned.drafts[0]
    assert store.draft(first.followup_id) == ("intent", first.message_id, None)

    source = MaildirSource("local", mailbox)
    again = plan(source, store, cfg, now)
    apply(source, store, again, now)
    assert len(drafts(mailbox)) == len(planned.drafts)  # the crashed one was found, not rewritten
    state, _, location = store.draft(first.followup_id) or ("", "", None)
    assert state == "written"
    assert location is not None and any(location.endswith(p.name) for p in drafts(mailbox))
    assert all((store.draft(d.followup_id) or ("",))[0] == "written" for d in planned.drafts)


def test_a_second_scan_reads_nothing_already_parsed(setup: tuple[Path, Path, datetime]) -> None:
    cfg_path, mailbox, now = setup
    cfg = load_config(cfg_path)
    store = Store(cfg.state_path)
    opened: list[tuple[str, str]] = []

    class Counting(MaildirSource):
        def changes(self, cursor, known):  # type: ignore[no-untyped-def]
            result = super().changes(cursor, known)
            opened.extend((m.folder, m.ref) for m in result.new)
            return result

    source = Counting("local", mailbox)
    sync(source, store, cfg, now)
    assert len(opened) == 65
    opened.clear()
    sync(source, store, cfg, now)
    assert opened == []
