"""Dates and times named in English email text: meeting times, deadline windows, durations.

Pure functions with no clock: every relative word ("Friday", "tomorrow", "next week") is read
against a reference moment the caller passes in, normally the message's Date header.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from daemon.infer import _date_words as lex
from daemon.infer import lang

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
    # "2:00 PM", "8 a.m.", "9a", "14h00", "1400 hrs", "730pm", "4 o'clock", "14 Uhr"; "8.30"
    # takes a dot only before am/pm or after "at" (checked in _clock); "16h" and "16 h" only
    # after "at" or beside a day ("mardi 14 h").
    return (
        rf"(?P<t{n}>(?:(?P<c{n}>(?:[01]?\d|2[0-3])[0-5]\d)(?=\s?(?:[ap]\.?m\b|hrs?\b|h\b))"
        rf"(?P<ch{n}>\s?(?:hrs?|h)\b)?"
        # "0700-0900", as aviation, the forces and hospitals write a range (not "2025-2026")
        rf"|(?P<k{n}>(?<![\d-])(?!(?:19|20)\d\d[-–](?:19|20)\d\d)(?:[01]\d|2[0-3])[0-5]\d"
        rf"(?=[-–](?:[01]\d|2[0-3])[0-5]\d(?!\d))"
        rf"|(?<=(?:[01]\d|2[0-3])[0-5]\d[-–])(?:[01]\d|2[0-3])[0-5]\d(?!\d))"
        rf"|(?P<h{n}>\d{{1,2}})(?:(?P<s{n}>[:.h]|\s?h\s?)(?P<m{n}>[0-5]\d))?(?P<x{n}>\s?h\b)?"
        rf"|(?P<w{n}>noon|midday|midnight))"
        rf"(?P<a{n}>\s?(?:[ap]\.m\b\.?|[ap]m\b)|[ap]\b|\s?o['’]?clock\b|\s(?-i:Uhr)\b)?)"
    )


_CLOCK_RE = re.compile(
    rf"(?<![\w/.$£€+#-])(?<!\d:){_time('1')}"
    # "17:00 a 17:45" (es), "14h à 15h" (fr), "14:00 bis 15:00 Uhr" (de), "14h às 15h" (pt): the
    # same range in other words, after a clock's minutes (not "el lunes 23 a las 6 pm")
    # ("14 Uhr bis 15 Uhr", "von 14 bis 15 Uhr" too)
    rf"(?P<range>(?:\s*[-–—]\s*|\s+(?:to|until|till|and)\s+"
    rf"|(?:(?<=[:.h]\d\d)|(?<=\dh)|(?<=\d\sUhr)|(?<=von \d)|(?<=von \d\d))\s+"
    rf"(?:a(?:\s+las?)?|à|bis|y(?:\s+las?)?|[àá]s|até(?:\s+[àá]s)?)\s+)"
    rf"{_time('2')})?(?![\w:/]|\.\d)",
    re.I,
)
# Bare hours ("at 4") only count after one of these words; "4" alone is just a number.
# "às 15h", "pelas 10h" (pt) too.
# "a las 10", "sobre las 5" (es), "tipo 9h" (pt: around).
_AT_RE = re.compile(
    r"(?:\b(?:at|from|between|around|um|von|[àá]s|pelas|tipo|(?:a|sobre)\s+las?)|@)\s*\Z", re.I
)
# "das 14h às 15h", "entre 14h e 15h" (pt): words that lead only an hour written with "h" ("das"
# is German's article, and "entre 2 y 3 años" is no time)
_H_LEAD_RE = re.compile(r"\b(?:das|entre)\s*\Z", re.I)
_BETWEEN_RE = re.compile(r"\bbetween\s*\Z", re.I)
_QUANTITY_RE = re.compile(
    r"\s*(?:%|(?:percent|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|people|of)\b)", re.I
)
# A bare hour followed by a part of the day is a time too: "3 in the afternoon", "8 tonight".
_PART_AFTER_RE = re.compile(
    r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight|this\s+(?:morning"
    r"|afternoon|evening)|tomorrow\s+(?:morning|afternoon|evening|night))\b",
    re.I,
)
# A part of the day right after a day and its time: "9 tomorrow evening".
_PART_TAIL_RE = re.compile(r"\s+(?:in\s+the\s+)?(?:morning|afternoon|evening|night)\b", re.I)
_WORD_TIMES = {"noon": 12, "midday": 12, "midnight": 0}

# Clock times in words: "six pm", "at five-thirty", "half past three", "a quarter to four",
# "twenty past 3pm", and the British "half two" (2:30).
_UNIT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_HOUR_WORDS = dict(zip([*_UNIT_WORDS, "ten", "eleven", "twelve"], range(1, 13), strict=True))


def _minute_words() -> dict[str, int]:
    units = _UNIT_WORDS
    words = {f"oh {u}": i for i, u in enumerate(units, 1)} | {
        f"o {u}": i for i, u in enumerate(units, 1)
    }
    teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    words |= {w: i for i, w in enumerate(teens.split(), 10)}
    for tens, value in (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50)):
        words[tens] = value
        words |= {f"{tens}-{u}": value + i for i, u in enumerate(units, 1)}
    return words


_MINUTE_WORDS = _minute_words()


def _words_re(words: dict[str, int]) -> str:
    return "|".join(re.sub(r"[\s-]", r"[\\s-]", w) for w in sorted(words, key=len, reverse=True))


_HOUR_W = rf"(?:{_words_re(_HOUR_WORDS)})"
_MIN_W = (
    r"(?:(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|oh?\s+(?:one|two|three|four|five|six|seven|eight|nine))"
)
_LEAD_W = r"\b(?:at|from|until|till|around|about|by)\s+"
# After "at six", what may follow a time: the end of a phrase, a day, a zone, a few glue words;
# never a noun ("at five locations", "at one point").
_TIME_FOLLOWS = (
    r"(?![\w'’])(?=\s*(?:$|[,.;:!?()\n–—-])|\s+(?:on|tomorrow|today|tonight|this|next|in\s+the|and"
    r"|or|sharp|works?|suits?|is|would|will|if|for|please|then|your|my|our|their|local"
    r"|(?-i:[A-Z]{2,5})|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\b)"
)
_NOT_COUNTED = r"(?![\w:])(?!\s+(?:people|of|minutes?|hours?|days?|weeks?|months?|years?|times)\b)"
_HOUR_W_NOT_ONE = rf"(?:{_words_re({w: h for w, h in _HOUR_WORDS.items() if w != 'one'})})"
_WORD_CLOCK_RES = [
    # "six pm", "nine thirty a.m.", "four o'clock"
    re.compile(
        rf"\b(?P<hw>{_HOUR_W})(?:[\s-](?P<mw>{_MIN_W}))?\s*(?P<mk>[ap]\.m\b\.?|[ap]m\b"
        r"|o['’]?clock\b)",
        re.I,
    ),
    # "at six", "at five-thirty", "at seven twenty-seven"
    re.compile(
        rf"{_LEAD_W}(?P<at>)(?P<hw>{_HOUR_W})(?:[\s-](?P<mw>{_MIN_W}))?+{_TIME_FOLLOWS}", re.I
    ),
    # "eight tonight", "nine tomorrow morning": the part of the day says it is a time ("one" is
    # too often a pronoun: "I have one this afternoon")
    re.compile(
        rf"\b(?P<hw>{_HOUR_W_NOT_ONE})(?:[\s-](?P<mw>{_MIN_W}))?+(?=\s+(?:tonight|this\s+(?:morning"
        r"|afternoon|evening)|tomorrow\s+(?:morning|afternoon|evening|night))\b)",
        re.I,
    ),
    # "half past three", "a quarter to four", "twenty past 3pm", "15 minutes past 3pm"
    re.compile(
        rf"\b(?:(?P<half>half)|(?P<qtr>(?:a\s+)?quarter)|(?P<mw>{_MIN_W})(?:\s+minutes?)?"
        r"|(?P<md>\d{1,2})\s+minutes?)\s+(?P<dir>past|after|to|till)\s+"
        rf"(?:(?P<hw>{_HOUR_W})|(?P<hd>\d{{1,2}})|(?P<noon>noon|midnight))"
        rf"(?P<mk>\s*(?:[ap]\.m\b\.?|[ap]m\b))?{_NOT_COUNTED}",
        re.I,
    ),
    # "at half two": half past two, in British English; also with no word before it, as a day
    # and a time are written together ("Friday 10th, half two?")
    re.compile(
        rf"(?:{_LEAD_W})?(?P<at>)(?P<half>half)\s+(?:(?P<hw>{_HOUR_W})|(?P<hd>\d{{1,2}})){_TIME_FOLLOWS}",
        re.I,
    ),
    # "6ish", "around 9ish": an hour given loosely
    re.compile(r"\b(?P<at>)(?P<hd>\d{1,2})[\s-]?ish\b", re.I),
    # French and Québec hours, always on the 24-hour clock: "à 14 h", "vers 9 h 30", "14 h 30"
    re.compile(
        r"\b(?:à|vers|dès)\s+(?P<at>)(?P<hd>[01]?\d|2[0-3])\s?(?P<fh>h)(?:\s?(?P<fm>[0-5]\d))?"
        r"(?!\w)",
        re.I,
    ),
]


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


@dataclass(frozen=True)
class _Parts:
    hour: int
    minute: int
    meridiem: str | None
    literal: bool  # 24-hour style: "14:00", "08:30", "14h00", "1400 hrs"
    specific: bool  # a time whatever comes before it ("2:30", "3pm", "noon", "4 o'clock")
    needs_lead: bool  # "8.30" and "16h" are times only after "at" (else decimals, lengths)


def _parts(m: re.Match[str], n: str) -> _Parts | None:
    """The parts of time n, or None when it is not a valid time."""
    if m[f"w{n}"]:
        return _Parts(_WORD_TIMES[m[f"w{n}"].lower()], 0, None, True, True, False)
    mark = (m[f"a{n}"] or "").strip().lower()
    meridiem = mark if mark and not mark.startswith(("o", "u")) else None
    if m[f"c{n}"] or m[f"k{n}"]:  # "1400 hrs", "730pm", "0700-0900"
        digits = m[f"c{n}"] or m[f"k{n}"]
        h, minute = int(digits[:-2]), int(digits[-2:])
        if meridiem and not 1 <= h <= 12:
            return None
        return _Parts(h, minute, meridiem, not meridiem, True, False)
    h, sep = int(m[f"h{n}"]), (m[f"s{n}"] or "").strip() or None
    if (meridiem and not 1 <= h <= 12) or h > 23:
        return None
    literal = (
        m[f"h{n}"].startswith("0") or h > 12 or sep == "h" or bool(m[f"x{n}"]) or mark == "uhr"
    )
    specific = bool(m[f"m{n}"] or mark)
    # "16h" needs a lead or a day beside it; "17:45 h" is a time whatever comes before it
    needs_lead = not meridiem and (sep == "." or (bool(m[f"x{n}"]) and not m[f"m{n}"]))
    return _Parts(h, int(m[f"m{n}"] or 0), meridiem, literal, specific, needs_lead)


def _clock(
    text: str, m: re.Match[str], beside_day: Callable[[int, int], bool] | None = None
) -> _Clock | None:
    """The clock time or range m matched, with its zone; None when it is only a number."""
    first = _parts(m, "1")
    if first is None:
        return None
    second, end = (_parts(m, "2") if m["range"] else None), m.end()
    # "10 to 15 people", "2-3 hrs"; never "13:00-14:00 HR panel", whose minutes make it a time
    both = bool((m["m1"] or m["c1"] or m["k1"]) and (m["m2"] or m["c2"] or m["k2"]))  # minutes
    counted = m["range"] and not both and _QUANTITY_RE.match(text, end)
    if m["range"] and (
        second is None
        or counted
        or (
            m["range"].strip().lower() == "and"
            and not _BETWEEN_RE.search(text, max(0, m.start() - 12), m.start())
        )
    ):
        second, end = None, m.end("t1")  # "10am to 12 people": only the first half is a time
    specific = first.specific or (second is not None and second.specific)
    lead = _AT_RE.search(text, max(0, m.start() - 12), m.start())
    if lead is None and (m["x1"] or m["s1"] == "h"):
        lead = _H_LEAD_RE.search(text, max(0, m.start() - 12), m.start())
    near_day = beside_day is not None and beside_day(m.start(), m.end())
    near_day = near_day or _opens_item(text, m.start(), end)
    if (first.needs_lead or (second is not None and second.needs_lead)) and not (lead or near_day):
        return None  # "version 2.10", "a 16h flight"; but "Sat 9.30", "Friday, 9.30?"
    if not specific and counted:  # "from 10 to 15 people"
        return None
    part = _PART_AFTER_RE.match(text, end) if not specific and second is None else None
    dashed = second is not None and m["range"].lstrip()[:1] in ("-", "–", "—")
    beside = dashed and beside_day is not None and beside_day(m.start(), end)
    # bare hours: "at 4", "from 9 to 5"; "Monday 12-4"; "3 in the afternoon"
    # an hour written with "h" beside a day is one: "mardi 14 h", "segunda 10h"
    hour_h = bool(m["x1"]) and second is None and near_day
    if (
        not specific
        and not (part or beside or hour_h)
        and (
            lead is None
            or _QUANTITY_RE.match(text, end)
            or (
                second is not None
                and lead[0].strip().lower() not in ("from", "between", "das", "entre", "von")
            )
        )
    ):
        return None
    if part is not None and part[0].strip().lower().startswith("in"):
        end = part.end()  # "3 in the afternoon": the part of day is part of the time
    if second is None:
        begin, finish = (_hour24(first.hour, first.meridiem, first.literal), first.minute), None
    else:
        begin, finish = _range(first, second)
        if beside and not specific and lead is None and begin >= finish:
            return None  # "3-1 Friday" is a score, not hours
    literal = (
        first.meridiem
        or first.literal
        or (second is not None and (second.meridiem or second.literal))
    )
    zone, end = lex.zone_after(text, end, _CLOCK_RE)
    return _Clock(m.start(), end, begin, finish, zone, not literal)


def _range(a: _Parts, b: _Parts) -> tuple[tuple[int, int], tuple[int, int]]:
    """Start and end of a range. "12:30–1:00 pm": a first half without am/pm takes the
    second's, unless that would put it after the end ("11–1 pm" is 11 am to 1 pm); "10am-11"
    works the same way round; with no am/pm at all, "6-8" is one part of the day (6 to 8 pm)."""
    shared = a.meridiem or b.meridiem
    other = "a" if (shared or "p")[0].lower() == "p" else "p"
    start_h = _hour24(a.hour, a.meridiem or (None if a.literal else shared), a.literal)
    end_h = _hour24(b.hour, b.meridiem or (None if b.literal else shared), b.literal)
    if start_h > end_h and shared and a.meridiem is None and not a.literal:
        start_h = _hour24(a.hour, other, a.literal)
    elif start_h > end_h and shared and b.meridiem is None and not b.literal:
        end_h = _hour24(b.hour, other, b.literal)
    elif start_h > end_h and not shared and not b.literal and start_h < end_h + 12 < 24:
        end_h += 12
    return (start_h, a.minute), (end_h, b.minute)


def _word_clocks(text: str, skip: list[tuple[int, int]]) -> list[_Clock]:
    """Clock times written in words ("at six", "half past three", "a quarter to four pm")."""
    found = []
    for rx in _WORD_CLOCK_RES:
        for m in rx.finditer(text):
            g = m.groupdict()
            start = m.start("at") if g.get("at") is not None else m.start()
            if any(start < e and s < m.end() for s, e in skip):
                continue
            if g.get("noon"):
                hour, mark = _WORD_TIMES[g["noon"].lower()], "literal"
            else:
                hour = _HOUR_WORDS[g["hw"].lower()] if g.get("hw") else int(g["hd"])
                mark = (g.get("mk") or "").strip().lower()
            if not 1 <= hour <= 23 or (mark[:1] in "ap" and mark and hour > 12):
                continue
            if g.get("fh"):
                minute, mark = int(g.get("fm") or 0), "literal"  # "14 h 30": 24-hour
            elif g.get("half") and g.get("dir") is None:  # "half two"
                minute = 30
            elif g.get("dir") is not None:
                minute = 30 if g["half"] else 15 if g["qtr"] else 0
                if g.get("mw"):
                    minute = _MINUTE_WORDS[_minute_key(g["mw"])]
                elif g.get("md"):
                    minute = int(g["md"])
                if minute >= 60:
                    continue
                if g["dir"].lower() in ("to", "till"):
                    hour, minute = hour - 1 if hour > 0 else 23, 60 - minute
            else:
                minute = _MINUTE_WORDS[_minute_key(g["mw"])] if g.get("mw") else 0
            literal = mark == "literal" or hour > 12
            meridiem = mark if mark[:1] in ("a", "p") else None
            begin = (_hour24(hour, meridiem, literal), minute)
            zone, end = lex.zone_after(text, m.end(), _CLOCK_RE)
            found.append(_Clock(start, end, begin, None, zone, not (meridiem or literal)))
    return found


def _minute_key(words: str) -> str:
    """The _MINUTE_WORDS key of written minutes ("thirty five" -> "thirty-five")."""
    parts = words.lower().replace("-", " ").split()
    if parts[0] in ("oh", "o"):
        return " ".join(parts)
    return "-".join(parts)


def _clocks(
    text: str, skip: list[tuple[int, int]], beside_day: Callable[[int, int], bool] | None = None
) -> list[_Clock]:
    found = []
    for m in _CLOCK_RE.finditer(text):
        free = not any(m.start() < e and s < m.end() for s, e in skip)
        if free and (c := _clock(text, m, beside_day)) is not None:
            found.append(c)
    # "20 minutes to 2pm" is one time, not "2pm"
    return lex.longest_first(found + _word_clocks(text, skip), lambda c: (c.start, c.end))


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


# The time line of a form that gives the date on the line before, blank lines between.
_LABELLED_TIME = re.compile(
    r"[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*(?:time|start(?:s| time)?|when|hours?|hor[áa]rio|hora|heure|"
    r"horaire|uhrzeit|zeit)[ \t]*:[ \t]*",
    re.I,
)


# A day's sentence ending, and the next one opening with a clock time: "Thurs 9th any good?
# 7am start, finish around 3.30", "Monday works for me. 10:30?"
_NEXT_SENTENCE_TIME = re.compile(
    r"[^\d\n.!?]{0,40}[.!?][ \t]+(?:"
    # ... or opens by saying the time of the meeting: "Interviews will take place on Thursday
    # 30th April. Your interview is scheduled for 2.15pm"
    r"(?:your |the |our )?(?:interview|call|meeting|slot|appointment|chat|session|visit|it)"
    r"(?:'s| is| will be)(?: scheduled| booked| set| confirmed| pencilled in)?(?: for| at)?[ \t]+"
    r")?",
    re.I,
)


# A day, then the line that introduces a list of times: "... on Thursday, April 16. Your
# schedule is below and attached:" and the first time line of the itinerary under it; the
# introducing line may open the next paragraph ("... on Wednesday, October 28.\n\nYour
# itinerary (all times Central):").
_LIST_LEAD = re.compile(
    r"[^\d\n]{0,80}(?:(?<=[.!])[ \t]*\n(?:[ \t]*\n)?[^\d\n]{1,80})?"
    r":[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:[-*•·–][ \t]*)?"
)


def _opens_item(text: str, start: int, end: int) -> bool:
    """A time that opens a line of an itinerary, set apart from what follows: "09.15  Arrival
    and registration", "- 10.45 - Case study"."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(
        re.fullmatch(r"[ \t]*(?:[-*•·–][ \t]*)?", text[line_start:start])
        and re.match(r"(?:[ \t]{2,}|\t|[ \t]*[-–—|:][ \t])\S", text[end : end + 8])
    )


