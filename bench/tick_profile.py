"""Where a daemon's tick after one new message spends its time (issue 11: new mail to draft).

Builds the daemon (`daemon.service.Service`) in this process on a generated Maildir (or an
IMAP account on the tests' Dovecot with `--imap`), runs its first tick and one tick with
nothing new, then delivers one interview invitation (bench/latency.py's) and runs the tick it
calls for under cProfile. After each tick the daemon's own clean-up between ticks runs
(`Service._settle`, timed apart: it comes after the draft is written). Prints each tick's wall
time and the profile's functions by cumulative time. Nothing is measured from outside: for
the latency itself see bench/latency.py.

    python bench/tick_profile.py [--messages 20000] [--imap] [--top 40] [--deliveries 2]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
from latency import IMAP_USER, NOW, imap_mailbox, invitation, maildir_mailbox  # noqa: E402

from daemon.cli import open_source  # noqa: E402
from daemon.clock import Clock  # noqa: E402
from daemon.logs import configure  # noqa: E402
from daemon.service import Service  # noqa: E402
from daemon.store import Store  # noqa: E402


def profile_ticks(config: Path, deliver: object, deliveries: int, top: int) -> None:
    """The first tick, a tick with nothing new, then `deliveries` ticks after one message each
    (the last one profiled)."""
    service = Service(config, Clock(datetime.fromisoformat(NOW)), open_source)
    service.store = Store(service.cfg.state_path)
    service._setup()
    [state] = service.accounts.values()
    try:
        began = time.perf_counter()
        service._tick(state)
        print(f"first tick: {time.perf_counter() - began:.2f} s")
        settle(service)
        began = time.perf_counter()
        service._tick(state)
        print(f"tick with nothing new: {time.perf_counter() - began:.3f} s")
        settle(service)
        for i in range(deliveries):
            deliver(i, service.clock.now())  # type: ignore[operator]
            profiler = cProfile.Profile() if i == deliveries - 1 else None
            began = time.perf_counter()
            if profiler is not None:
                profiler.enable()
            result = service._tick(state)
            if profiler is not None:
                profiler.disable()
            took = time.perf_counter() - began
            drafts = len(result.drafts) if result is not None else "failed"
            print(f"tick after one new message: {took:.3f} s, drafts {drafts}")
            settle(service)
        assert profiler is not None
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
        print(out.getvalue())
    finally:
        service.request_stop()
        service._teardown()


def settle(service: Service) -> None:
    began = time.perf_counter()
    service._settle()
    print(f"  then settling: {time.perf_counter() - began:.3f} s")


def maildir(n: int, work: Path, deliveries: int, top: int) -> None:
    mailbox, config = maildir_mailbox(n, work)

    def deliver(i: int, now: datetime) -> None:
        name = f"{int(time.time())}.M{i}P{os.getpid()}.profile"
        (mailbox / "tmp" / name).write_bytes(invitation(i, now))
        os.rename(mailbox / "tmp" / name, mailbox / "new" / name)

    profile_ticks(config, deliver, deliveries, top)


def imap(n: int, work: Path, deliveries: int, top: int) -> None:
    from tests.dovecot import PASSWORD, DovecotServer

    server = DovecotServer(work / "dovecot")
    try:
        config = imap_mailbox(server, n, work)
        os.environ["FOLLOWUPD_BENCH_PASSWORD"] = PASSWORD
        sender = server.client(IMAP_USER, PASSWORD)

        def deliver(i: int, now: datetime) -> None:
            sender.append("INBOX", invitation(i, now))

        profile_ticks(config, deliver, deliveries, top)
        sender.logout()
    finally:
        server.stop()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--deliveries", type=int, default=2)
    ap.add_argument("--imap", action="store_true")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    configure(quiet=True)
    with tempfile.TemporaryDirectory() as tmp:
        run = imap if args.imap else maildir
        run(args.messages, Path(tmp), args.deliveries, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
