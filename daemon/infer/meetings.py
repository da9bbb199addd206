"""Meetings, from calendar invites (authoritative), scheduler confirmations and plain exchanges.

An invite's UID ties its versions together across threads: the highest SEQUENCE says where and
when it stands, a CANCEL ends it, an earlier time is recorded as moved.

In words, each clause that names a moment is read for what it does with it: confirms it ("this
confirms your interview on ...", "Thursday at 2 works"), proposes it ("would Tuesday at 10
suit?", a list of slots), cancels it, or names a deadline (not a meeting). A proposal becomes a
meeting when the other side accepts it, by naming it or its day ("Thursday works") or with a
plain yes when only one was offered. A later agreement made before an earlier meeting began,
with words of moving, replaces it; a cancellation ends it. An invite for the same thread and day,
or for the same moment with the same company, replaces the meeting agreed in words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo

from daemon.infer import _date_words as lex
from daemon.infer import lang
from daemon.infer.annotate import Annotated, Sentence
from daemon.infer.dates import TimeMention, duration_minutes
from daemon.infer.met import (
    JOINING,
    NAMED,
    NAMED_BEFORE_MOVE,
    People,
    absent_names,
    met_by_invite,
    met_in_words,
)
from daemon.infer.people import Identity, is_automated_address, is_personal_domain
from daemon.model import Address, CalendarEvent, Meeting, Message, Thread

Notes = Callable[[Message], Annotated]
_CLAUSE_BREAK = re.compile(
    r";|,?\s+but\s+|,?\s+however\s*,?|\.\s|\s+otherwise\s+|,?\s+or\s+(?=\w+day)"
)
_DEADLINE_BEFORE = re.compile(
    r"(?:\b(?:by|before|no later than|nlt|until|till|due(?: by| on)?|deadline(?: is)?|closes?|"
    r"closing(?: date)?(?: is)?|submit(?:ted)?(?: it)?(?: by)?)\s*(?:the\s+)?(?:end of\s+)?)$",
    re.I,
)
_WHEN_LINE = re.compile(
    r"^\s*(?:when|date|time|date (?:and|&) time|start|starts|time slot|data|fecha|datum|wann|"
    r"quand|quando|cuándo|termin|hor[áa]rio|hora|heure|horaire|uhrzeit)\s*:",
    re.I,
)
_ITEM = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)]|[A-Z][\w /&-]{0,24}:\s)")
_POINTER = re.compile(r"\b(?:it|this|that|our|the|tomorrow|today|\w+day'?s?)\b", re.I)


@dataclass(frozen=True)
class CalendarIndex:
    """All invites in the mailbox, by UID, and every moment any version of them named."""

    meetings: dict[str, list[Meeting]]  # thread id -> meetings from invites
    # every moment any version of an invite named -> the invite's threads and company domains
    instants: dict[datetime, frozenset[str]]
    days: dict[str, set[date]]  # thread id -> days its invites name
    # the moment each invite now stands at (not cancelled) -> the people it says were met
    met: dict[datetime, set[str]] = field(default_factory=dict)


def calendar_meetings(
    threads: list[Thread], me: Identity, now: datetime, people_of: Callable[[str], People]
) -> CalendarIndex:
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
    days: dict[str, set[date]] = defaultdict(set)
    met: dict[datetime, set[str]] = defaultdict(set)
    for uid, found in versions.items():
        found.sort(key=lambda x: (x[0].sequence, x[1].date))
        for ev, _, thread_id in found:
            instants[ev.start].add(f"thread:{thread_id}")
            instants[ev.start].update(
                a.email.rsplit("@", 1)[-1]
                for a in ((ev.organizer,) if ev.organizer else ()) + ev.attendees
                if not me.is_me(a.email)
            )
            days[thread_id].add(ev.start.date())
        current, msg, _ = found[-1]
        owner = found[0][2]
        people = met_by_invite(people_of(owner), current, msg)
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
        if status != "cancelled":
            met[current.start].update(a.email for a in people)
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
    return CalendarIndex(
        dict(by_thread), {k: frozenset(v) for k, v in instants.items()}, dict(days), dict(met)
    )


def missed_invite(
    meeting: Meeting, thread: Thread, notes: Notes, not_held: dict[tuple[datetime, str], str]
) -> Meeting:
    """An invited meeting that did not happen: a message in its thread, within a week after its
    start, says it was missed ("I completely missed our call", "you never joined"); or the mail
    that set it up says so in a thread of its own (`not_held`, from `text_meetings`)."""
    if meeting.status != "done":
        return meeting
    meeting = moved_elsewhere(meeting, not_held)
    if meeting.status != "done":
        return meeting
    if why := _called_off_in_words(meeting, thread, notes):
        return _not_held(meeting, why)
    for msg in thread.messages:
        if meeting.start <= msg.date <= meeting.start + timedelta(days=7) and lang.pattern(
            "missed_cues"
        ).search(notes(msg).body):
            return _not_held(meeting, f"did not happen: {msg.message_id}")
    return meeting


_CONDITIONAL = re.compile(
    r"\b(?:if|should you|in case|unless|whether|si|falls|wenn|sollten|caso|en caso|au cas)\b",
    re.I,
)


def _called_off_in_words(meeting: Meeting, thread: Thread, notes: Notes) -> str | None:
    """A message after the invitation and before the meeting that calls it off in words, with no
    CANCEL sent ("I'm going to have to pull Thursday's chat", "I'll have to bow out of
    Thursday"): a sentence with a cancelling word that names a meeting or points at it, and
    names the meeting's day or none."""
    if meeting.uid is None:
        return None
    sent = [
        i for i, m in enumerate(thread.messages) if any(ev.uid == meeting.uid for ev in m.events)
    ]
    if not sent:
        return None
    for msg in thread.messages[sent[-1] + 1 :]:
        if msg.date >= meeting.start or msg.events:
            continue
        note = notes(msg)
        for s in note.sentences:
            if not lang.pattern("cancel_cues").search(s.text) or s.question:
                continue
            if _CONDITIONAL.search(s.text):  # "if you need to cancel, just let me know"
                continue
            if not _points_at_meeting(s, note):
                continue
            days = _days_in(s)
            if not days or meeting.start.date() in days:
                return f"called off in words: {msg.message_id}"
    return None


def moved_elsewhere(meeting: Meeting, not_held: Mapping[tuple[datetime, str], str]) -> Meeting:
    """A meeting set in words or by a scheduler's notice that mail in another thread says was
    moved or called off ("I'm meant to be seeing you Tuesday at 11. Could we push to Friday?"):
    the same moment, with someone of the same organisation."""
    if meeting.status not in ("done", "scheduled"):
        return meeting
    for a in meeting.attendees:
        why = not_held.get((meeting.start, a.email.rsplit("@", 1)[-1]))
        if why is not None:
            return _not_held(meeting, why)
    return _without_absent(meeting, not_held)


def _without_absent(meeting: Meeting, not_held: Mapping[tuple[datetime, str], str]) -> Meeting:
    """The meeting without the people that mail elsewhere says were not in it ("Mathilde est
    souffrante, Karim le mènera à sa place"): keyed by domain and the name as written, whole
    or first word."""
    kept: list[tuple[Address, str | None]] = []
    gone: list[tuple[Address, str | None]] = []
    for a in meeting.attendees:
        domain = a.email.rsplit("@", 1)[-1]
        words = (a.name or "").lower().split()
        names = {" ".join(words), *(words[:1])} - {""}
        why = next(
            (w for n in names if (w := not_held.get((meeting.start, f"{domain}/{n}"))) is not None),
            None,
        )
        (gone if why else kept).append((a, why))
    if not gone:
        return meeting
    reasons = "; ".join(str(why) for _, why in gone)
    return replace(
        meeting,
        attendees=tuple(a for a, _ in kept),
        evidence=f"{meeting.evidence} (not there, said elsewhere: {reasons})",
    )


def _not_held(meeting: Meeting, why: str) -> Meeting:
    """The meeting, recorded as not having happened, and why."""
    return replace(meeting, status="moved", evidence=f"{meeting.evidence} ({why})")


# --- a meeting that did not happen, said in another thread -------------------------------------
Report = tuple[str, datetime, str]  # (whose side: a company domain or a personal address, when, id)


def missed_reports(thread: Thread, notes: Notes, me: Identity) -> list[Report]:
    """The messages of a thread that say a meeting did not happen ("Ryan got pulled into a
    production incident", "I waited on the call"), each under the side it is about: the
    sender's organisation, or for the user's own message the organisations written to."""
    out = []
    for msg in thread.messages:
        if (
            msg.sender is None
            or msg.bulk
            or not lang.pattern("missed_cues").search(notes(msg).body)
        ):
            continue
        about = msg.recipients() if me.sent_by_me(msg) else (msg.sender,)
        out += [(side_of(a.email), msg.date, msg.message_id) for a in about if not me.is_me(a)]
    return out


def side_of(email: str) -> str:
    """An organisation's mail domain, or the address itself on personal mail."""
    domain = email.rsplit("@", 1)[-1]
    return email if is_personal_domain(domain) else domain


def missed_elsewhere(meeting: Meeting, reports: dict[str, list[Report]]) -> Meeting:
    """A meeting that mail from its people's side, in any thread, says did not happen: a report
    sent after it began and within three days."""
    if meeting.status != "done":
        return meeting
    for a in meeting.attendees:
        for _, when, message_id in reports.get(side_of(a.email), ()):
            if meeting.start <= when <= meeting.start + timedelta(days=3):
                return _not_held(meeting, f"did not happen: {message_id}")
    return meeting


# --- meetings agreed in words ------------------------------------------------------------------
@dataclass
class _Slot:
    """A moment a message proposes or confirms."""

    start: datetime
    end: datetime | None
    msg: Message
    sentence: Sentence
    by_me: bool
    how: str  # "confirm", "proposal", "scheduler"
    moves: _Agreed | None = None  # "Could we push to Friday, same time?": the meeting it moves


@dataclass
class _Agreed:
    slot: _Slot
    messages: list[Message]
    status: str = "agreed"  # agreed, cancelled, moved
    why: str = ""


@dataclass
class WordsResult:
    meetings: list[Meeting] = field(default_factory=list)
    considered: list[str] = field(default_factory=list)
    # invited meetings this thread's words say did not happen, or were called off:
    # (start, a company domain of this thread) -> why
    not_held: dict[tuple[datetime, str], str] = field(default_factory=dict)


def text_meetings(
    thread: Thread,
    notes: Notes,
    me: Identity,
    now: datetime,
    tz: tzinfo,
    calendar: CalendarIndex,
    people: People,
) -> WordsResult:
    """Meetings agreed in plain words (or confirmed by a scheduler without an invite)."""
    result = WordsResult()
    agreed: list[_Agreed] = []
    pending: list[_Slot] = []
    previous: Annotated | None = None  # the message before, as read
    for msg in thread.messages:
        if msg.bulk or msg.sender is None:
            continue
        note = notes(msg)
        by_me = me.sent_by_me(msg)
        robot = msg.automated or is_automated_address(msg.sender.email)
        if robot and not msg.events and not _confirms(note):
            continue
        new: list[_Slot] = []
        for s in note.sentences:
            for t in s.times or s.day_parts:
                how = _reading(s, t, note)
                if not s.times and not _meeting_named_near(s, note):
                    how = "none"  # "carry boxes on Saturday morning?" arranges no meeting
                if how in ("deadline", "none", "cancel", "decline"):
                    if how in ("deadline", "none"):
                        result.considered.append(
                            f"{msg.message_id}: '{_short(s.flat)}': "
                            + (
                                "a deadline, not a meeting"
                                if how == "deadline"
                                else "a time with nothing arranged for it"
                            )
                        )
                    continue
                if robot:
                    how = "scheduler"
                start, end = _in_the_week_asked(t, previous, tz)
                new.append(_Slot(start, end, msg, s, by_me, how))
        # a day with no time, in words of moving, keeps the meeting's time ("Thursday instead?")
        new += _moved_days(note, msg, by_me, agreed, tz)
        accepted = _accepts(note) and not any(s.how == "proposal" for s in new)
        for slot in new:
            if slot.how in ("confirm", "scheduler"):
                match = next((p for p in pending if p.start == slot.start), None)
                if match is None and (same := _same_weekday_offered(slot, pending)) is not None:
                    # "Tuesday at 7:30 works" to "Tuesday the 7th at 7:30?": the weekday alone,
                    # read from the reply's date, falls a week early (or, after "otherwise next
                    # week", a week late); the offer's date stands
                    slot.start, match = same.start, same
                if match is not None and slot.end is None:
                    slot.end = match.end
                # "Parfait pour mardi le 7, 15 h" to "Stage mardi le 7? ... Martine va être là":
                # the message answered set it up, with whoever it names, time or no time
                asked = match.msg if match else _answered(thread, msg, me, slot, notes)
                _agree(agreed, slot, [asked, msg] if asked else [msg], note)
                # one slot of several offered together taken: the others are let go
                pending = [
                    p
                    for p in pending
                    if p.start != slot.start and (match is None or p.msg is not match.msg)
                ]
            else:
                pending.append(slot)
        if accepted and not any(s.how in ("confirm", "scheduler") for s in new):
            picked = _picked(note, pending, by_me)
            day = _itinerary([p for p in pending if p.by_me != by_me])
            if picked is not None:
                _agree(agreed, picked, [picked.msg, msg], note)
                pending = [p for p in pending if p.msg is not picked.msg]
            elif day:  # "I am delighted to confirm my attendance" to a day's itinerary
                for p in day:
                    _agree(agreed, p, [p.msg, msg], note)
                pending = [p for p in pending if p not in day]
            elif any(p.by_me != by_me for p in pending):
                result.considered.append(
                    f"{msg.message_id}: a yes, but to which of "
                    f"{len([p for p in pending if p.by_me != by_me])} times offered is unclear"
                )
        if any(s.how == "confirm" for s in new):
            # the meeting set, recalled and moved in one message: "I'm meant to be seeing you
            # Tuesday at 11 ... Could we push to Friday 17/4, same time?"
            offered = {p.start for p in pending}
            pending += [
                x for x in _moved_days(note, msg, by_me, agreed, tz) if x.start not in offered
            ]
        _cancel_or_move(agreed, note, msg)
        previous = note
    for p in pending:
        result.considered.append(
            f"{p.msg.message_id}: '{_short(p.sentence.flat)}': proposed, never accepted"
        )
    made = {id(a): _meeting(a, thread, notes, now, people) for a in agreed}
    for a in agreed:
        meeting, named = made[id(a)]
        if not named and (before := _replaced(a, agreed)) is not None:
            # "Could we move it up to Tuesday?": whoever was to be at the old time is at the new
            # (not the one who wrote to move it, met only for want of anyone named); a
            # meeting moved twice takes them through both moves
            old, old_named = made[id(before)]
            if old_named:
                # and whoever says afterwards they were there ("Great talking with you")
                late = [p for p in people.joined_after(meeting.start) if p not in old.attendees]
                meeting, named = replace(meeting, attendees=(*old.attendees, *late)), True
                made[id(a)] = meeting, named
        invite = _same_invite(thread, meeting.start, calendar, me)
        if a.status == "agreed":
            # "Mathilde est souffrante": whoever an invitation elsewhere lists for this moment
            for name in absent_names("\n".join(_said_before(thread, notes, me, a))):
                for domain in _domains(thread, me):
                    if not is_personal_domain(domain):
                        key = f"{domain}/{name.lower()}"
                        result.not_held[(meeting.start, key)] = f"{name}: not there"
        if a.status in ("moved", "cancelled"):
            # "Craig was called into a client matter": the invitation, or a scheduler's
            # confirmation in a thread of its own (an organisation's), did not happen
            for domain in _domains(thread, me):
                if invite or not is_personal_domain(domain):
                    result.not_held[(meeting.start, domain)] = a.why
        if invite:
            # the invitation is the meeting; people the mail names and the invitation does not
            # (a panel listed in the recruiter's mail, a bare Teams invite) were met all the same
            covered = calendar.met.get(meeting.start) if named else None
            rest = tuple(
                p for p in meeting.attendees if covered is not None and p.email not in covered
            )
            if rest:
                result.meetings.append(replace(meeting, attendees=rest))
            result.considered.append(
                f"{a.slot.msg.message_id}: '{_short(a.slot.sentence.flat)}': the calendar "
                "invite for it is the meeting"
                + (f"; it does not name {', '.join(p.email for p in rest)}" if rest else "")
            )
            continue
        result.meetings.append(meeting)
    result.meetings = _one_day(result.meetings)
    return result


def _one_day(meetings: list[Meeting]) -> list[Meeting]:
    """An itinerary's items ("07:00-09:00 Simulator", "10:00-11:00 Technical interview") are
    one day with the same people, not a meeting each: the items a message sets for one day,
    with the same people and status, are one meeting from the first's start to the last's end."""
    out: list[Meeting] = []
    for m in meetings:
        same = next(
            (
                i
                for i, o in enumerate(out)
                if o.start.date() == m.start.date()
                and o.evidence.split(":", 1)[0] == m.evidence.split(":", 1)[0]
                and o.status == m.status
                and {a.email for a in o.attendees} == {a.email for a in m.attendees}
                and o.attendees
            ),
            None,
        )
        if same is None:
            out.append(m)
            continue
        first = out[same]
        ends = [e for e in (first.end, m.end, m.start) if e is not None]
        out[same] = replace(first, start=min(first.start, m.start), end=max(ends))
    return out


_REPLACED_BEFORE = re.compile(r"\b(?:instead of|rather than|in place of)$", re.I)


def _reading(s: Sentence, t: TimeMention, note: Annotated) -> str:
    """What a clause does with the moment it names."""
    at = s.at(t.span[0])
    clause = _clause(s.text, at, s.at(t.span[1]))
    before = s.text[:at]
    if _DEADLINE_BEFORE.search(before.rstrip()):
        return "deadline"
    if _REPLACED_BEFORE.search(before.rstrip()):
        return "none"  # "at 1.30pm instead of 2.15pm": the time given up
    if _WHEN_LINE.match(s.text) and _names_meeting(note):
        return "confirm"  # a calendar's "When:" line, or "Date: ... Time: ..." details
    if _alternatives(s) or _choices(s, note):
        # "Tuesday at 11 or Wednesday after 1 both work on my end", or a list of slots on two
        # days or more ("– Dienstag, 17.03., 10:00 Uhr / – Donnerstag, 19.03., 14:00 Uhr"): a choice
        return "proposal"
    if lang.pattern("logistics").search(clause):
        return "none"  # a courier's pickup window is not a meeting
    if lang.pattern("cancel_cues").search(clause):
        return "cancel"
    if lang.pattern("decline_cues").search(clause):
        return "decline"
    lead = _lead(s, note)
    if _options_follow(s, note):
        return "proposal"  # "held on Thursday, April 9. The following start times are open:"
    if _confirmed_before(s, note):
        return "confirm"  # "Confirmed! Video interview on Monday 16 March, 14:00–14:45"
    proposal = s.question or bool(lang.pattern("proposal_cues").search(clause))
    confirm = bool(
        lang.pattern("confirm_cues").search(clause) or lang.pattern("accept_cues").search(clause)
    )
    if proposal and not (confirm and not s.question and _is_confirmation(clause)):
        return "proposal"
    if confirm and _about_meeting(s, lead, note):
        return "confirm"
    if lead:  # a slot in a list, or a "Time:" line under an introducing sentence
        if lang.pattern("proposal_cues").search(lead) or lead.rstrip().endswith("?"):
            return "proposal"
        if lang.pattern("confirm_cues").search(lead) or lang.pattern("accept_cues").search(lead):
            return "confirm"
    whole = note.message.subject + "\n" + note.body
    if _TIMED_LINE.match(s.text) and lang.pattern("confirm_cues").search(whole):
        return "confirm"  # "10:00-11:00  Technical interview" in the day's confirmed itinerary
    if lang.pattern("meeting_nouns").search(s.text) or lang.pattern("meeting_nouns").search(lead):
        return "proposal"
    # a bare time line ("Thursday, March 19, 8:00 - 10:00 a.m.") in a message that confirms
    # or proposes a meeting elsewhere in its words
    if lang.pattern("meeting_nouns").search(whole) and len(s.flat) <= 80:
        if lang.pattern("confirm_cues").search(whole):
            return "confirm"
        if lang.pattern("proposal_cues").search(whole):
            return "proposal"
        if lang.pattern("participants_before").search(whole):
            return "confirm"  # "You'll meet with Alyssa Cho … Tuesday 4/14, 11:00-11:45am": set
    return "none"


# a line of an itinerary, led by its time range: "10:00-11:00   Technical interview"
_TIMED_LINE = re.compile(
    r"\s*(?:\d{1,2}[:.h]\d\d|\d{4})\s*[-–]\s*(?:\d{1,2}[:.h]\d\d|\d{4})\s{2,}\S"
)


def _confirmed_before(s: Sentence, note: Annotated) -> bool:
    """The sentence just before, in its paragraph, is a confirmation alone: "Confirmed!",
    "All booked.", "Done, see below:"."""
    before = note.previous(s)
    return (
        before is not None
        and before.paragraph == s.paragraph
        and not before.times
        and not before.question
        and len(before.flat) <= 24
        and bool(lang.pattern("confirm_cues").search(before.text))
    )


def _options_follow(s: Sentence, note: Annotated) -> bool:
    """The sentence's day comes with times to choose from, introduced right after it ("The
    following start times are open:")."""
    after = note.sentences[s.index + 1] if s.index + 1 < len(note.sentences) else None
    return (
        after is not None
        and after.paragraph == s.paragraph
        and after.text.rstrip().endswith(":")
        and bool(lang.pattern("proposal_cues").search(after.text))
    )


_OR = re.compile(rf"\b(?:either|{lang.OR_WORDS})\b", re.IGNORECASE)


def _alternatives(s: Sentence) -> bool:
    """The sentence offers moments to choose from: two days or times with "or" between them."""
    spans = sorted(t.span for t in s.times)
    if len(spans) < 2 or len({t.start for t in s.times}) < 2:
        return False
    return bool(_OR.search(s.text[s.at(spans[0][1]) : s.at(spans[-1][0])]))


def _meeting_named_near(s: Sentence, note: Annotated) -> bool:
    """A meeting named in the sentence or the one before it in its paragraph ("Keen for a chat
    on the phone? Tues arvo?")."""
    before = note.previous(s)
    near = [s] + ([before] if before is not None and before.paragraph == s.paragraph else [])
    return any(lang.pattern("meeting_nouns").search(x.text) for x in near)


def _points_at_meeting(s: Sentence, note: Annotated) -> bool:
    """A meeting named in the sentence or the one before it, or pointed at ("it", "Thursday's")."""
    return _meeting_named_near(s, note) or bool(_POINTER.search(s.text))


def _days_in(s: Sentence) -> set[date]:
    """The days a sentence names, alone or with a time."""
    return {d.day for d in s.days} | {t.start.date() for t in s.times}


def _names_meeting(note: Annotated) -> bool:
    return bool(lang.pattern("meeting_nouns").search(note.message.subject + "\n" + note.body))


def _about_meeting(s: Sentence, lead: str, note: Annotated) -> bool:
    """A confirmation of a meeting, not of a courier's pickup: a meeting is named in the
    sentence, its lead, the message or its subject, or the sentence accepts in words people
    use for meeting ("see you", "works for me")."""
    if lang.pattern("accept_cues").search(s.text):
        return True
    whole = f"{note.message.subject}\n{lead}\n{note.body}"
    return bool(lang.pattern("meeting_nouns").search(whole))


def _is_confirmation(clause: str) -> bool:
    return bool(re.search(r"\bconfirm|\bbooked\b|\bscheduled\b|\bsee you\b", clause, re.I))


def _clause(sentence: str, at: int, until: int) -> str:
    """The clause of a sentence holding the span at..until: "I can't do Tuesday, but
    Wednesday at 2 works" gives "Wednesday at 2 works" for the second time."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, max(0, at)):
        start = m.end()
    end_m = _CLAUSE_BREAK.search(sentence, max(at, until))
    return sentence[start : end_m.start() if end_m else len(sentence)]


def _lead(s: Sentence, note: Annotated) -> str:
    """The sentence that introduces a list item or a labelled line ("Would any of these work:",
    "Your interview details:"): the nearest sentence before it that is not itself an item."""
    if not (_ITEM.match(s.text) or _after_colon(s, note) or _next_in_list(s, note)):
        return ""
    for x in reversed([x for x in note.sentences if x.index < s.index]):
        if x.paragraph < s.paragraph - 1:
            break
        # the lines of a list of times are its items, bulleted or not
        if not _ITEM.match(x.text) and not (x.times and len(x.flat) <= 80):
            return x.flat
    return ""


def _choices(s: Sentence, note: Annotated) -> bool:
    """The sentence is one of a list's lines of times on different days, in its paragraph: slots
    to choose from (an itinerary's lines share its day)."""
    if not _ITEM.match(s.text):
        return False
    items = [
        x for x in note.sentences if x.paragraph == s.paragraph and x.times and _ITEM.match(x.text)
    ]
    return len(items) >= 2 and len({t.start.date() for x in items for t in x.times}) >= 2


def _next_in_list(s: Sentence, note: Annotated) -> bool:
    """A short line of times right under another in its paragraph ("Thursday 26 February –
    9.00am or 1.30pm" then "Friday 27 February – 10.00am or 2.00pm"): the list goes on."""
    before = note.previous(s)
    return (
        before is not None
        and before.paragraph == s.paragraph
        and bool(before.times)
        and bool(s.times)
        and max(len(before.flat), len(s.flat)) <= 80
    )


def _after_colon(s: Sentence, note: Annotated) -> bool:
    before = note.previous(s)
    return before is not None and before.flat.endswith(":")


def _itinerary(offered: list[_Slot]) -> list[_Slot]:
    """Slots that are one day's itinerary, not times to choose from: all from one message, on
    one day, one after another, each line saying what happens then ("8:45 - 9:30 AM - Case
    interview with David Okonkwo"; not a list of bare times)."""
    if len(offered) < 2 or len({(p.msg.message_id, p.start.date()) for p in offered}) != 1:
        return []
    ordered = sorted(offered, key=lambda p: p.start)
    chained = all(
        a.end is not None and a.end <= b.start for a, b in zip(ordered, ordered[1:], strict=False)
    )
    described = all(len(re.findall(r"[^\W\d_]{3,}", p.sentence.flat)) >= 3 for p in ordered)
    return ordered if chained and described else []


def _confirms(note: Annotated) -> bool:
    return bool(lang.pattern("confirm_cues").search(note.message.subject + "\n" + note.body))


def _accepts(note: Annotated) -> bool:
    """The message says yes to something (and not no), and does not leave the choice for later
    ("Yes please, either could work. Let me look at my calendar and holler back")."""
    if _CHECKS_FIRST.search(note.body):
        return False
    for s in note.sentences:
        if lang.pattern("accept_cues").search(s.text) and not (
            lang.pattern("decline_cues").search(s.text) or _EITHER.search(s.text)
        ):
            return True
    return False


# a yes to every slot offered picks none; a look at one's calendar first agrees nothing yet
_EITHER = re.compile(
    r"\b(?:either|both|any of (?:those|these|them)|all of (?:those|these|them))(?: one| days?)?"
    r"(?: (?:could|would|should|will))? (?:works?|suits?|is fine|are fine|be fine)\b"
    r"|\b(?:cualquiera|n['’]importe lequel|qualquer um|beide)\b",
    re.I,
)
_CHECKS_FIRST = re.compile(
    r"\blet me (?:check|look at|have a look at|see|look) (?:at )?(?:my|the) (?:calendar|diary|"
    r"schedule|agenda)\b|\bdéjame (?:revisar|ver|checar) mi agenda\b|\bje (?:regarde|vérifie) "
    r"mon agenda\b|\bvou (?:ver|verificar) (?:a )?minha agenda\b|\bich (?:schaue|sehe) in "
    r"meine?n? kalender\b",
    re.I,
)


def _picked(note: Annotated, pending: list[_Slot], by_me: bool) -> _Slot | None:
    """The proposal a yes accepts: the one whose day it names, else the only one offered."""
    theirs = [p for p in pending if p.by_me != by_me]
    if not theirs:
        return None
    named = [d for s in note.sentences for d in s.days]
    if named:
        # "Thursday works" said on a Wednesday picks the Thursday offered, whichever week
        hits = [
            p
            for p in theirs
            if any(
                p.start.date() == d.day
                or (d.kind == "weekday" and p.start.weekday() == d.day.weekday())
                for d in named
            )
        ]
        return hits[-1] if len(hits) == 1 or len({h.start for h in hits}) == 1 else None
    last = max(p.msg.date for p in theirs)
    offered = [p for p in theirs if p.msg.date == last]
    return offered[0] if len({p.start for p in offered}) == 1 else None


def _moved_days(
    note: Annotated, msg: Message, by_me: bool, agreed: list[_Agreed], tz: tzinfo
) -> list[_Slot]:
    """ "Could we move it to Thursday?": the day named, at the time already agreed."""
    upcoming = [a for a in agreed if a.status == "agreed" and a.slot.start > msg.date]
    if not upcoming:
        return []
    base = upcoming[-1].slot
    out = []
    for s in note.sentences:
        if s.times or not s.days or not lang.pattern("move_cues").search(s.text):
            continue
        day = s.days[0].day
        local = base.start
        start = datetime.combine(day, local.timetz()).replace(tzinfo=local.tzinfo)
        if start == base.start:
            continue
        end = start + (base.end - base.start) if base.end else None
        out.append(_Slot(start, end, msg, s, by_me, "proposal", upcoming[-1]))
    return out


_NEXT_WEEK = re.compile(
    r"\bnext week\b|\bla semaine prochaine\b|\bsemaine prochaine\b|\bla próxima semana\b|"
    r"\bla semana que viene\b|\bnächste[nr]? woche\b|\bkommende[nr]? woche\b",
    re.IGNORECASE,
)
_DAY_NAMED = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th|er|º)?\b(?!\s*(?::|h\b|am\b|pm\b|ish\b|\.\d|[ap]\.m))|"
    rf"\d{{1,2}}[/.]\d{{1,2}}|{lex.MONTH}",
    re.IGNORECASE,
)