def _same_list(text: str, after: int, start: int) -> bool:
    """A line opening at `start` goes on the itinerary whose last timed line ended at `after`:
    no blank line between, and at most three lines under that one (its people: "Capt. Dana
    Whitfield, A220 Fleet Captain")."""
    between = text[after:start]
    return between.count("\n") <= 4 and not re.search(r"\n[ \t]*\n", between)


def _heads_itinerary(text: str, day: lex.DayExpr, c: _Clock) -> bool:
    """The day is on a heading line a few lines above a time that opens its line: an itinerary
    ("Thursday 19 March 2026, Level 4, 9 Fountainbridge Square" and, under it, "09.15 Arrival
    and registration"). At most one blank line and three lines between."""
    line_start = text.rfind("\n", 0, c.start) + 1
    if text[line_start : c.start].strip(" \t-*•·–") or c.start - day.end > 240:
        return False
    between = text[day.end : line_start]
    return between.count("\n") <= 3 and "\n\n\n" not in between.replace(" ", "")


# a form that gives the time first: "Time: 10:00 AM\nDate: Wednesday, March 4"
_DATE_LABEL_NEXT = re.compile(
    r"[^\n]{0,20}\n[ \t]*(?:date|day|datum|tag|fecha|día|dia|data|jour)[ \t]*:[ \t]*", re.I
)


