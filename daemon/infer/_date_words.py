"""The lexical layer of daemon.infer.dates: month, weekday and zone words, and the scanner that
finds day expressions ("Thursday 2/26", "25 March", "Friday", "tomorrow") and resolves them.

Private to daemon.infer.dates; nothing here reads a clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta, timezone, tzinfo
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

T = TypeVar("T")

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # German, as a bonus: only the names that differ from English.
    "januar": 1,
    "februar": 2,
    "märz": 3,
    "maerz": 3,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonntag": 6,
}
# Short forms that are also ordinary English words ("sat", "may", "wed", "sun"): only taken when
# capitalised, so "we sat down" or "you may 5x it" never become dates.
_NEEDS_CAPITAL = frozenset({"mon", "wed", "sat", "sun", "mar", "may", "mai", "march"})

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
    "couple": 2,
    "couple of": 2,
    "few": 3,
}
NUMBER = (
    "(?:"
    + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
    + r"|\d{1,3})"
)


def number_value(word: str) -> int:
    """The value of a NUMBER match ("two", "a", "14")."""
    word = re.sub(r"\s+", " ", word.lower())
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _alternation(words: dict[str, int]) -> str:
    # Longest first, so "thursday" wins over "thu" and "sept" over "sep".
    return "|".join(sorted(words, key=len, reverse=True))


# A dot after a short form is part of it ("Thu.", "Mar."); after a full name it ends a sentence.
_ABBR_DOT = r"(?:(?<![^\W\d_]{5})\.)?"
MONTH = rf"(?P<mon>{_alternation(MONTHS)})\b{_ABBR_DOT}"
WEEKDAY = rf"(?P<wd>{_alternation(WEEKDAYS)})\b{_ABBR_DOT}"


# Words that may stand between a day and its clock time ("Thursday 2/26 at 2:00",
# "Date: ...\nTime: 10:00") without making them two separate things.
GLUE_WORDS = frozenset(
    re.findall(
        r"\w+",
        """at from between on um time date when start starting
    starts begins around about by or and to until till in the morning afternoon evening night""",
    )
)
PART_OF_DAY_RE = re.compile(r"\b(?:(?P<pm>tonight|evening|night|afternoon)|morning)\b", re.I)
# Text that is never a date or time: links and mail addresses carry digits that look like both.
_SKIP_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def skip_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text (links, mail addresses) where no date or time is looked for."""
    return [m.span() for m in _SKIP_RE.finditer(text)]


def word_ok(token: str) -> bool:
    """False for a lower-case short form that is more likely an ordinary word ("sat", "may")."""
    return token.lower().rstrip(".") not in _NEEDS_CAPITAL or token[:1].isupper()