def _in_the_week_asked(
    t: TimeMention, previous: Annotated | None, tz: tzinfo
) -> tuple[datetime, datetime | None]:
    """A bare weekday in answer to "Tues or Thurs next week?" is next week's, not this week's
    ("Thurs. 6ish at Bar Oriol?" on a Wednesday is eight days on, not the next day)."""
    if previous is None or _DAY_NAMED.search(t.text):
        return t.start, t.end
    if not re.search(lex.WEEKDAY, t.text, re.IGNORECASE):
        return t.start, t.end
    if not _NEXT_WEEK.search(previous.message.subject + "\n" + previous.body):
        return t.start, t.end
    # the week after the one the question was asked in ("free next week", said on a Friday,
    # is the week a Monday reply's "Thursday" already falls in)
    asked = previous.message.date.astimezone(tz).date()
    if t.start.astimezone(tz).date() >= lex.monday(asked) + timedelta(days=7):
        return t.start, t.end  # already in the week meant
    week = timedelta(days=7)
    return t.start + week, (t.end + week if t.end else None)


def _weeks_apart(early: datetime, late: datetime) -> bool:
    """The same weekday and time one to three weeks apart."""
    gap = late - early
    return timedelta(days=7) <= gap <= timedelta(days=21) and gap % timedelta(days=7) == timedelta(
        0
    )