def _pair_cost(gap: str, day_first: bool) -> float | None:
    """How well a day binds to a clock time across gap (lower is better), None if it cannot.

    A day before the time joins over glue words ("Thursday 2/26 at 2:00", "Date: ...\\nTime:").
    A day after the time binds tighter only when directly attached ("2pm on Friday", "3pm
    Tuesday"), so "Monday at 2pm, Tuesday at 3pm" pairs 2pm with Monday.
    """
    if day_first and _LABELLED_TIME.fullmatch(gap):
        return 1.0  # "Date: Monday, 04/13/2026\n\nTime: 11:00 AM": a form's two lines
    if day_first and _LIST_LEAD.fullmatch(gap):
        return 4.5  # "... on Thursday, April 16. Your schedule is below:\n\n9:00 - 9:45 ..."
    if day_first and _NEXT_SENTENCE_TIME.fullmatch(gap):
        return 4.0  # "Thurs 9th any good? 7am start": the next sentence opens with the time
    if len(gap) > 40 or _BREAK_RE.search(gap) or gap.count("\n") > 1:
        return None
    words = re.findall(r"[^\W\d_]+", gap.lower())
    glue = not re.search(r"\d", gap) and all(w in lex.GLUE_WORDS for w in words)
    if day_first:
        return 1.0 if glue else 3.0 + len(gap) / 100
    if "\n" in gap and not _DATE_LABEL_NEXT.fullmatch(gap):
        return None  # "- mardi 10 mars à 14h30\n- mercredi 11 mars": the next line's day
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


# "Your itinerary (all times Central):", "All times are Eastern": a zone said once for the
# clock times after it that name none (or, said after a list of times, for those before it).
_TIMES_IN_RE = re.compile(
    r"\ball\s+times(?:\s+(?:are|listed|shown|below|given|quoted))*(?:\s+in)?(?:\s+the)?",
    re.I,
)


def _declared_zones(text: str) -> list[tuple[int, tzinfo]]:
    """Where a zone is declared for the times that follow, in text order."""
    out = []
    for m in _TIMES_IN_RE.finditer(text):
        zone, end = lex.zone_after(text, m.end(), _CLOCK_RE)
        if zone is not None:
            out.append((end, zone))
    return out


def writes_day_first(text: str, ref: datetime) -> bool:
    """Whether the writer of `text`, sent at `ref` (the Date header, in the sender's own offset),
    reads 10/03 as the 10th of March: anyone writing in a language that does, and anyone whose
    clock is outside North America's offsets (UTC-3:30 to UTC-10). Month first stays the
    reading for English from those offsets, where it is the custom."""
    offset = ref.utcoffset()
    hours = offset.total_seconds() / 3600 if offset is not None else 0.0
    return not -10 <= hours <= -3.5 or lang.writes_day_first(text)


