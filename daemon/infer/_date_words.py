"""The lexical layer of daemon.infer.dates: month, weekday and zone words, and the scanner that
finds day expressions ("Thursday 2/26", "25 March", "Friday", "tomorrow") and resolves them.

Private to daemon.infer.dates; nothing here reads a clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daemon.infer import lang

T = TypeVar("T")

# Month and weekday names, and the short forms that are also ordinary words ("sat", "may"):
# each language's own, from daemon.infer.lang (adding a language adds its names here).
MONTHS: dict[str, int] = dict(lang.table("months"))
WEEKDAYS: dict[str, int] = dict(lang.table("weekdays"))
_NEEDS_CAPITAL = lang.needs_capital()

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
# weekdays shorten to five letters ("Thurs.", "Tues."): a dot after one of those is the short form's
_WEEKDAY_DOT = r"(?:(?<![^\W\d_]{6})\.)?"
MONTH = rf"(?P<mon>{_alternation(MONTHS)})\b{_ABBR_DOT}"
WEEKDAY = rf"(?P<wd>{_alternation(WEEKDAYS)})\b{_WEEKDAY_DOT}"


# Words that may stand between a day and its clock time ("Thursday 2/26 at 2:00",
# "Date: ...\nTime: 10:00") without making them two separate things.
GLUE_WORDS = frozenset(
    re.findall(
        r"\w+",
        """at from between on um time date when start starting
    starts begins around about by or and to until till in the morning afternoon evening night
    à a às ás las la le el de du vers hacia desde entre et y e und gegen ab bis""",
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
    "MYT": "Asia/Kuala_Lumpur",
    "PHT": "Asia/Manila",
    "ICT": "Asia/Bangkok",
    "WIB": "Asia/Jakarta",
    "WITA": "Asia/Makassar",
    "WIT": "Asia/Jayapura",
    "KST": "Asia/Seoul",
    "PKT": "Asia/Karachi",
    "GST": "Asia/Dubai",
    "SAST": "Africa/Johannesburg",
    "CAT": "Africa/Maputo",
    "EAT": "Africa/Nairobi",
    "WAT": "Africa/Lagos",
    "HKT": "Asia/Hong_Kong",
}
# Cities people name as a clock ("17:00 Madrid", "11:00 Bogotá", "3pm London time", "15 h, heure
# de Paris", "10:00 hora de Ciudad de México"): the city's zone.
_CITIES: dict[str, str] = {
    "london": "Europe/London",
    "londres": "Europe/London",
    "dublin": "Europe/Dublin",
    "lisbon": "Europe/Lisbon",
    "lisboa": "Europe/Lisbon",
    "madrid": "Europe/Madrid",
    "barcelona": "Europe/Madrid",
    "paris": "Europe/Paris",
    "amsterdam": "Europe/Amsterdam",
    "brussels": "Europe/Brussels",
    "bruxelles": "Europe/Brussels",
    "zurich": "Europe/Zurich",
    "zürich": "Europe/Zurich",
    "rome": "Europe/Rome",
    "roma": "Europe/Rome",
    "milan": "Europe/Rome",
    "stockholm": "Europe/Stockholm",
    "warsaw": "Europe/Warsaw",
    "athens": "Europe/Athens",
    "istanbul": "Europe/Istanbul",
    "dubai": "Asia/Dubai",
    "mumbai": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "singapore": "Asia/Singapore",
    "singapur": "Asia/Singapore",
    "hong kong": "Asia/Hong_Kong",
    "tokyo": "Asia/Tokyo",
    "jakarta": "Asia/Jakarta",
    "manila": "Asia/Manila",
    "brisbane": "Australia/Brisbane",
    "perth": "Australia/Perth",
    "auckland": "Pacific/Auckland",
    "johannesburg": "Africa/Johannesburg",
    "lagos": "Africa/Lagos",
    "nairobi": "Africa/Nairobi",
    "toronto": "America/Toronto",
    "montréal": "America/Toronto",
    "montreal": "America/Toronto",
    "vancouver": "America/Vancouver",
    "seattle": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles",
    "denver": "America/Denver",
    "phoenix": "America/Phoenix",
    "austin": "America/Chicago",
    "boston": "America/New_York",
    "mexico city": "America/Mexico_City",
    "ciudad de méxico": "America/Mexico_City",
    "cdmx": "America/Mexico_City",
    "bogotá": "America/Bogota",
    "bogota": "America/Bogota",
    "colombia": "America/Bogota",
    "lima": "America/Lima",
    "santiago": "America/Santiago",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "são paulo": "America/Sao_Paulo",
    "sao paulo": "America/Sao_Paulo",
}
_CITY = "|".join(
    re.escape(c).replace(r"\ ", r"\s+") for c in sorted(_CITIES, key=len, reverse=True)
)
# Spoken zone names; the more specific phrase comes first ("Central European" before "Central").
_ZONE_PHRASES: list[tuple[str, str]] = [
    (r"central european (?:summer |standard )?time", "Europe/Berlin"),
    (r"(?:berlin|german|germany|frankfurt|munich) time", "Europe/Berlin"),
    (r"(?:british summer|greenwich mean|uk|london) time", "Europe/London"),
    # a country's clock: "13:00 Dutch time", "3pm Kenyan time", "10h heure française" aside
    (
        r"(?:dutch|netherlands|holland|belgian|belgium|french|france|spanish|spain|italian|italy|"
        r"swiss|switzerland|austrian|austria|swedish|sweden|norwegian|norway|danish|denmark|"
        r"polish|poland|czech) time",
        "Europe/Berlin",
    ),
    (r"(?:irish|ireland) time", "Europe/Dublin"),
    (r"(?:portuguese|portugal) time", "Europe/Lisbon"),
    (
        r"(?:eastern european(?: summer| standard)?|greek|greece|finnish|finland) time",
        "Europe/Athens",
    ),
    (r"(?:kenyan?|east african?|ugandan?|tanzanian?) time", "Africa/Nairobi"),
    (r"(?:nigerian?|west african?) time", "Africa/Lagos"),
    (r"south african? time", "Africa/Johannesburg"),
    (r"(?:indian?|india standard) time", "Asia/Kolkata"),
    (r"(?:japanese|japan) time", "Asia/Tokyo"),
    (r"(?:brazilian|brazil|bras[ií]lia) time", "America/Sao_Paulo"),
    (r"(?:gulf|uae) time", "Asia/Dubai"),
    (
        r"australian eastern (?:daylight |standard )?time|(?:sydney|melbourne) time",
        "Australia/Sydney",
    ),
    (r"(?:australian western (?:standard )?|perth )time", "Australia/Perth"),
    (r"(?:central(?: standard| daylight)?|chicago)(?: time)?", "America/Chicago"),
    (r"(?:eastern(?: standard| daylight)?|new york)(?: time)?", "America/New_York"),
    # Québec and Latin America name North American zones: "10 h, heure de l'Est", "hora del
    # Pacífico"
    (r"heure (?:normale |avancée )?de l['’]Est|hora del Este", "America/Toronto"),
    (r"heure (?:normale |avancée )?du Centre", "America/Chicago"),
    (r"hora del [Cc]entro(?: de México)?", "America/Mexico_City"),
    (r"heure (?:normale |avancée )?du Pacifique|hora del Pac[ií]fico", "America/Los_Angeles"),
    (r"mountain(?: standard| daylight)?(?: time)?", "America/Denver"),
    (r"pacific(?: standard| daylight)?(?: time)?", "America/Los_Angeles"),
    (r"coordinated universal time", "UTC"),
    # "Madrid time", "heure de Paris", "hora de Bogotá", "Uhr Berliner Zeit" aside; a bare city
    # right after the time is read by _ZoneFinds itself
    (rf"(?:(?:heure|hora|horario|hor[aá]rio)\s+(?:de\s+|del\s+)?)?(?:{_CITY})(?:\s+time)?", ""),
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
                zone = _ZONE_PHRASES[idx][1] or _city_zone(m[0])
                self.named, found = self.named or ZoneInfo(zone), True
        for m in _ABBR_RE.finditer(without_offsets):
            # "pst" counts right after a time; two-letter "et", "pt" never do in lower case.
            if m[0].upper() in _ZONE_ABBREVIATIONS and (m[0].isupper() or bare and len(m[0]) > 2):
                self.named = self.named or ZoneInfo(_ZONE_ABBREVIATIONS[m[0].upper()])
                found = True
        return found or piece.strip().lower() == "uhr"


def _city_zone(said: str) -> str:
    """The zone of the city a phrase names ("hora de Bogotá" -> America/Bogota)."""
    low = " ".join(said.lower().split())
    return next(
        zone for city, zone in sorted(_CITIES.items(), key=lambda c: -len(c[0])) if city in low
    )


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
        if text.startswith(",", j):  # "à 15 h, heure de Paris", "at 3pm, London time"
            k = j + 1 + len(text[j + 1 :]) - len(text[j + 1 :].lstrip(" \t"))
            said = _TAIL_WORD_RE.match(text, k)
            if said is not None and re.match(
                r"(?:heure|hora|horario|hor[aá]rio)\b|.*\btime$", said[0], re.I
            ):
                j = k
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
    kind: str  # "weekday", "date", "relative" (today/tomorrow, "3 days from now") or "ordinal"


def _ordinal_words() -> dict[str, int]:
    units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"]
    teens += ["sixteenth", "seventeenth", "eighteenth", "nineteenth"]
    words = dict(zip(units, range(1, 10), strict=True))
    words |= dict(zip(teens, range(10, 20), strict=True))
    words |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
    words |= {f"twenty-{w}": 20 + i for i, w in enumerate(units, 1)}
    return words


# Days of the month written out: "the first of March", "March twenty-second".
ORDINAL_WORDS: dict[str, int] = _ordinal_words()
_UNIT_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
ORDINAL_WORD = (
    rf"(?:twent(?:y[\s-](?:{_UNIT_ORDINALS})|ieth)|thirt(?:y[\s-]first|ieth)|tenth|eleventh"
    rf"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    rf"|{_UNIT_ORDINALS})\b"
)
# Day numbers that are not ordinals: a bare day number is only taken where nothing else can be
# meant ("Monday 21", "Friday 23 at 4"); a quantity ("Monday 3 interviews") is not a day.
# what may follow a bare day number after a weekday ("Monday 21 at 3", "martes 24 a las 17:00",
# "mardi 24 à 10h", "Dienstag 24 um 9")
_BARE_DAY_END = (
    r"(?=\s*(?:$|[,;!?)\n]|\.(?!\d)|\b(?:at|from|between|or|and|works?|would|will|is|for|to"
    r"|a|à|um|ab|gegen|vers|dès|et|y|ou|o|oder|und|@)(?!\w)|@|\d{1,2}(?:[:.h]\d\d|\s*[ap]\.?m\b)))"
)


def _day_value(m: re.Match[str]) -> int:
    """The day number of a match with a "day" (digits) or "dayw" (written out) group."""
    if m["day"] is not None:
        return int(m["day"])
    return ORDINAL_WORDS[re.sub(r"[\s-]+", "-", m["dayw"].lower())]


_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d{2})(?![\d:]))?"
_ORD_OR_DAY = rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])|(?P<dayw>{ORDINAL_WORD}))"
# Month names in numeric-looking dates: "31-Oct-2026", "2026/aug/01", "Jun-15", "May/22".
_SEP_MONTH = rf"(?P<mon>{'|'.join(sorted(MONTHS, key=len, reverse=True))})"
_DATE_RES: list[re.Pattern[str]] = [
    # "March 6", "March 6th, 2026", "March the sixth", "february twenty second"
    re.compile(rf"\b{MONTH}\s+(?:the\s+)?{_ORD_OR_DAY}{_YEAR}", re.I),
    # "6 March", "6th of March", "6. März", "14april 2015", "the first of March"
    re.compile(
        rf"(?<![\d:./-])(?:the\s+)?\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.)?\s*(?:of\s+)?"
        rf"|(?P<dayw>{ORDINAL_WORD})\s+of\s+){MONTH}{_YEAR}",
        re.I,
    ),
    # US month/day; "2/3 of the team" is a fraction, not a date.
    re.compile(
        r"(?<![\w/.:-])(?P<m>\d{1,2})/(?P<day>\d{1,2})(?:/(?P<year>(?:19|20)?\d{2}))?"
        r"(?![\w/]|[.,]\d|\s+of\b)"
    ),
    re.compile(r"(?<![\w-])(?P<year>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<day>\d{1,2})\b(?!-)"),
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<m>\d{1,2})\.(?P<year>(?:19|20)?\d{2})\b(?![.\d])"),
    # German and Austrian day and month without a year: "am 20.3.", "Fr., 20.3., von 9:00"; only
    # after a word that leads a date there (not "Python 3.11.")
    re.compile(
        r"(?:(?<=\bam )|(?<=\bvom )|(?<=\bzum )|(?<=\bden )|(?<=\bbis )|(?<=\bab )|(?<=\bfür )"
        r"|(?<=, ))(?P<day>\d{1,2})\.(?P<m>\d{1,2})\.(?![\d])",
        re.I,
    ),
    # "31-Oct-2026", "31/Oct/74", "2026-aug-01", "Jun-15", "May/22"
    re.compile(
        rf"(?<![\w/.-])(?P<day>\d{{1,2}})[-/]{_SEP_MONTH}[-/](?P<year>(?:19|20)?\d{{2}})\b", re.I
    ),
    re.compile(rf"\b(?P<year>(?:19|20)\d{{2}})[-/]{_SEP_MONTH}[-/](?P<day>\d{{1,2}})\b", re.I),
    re.compile(rf"\b{_SEP_MONTH}[-/](?P<day>\d{{1,2}})\b(?![-/]\d)", re.I),
    # US month-day with a dash and a year: "10-31-2026"
    re.compile(
        r"(?<![\w/.:+-])(?P<m>\d{1,2})-(?P<day>\d{1,2})-(?P<year>(?:19|20)?\d{2})(?![\w/-]|[.,]\d)"
    ),
]
# "7.6", "7-6" or "7/6" are dates only with a weekday in front ("Friday 7.6"), and the weekday
# decides which number is the month.
_WEEKDAY_DATE_RE = re.compile(r"(?<![\w/.:-])(?P<m>\d{1,2})[.-](?P<day>\d{1,2})(?![\w/:-]|[.,]\d)")
_WEEKDAY_MODS = r"this\s+coming|this\s+past|next|this|coming|upcoming|following|last|previous|past"
_WEEKDAY_RE = re.compile(
    rf"\b(?:(?P<mod>{_WEEKDAY_MODS})\s+)?{WEEKDAY}(?P<after>\s+after\s+next)?", re.I
)
# Found by the weekday first, then the word before it: faster than trying every word.
_BARE_WEEKDAY_RE = re.compile(rf"\b{WEEKDAY}", re.I)
_WEEKDAY_MOD_RE = re.compile(rf"\b(?:{_WEEKDAY_MODS})\s+\Z", re.I)


# "segunda etapa" (pt): a weekday's name said as an ordinal, from the language modules
_NOT_DAYS_RE = lang.pattern("not_days")


def _weekday_matches(text: str) -> list[re.Match[str]]:
    out = []
    not_days = [n.span() for n in _NOT_DAYS_RE.finditer(text)] if lang.phrases("not_days") else []
    for b in _BARE_WEEKDAY_RE.finditer(text):
        if any(s <= b.start() < e for s, e in not_days):
            continue
        mod = _WEEKDAY_MOD_RE.search(text, max(0, b.start() - 20), b.start())
        m = _WEEKDAY_RE.match(text, mod.start() if mod else b.start())
        if m is None or m.end() < b.end():
            m = _WEEKDAY_RE.match(text, b.start())
        if m is not None:
            out.append(m)
    return out


# "Monday 21", "Tues 10th", "Wednesday the thirty-first": the weekday picks the month.
_WEEKDAY_DAY_RE = re.compile(
    rf"(?:(?P<n>\d{{1,2}})(?P<suf>st|nd|rd|th)\b|(?P<dw>{ORDINAL_WORD}))", re.I
)
_WEEKDAY_BARE_DAY_RE = re.compile(rf"(?P<n>\d{{1,2}})\b{_BARE_DAY_END}", re.I)
_RELATIVE_RE = re.compile(
    r"\b(?P<rel>(?:the\s+)?day\s+after\s+tomorrow|(?:the\s+)?day\s+before\s+yesterday|today"
    r"|tonight|tomorrow|tmrw|yesterday|this\s+(?:morning|afternoon|evening)"
    # today and tomorrow in the other languages read; not the morning of "por la mañana",
    # "guten Morgen", "heute Morgen", "Freitag morgen"
    r"|après-demain|aujourd['’]hui|demain|pasado\s+mañana|(?<!la\s)(?<!esta\s)(?<!por\s)"
    r"(?<!de\s)(?<!cada\s)mañana|hoy|ayer|übermorgen|heute|(?<!guten\s)(?<!heute\s)"
    r"(?<!gestern\s)(?<!am\s)(?<!jeden\s)(?<!den\s)(?<!einen\s)(?<!ganzen\s)(?<!tag\s)"
    r"(?<!woch\s)morgen|gestern"
    r"|depois\s+de\s+amanhã|amanhã|hoje|ontem)\b",
    re.I,
)
_RELATIVE_SHIFT = {
    "tomorrow": 1,
    "tmrw": 1,
    "yesterday": -1,
    "demain": 1,
    "après-demain": 2,
    "mañana": 1,
    "pasado mañana": 2,
    "ayer": -1,
    "morgen": 1,
    "übermorgen": 2,
    "gestern": -1,
    "amanhã": 1,
    "depois de amanhã": 2,
    "ontem": -1,
}
_WEEK_WORDS = r"next|this|last|previous|past|following|coming|current"
# "Wednesday next week", "next week on Tuesday", "Monday of this week", "last week's Sunday".
_WEEK_BEFORE_RE = re.compile(rf"\b(?P<which>{_WEEK_WORDS})\s+week(?:['’]s|\s+on)?[\s,–-]*\Z", re.I)
_WEEK_AFTER_RE = re.compile(
    rf"[\s,]*(?:(?:of|from|in)\s+)?(?:the\s+)?(?P<which>{_WEEK_WORDS})\s+week\b", re.I
)
_DAY_WEEK_RE = re.compile(r"\s+week\b(?!['’]s|\s+(?:of|on|after|before|from|ago))", re.I)
# "the 20th" alone is too often something else ("the 3rd round"): it needs a word before it.
_ORDINAL_RE = re.compile(
    r"\b(?:on|by|before|until|till|for|week\s+of),?\s+"
    rf"(?P<x>(?:the\s+)?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b|(?P<dayw>{ORDINAL_WORD})"
    r"(?=\s*(?:$|[,.;!?)\n]|\s(?:at|or|and|if|please|so|when)\b))))",
    re.I,
)
# "the 15th of next month", "20th day of this month"
_MONTH_WORDS = r"next|this|current|following|coming|last|previous"
_ORDINAL_OF_MONTH_RE = re.compile(
    rf"\b(?:the\s+)?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dayw>{ORDINAL_WORD}|last))\s+"
    rf"(?:day\s+)?(?:of|in)\s+(?:(?:the\s+)?(?P<which>{_MONTH_WORDS})\s+month\b|{MONTH}{_YEAR})",
    re.I,
)
# "the first Monday of March", "last Friday in October 2026", "the second Tuesday of next month"
_NTH_WEEKDAY_RE = re.compile(
    rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
    rf"{WEEKDAY}\s+(?:of|in)\s+(?:(?:the\s+)?(?:(?P<which>{_MONTH_WORDS})\s+)?month\b"
    rf"|{MONTH}{_YEAR})",
    re.I,
)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
_UNIT = r"(?P<unit>(?:business|working)\s+days?|days?|weeks?|fortnights?|months?|years?|yrs?)"
# "two days after today", "three weeks from tomorrow", "2 weeks before May 13", "a week on Friday"
_OFFSET_BEFORE_RE = re.compile(
    rf"\b(?P<n>{NUMBER})\s+{_UNIT}\s+(?P<dir>from|after|before|following|on)\s+\Z", re.I
)
# "three weeks from now", "a fortnight hence", "2 weeks ago"
_OFFSET_NOW_RE = re.compile(
    rf"\b(?P<n>{NUMBER})\s+{_UNIT}\s+(?P<dir>from\s+(?:right\s+)?now|hence|ago|back)\b", re.I
)
_OFFSET_BEFORE_NOW_RE = re.compile(rf"\b{NUMBER}\s+{_UNIT}\s+\Z", re.I)
_OFFSET_NOW_ANCHOR_RE = re.compile(r"\b(?:from\s+(?:right\s+)?now|hence|ago|back)\b", re.I)
# "quarta-feira, dia 08/04" (pt): "dia" stands between a weekday and its date
_JOIN_RE = re.compile(r"\s*,?\s*(?:dia\s+)?(?P<paren>\(\s*)?")
_CLOSE_RE = re.compile(r"\s*\)")
# A weekday written after its date: "Jul 18, Fri", "May 22 (Tue)".
_TRAILING_WEEKDAY_RE = re.compile(rf"\s*,?\s*(?P<paren>\(\s*)?{WEEKDAY}(?(paren)\s*\))", re.I)


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


def add_months(d: date, n: int) -> date:
    """d moved by n months, on the same day or the month's last when it has no such day."""
    y, m = divmod(d.month - 1 + n, 12)
    return min(
        d.replace(year=d.year + y, month=m + 1, day=1) + timedelta(days=d.day - 1),
        month_end(d.year + y, m + 1),
    )