def _same_weekday_offered(slot: _Slot, pending: list[_Slot]) -> _Slot | None:
    """A time offered on the same weekday at the same time, one to three weeks from `slot`."""
    return next(
        (
            p
            for p in pending
            if _weeks_apart(slot.start, p.start) or _weeks_apart(p.start, slot.start)
        ),
        None,
    )


def _agree(agreed: list[_Agreed], slot: _Slot, messages: list[Message], note: Annotated) -> None:
    """Record an agreement; an earlier one not yet begun is moved when words of moving say so,
    or when the new one restates its weekday and time with a date one to three weeks on ("12:30
    Friday 27th it is" after "Friday works" was read as the coming Friday)."""
    if any(a.slot.start == slot.start and a.status == "agreed" for a in agreed):
        return
    for a in agreed:
        if (
            a.status == "agreed"
            and a.slot.start > slot.msg.date
            and _weeks_apart(a.slot.start, slot.start)
        ):
            a.status, a.why = "moved", f"the date restated by {slot.msg.message_id}"
    moving = bool(lang.pattern("move_cues").search(note.body)) or any(
        lang.pattern("move_cues").search(m.subject + " " + m.text) for m in messages[:-1]
    )
    for a in agreed:
        # a message moves what came before it, not the other times it sets itself (an
        # itinerary's next slot, under "if you need to reschedule, reply to this email")
        if (
            a.status == "agreed"
            and a.slot.start > slot.msg.date
            and moving
            and a.slot.msg is not slot.msg
        ):
            a.status, a.why = "moved", f"moved by {slot.msg.message_id}"
    if slot.moves is not None and slot.moves.status == "agreed":
        slot.moves.status, slot.moves.why = "moved", f"moved by {messages[-1].message_id}"
    agreed.append(_Agreed(slot, messages))


