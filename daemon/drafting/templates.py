"""What every draft body shares: the greeting, the signature, and days said in words.

Each kind's own wording is in its module (daemon/followups/), built the way DOMAIN.md says a
good note is built. A thank-you: thanks for their time; at most three reasons the user fits;
interest, the next follow-up the user will make, thanks again; full contact details. A later
follow-up: a pleasantry; where things were left; something of value; the user's own next step.
A slot we cannot fill is left as a plain `[add: ...]` marker for the user and reported by the
lint. How the user greets and signs off to one person is read from the thread
(daemon/drafting/voice.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timedelta, tzinfo

from daemon.config import User
from daemon.infer.dates import add_business_days
from daemon.infer.people import first_name
from daemon.model import Address, Message

# Zones of the United States and Canada, where a date is written "Wednesday, March 25"; the
# rest of the English-writing world writes "Wednesday 25 March".
_NORTH_AMERICA = re.compile(
    r"^(US/|Canada/|America/(New_York|Chicago|Denver|Phoenix|Los_Angeles|Anchorage|Juneau|"
    r"Sitka|Yakutat|Nome|Metlakatla|Adak|Boise|Detroit|Indiana/|Kentucky/|North_Dakota/|"
    r"Menominee|Louisville|Indianapolis|Toronto|Montreal|Vancouver|Edmonton|Winnipeg|Halifax|"
    r"St_Johns|Regina|Swift_Current|Moncton|Glace_Bay|Goose_Bay|Whitehorse|Dawson|Yellowknife|"
    r"Iqaluit|Rankin_Inlet|Resolute|Cambridge_Bay|Inuvik|Atikokan|Creston|Fort_Nelson|"
    r"Dawson_Creek|Thunder_Bay|Nipigon|Rainy_River|Pangnirtung)|Pacific/Honolulu|"
    r"(EST5EDT|CST6CDT|MST7MDT|PST8PDT)$)"
)


def greeting(to: Address) -> str:
    """'Dear Dana,' (the first name), or a slot to fill when no name is known."""
    name = first_name(to)
    return f"Dear {name}," if name else "Dear [add: their name],"


def signature(user: User, sender_email: str) -> str:
    """The user's name, signature lines, phone and the address the draft is sent from."""
    lines = [user.name]
    lines += [ln for ln in user.signature.splitlines() if ln.strip()]
    if user.phone:
        lines.append(user.phone)
    lines.append(sender_email)
    return "\n".join(lines)


def day_phrase(start: datetime, tz: tzinfo, now: datetime) -> str:
    """'today', 'yesterday' or 'on Thursday 5 March' (in the US and Canada 'on Thursday,
    March 5'), as seen from `now` in the user's zone."""
    day = start.astimezone(tz).date()
    today = now.astimezone(tz).date()
    if day == today:
        return "today"
    if day == today - timedelta(days=1):
        return "yesterday"
    return f"on {weekday_date(day, tz)}"


def north_american(tz: tzinfo | None) -> bool:
    """Whether the user's zone is in the United States or Canada (month before day)."""
    return bool(_NORTH_AMERICA.match(str(getattr(tz, "key", "") or "")))


# How the draft being written says a day: month first ("Friday, March 6") or day first, as
# the people it answers write their dates; None where they write none (the user's zone then
# decides). Set around one draft's words by `dates_as`, read by `weekday_date`.
_MONTH_FIRST: ContextVar[bool | None] = ContextVar("month_first", default=None)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_MONTH_DAY = re.compile(rf"\b{_MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?\b(?!:)")
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTHS}\b")
# where a reply's own words end and the mail it quotes begins
_QUOTED = re.compile(r"^(?:>|On .{4,120} wrote:|From: |-+ ?Original Message|_{10,})", re.MULTILINE)


def month_first_in(messages: Iterable[Message], mine: frozenset[str]) -> bool | None:
    """Whether the other side of a thread writes its English dates month first ("Friday,
    March 20") rather than day first ("Friday 20 March"), in their own words (not the mail
    they quote); None when they write neither more."""
    first = last = 0
    for msg in messages:
        if msg.sender is None or msg.sender.email.lower() in mine or msg.in_sent_folder:
            continue
        own = _QUOTED.split(msg.text, maxsplit=1)[0]
        first += len(_MONTH_DAY.findall(own))
        last += len(_DAY_MONTH.findall(own))
    return None if first == last else first > last