def shift(d: date, n: int, unit: str) -> date:
    """d moved by n units ("days", "business days", "weeks", "fortnight", "months", "years")."""
    unit = unit.lower()
    if unit.startswith(("business", "working")):
        step = 1 if n >= 0 else -1
        for _ in range(abs(n)):
            d += timedelta(days=step)
            while d.weekday() >= 5:
                d += timedelta(days=step)
        return d
    if unit.startswith("day"):
        return d + timedelta(days=n)
    if unit.startswith("week"):
        return d + timedelta(days=7 * n)
    if unit.startswith("fortnight"):
        return d + timedelta(days=14 * n)
    if unit.startswith("month"):
        return add_months(d, n)
    return add_months(d, 12 * n)


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


def day_on_weekday(ref: date, day: int, weekday: int, near_only: bool = False) -> date | None:
    """The day-th of a month that falls on weekday ("Tues 10th"): the nearest within two months
    either way, the coming one first; else (unless near_only) the next one after that; None if
    there is none."""
    found = []
    for k in range(-2, 14):
        y, m = divmod(ref.month - 1 + k, 12)
        try:
            d = date(ref.year + y, m + 1, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            found.append(d)
    near = [d for d in found if abs((d - ref).days) <= 62]
    if near:
        ahead = [d for d in near if d >= ref]
        return min(ahead) if ahead else max(near)
    return None if near_only else min((d for d in found if d >= ref), default=None)


def _weekday_day(ref: date, wd: int, mod: str, after_next: bool) -> date:
    """The day a weekday names: "Friday" and "this (coming) Friday" are the next one after ref;
    "next" and "following" name the one in next week (Monday-Sunday weeks, so at the weekend the
    coming one); "last" and "previous" the one in last week; "past" the latest before ref."""
    mod = " ".join(mod.lower().split())
    if mod in ("next", "following"):
        day = monday(ref) + timedelta(days=7 + wd)
    elif mod in ("last", "previous"):
        day = monday(ref) + timedelta(days=wd - 7)
    elif mod in ("past", "this past"):
        day = ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
    else:
        day = next_weekday(ref, wd)
    return day + timedelta(days=7 * after_next)


def _week_shift(which: str) -> int:
    which = which.lower()
    if which in ("next", "following", "coming"):
        return 7
    return -7 if which in ("last", "previous", "past") else 0


def _month_of(which: str | None, ref: date) -> tuple[int, int]:
    """(year, month) of "this/next/last month"."""
    step = {"next": 1, "following": 1, "coming": 1, "last": -1, "previous": -1}
    y, m = divmod(ref.month - 1 + step.get((which or "this").lower(), 0), 12)
    return ref.year + y, m + 1


def full_year(year: str, ref: date) -> int:
    """A written year; two digits are this century's unless that is over 20 years ahead."""
    if len(year) == 4:
        return int(year)
    full = 2000 + int(year)
    return full if full <= ref.year + 20 else full - 100


def _date_of(
    m: re.Match[str], ref: date, weekday: int | None, day_first: bool = False
) -> date | None:
    """The date a date match names. Numbers alone may be month/day or day/month: the order the
    form usually has (month first with "/" and "-" where the writer is in North America, day
    first with "." and everywhere else: `day_first`) unless it is impossible or a weekday named
    with it fits only the other."""
    groups = m.groupdict()
    if groups.get("mon") is not None:
        # "may" and "march" are words too, but not next to a day number ("march 3", "3 may")
        if groups.get("day") is None and not word_ok(m["mon"]):
            return None
        orders = [(MONTHS[m["mon"].lower().rstrip(".")], _day_value(m))]
    else:
        # a and b as written; ISO (year first) is always year-month-day
        (_, a), (_, b) = sorted([(m.start("m"), int(m["m"])), (m.start("day"), int(m["day"]))])
        iso = groups.get("year") is not None and m.start("year") < m.start("m")
        if iso:
            orders = [(a, b)]
        elif "." in m[0] or day_first:
            orders = [(b, a), (a, b)]
        else:
            orders = [(a, b), (b, a)]
    year = groups.get("year")
    picks = []
    for month, day in orders:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if year is None:
            d = infer_year(month, day, ref, weekday)
        else:
            try:
                d = date(full_year(year, ref), month, day)
            except ValueError:
                d = None
        if d is not None:
            picks.append(d)
    fits = [d for d in picks if weekday is not None and d.weekday() == weekday]
    if fits:
        return min(fits, key=lambda d: abs((d - ref).days))
    return picks[0] if picks else None


def scan_days(
    text: str, ref: date, skip: list[tuple[int, int]], day_first: bool = False
) -> list[DayExpr]:
    """Every day expression in text outside the skip spans, resolved against ref, in text order.

    A weekday directly followed (or preceded) by a date ("Friday, March 6", "Wednesday (4
    March)", "Jul 18, Fri") is one expression: the date decides, and the weekday picks between
    years, or between day/month and month/day. A bare weekday is the next such day strictly
    after ref ("next Friday": the one in next week). An offset before a day ("three weeks from
    tomorrow") or after a number ("two weeks from now") moves it.

    The same text is often scanned from several places (times, windows, the annotation): the
    last few answers are kept.
    """
    return list(_scan_days(text, ref, tuple(skip), day_first))


# Cheap tests that let most texts skip most patterns: a date with a month name needs a month
# name somewhere, a relative day one of a few words.
_ANY_MONTH_RE = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})(?![^\W\d_])", re.I
)


