"""What the daemon keeps from tick to tick changes nothing it decides.

The daemon (`Service`, in this process) ticks on a real Maildir while mail arrives one message
at a time, a message is deleted, another is moved to another folder, and the clock moves on.
After each tick, what it decided (every follow-up and every job-search thread's facts) is what
a scan from scratch decides on the mailbox as it then is (a new state database, nothing kept),
and the folders' messages it keeps in memory for the next sync (daemon/scan.py) are what the
state database holds.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from daemon.cli import open_source
from daemon.clock import Clock
from daemon.config import load_config
from daemon.scan import decide_account, sync
from daemon.service import Service
from daemon.store import Store
from tests.conftest import case_dirs, copy_tree, write_config


class Fixed(Clock):
    """A clock that stays where it is put."""

    def __init__(self, at: datetime) -> None:
        super().__init__(at)
        self.at = at

    def now(self) -> datetime:
        return self.at


def decided(config: Path, now: datetime, state: Path | None = None) -> list[list[str]]:
    """A scan from scratch (a new state database) of the config's account: its follow-ups and
    its job-search threads' facts, as text."""
    cfg = load_config(config)
    if state is not None:
        cfg = replace(cfg, state_path=state)
    store = Store(cfg.state_path)
    [account] = cfg.accounts
    source = open_source(account, cfg, None)
    try:
        sync(source, store, cfg, now)
        d = decide_account(source, store, cfg, now)
        return [sorted(repr(f) for f in d.found), [repr(f) for f in d.facts.job]]
    finally:
        source.close()
        store.close()


def files(mailbox: Path) -> list[Path]:
    return sorted(
        (p for p in mailbox.rglob("*") if p.is_file() and p.parent.name in ("cur", "new")),
        key=lambda p: p.name,
    )


@pytest.mark.parametrize("case_dir", case_dirs()[:2], ids=lambda p: p.name)
def test_ticks_decide_what_a_scan_from_scratch_decides(case_dir: Path, tmp_path: Path) -> None:
    case = json.loads((case_dir / "case.json").read_text())
    mailbox = copy_tree(case_dir / "mailbox", tmp_path / "mailbox")
    held = tmp_path / "held"
    held.mkdir()
    every = files(mailbox)
    later = every[-4:]  # they arrive one a tick, into new/
    for path in later:
        shutil.move(path, held / path.name)
    config = write_config(case, mailbox, tmp_path)
    clock = Fixed(datetime.fromisoformat(case["now"]))
    service = Service(config, clock, open_source)
    service.store = Store(service.cfg.state_path)
    service._setup()
    [state] = service.accounts.values()
    inbox_new = mailbox / "new"
    inbox_new.mkdir(exist_ok=True)
    steps = [f"{p.name} arrives" for p in later] + ["one deleted", "one moved", "a day later"]
    try:
        for i, step in enumerate(["first tick", *steps]):
            if step.endswith("arrives"):
                name = step.split(" ")[0]
                os.rename(held / name, inbox_new / name)
            elif step == "one deleted":
                files(mailbox)[3].unlink()
            elif step == "one moved":
                moved = files(mailbox)[5]
                other = mailbox / ".Archive" / "cur"
                other.mkdir(parents=True, exist_ok=True)
                os.rename(moved, other / moved.name)
            elif step == "a day later":
                clock.at += timedelta(days=1)
            result = service._tick(state)
            assert result is not None, step
            service._settle()
            d = service.store.memo  # what the next tick starts from
            gen, known = d[("known", "local")]
            assert gen == service.store.generation("local"), step
            for folder, refs in known.items():
                assert refs == service.store.known_refs("local", folder), (step, folder)
            fresh = decided(config, clock.now(), tmp_path / f"fresh{i}.sqlite3")
            found = sorted(repr(f) for f in result.followups)
            assert [found, [repr(f) for f in result.facts.job]] == fresh, step
    finally:
        service.request_stop()
        service._teardown()