# --- time zones -------------------------------------------------------------------------------
_ZONE_ABBREVIATIONS: dict[str, str] = {
    **dict.fromkeys(("CT", "CST", "CDT"), "America/Chicago"),
    **dict.fromkeys(("ET", "EST", "EDT"), "America/New_York"),
    **dict.fromkeys(("MT", "MST", "MDT"), "America/Denver"),
    **dict.fromkeys(("PT", "PST", "PDT"), "America/Los_Angeles"),
    **dict.fromkeys(("AKST", "AKDT"), "America/Anchorage"),
    "HST": "Pacific/Honolulu",
    **dict.fromkeys(("GMT", "UTC"), "UTC"),
    "BST": "Europe/London",
    **dict.fromkeys(("WET", "WEST"), "Europe/Lisbon"),
    **dict.fromkeys(("CET", "CEST", "MEZ", "MESZ"), "Europe/Berlin"),
    **dict.fromkeys(("EET", "EEST"), "Europe/Athens"),
    **dict.fromkeys(("AEDT", "AEST"), "Australia/Sydney"),
    **dict.fromkeys(("ACDT", "ACST"), "Australia/Adelaide"),
    "AWST": "Australia/Perth",
    **dict.fromkeys(("NZDT", "NZST"), "Pacific/Auckland"),
    "JST": "Asia/Tokyo",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
}
# Spoken zone names; the more specific phrase comes first ("Central European" before "Central").
_ZONE_PHRASES: list[tuple[str, str]] = [
    (r"central european (?:summer |standard )?time", "Europe/Berlin"),
    (r"(?:berlin|german|germany|frankfurt|munich) time", "Europe/Berlin"),
    (r"(?:british summer|greenwich mean|uk|london) time", "Europe/London"),
    (
        r"australian eastern (?:daylight |standard )?time|(?:sydney|melbourne) time",
        "Australia/Sydney",
    ),
    (r"(?:australian western (?:standard )?|perth )time", "Australia/Perth"),
    (r"(?:central(?: standard| daylight)?|chicago)(?: time)?", "America/Chicago"),
    (r"(?:eastern(?: standard| daylight)?|new york)(?: time)?", "America/New_York"),
    (r"mountain(?: standard| daylight)?(?: time)?", "America/Denver"),
    (r"pacific(?: standard| daylight)?(?: time)?", "America/Los_Angeles"),
    (r"coordinated universal time", "UTC"),
]
_PHRASE_RE = re.compile("|".join(f"(?P<z{i}>{p})" for i, (p, _) in enumerate(_ZONE_PHRASES)), re.I)
_ABBR_RE = re.compile(r"\b[A-Za-z]{2,4}\b")
_OFFSET_RE = re.compile(
    r"\b(?:UTC|GMT)\s*(?P<sign>[+\-−])\s*(?P<h>1[0-4]|0?\d)(?::?(?P<m>[0-5]\d))?(?!\d)"
)
_IANA_RE = re.compile(r"\b[A-Z][A-Za-z]+(?:/[A-Z][A-Za-z_\-]+){1,2}\b")
# A bare zone word right after a clock time; "Uhr" is German filler ("14:00 Uhr").
_TAIL_WORD_RE = re.compile(
    rf"{_OFFSET_RE.pattern}|{_PHRASE_RE.pattern}|\b[A-Z]{{2,4}}\b|(?i:Uhr)\b", re.I
)


def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _offset(m: re.Match[str]) -> tzinfo:
    minutes = int(m["h"]) * 60 + int(m["m"] or 0)
    return timezone(timedelta(minutes=-minutes if m["sign"] in "-−" else minutes))


@dataclass
class _ZoneFinds:
    iana: tzinfo | None = None
    named: tzinfo | None = None
    offset: tzinfo | None = None

    def add(self, piece: str, bare: bool) -> bool:
        """Record the zones named in piece; False when it names none."""
        found = False
        for m in _IANA_RE.finditer(piece):
            if (z := _zone(m[0])) is not None:
                self.iana, found = self.iana or z, True
        without_offsets = _OFFSET_RE.sub(" ", piece)
        for m in _OFFSET_RE.finditer(piece):
            self.offset, found = self.offset or _offset(m), True
        for m in _PHRASE_RE.finditer(without_offsets):
            # "Central" alone only counts right after the time, not somewhere in parentheses.
            if bare or " " in m[0].strip():
                idx = int(next(k for k, v in m.groupdict().items() if v)[1:])
                self.named, found = self.named or ZoneInfo(_ZONE_PHRASES[idx][1]), True
        for m in _ABBR_RE.finditer(without_offsets):
            # "pst" counts right after a time; two-letter "et", "pt" never do in lower case.
            if m[0].upper() in _ZONE_ABBREVIATIONS and (m[0].isupper() or bare and len(m[0]) > 2):
                self.named = self.named or ZoneInfo(_ZONE_ABBREVIATIONS[m[0].upper()])
                found = True
        return found or piece.strip().lower() == "uhr"


def zone_after(text: str, pos: int, looks_like_clock: re.Pattern[str]) -> tuple[tzinfo | None, int]:
    """The zone named right after a clock time ending at pos, and where that naming ends.

    Reads up to three pieces: bare words ("CT", "Central Time", "UTC+1") and parenthesised groups
    ("(AEDT, Australia/Sydney)", "(UTC-06:00)"). A group holding another clock time is a second
    rendering of the time, not a zone, so reading stops there. An IANA name wins over a zone word,
    which wins over a fixed UTC offset: Outlook writes "(UTC-06:00) Central Time" all year, and
    the DST-aware zone is what is meant.
    """
    finds, end = _ZoneFinds(), pos
    for _ in range(3):
        j = end
        while j < len(text) and text[j] in " \t":
            j += 1
        if text.startswith("(", j):
            close = text.find(")", j, j + 80)
            inner = text[j + 1 : close] if close > 0 else ""
            if not inner or "\n" in inner or looks_like_clock.search(_OFFSET_RE.sub(" ", inner)):
                break
            if not finds.add(inner, bare=False):
                break
            end = close + 1
            continue
        m = _TAIL_WORD_RE.match(text, j)
        if m is None or not finds.add(m[0], bare=True):
            break
        end = m.end()
    return finds.iana or finds.named or finds.offset, end