def _cancel_or_move(agreed: list[_Agreed], note: Annotated, msg: Message) -> None:
    """A cancellation (or a move with no new time yet) of a meeting not yet begun; a meeting
    that did not happen ("sorry I missed our call", a no-show)."""
    past = [
        a
        for a in agreed
        if a.status == "agreed" and a.slot.start <= msg.date <= a.slot.start + timedelta(days=7)
    ]
    if past and lang.pattern("missed_cues").search(note.body):
        past[-1].status, past[-1].why = "moved", f"did not happen ({msg.message_id})"
        return
    upcoming = [a for a in agreed if a.status == "agreed" and a.slot.start > msg.date]
    if not upcoming or msg in upcoming[-1].messages:
        return
    for s in note.sentences:
        cancel = lang.pattern("cancel_cues").search(s.text)
        move = lang.pattern("move_cues").search(s.text) and not s.times
        # "não vou conseguir estar aí hoje às 11h": a no, after it was agreed, naming its day
        if not (cancel or move) and lang.pattern("decline_cues").search(s.text):
            days = _days_in(s)
            said = next((a for a in upcoming if a.slot.start.date() in days), None)
            if said is not None:
                said.status, said.why = "moved", f"declined after it was agreed ({msg.message_id})"
                return
        # "Mr Adeyemi will no longer be available for tomorrow's interview. We will revert
        # with a new date": the meeting named in the sentence or the one before it
        if not (cancel or move) or not _points_at_meeting(s, note):
            continue
        days = _days_in(s)
        target = next((a for a in upcoming if a.slot.start.date() in days), upcoming[-1])
        if not cancel and not s.days and _clock_of(target.slot.start).search(s.text):
            continue  # "Joe will take your chat at 10:30 instead": someone else, same time
        if cancel:
            target.status, target.why = "cancelled", f"cancelled by {msg.message_id}"
        elif not s.days:  # a move with no new day yet: it did not happen at the old time
            target.status, target.why = "moved", f"to be moved ({msg.message_id})"
        return


