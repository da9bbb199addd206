"""Pair two versions' drafts for a blind review, and total the reviewers' verdicts by version.

    .venv/bin/python bench/pair_drafts.py pair A B OUT KEY
    .venv/bin/python bench/pair_drafts.py totals KEY VERDICTS...

`pair`: A and B are `bench/draft_review.py` outputs (`<case>/<nn>-<kind>-<to>/draft.txt` and
`thread.txt`) of the same cases written by two versions of followupd. Follow-ups are matched
by case, kind and recipient; each goes to `OUT/<case>/<nn>-<kind>-<to>/` with its thread and
its drafts as `draft-1.txt` and `draft-2.txt` in a random (seeded) order, a single draft where
only one version wrote it. KEY, kept away from the reviewers, records which version each is.

`totals`: reads verdict lines `<case>/<folder>/draft-<n> | VERDICT | flags | why` and prints,
per version, how many are sendable (SEND or LIGHT) and the flags counted.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

FLAGS = ("wrong-company", "false-meeting", "machine-subject")


def _index(root: Path) -> dict[tuple[str, str], Path]:
    return {
        (d.parent.name, re.sub(r"^\d+-", "", d.name)): d
        for d in sorted(root.glob("*/*/"))
        if (d / "draft.txt").exists()
    }


def pair(a: Path, b: Path, out: Path, key: Path) -> None:
    rng = random.Random(20261207)
    ia, ib = _index(a), _index(b)
    record: dict[str, dict[str, str]] = {}
    for n, k in enumerate(sorted(set(ia) | set(ib)), 1):
        dest = out / k[0] / f"{n:02d}-{k[1]}"
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy((ia.get(k) or ib[k]) / "thread.txt", dest / "thread.txt")
        versions = [(v, d) for v, d in (("A", ia.get(k)), ("B", ib.get(k))) if d is not None]
        rng.shuffle(versions)
        folder = str(dest.relative_to(out))
        record[folder] = {}
        for i, (v, d) in enumerate(versions, 1):
            shutil.copy(d / "draft.txt", dest / f"draft-{i}.txt")
            record[folder][f"draft-{i}"] = v
    key.write_text(json.dumps({"A": str(a), "B": str(b), "drafts": record}, indent=1))
    print(f"{len(record)} follow-ups, {sum(map(len, record.values()))} drafts in {out}")


def totals(key: Path, verdicts: list[Path]) -> None:
    drafts = json.loads(key.read_text())["drafts"]
    seen: dict[str, Counter[str]] = {"A": Counter(), "B": Counter()}
    for path in verdicts:
        for line in path.read_text().splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) < 3 or "/" not in parts[0]:
                continue
            folder, draft = parts[0].rsplit("/", 1)
            version = drafts.get(folder, {}).get(draft)
            if version is None:
                continue
            c = seen[version]
            c[parts[1]] += 1
            c["all"] += 1
            for flag in parts[2].split(","):
                if flag.strip() not in ("", "-"):
                    c["flag " + flag.strip()] += 1
    for version, c in seen.items():
        ok = c["SEND"] + c["LIGHT"]
        flags = ", ".join(f"{k[5:]} {v}" for k, v in c.most_common() if k.startswith("flag "))
        print(
            f"{version}: {ok}/{c['all']} sendable ({ok / max(1, c['all']):.0%}); SEND {c['SEND']}, "
            f"LIGHT {c['LIGHT']}, ERROR {c['ERROR']}, NOT {c['NOT']}; flags: {flags}"
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["pair"] and len(sys.argv) == 6:
        pair(*(Path(x) for x in sys.argv[2:6]))
    elif sys.argv[1:2] == ["totals"] and len(sys.argv) >= 4:
        totals(Path(sys.argv[2]), [Path(x) for x in sys.argv[3:]])
    else:
        sys.exit(__doc__.split("\n\n")[1])