# --- day expressions --------------------------------------------------------------------------
@dataclass(frozen=True)
class DayExpr:
    """A day named in text, resolved against the reference day."""

    start: int
    end: int
    day: date
    kind: str  # "weekday", "date", "relative" (today/tomorrow) or "ordinal" ("the 20th")


_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d{2})(?![\d:]))?"
_DATE_RES: list[re.Pattern[str]] = [
    re.compile(rf"\b{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]){_YEAR}", re.I),
    re.compile(
        rf"(?<![\d:./-])(?:the\s+)?\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?"
        rf"{MONTH}{_YEAR}",
        re.I,
    ),
    # US month/day; "2/3 of the team" is a fraction, not a date.
    re.compile(
        r"(?<![\w/.:-])(?P<m>\d{1,2})/(?P<day>\d{1,2})(?:/(?P<year>(?:19|20)?\d{2}))?"
        r"(?![\w/]|[.,]\d|\s+of\b)"
    ),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<m>\d{1,2})\.(?P<year>(?:19|20)\d{2})\b"),
]
_WEEKDAY_RE = re.compile(rf"\b(?:next\s+|this\s+)?{WEEKDAY}", re.I)
_RELATIVE_RE = re.compile(
    r"\b(?P<rel>(?:the\s+)?day\s+after\s+tomorrow|today|tonight|tomorrow"
    r"|tmrw|this\s+(?:morning|afternoon|evening))\b",
    re.I,
)
# "Wednesday next week", "next week on Tuesday", "Monday of this week": the week is named.
_WEEK_BEFORE_RE = re.compile(r"\b(?P<which>next|this)\s+week(?:\s+on)?[\s,]*\Z", re.I)
_WEEK_AFTER_RE = re.compile(r"[\s,]*(?:of\s+)?(?P<which>next|this)\s+week\b", re.I)
# "the 20th" alone is too often something else ("the 3rd round"): it needs a word before it.
_ORDINAL_RE = re.compile(
    rf"\b(?:on|by|before|until|till|for|week\s+of|{WEEKDAY}),?\s+"
    r"(?P<x>(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)\b)",
    re.I,
)
_JOIN_RE = re.compile(r"\s*,?\s*(?P<paren>\(\s*)?")
_CLOSE_RE = re.compile(r"\s*\)")


def infer_year(month: int, day: int, ref: date, weekday: int | None = None) -> date | None:
    """The date month/day nearest on or after ref, looking at most ~10 months ahead (else this
    year's, already past); a weekday named with it picks between adjacent years if one fits."""

    def make(year: int) -> date | None:
        try:
            return date(year, month, day)
        except ValueError:
            return None

    this, after = make(ref.year), make(ref.year + 1)
    if this is not None and this >= ref:
        pick: date | None = this
    elif after is not None and ((after - ref).days <= 305 or this is None):
        pick = after
    else:
        pick = this
    if pick is not None and weekday is not None and pick.weekday() != weekday:
        fits = [
            c
            for y in (ref.year - 1, ref.year, ref.year + 1)
            if (c := make(y)) is not None and c.weekday() == weekday
        ]
        if fits:
            pick = min(fits, key=lambda c: abs((c - ref).days))
    return pick


def next_weekday(ref: date, weekday: int) -> date:
    """The first day strictly after ref that falls on weekday (0 = Monday)."""
    return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)


def monday(d: date) -> date:
    """The Monday of d's week."""
    return d - timedelta(days=d.weekday())


def this_week(ref: date) -> tuple[date, date]:
    """ref to Friday of ref's week; said at the weekend, the whole coming Monday-Friday."""
    if ref.weekday() >= 5:
        return monday(ref) + timedelta(days=7), monday(ref) + timedelta(days=11)
    return ref, monday(ref) + timedelta(days=4)