# a second rendering of a time for the reader: "16:00 (08:00 your time)", "(8:00 para ti)"
_YOUR_TIME = re.compile(
    r"\s*\(\s*[^()\n]{1,20}?\b(?:your time|for you|your end|para ti|para usted|tu hora|su hora"
    r"|pour vous|chez vous|para você|para si|bei (?:dir|Ihnen)|(?:Ihrer|deiner) Zeit)\s*\)",
    re.I,
)


def find_times(
    text: str, ref: datetime, default_tz: tzinfo, day_first: bool = False
) -> list[TimeMention]:
    """Every moment in text named by both a day and a clock time, in text order.

    Relative days (weekdays, "tomorrow") are read against ref's own wall date, i.e. the sender's
    day when ref is the Date header as sent. A bare weekday is the next such day strictly after
    it; a date without a year is the nearest on or after it within ~10 months. The time is in
    the zone named next to it, else default_tz, resolved with that date's DST rules. A range
    gives an end; a time given in two zones gives two mentions of the same instant.

    Clock times as people write them: "2:30 pm", "14h00", "1400 hrs", "at 2.30", "4 o'clock",
    "at six", "half past three", "at half two" (2:30), "a quarter to four", "8 tonight"; hours
    without am/pm are read in business hours ("at 4" is 4 pm), and a bare range next to a day
    ("Monday 12-4") is a time too.
    """
    skip = lex.skip_spans(text)
    days = lex.scan_days(text, ref.date(), skip, day_first)
    if not days:  # every moment below is a clock time paired with one of them (most mail)
        return []
    # A number inside a date ("2 July", "Monday 21") is not a clock time.

    def beside_day(start: int, end: int) -> bool:  # "Monday 12-4", "6-8 next Monday"
        return any(
            (d.end <= start and re.fullmatch(r"[\s,]{0,3}", text[d.end : start]))
            or (end <= d.start and re.fullmatch(r"\s{1,3}", text[end : d.start]))
            for d in days
        )

    clocks = [
        c
        for c in _clocks(text, skip, beside_day)
        if not any(d.start <= c.start < d.end for d in days)
    ]
    starts, day_starts, day_ends = (
        [c.start for c in clocks],
        [d.start for d in days],
        [d.end for d in days],
    )  # days do not overlap, so both lists are sorted
    declared = _declared_zones(text)
    out: list[TimeMention] = []
    item: tuple[int, lex.DayExpr] | None = None  # the last dated line of an itinerary
    for c in clocks:
        options: list[tuple[float, lex.DayExpr]] = []
        before = days[i - 1] if (i := bisect_right(day_ends, c.start)) > 0 else None
        if before is not None:
            cost = _pair_cost(_gap(text, before.end, c.start, clocks, starts), True)
            if cost is not None:
                options.append((cost, before))
        if (i := bisect_left(day_starts, c.end)) < len(days):
            cost = _pair_cost(_gap(text, c.end, days[i].start, clocks, starts), False)
            if cost is not None:
                options.append((cost, days[i]))
        if not options and before is not None and _heads_itinerary(text, before, c):
            options.append((5.0, before))
        opens_item = _opens_item(text, c.start, c.end)
        if not options and opens_item and item and _same_list(text, item[0], c.start):
            day, span = item[1], (c.start, c.end)  # the next line of the same itinerary
        elif options:
            day = min(options, key=lambda o: o[0])[1]
            span = (min(day.start, c.start), max(day.end, c.end))
            if opens_item and "\n" in text[day.end : c.start]:
                span = (c.start, c.end)  # an itinerary's line: the time is the line's own
        else:
            continue
        if opens_item:
            line_end = text.find("\n", c.end)
            item = (len(text) if line_end < 0 else line_end, day)
        tail = _PART_TAIL_RE.match(text, span[1])  # "9 tomorrow evening"
        c = _part_of_day(c, text[span[0] : tail.end() if tail else span[1]])
        zones = [z for at, z in declared if at <= c.start]
        if not zones:  # "- Fri 13 March, 09:00-10:00 ... All times are UK time": said after
            zones = [z for at, z in declared if 0 < at - c.end <= 400][:1]
        tz = c.zone or (zones[-1] if zones else default_tz)
        if c.zone is None and not zones and _YOUR_TIME.match(text, c.end) and ref.tzinfo:
            # "tomorrow at 16:00 (08:00 your time)": the first is the writer's own clock
            tz = ref.tzinfo
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
_Reading = Callable[[re.Match[str], date], _Span | None]
_EOD = (
    r"(?:end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|eod|cob"
    r"|close\s+of\s+(?:business|play)|(?-i:COP))"
)
# The words that make a day a deadline: "by Friday", "NLT 13 MAR", "first thing Monday".
# Other languages' words for "by" ("bis", "d'ici", "spätestens am"), from the language modules.
_OTHER_TRIGGERS = "".join(
    "|" + lang.spaced(p) for w in lang.LANGUAGES if w.code != "en" for p in w.deadline_words
)
_TRIGGER_RE = re.compile(
    r"(?:(?<![\w'’])(?P<incl>on\s+or\s+)?(?P<trig>by|on|before|prior\s+to|earlier\s+than|until|till"
    + _OTHER_TRIGGERS
    + r"|no\s+later\s+than"
    r"|not\s+later\s+than|nlt"
    r"|first\s+thing(?:\s+on)?|due(?:\s+(?:by|on))?)\s+)?"
    rf"(?:(?:the\s+)?(?P<eod>{_EOD})[\s,]+(?:on\s+)?)?(?:(?:next|this|the\s+coming)\s+)?\Z",
    re.I,
)
# "the week of March 2", "the week commencing 9th March", "w/c 9 March"
# and other languages' words for it ("dans la semaine du 6 avril").
_WEEK_OF_RE = re.compile(
    r"(?:\b(?:the\s+)?week\s+(?:of|commencing|beginning|starting)(?:\s+on)?|\bw/c|\bw\.c\."
    + "".join("|\\b" + lang.spaced(p) for w in lang.LANGUAGES for p in w.week_of)
    + r")\s+\Z",
    re.I,
)
_LATEST_RE = re.compile(r"\s+at\s+the\s+latest\b", re.I)
# Two days joined into a span: "Monday to Friday", "from 2 July to 10 July", "between the 3rd
# and the 7th".
_RANGE_GAP_RE = re.compile(r"\s*(?:-|–|—|to|till|until|through|thru|and)\s*", re.I)
_RANGE_LEAD_RE = re.compile(r"\b(?P<w>from|between)\s+\Z", re.I)
_SPAN_UNIT = r"(?P<unit>(?:business|working)\s+days?|days?|weeks?|fortnights?|months?)"
# "for 3 days starting Monday", "a week starting tomorrow", "18 Dec for 10 days"
_FOR_BEFORE_RE = re.compile(
    rf"\b(?:for\s+)?(?P<n>{lex.NUMBER})\s+{_SPAN_UNIT}\s*,?\s+(?:starting|beginning|commencing"
    r"|from)(?:\s+(?:on|from|with))?\s+\Z",
    re.I,
)
_FOR_AFTER_RE = re.compile(
    rf"\s*,?\s+for\s+(?:the\s+next\s+)?(?P<n>{lex.NUMBER})\s+{_SPAN_UNIT}\b", re.I
)


def _later_this_week(m: re.Match[str], ref: date) -> _Span:
    first, last = lex.this_week(ref)
    return max(first, last - timedelta(days=1)), last


def _next_week(first: int, last: int, weeks: int = 1) -> _Reading:
    def days(m: re.Match[str], ref: date) -> _Span:
        monday = lex.monday(ref) + timedelta(days=7 * weeks)
        return monday + timedelta(days=first), monday + timedelta(days=last)

    return days


