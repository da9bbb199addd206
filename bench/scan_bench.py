"""Benchmark: `followupd scan` over a generated 10,000-message Maildir.

Prints the time and peak memory of a first scan and of a second scan of the unchanged mailbox,
against a baseline measured in the same run: a bare loop that reads every message file and parses
it with the standard library's cheapest policy, compat32 (the least any scanner must do).
Ratios, not seconds, are what compare across machines.

    python bench/scan_bench.py [--messages 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource  # noqa: F401  (used by the measured child)
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_mailbox import generate  # noqa: E402

NOW = "2026-03-18T11:00:00-05:00"
USER = {
    "name": "Alex Rivera",
    "emails": ["alex.rivera@example.net"],
    "phone": "+1 555 0100 200",
    "timezone": "America/Chicago",
}
BASELINE = """
import email, email.policy, sys
from pathlib import Path
n = 0
for folder in Path(sys.argv[1]).glob("**/cur"):
    for f in folder.iterdir():
        email.message_from_bytes(f.read_bytes(), policy=email.policy.compat32); n += 1
for folder in Path(sys.argv[1]).glob("**/new"):
    for f in folder.iterdir():
        email.message_from_bytes(f.read_bytes(), policy=email.policy.compat32); n += 1
print(n)
"""


# Runs a module or a code string and reports its own peak RSS on stderr when it ends.
MEASURED = """
import resource, runpy, sys
kind, target, *rest = sys.argv[1:]
sys.argv = [target, *rest]
try:
    if kind == "module":
        runpy.run_module(target, run_name="__main__")
    else:
        exec(compile(target, "<baseline>", "exec"), {"__name__": "__main__"})
finally:
    sys.stderr.write("\\nMAXRSS %d\\n" % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def timed(kind: str, target: str, *args: str) -> tuple[float, float, str]:
    """Wall seconds and peak RSS (MiB) of one child process, and its stdout."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", MEASURED, kind, target, *args], capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{target} failed: {proc.stderr[-2000:]}")
    peak_kib = int(proc.stderr.rsplit("MAXRSS", 1)[1].split()[0])  # Linux reports KiB
    return elapsed, peak_kib / 1024, proc.stdout


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        summary = generate(
            work / "mailbox",
            args.messages,
            args.seed,
            __import__("datetime").datetime.fromisoformat(NOW),
            USER,
        )
        gen = time.perf_counter() - t0
        cfg = work / "config.toml"
        cfg.write_text(
            "[user]\n"
            + "".join(f"{k} = {json.dumps(v)}\n" for k, v in USER.items())
            + '\n[[accounts]]\nname = "bench"\ntype = "maildir"\npath = "mailbox"\n'
            + f'\n[state]\npath = "{work / "state.sqlite3"}"\n'
        )
        scan = ("scan", "--config", str(cfg), "--now", NOW, "--dry-run", "--json")
        base_s, base_mb, count = timed("code", BASELINE, str(work / "mailbox"))
        first_s, first_mb, out = timed("module", "daemon.cli", *scan)
        second_s, second_mb, out2 = timed("module", "daemon.cli", *scan)
        report = json.loads(out)
        assert json.loads(out2)["followups"] == report["followups"]
    due = sum(1 for f in report["followups"] if f["state"] in ("due", "overdue"))
    print(f"machine: {machine()}")
    print(f"mailbox: {count.strip()} messages ({summary}), generated in {gen:.1f} s")
    print(
        f"found: {len(report['threads'])} job threads, {len(report['followups'])} follow-ups, "
        f"{due} due or overdue"
    )
    print(f"baseline (read every file, stdlib compat32 parse): {base_s:6.2f} s")
    print(f"first scan:   {first_s:6.2f} s  = {first_s / base_s:4.2f} x baseline")
    print(
        f"second scan:  {second_s:6.2f} s  = {second_s / base_s:4.2f} x baseline "
        f"({first_s / second_s:.1f} x faster than the first)"
    )
    print(
        f"peak RSS: baseline {base_mb:.0f} MiB, first scan {first_mb:.0f} MiB "
        f"({first_mb / base_mb:.1f} x), second scan {second_mb:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
