"""`followupd inspect` against hand labels of real mail from an employer's archive.

    .venv/bin/python bench/inspect_eval.py [--corpus ../shared/corpora/enron_interview_subset]

The labels (bench/inspect/enron_labels_{a,b}.jsonl) were written by two labellers who read
only the contract (shared/contracts/README.md, "Looking at single messages") and the
messages, never the code: 160 messages each, drawn at random (seed 8) from the Enron subset.
Half A is the one we looked at while working; half B was only scored. The corpus itself is not
in the repository (research use only; see its README), so this is a benchmark, not a test.

Scored per half: job_related and about_interview as precision and recall; category on the
messages both call job-related; a labelled meeting is found when some meeting followupd gives
falls on the same day (and, where the label gives a clock time, at the same minute); a
labelled promise when followupd gives one with the same last day.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "corpora" / "enron_interview_subset"


def run_inspect(corpus: Path, files: list[str]) -> list[dict[str, Any]]:
    proc = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "inspect", "--json", *files],
        cwd=corpus,
        capture_output=True,
        text=True,
        timeout=900,
        env={"PYTHONPATH": str(HERE.parent), "PATH": "/usr/bin:/bin"},
    )
    if proc.returncode:
        raise SystemExit(f"inspect failed: {proc.stderr[-2000:]}")
    return [json.loads(line) for line in proc.stdout.splitlines()]


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "-"


def score(labels: list[dict[str, Any]], got: list[dict[str, Any]]) -> dict[str, str]:
    tp = {"job_related": 0, "about_interview": 0}
    fp = dict(tp)
    fn = dict(tp)
    cat_right = cat_n = 0
    meet_found = meet_day = meet_n = meet_time_n = meet_time_right = 0
    prom_found = prom_n = 0
    extra_meetings = 0
    for want, have in zip(labels, got, strict=True):
        assert want["file"] == have["file"], (want["file"], have["file"])
        for key in tp:
            if want[key] and have[key]:
                tp[key] += 1
            elif have[key]:
                fp[key] += 1
            elif want[key]:
                fn[key] += 1
        if want["job_related"] and have["job_related"]:
            cat_n += 1
            cat_right += want["category"] == have["category"]
        starts = [m["start"] for m in have["meetings"]]
        for m in want["meetings"]:
            meet_n += 1
            days = [s[:10] for s in starts]
            if m["day"] in days:
                meet_day += 1
                meet_found += 1
            if m.get("time"):
                meet_time_n += 1
                meet_time_right += any(
                    s[:10] == m["day"] and len(s) > 10 and s[11:16] == m["time"] for s in starts
                )
        extra_meetings += max(0, len(starts) - len(want["meetings"]))
        for p in want["promises"]:
            prom_n += 1
            prom_found += any(q["last_day"] == p["last_day"] for q in have["promises"])
    out = {}
    for key in tp:
        out[f"{key} precision"] = ratio(tp[key], tp[key] + fp[key])
        out[f"{key} recall"] = ratio(tp[key], tp[key] + fn[key])
    out["category (both job-related)"] = ratio(cat_right, cat_n)
    out["labelled meetings: day found"] = ratio(meet_day, meet_n)
    out["labelled meetings with a time: day and time found"] = ratio(meet_time_right, meet_time_n)
    out["meetings given beyond the labelled count"] = str(extra_meetings)
    out["labelled promises: last day found"] = ratio(prom_found, prom_n)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", choices=["a", "b"], help="print each disagreement of a half")
    args = parser.parse_args()
    if not (args.corpus / "messages").is_dir():
        raise SystemExit(f"no corpus at {args.corpus} (give --corpus)")
    started = datetime.now()
    for half in ("a", "b"):
        labels = [
            json.loads(line)
            for line in (HERE / "inspect" / f"enron_labels_{half}.jsonl").read_text().splitlines()
        ]
        got = run_inspect(args.corpus, [lab["file"] for lab in labels])
        role = "worked on" if half == "a" else "held out"
        print(f"half {half.upper()} ({role}, {len(labels)} messages)")
        for name, value in score(labels, got).items():
            print(f"  {name:52} {value}")
        if args.show == half:
            for want, have in zip(labels, got, strict=True):
                diff = [k for k in ("job_related", "about_interview") if want[k] != have[k]]
                if diff:
                    print(
                        f"    {want['file']}: {diff} want={[want[k] for k in diff]} "
                        f"note={want['note']!r}"
                    )
    print(f"({(datetime.now() - started).total_seconds():.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
