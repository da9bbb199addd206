"""Benchmark: the Gmail connector's requests, quota units and time against the stand-in.

Generates a mailbox with `make_mailbox.py` (20,000 messages by default), loads it into the
Gmail stand-in of the tests (tests/gmail_standin.py, a real HTTP server on 127.0.0.1), and runs
the real connector through google-api-python-client:

- the first sync (getProfile, messages.list, batched messages.get format=raw);
- a no-change tick (the target: one history.list call, 2 units);
- a tick after 10 new messages;
- for comparison only, what a metadata pass over the same messages would cost;
- a whole `scan` (sync, inference, drafts.create) and a second one, as `followupd scan` runs.

Units follow Google's table (messages.get 5, messages.list 5, history.list 2, drafts.create 10,
messages.send 100, getProfile 1). Times are wall-clock on loopback: no network latency, and
no server-side rate limiting (Google allows 250 units per user per second; the first sync's
units divided by 250 is the least it takes against Gmail).

    python bench/gmail_sync.py [--messages 20000] [--seed 1] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import keyring  # noqa: E402
import structlog  # noqa: E402
from make_mailbox import generate  # noqa: E402

from connectors.gmail.options import GmailOptions  # noqa: E402
from connectors.gmail.source import GmailSource  # noqa: E402
from daemon.config import load_config  # noqa: E402
from daemon.scan import AccountResult, scan  # noqa: E402
from daemon.source import Changes  # noqa: E402
from daemon.store import Store  # noqa: E402
from tests.gmail_standin import GmailStandIn, Stats  # noqa: E402
from tests.keyring_backend import MemoryKeyring  # noqa: E402

T = TypeVar("T")
NOW = "2026-03-18T11:00:00-05:00"
USER = {
    "name": "Alex Rivera",
    "emails": ["alex.rivera@example.net"],
    "phone": "+1 555 0100 200",
    "timezone": "America/Chicago",
}


def row(label: str, stats: Stats, seconds: float) -> str:
    calls = ", ".join(f"{name} {n:,}" for name, n in sorted(stats.calls.items()))
    batches = f"{len(stats.batch_sizes):,} batches" if stats.batch_sizes else "no batch"
    return (
        f"| {label} | {stats.http_requests:,} | {calls} ({batches}) | {stats.units:,} | "
        f"{stats.bytes_out / 1e6:,.1f} MB | {seconds:,.2f} s |"
    )


def measure(label: str, gmail: GmailStandIn, work: Callable[[], T]) -> tuple[str, T]:
    """Run `work` and describe what the stand-in saw meanwhile."""
    gmail.reset_stats()
    start = time.perf_counter()
    result = work()
    return row(label, gmail.stats, time.perf_counter() - start), result


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="generate into (or reuse) this folder")
    args = ap.parse_args()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(30))  # warnings only
    keyring.set_keyring(MemoryKeyring())
    now = datetime.fromisoformat(NOW)

    with tempfile.TemporaryDirectory(prefix="followupd-gmail-bench-") as tmp:
        work = Path(tmp)
        mailbox = args.keep or work / "mailbox"
        if not (mailbox / "cur").is_dir():
            generate(mailbox, args.messages, args.seed, now, USER)
        with GmailStandIn(USER["emails"][0], now=now) as gmail:
            gmail.load_maildir(mailbox)
            threads = len({m.thread_id for m in gmail.messages.values()})
            keyring.set_password("followupd", "bench", json.dumps(gmail.issue_token()))
            opts = GmailOptions(
                "bench", work / "config.toml", work / "secret.json", api_endpoint=gmail.endpoint
            )
            source = GmailSource(opts, USER["emails"])
            lines = [
                f"{len(gmail.messages):,} messages in {threads:,} Gmail threads; "
                f"Python {sys.version.split()[0]}",
                "",
                "| run | HTTP requests | calls | quota units | sent by the server | wall time |",
                "| --- | ---: | --- | ---: | ---: | ---: |",
            ]
            line, first = measure("first sync", gmail, lambda: source.changes(None, _never))
            lines.append(line)
            cursor = first.cursor
            known = {(m.folder, m.ref) for m in first.new}

            def tick() -> Changes:
                return source.changes(cursor, lambda f, r: (f, r) in known)

            line, quiet = measure("no-change tick", gmail, tick)
            lines.append(line)
            for i in range(10):
                gmail.deliver(
                    f"From: a{i}@example.com\r\nTo: {USER['emails'][0]}\r\nSubject: New {i}\r\n"
                    f"Date: Wed, 18 Mar 2026 10:0{i}:00 -0500\r\nMessage-ID: <new{i}@b>\r\n\r\n"
                    "Hi\r\n".encode()
                )
            cursor = quiet.cursor
            lines.append(measure("tick after 10 new messages", gmail, tick)[0])
            ids = [m.ref for m in first.new]
            api = source._client()  # the bench may look inside; the comparison needs the client
            metadata = measure(
                "(metadata pass, for comparison)", gmail, lambda: api.get_many(ids, "metadata")
            )
            lines.append(metadata[0])
            source.close()

            cfg_path = work / "config.toml"
            cfg_path.write_text(
                f"[user]\nname = {json.dumps(USER['name'])}\n"
                f"emails = {json.dumps(USER['emails'])}\n"
                f"timezone = {json.dumps(USER['timezone'])}\n\n"
                '[[accounts]]\nname = "bench"\ntype = "gmail"\nclient_secrets = "secret.json"\n'
                f"api_endpoint = {json.dumps(gmail.endpoint)}\n\n"
                f"[state]\npath = {json.dumps(str(work / 'state.sqlite3'))}\n"
            )
            cfg = load_config(cfg_path)

            def whole_scan() -> list[AccountResult]:
                scanner = GmailSource(GmailOptions.of(cfg.accounts[0], cfg), cfg.user.emails)
                store = Store(cfg.state_path)
                try:
                    return scan([scanner], store, cfg, now, dry_run=False)
                finally:
                    store.close()
                    scanner.close()

            line, results = measure("`scan`: sync, infer, write drafts", gmail, whole_scan)
            lines.append(line)
            lines.append(measure("`scan` again, nothing new", gmail, whole_scan)[0])
            drafts = len(results[0].drafts)
            lines += ["", f"The first scan wrote {drafts} drafts into their threads."]
    print("\n".join(lines))
    return 0


def _never(folder: str, ref: str) -> bool:
    return False


if __name__ == "__main__":
    sys.exit(main())
