"""What a meeting was, and what happened after it, read from its thread: the thank-you's
wording follows both.

A meeting is one of `Occasion`: an interview, a phone screen, a panel, a visit (an onsite, a
campus visit, a site tour), a group session (an assessment day, a trial shift), an informational
or networking conversation, an introduction or referral call, or a meeting with an investor or
adviser. The words that decide are the meeting's own (its invite's title and text, the
thread's subject, the sentence it was agreed in) before the rest of the thread up to it.

After the meeting the thread may say: a rejection (the note becomes the rejection variant), a
promise of news from the other side, a take-home exercise, a referral; and the note may come
late (more than a day after the meeting's end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from daemon.infer.people import first_name
from daemon.model import Address, Meeting, Promise, ThreadFacts

Occasion = Literal[
    "interview", "screen", "panel", "visit", "group", "informational", "introduction", "adviser"
]
# the occasions that are a step towards a job: the note may say why the user fits
INTERVIEWS: frozenset[Occasion] = frozenset({"interview", "screen", "panel", "visit", "group"})

_GROUP = re.compile(
    r"group (interview|session|exercise|assessment)|assessment (day|cent(re|er))|hiring event|"
    r"trial (shift|day)|working interview|information session",
    re.IGNORECASE,
)
_VISIT = re.compile(
    r"site (visit|tour)|\btour\b|informal visit|campus visit|on-?campus|\bon-?site\b|"
    r"office visit|itinerary|visit (to|of) (the|our)",
    re.IGNORECASE,
)
_PANEL = re.compile(r"\bpanel\b|second round|final (round|interview)|case session", re.IGNORECASE)
_INTERVIEW = re.compile(
    r"interview|entrevista|entretien|vorstellungsgespräch|bewerbung|"
    r"portfolio[- ](review|presentation|präsentation)|präsentation|case presentation|"
    r"assessment (call|interview)",
    re.IGNORECASE,
)
_INFORMATIONAL = re.compile(r"informational (interview|chat|call|meeting)", re.IGNORECASE)
# the other side is hiring for an opening the meeting was about, or took the user on to a next
# round after it: a job interview however friendly ('I have a store mgr opening … we'll walk the
# store and talk'; 'passing ur resume to HR so she can set up next round')
_HIRING = re.compile(
    r"\b(i|we) (have|'ve got|are hiring for) an? [\w .-]{0,40}?\b(opening|vacancy|position)\b|"
    r"\bnext round\b|\bsecond interview\b|\bset up (the |a )?next (step|round|interview)\b|"
    r"\b(pass|passing|forward|forwarding|send|sending) (ur|your) (resume|r[ée]sum[ée]|cv) to "
    r"[\w ]{0,30}\b(hr|recruit|hiring)",
    re.IGNORECASE,
)
_SCREEN = re.compile(
    r"phone screen|screening|phone (call|interview)|recruiter call|initial (call|chat)|"
    r"first (call|chat)|quick (call|chat)|kennenlern",
    re.IGNORECASE,
)
_ADVISER = re.compile(
    r"\binvest(or|ors|ment partner)\b|\bventure\b|\bVC\b|\bangel\b|\badvis(e|or|er)s?\b|"
    r"\bmentor|\bboard (member|of directors|meeting)|\bportfolio compan",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"\bintro(duction|ductory)?\b|\breferr(al|ed)\b|\brefer you\b|put (you|us) in touch|"
    r"suggested (we|I) (connect|speak|talk)|says good things|passed (on )?your (cv|r[ée]sum[ée])",
    re.IGNORECASE,
)
_TAKE_HOME = re.compile(
    r"take[- ]home|case study|technical (exercise|task|assignment)|coding (exercise|challenge)|"
    r"(written|short) (exercise|assignment)|presentation task",
    re.IGNORECASE,
)
_REFERRAL = re.compile(
    r"\brefer(red)? you\b|put you in touch|introduce you|pass(ed)? (on )?your (name|details|cv|"
    r"r[ée]sum[ée]|profile)|forward(ed)? your (cv|r[ée]sum[ée]|profile)|connect you with|"
    # what someone writes once they have done it: told a contact about the user, or sent theirs
    r"\b(mentioned|recommended) you to\b|"
    r"\b(i've|i have) (written|spoken|reached out) to (?-i:[A-Z])|"
    r"\bhere(?:'s| is) ([\w ]{1,30}'s |her |his |their )?(contact|details|email)\b|"
    r"\b(told|asked) (her|him|them) to expect\b|\ba heads[- ]up about you\b|"
    r"\btell (him|her|them) I sent you\b|\ble (coment[ée]|habl[ée]|escrib[íi]) de ti\b|"
    r"\bje lui ai (parlé|écrit) de (toi|vous)\b|\b(ihr|ihm) von (dir|ihnen) erzählt\b",
    re.IGNORECASE,
)
_REJECTION_CATEGORY = "rejection"


@dataclass(frozen=True)
class Since:
    """What the thread says happened after the meeting, for one person's note."""

    rejected: bool = False
    rejected_by: Address | None = None  # who wrote the decision (the office, a recruiter…)
    promise: Promise | None = None  # news promised by the other side after the meeting
    take_home: bool = False  # an exercise to do was set
    referral: bool = False  # they offered to refer or introduce the user
    late: bool = False  # written more than a day after the meeting's end


