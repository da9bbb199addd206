"""Benchmark: the first `followupd scan --json` of a generated Maildir by two checkouts, beside
`notmuch new` on the same mailbox, in one run.

For each size, on the mailbox of `bench/make_mailbox.py DIR --messages N` (seed 1): `notmuch
new` on a fresh database, then `bench/rescan.py first` by each checkout (a copy of the mailbox
and a fresh state each, writing its drafts; GNU time: wall, CPU, peak RSS of that process).
The two reports are compared, draft locations aside (they name the copies):

    python bench/make_mailbox.py /tmp/mb10000 --messages 10000
    git archive 8d7b7c0 | tar -x -C /tmp/base
    python bench/first_scan.py /tmp/mb10000 [/tmp/mb100000] --base /tmp/base [--code .]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from peers import measured, need, notmuch_setup  # noqa: E402
from scan_bench import machine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def notmuch_first(mailbox: Path, work: Path) -> None:
    run = measured([need("notmuch"), "new", "--quiet"], notmuch_setup(mailbox, work))
    print(f"  {'notmuch new, first':34} {run.wall:8.2f} {run.cpu:8.2f} {run.rss_mib:13.0f}")


def followupd_first(mailbox: Path, work: Path, name: str, code: Path) -> Any:
    snap, kept = work / name, work / f"json-{name}"
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "rescan.py"), "first", str(mailbox), str(snap)]
        + ["--code", str(code), "--keep-json", str(kept)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    wall, cpu, rss = next(x for x in out.splitlines() if "first scan" in x).split()[-3:]
    counts = out.strip().splitlines()[-1].strip()
    print(f"  {name + ', first scan --json':34} {wall:>8} {cpu:>8} {rss:>13}  ({counts})")
    shutil.rmtree(snap)
    return _located(json.loads((kept / "first.json").read_text()), str(work))


def _located(value: Any, where: str) -> Any:
    """The report with every string naming a place under `where` (a draft's) made one."""
    if isinstance(value, dict):
        return {k: _located(v, where) for k, v in value.items()}
    if isinstance(value, list):
        return [_located(v, where) for v in value]
    if isinstance(value, str) and where in value:
        return "<location>"
    return value


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("mailboxes", type=Path, nargs="+")
    ap.add_argument("--base", type=Path, required=True, help="the checkout to compare with")
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout measured")
    args = ap.parse_args()
    print(f"machine: {machine()}\nbase: {args.base}\ncode: {args.code}", flush=True)
    for mailbox in args.mailboxes:
        print(f"\n{mailbox}\n  {'run':34} {'wall s':>8} {'CPU s':>8} {'peak RSS MiB':>13}")
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            notmuch_first(mailbox, work)
            base = followupd_first(mailbox, work, "base", args.base)
            code = followupd_first(mailbox, work, "code", args.code)
            print(f"  the same reports, draft locations aside: {base == code}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
