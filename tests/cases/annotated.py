#!/usr/bin/env python3
"""For the developer: print how followupd reads one message file, sentence by sentence, with
the times, days and day parts it found in each.

    .venv/bin/python tests/cases/annotated.py MESSAGE_FILE [--tz Europe/London]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from daemon.infer.annotate import annotate  # noqa: E402
from daemon.parse import parse_message  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--tz", default="UTC")
    args = ap.parse_args()
    tz = ZoneInfo(args.tz)
    msg = parse_message(args.file.read_bytes(), account="dev", folder="", ref="", default_tz=tz)
    note = annotate(msg, tz)
    print(f"{msg.message_id}  {msg.date:%a %d %b %Y %H:%M %z}  {msg.subject!r}")
    for s in note.sentences:
        print(f"[{s.index} p{s.paragraph}{' ?' if s.question else ''}] {s.flat}")
        for t in s.times:
            print(f"    time {t.start:%a %d %b %H:%M}" + (f"-{t.end:%H:%M}" if t.end else ""))
        for t in s.day_parts:
            print(f"    day part {t.start:%a %d %b %H:%M}")
        for d in getattr(s, "days", ()):
            print(f"    day {d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
