"""Exactly once across processes (issue 9): two `followupd scan`s and a `followupd run` started
together on one mailbox, on each connector, N trials each (default 20); each draft must be
written once. Also: the same with the writer lock switched off (--no-lock), to show the test
can fail.

    .venv/bin/python bench/concurrency.py [--trials 20] [--connectors maildir,imap,gmail]

Prints a Markdown table for bench/RESULTS.md. Dovecot is started on loopback; the Gmail
stand-in runs in this process (tests/gmail_standin.py).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.concurrency import CONNECTORS, run_trial  # noqa: E402
from tests.dovecot import DovecotServer  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--connectors", default=",".join(CONNECTORS))
    args = parser.parse_args()
    print(
        "| connector | trials | drafts expected per trial | duplicates | missing |"
        " failed exits | wall time per trial (median) |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory(prefix="followupd-concurrency-") as tmp:
        dovecot = DovecotServer(Path(tmp) / "dovecot")
        dovecot.start()
        try:
            for connector in args.connectors.split(","):
                trials = [
                    run_trial(connector, Path(tmp) / connector / str(n), dovecot)
                    for n in range(args.trials)
                ]
                expected = max(len(t.drafts) for t in trials)
                duplicates = sum(t.duplicates for t in trials)
                missing = sum(expected - len(t.drafts) for t in trials)
                failed = sum(1 for t in trials if t.exit_codes != (0, 0, 0))
                seconds = statistics.median(t.seconds for t in trials)
                print(
                    f"| {connector} | {len(trials)} | {expected} | {duplicates} | {missing} |"
                    f" {failed} | {seconds:.1f} s |",
                    flush=True,
                )
        finally:
            dovecot.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