def _within(m: re.Match[str], ref: date) -> _Span:
    n, unit = lex.number_value(m["n"]) if m["n"] else 1, m["unit"].lower()
    if unit.startswith(("business", "working")):
        return ref + timedelta(days=1), add_business_days(ref, n)
    if unit.startswith(("hour", "hr")):
        last = ref + timedelta(days=n // 24)
        return min(ref + timedelta(days=1), last), last
    if unit.startswith("quarter"):  # whole calendar quarters after this one
        y, q = divmod((ref.month - 1) // 3 + n, 4)
        return ref + timedelta(days=1), _quarter_span(ref.year + y, q + 1)[1]
    return ref + timedelta(days=1), lex.shift(ref, n, unit)


# the part of a month, in each language read: "mid-March", "Mitte März", "à la mi-mars", "a
# mediados de marzo", "em meados de março"; "Anfang April", "début avril"; "Ende März", "fin
# mars", "a finales de marzo", "no final de março"
_MONTH_PARTS = {
    **dict.fromkeys(("mid", "middle", "mitte", "mi", "mediados", "meados"), "mid"),
    **dict.fromkeys(
        ("early", "beginning", "start", "anfang", "début", "debut", "principios", "comienzos")
        + ("início", "inicio", "começo"),
        "early",
    ),
    "late": "late",
}
_GLUE = frozenset({"the", "à", "la", "en", "au", "a", "para", "em", "no", "na", "ao"})
_ENGLISH_PARTS = frozenset({"mid", "middle", "early", "beginning", "start", "late", "end"})


def _month_part(m: re.Match[str], ref: date) -> _Span | None:
    part = next(w for w in re.findall(r"[^\W\d_]+", m["part"].lower()) if w not in _GLUE)
    # "early may" may be anything; "fin mars", as French writes it, is a month
    if not lex.word_ok(m["mon"]) and part in _ENGLISH_PARTS:
        return None
    month = lex.MONTHS[m["mon"].lower().rstrip(".")]
    anchor = lex.infer_year(month, 15, ref)
    if anchor is None:
        return None
    last = lex.month_end(anchor.year, month)
    lo, hi = {"mid": (13, 17), "early": (1, 10), "late": (21, last.day)}.get(
        _MONTH_PARTS.get(part, "end"), (last.day, last.day)
    )
    if m["by"] and lo == hi:  # "by the end of March" is a deadline, from tomorrow on
        return min(ref + timedelta(days=1), last), last
    return date(anchor.year, month, lo), date(anchor.year, month, hi)


def _month_end_of(offset: int) -> _Reading:
    def days(m: re.Match[str], ref: date) -> _Span:
        y, mo = divmod(ref.month - 1 + offset, 12)
        last = lex.month_end(ref.year + y, mo + 1)
        by = "by" in m.re.groupindex and m["by"]
        return (min(ref + timedelta(days=1), last) if by else last), last

    return days


def _month_start_of(offset: int) -> _Reading:
    def days(m: re.Match[str], ref: date) -> _Span:
        y, mo = divmod(ref.month - 1 + offset, 12)
        return date(ref.year + y, mo + 1, 1), date(ref.year + y, mo + 1, 10)

    return days


def _mid_month(m: re.Match[str], ref: date) -> _Span:
    """ "by the middle of the month": the 15th, of the next month once it has passed."""
    y, mo = divmod(ref.month - (1 if ref.day < 15 else 0), 12)
    return ref + timedelta(days=1), date(ref.year + y, mo + 1, 15)


def _next_month(m: re.Match[str], ref: date) -> _Span:
    y, mo = divmod(ref.month, 12)
    return date(ref.year + y, mo + 1, 1), lex.month_end(ref.year + y, mo + 1)


def _rest_of_month(m: re.Match[str], ref: date) -> _Span:
    last = lex.month_end(ref.year, ref.month)
    return min(ref + timedelta(days=1), last), last


def _earlier_this_month(m: re.Match[str], ref: date) -> _Span | None:
    return (ref.replace(day=1), ref - timedelta(days=1)) if ref.day > 1 else None


def _bounded(prep: str | None, first: date, last: date, ref: date) -> _Span:
    """A period read with the word before it: "by/before March" ends before it begins (or at
    its end when it has begun), "until/through March" at its end, "in March" is March."""
    prep = (prep or "").lower()
    if prep in ("by", "before"):
        end = first - timedelta(days=1)
        if end < ref and prep == "by" and first <= ref <= last:
            end = last
        return min(ref + timedelta(days=1), end), end
    if prep in ("until", "till", "through", "throughout", "within"):
        return min(ref + timedelta(days=1), last), last
    return first, last


def _work_week(monday: date) -> _Span:
    return monday, monday + timedelta(days=4)


def _nth_week(m: re.Match[str], ref: date) -> _Span | None:
    """ "the first week of March", "the last week of next month", "the 3rd week of 2027": weeks
    belong to the month (or year) that holds their Thursday, as ISO weeks do."""
    if m["y"]:
        first, last = date(int(m["y"]), 1, 1), date(int(m["y"]), 12, 31)
    else:
        if m["mon"] is not None:
            if not lex.word_ok(m["mon"]):
                return None
            month = lex.MONTHS[m["mon"].lower().rstrip(".")]
            anchor = date(int(m["year"]), month, 1) if m["year"] else lex.infer_year(month, 1, ref)
            if anchor is None:
                return None
            year = anchor.year
        else:
            step = {"next": 1, "following": 1, "coming": 1, "last": -1, "previous": -1}
            y, mo = divmod(ref.month - 1 + step.get((m["which"] or "").lower(), 0), 12)
            year, month = ref.year + y, mo + 1
        first, last = date(year, month, 1), lex.month_end(year, month)
    thursdays = first + timedelta(days=(3 - first.weekday()) % 7)
    nth = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}.get(m["nth"].lower())
    if nth is None and m["nth"][0].isdigit():
        nth = int(m["nth"][0])
    if nth is None:  # last
        thursday = last - timedelta(days=(last.weekday() - 3) % 7)
    else:
        thursday = thursdays + timedelta(days=7 * (nth - 1))
    if thursday > last:
        return None
    return _work_week(thursday - timedelta(days=3))


def _iso_week(m: re.Match[str], ref: date) -> _Span | None:
    """ "calendar week 12", "CW 12 2027", "week 31 of 2026": the ISO week, Monday to Friday."""
    year = int(m["y"]) if m["y"] else _year_of(m["which"] or "this", ref)
    try:
        return _work_week(date.fromisocalendar(year, int(m["n"]), 1))
    except ValueError:
        return None


def _named_month(m: re.Match[str], ref: date) -> _Span | None:
    """ "in March", "by March 2027", "this September", "next May"."""
    if not lex.word_ok(m["mon"]) or not (m["prep"] or m["which"] or m["year"]):
        return None
    month = lex.MONTHS[m["mon"].lower().rstrip(".")]
    which = " ".join((m["which"] or "").lower().split())
    if m["year"]:
        year = int(m["year"])
    elif which in ("next", "coming", "the coming"):
        year = ref.year + (month <= ref.month)
    elif which == "last":
        year = ref.year - (month >= ref.month)
    elif which == "this":
        year = ref.year
    elif (anchor := lex.infer_year(month, 15, ref)) is not None:
        year = anchor.year
    else:
        return None
    return _bounded(m["prep"], date(year, month, 1), lex.month_end(year, month), ref)


_YEAR_STEP = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1}


def _year_of(which: str, ref: date) -> int:
    return ref.year + _YEAR_STEP.get(which.lower().split()[-1], 0)


def _named_year(m: re.Match[str], ref: date) -> _Span:
    """ "in 2027", "by 2027", "this year", "next calendar year"."""
    year = int(m["y"]) if m["y"] else _year_of(m["which"], ref)
    return _bounded(m["prep"], date(year, 1, 1), date(year, 12, 31), ref)


def _year_part(m: re.Match[str], ref: date) -> _Span:
    """ "early 2027", "the middle of next year", "by the end of the year", "EOY": thirds of the
    year, and its end is December."""
    target = (m["target"] or "").lower()
    if target[:1].isdigit():
        year = int(target)
    else:
        year = _year_of(target.replace("year", "").replace("yr", "").strip() or "this", ref)
    part = (m["part"] or m["abbr"] or "").lower()
    lo, hi = {"beginning": (1, 4), "start": (1, 4), "early": (1, 4), "boy": (1, 4)}.get(
        part, {"middle": (5, 8), "mid": (5, 8), "late": (9, 12)}.get(part, (12, 12))
    )
    first, last = date(year, lo, 1), lex.month_end(year, hi)
    if m["by"]:
        return min(ref + timedelta(days=1), last), last
    return first, last