def _answered(
    thread: Thread, msg: Message, me: Identity, slot: _Slot, notes: Notes
) -> Message | None:
    """The other side's last message before `msg`, within a week, when it named the slot's day
    without its time ("Stage mardi le 7?"): what `msg` answers, time and all."""
    mine = me.sent_by_me(msg)
    earlier = [
        m
        for m in thread.messages
        if msg.date - timedelta(days=7) <= m.date < msg.date
        and me.sent_by_me(m) != mine
        and not m.bulk
    ]
    if not earlier:
        return None
    day = slot.start.date()
    said = notes(earlier[-1]).sentences
    return earlier[-1] if any(d.day == day for s in said for d in s.days) else None


def _said_before(thread: Thread, notes: Notes, me: Identity, a: _Agreed) -> list[str]:
    """What the other side wrote in the thread once the meeting was agreed and before it began
    (not about an earlier time: "Jean-François a un imprévu mardi matin" moves that one)."""
    agreed = max(m.date for m in a.messages)
    return [
        notes(m).body
        for m in thread.messages
        if agreed <= m.date <= a.slot.start and not m.bulk and not me.sent_by_me(m)
    ]


def _clock_of(start: datetime) -> re.Pattern[str]:
    """The meeting's own clock time as written: "10:30", "10.30", "10h30", "10:30am"."""
    h, m = start.hour, start.minute
    hours = {str(h), f"{h:02d}"} | ({str(h - 12)} if h > 12 else set())
    return re.compile(rf"\b(?:{'|'.join(sorted(hours))})[:.h]{m:02d}\b")


