"""Measure daemon.infer.dates against two labelled English date/time corpora.

    .venv/bin/python bench/dates_corpus.py [--corpora DIR] [--show N]

A measurement, not a test: the parser is not tuned to these phrases. Only labelled phrases
within the module's scope are tried (Recognizers-Text repeats inputs across its spec files;
each distinct labelled phrase counts once):

* times: a label that is one moment or a range with a day and a clock time (Duckling grain
  Hour/Minute; Recognizers-Text datetime/datetimerange without a Mod) whose text has a clock
  time (digits with am/pm or a colon, "noon", "midnight") and a day word or date.
* windows: a day or date-range label whose text carries one of the deadline phrase classes
  find_windows promises (by/on <day>, next week, this week, end of ..., week of, tomorrow,
  today, EOD, within N days/weeks, mid-<month>), leaving out the past and whole years.

*matched*: the function returned something (for Recognizers-Text, overlapping the labelled
span). *correct*: the first such result agrees with the label (with any of its readings, where
an underspecified phrase lists a past and a future one):

* times: same wall-clock start, and the same end when the label has one. Duckling ends are
  exclusive at the grain, so one grain is taken off; Duckling values are wall times in its
  reference zone (UTC-2) and mentions are converted there before comparing.
* windows: a single-day label must be our last day; a range [start, end) must end on our last
  day with our first day inside it (our "this week" starts today, and our weeks end on Friday
  where the corpora's end on Sunday). "by/before/until X" labels (Mod before/until) fix only
  the end, our last day. Other Mods (after, since, ...) cannot be compared: tried, matched,
  not comparable.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from daemon.infer.dates import TimeMention, find_times, find_windows  # noqa: E402

CLOCK = re.compile(
    r"(?i)\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b|[ap]\b)|\b\d{1,2}:\d{2}\b|\bnoon\b"
    r"|\bmidnight\b"
)
DAY = re.compile(
    r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*\b|\b(?:today|tonight|tomorrow)\b|\b\d{1,2}/\d{1,2}\b"
)
# The deadline phrase classes find_windows promises, as a scope filter (not the parser itself).
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAYS = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
CUE = re.compile(
    r"(?i)\b(?:by|before|until|till|due|on)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?day\s+"
    rf"|eod\s+)?(?:next\s+|this\s+)?(?:{_DAYS}|{_MONTHS}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?{_MONTHS}|\d{{1,2}}/\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)\b|tomorrow|today|eod|cob"
    r"|eom|the\s+end)|\b(?:next|this|coming|following)\s+week\b|\bend\s+of\s+(?:the\s+|this\s+)?"
    rf"(?:day|week|month|{_MONTHS})|\bweek\s+of\b|\btomorrow\b|\btoday\b|\beod\b|\beom\b"
    r"|\bcob\b|\b(?:within|in)\s+(?:the\s+next\s+)?\S+\s+(?:business\s+|working\s+)?"
    rf"(?:days?|weeks?)\b|\bnext\s+few\s+days|\bmid-?\s*{_MONTHS}"
    r"|\b(?:early|late|later)\s+next\s+week|\bweek\s+or\s+two"
)
# Deadlines lie ahead, and they are days: phrases about the past, or about whole years
# ("before 2000", "end of 2008"), are outside the scope.
OUT_OF_SCOPE = re.compile(
    r"(?i)\b(?:last|past|previous|yesterday|ago|since)\b"
    r"|\b(?:before|until|till|by|of|in|from|to|and|year)\s+(?:19|20)\d\d\b"
)


@dataclass
class Tally:
    """Counts for one (corpus, function) pair, with a few misses kept to show."""

    tried: int = 0
    matched: int = 0
    comparable: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, text: str, matched: bool, verdict: bool | None, got: str) -> None:
        self.tried += 1
        self.matched += matched
        if verdict is not None:
            self.comparable += 1
            self.correct += verdict
            if not verdict:
                self.misses.append(f"{text!r} -> {got}")


def _dt(s: str) -> datetime:
    return datetime.fromisoformat(s.replace(" ", "T"))


def _window_verdict(first: date, last: date, label: dict[str, str]) -> bool | None:
    mod = label.get("Mod")
    if mod in ("before", "until") and "end" in label:
        return last == _dt(label["end"]).date()
    if mod:
        return None
    if "value" in label:
        return last == _dt(label["value"]).date()
    if "start" in label and "end" in label:
        # Same last day, and our first day inside the labelled range: "this week" starts today
        # for us, and our weeks end on Friday where the corpora's end on Sunday.
        lo, hi = _dt(label["start"]).date(), _dt(label["end"]).date() - timedelta(days=1)
        if hi.weekday() == 6 and (hi - lo).days <= 6:
            hi -= timedelta(days=2)
        return last == hi and lo <= first <= hi
    return None


def _any_reading(first: date, last: date, labels: list[dict[str, str]]) -> bool | None:
    """The verdict against the labelled readings (past and future): right if any one agrees."""
    verdicts = [_window_verdict(first, last, lab) for lab in labels]
    if any(v for v in verdicts):
        return True
    return False if any(v is not None for v in verdicts) else None


def _wall(t: datetime | None, zone: tzinfo | None = None) -> datetime | None:
    """t as a naive wall time (in zone if given), the form the labels use."""
    if t is None:
        return None
    return (t.astimezone(zone) if zone else t).replace(tzinfo=None)


def _time_verdict(
    found: list[TimeMention], label: dict[str, str], zone: tzinfo | None = None
) -> bool:
    """The first mention agrees with the label: same start, and same end when it has one."""
    want = label.get("value") or label.get("start")
    if not found or want is None or _wall(found[0].start, zone) != _dt(want):
        return False
    return "end" not in label or _wall(found[0].end, zone) == _dt(label["end"])


def duckling(path: Path, times: Tally, windows: Tally) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    ref = datetime.fromisoformat(data["reference_time"])
    zone = ref.tzinfo or UTC
    grains = {"Minute": timedelta(minutes=1), "Hour": timedelta(hours=1)}
    for g in data["groups"]:
        if g["kind"] in ("datetimeHoliday", "datetimeIntervalHoliday"):
            continue
        for text in g["texts"]:
            if g["grain"] in grains and CLOCK.search(text) and DAY.search(text):
                found = find_times(text, ref, zone)
                verdict: bool | None = None
                if g["kind"] == "datetime":
                    verdict = _time_verdict(found, {"value": g["value"]}, zone)
                elif g["kind"] == "datetimeInterval":  # end is exclusive at the grain
                    end = _dt(g["end"]) - grains[g["grain"]]
                    verdict = _time_verdict(found, {"start": g["start"], "end": str(end)}, zone)
                times.add(
                    text,
                    bool(found),
                    verdict,
                    str([(str(_wall(m.start, zone)), str(_wall(m.end, zone))) for m in found]),
                )
            elif (
                g["grain"] in ("Day", "Week") and CUE.search(text) and not OUT_OF_SCOPE.search(text)
            ):
                if g["kind"] == "datetimeOpenInterval":
                    label = {
                        "Mod": "before" if g["direction"] == "Before" else "after",
                        "end": g["value"],
                    }
                elif g["kind"] == "datetime" and g["grain"] == "Week":  # value is the Monday
                    label = {"start": g["value"], "end": str(_dt(g["value"]) + timedelta(days=7))}
                elif "value" in g:
                    label = {"value": g["value"]}
                else:
                    label = {"start": g["start"], "end": g["end"]}
                ws = find_windows(text, ref.date())
                first, last = (ws[0].first_day, ws[0].last_day) if ws else (date.min, date.min)
                windows.add(
                    text,
                    bool(ws),
                    _any_reading(first, last, [label]),
                    str([(str(w.first_day), str(w.last_day)) for w in ws]),
                )


def _recognizers_cases(
    folder: Path,
) -> Iterator[tuple[str, datetime, str, int, int, list[dict[str, str]]]]:
    """(input, ref, type, start, end, readings) once per distinct labelled phrase: the subset
    repeats many inputs across its source files."""
    seen = set()
    with (folder / "email_like_subset.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if not row.get("reference_datetime"):
                continue  # no "now" to read relative words against
            ref = _dt(row["reference_datetime"]).replace(tzinfo=UTC)
            for res in row["results"]:
                kind = res.get("TypeName") or res.get("Typename") or res.get("Type") or ""
                values = (res.get("Resolution") or res.get("Value") or {}).get("values") or []
                start = res.get("Start", 0)
                end = start + int(res.get("Length", len(res["Text"])))
                key = (row["input"], ref, kind, start, end)
                if values and key not in seen:
                    seen.add(key)
                    yield row["input"], ref, kind, start, end, values


def recognizers(folder: Path, times: Tally, windows: Tally) -> None:
    for text, ref, kind, start, end, values in _recognizers_cases(folder):
        labelled = text[start:end]
        readings = [v for v in values if "Mod" not in v]
        if kind in ("datetimeV2.datetime", "datetimeV2.datetimerange") and readings:
            if not (CLOCK.search(labelled) and DAY.search(labelled)) or any(
                "T" not in v.get("timex", "") for v in readings
            ):
                continue
            found = [m for m in find_times(text, ref, UTC) if m.span[0] < end and start < m.span[1]]
            # Underspecified phrases carry a past and a future reading: either one counts.
            verdict = any(_time_verdict(found, v) for v in readings)
            times.add(
                labelled,
                bool(found),
                verdict,
                str([(str(_wall(m.start)), str(_wall(m.end))) for m in found]),
            )
        elif (
            kind in ("datetimeV2.date", "datetimeV2.daterange")
            and CUE.search(labelled)
            and not OUT_OF_SCOPE.search(labelled)
        ):
            ws = [
                w for w in find_windows(text, ref.date()) if w.span[0] < end and start < w.span[1]
            ]
            first, last = (ws[0].first_day, ws[0].last_day) if ws else (date.min, date.min)
            windows.add(
                labelled,
                bool(ws),
                _any_reading(first, last, values),
                str([(str(w.first_day), str(w.last_day)) for w in ws]),
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    parser.add_argument("--show", type=int, default=0, help="print up to N misses per line")
    args = parser.parse_args()
    rows: list[tuple[str, str, Tally]] = []
    for name, run, sub in [
        ("duckling", duckling, "duckling_en_time_corpus/duckling_en_time_corpus.json"),
        ("recognizers-text", recognizers, "recognizers_text_datetime_en"),
    ]:
        times, windows = Tally(), Tally()
        run(args.corpora / sub, times, windows)
        rows += [(name, "find_times", times), (name, "find_windows", windows)]
    print(
        f"{'corpus':18} {'function':13} {'tried':>6} {'matched':>8} {'comparable':>11}"
        f" {'correct':>8} {'correct/comparable':>19}"
    )
    for name, fn, t in rows:
        share = f"{t.correct / t.comparable:.0%}" if t.comparable else "-"
        print(
            f"{name:18} {fn:13} {t.tried:6} {t.matched:8} {t.comparable:11} {t.correct:8}"
            f" {share:>19}"
        )
        for miss in t.misses[: args.show]:
            print("    miss:", miss)


if __name__ == "__main__":
    main()
