"""Whether two checkouts infer the same: `followupd scan --json` of every case dir, by each.

For each case (tests/contracts/cases/*, tests/cases/open/*, tests/cases/kinds/*), on a fresh
copy of its mailbox and a fresh state database per checkout: a dry scan, then a scan that
writes its drafts. The JSON of each must be the same for both checkouts, once the temporary
folder and the drafts' file names (random, as Maildir wants them) are masked.

    git archive BASE | tar -x -C /tmp/base
    python bench/scan_compare.py /tmp/base .        # exit 1 and the differences, if any
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench")]
from draft_review import config_for  # noqa: E402

CASE_GLOBS = ("tests/contracts/cases/*", "tests/cases/open/*", "tests/cases/kinds/*")


def cases() -> list[Path]:
    return sorted(p for g in CASE_GLOBS for p in ROOT.glob(g) if (p / "case.json").is_file())


def scans(code: Path, case_dir: Path) -> list[str]:
    """The dry scan's and the writing scan's JSON, masked, run by the checkout at `code`."""
    case = json.loads((case_dir / "case.json").read_text())
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        mailbox = Path(tmp) / "mailbox"
        shutil.copytree(case_dir / "mailbox", mailbox)
        config = Path(tmp) / "config.toml"
        config.write_text(config_for(case, mailbox, Path(tmp) / "state.sqlite3"))
        for extra in (["--dry-run"], []):
            done = subprocess.run(
                [sys.executable, "-m", "daemon.cli", "scan", "--json", "--config", str(config)]
                + ["--now", case["now"], *extra],
                capture_output=True,
                text=True,
                cwd=code,
            )
            text = done.stdout.replace(tmp, "TMP")
            out.append(re.sub(r"\d+\.M\d+P\d+[^\s\"/:]*(:2,[A-Z]*)?", "DRAFTFILE", text))
    return out


def main() -> int:
    base, new = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    differ = 0
    for case_dir in cases():
        a, b = scans(base, case_dir), scans(new, case_dir)
        if a != b or not all(a):
            differ += 1
            print(f"DIFFERENT: {case_dir.relative_to(ROOT)}")
    print(f"{len(cases())} cases, {differ} different")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