def _replaced(a: _Agreed, agreed: list[_Agreed]) -> _Agreed | None:
    """The agreement that `a` moved: the one marked moved by a message of `a`'s."""
    ids = {m.message_id for m in a.messages}
    return next(
        (
            b
            for b in agreed
            if b is not a and b.status == "moved" and b.why.removeprefix("moved by ") in ids
        ),
        None,
    )


def _meeting(
    a: _Agreed, thread: Thread, notes: Notes, now: datetime, people: People
) -> tuple[Meeting, bool]:
    """The meeting an agreement made, and whether its people were named for it (not only the
    person the time was agreed with)."""
    slot = a.slot
    end = slot.end or _stated_length(thread, notes, slot)
    status = {"cancelled": "cancelled", "moved": "moved"}.get(
        a.status, "done" if slot.start <= now else "scheduled"
    )
    # a meeting moved or called off is spoken of until then: whoever the thread names after it
    # ("the final step is an HR discussion with Sneha") is for another meeting
    mover = re.search(r"<[^<>]+>", a.why) if a.status in ("moved", "cancelled") else None
    until = next((m.date for m in thread.messages if mover and m.message_id == mover[0]), None)
    attendees, why = met_in_words(people, a.messages, slot.start, until)
    meeting = Meeting(
        thread.id,
        slot.start,
        end,
        status,
        attendees,
        "scheduler" if slot.how == "scheduler" else "text",
        f"{slot.msg.message_id}: '{_short(slot.sentence.flat)}'"
        + (f" ({a.why})" if a.why else "")
        + f"; met: {why}",
    )
    return meeting, why in (NAMED, NAMED_BEFORE_MOVE, JOINING)


