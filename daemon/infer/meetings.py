"""Meetings, from calendar invites (authoritative), scheduler confirmations and plain exchanges.

An invite's UID ties its versions together across threads: the highest SEQUENCE says where and
when it stands, a CANCEL ends it, an earlier time is recorded as moved. A time agreed in plain
words counts only when one side proposed it and the other accepted it; a calendar invite for the
same moment replaces it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from daemon.infer.dates import TimeMention, duration_minutes, find_times
from daemon.infer.people import Identity, full_name, is_automated_address
from daemon.model import Address, Attendee, CalendarEvent, Meeting, Message, Thread

_ACCEPT = re.compile(
    r"\b(works|work for me|suits|is fine|sounds (good|great|perfect)|confirmed|i've booked|"
    r"i have booked|booked|see you( then| there)?|i'll call you|i will call you|"
    r"on my calendar|you're on|look(ing)? forward to (speaking|meeting|seeing|talking)|"
    r"perfect|great|wonderful|lovely|let's do|let's go with|let's say)\b",
    re.IGNORECASE,
)
# Said of the meeting itself: not a scheduler's "Cancel: <link>" footer.
_CANCEL = re.compile(
    r"\b(to cancel|cancel(l?ed|l?ing)? (our|the|my|your|this|that|tomorrow|today|\w+day)|"
    r"(is|was|has been|have been|had been) cancel+ed|call(ed)? (it )?off)\b",
    re.IGNORECASE,
)
# Moving the meeting, not "moving you forward" to the next round.
_MOVE = re.compile(
    r"\b((move|moving|shift) (our|the|my|your|it|this|that|tomorrow|today|\w+day)\b(?! forward)|"
    r"reschedul\w*|postpon\w*|push (it|our|the) back)",
    re.IGNORECASE,
)
_NOT_JOINING = re.compile(
    r"\b(i won't|i will not|i'm not going to|i can't) (be )?(join|on|in|attend)", re.IGNORECASE
)
_NAME = r"([A-ZÄÖÜ][\w’'-]+(?:\s+[A-ZÄÖÜ][\w’'-]+){0,2})"
_WITH_NAME = [
    re.compile(
        r"\b(?:with|meet(?:ing)?(?: with)?|speak(?:ing)? (?:to|with)|talk(?:ing)? (?:to|with)"
        r"|joined by|you and)\s+" + _NAME
    ),
    re.compile(
        _NAME + r"(?:,[^,.]{0,80},)?\s+(?:would like to|wants to|will|is going to)\s+"
        r"(?:meet|interview|speak|talk|chat|call)"
    ),
]
_WITH_ME = re.compile(r"\b(with me|and me|and I|meet me|myself and)\b")
_SENTENCE_END = re.compile(r"(?<!\.m)[.!?](?=\s|$)|\n\s*\n")
_SCHEDULER_PERSON = re.compile(
    r"^\s*(?:interviewers?|host|with|panel(?:ists?)?|organi[sz]er)\s*:?\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True)
class CalendarIndex:
    """All invites in the mailbox, by UID, and every moment any version of them named."""

    meetings: dict[str, list[Meeting]]  # thread id -> meetings from invites
    # every moment any version of an invite named -> the invite's threads and company domains
    instants: dict[datetime, frozenset[str]]


def calendar_meetings(threads: list[Thread], me: Identity, now: datetime) -> CalendarIndex:
    """Meetings from every text/calendar part, versions merged by UID across threads."""
    versions: dict[str, list[tuple[CalendarEvent, Message, str]]] = defaultdict(list)
    for thread in threads:
        for msg in thread.messages:
            for ev in msg.events:
                if ev.method in ("REPLY", "COUNTER", "REFRESH", "DECLINECOUNTER") or ev.recurring:
                    continue
                versions[ev.uid].append((ev, msg, thread.id))
    by_thread: dict[str, list[Meeting]] = defaultdict(list)
    instants: dict[datetime, set[str]] = defaultdict(set)
    for uid, found in versions.items():
        found.sort(key=lambda x: (x[0].sequence, x[1].date))
        for ev, _, thread_id in found:
            instants[ev.start].add(f"thread:{thread_id}")
            instants[ev.start].update(
                a.email.rsplit("@", 1)[-1]
                for a in ((ev.organizer,) if ev.organizer else ()) + ev.attendees
                if not me.is_me(a.email)
            )
        current, msg, _ = found[-1]
        owner = found[0][2]
        people = _invite_people(current, me)
        for old, old_msg, _ in found[:-1]:
            if old.start != current.start:
                by_thread[owner].append(
                    Meeting(
                        owner,
                        old.start,
                        old.end,
                        "moved",
                        people,
                        "ics",
                        f"{old_msg.message_id}: invite for {old.start.isoformat()}, later moved",
                        uid,
                    )
                )
        status = (
            "cancelled"
            if current.status == "CANCELLED"
            else ("done" if current.start <= now else "scheduled")
        )
        by_thread[owner].append(
            Meeting(
                owner,
                current.start,
                current.end,
                status,
                people,
                "ics",
                f"{msg.message_id}: {current.method or 'invite'} '{current.summary}' "
                f"(SEQUENCE {current.sequence})",
                uid,
            )
        )
    return CalendarIndex(dict(by_thread), {k: frozenset(v) for k, v in instants.items()})


def _invite_people(ev: CalendarEvent, me: Identity) -> tuple[Address, ...]:
    """The people met: the attendees, and the organizer when listed or when no one else is
    (Outlook leaves the organizer out of the list; a recruiter who sends an invite for
    someone else's interview lists only the interviewer)."""
    people = {a.email: Address(a.email, a.name) for a in ev.attendees if _is_person(a, me)}
    organizer = ev.organizer
    if organizer is not None and _is_person(organizer, me) and not people:
        people[organizer.email] = Address(organizer.email, organizer.name)
    return tuple(people.values())


def _is_person(a: Attendee, me: Identity) -> bool:
    return (
        a.cutype in ("INDIVIDUAL", "UNKNOWN")
        and not me.is_me(a.email)
        and not is_automated_address(a.email)
    )


def text_meetings(
    thread: Thread,
    me: Identity,
    tz: tzinfo,
    now: datetime,
    calendar_instants: dict[datetime, frozenset[str]],
) -> list[Meeting]:
    """Meetings agreed in plain words (or confirmed by a scheduler without an invite)."""
    agreed: list[tuple[TimeMention, Message, str]] = []
    messages = [m for m in thread.messages if not m.automated]
    for i, msg in enumerate(messages):
        for mention in find_times(msg.text, msg.date, tz):
            sentence = _sentence(msg.text, mention.span)
            if (
                _ACCEPT.search(sentence)
                and not sentence.rstrip().endswith("?")
                or _accepted_later(messages, i, me, tz)
            ):
                agreed.append((mention, msg, sentence))
    agreed += _scheduler_confirmations(thread, me, tz)

    meetings: dict[datetime, Meeting] = {}
    for mention, msg, sentence in sorted(agreed, key=lambda a: a[1].date):
        if mention.start in meetings or _same_invite(thread, mention.start, calendar_instants, me):
            continue
        end = (
            mention.end
            or _end_elsewhere(thread, mention, tz)
            or _stated_length(thread, msg, mention)
        )
        later = [m for m in thread.messages if msg.date < m.date < mention.start]
        status = "done" if mention.start <= now else "scheduled"
        people = [m for m in later if not m.automated]
        if any(_CANCEL.search(m.text) for m in people if not me.sent_by_me(m)):
            status = "cancelled"
        elif any(_MOVE.search(m.text) for m in people):
            status = "moved"
        meetings[mention.start] = Meeting(
            thread.id,
            mention.start,
            end,
            status,
            _attendees(thread, msg, mention, me),
            "scheduler" if is_automated_address(msg.sender.email if msg.sender else "") else "text",
            f"{msg.message_id}: '{sentence.strip()[:160]}'",
        )
    # a meeting moved in words: the earlier time was moved only if a later one was agreed
    moved = [m for m in meetings.values() if m.status == "moved"]
    for m in moved:
        if not any(o.start > m.start and o.status != "moved" for o in meetings.values()):
            meetings[m.start] = Meeting(
                m.thread_id,
                m.start,
                m.end,
                "done" if m.start <= now else "scheduled",
                m.attendees,
                m.source,
                m.evidence,
            )
    return sorted(meetings.values(), key=lambda m: m.start)


def _same_invite(
    thread: Thread, start: datetime, instants: dict[datetime, frozenset[str]], me: Identity
) -> bool:
    """An invite names this moment, in this thread or with this thread's company: the invite
    is the meeting (an unrelated meeting at the same hour is not)."""
    owners = instants.get(start)
    if not owners:
        return False
    if f"thread:{thread.id}" in owners:
        return True
    domains = {
        a.email.rsplit("@", 1)[-1]
        for m in thread.messages
        for a in ((m.sender,) if m.sender else ()) + m.recipients()
        if not me.is_me(a)
    }
    return bool(domains & owners)


def _sentence(text: str, span: tuple[int, int]) -> str:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, span[0]):
        start = m.end()
    end_match = _SENTENCE_END.search(text, span[1])
    return text[start : end_match.end() if end_match else len(text)]


