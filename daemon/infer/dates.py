"""Dates and times named in English email text: meeting times, deadline windows, durations.

Pure functions with no clock: every relative word ("Friday", "tomorrow", "next week") is read
against a reference moment the caller passes in, normally the message's Date header.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from daemon.infer import _date_words as lex

__all__ = [
    "TimeMention",
    "Window",
    "add_business_days",
    "duration_minutes",
    "find_times",
    "find_windows",
]


@dataclass(frozen=True)
class TimeMention:
    """A specific moment named in text: a day with a clock time, maybe with an end time."""

    start: datetime  # timezone-aware
    end: datetime | None  # when a range was given ("1:00–1:45 pm") else None
    text: str  # the matched text
    span: tuple[int, int]  # offsets in the input


@dataclass(frozen=True)
class Window:
    """A day or a span of days named as a deadline ('by Friday', 'next week')."""

    first_day: date
    last_day: date
    text: str
    span: tuple[int, int]


# --- clock times ------------------------------------------------------------------------------
def _time(n: str) -> str:
    # "2:00 PM", "8 a.m.", "9a"; "8.30pm" takes a dot only before am/pm (checked in _parts).
    return (
        rf"(?P<t{n}>(?P<h{n}>\d{{1,2}})(?:[:.](?P<m{n}>[0-5]\d))?"
        rf"(?P<a{n}>\s?(?:[ap]\.m\b\.?|[ap]m\b)|[ap]\b)?|(?P<w{n}>noon|midday|midnight))"
    )


_CLOCK_RE = re.compile(
    rf"(?<![\w/.$£€+#-])(?<!\d:){_time('1')}"
    rf"(?P<range>(?:\s*[-–—]\s*|\s+(?:to|until|till|and)\s+){_time('2')})?(?![\w:/]|\.\d)",
    re.I,
)
# Bare hours ("at 4") only count after one of these words; "4" alone is just a number.
_AT_RE = re.compile(r"(?:\b(?:at|from|between|around|um)|@)\s*\Z", re.I)
_BETWEEN_RE = re.compile(r"\bbetween\s*\Z", re.I)
_QUANTITY_RE = re.compile(
    r"\s*(?:%|(?:percent|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|people|of)\b)", re.I
)
_WORD_TIMES = {"noon": 12, "midday": 12, "midnight": 0}


@dataclass(frozen=True)
class _Clock:
    start: int
    end: int  # including the zone naming after it
    begin: tuple[int, int]
    finish: tuple[int, int] | None
    zone: tzinfo | None
    vague: bool  # no am/pm anywhere and not 24-hour style: the hour was a business-hours guess


def _hour24(h: int, meridiem: str | None, literal: bool) -> int:
    """A clock hour on the 24-hour clock. Without am/pm, 1-6 is read as afternoon and 7-11 as
    morning (people schedule calls in business hours); 0, 13-23 and "08" are taken literally."""
    if meridiem is not None:
        return h % 12 + (12 if meridiem[:1].lower() == "p" else 0)
    if literal or h == 0 or h >= 12:
        return h
    return h + 12 if h <= 6 else h


def _parts(m: re.Match[str], n: str) -> tuple[int, int, str | None, bool] | None:
    """(hour, minute, am/pm, literal) of time n, or None when it is not a valid time."""
    if m[f"w{n}"]:
        return _WORD_TIMES[m[f"w{n}"].lower()], 0, None, True
    h, meridiem = int(m[f"h{n}"]), m[f"a{n}"] and m[f"a{n}"].strip()
    dotted = m[f"m{n}"] and m.string[m.end(f"h{n}")] == "."
    if (meridiem and not 1 <= h <= 12) or h > 23 or (dotted and not meridiem):
        return None
    return h, int(m[f"m{n}"] or 0), meridiem, m[f"h{n}"].startswith("0") or h > 12


def _clock(text: str, m: re.Match[str]) -> _Clock | None:
    """The clock time or range m matched, with its zone; None when it is only a number."""
    first = _parts(m, "1")
    if first is None:
        return None
    second, end = (_parts(m, "2") if m["range"] else None), m.end()
    counted = m["range"] and _QUANTITY_RE.match(text, end)
    if m["range"] and (
        second is None
        or counted
        or (
            m["range"].strip().lower() == "and"
            and not _BETWEEN_RE.search(text, max(0, m.start() - 12), m.start())
        )
    ):
        second, end = None, m.end("t1")  # "10am to 12 people": only the first half is a time
    specific = any(m[g] for g in ("m1", "a1", "w1")) or (
        second is not None and any(m[g] for g in ("m2", "a2", "w2"))
    )
    if not specific and counted:  # "from 10 to 15 people"
        return None
    if not specific:  # bare hours: "at 4", "from 9 to 5"
        lead = _AT_RE.search(text, max(0, m.start() - 12), m.start())
        if (
            lead is None
            or _QUANTITY_RE.match(text, end)
            or (second is not None and lead[0].strip().lower() not in ("from", "between"))
        ):
            return None
    h1, m1, a1, lit1 = first
    if second is None:
        begin, finish = (_hour24(h1, a1, lit1), m1), None
    else:
        h2, m2, a2, lit2 = second
        # "12:30–1:00 pm": a first half without am/pm takes the second's, unless that would put
        # it after the end ("11–1 pm" is 11 am to 1 pm); "10am-11" works the same way round.
        shared = a1 or a2
        other = "a" if (shared or "p")[0].lower() == "p" else "p"
        start_h = _hour24(h1, a1 or (None if lit1 else shared), lit1)
        end_h = _hour24(h2, a2 or (None if lit2 else shared), lit2)
        if start_h > end_h and shared and a1 is None and not lit1:
            start_h = _hour24(h1, other, lit1)
        elif start_h > end_h and shared and a2 is None and not lit2:
            end_h = _hour24(h2, other, lit2)
        begin, finish = (start_h, m1), (end_h, m2)
    zone, end = lex.zone_after(text, end, _CLOCK_RE)
    literal = first[2] or first[3] or (second is not None and (second[2] or second[3]))
    return _Clock(m.start(), end, begin, finish, zone, not literal)


def _clocks(text: str, skip: list[tuple[int, int]]) -> list[_Clock]:
    found = []
    for m in _CLOCK_RE.finditer(text):
        free = not any(m.start() < e and s < m.end() for s, e in skip)
        if free and (c := _clock(text, m)) is not None:
            found.append(c)
    return found


# --- pairing a clock time with its day ----------------------------------------------------------
_BREAK_RE = re.compile(r"[.!?](?:\s|$)|\n[ \t]*\n")


def _part_of_day(c: _Clock, context: str) -> _Clock:
    """c with its guessed hours moved to the part of day said ("tonight at 8", "morning at 6")."""
    said = lex.PART_OF_DAY_RE.search(context)
    if not c.vague or said is None:
        return c
    shift = 12 if said["pm"] and c.begin[0] < 12 else 0
    shift = -12 if not said["pm"] and c.begin[0] > 12 else shift

    def moved(t: tuple[int, int]) -> tuple[int, int]:
        return (t[0] + shift) % 24, t[1]

    return replace(c, begin=moved(c.begin), finish=c.finish and moved(c.finish))


def _pair_cost(gap: str, day_first: bool) -> float | None:
    """How well a day binds to a clock time across gap (lower is better), None if it cannot.

    A day before the time joins over glue words ("Thursday 2/26 at 2:00", "Date: ...\\nTime:").
    A day after the time binds tighter only when directly attached ("2pm on Friday", "3pm
    Tuesday"), so "Monday at 2pm, Tuesday at 3pm" pairs 2pm with Monday.
    """
    if len(gap) > 40 or _BREAK_RE.search(gap) or gap.count("\n") > 1:
        return None
    words = re.findall(r"[^\W\d_]+", gap.lower())
    glue = not re.search(r"\d", gap) and all(w in lex.GLUE_WORDS for w in words)
    if day_first:
        return 1.0 if glue else 3.0 + len(gap) / 100
    if words == ["on"]:
        return 0.5
    if not gap.strip(" \t"):  # "3pm Tuesday"; still below a day before over glue words
        return 1.5
    if glue:
        return 2.0
    return 3.5 + len(gap) / 100 if len(gap) <= 20 else None


def _gap(text: str, a: int, b: int, clocks: list[_Clock], starts: list[int]) -> str:
    # Other clock times between a day and this one are other renderings, not separators.
    parts, pos = [], a
    for c in clocks[bisect_left(starts, a) : bisect_left(starts, b)]:
        if c.end <= b:
            parts.append(text[pos : c.start])
            pos = c.end
    return "".join(parts) + text[pos:b]


def find_times(text: str, ref: datetime, default_tz: tzinfo) -> list[TimeMention]:
    """Every moment in text named by both a day and a clock time, in text order.

    Relative days (weekdays, "tomorrow") are read against ref's own wall date, i.e. the sender's
    day when ref is the Date header as sent. A bare weekday is the next such day strictly after
    it; a date without a year is the nearest on or after it within ~10 months. The time is in
    the zone named next to it, else default_tz, resolved with that date's DST rules. A range
    gives an end; a time given in two zones gives two mentions of the same instant.
    """
    skip = lex.skip_spans(text)
    days = lex.scan_days(text, ref.date(), skip)
    clocks = _clocks(text, skip)
    starts, day_starts, day_ends = (
        [c.start for c in clocks],
        [d.start for d in days],
        [d.end for d in days],
    )  # days do not overlap, so both lists are sorted
    out: list[TimeMention] = []
    for c in clocks:
        options: list[tuple[float, lex.DayExpr]] = []
        if (i := bisect_right(day_ends, c.start)) > 0:
            cost = _pair_cost(_gap(text, days[i - 1].end, c.start, clocks, starts), True)
            if cost is not None:
                options.append((cost, days[i - 1]))
        if (i := bisect_left(day_starts, c.end)) < len(days):
            cost = _pair_cost(_gap(text, c.end, days[i].start, clocks, starts), False)
            if cost is not None:
                options.append((cost, days[i]))
        if not options:
            continue
        day = min(options, key=lambda o: o[0])[1]
        span = (min(day.start, c.start), max(day.end, c.end))
        c = _part_of_day(c, text[span[0] : span[1]])
        tz = c.zone or default_tz
        start = datetime(day.day.year, day.day.month, day.day.day, *c.begin, tzinfo=tz)
        end = None
        if c.finish is not None and c.finish != c.begin:
            end = datetime(day.day.year, day.day.month, day.day.day, *c.finish, tzinfo=tz)
            if end < start:  # "11 pm – 1 am" ends the next day
                end = datetime.combine(day.day + timedelta(days=1), end.time(), tzinfo=tz)
        out.append(TimeMention(start, end, text[span[0] : span[1]], span))
    return out


# --- deadline windows -------------------------------------------------------------------------
def add_business_days(day: date, n: int) -> date:
    """The day n business days (Monday-Friday, no holidays) after day; day itself when n is 0."""
    if n < 0:
        raise ValueError("n must be >= 0")
    while n > 0:
        day += timedelta(days=1)
        n -= day.weekday() < 5
    return day


_Span = tuple[date, date]
_EOD = r"(?:end\s+of\s+(?:the\s+)?(?:business\s+)?day|eod|cob|close\s+of\s+business)"
_TRIGGER_RE = re.compile(
    rf"(?:\b(?P<trig>by|on|before|until|till|no\s+later\s+than|due(?:\s+(?:by|on))?)\s+)?"
    rf"(?:(?:the\s+)?(?P<eod>{_EOD})[\s,]+(?:on\s+)?)?(?:(?:next|this|the\s+coming)\s+)?\Z",
    re.I,
)
_WEEK_OF_RE = re.compile(r"\b(?:the\s+)?week\s+of\s+\Z", re.I)
_LATEST_RE = re.compile(r"\s+at\s+the\s+latest\b", re.I)


def _later_this_week(m: re.Match[str], ref: date) -> _Span:
    first, last = lex.this_week(ref)
    return max(first, last - timedelta(days=1)), last


def _next_week(first: int, last: int) -> Callable[[re.Match[str], date], _Span]:
    def days(m: re.Match[str], ref: date) -> _Span:
        monday = lex.monday(ref) + timedelta(days=7)
        return monday + timedelta(days=first), monday + timedelta(days=last)

    return days


def _within(m: re.Match[str], ref: date) -> _Span:
    n, unit = lex.number_value(m["n"]), m["unit"].lower()
    if unit.startswith(("business", "working")):
        return ref + timedelta(days=1), add_business_days(ref, n)
    if unit.startswith("hour"):
        last = ref + timedelta(days=n // 24)
        return min(ref + timedelta(days=1), last), last
    return ref + timedelta(days=1), ref + timedelta(days=n * (7 if unit.startswith("week") else 1))


def _month_part(m: re.Match[str], ref: date) -> _Span | None:
    if not lex.word_ok(m["mon"]):
        return None
    month = lex.MONTHS[m["mon"].lower().rstrip(".")]
    anchor = lex.infer_year(month, 15, ref)
    if anchor is None:
        return None
    last = lex.month_end(anchor.year, month)
    part = re.sub(r"^the |[\s-]+", " ", m["part"].lower()).strip()
    lo, hi = {
        "mid": (13, 17),
        "middle of": (13, 17),
        "early": (1, 10),
        "beginning of": (1, 10),
        "start of": (1, 10),
        "late": (21, last.day),
    }.get(part, (last.day, last.day))
    if m["by"] and lo == hi:  # "by the end of March" is a deadline, from tomorrow on
        return min(ref + timedelta(days=1), last), last
    return date(anchor.year, month, lo), date(anchor.year, month, hi)


def _month_end_of(offset: int) -> Callable[[re.Match[str], date], _Span]:
    def days(m: re.Match[str], ref: date) -> _Span:
        y, mo = divmod(ref.month - 1 + offset, 12)
        last = lex.month_end(ref.year + y, mo + 1)
        return (min(ref + timedelta(days=1), last) if m["by"] else last), last

    return days


def _next_month(m: re.Match[str], ref: date) -> _Span:
    y, mo = divmod(ref.month, 12)
    return date(ref.year + y, mo + 1, 1), lex.month_end(ref.year + y, mo + 1)


_N = rf"(?P<n>{lex.NUMBER})"
_PERIODS: list[tuple[re.Pattern[str], Callable[[re.Match[str], date], _Span | None]]] = [
    (re.compile(p, re.I), f)
    for p, f in [
        (
            r"\b(?:by\s+)?(?:the\s+)?(?:end\s+of\s+(?:next|the\s+following|the\s+coming)\s+week"
            r"|later?\s+next\s+week)\b",
            _next_week(3, 4),
        ),
        (r"\blater?\s+this\s+week\b", _later_this_week),
        (
            r"\b(?:early\s+next\s+week|(?:the\s+)?(?:beginning|start)\s+of\s+next\s+week)\b",
            _next_week(0, 2),
        ),
        (r"\b(?:mid-?\s*next\s+week|(?:the\s+)?middle\s+of\s+next\s+week)\b", _next_week(1, 3)),
        (r"\b(?:the\s+)?(?:next|following|coming)\s+week\b", _next_week(0, 4)),
        (
            r"\b(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|current\s+)?week\b|\bthis\s+week"
            r"\b|\beow\b",
            lambda m, ref: lex.this_week(ref),
        ),
        (
            r"\b(?:(?:in|over|within)\s+)?(?:the\s+)?(?:next|coming)\s+few\s+days\b"
            r"|\bin\s+a\s+few\s+days\b|\bin\s+the\s+coming\s+days\b",
            lambda m, ref: (ref + timedelta(days=1), ref + timedelta(days=3)),
        ),
        (
            r"\b(?:in|over|within)\s+(?:the\s+next\s+|a\s+)?(?:couple\s+(?:of\s+)?days|day\s+or\s+two)"
            r"\b",
            lambda m, ref: (ref + timedelta(days=1), ref + timedelta(days=2)),
        ),
        (
            r"\b(?:in|within)\s+a\s+week\s+or\s+two\b|\b(?:in|over|within)\s+(?:the\s+next\s+|a\s+)?"
            r"couple\s+(?:of\s+)?weeks\b",
            lambda m, ref: (ref + timedelta(days=1), ref + timedelta(days=14)),
        ),
        (
            rf"\b(?:within(?:\s+the\s+next)?|(?:in|over|during)\s+the\s+(?:next|coming)|in)"
            rf"\s+{_N}\s+(?P<unit>(?:business|working)\s+days?|days?|weeks?|hours?)\b",
            _within,
        ),
        (
            rf"\b(?P<by>by\s+)?(?P<part>mid-?\s*|middle\s+of\s+|early\s+|late\s+"
            rf"|(?:the\s+)?(?:beginning|start|end)\s+of\s+){lex.MONTH}",
            _month_part,
        ),
        (
            r"\b(?P<by>by\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?month|eom)\b",
            _month_end_of(0),
        ),
        (r"\b(?P<by>by\s+)?(?:the\s+)?end\s+of\s+next\s+month\b", _month_end_of(1)),
        (r"\bnext\s+month\b", _next_month),
        (rf"\b(?:by\s+)?(?:the\s+)?{_EOD}\b", lambda m, ref: (ref, ref)),
    ]
]


def _deadline(text: str, d: lex.DayExpr, ref: date) -> Window | None:
    """A day with the word before it that makes it a deadline ("by Friday, March 6")."""
    week_of = _WEEK_OF_RE.search(text, max(0, d.start - 20), d.start)
    if week_of is not None and d.kind in ("date", "ordinal"):
        # A Sunday opens the week in US calendars: "the week of Sunday the 6th" is Mon 7th-Fri.
        monday = lex.monday(d.day + timedelta(days=d.day.weekday() == 6))
        return Window(
            monday,
            monday + timedelta(days=4),
            text[week_of.start() : d.end],
            (week_of.start(), d.end),
        )
    t = _TRIGGER_RE.search(text, max(0, d.start - 60), d.start)
    if t is None or not (t["trig"] or t["eod"]):
        return None
    last = d.day
    if (t["trig"] or "").lower() == "before" and not t["eod"]:
        last -= timedelta(days=1)
    first = min(ref + timedelta(days=1), last)
    end = m.end() if (m := _LATEST_RE.match(text, d.end)) else d.end
    return Window(first, last, text[t.start() : end], (t.start(), end))


def find_windows(text: str, ref: date) -> list[Window]:
    """Every deadline-like day or span of days in text, in text order, read against ref.

    "by/on <day>" spans ref+1 (or the day itself if sooner) to that day; named periods ("next
    week", "early next week", "mid-March", "the week of March 2", "within 5 business days")
    span their days, with Monday-Friday weeks; "today", "EOD" and "tomorrow" are single days.
    Where expressions overlap, the one starting first (then the longest) is kept.
    """
    skip = lex.skip_spans(text)
    found: list[Window] = []
    for d in lex.scan_days(text, ref, skip):
        if (w := _deadline(text, d, ref)) is not None:
            found.append(w)
        elif d.kind == "relative" or "week" in text[d.start : d.end].lower():
            found.append(Window(d.day, d.day, text[d.start : d.end], (d.start, d.end)))
    for rx, reading in _PERIODS:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in skip):
                continue
            if (days := reading(m, ref)) is not None:
                found.append(Window(days[0], days[1], m[0], m.span()))
    return lex.longest_first(found, lambda x: x.span)


# --- durations --------------------------------------------------------------------------------
_DURATION_RE = re.compile(
    rf"(?<![\w.])(?:(?P<half>half[\s-](?:an\s+)?hour)|(?P<num>\d{{1,3}}(?:\.\d+)?|{lex.NUMBER})"
    r"[\s-]*(?P<unit>hours?|hrs?|minutes?|mins?)\b(?P<and_half>\s+and\s+a\s+half)?"
    r"(?:,?\s*(?:and\s+)?(?P<extra>\d{1,2})[\s-]*(?:minutes?|mins?)\b)?)",
    re.I,
)


def duration_minutes(text: str) -> int | None:
    """Minutes of the first length of time in text ("30-minute", "45 min", "one-hour", "an hour",
    "1.5 hours", "half an hour", "1 hour 30 minutes"), or None when there is none."""
    m = _DURATION_RE.search(text)
    if m is None:
        return None
    if m["half"]:
        return 30
    num = m["num"]
    value = float(num) if num[0].isdigit() else float(lex.number_value(num))
    if m["unit"].lower().startswith("h"):
        value = value * 60 + (30 if m["and_half"] else 0) + int(m["extra"] or 0)
    return round(value)
