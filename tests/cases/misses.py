#!/usr/bin/env python3
"""For the developer: run `followupd scan --dry-run` on labelled cases and, for every follow-up
of any kind missed, raised against the labels or hitting a forbidden one, print `followupd
explain` of its thread. Reads only the cases named; never point it at tests/cases/sealed/
before the work those cases judge is done (tests/cases/README.md).

    .venv/bin/python tests/cases/misses.py tests/cases/open/nurse-manchester [...]
    .venv/bin/python tests/cases/misses.py --summary tests/cases/open/*/
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import get_args

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from daemon.model import KindName  # noqa: E402

SCORED = set(get_args(KindName))  # every kind: CASES.md's two and KINDS.md's others
DUE = {"due", "overdue"}


def followupd(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "daemon.cli", *args], capture_output=True, text=True, timeout=600
    )


def config(case: dict, mailbox: Path, work: Path) -> Path:
    user = case["user"]
    cfg = work / "config.toml"
    cfg.write_text(
        "[user]\n"
        f"name = {json.dumps(user['name'])}\nemails = {json.dumps(user['emails'])}\n"
        f"phone = {json.dumps(user.get('phone', ''))}\n"
        f"timezone = {json.dumps(user['timezone'])}\n\n"
        f'[[accounts]]\nname = "local"\ntype = "maildir"\npath = {json.dumps(str(mailbox))}\n\n'
        f"[state]\npath = {json.dumps(str(work / 'state.sqlite3'))}\n"
    )
    return cfg


def check(case_dir: Path, summary: bool) -> tuple[int, int, int, int]:
    case = json.loads((case_dir / "case.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        mailbox = work / "mailbox"
        shutil.copytree(case_dir / "mailbox", mailbox)
        for folder in [mailbox, *[p for p in mailbox.iterdir() if p.name.startswith(".")]]:
            for sub in ("cur", "new", "tmp"):
                (folder / sub).mkdir(exist_ok=True)
        cfg = config(case, mailbox, work)
        proc = followupd("scan", "--config", str(cfg), "--now", case["now"], "--dry-run", "--json")
        if proc.returncode:
            print(f"{case_dir.name}: scan failed: {proc.stderr[-500:]}")
            return 0, len(case["expected_actions"]), 0, 0
        report = json.loads(proc.stdout)
        root_of = {m: t["message_ids"][0] for t in case["threads"] for m in t["message_ids"]}
        ids = {t["id"]: t["message_ids"] for t in report["threads"]}

        def root(thread: str) -> str | None:
            return next((root_of[m] for m in ids.get(thread, []) if m in root_of), None)

        due = [f for f in report["followups"] if f["state"] in DUE]
        got = {(f["kind"], root(f["thread"]), f["to"].lower()) for f in due if f["kind"] in SCORED}
        want = {(a["kind"], a["thread"], a["to"].lower()) for a in case["expected_actions"]}
        hits = [
            a
            for a in case["forbidden_actions"]
            if (a["thread"], a["to"].lower()) in {(root(f["thread"]), f["to"].lower()) for f in due}
        ]
        tp, fn, fp = len(got & want), len(want - got), len(got - want)
        print(f"{case_dir.name}: tp={tp} fn={fn} fp={fp} forbidden={len(hits)}")
        if summary:
            return tp, fn, fp, len(hits)
        problems = [("MISSED", k, t, to) for k, t, to in sorted(want - got)]
        problems += [("FALSE", k, t or "?", to) for k, t, to in sorted(got - want)]
        problems += [("FORBIDDEN", "any", a["thread"], a["to"]) for a in hits]
        shown: set[str] = set()
        for what, kind, thread, to in problems:
            label = next((t for t in case["threads"] if t["message_ids"][0] == thread), {})
            print(f"\n=== {what} {kind} to {to}\n    label note: {label.get('note', '-')}")
            why = next(
                (
                    a.get("why")
                    for a in case["forbidden_actions"]
                    if a["thread"] == thread and a["to"].lower() == to
                ),
                None,
            )
            if why:
                print(f"    forbidden because: {why}")
            if thread in shown:
                print("    (thread shown above)")
                continue
            shown.add(thread)
            out = followupd("explain", "--config", str(cfg), "--now", case["now"], thread)
            print(out.stdout or out.stderr)
        return tp, fn, fp, len(hits)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="+", type=Path)
    parser.add_argument("--summary", action="store_true", help="counts only, no explanations")
    args = parser.parse_args()
    totals = [0, 0, 0, 0]
    for case_dir in args.cases:
        for i, n in enumerate(check(case_dir, args.summary)):
            totals[i] += n
    tp, fn, fp, hits = totals
    print(
        f"TOTAL precision={tp / max(1, tp + fp):.3f} recall={tp / max(1, tp + fn):.3f} "
        f"forbidden_hits={hits} (tp={tp} fn={fn} fp={fp})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
