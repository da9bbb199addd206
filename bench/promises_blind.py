"""Promises in sentences written blind: followupd's reading of each against its label.

The corpus (bench/phrases/promises.jsonl) was written by someone who never read followupd's
code, from DOMAIN.md and a brief: sentences in five languages, each labelled with who writes it
("them": a recruiter or contact to the user; "me": the user to them), the moment it is sent,
whether it promises news (or, from the user, a thing) by a day, and that last day. Each
sentence is read as the last message of a small job-search thread (a reply to the other side),
through `infer_facts`, the function every scan uses; what it reports as a promise, with its last
day, is compared with the label:

    .venv/bin/python bench/promises_blind.py [--corpus FILE] [--show N]

Printed per language: promises found with the labelled day, found with another day, missed;
sentences labelled as no promise that followupd reads as one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from daemon.infer.facts import infer_facts  # noqa: E402
from tests.test_infer import DANA, JORDAN, ME, TZ, message, thread  # noqa: E402

CORPUS = ROOT / "bench" / "phrases" / "promises.jsonl"


def reading(item: dict[str, str]) -> str | None:
    """The last day followupd reads the sentence as promising, or None."""
    ref = datetime.fromisoformat(item["ref"]).replace(tzinfo=TZ)
    if item["from"] == "them":
        first, last = (
            message(0, JORDAN, "Thank you for your time.", to=(DANA,)),
            message(1, DANA, item["text"]),
        )
    else:
        first, last = (
            message(0, DANA, "Thank you for your time."),
            message(1, JORDAN, item["text"], to=(DANA,)),
        )
    msgs = (replace(first, date=ref - timedelta(days=1)), replace(last, date=ref))
    me = replace(ME, name="Jordan Lee")
    [f] = infer_facts([thread(*msgs)], me, TZ, ref + timedelta(days=90))
    found = f.promises if item["from"] == "them" else f.own_promises
    days = sorted(p.last_day for p in found)
    return days[-1] if days else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--show", type=int, default=0, help="print up to N misreadings per language")
    args = ap.parse_args()
    items = [json.loads(line) for line in args.corpus.read_text().splitlines() if line.strip()]
    tally: dict[str, Counter[str]] = {}
    shown: Counter[str] = Counter()
    for item in items:
        got = reading(item)
        c = tally.setdefault(item["lang"], Counter())
        if item["promise"]:
            verdict = "right" if got == item["last_day"] else ("other day" if got else "missed")
        else:
            verdict = "false" if got else "quiet"
        c[verdict] += 1
        if verdict in ("other day", "missed", "false") and shown[item["lang"]] < args.show:
            shown[item["lang"]] += 1
            print(f"  {item['id']} {verdict}: want {item['last_day']}, got {got}: {item['text']!r}")
    print(
        f"{'lang':6} {'promises':>9} {'right':>6} {'other day':>10} {'missed':>7} "
        f"{'negatives':>10} {'false':>6}"
    )
    total: Counter[str] = Counter()
    for lang, c in sorted(tally.items()):
        total.update(c)
        promises, negatives = c["right"] + c["other day"] + c["missed"], c["false"] + c["quiet"]
        print(
            f"{lang:6} {promises:9} {c['right']:6} {c['other day']:10} {c['missed']:7} "
            f"{negatives:10} {c['false']:6}"
        )
    promises = total["right"] + total["other day"] + total["missed"]
    negatives = total["false"] + total["quiet"]
    print(
        f"{'all':6} {promises:9} {total['right']:6} {total['other day']:10} "
        f"{total['missed']:7} {negatives:10} {total['false']:6}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
