"""The words of each language, one module per language; the logic that reads them is not here.

A language module defines `WORDS = Words(...)`. This package finds every module beside it, so
adding a language is adding a file (and its tests). `pattern(field)` compiles one alternation of
that field's phrases over every language, once; `table(field)` merges the dictionaries (month and
weekday names). Phrases are regular-expression fragments, matched case-insensitively as whole words
(no named groups; a phrase starts and ends with a word character).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass, field, fields
from functools import cache
from types import MappingProxyType
from typing import Any, Literal

Phrases = tuple[str, ...]

# the standard library's own parser of regular expressions (private, and stable since 3.11)
_sre_parser: Any = importlib.import_module("re._parser")
_sre_constants: Any = importlib.import_module("re._constants")

PhraseField = Literal[
    "reply_prefixes",
    "calendar_prefixes",
    "quote_headers",
    "sign_offs",
    "thanks",
    "job_words",
    "weak_job_words",
    "title_heads",
    "recruiting_titles",
    "hr_titles",
    "coordinator_titles",
    "assistant_titles",
    "career_talk",
    "introductions",
    "social_meetings",
    "meeting_nouns",
    "proposal_cues",
    "accept_cues",
    "confirm_cues",
    "decline_cues",
    "cancel_cues",
    "missed_cues",
    "move_cues",
    "not_joining",
    "joining",
    "participants_before",
    "participants_after",
    "commitments",
    "news_events",
    "passive_news",
    "asks_of_you",
    "no_news_means_no",
    "from_meeting",
    "lengths",
    "rejections",
    "offers",
    "hiring_side",
    "candidate_side",
    "to_a_candidate",
    "from_a_candidate",
    "advice_sought",
    "errands",
    "logistics",
    "other_interviews",
    "press_context",
    "hiring_context",
    "internal_work",
    "deadline_words",
    "week_of",
    "applying",
    "resume_files",
    "auto_reply_subjects",
    "out_of_office",
    "phone_calls",
    "notice_subjects",
    "role_nouns",
    "client_words",
    "organisation_words",
    "agency_names",
    "not_days",
]


@dataclass(frozen=True)
class Words:
    """One language's vocabulary. Every field is optional: a language may know only its thanks."""

    code: str
    months: MappingProxyType[str, int] = field(default_factory=lambda: MappingProxyType({}))
    weekdays: MappingProxyType[str, int] = field(default_factory=lambda: MappingProxyType({}))
    # a part of a day said instead of a time ("Tues arvo"), and the hour it stands for
    day_parts: MappingProxyType[str, int] = field(default_factory=lambda: MappingProxyType({}))
    # short forms that are also ordinary words ("sat", "may"): dates only when capitalised
    needs_capital: frozenset[str] = frozenset()
    # a weekday's name said as another word: the ordinal in "segunda etapa" (pt), read where
    # one of these phrases starts at it or covers it
    not_days: Phrases = ()
    reply_prefixes: Phrases = ()  # "Re", "AW": before a colon at the start of a subject
    calendar_prefixes: Phrases = ()  # "Invitation", "Updated invitation": a calendar's subject
    quote_headers: Phrases = ()  # the line that starts a quoted reply ("On ... wrote:")
    sign_offs: Phrases = ()  # the line before a signature ("Best regards,")
    thanks: Phrases = ()  # a message that thanks someone
    job_words: Phrases = ()  # words only a hiring process uses
    weak_job_words: Phrases = ()  # words a hiring process uses among others ("role")
    title_heads: Phrases = ()  # the last word of a job title ("engineer", "nurse")
    recruiting_titles: Phrases = ()  # a sender who recruits ("talent partner")
    hr_titles: Phrases = ()  # a sender in HR, who may recruit or may not ("HR business partner")
    coordinator_titles: Phrases = ()  # a sender who schedules interviews ("coordinator")
    # a sender who schedules for someone, whatever the meeting ("executive assistant")
    assistant_titles: Phrases = ()
    career_talk: Phrases = ()  # talk about someone's career, search or field
    introductions: Phrases = ()  # one person introducing two others
    social_meetings: Phrases = ()  # coffee, lunch, drinks
    meeting_nouns: Phrases = ()  # call, interview, chat, visit
    proposal_cues: Phrases = ()  # "would ... work", "are you free"
    accept_cues: Phrases = ()  # "works for me", "see you then"
    confirm_cues: Phrases = ()  # "this confirms", "is booked"
    decline_cues: Phrases = ()  # "I can't make", "doesn't work"
    cancel_cues: Phrases = ()  # "we need to cancel"
    missed_cues: Phrases = ()  # after the time: "sorry I missed our call", "no-show"
    move_cues: Phrases = ()  # "reschedule", "push it back"
    not_joining: Phrases = ()  # "I won't be joining"
    joining: Phrases = ()  # "with me", "I'll be on the call"
    participants_before: Phrases = ()  # words before the people met: "you'll meet", "panel:"
    participants_after: Phrases = ()  # words after them: "will interview you"
    commitments: Phrases = ()  # "I'll", "we will", "aim to"
    news_events: Phrases = ()  # "get back to you", "let you know", "decide"
    passive_news: Phrases = ()  # "you will be notified", "a decision will be made"
    asks_of_you: Phrases = ()  # "please", "could you", "let me know"
    no_news_means_no: Phrases = ()  # "if you have not heard from us by ..."
    from_meeting: Phrases = ()  # a window counted from the meeting: "within 48 hours of your final"
    lengths: Phrases = ()  # the unit that ends a window counted in time: "two weeks", "48 hours"
    rejections: Phrases = ()
    offers: Phrases = ()
    hiring_side: Phrases = ()  # the reader is the one who interviews candidates
    candidate_side: Phrases = ()  # the reader is the candidate, when the other side says it
    # said to a candidate about their own process ("your interview"): from the other side the
    # user is the candidate; from the user, the one they write to is
    to_a_candidate: Phrases = ()
    # said by a candidate about their own process ("my interview with"): from the user, the user
    # is the candidate; from the other side, the user interviewed them
    from_a_candidate: Phrases = ()
    # someone asking for advice on their own career ("could you advise how I should prepare"):
    # from the user, the user is the one searching; from the other side, the user is the adviser
    advice_sought: Phrases = ()
    errands: Phrases = ()  # appointments, orders, bills: life, not a job search
    logistics: Phrases = ()  # things booked for a time that are not meetings (a courier pickup)
    other_interviews: Phrases = ()  # "interview" in another sense (press, parent-teacher)
    press_context: Phrases = ()  # words around an interview that is not for a job (a reporter)
    hiring_context: Phrases = ()  # words around an interview for a job (a candidate, a résumé)
    internal_work: Phrases = ()  # the work of the job the user has now (standup, rota)
    deadline_words: Phrases = ()  # "by", "before", "bis": a day named as a deadline
    week_of: Phrases = ()  # "la semaine du", "der Woche vom": the week a day opens
    applying: Phrases = ()  # the user's own words that apply: "I would like to be considered for"
    resume_files: Phrases = ()  # a résumé or cover letter's file name: "cv", "lebenslauf"
    auto_reply_subjects: Phrases = ()  # an automatic reply's subject: "Automatic reply"
    out_of_office: Phrases = ()  # an out-of-office's words: "out of the office until"
    phone_calls: Phrases = ()  # news by telephone: "I'll call you", "give you a ring"
    # an ATS's or scheduler's subject head, before a colon: "Interview confirmed"
    notice_subjects: Phrases = ()
    role_nouns: Phrases = ()  # what a job is called after its title: "the X role", "poste de X"
    client_words: Phrases = ()  # an agency's word for the company it hires for: "my client"
    # the last words of an organisation's name: "St. Mary's Medical Center", "Alpine Credit Union"
    organisation_words: Phrases = ()
    agency_names: Phrases = ()  # words of a recruitment agency's name: "Search", "Talent"
    # words only this language's mail is full of ("vous", "bitte"): two of them, and a date
    # like 10/03 is read the way the language writes it
    markers: Phrases = ()
    day_first: bool = True  # 10/03 is the 10th of March (English: month first where ambiguous)
    # a named span of days and how English reads it: ("la semaine prochaine", "next_week");
    # the readings are those of daemon.infer.dates._READINGS
    periods: tuple[tuple[str, str], ...] = ()
    # the short words every sentence of the language is made of ("the", "vous", "und"), lower
    # case: counted to tell which language a message is written in (daemon/drafting/language.py)
    function_words: str = ""  # space-separated