def _rest_of_year(m: re.Match[str], ref: date) -> _Span:
    return min(ref + timedelta(days=1), date(ref.year, 12, 31)), date(ref.year, 12, 31)


def _earlier_this_year(m: re.Match[str], ref: date) -> _Span | None:
    return (date(ref.year, 1, 1), ref - timedelta(days=1)) if ref > date(ref.year, 1, 1) else None


def _quarter_span(year: int, q: int) -> _Span:
    return date(year, 3 * q - 2, 1), lex.month_end(year, 3 * q)


_Q_WORDS = dict(zip(("first", "second", "third", "fourth"), range(1, 5), strict=True))
_Q_WORDS |= dict(zip(("1st", "2nd", "3rd", "4th"), range(1, 5), strict=True))


def _named_quarter(m: re.Match[str], ref: date) -> _Span:
    """ "Q3", "Q4 2026", "2026Q4", "the third quarter": without a year, the one not yet over."""
    g = m.groupdict()
    q = int(g["q"]) if g.get("q") else _Q_WORDS[g["qw"].lower()]
    if g.get("y"):
        year = lex.full_year(g["y"].lstrip("'"), ref)
    else:
        year = ref.year + (_quarter_span(ref.year, q)[1] < ref)
    first, last = _quarter_span(year, q)
    return _bounded(g.get("prep"), first, last, ref)


def _relative_quarter(m: re.Match[str], ref: date) -> _Span:
    """ "this quarter", "next quarter", "by the end of the quarter", "EOQ"."""
    q = (ref.month - 1) // 3 + 1
    step = _YEAR_STEP.get((m["which"] or "this").lower(), 0)
    y, q0 = divmod(q - 1 + step, 4)
    first, last = _quarter_span(ref.year + y, q0 + 1)
    if m["end"]:
        by = "by" in m.re.groupindex and m["by"]
        return (min(ref + timedelta(days=1), last) if by else last), last
    return first, last


def _eoq(ref: date) -> _Span:
    last = _quarter_span(ref.year, (ref.month - 1) // 3 + 1)[1]
    return min(ref + timedelta(days=1), last), last


def _weekend(m: re.Match[str], ref: date) -> _Span:
    """ "this weekend", "over the weekend": the coming Saturday and Sunday, or the one under way;
    "next weekend" is next week's; "by the weekend" is before it."""
    which = (m["which"] or "").lower()
    if ref.weekday() >= 5 and which not in ("next", "last"):
        saturday = ref - timedelta(days=ref.weekday() - 5)
    else:
        saturday = lex.monday(ref) + timedelta(days=5 + 7 * _week_step(which))
    if m["by"]:
        last = saturday - timedelta(days=1)
        return min(ref + timedelta(days=1), last), last
    return saturday, saturday + timedelta(days=1)


def _week_step(which: str) -> int:
    return {"next": 1, "last": -1}.get(which, 0)


_DAY_TOKEN = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{lex.ORDINAL_WORD})"


def _day_number(token: str) -> int:
    token = token.lower()
    digits = re.match(r"\d+", token)
    return int(digits[0]) if digits else lex.ORDINAL_WORDS[re.sub(r"[\s-]+", "-", token)]


def _days_of_month(m: re.Match[str], ref: date) -> _Span | None:
    """ "July 13-15", "13 to 15 July", "from the ninth till the seventeenth of April"."""
    if m["sep"].strip().lower() == "and" and not m["lead"]:
        return None
    month = lex.MONTHS[m["mon"].lower().rstrip(".")]
    d1, d2 = _day_number(m["d1"]), _day_number(m["d2"])
    if not 1 <= d1 < d2 <= 31:
        return None
    start = date(int(m["year"]), month, 1) if m["year"] else lex.infer_year(month, min(d2, 28), ref)
    if start is None or d2 > lex.month_end(start.year, month).day:
        return None
    return date(start.year, month, d1), date(start.year, month, d2)