def occasion(meeting: Meeting, facts: ThreadFacts | None) -> Occasion:
    """What kind of meeting it was, from what the thread says of it."""
    own = _own_words(meeting, facts)
    before = own + "\n" + _text_before(meeting, facts)
    after = _text_after(meeting, facts)
    networking = meeting.networking or (facts is not None and facts.category == "networking")
    if _GROUP.search(own):
        return "group"
    if _VISIT.search(own):
        return "visit"
    if _PANEL.search(own):
        return "panel"
    if _INFORMATIONAL.search(own):
        return "informational"
    if _INTERVIEW.search(own) or (networking and _HIRING.search(before + "\n" + after)):
        return "screen" if _SCREEN.search(own) else "interview"
    if networking and _ADVISER.search(before):
        return "adviser"
    if _INTRO.search(own):
        return "introduction"
    if networking:
        return "informational"
    if _SCREEN.search(before):
        return "screen"
    return "interview"


def since(
    meeting: Meeting,
    end: datetime,
    to: Address,
    facts: ThreadFacts | None,
    now: datetime,
    mine: frozenset[str],
) -> Since:
    """What happened after the meeting that the note to `to` should acknowledge (`mine`: the
    user's own addresses, whose messages say nothing of the other side's)."""
    late = now - end > timedelta(days=1)
    if facts is None:
        return Since(late=late)
    after = [
        m
        for m in facts.thread.messages
        if m.date > meeting.start and m.sender is not None and m.sender.email not in mine
    ]
    closing = next((m for m in after if m.message_id == facts.closed_by), None)
    rejected = closing is not None and facts.category == _REJECTION_CATEGORY
    promises = [p for p in facts.promises if p.made_at > meeting.start]
    promise = next((p for p in reversed(promises) if p.made_by.email == to.email), None)
    promise = promise or (promises[-1] if promises else None)
    theirs = "\n".join(m.text for m in after)
    from_them = "\n".join(
        m.text for m in after if m.sender is not None and m.sender.email == to.email
    )
    return Since(
        rejected=rejected,
        rejected_by=closing.sender if rejected and closing is not None else None,
        promise=None if rejected else promise,
        take_home=not rejected and bool(_TAKE_HOME.search(theirs)),
        referral=bool(_REFERRAL.search(from_them)),
        late=late,
    )


def _own_words(meeting: Meeting, facts: ThreadFacts | None) -> str:
    words = [meeting.evidence.split(": ", 1)[-1]]
    if facts is not None:
        words.append(facts.thread.subject)
        for m in facts.thread.messages:
            if m.date <= meeting.start:
                words += [m.subject]
            for ev in m.events:
                if meeting.uid is None or ev.uid == meeting.uid:
                    words += [ev.summary, ev.description]
    return "\n".join(words)


def _text_after(meeting: Meeting, facts: ThreadFacts | None) -> str:
    if facts is None:
        return ""
    return "\n".join(m.text for m in facts.thread.messages if m.date > meeting.start)


def _text_before(meeting: Meeting, facts: ThreadFacts | None) -> str:
    if facts is None:
        return ""
    return "\n".join(m.text for m in facts.thread.messages if m.date <= meeting.start)


def session_name(meeting: Meeting, facts: ThreadFacts | None) -> str:
    """What a group session was called: 'assessment day', 'trial shift', else 'session'."""
    found = _GROUP.search(_own_words(meeting, facts))
    return found.group(0).lower() if found else "session"


def introducer(facts: ThreadFacts | None, to: Address, mine: frozenset[str]) -> str | None:
    """The first name of whoever introduced the user to `to`: the thread's first writer, when
    that is neither of them and wrote an introduction."""
    if facts is None or not facts.thread.messages:
        return None
    first = facts.thread.messages[0]
    if first.sender is None or first.sender.email in mine or first.sender.email == to.email:
        return None
    if not _INTRO.search(first.subject + "\n" + first.text):
        return None
    return first_name(first.sender)
