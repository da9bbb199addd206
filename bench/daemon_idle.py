"""Benchmark: the daemon's idle footprint over an hour of ticks, time-compressed.

Three Maildir accounts (generated, 2,000 messages each) are scanned once, then `followupd run`
runs for an hour of its own clock at --clock-rate 60 (one real minute), ticking each account
every 5 clock minutes and checking the digest every clock minute. Its RSS and CPU time are
read from /proc once a second. The baseline, in the same run, is a Python process that imports
the same modules and sleeps: the floor any Python daemon pays.

    python bench/daemon_idle.py [--messages 2000] [--seconds 60]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_mailbox import DEFAULT_USER, generate  # noqa: E402

NOW = "2026-03-18T11:00:00-05:00"
TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")
FLOOR = (
    "import daemon.cli, daemon.service, connectors.maildir, icalendar, schedule, time; "
    "time.sleep(3600)"
)


def sample(pid: int) -> tuple[float, float]:
    """(RSS in MiB, CPU seconds so far) of a running process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / TICKS
    rss = int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE / 2**20
    return rss, cpu


def watch(proc: subprocess.Popen[bytes], seconds: float) -> tuple[float, float, float]:
    """Peak RSS, mean RSS (MiB) and CPU seconds over `seconds`, after a 3 s settling time."""
    time.sleep(3)
    _, cpu0 = sample(proc.pid)
    rss: list[float] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        rss.append(sample(proc.pid)[0])
        time.sleep(1)
    _, cpu1 = sample(proc.pid)
    return max(rss), sum(rss) / len(rss), cpu1 - cpu0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--seconds", type=float, default=60)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        accounts = ""
        for i in range(3):
            generate(
                home / f"mb{i}",
                args.messages,
                seed=10 + i,
                now=datetime.fromisoformat(NOW),
                user=DEFAULT_USER,
            )
            accounts += f'[[accounts]]\nname = "acct{i}"\ntype = "maildir"\npath = "mb{i}"\n\n'
        config = home / "config.toml"
        config.write_text(
            "[user]\n"
            + "".join(f"{k} = {json.dumps(v)}\n" for k, v in DEFAULT_USER.items())
            + "\n"
            + accounts
            + '[digest]\ntime = "11:30"\n'
        )
        subprocess.run(
            [sys.executable, "-m", "daemon.cli", "scan", "--config", str(config), "--now", NOW],
            check=True,
            capture_output=True,
        )
        floor = subprocess.Popen([sys.executable, "-c", FLOOR])
        try:
            f_peak, f_mean, f_cpu = watch(floor, args.seconds)
        finally:
            floor.kill()
            floor.wait()
        daemon = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "daemon.cli",
                "run",
                "--config",
                str(config),
                "--now",
                NOW,
                "--clock-rate",
                str(3600 / args.seconds),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            d_peak, d_mean, d_cpu = watch(daemon, args.seconds)
        finally:
            daemon.terminate()
            _, err = daemon.communicate(timeout=20)
        ticks = err.decode().count('"tick_done"')
        digests = err.decode().count('"digest_delivered"')
    print(
        f"three accounts x {args.messages} messages; one clock hour in {args.seconds:.0f} s; "
        f"{ticks} ticks, {digests} digest"
    )
    print(
        f"floor (imports + sleep): RSS peak {f_peak:.0f} MiB, mean {f_mean:.0f} MiB, "
        f"CPU {f_cpu:.2f} s"
    )
    print(
        f"daemon:                  RSS peak {d_peak:.0f} MiB ({d_peak / f_peak:.2f} x), "
        f"mean {d_mean:.0f} MiB, CPU {d_cpu:.2f} s = {100 * d_cpu / args.seconds:.1f}% of "
        f"one core while compressed; {d_cpu / max(ticks, 1):.2f} s a tick"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