_N = rf"(?P<n>{lex.NUMBER})"
_UNITS = (
    r"(?P<unit>(?:business|working)\s+days?|days?|weeks?|hours?|months?|years?|fortnights?"
    r"|quarters?)"
)
_NEXT = r"(?:the\s+)?(?:next|coming|upcoming|following)"
_MONTH_PREP = r"in|during|by|before|until|till|through|throughout|over|for|within"
_YEAR_PREP = r"in|during|by|before|until|till|through|throughout|for|within"
# Each period with the words one of which a text must hold for it to be looked for (upper-case
# ones as written); most mail holds none, and skipping the pattern keeps this fast.
_MONTH_NAME = "<a month name>"
_UNIT_NEEDS = ("day", "week", "hour", "hr", "month", "year", "fortnight", "quarter")
_PERIODS: list[tuple[re.Pattern[str], _Reading, tuple[str, ...]]] = [
    (re.compile(p, re.I), f, needs)
    for p, f, needs in [
        (
            r"\b(?:by\s+)?(?:the\s+)?(?:end\s+of\s+(?:next|the\s+following|the\s+coming|coming"
            r"|following)\s+week|later?\s+next\s+week)\b",
            _next_week(3, 4),
            ("week",),
        ),
        (r"\blater?\s+this\s+week\b", _later_this_week, ("week",)),
        (
            r"\b(?:early\s+next\s+week|(?:the\s+)?(?:beginning|start)\s+of\s+(?:next|the\s+"
            r"following|the\s+coming|coming|following)\s+week)\b",
            _next_week(0, 2),
            ("week",),
        ),
        (
            r"\b(?:mid-?\s*next\s+week|(?:the\s+)?middle\s+of\s+next\s+week)\b",
            _next_week(1, 3),
            ("week",),
        ),
        (r"\b(?:the\s+)?week\s+after\s+next\b", _next_week(0, 4, weeks=2), ("week",)),
        (
            r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
            r"(?:full\s+)?week\s+(?:of|in)\s+(?:(?:the\s+)?(?:(?P<which>next|this|coming|following"
            rf"|last|previous)\s+)?month\b|{lex.MONTH}(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"
            r"|(?P<y>(?:19|20)\d{2}))",
            _nth_week,
            ("week",),
        ),
        (
            r"\b(?:calendar\s+week|(?-i:CW|KW))\s*(?P<n>[1-9]|[1-4]\d|5[0-3])\b(?:,?\s+(?:of\s+)?"
            r"(?P<y>(?:19|20)\d{2}))?(?P<which>)",
            _iso_week,
            ("week", "CW", "KW"),
        ),
        (
            r"\bweek\s+(?P<n>[1-9]|[1-4]\d|5[0-3])\s+(?:of\s+)?(?:(?P<y>(?:19|20)\d{2})\b"
            r"|(?P<which>this|next|last)\s+year\b)",
            _iso_week,
            ("week",),
        ),
        (
            r"\b(?:the\s+)?(?:next|following|coming|upcoming)\s+(?:(?:working|work)\s+)?week\b"
            r"|\bnext\s+workweek\b",
            _next_week(0, 4),
            ("week",),
        ),
        (
            r"\b(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+|this\s+|current\s+)?week\b",
            _next_week(0, 2, weeks=0),
            ("week",),
        ),
        (
            r"\b(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|current\s+)?week\b|\bthis\s+"
            r"(?:(?:working|work)\s+)?week\b|\bthis\s+workweek\b|\beow\b|\b(?:the\s+)?rest\s+of"
            r"\s+(?:the|this)\s+week\b|\bwithin\s+the\s+week\b|\bbefore\s+the\s+week\s+is\s+out\b",
            lambda m, ref: lex.this_week(ref),
            ("week", "eow"),
        ),
        (
            r"\b(?P<by>by\s+|before\s+)?(?:(?:over|at|on|during|for)\s+)?(?P<which>this|next"
            r"|last|the\s+coming|coming|that|the)\s+week-?end\b(?!\s+of\b)",
            _weekend,
            ("weekend", "week-end"),
        ),
        (
            r"\b(?:(?:in|over|within)\s+)?(?:the\s+)?(?:next|coming)\s+few\s+days\b"
            r"|\bin\s+a\s+few\s+days\b|\bin\s+the\s+coming\s+days\b",
            lambda m, ref: (ref + timedelta(days=1), ref + timedelta(days=3)),
            ("day",),
        ),
        (
            r"\b(?:in|over|within)\s+(?:the\s+next\s+|a\s+)?(?:couple\s+(?:of\s+)?days|day\s+or\s+two)"
            r"\b",
            lambda m, ref: (ref + timedelta(days=1), ref + timedelta(days=2)),
            ("day",),
        ),
        (
            r"\b(?:in|within)\s+a\s+week\s+or\s+two\b|\b(?:in|over|within)\s+(?:the\s+next\s+|a\s+)?"
            r"couple\s+(?:of\s+)?weeks\b",
            lambda m, ref: (ref + timedelta(days=1), ref + timedelta(days=14)),
            ("week",),
        ),
        (
            rf"\b(?:within(?:\s+the\s+next)?|(?:in|over|during)\s+the\s+(?:next|coming)|in"
            rf"|{_NEXT})\s+{_N}\s+{_UNITS}\b",
            _within,
            _UNIT_NEEDS,
        ),
        # "the 3 next weeks", "2 upcoming days" (plural: "only 3 next week" is a count)
        (
            rf"\b(?:the\s+)?{_N}\s+(?:next|coming|upcoming)\s+(?P<unit>(?:business\s+|working\s+)?"
            r"days|weeks|months|years|quarters)\b",
            _within,
            _UNIT_NEEDS,
        ),
        (
            r"\b(?:(?:within|in|over)\s+the|(?:(?:within|in|over)\s+)?(?:the\s+next|a))"
            r"\s+fortnight\b",
            lambda m, ref: (ref + timedelta(days=1), ref + timedelta(days=14)),
            ("fortnight",),
        ),
        (
            r"\b(?P<by>by\s+|bis\s+(?:zum\s+|spätestens\s+)?|d['’]ici\s+|avant\s+|hasta\s+"
            r"|antes\s+de\s+|até\s+)?(?P<part>mid-?\s*|middle\s+of\s+|early\s+|late\s+"
            r"|(?:the\s+)?(?:beginning|start|end)\s+of\s+|mitte\s+|anfang\s+|ende\s+"
            r"|(?:(?:à\s+)?la\s+|en\s+|au\s+)?(?:mi-\s*|début\s+(?:de\s+|d['’])?|fin\s+"
            r"(?:de\s+|d['’])?)|(?:(?:a|para|em|no|na|ao)\s+)?(?:mediados|meados|principios"
            r"|comienzos|finales|fines|início|inicio|começo|final|fim)\s+de\s+)"
            rf"{lex.MONTH}",
            _month_part,
            (_MONTH_NAME,),
        ),
        (
            rf"\b(?:(?P<prep>{_MONTH_PREP})\s+)?(?:(?P<which>this|next|last|the\s+coming|coming)"
            rf"\s+)?{lex.MONTH}(?:,?\s+(?P<year>(?:19|20)\d{{2}})\b)?(?![\s-]*\d"
            rf"|\s+(?:the\s+)?{lex.ORDINAL_WORD})",
            _named_month,
            (_MONTH_NAME,),
        ),
        (
            r"\b(?P<by>by\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?month|eom)\b",
            _month_end_of(0),
            ("month", "eom"),
        ),
        (r"\b(?P<by>by\s+)?(?:the\s+)?end\s+of\s+next\s+month\b", _month_end_of(1), ("month",)),
        (
            r"\b(?:by\s+)?(?:the\s+)?(?:mid-?\s*month|middle\s+of\s+(?:the\s+|this\s+)?month)\b",
            _mid_month,
            ("month",),
        ),
        (
            r"\b(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+|this\s+|current\s+)?month\b"
            r"|(?-i:\bBOM\b)",
            _month_start_of(0),
            ("month", "BOM"),
        ),
        (r"\b(?:the\s+)?(?:beginning|start)\s+of\s+next\s+month\b", _month_start_of(1), ("month",)),
        (r"\blater\s+(?:this|in\s+the)\s+month\b", _rest_of_month, ("month",)),
        (r"\bearlier\s+(?:this|in\s+the)\s+month\b", _earlier_this_month, ("month",)),
        (r"\b(?:the\s+)?(?:next|coming|following)\s+month\b", _next_month, ("month",)),
        (
            rf"\b(?P<prep>{_YEAR_PREP})\s+(?:the\s+(?:year\s+)?)?(?P<y>(?:19|20)\d{{2}})\b"
            r"(?![-/.:]\d)(?P<which>)",
            _named_year,
            ("19", "20"),
        ),
        (
            r"\b(?:(?P<prep>in|during|by|before|until|through|throughout|for|within)\s+)?(?P<y>)"
            r"(?P<which>this|next|last|current|the\s+(?:current|coming|following|next))\s+"
            r"(?:calendar\s+)?(?:year|yr)\b",
            _named_year,
            ("year", "yr"),
        ),
        (
            r"\b(?P<by>by\s+)?(?:the\s+)?(?:(?P<part>beginning|start|middle|end|early|mid|late)"
            r"(?:\s+of)?[\s-]+(?:the\s+)?(?P<target>(?:this|next|current)\s+(?:year|yr)|year|yr"
            r"|(?:19|20)\d{2})\b|(?P<abbr>(?-i:EOY|BOY)))",
            _year_part,
            ("year", "yr", "EOY", "BOY", "19", "20"),
        ),
        (r"\blater\s+(?:this|in\s+the)\s+year\b", _rest_of_year, ("year",)),
        (r"\bearlier\s+(?:this|in\s+the)\s+year\b", _earlier_this_year, ("year",)),
        (
            rf"\b(?:(?P<prep>{_YEAR_PREP})\s+)?(?:the\s+)?(?-i:Q)(?P<q>[1-4])"
            r"(?:\s*(?P<y>(?:19|20)\d{2}|'\d{2}))?\b",
            _named_quarter,
            ("Q",),
        ),
        (
            rf"\b(?:(?P<prep>{_YEAR_PREP})\s+)?(?P<y>(?:19|20)\d{{2}})\s*(?-i:Q)(?P<q>[1-4])\b",
            _named_quarter,
            ("Q",),
        ),
        (
            rf"\b(?:(?P<prep>{_YEAR_PREP})\s+)?(?:the\s+)?(?P<qw>first|second|third|fourth|1st"
            r"|2nd|3rd|4th)\s+(?:quarter|qtr)(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{2}))?\b",
            _named_quarter,
            ("quarter", "qtr"),
        ),
        (
            r"\b(?P<by>by\s+)?(?:(?:the\s+)?(?P<end>end)\s+of\s+)?(?:the\s+)?(?P<which>this|next"
            r"|last|current|coming|following|previous)\s+(?:quarter|qtr)\b",
            _relative_quarter,
            ("quarter", "qtr"),
        ),
        (
            r"\b(?P<by>by\s+)?(?:the\s+)?(?P<end>end)\s+of\s+(?:the\s+)?(?P<which>)(?:quarter|qtr)"
            r"\b|(?P<x>(?-i:\bEOQ\b))",
            lambda m, ref: _relative_quarter(m, ref) if not m["x"] else _eoq(ref),
            ("quarter", "qtr", "EOQ"),
        ),
        (
            rf"\b(?P<lead>from\s+|between\s+)?{lex.MONTH}\s+(?:the\s+)?(?P<d1>{_DAY_TOKEN})"
            rf"(?P<sep>\s*(?:-|–|—)\s*|\s+(?:to|till|until|through|thru|and)\s+)(?:the\s+)?"
            rf"(?P<d2>{_DAY_TOKEN})(?![\d:])(?:,?\s+(?P<year>(?:19|20)\d{{2}})\b)?",
            _days_of_month,
            (_MONTH_NAME,),
        ),
        (
            rf"\b(?P<lead>from\s+|between\s+)?(?:the\s+)?(?P<d1>{_DAY_TOKEN})"
            rf"(?P<sep>\s*(?:-|–|—)\s*|\s+(?:to|till|until|through|thru|and)\s+)(?:the\s+)?"
            rf"(?P<d2>{_DAY_TOKEN})\s+(?:of\s+)?{lex.MONTH}(?:,?\s+(?P<year>(?:19|20)\d{{2}})\b)?",
            _days_of_month,
            (_MONTH_NAME,),
        ),
        (
            rf"\b(?:by\s+)?(?:the\s+)?{_EOD}\b",
            lambda m, ref: (ref, ref),
            ("end of", "eod", "cob", "close of", "COP"),
        ),
    ]
]