def _languages() -> tuple[Words, ...]:
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        words = getattr(module, "WORDS", None)
        if not isinstance(words, Words):
            raise TypeError(f"{module.__name__} defines no WORDS = Words(...)")
        found.append(words)
    return tuple(found)


LANGUAGES: tuple[Words, ...] = _languages()


@cache
def phrases(name: PhraseField) -> tuple[str, ...]:
    """Every language's phrases for one field, longest first (so alternation prefers them)."""
    out: list[str] = []
    for words in LANGUAGES:
        out += getattr(words, name)
    return tuple(sorted(dict.fromkeys(out), key=len, reverse=True))


# "or" in the languages read: two days or times with it between them are a choice
OR_WORDS = r"or|o|ou|oder"


@cache
def pattern(name: PhraseField) -> re.Pattern[str]:
    """One case-insensitive pattern matching any language's phrase for the field, as words."""
    return compile_phrases(phrases(name))


def compile_phrases(items: tuple[str, ...]) -> re.Pattern[str]:
    """An alternation of phrases, each matched as whole words; a space in a phrase matches any
    run of white space (mail is wrapped), an optional space (" ?") any or none."""
    alternatives = [spaced(p) for p in items]
    body = by_first_character(alternatives) or r"(?!x)x"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


# The characters phrases start with, lower case: under IGNORECASE no character matches two of
# them (tests check it over every code point), so at most one of the groups below can start at
# any place
_DISPATCHED = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'’àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿß")
_GROUPED_FROM = 8  # fewer phrases than this are one plain alternation