def _stated_length(thread: Thread, notes: Notes, slot: _Slot) -> datetime | None:
    """'a 30-minute phone screen': the length said in the exchange that set the time."""
    for candidate in reversed([m for m in thread.messages if m.date <= slot.msg.date]):
        minutes = duration_minutes(notes(candidate).body)
        if minutes and 10 <= minutes <= 8 * 60:
            return slot.start + timedelta(minutes=minutes)
    return None


def _same_invite(thread: Thread, start: datetime, calendar: CalendarIndex, me: Identity) -> bool:
    """An invite is this meeting: it names the same day in this thread, or the same moment with
    this thread's company (an unrelated meeting at the same hour is not)."""
    if start.date() in calendar.days.get(thread.id, set()):
        return True
    owners = calendar.instants.get(start)
    if not owners:
        return False
    return bool(_domains(thread, me) & owners)


def _domains(thread: Thread, me: Identity) -> set[str]:
    """The mail domains of everyone in a thread but the user."""
    return {
        a.email.rsplit("@", 1)[-1]
        for m in thread.messages
        for a in ((m.sender,) if m.sender else ()) + m.recipients()
        if not me.is_me(a)
    }


def _short(text: str) -> str:
    return text if len(text) <= 160 else text[:157] + "..."


# --- one message on its own (followupd inspect) ------------------------------------------------
@dataclass(frozen=True)
class Mentioned:
    """A meeting one message sets, confirms, moves or cancels, read from that message alone."""

    start: datetime | date  # a date alone when the message gives no time
    end: datetime | None
    status: str  # proposed, scheduled, moved, cancelled
    people: tuple[Address, ...]
    evidence: str


