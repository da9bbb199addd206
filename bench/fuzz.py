"""Coverage-guided fuzzing (atheris, libFuzzer) of message and calendar parsing, for a fixed
time (issue 9). A "crash" is any exception other than MessageError from `parse_message`, any
exception from `parse_calendar`, or one input taking longer than its limit; each is recorded
(its kind and the input's hash) and the run goes on, so the figure counts them all.

    .venv/bin/python bench/fuzz.py message --seconds 60
    .venv/bin/python bench/fuzz.py calendar --seconds 60

Needs `atheris` (pip install -e ".[bench]"). Seeds: the hostile messages of tests/hostile.py
and the calendar fixtures under shared/corpora when present. Prints one Markdown table row.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import zoneinfo
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports():
    from daemon.errors import MessageError
    from daemon.parse import parse_calendar, parse_message

TZ = zoneinfo.ZoneInfo("America/Chicago")
STATE: dict[str, object] = {"runs": 0, "crashes": {}, "slowest": 0.0, "corpus": 0}


def one_message(data: bytes) -> None:
    parse_message(data, account="a", folder="INBOX", ref="r", default_tz=TZ)


def one_calendar(data: bytes) -> None:
    parse_calendar(data, TZ)


def main() -> int:
    target = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] in ("message", "calendar") else ""
    if not target:
        print(__doc__, file=sys.stderr)
        return 2
    seconds = int(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else 60
    if "--child" in sys.argv:
        return _child(target, seconds, Path(sys.argv[sys.argv.index("--child") + 1]))
    # libFuzzer ends the process from C, past Python's exit handlers: the fuzzing runs in a
    # child, and this process reads what it left
    work = Path(tempfile.mkdtemp(prefix=f"followupd-fuzz-{target}-"))
    log = work / "libfuzzer.log"
    with log.open("w") as err:
        subprocess.run(
            [sys.executable, __file__, target, "--seconds", str(seconds), "--child", str(work)],
            stderr=err,
            check=False,
        )
    done = re.findall(r"Done (\d+) runs in (\d+) second", log.read_text())
    summary = json.loads((work / "summary.json").read_text())
    runs, took = (int(done[-1][0]), int(done[-1][1])) if done else (summary["runs"], seconds)
    crashes = summary["crashes"]
    print(
        f"| {target} | {took} s | {runs:,} | {runs / max(took, 1):,.0f} | "
        f"{summary['corpus']} | {len(crashes)} | {summary['slowest']:.2f} s |"
    )
    for key in list(crashes)[:10]:
        print(f"  crash {key}", file=sys.stderr)
    return 0


def _child(target: str, seconds: int, work: Path) -> int:
    corpus = work / "corpus"
    corpus.mkdir()
    _seed(target, corpus)
    run = one_message if target == "message" else one_calendar
    out = work / "summary.json"

    def save() -> None:
        STATE["corpus"] = len(list(corpus.iterdir()))
        out.write_text(json.dumps(STATE))

    def test_one_input(data: bytes) -> None:
        STATE["runs"] += 1  # type: ignore[operator]
        began = time.monotonic()
        try:
            run(data)
        except MessageError:
            pass
        except Exception as exc:  # a crash: recorded, and fuzzing goes on
            key = f"{exc.__class__.__name__}: {hashlib.sha256(data).hexdigest()[:12]}"
            STATE["crashes"][key] = data.hex()[:400]  # type: ignore[index]
            save()
        STATE["slowest"] = max(STATE["slowest"], time.monotonic() - began)  # type: ignore[call-overload]
        if STATE["runs"] % 200 == 0:  # type: ignore[operator]
            save()

    save()
    atheris.Setup(
        [
            sys.argv[0],
            f"-max_total_time={seconds}",
            "-rss_limit_mb=4096",
            "-max_len=65536",
            "-timeout=30",
            str(corpus),
        ],
        test_one_input,
    )
    atheris.Fuzz()
    return 0


def _seed(target: str, corpus: Path) -> None:
    if target == "message":
        from tests.hostile import HOSTILE

        for name, make in HOSTILE.items():
            data = make()
            if len(data) < 65536:
                (corpus / name).write_bytes(data)
    shared = Path(os.environ.get("FOLLOWUPD_SHARED", ROOT.parent / "shared")) / "corpora"
    pattern = "ics_fixtures/**/*.ics" if target == "calendar" else "cpython_test_email/**/*"
    for i, path in enumerate(sorted(shared.glob(pattern))[:300]):
        if path.is_file():
            (corpus / f"seed{i}").write_bytes(path.read_bytes()[:65536])


if __name__ == "__main__":
    sys.exit(main())