def by_first_character(alternatives: list[str]) -> str:
    """The alternation of `alternatives`, grouped by the character each can start with, with the
    same matches: `re` tries every alternative at every word's start, and a field has up to
    150 of them; grouped, it looks at one character, then at the few phrases starting with it.

    Each group is `(?=(?i:c))(?:...)`, holding, in their order, the phrases that can start with
    `c` and those whose first character was not worked out (these also end the alternation,
    for the places no group's character is at). Only phrases that can match where the group's
    character is are left out of a group, so the first alternative to match is the same one.

    Example::

        >>> by_first_character(["job offer", "interview", "(?:a )?role", "jobs"])
        '(?:job offer)|(?:interview)|(?:(?:a )?role)|(?:jobs)'
    """
    if len(alternatives) < _GROUPED_FROM:
        return "|".join(f"(?:{a})" for a in alternatives)
    firsts = [_first_characters(a) for a in alternatives]
    if any(f == _CAPTURES for f in firsts):
        # a numbered group repeated in several groups would renumber the groups after it
        return "|".join(f"(?:{a})" for a in alternatives)
    keys = sorted({k for f in firsts if f is not None for k in f})
    groups = []
    for key in keys:
        members = [a for a, f in zip(alternatives, firsts, strict=True) if f is None or key in f]
        if len(members) == 1 and firsts[alternatives.index(members[0])] == frozenset(key):
            groups.append(f"(?:{members[0]})")  # it starts with `key`: no need to look first
            continue
        groups.append(f"(?=(?i:{key}))(?:" + "|".join(f"(?:{a})" for a in members) + ")")
    unknown = [a for a, f in zip(alternatives, firsts, strict=True) if f is None]
    if unknown:
        groups.append("(?:" + "|".join(f"(?:{a})" for a in unknown) + ")")
    return "|".join(groups)


