"""followupd's date extraction beside dateparser's `search_dates`, on the same labelled cases.

    .venv/bin/pip install -e ".[bench]"      # dateparser: a bench-only dependency
    .venv/bin/python bench/promises_eval.py [--corpora DIR] [--show N] [--only TOOL]

A measurement, not a test: nothing in followupd reads these corpora, and the scoring below is
fixed whatever either tool does. Both tools see the same input text and the same reference
moment: followupd as `find_times(text, ref, zone)` and `find_windows(text, ref.date())` plus the
day layer every message's annotation records (`scan_days`, the days named without a clock
time); dateparser as `search_dates(text, languages=["en"], settings={"RELATIVE_BASE": ref,
"PREFER_DATES_FROM": "future"})` (reading ahead, as followupd does: a promise lies ahead).

The cases, chosen from the labels alone (never from what a tool returns):

* Recognizers-Text `email_like_subset.jsonl`: the single-answer cases, i.e. an input with
  exactly one labelled expression and a reference moment; each distinct (input, reference)
  once (the subset repeats inputs across its source files).
  - date: type `date`, no Mod.
  - date-time: type `datetime` or `datetimerange`, no Mod, whose (start) timex has a clock
    time (`T` and digits; parts of day such as `TAF` name no clock time and are left out).
  - window: type `daterange` whose readings have an end: no Mod or a Mod that keeps the end
    (`before`, `until`, `end`, `mid`, `start`, `before-end`...); open-ended ones (`since`,
    `after`) have no last day and are left out.
* Duckling's English corpus: every text of every group, holidays left out, read against the
  corpus's reference moment (2013-02-12 04:30 UTC-2).
  - date: `datetime` at grain Day.
  - date-time: `datetime` or `datetimeInterval` at grain Hour, Minute or Second.
  - window: `datetime` at grain Week, Month, Quarter or Year (the whole period);
    `datetimeInterval` at grain Day or coarser; a `Before` open interval at grain Day or
    coarser (its last day is the day before). `After` intervals have no last day.

Each tool's answer is its first result that overlaps the labelled span (Recognizers; Duckling
labels the whole text). dateparser gives a list of (substring, datetime) and its substrings are
located in the text in order. followupd's results are taken in this order: a moment
(find_times), else a window (find_windows), else a named day (scan_days); within each, the
first in text order. No answer overlapping the label is "no answer".

The rule, the same for both tools:

* date: right when the answer's day is the labelled day (a moment's day; a window's last day).
* date-time: right when the day and the clock time of the start match, at the label's grain
  (Duckling's Hour grain compares the hour). A window or a day alone has no clock time: wrong.
  Wall times are compared as written in the text's zone (Recognizers) or in the reference zone
  (Duckling: its labels are wall times in UTC-2).
* window: right when the window's last day is the labelled last day: the day before an
  exclusive end; for `before X` the day before X; for `until X` (a moment) X itself; a single
  day is its own last day. A single date answered for a window is its last day.

Where a label lists a past and a future reading, either one counts.

Conventions are counted, never scored: of the wrong answers, how many one stated convention
of followupd's explains (a working week that ends on Friday; "by X" includes X; a bare weekday
said on that weekday is next week's; a date read forward where the label reads it as past;
a bare hour read in business hours). The figures in the table do not change with them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from daemon.infer import _date_words as lex  # noqa: E402
from daemon.infer.dates import find_times, find_windows  # noqa: E402

KINDS = ("date", "date-time", "window")


@dataclass(frozen=True)
class Reading:
    """One acceptable answer: the day (a window's last day) and, for date-time, the clock."""

    day: date
    clock: tuple[int, int] | None = None
    grain: str = "minute"  # "hour": only the hour of the clock is compared
    mod: str | None = None


@dataclass(frozen=True)
class Case:
    corpus: str
    kind: str
    text: str
    span: tuple[int, int]
    ref: datetime  # aware
    zone: tzinfo | None  # compare wall times in this zone; None: as written
    readings: tuple[Reading, ...]


@dataclass(frozen=True)
class Answer:
    day: date
    clock: tuple[int, int] | None
    text: str


@dataclass
class Tally:
    cases: int = 0
    right: int = 0
    wrong: int = 0
    none: int = 0
    conventions: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    seconds: float = 0.0


# --- reading the labels ------------------------------------------------------------------------
def _dt(s: str) -> datetime:
    return datetime.fromisoformat(s.replace(" ", "T"))


def _clock(t: datetime) -> tuple[int, int]:
    return t.hour, t.minute


def _window_reading(v: dict[str, str]) -> Reading | None:
    mod = v.get("Mod")
    if "end" not in v or (mod and mod.startswith(("since", "after"))):
        return None
    end = _dt(v["end"])
    if mod == "until" and v.get("sourceEntity") == "datetimepoint":
        return Reading(end.date(), mod=mod)
    return Reading(end.date() - timedelta(days=1), mod=mod)


def _recognizers(folder: Path) -> Iterator[Case]:
    seen: set[tuple[str, str]] = set()
    with (folder / "email_like_subset.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if not row.get("reference_datetime") or len(row["results"]) != 1:
                continue
            key = (row["input"], row["reference_datetime"])
            if key in seen:
                continue
            seen.add(key)
            res = row["results"][0]
            kind = res.get("TypeName") or res.get("Typename") or res.get("Type") or ""
            values: list[dict[str, str]] = (res.get("Resolution") or res.get("Value") or {}).get(
                "values"
            ) or []
            start = res.get("Start", 0)
            end = start + int(res.get("Length", len(res["Text"])))
            ref = _dt(row["reference_datetime"]).replace(tzinfo=UTC)
            readings: list[Reading] = []
            mods = any("Mod" in v for v in values)
            if kind == "datetimeV2.date" and not mods:
                case_kind = "date"
                readings = [Reading(_dt(v["value"]).date()) for v in values if "value" in v]
            elif kind in ("datetimeV2.datetime", "datetimeV2.datetimerange") and not mods:
                case_kind = "date-time"
                for v in values:
                    first = v["timex"].strip("(").split(",")[0]
                    at = v.get("value") or v.get("start")
                    if at and re.search(r"T\d", first):
                        t = _dt(at)
                        readings.append(Reading(t.date(), _clock(t)))
                if len(readings) != len(values):
                    continue  # a part of day, or no clock time: not a date-and-time case
            elif kind == "datetimeV2.daterange":
                case_kind = "window"
                readings = [r for v in values if (r := _window_reading(v)) is not None]
                if len(readings) != len(values):
                    continue
            else:
                continue
            if readings:
                yield Case(
                    "recognizers", case_kind, row["input"], (start, end), ref, None, tuple(readings)
                )


def _period_end(start: date, grain: str) -> date:
    if grain == "Week":
        return start + timedelta(days=6)
    months = {"Month": 1, "Quarter": 3, "Year": 12}[grain]
    y, m = divmod(start.month - 1 + months, 12)
    return date(start.year + y, m + 1, 1) - timedelta(days=1)


def _duckling(path: Path) -> Iterator[Case]:
    data = json.loads(path.read_text(encoding="utf-8"))
    ref = datetime.fromisoformat(data["reference_time"])
    zone = ref.tzinfo
    for g in data["groups"]:
        kind, grain = g["kind"], g["grain"]
        fine = grain in ("Hour", "Minute", "Second")
        reading: Reading | None = None
        if "Holiday" in kind or any(str(g.get(k, "")).startswith("-") for k in ("value", "start")):
            continue  # holidays; and years before the common era ("2014 BC")
        if kind == "datetime" and grain == "Day":
            case_kind, reading = "date", Reading(_dt(g["value"]).date())
        elif kind in ("datetime", "datetimeInterval") and fine:
            t = _dt(g.get("value") or g["start"])
            case_kind = "date-time"
            reading = Reading(t.date(), _clock(t), "hour" if grain == "Hour" else "minute")
        elif kind == "datetime":
            start = _dt(g["value"]).date()
            case_kind, reading = "window", Reading(_period_end(start, grain))
        elif kind == "datetimeInterval":
            case_kind, reading = "window", Reading(_dt(g["end"]).date() - timedelta(days=1))
        elif kind == "datetimeOpenInterval" and g["direction"] == "Before" and not fine:
            last = _dt(g["value"]).date() - timedelta(days=1)
            case_kind, reading = "window", Reading(last, mod="before")
        if reading is None:
            continue
        for text in g["texts"]:
            yield Case("duckling", case_kind, text, (0, len(text)), ref, zone, (reading,))


# --- the two tools ---------------------------------------------------------------------------
def _wall(t: datetime, zone: tzinfo | None) -> datetime:
    if zone is not None and t.tzinfo is not None:
        t = t.astimezone(zone)
    return t.replace(tzinfo=None)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def followupd(case: Case) -> Answer | None:
    text, ref = case.text, case.ref
    zone = case.zone or UTC
    for m in find_times(text, ref, zone):
        if _overlaps(m.span, case.span):
            t = _wall(m.start, case.zone)
            return Answer(t.date(), _clock(t), m.text)
    for w in find_windows(text, ref.date()):
        if _overlaps(w.span, case.span):
            return Answer(w.last_day, None, w.text)
    for d in lex.scan_days(text, ref.date(), lex.skip_spans(text)):
        if _overlaps((d.start, d.end), case.span):
            return Answer(d.day, None, text[d.start : d.end])
    return None


def dateparser_tool() -> Callable[[Case], Answer | None]:
    # a bench-only dependency, without type hints
    from dateparser.search import search_dates  # type: ignore[import-untyped, unused-ignore]

    def answer(case: Case) -> Answer | None:
        base = _wall(case.ref, case.zone)
        settings: Any = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"}
        found = search_dates(case.text, languages=["en"], settings=settings) or []
        pos = 0
        for sub, t in found:
            at = case.text.find(sub, pos)
            if at < 0:
                at = case.text.find(sub)
            if at < 0:
                continue
            pos = at + len(sub)
            if _overlaps((at, at + len(sub)), case.span):
                w = _wall(t, case.zone)
                return Answer(w.date(), _clock(w), sub)
        return None

    return answer


# --- scoring -----------------------------------------------------------------------------------
def right(case: Case, a: Answer, r: Reading) -> bool:
    if a.day != r.day:
        return False
    if case.kind != "date-time":
        return True
    if a.clock is None or r.clock is None:
        return False
    return a.clock[0] == r.clock[0] and (r.grain == "hour" or a.clock[1] == r.clock[1])


_WITHIN = re.compile(r"(?i)\b(?:within|next|coming|upcoming)\b")


def convention(case: Case, a: Answer) -> str | None:
    """The stated convention of followupd's that explains a wrong answer, if one does."""
    ref = case.ref.date() if case.zone is None else _wall(case.ref, case.zone).date()
    said = case.text[case.span[0] : case.span[1]]
    for r in case.readings:
        if case.kind == "window" and r.day.weekday() == 6 and a.day == r.day - timedelta(days=2):
            return "a working week ends on Friday"
        if case.kind == "window" and a.day == r.day + timedelta(days=1):
            if r.mod == "before":
                return "a deadline day is included ('by X' ends on X)"
            if _WITHIN.search(said):
                return "'within N days' counts N days after today"
            return "a range 'from X to Y' includes Y"
        if (
            case.kind == "window"
            and (r.day.day, a.day.day) == (20, 17)
            and r.day.month == a.day.month
        ):
            return "mid-month is the 13th to the 17th"
        if r.day == ref and a.day == ref + timedelta(days=7):
            return "a weekday said that day is next week's"
        if r.day < ref <= a.day and (a.day.month, a.day.day) == (r.day.month, r.day.day):
            return "a date is read forward (the label reads it as past)"
        if r.day < ref <= a.day and (a.day - r.day).days % 7 == 0 and (a.day - r.day).days <= 7:
            return "a date is read forward (the label reads it as past)"
        if (
            case.kind == "date-time"
            and a.day == r.day
            and a.clock is not None
            and r.clock is not None
            and a.clock[1] == r.clock[1]
            and abs(a.clock[0] - r.clock[0]) == 12
        ):
            return "a bare hour is read in business hours"
    return None


def _show(day: date, clock: tuple[int, int] | None) -> str:
    return f"{day} {clock[0]:02d}:{clock[1]:02d}" if clock else str(day)


def score(cases: list[Case], tool: Callable[[Case], Answer | None]) -> dict[str, Tally]:
    tallies = {k: Tally() for k in KINDS}
    for case in cases:
        t = tallies[case.kind]
        began = time.perf_counter()
        a = tool(case)
        t.seconds += time.perf_counter() - began
        t.cases += 1
        if a is None:
            t.none += 1
            t.misses.append(f"{case.text!r} [{case.span[0]}:{case.span[1]}] -> no answer")
        elif any(right(case, a, r) for r in case.readings):
            t.right += 1
        else:
            t.wrong += 1
            if (c := convention(case, a)) is not None:
                t.conventions[c] += 1
            want = ", ".join(_show(r.day, r.clock) for r in case.readings)
            got = _show(a.day, a.clock)
            t.misses.append(f"{case.text!r} -> {got} ({a.text!r}); label {want}")
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    parser.add_argument("--show", type=int, default=0, help="print up to N misses per line")
    parser.add_argument("--only", choices=("followupd", "dateparser"))
    args = parser.parse_args()
    corpora = {
        "recognizers": list(_recognizers(args.corpora / "recognizers_text_datetime_en")),
        "duckling": list(
            _duckling(args.corpora / "duckling_en_time_corpus" / "duckling_en_time_corpus.json")
        ),
    }
    tools: dict[str, Callable[[Case], Answer | None]] = {}
    if args.only != "dateparser":
        tools["followupd"] = followupd
    if args.only != "followupd":
        tools["dateparser"] = dateparser_tool()
        tools["dateparser"](corpora["duckling"][0])  # load its language data before timing
    print(
        f"{'corpus':12} {'kind':10} {'tool':11} {'cases':>6} {'right':>6} {'wrong':>6}"
        f" {'no answer':>10} {'ms/case':>8}"
    )
    notes: list[str] = []
    for name, cases in corpora.items():
        results = {tool: score(cases, fn) for tool, fn in tools.items()}
        for kind in (*KINDS, "all"):
            for tool, tallies in results.items():
                parts = list(tallies.values()) if kind == "all" else [tallies[kind]]
                n, ok = sum(p.cases for p in parts), sum(p.right for p in parts)
                bad, none = sum(p.wrong for p in parts), sum(p.none for p in parts)
                ms = 1000 * sum(p.seconds for p in parts) / max(n, 1)
                print(f"{name:12} {kind:10} {tool:11} {n:6} {ok:6} {bad:6} {none:10} {ms:8.2f}")
                if kind != "all":
                    for conv, count in sorted(tallies[kind].conventions.items()):
                        notes.append(
                            f"{name:12} {kind:10} {tool:11} {count:4} wrong answers"
                            f" explained by: {conv}"
                        )
                    for miss in tallies[kind].misses[: args.show]:
                        print("    miss:", miss)
    if notes:
        print("\nConventions (counted among the wrong answers; the figures above do not change):")
        print("\n".join(notes))


if __name__ == "__main__":
    main()