def _accepted_later(messages: list[Message], index: int, me: Identity, tz: tzinfo) -> bool:
    """A proposal the other side answered with a plain yes ('Sounds great, see you then!')."""
    proposer_is_me = me.sent_by_me(messages[index])
    for reply in messages[index + 1 :]:
        if me.sent_by_me(reply) == proposer_is_me:
            continue
        return bool(_ACCEPT.search(reply.text)) and not find_times(reply.text, reply.date, tz)
    return False


def _end_elsewhere(thread: Thread, mention: TimeMention, tz: tzinfo) -> datetime | None:
    for msg in thread.messages:
        for other in find_times(msg.text, msg.date, tz):
            if other.start == mention.start and other.end:
                return other.end
    return None


def _stated_length(thread: Thread, msg: Message, mention: TimeMention) -> datetime | None:
    """'a 30-minute phone screen': the length said in the exchange that set the time."""
    for candidate in reversed([m for m in thread.messages if m.date <= msg.date]):
        minutes = duration_minutes(candidate.text)
        if minutes:
            return mention.start + timedelta(minutes=minutes)
    return None


def _attendees(
    thread: Thread, accepted_in: Message, mention: TimeMention, me: Identity
) -> tuple[Address, ...]:
    if accepted_in.sender and is_automated_address(accepted_in.sender.email):
        listed = scheduler_people(accepted_in, me)
        return listed or tuple(a for a in accepted_in.reply_to if not is_automated_address(a.email))
    directory = _directory(thread, me)
    named: dict[str, Address] = {}
    exclude: set[str] = set()
    for msg in thread.messages:
        if msg.date > mention.start or me.sent_by_me(msg) or msg.sender is None:
            continue
        if _NOT_JOINING.search(msg.text):
            exclude.add(msg.sender.email)
        for pattern in _WITH_NAME:
            for m in pattern.finditer(msg.text):
                person = _lookup(m.group(1), directory)
                if person:
                    named[person.email] = person
        if named and _WITH_ME.search(msg.text):
            named.setdefault(msg.sender.email, msg.sender)
    people = [p for e, p in named.items() if e not in exclude]
    if people:
        return tuple(people)
    if me.sent_by_me(accepted_in):
        others = [
            a for a in accepted_in.to if not me.is_me(a) and not is_automated_address(a.email)
        ]
    elif accepted_in.sender and not is_automated_address(accepted_in.sender.email):
        others = [accepted_in.sender]
    else:
        others = [a for a in accepted_in.reply_to if not is_automated_address(a.email)]
    return tuple(a for a in others if a.email not in exclude)