_CAPTURES: frozenset[str] = frozenset({"(capturing group)"})


def _first_characters(alternative: str) -> frozenset[str] | None:
    """The lower-case characters (letters, accented ones too, digits, apostrophes) a match of
    the regular expression can start with; None when it may start with anything else or could
    not be worked out; `_CAPTURES` when it has a numbered group."""
    try:
        parsed = _sre_parser.parse(alternative, re.IGNORECASE)
    except Exception:  # a fragment that does not parse alone: leave it ungrouped
        return None
    if parsed.state.groups > 1:
        return _CAPTURES
    return _first_of(list(parsed.data))


def _first_of(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    found, may_be_empty = _starts(items)
    return None if found is None or may_be_empty else found


def _starts(items: list[tuple[Any, Any]]) -> tuple[frozenset[str] | None, bool]:
    """What a match of the parsed sequence can start with (None: not worked out), and whether it
    can match nothing at all. Zero-width assertions only narrow where a match starts, and are
    passed over."""
    c = _sre_constants
    found: set[str] = set()
    for op, arg in items:
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue
        if op is c.LITERAL:
            one, empty = _dispatched(chr(arg)), False
        elif op is c.IN:
            chars = [_dispatched(chr(a)) if o is c.LITERAL else None for o, a in arg]
            one = None if None in chars else frozenset().union(*chars)  # type: ignore[arg-type]
            empty = False
        elif op is c.BRANCH:
            branches = [_starts(list(b)) for b in arg[1]]
            sets = [b[0] for b in branches]
            one = None if None in sets else frozenset().union(*sets)  # type: ignore[arg-type]
            empty = any(b[1] for b in branches)
        elif op is c.SUBPATTERN:
            group, add_flags, del_flags, inner = arg
            if group is not None or add_flags or del_flags:
                return None, False
            one, empty = _starts(list(inner))
        elif op is c.MAX_REPEAT or op is c.MIN_REPEAT:
            one, empty = _starts(list(arg[2]))
            empty = empty or arg[0] == 0
        else:
            return None, False
        if one is None:
            return None, False
        found |= one
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _dispatched(char: str) -> frozenset[str] | None:
    low = char.lower()
    return frozenset(low) if low in _DISPATCHED else None


def spaced(phrase: str) -> str:
    """A phrase as its pattern matches it in mail: a space matches any run of white space, an
    optional space (" ?") any or none; spaces inside a character class stay as they are."""
    out, in_class = [], False
    i = 0
    while i < len(phrase):
        ch = phrase[i]
        if ch == "\\":
            out.append(phrase[i : i + 2])
            i += 2
            continue
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        if ch == " " and not in_class:
            if phrase[i + 1 : i + 2] == "?":
                out.append(r"\s*")
                i += 2
                continue
            out.append(r"\s+")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


@cache
def table(name: Literal["months", "weekdays", "day_parts"]) -> MappingProxyType[str, int]:
    """Month or weekday names of every language, lower-cased, to their numbers."""
    merged: dict[str, int] = {}
    for words in LANGUAGES:
        merged.update(getattr(words, name))
    return MappingProxyType(merged)


@cache
def needs_capital() -> frozenset[str]:
    return frozenset().union(*(w.needs_capital for w in LANGUAGES))


def phrase_fields() -> list[str]:
    """The names of the phrase fields (for tests that check every language's patterns)."""
    return [f.name for f in fields(Words) if f.type in ("Phrases", Phrases)]


def writes_day_first(text: str) -> bool:
    """The text is in a language that writes the day before the month (two of its marker words
    are there)."""
    for words in LANGUAGES:
        if words.day_first and words.markers:
            found = {m.group(0).lower() for m in _markers(words.code).finditer(text)}
            if len(found) >= 2:
                return True
    return False


@cache
def _markers(code: str) -> re.Pattern[str]:
    words = next(w for w in LANGUAGES if w.code == code)
    return compile_phrases(words.markers)