def month_end(year: int, month: int) -> date:
    """The last day of the month."""
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _ordinal_day(ref: date, day: int) -> date | None:
    # "the 20th": this month if not yet past, else the next month that has such a day.
    y, m = ref.year, ref.month
    for _ in range(3):
        try:
            d = date(y, m, day)
        except ValueError:
            d = None
        if d is not None and d >= ref:
            return d
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return None


def _date_of(m: re.Match[str], ref: date, weekday: int | None) -> date | None:
    groups = m.groupdict()
    if groups.get("mon") is not None:
        if not word_ok(m["mon"]):
            return None
        month = MONTHS[m["mon"].lower().rstrip(".")]
    else:
        month = int(m["m"])
    day, year = int(m["day"]), groups.get("year")
    if month > 12 and day <= 12 and "/" in m[0]:  # "29/03" can only be day/month
        month, day = day, month
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None:
        return infer_year(month, day, ref, weekday)
    try:
        return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
    except ValueError:
        return None


def scan_days(text: str, ref: date, skip: list[tuple[int, int]]) -> list[DayExpr]:
    """Every day expression in text outside the skip spans, resolved against ref, in text order.

    A weekday directly followed by a date ("Friday, March 6", "Wednesday (4 March)") is one
    expression and the date decides; a bare weekday is the next such day strictly after ref.
    """

    def free(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e in skip)

    weekdays = [w for w in _WEEKDAY_RE.finditer(text) if word_ok(w["wd"]) and free(*w.span())]
    # Where a date would have to start to join the weekday before it, and how the two join.
    joins = {j.end(): (w, j) for w in weekdays if (j := _JOIN_RE.match(text, w.end()))}
    found: list[DayExpr] = []
    for rx in _DATE_RES:
        for m in rx.finditer(text):
            if not free(*m.span()):
                continue
            start, end, wd = m.start(), m.end(), None
            if start in joins:
                w, j = joins[start]
                start, wd = w.start(), WEEKDAYS[w["wd"].lower().rstrip(".")]
                if j["paren"] and (c := _CLOSE_RE.match(text, end)):
                    end = c.end()
            if (d := _date_of(m, ref, wd)) is not None:
                found.append(DayExpr(start, end, d, "date"))
    for w in weekdays:
        wd, start, end = WEEKDAYS[w["wd"].lower().rstrip(".")], w.start(), w.end()
        day = next_weekday(ref, wd)
        if (b := _WEEK_BEFORE_RE.search(text, max(0, start - 20), start)) is not None:
            start, which = b.start(), b["which"]
        elif (a := _WEEK_AFTER_RE.match(text, end)) is not None:
            end, which = a.end(), a["which"]
        else:
            which = ""
        if which:
            day = monday(ref) + timedelta(days=wd + (7 if which.lower() == "next" else 0))
        found.append(DayExpr(start, end, day, "weekday"))
    for m in _RELATIVE_RE.finditer(text):
        if free(*m.span()):
            rel = " ".join(m["rel"].lower().split())
            shift = 2 if rel.endswith("after tomorrow") else int(rel in ("tomorrow", "tmrw"))
            found.append(DayExpr(m.start(), m.end(), ref + timedelta(days=shift), "relative"))
    for m in _ORDINAL_RE.finditer(text):
        if free(*m.span()) and (d := _ordinal_day(ref, int(m["day"]))) is not None:
            # "Tuesday the 4th" is one expression; "by the 20th" leaves "by" to the caller.
            start = m.start() if m["wd"] and word_ok(m["wd"]) else m.start("x")
            found.append(DayExpr(start, m.end("x"), d, "ordinal"))
    return longest_first(found, lambda x: (x.start, x.end))


def longest_first(items: list[T], span: Callable[[T], tuple[int, int]]) -> list[T]:
    """Items without overlaps, in text order; of overlapping ones the earliest, then longest."""
    kept: list[T] = []
    last_end = -1
    for item in sorted(items, key=lambda x: (span(x)[0], -span(x)[1])):
        if span(item)[0] >= last_end:
            kept.append(item)
            last_end = span(item)[1]
    return kept