@contextmanager
def dates_as(month_first: bool | None) -> Iterator[None]:
    """Days written, inside the block, in the style given (None: by the user's zone)."""
    token = _MONTH_FIRST.set(month_first)
    try:
        yield
    finally:
        _MONTH_FIRST.reset(token)


def weekday_date(day: date, tz: tzinfo | None = None) -> str:
    """A day as its reader writes it: 'Thursday 5 March', or 'Thursday, March 5' when the
    thread's other side writes month first (`dates_as`), or, where it writes no date, when the
    user's zone `tz` is in the United States or Canada.

    >>> from zoneinfo import ZoneInfo
    >>> weekday_date(date(2026, 3, 25), ZoneInfo("America/Toronto"))
    'Wednesday, March 25'
    >>> weekday_date(date(2026, 3, 25), ZoneInfo("Europe/London"))
    'Wednesday 25 March'
    """
    style = _MONTH_FIRST.get()
    if north_american(tz) if style is None else style:
        return f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}"
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B')}"


def business_days_on(now: datetime, tz: tzinfo, days: int) -> str:
    """The weekday `days` business days after today, in words: when the user says they will
    check in again."""
    return weekday_date(add_business_days(now.astimezone(tz).date(), days), tz)


def sentence(text: str) -> str:
    """A piece of the user's profile as one sentence: stripped, ending in exactly one full
    stop (or its own ! or ?).

    >>> sentence("I finished the course..  ")
    'I finished the course.'
    >>> sentence("I shipped it")
    'I shipped it.'
    """
    text = text.strip()
    if text.endswith("..."):
        return text
    text = text.rstrip(". ")
    return text if text.endswith(("!", "?")) or not text else text + "."


# windows said without a day, the most precise first ("this week ... early next week": the
# promise is the second)
_VAGUE_WINDOWS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(early|late|mid)[- ]next week\b",
        r"\b(by |before )?(the )?end of (the |this |next )?(day|week|month)\b",
        r"\bwithin (a|one|two|three|\d+|the next (couple of|few|\w+)) (business |working )?"
        r"(days?|weeks?)\b",
        r"\b(in the next|in a) (couple of|few) (days|weeks)\b|\b(over|in) the (coming|next) "
        r"(few )?(days|weeks)\b",
        r"\bwithin (the|a) fortnight\b|\bin the next fortnight\b",
        r"\bnext week\b",
        r"\bthis week\b",
    )
)
_LOOSE = 5  # the windows from here on ("next week", "this week") yield to a named day
_BY_DAY = re.compile(
    r"\b(?:by|before|until|till|no later than)\s+(?:the\s+)?(?:end of\s+)?"
    r"(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)",
    re.IGNORECASE,
)


_NAMED_DAY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\.? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"\b\d{1,2}[/.]\d{1,2}\b",
    re.IGNORECASE,
)


def when_promised(
    text: str,
    last_day: date,
    tz: tzinfo | None,
    said_on: date | None = None,
    today: date | None = None,
) -> str:
    """When news was promised, as the person said it when they named no day ('early next
    week', 'within a week'), else 'by' the day ('by Wednesday 25 March'). Words that count
    from the day they were said ('early next week', 'by the end of the week') are tied to
    their week when the note is written in another week: 'early in the week of 23 February'.

    >>> when_promised("We'll circle back early next week with next steps!", date(2026, 4, 8), None)
    'early next week'
    >>> when_promised("I'll update you by Friday, March 13.", date(2026, 3, 13), None)
    'by Friday 13 March'
    >>> when_promised("Away this week, but I'll write by Friday, March 6", date(2026, 3, 6), None)
    'by Friday 6 March'
    >>> when_promised("I see Jo on Monday; I'll write early next week.", date(2026, 4, 1), None)
    'early next week'
    >>> said, read = date(2026, 2, 18), date(2026, 3, 9)
    >>> when_promised("We'll be back early next week.", date(2026, 2, 25), None, said, read)
    'early in the week of 23 February'
    >>> when_promised("The board meets on the 21st. You'll hear after.", date(2026, 5, 1), None)
    'by Friday 1 May'
    >>> when_promised("He'll revert after the board meets on 20 April.", date(2026, 4, 20), None)
    'after Monday 20 April'
    >>> when_promised("It meets on the 21st; you'll hear the week after.", date(2026, 5, 1), None)
    'in the week of 27 April'
    """
    if _WEEK_AFTER.search(text):  # "the board meets on the 21st; you'll hear the week after"
        return f"in the week of {_monday(last_day, tz)}"
    if _AFTER_DAY.search(text):  # "he will revert after the committee meets on 20 April"
        return f"after {weekday_date(last_day, tz)}"
    named = _NAMED_DAY.search(text)
    strong = any(w.search(text) for w in _VAGUE_WINDOWS[:_LOOSE])
    # a day is named as the deadline ("by Friday, March 6"): "this week" elsewhere in it is not
    # the promise; a day named for something else ("speaking with our chair on Monday and will
    # get back to you early next week") leaves the window as said
    if named is not None and (not strong or _BY_DAY.search(text)):
        return f"by {weekday_date(last_day, tz)}"
    for window in _VAGUE_WINDOWS:
        vague = window.search(text)
        if vague is not None:
            said = vague.group(0)
            said = said[0].lower() + said[1:]
            moved = said_on is not None and today is not None and _week(said_on) != _week(today)
            if moved and re.search(r"\b(this|next|the) week\b|end of (the )?week", said):
                of = f"the week of {_monday(last_day, tz)}"
                if re.search(r"\bend\b", said):
                    return f"by the end of {of}"
                part = next((w for w in ("early", "late") if w in said), "")
                return f"{part} in {of}".strip()
            return said
    return f"by {weekday_date(last_day, tz)}"