def _directory(thread: Thread, me: Identity) -> dict[str, Address]:
    """Every person in the thread's headers and invites, by full name and by first name."""
    people: dict[str, Address] = {}
    first_names: dict[str, list[Address]] = defaultdict(list)
    for msg in thread.messages:
        everyone = ((msg.sender,) if msg.sender else ()) + msg.recipients() + msg.reply_to
        everyone += tuple(Address(a.email, a.name) for ev in msg.events for a in ev.attendees)
        for addr in everyone:
            if me.is_me(addr) or is_automated_address(addr.email):
                continue
            name = full_name(addr)
            if name:
                people.setdefault(name.lower(), addr)
                first = name.split()[0].lower()
                if addr not in first_names[first]:
                    first_names[first].append(addr)
    for first, found in first_names.items():
        if len({a.email for a in found}) == 1:
            people.setdefault(first, found[0])
    return people


def _lookup(name: str, directory: dict[str, Address]) -> Address | None:
    words = name.split()
    for n in range(len(words), 0, -1):
        hit = directory.get(" ".join(words[:n]).lower())
        if hit:
            return hit
    return None


def _scheduler_confirmations(
    thread: Thread, me: Identity, tz: tzinfo
) -> list[tuple[TimeMention, Message, str]]:
    """A scheduler's confirmation with no invite attached: its time, as a confirmed meeting."""
    out: list[tuple[TimeMention, Message, str]] = []
    for msg in thread.messages:
        if msg.events or msg.sender is None or not is_automated_address(msg.sender.email):
            continue
        if not re.search(r"\b(confirmed|scheduled|booked)\b", msg.subject + " " + msg.text, re.I):
            continue
        mentions = find_times(msg.text, msg.date, tz)
        if mentions:
            out.append((mentions[0], msg, mentions[0].text))
    return out


def scheduler_people(msg: Message, me: Identity) -> tuple[Address, ...]:
    """The interviewers a scheduler's confirmation names with their addresses."""
    people: dict[str, Address] = {}
    for line in _SCHEDULER_PERSON.finditer(msg.text):
        for addr in _EMAIL.findall(line.group(1)):
            addr = addr.lower()
            if not me.is_me(addr) and not is_automated_address(addr):
                name = line.group(1).split("(")[0].split(",")[0].strip() or None
                people.setdefault(addr, Address(addr, name))
    return tuple(people.values())
