#!/usr/bin/env python3
"""The contract's scorer (tests/contracts/score.py) with every kind of follow-up scored, not
only thank_you and callback: for the cases labelled for the kinds of tests/cases/KINDS.md.

usage: bench/score_kinds.py [--followupd CMD] CASES_DIR [CASES_DIR ...]   (as score.py)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import get_args

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "contracts")]

import score  # noqa: E402

from daemon.model import KindName  # noqa: E402

score.SCORED = set(get_args(KindName))

if __name__ == "__main__":
    sys.exit(score.main())