def has_month_name(text: str) -> bool:
    """Whether text may name a month (a cheap test before the costlier patterns)."""
    return _ANY_MONTH_RE.search(text) is not None


_DATE_NEEDS = ["month", "month", "/", "-", ".", ".", "month", "month", "month", "-"]
_RELATIVE_NEEDS = (
    "tod",
    "ton",
    "tom",
    "tmrw",
    "yesterday",
    "this ",
    "aujourd",
    "demain",
    "hoy",
    "mañana",
    "ayer",
    "heute",
    "morgen",
    "gestern",
    "hoje",
    "amanhã",
    "ontem",
)
_OFFSET_NEEDS = ("now", "hence", "ago", "back")


@lru_cache(maxsize=256)
def _scan_days(
    text: str, ref: date, skip: tuple[tuple[int, int], ...], day_first: bool
) -> tuple[DayExpr, ...]:
    def free(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e in skip)

    low = text.lower()
    has_month = has_month_name(text)
    weekdays = [w for w in _weekday_matches(text) if word_ok(w["wd"]) and free(*w.span())]
    # Where a date would have to start to join the weekday before it, and how the two join.
    joins = {j.end(): (w, j) for w in weekdays if (j := _JOIN_RE.match(text, w.end()))}
    found: list[DayExpr] = []
    gated = [
        rx
        for rx, need in zip(_DATE_RES, _DATE_NEEDS, strict=True)
        if (has_month if need == "month" else need in text)
    ]
    for rx in [*gated, *([_WEEKDAY_DATE_RE] if joins else [])]:
        for m in rx.finditer(text):
            if not free(*m.span()):
                continue
            start, end, wd = m.start(), m.end(), None
            joined = start in joins
            if joined:
                w, j = joins[start]
                start, wd = w.start(), WEEKDAYS[w["wd"].lower().rstrip(".")]
                if j["paren"] and (c := _CLOSE_RE.match(text, end)):
                    end = c.end()
            elif (t := _TRAILING_WEEKDAY_RE.match(text, end)) is not None and word_ok(t["wd"]):
                end, wd = t.end(), WEEKDAYS[t["wd"].lower().rstrip(".")]
            d = _date_of(m, ref, wd, day_first)
            if rx is _WEEKDAY_DATE_RE and (
                d is None or not joined or d.weekday() != wd or abs((d - ref).days) > 45
            ):
                # "Friday 7.6" only when the weekday fits a day near ref; "Monday 3-8" are hours
                continue
            if d is not None:
                found.append(DayExpr(start, end, d, "date"))
    for w in weekdays:
        wd, start, end = WEEKDAYS[w["wd"].lower().rstrip(".")], w.start(), w.end()
        day = _weekday_day(ref, wd, w["mod"] or "", bool(w["after"]))
        if (b := _WEEK_BEFORE_RE.search(text, max(0, start - 24), start)) is not None:
            start, which = b.start(), b["which"]
        elif (a := _WEEK_AFTER_RE.match(text, end)) is not None:
            end, which = a.end(), a["which"]
        elif (a := _DAY_WEEK_RE.match(text, end)) is not None:
            # "Friday week" (British): the day a week after the next such day
            end, which, day = a.end(), "", day + timedelta(days=7)
        else:
            which = ""
        if which:
            day = monday(ref) + timedelta(days=wd + _week_shift(which))
        found.append(DayExpr(start, end, day, "weekday"))
        if w["after"] is None and (d_of := _weekday_and_number(text, w.end(), wd, ref)):
            found.append(DayExpr(w.start(), d_of[1], d_of[0], "date"))
        j = _JOIN_RE.match(text, w.end())
        o = _OFFSET_NOW_RE.match(text, j.end() if j else w.end())
        if o is not None and o["dir"].lower().startswith(("from", "hence")):
            # "Monday two weeks from now": that week's Monday
            target = shift(ref, number_value(o["n"]), o["unit"])
            found.append(DayExpr(w.start(), o.end(), monday(target) + timedelta(days=wd), "date"))
    for m in _RELATIVE_RE.finditer(text) if any(w in low for w in _RELATIVE_NEEDS) else ():
        if free(*m.span()):
            rel = " ".join(m["rel"].lower().split())
            shift_by = _RELATIVE_SHIFT.get(rel, 0)
            if rel.endswith("after tomorrow"):
                shift_by = 2
            elif rel.endswith("before yesterday"):
                shift_by = -2
            found.append(DayExpr(m.start(), m.end(), ref + timedelta(days=shift_by), "relative"))
    for m in _ORDINAL_RE.finditer(text):
        if free(*m.span()) and (d := _ordinal_day(ref, _day_value(m))) is not None:
            # "by the 20th" leaves "by" to the caller.
            found.append(DayExpr(m.start("x"), m.end("x"), d, "ordinal"))
    for m in _ORDINAL_OF_MONTH_RE.finditer(text) if has_month or "month" in low else ():
        if free(*m.span()) and (d := _day_of_month(m, ref)) is not None:
            found.append(DayExpr(m.start(), m.end(), d, "date"))
    for m in _NTH_WEEKDAY_RE.finditer(text) if weekdays else ():
        if free(*m.span()) and word_ok(m["wd"]) and (d := _nth_weekday(m, ref)) is not None:
            found.append(DayExpr(m.start(), m.end(), d, "date"))
    for anchor in (
        _OFFSET_NOW_ANCHOR_RE.finditer(text) if any(w in low for w in _OFFSET_NEEDS) else ()
    ):
        # the anchor word first ("ago"), then the number and unit before it
        num = _OFFSET_BEFORE_NOW_RE.search(text, max(0, anchor.start() - 40), anchor.start())
        offset = _OFFSET_NOW_RE.match(text, num.start()) if num else None
        if offset is not None and free(*offset.span()):
            sign = -1 if offset["dir"].lower() in ("ago", "back") else 1
            count = number_value(offset["n"]) * sign
            day = shift(ref, count, offset["unit"])
            found.append(DayExpr(offset.start(), offset.end(), day, "relative"))
    days = longest_first(found, lambda x: (x.start, x.end))
    moved = []
    for expr in days:
        before = _OFFSET_BEFORE_RE.search(text, max(0, expr.start - 40), expr.start)
        if before is None or (
            before["dir"].lower() == "on" and not before["unit"].lower().startswith("week")
        ):
            continue
        if re.search(r"\bfor\s+\Z", text[max(0, before.start() - 8) : before.start()], re.I):
            continue  # "for 3 days from today" is a span, not a day
        count = number_value(before["n"]) * (-1 if before["dir"].lower() == "before" else 1)
        day = shift(expr.day, count, before["unit"])
        moved.append(DayExpr(before.start(), expr.end, day, "relative"))
    return tuple(longest_first(days + moved, lambda x: (x.start, x.end)) if moved else days)


