"""Benchmark: `followupd scan` on a mailbox it has scanned before, alone (no peers).

`first` scans a generated Maildir once (`--json`, writing its drafts) and keeps the mailbox
with its state database as a snapshot; `again` copies that snapshot (`cp -a`, so every
experiment starts from the same state) and runs the rescans a user runs: with nothing new
(three times; the median is shown), dry (`--dry-run`, three times), then after 10 new
messages arrive. Each run is its own process, measured from outside by GNU time (wall,
user + system CPU, peak RSS). `--code` names the checkout whose `daemon` runs (its own
directory is put first on the path), so two commits can be measured in the same hour:

    python bench/make_mailbox.py /tmp/mb10k --messages 10000
    python bench/rescan.py first /tmp/mb10k /tmp/scanned10k [--code DIR]
    python bench/rescan.py again /tmp/scanned10k /tmp/work10k [--code DIR] [--keep-json DIR]

A snapshot holds what the scanning code inferred, keyed by that code's version: `again` with
other code reads every thread again. Scan the snapshot with the code to be measured.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_mailbox import DEFAULT_USER  # noqa: E402
from peers import NOW, Run, add_mail, measured, median  # noqa: E402
from scan_bench import machine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def write_config(work: Path) -> Path:
    """The config of peers.py, for the mailbox and state under `work`."""
    cfg = work / "config.toml"
    cfg.write_text(
        "[user]\n"
        + "".join(f"{k} = {json.dumps(v)}\n" for k, v in DEFAULT_USER.items())
        + f'\n[[accounts]]\nname = "bench"\ntype = "maildir"\npath = "{work / "mailbox"}"\n'
        + f'\n[state]\npath = "{work / "state" / "followupd.sqlite3"}"\n'
    )
    return cfg


def scan_command(code: Path, cfg: Path, *flags: str) -> list[str]:
    python = code / ".venv" / "bin" / "python"
    return [
        str(python if python.exists() else Path(sys.executable)),
        "-c",
        f"import sys; sys.path.insert(0, {str(code)!r}); sys.argv[0] = 'followupd';"
        " from daemon.cli import main; sys.exit(main())",
        "scan",
        "--config",
        str(cfg),
        "--now",
        NOW,
        *flags,
    ]


def show(name: str, run: Run) -> None:
    print(f"  {name:32} {run.wall:8.2f} {run.cpu:8.2f} {run.rss_mib:13.0f}", flush=True)


def keep(out: Path | None, name: str, run: Run) -> None:
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{name}.json").write_text(run.out)


def first(args: argparse.Namespace) -> int:
    snap: Path = args.snapshot
    if snap.exists():
        raise SystemExit(f"{snap} exists")
    snap.mkdir(parents=True)
    shutil.copytree(args.mailbox, snap / "mailbox", symlinks=True)
    cfg = write_config(snap)
    print(f"machine: {machine()}\ncode: {args.code}")
    print(f"  {'run':32} {'wall s':>8} {'CPU s':>8} {'peak RSS MiB':>13}")
    run = measured(scan_command(args.code, cfg, "--json", *args.flags))
    show("first scan --json", run)
    keep(args.keep_json, "first", run)
    report = json.loads(run.out)
    print(
        f"  {len(report['threads'])} job threads, {len(report['followups'])} follow-ups,"
        f" {len(report['drafts'])} drafts"
    )
    return 0


def again(args: argparse.Namespace) -> int:
    work: Path = args.work
    if work.exists():
        shutil.rmtree(work)
    subprocess.run(["cp", "-a", str(args.snapshot), str(work)], check=True)
    # the copy's pages are written out now, not by the first rescan's checkpoint (SQLite
    # syncs the database file when its last connection closes)
    os.sync()
    cfg = write_config(work)
    print(f"machine: {machine()}\ncode: {args.code}")
    print(f"  {'run':32} {'wall s':>8} {'CPU s':>8} {'peak RSS MiB':>13}")
    runs = []
    for i in range(args.repeat):
        runs.append(run := measured(scan_command(args.code, cfg, "--json")))
        keep(args.keep_json, f"again{i}", run)
        show(f"rescan, unchanged ({i + 1})", run)
    show("rescan, unchanged: median", median(runs))
    dry = []
    for i in range(args.repeat):
        dry.append(run := measured(scan_command(args.code, cfg, "--json", "--dry-run")))
        keep(args.keep_json, f"dry{i}", run)
        show(f"rescan --dry-run, unchanged ({i + 1})", run)
    show("rescan --dry-run: median", median(dry))
    if args.new:
        add_mail(work / "mailbox", args.new, args.seed + 100)
        run = measured(scan_command(args.code, cfg, "--json"))
        keep(args.keep_json, "new", run)
        show(f"rescan, {args.new} new", run)
        run = measured(scan_command(args.code, cfg, "--json"))
        keep(args.keep_json, "new-again", run)
        show(f"rescan, {args.new} new, then unchanged", run)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = ap.add_subparsers(dest="step", required=True)
    one = sub.add_parser("first", help="scan a mailbox once and keep it with its state")
    one.add_argument("mailbox", type=Path)
    one.add_argument("snapshot", type=Path)
    one.add_argument("--flags", nargs="*", default=[], help="more flags for the first scan")
    two = sub.add_parser("again", help="rescans of a copy of a snapshot")
    two.add_argument("snapshot", type=Path)
    two.add_argument("work", type=Path, help="where the copy goes (replaced)")
    two.add_argument("--repeat", type=int, default=3)
    two.add_argument("--new", type=int, default=10, help="messages delivered, then a rescan")
    two.add_argument("--seed", type=int, default=1)
    for p in (one, two):
        p.add_argument("--code", type=Path, default=ROOT, help="the checkout to run")
        p.add_argument("--keep-json", type=Path, help="keep each run's --json output here")
    args = ap.parse_args()
    return first(args) if args.step == "first" else again(args)


if __name__ == "__main__":
    sys.exit(main())
