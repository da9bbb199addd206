"""Check: the `--json` of `followupd scan` is the same from two checkouts, on every case dir.

For every labelled case (tests/contracts/cases, tests/cases/open, tests/cases/kinds), on a
fresh copy of its mailbox and a fresh state: a dry first scan, a scan (writing the drafts), a
rescan with nothing new and a dry rescan, each `--json` at the case's moment. Drafts' file
names (each report's `location`) differ from run to run and are left out of the comparison;
everything else must be byte for byte the same. A change meant to make scans cheaper must
leave what they infer alone:

    python bench/same_json.py record OUT [--code DIR]     # each case's four reports
    python bench/same_json.py compare OUT_A OUT_B         # exit 1 and name each difference

`record` runs the checkout `--code` (its directory first on the path) with this Python.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.conftest import copy_tree, every_case_dir, write_config  # noqa: E402

STEPS = (
    ("first-dry", ("--dry-run",)),
    ("scan", ()),
    ("rescan", ()),
    ("rescan-dry", ("--dry-run",)),
)
LOCATION = re.compile(r'"location": "[^"]*"')


def scan(code: Path, cfg: Path, now: str, *flags: str) -> str:
    boot = (
        f"import sys; sys.path.insert(0, {str(code)!r}); sys.argv[0] = 'followupd';"
        " from daemon.cli import main; sys.exit(main())"
    )
    cmd = [sys.executable, "-c", boot, "scan", "--config", str(cfg), "--now", now, "--json"]
    proc = subprocess.run([*cmd, *flags], capture_output=True, text=True, timeout=900)
    return f"exit {proc.returncode}\n{proc.stdout}"


def one_case(code: Path, case_dir: Path, out: Path) -> str:
    data = json.loads((case_dir / "case.json").read_text())
    name = f"{case_dir.parent.name}--{case_dir.name}"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        mailbox = copy_tree(case_dir / "mailbox", work / "mailbox")
        cfg = write_config(data, mailbox, work)
        for step, flags in STEPS:
            text = LOCATION.sub('"location": "-"', scan(code, cfg, data["now"], *flags))
            (out / f"{name}.{step}.json").write_text(text)
    return name


def record(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    cases = every_case_dir()
    with ThreadPoolExecutor(args.jobs) as pool:
        for i, name in enumerate(pool.map(lambda c: one_case(args.code, c, out), cases), 1):
            print(f"{i}/{len(cases)} {name}", flush=True)
    return 0


def compare(args: argparse.Namespace) -> int:
    a: Path = args.a
    b: Path = args.b
    names = sorted({p.name for p in a.glob("*.json")} | {p.name for p in b.glob("*.json")})
    differ = [
        n
        for n in names
        if not (a / n).exists()
        or not (b / n).exists()
        or (a / n).read_text() != (b / n).read_text()
    ]
    for n in differ:
        print(f"differs: {n}")
    print(f"{len(names) - len(differ)} of {len(names)} reports the same")
    return 1 if differ or not names else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = ap.add_subparsers(dest="step", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--code", type=Path, default=ROOT)
    rec.add_argument("--jobs", type=int, default=2)
    cmp = sub.add_parser("compare")
    cmp.add_argument("a", type=Path)
    cmp.add_argument("b", type=Path)
    args = ap.parse_args()
    return record(args) if args.step == "record" else compare(args)


if __name__ == "__main__":
    sys.exit(main())