def _weekday_and_number(text: str, pos: int, wd: int, ref: date) -> tuple[date, int] | None:
    """The date of "Monday 21", "Tues 10th", "Wednesday the thirty-first" whose weekday ends at
    pos, and where the expression ends; None when no day number follows."""
    j = _JOIN_RE.match(text, pos)
    pos = j.end() if j else pos
    # "Tuesday the 7th"; "jeudi le 19", "martes el 7", "Donnerstag, den 19.": a bare number
    # after the article of a language that writes days so
    the = re.match(r"(the|le|el|den)\s+", text[pos:], re.I)
    after = pos + (the.end() if the else 0)
    n = _WEEKDAY_DAY_RE.match(text, after)
    if n is None and (the is None or the.group(1).lower() != "the"):
        n = _WEEKDAY_BARE_DAY_RE.match(text, after)
    if n is None:
        return None
    number = int(n["n"]) if n["n"] else ORDINAL_WORDS[re.sub(r"[\s-]+", "-", n["dw"].lower())]
    # a bare number ("Monday 21") is weak evidence: only a day near ref
    bare = n["n"] is not None and not n.groupdict().get("suf")
    d = day_on_weekday(ref, number, wd, near_only=bare)
    if d is None and n.groupdict().get("suf"):
        d = _ordinal_day(ref, number)
    return (d, n.end()) if d is not None else None