# Other languages name the same periods in their own words ("la semaine prochaine", "Ende
# nächster Woche"): each language module lists (phrase, reading), read as English reads it.
_READINGS: dict[str, _Reading] = {
    "today": lambda m, ref: (ref, ref),
    "tomorrow": lambda m, ref: (ref + timedelta(days=1), ref + timedelta(days=1)),
    "this_week": lambda m, ref: lex.this_week(ref),
    "later_this_week": _later_this_week,
    "next_week": _next_week(0, 4),
    "early_next_week": _next_week(0, 2),
    "end_of_next_week": _next_week(3, 4),
    "week_after_next": _next_week(0, 4, weeks=2),
    "few_days": lambda m, ref: (ref + timedelta(days=1), ref + timedelta(days=3)),
    "one_week": lambda m, ref: (ref + timedelta(days=1), ref + timedelta(days=7)),
    "two_weeks": lambda m, ref: (ref + timedelta(days=1), ref + timedelta(days=14)),
    "three_weeks": lambda m, ref: (ref + timedelta(days=1), ref + timedelta(days=21)),
    "end_of_month": _month_end_of(0),
    "mid_month": _mid_month,
    "next_month": _next_month,
    "end_of_next_month": _month_end_of(1),
}
# One pattern per language, tried only on text that holds a word of one of its periods.
_LANG_PERIODS: list[tuple[frozenset[str], re.Pattern[str], list[_Reading]]] = [
    (
        frozenset(
            w.lower() for phrase, _ in words.periods for w in re.findall(r"[^\W\d_]{3,}", phrase)
        ),
        re.compile(
            "|".join(
                f"(?P<p{i}>{lang.compile_phrases((phrase,)).pattern})"
                for i, (phrase, _) in enumerate(words.periods)
            ),
            re.IGNORECASE,
        ),
        [_READINGS[reading] for _, reading in words.periods],
    )
    for words in lang.LANGUAGES
    if words.periods
]


def _lang_periods(text: str, ref: date) -> Iterator[tuple[re.Match[str], _Span]]:
    """Other languages' named periods in text, with their days."""
    # three letters: "fim do mês" (pt) has no longer word
    words = set(re.findall(r"[^\W\d_]{3,}", text.lower())) if _LANG_PERIODS else set()
    for needs, rx, readings in _LANG_PERIODS:
        if not needs & words:
            continue
        for m in rx.finditer(text):
            span = readings[int((m.lastgroup or "p0")[1:])](m, ref)
            if span is not None:
                yield m, span


def _deadline(text: str, d: lex.DayExpr, ref: date) -> Window | None:
    """A day with the word before it that makes it a deadline ("by Friday, March 6"), or the
    week it opens ("the week of March 2", "w/c 9th March")."""
    week_of = _WEEK_OF_RE.search(text, max(0, d.start - 24), d.start)
    if week_of is not None and d.kind in ("date", "ordinal", "weekday"):
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
    if (t["trig"] or "").lower().startswith(("before", "prior", "earlier")) and not (
        t["eod"] or t["incl"]
    ):
        last -= timedelta(days=1)
    first = min(ref + timedelta(days=1), last)
    end = m.end() if (m := _LATEST_RE.match(text, d.end)) else d.end
    return Window(first, last, text[t.start() : end], (t.start(), end))


def _span_from(text: str, d: lex.DayExpr) -> Window | None:
    """A day and a length: "for 3 days starting Monday", "18 Dec for 10 days"."""
    before = _FOR_BEFORE_RE.search(text, max(0, d.start - 50), d.start)
    after = None if before else _FOR_AFTER_RE.match(text, d.end)
    m = before or after
    if m is None:
        return None
    n, unit = lex.number_value(m["n"]), m["unit"].lower()
    if unit.startswith(("business", "working")):
        last = add_business_days(d.day, n - (d.day.weekday() < 5))
    else:
        last = lex.shift(d.day, n, unit) - timedelta(days=1)
    start, end = (m.start(), d.end) if before else (d.start, m.end())
    if after is not None and (lead := _RANGE_LEAD_RE.search(text, max(0, start - 10), start)):
        start = lead.start() if lead["w"].lower() == "from" else start
    return Window(d.day, last, text[start:end], (start, end))


def _ranges(text: str, days: list[lex.DayExpr]) -> list[Window]:
    """Two days joined into one span: "Monday to Friday", "from 2 July to 10 July", "between
    the 3rd and the 7th" ("and" needs "between"). A weekday at the end is the first such day
    on or after the start."""
    out = []
    for d1, d2 in zip(days, days[1:], strict=False):
        gap = _RANGE_GAP_RE.fullmatch(text, d1.end, d2.start)
        if gap is None:
            continue
        lead = _RANGE_LEAD_RE.search(text, max(0, d1.start - 10), d1.start)
        if gap[0].strip().lower() == "and" and (lead is None or lead["w"].lower() != "between"):
            continue
        last = d2.day
        if d2.kind == "weekday" and last < d1.day:  # "next Monday to Friday"
            last += timedelta(days=7 * (((d1.day - last).days + 6) // 7))
        if last < d1.day:
            continue
        start = lead.start() if lead else d1.start
        out.append(Window(d1.day, last, text[start : d2.end], (start, d2.end)))
    return out


def find_windows(text: str, ref: date, day_first: bool = False) -> list[Window]:
    """Every deadline-like day or span of days in text, in text order, read against ref.

    "by/on <day>" spans ref+1 (or the day itself if sooner) to that day; named periods ("next
    week", "early next week", "mid-March", "the week of March 2", "within 5 business days",
    "this weekend", "in March", "Q3", "by the end of the year") span their days, with
    Monday-Friday weeks; two days joined ("Monday to Friday") or a day and a length ("for 3
    days from Monday") span those days; "today", "EOD" and "tomorrow" are single days. A
    period inside a longer day expression ("the 20th of next month") is that day's, not a
    window. Where expressions overlap, the one starting first (then the longest) is kept.
    """
    skip = lex.skip_spans(text)
    found: list[Window] = []
    days = lex.scan_days(text, ref, skip, day_first)
    for d in days:
        if (w := _deadline(text, d, ref) or _span_from(text, d)) is not None:
            found.append(w)
        elif d.kind == "relative" or "week" in text[d.start : d.end].lower():
            found.append(Window(d.day, d.day, text[d.start : d.end], (d.start, d.end)))
    found += _ranges(text, days)
    low = text.lower()
    has_month = lex.has_month_name(text)
    for rx, reading, needs in _PERIODS:
        if not any(
            (has_month if n == _MONTH_NAME else n in (low if n.islower() else text)) for n in needs
        ):
            continue
        for m in rx.finditer(text):
            a, b = m.span()
            if any(a < e and s < b for s, e in skip):
                continue
            if any(d.start <= a and b <= d.end and d.end - d.start > b - a for d in days):
                continue  # "next month" in "the 20th of next month"
            if (span := reading(m, ref)) is not None:
                found.append(Window(span[0], span[1], m[0], m.span()))
    for m, span in _lang_periods(text, ref):
        a, b = m.span()
        if not any(a < e and s < b for s, e in skip):
            found.append(Window(span[0], span[1], m[0], m.span()))
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
