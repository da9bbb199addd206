"""Promises: someone on the other side said news would come by a day or within a window.

A sentence promises when it names a window ("by Friday", "within two weeks", "early next week",
"on the 14th") and an event of news from their side: a commitment and a verb of news ("I'll get
back to you", "we will let you know", "she'll come back to you"), news in the passive ("a
decision will be made", "you will be notified"), or a call with a day and no hour ("I'll ring
you Thursday"). A question, an ask of the user ("please let me know by Friday"), a conditional
silence ("if you have not heard from us by ...") and an appointment at a clock time are not
promises. The promise is the sender's, who made it or passed it on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta, tzinfo

from daemon.infer import lang
from daemon.infer._date_words import DayExpr
from daemon.infer.annotate import Annotated, Sentence
from daemon.infer.autoreply import is_auto_reply
from daemon.infer.dates import Window, find_windows
from daemon.infer.people import Identity, is_automated_address
from daemon.model import Address, Meeting, Message, Promise, Thread

Notes = Callable[[Message], Annotated]


@dataclass
class PromiseResult:
    promises: list[Promise] = field(default_factory=list)
    considered: list[str] = field(default_factory=list)


def find_promises(
    thread: Thread,
    notes: Notes,
    me: Identity,
    tz: tzinfo,
    family: frozenset[str] = frozenset(),
    meetings: Sequence[Meeting] = (),
) -> PromiseResult:
    """Dated promises made by people on the other side (not the user, a robot or family).

    A window counted in time from the meeting ("within 48 hours of your final round", "once
    your interview is done, we'll decide within a week") is counted from the thread's meeting
    it points at rather than from the day it was written."""
    out = PromiseResult()
    for msg in thread.messages:
        sender = msg.sender
        if (
            sender is None
            or me.sent_by_me(msg)
            or msg.automated
            or is_automated_address(sender.email)
            or sender.email in family
            or is_auto_reply(msg)
        ):
            continue
        _dated_promises(msg, notes(msg), thread, tz, meetings, out, sender, None)
    return out


def find_own_promises(
    thread: Thread,
    notes: Notes,
    me: Identity,
    tz: tzinfo,
    family: frozenset[str] = frozenset(),
    meetings: Sequence[Meeting] = (),
) -> PromiseResult:
    """The user's own dated promises ("I'll send you the portfolio by Friday", "I'll get back
    to you early next week with my references"), read as the other side's are, from the user's
    own commitments only (a "you will hear" in the user's mail is nobody's promise). Each is
    made to the first person its message is addressed to, not a robot or family."""
    out = PromiseResult()
    for msg in thread.messages:
        if not me.sent_by_me(msg) or msg.automated or msg.sender is None:
            continue
        to = next(
            (
                a
                for a in msg.recipients()
                if not me.is_me(a) and not is_automated_address(a.email) and a.email not in family
            ),
            None,
        )
        if to is not None:
            _dated_promises(msg, notes(msg), thread, tz, meetings, out, msg.sender, to)
    return out


def _dated_promises(
    msg: Message,
    note: Annotated,
    thread: Thread,
    tz: tzinfo,
    meetings: Sequence[Meeting],
    out: PromiseResult,
    by: Address,
    to: Address | None,
) -> None:
    """The message's promises into `out`, and the sentences considered and why not taken. The
    user's own (`to` given) are read from their commitments alone."""
    own = to is not None
    for s in note.sentences:
        if not s.windows and not s.days and not _LATER.search(s.text):
            continue
        window, why = read_promise(s, passive=not own)
        if window is None and (before := _news_before(s, note)) is not None:
            # "all applicants will be notified of the outcome. We anticipate this will
            # occur within the next two weeks."
            window, s = _anaphoric(s), replace(s, text=f"{before.text} {s.text}")
        elif window is None and (dated := _dated_before(s, note, passive=not own)) is not None:
            # "The committee meets on the 21st. You'll hear from me the week after."
            (before, window) = dated
            s = replace(s, text=f"{before.text} {s.text}")
        if window is None:
            mine = "your own words, " if own else ""
            out.considered.append(f"{msg.message_id}: '{_short(s.flat)}': {mine}{why}")
            continue
        if own and lang.pattern("phone_calls").search(s.text):
            continue  # the user's call is made by phone: nothing to draft
        if own and to is not None and _to_someone_else(s.text, to):
            continue  # "I will follow up with Diane next week": owed to Diane, not here
        window = _from_meeting(window, s, msg.date, meetings, tz)
        if window.last_day < msg.date.date():
            out.considered.append(f"{msg.message_id}: '{_short(s.flat)}': already past")
            continue
        out.promises.append(
            Promise(
                thread_id=thread.id,
                made_by=by,
                message_id=msg.message_id,
                made_at=msg.date,
                last_day=window.last_day.isoformat(),
                due=datetime.combine(window.last_day, time(23, 59, 59), tz),
                text=s.flat,
                made_to=to,
            )
        )


# "We anticipate this will occur within...", "That should happen by Friday": the sentence's
# news is the one the sentence before it announced.
# "I'll send you the case study brief. Give me until Friday": time asked for what was promised
_ANAPHOR = re.compile(
    r"^(?:(?:we|i) (?:anticipate|expect|hope|aim|plan)(?: that)? )?(?:this|that|it|which)"
    r"(?: process| step| decision)? (?:will|should|would|is expected to|is likely to|shall)"
    r" (?:occur|happen|take place|be (?:done|made|complete|completed|finali[sz]ed)|come)\b"
    r"|^(?:just |please )?give (?:me|us) (?:until|till|til)\b"
    r"|^(?:geben sie|gib) (?:mir|uns) (?:noch )?bis\b"
    r"|^(?:laissez|laisse)-(?:moi|nous) jusqu['’]",
    re.IGNORECASE,
)


def _news_before(s: Sentence, note: Annotated) -> Sentence | None:
    """The sentence just before `s`, in its paragraph, when it announces news and `s` dates it
    by pointing back at it."""
    if not _ANAPHOR.match(s.text.strip()):
        return None
    before = note.previous(s)
    if before is None or before.paragraph != s.paragraph or not _news_events(before.text):
        return None
    return before


def _dated_before(s: Sentence, note: Annotated, passive: bool) -> tuple[Sentence, Window] | None:
    """The sentence just before `s`, in its paragraph, and the window `s` counts from its day,
    when `s` says news will come "the week after" (or "the day after") and names no day."""
    later = _LATER.search(s.text)
    if later is None or s.windows or s.days or s.question or not _news_events(s.text, passive):
        return None
    before = note.previous(s)
    if before is None or before.paragraph != s.paragraph:
        return None
    windows = [w for w in before.windows if not _inside_time(w, before)]
    windows += [_day_window(before, d) for d in before.days]
    if not windows:
        return None
    return before, _after(max(windows, key=lambda w: w.span[0]), later)


def _anaphoric(s: Sentence) -> Window | None:
    """The window of a sentence that dates the news of the one before it."""
    windows = [w for w in s.windows if not _inside_time(w, s)]
    windows += [_day_window(s, d) for d in s.days]
    return min(windows, key=lambda w: w.span[0]) if windows else None


def _day_window(s: Sentence, d: DayExpr) -> Window:
    """A day named in the sentence, as a window of that day alone."""
    return Window(d.day, d.day, s.text[s.at(d.start) : s.at(d.end)], (d.start, d.end))


def read_promise(s: Sentence, passive: bool = True) -> tuple[Window | None, str]:
    """The window a sentence promises news by, or None and why not; with `passive` false,
    only a commitment to news counts ("I'll send it by Friday", not "you'll hear by Friday").

    Example::

        >>> from datetime import date
        >>> from daemon.infer.dates import find_windows
        >>> def s(text):
        ...     return Sentence(0, 0, (0, len(text)), text, (),
        ...                     tuple(find_windows(text, date(2026, 3, 2))), (), text.endswith("?"))
        >>> read_promise(s("We'll get back to you by Friday."))[0].last_day
        datetime.date(2026, 3, 6)
        >>> read_promise(s("I'll be in touch once it's in; please send it by Friday."))
        (None, 'an ask of you, not a promise')
    """
    text = s.text
    if s.question:
        return None, "a question"
    if lang.pattern("no_news_means_no").search(text):
        return None, "silence would be the answer"
    events = _news_events(text, passive)
    if not events:
        return None, "no one says news will come"
    event = events[0]
    windows = [w for w in s.windows if not _inside_time(w, s)]
    # "I'll call you Wednesday": a day named after the news, with no "by", is its deadline
    windows += [
        _day_window(s, d)
        for d in s.days
        if s.at(d.start) >= event[0] and not any(w.span[0] <= d.start < w.span[1] for w in windows)
    ]
    windows.sort(key=lambda w: w.span[0])
    if not windows:
        return None, "a meeting time, not a deadline for news"
    # the window after the news; with several steps ("a decision will be made on the 26th, and
    # all candidates will be advised by the 31st") the last step is the news the user gets
    after: list[Window] = []
    for start in sorted((e[0] for e in events), reverse=True):
        if after := [w for w in windows if s.at(w.span[0]) >= start]:
            break
    window = after[0] if after else windows[-1]
    # "Monday or Tuesday next week": either day may bring it, so the later one is the last
    later_one = [w for w in windows if w.span[0] >= window.span[1]]
    if later_one and _EITHER.fullmatch(text[s.at(window.span[1]) : s.at(later_one[0].span[0])]):
        other = later_one[0]
        if other.last_day > window.last_day:
            said = text[s.at(window.span[0]) : s.at(other.span[1])]
            window = Window(window.first_day, other.last_day, said, (window.span[0], other.span[1]))
    if not after and (later := _LATER.search(text, event[0])) is not None:
        # "the board meets on 16 April; I'll be in touch the week after": counted from that day
        window = _after(window, later)
    elif not after and _CLAUSE_BREAK.search(text, s.at(window.span[1]), event[0]):
        # "I submitted you first thing this morning - will let you know when I hear": the day
        # is what was done, in a clause of its own
        return None, "the day is another clause's, not the news's"
    at = s.at(window.span[0])
    asked = [m for m in lang.pattern("asks_of_you").finditer(text) if m.start() < at]
    # "we'll be in touch; please send it by Friday": the ask between the news and the day owns it;
    # "kindly revert by Friday so we can update her": a day before the news, after an ask, too
    if asked and (asked[-1].start() > event[0] or not after):
        return None, "an ask of you, not a promise"
    return window, ""


# the user's word to contact someone named: "I'll follow up with Diane Ostrowski next week"
_CONTACT_NAMED = re.compile(
    r"\b(?:follow up|touch base|speak|talk|check in|get in touch|be in touch|reach out|connect|"
    r"catch up)\s+"
    r"(?:with|to)\s+(?P<name>(?-i:[A-Z])[\w'’-]+)",
    re.IGNORECASE,
)


def _to_someone_else(text: str, to: Address) -> bool:
    """The user's promise is to contact a person named in it who is not `to`."""
    found = _CONTACT_NAMED.search(text)
    if found is None:
        return False
    names = {w.lower() for w in re.findall(r"[^\W\d_]+", f"{to.name or ''} {to.email}")}
    return found["name"].lower() not in names


_EITHER = re.compile(rf"\s*(?:,\s*)?(?:{lang.OR_WORDS})\s*", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"\s[-–—]\s|;")
_LATER = re.compile(
    r"\b(?P<week>the (?:week|working week) after|the following week|the week following)"
    r"|\b(?P<day>the (?:day|morning|afternoon) after|the next day|the following day)\b",
    re.IGNORECASE,
)


def _after(window: Window, later: re.Match[str]) -> Window:
    """The window a phrase like "the week after" names, counted from an earlier window."""
    last = window.last_day
    if later["week"]:
        monday = last + timedelta(days=7 - last.weekday())
        first, last = monday, monday + timedelta(days=4)
    else:
        first = last = last + timedelta(days=1)
    return Window(first, last, later.group(0), window.span)


def _news_events(text: str, passive: bool = True) -> list[tuple[int, int]]:
    """Every place a sentence says news will come from the other side, in text order; with
    `passive` false, only those someone commits to."""
    out = []
    for said in lang.pattern("passive_news").finditer(text) if passive else ():
        if not re.search(r"\byou (?:need|have) to\b", text[: said.start()], re.I):
            out.append(said.span())
    for commit in lang.pattern("commitments").finditer(text):
        event = lang.pattern("news_events").search(text, commit.end(), commit.end() + 90)
        if event is not None:
            out.append(event.span())
    return sorted(set(out))


def _from_meeting(
    window: Window, s: Sentence, written: datetime, meetings: Sequence[Meeting], tz: tzinfo
) -> Window:
    """The window counted from the meeting the sentence points at, when it is a length of
    time ("48 hours", "two weeks") and the sentence counts it from a meeting: the first one
    after the message, else the last one before it."""
    if not lang.pattern("lengths").search(window.text) or not (
        lang.pattern("from_meeting").search(s.text)
    ):
        return window
    held = [m for m in meetings if m.status not in ("cancelled", "moved")]
    after = [m for m in held if m.start > written]
    before = [m for m in held if m.start <= written]
    meeting = min(after, key=lambda m: m.start) if after else None
    meeting = meeting or (max(before, key=lambda m: m.start) if before else None)
    if meeting is None:
        return window
    ended = (meeting.end or meeting.start).astimezone(tz).date()
    counted = find_windows(window.text, ended)
    if not counted:
        return window
    return replace(window, first_day=counted[0].first_day, last_day=counted[0].last_day)


def _inside_time(w: Window, s: Sentence) -> bool:
    return any(
        t.span[0] <= w.span[0] < t.span[1] or w.span[0] <= t.span[0] < w.span[1] for t in s.times
    )


def _short(text: str) -> str:
    return text if len(text) <= 160 else text[:157] + "..."