_AFTER_DAY = re.compile(
    r"\b(?:after|once|following)\b[^.;]{0,60}?\bon (?:the )?(?:\w+day,? )?\d", re.IGNORECASE
)
_WEEK_AFTER = re.compile(r"\bthe (?:week|working week) after\b|\bthe following week\b", re.I)


def _monday(day: date, tz: tzinfo | None) -> str:
    """The Monday of `day`'s week, without the weekday's name: '23 February'."""
    return re.sub(r"^\w+,?\s+", "", weekday_date(_week(day), tz))


def _week(day: date) -> date:
    return day - timedelta(days=day.weekday())


# "Simon will be in touch by Friday", written by his assistant: the news is Simon's; "she
# expects to be in touch", with "Dr. Thornbury has asked me to pass along" before it: hers
_THIRD_PERSON = re.compile(
    r"\b((?-i:[A-Z])[a-z]+|he|she) (?:will|'ll|is going to|should|hopes to|expects to|plans to|"
    r"aims to) (?:be in touch|be back in touch|get back|come back|revert|let you know|update you|"
    r"call you|write to you|contact you|reach out|be back)",
    re.IGNORECASE,
)
_TITLED = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+(?-i:[A-Z])[\w'’-]+")
# a message passed on: "Simon asked me to let you know that he … will come back to you"
_ASKED_ME = re.compile(
    r"\b((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?-i:[A-Z])[\w'’-]+) (?:has |had )?asked me to "
    r"(?:let you know|tell you|pass (?:on|along)|update you|say|share)"
)
_PRONOUNS = frozenset({"he", "she"})  # "He will be in touch": whoever "he" is, not a name
_NOT_A_NAME = frozenset(
    {
        *("we", "they", "i", "it", "someone", "somebody", "everyone", "nobody", "team"),
        *("recruitment", "management", "the", "our", "your", "this", "that", "which", "who"),
        *("each", "one"),
    }
)


def news_from(text: str, to: Address) -> str:
    """'you', or who the promise says the news will come from when that is someone else: 'Simon'
    ("Simon will be in touch by Friday"), 'Dr. Thornbury' ("Dr. Thornbury asked me to pass
    along that she expects to be in touch").

    >>> from daemon.model import Address
    >>> news_from("Simon will be in touch by Friday.", Address("t@x.io", "Trudy Hale"))
    'Simon'
    >>> news_from("I'll get back to you by Friday.", Address("t@x.io", "Trudy Hale"))
    'you'
    >>> news_from("He will be in touch by Friday.", Address("t@x.io", "Trudy Hale"))
    'you'
    >>> news_from("Simon asked me to let you know that he will come back to you by Friday.",
    ...           Address("t@x.io", "Trudy Hale"))
    'Simon'
    """
    asked = _ASKED_ME.search(text)
    found = _THIRD_PERSON.search(text)
    if asked is not None and asked.group(1).lower() not in _PRONOUNS:
        name = asked.group(1)
    elif found is None or found.group(1).lower() in _NOT_A_NAME:
        return "you"
    elif found.group(1).lower() in _PRONOUNS:  # whom "he" stands for, named before it
        titled = _TITLED.search(text[: found.start()])
        if titled is None:
            return "you"
        name = titled.group(0)
    else:
        name = found.group(1)
    own = {w.lower() for w in (to.name or "").replace(",", " ").split()}
    return "you" if name.split()[-1].lower() in own else name
