"""Issue 9's hostile mail, timed: (1) `followupd scan` over a Maildir holding every message of
tests/hostile.py next to the healthy public case `sample-analyst-chicago`; (2) threading a
reply chain of n messages and one message with n References ids, with this code and with the
threading module of an older commit given by --before (default: the commit before issue 9).

    .venv/bin/python bench/hostile.py [--before REV]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from daemon import threading as threading_now  # noqa: E402
from daemon.model import Message  # noqa: E402
from tests.conftest import CASES, copy_tree  # noqa: E402
from tests.hostile import NOW  # noqa: E402
from tests.test_hostile import _config, _hostile_mailbox  # noqa: E402


def scan_figures() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        _hostile_mailbox(home / "hostile")
        copy_tree(CASES / "sample-analyst-chicago" / "mailbox", home / "healthy")
        config = _config(home, ["hostile", "healthy"])
        rows = []
        for run in ("first", "second"):
            began = time.monotonic()
            proc = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "daemon.cli",
                    "scan",
                    "--config",
                    str(config),
                    "--now",
                    NOW,
                    "--json",
                ],
                capture_output=True,
                text=True,
                timeout=600,
            )
            took = time.monotonic() - began
            report = json.loads(proc.stdout)
            drafts = report["drafts"]
            healthy = sum(1 for d in drafts if "/healthy/" in (d["location"] or ""))
            rows.append(
                f"| {run} scan | {proc.returncode} | {took:.1f} s | {healthy} | "
                f"{len(drafts) - healthy} | {len(report['problems'])} |"
            )
        head = (
            "| run | exit | wall time | healthy drafts | hostile-account drafts | "
            "problems reported |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"
        )
        return head + "\n".join(rows)


def _module(rev: str) -> ModuleType:
    source = subprocess.run(
        ["git", "show", f"{rev}:daemon/threading.py"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "threading_before.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("threading_before", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _timed(module: ModuleType, messages: list[Message], limit: float = 60.0) -> str:
    began = time.perf_counter()
    module.thread_messages(messages)
    took = time.perf_counter() - began
    return f"{took:.3f} s"


def threading_figures(before: str) -> str:
    old = _module(before)
    base = datetime(2026, 3, 1, tzinfo=ZoneInfo("UTC"))
    rows = []
    for n in (2_000, 4_000, 8_000):
        ids = tuple(f"<r{i}@x.example>" for i in range(n))
        one = [Message("a", "INBOX", "1", "<m@x.example>", "s", base, None, references=ids)]
        chain = [
            Message(
                "a",
                "INBOX",
                str(i),
                ids[i],
                "s",
                base + timedelta(seconds=i),
                None,
                references=ids[max(0, i - 1) : i],
            )
            for i in range(n)
        ]
        rows.append(
            f"| {n:,} | {_timed(old, one)} | {_timed(threading_now, one)} | "
            f"{_timed(old, chain)} | {_timed(threading_now, chain)} |"
        )
    for n in (100_000,):
        ids = tuple(f"<r{i}@x.example>" for i in range(n))
        one = [Message("a", "INBOX", "1", "<m@x.example>", "s", base, None, references=ids)]
        chain = [
            Message(
                "a",
                "INBOX",
                str(i),
                ids[i],
                "s",
                base + timedelta(seconds=i),
                None,
                references=ids[max(0, i - 1) : i],
            )
            for i in range(n)
        ]
        rows.append(
            f"| {n:,} | (not run) | {_timed(threading_now, one)} | (not run) | "
            f"{_timed(threading_now, chain)} |"
        )
    head = (
        f"| ids | one message, before ({before}) | one message, now | reply chain, before | "
        "reply chain, now |\n| ---: | ---: | ---: | ---: | ---: |\n"
    )
    return head + "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default="79c3d98")
    args = parser.parse_args()
    print(scan_figures())
    print()
    print(threading_figures(args.before))
    return 0


if __name__ == "__main__":
    sys.exit(main())