def _named_month(m: re.Match[str], ref: date) -> tuple[int, int] | None:
    """(year, month) of a match naming a month ("March", "October 2026", "next month")."""
    if m["mon"] is None:
        return _month_of(m["which"], ref)
    if not word_ok(m["mon"]):
        return None
    month = MONTHS[m["mon"].lower().rstrip(".")]
    if m["year"]:
        return int(m["year"]), month
    anchor = infer_year(month, 15, ref)
    return (anchor.year, month) if anchor is not None else None


def _day_of_month(m: re.Match[str], ref: date) -> date | None:
    """The date of "the 15th of next month", "the third day of October", "the last day of May"."""
    if (named := _named_month(m, ref)) is None:
        return None
    year, month = named
    last = month_end(year, month)
    if m["dayw"] is not None and m["dayw"].lower() == "last":
        return last
    day = _day_value(m)
    return date(year, month, day) if day <= last.day else None


def _nth_weekday(m: re.Match[str], ref: date) -> date | None:
    """The date of "the first Monday of March" or "the last Friday of next month"."""
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    if (named := _named_month(m, ref)) is None:
        return None
    year, month = named
    nth = _NTH.get(m["nth"].lower(), 0) or int(m["nth"][0])
    if nth < 0:
        last = month_end(year, month)
        return last - timedelta(days=(last.weekday() - wd) % 7)
    first = date(year, month, 1)
    d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
    return d if d.month == month else None


def longest_first(items: list[T], span: Callable[[T], tuple[int, int]]) -> list[T]:
    """Items without overlaps, in text order; of overlapping ones the earliest, then longest."""
    kept: list[T] = []
    last_end = -1
    for item in sorted(items, key=lambda x: (span(x)[0], -span(x)[1])):
        if span(item)[0] >= last_end:
            kept.append(item)
            last_end = span(item)[1]
    return kept