def message_meetings(note: Annotated, people: People) -> list[Mentioned]:
    """Each meeting a message names, with what it does to it, from no one's side: invitations
    by their method, clauses by how they are worded, days without a time when a meeting is
    named with them."""
    msg = note.message
    out: list[Mentioned] = []
    for ev in msg.events:
        if ev.method in ("REPLY", "COUNTER", "REFRESH", "DECLINECOUNTER"):
            continue
        status = "cancelled" if ev.status == "CANCELLED" else "scheduled"
        out.append(
            Mentioned(
                ev.start, ev.end, status, met_by_invite(people, ev, msg), f"invite '{ev.summary}'"
            )
        )
    named = tuple(people.named(note.body))
    for s in note.sentences:
        moving = bool(lang.pattern("move_cues").search(s.text))
        for i, t in enumerate(s.times):
            how = _reading(s, t, note)
            if how in ("deadline", "none", "decline"):
                continue
            status = {"proposal": "proposed", "cancel": "cancelled"}.get(how, "scheduled")
            if moving and len(s.times) > 1 and i == 0:
                status = "moved"
            out.append(Mentioned(t.start, t.end, status, named, s.flat))
        if s.times or not s.days:
            continue
        day_status = _day_status(s, note.paragraph(s.paragraph), msg.subject)
        if day_status is not None:
            out.extend(Mentioned(d.day, None, day_status, named, s.flat) for d in s.days)
    if not out:  # "Interview on Friday, May 5th": the subject alone names the day
        out += _subject_days(note, named)
    return out


def _day_status(s: Sentence, paragraph: str, subject: str) -> str | None:
    """What a sentence naming days without a time does with them, if a meeting is named in it,
    its paragraph or the subject; None when it sets nothing (a deadline, an aside)."""
    if _DEADLINE_BEFORE.search(s.text[: s.at(s.days[0].start)].rstrip()):
        return None
    context = f"{s.text}\n{paragraph}\n{subject}"
    if not lang.pattern("meeting_nouns").search(context):
        return None
    if lang.pattern("cancel_cues").search(paragraph):
        return "cancelled"
    if lang.pattern("move_cues").search(s.text):
        return "moved" if len(s.days) > 1 else "proposed"
    if s.question or lang.pattern("proposal_cues").search(s.text):
        return "proposed"
    if lang.pattern("confirm_cues").search(s.text) or lang.pattern("accept_cues").search(s.text):
        return "scheduled"
    return None


def _subject_days(note: Annotated, named: tuple[Address, ...]) -> list[Mentioned]:
    from daemon.infer import _date_words as lex

    subject = note.message.subject
    if not lang.pattern("meeting_nouns").search(subject):
        return []
    days = lex.scan_days(subject, note.message.date.date(), lex.skip_spans(subject))
    cancelled = lang.pattern("cancel_cues").search(subject + "\n" + note.body)
    status = "cancelled" if cancelled else "scheduled"
    return [Mentioned(d.day, None, status, named, f"subject: {subject}") for d in days[:1]]
