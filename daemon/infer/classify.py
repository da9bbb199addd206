"""Is a thread job search, and what kind: words with their evidence, nothing hidden."""

from __future__ import annotations

import re
from dataclasses import dataclass

from daemon.model import Message, Thread

# Words that only job search uses in this sense. Each match is evidence.
_JOB = re.compile(
    r"\b(appl(y|ied|ying|ication|icant)s?|candidat(e|es|ure)|recruit(er|ers|ing|ment)|"
    r"talent (acquisition|partner|team)|hiring( manager| team)?|interview(s|ed|ing|er|ers)?|"
    r"phone screen|screening call|r[ée]sum[ée]|\bcv\b|lebenslauf|cover letter|"
    r"portfolio[ -](presentation|review|präsentation)|vorstellungsgespräch|"
    r"(job|role|position) (offer|opening|posting)|offer letter|"
    r"open (role|position)|positions?|roles?|shortlist|onsite|take-home|bewerbung|"
    r"next steps|headcount|req(uisition)?\s?#?\d+)\b",
    re.IGNORECASE,
)
# Networking: introductions, advice chats, alumni.
_NETWORKING = re.compile(
    r"\b(intro(duction|duce|ducing)?|connecting you|alum(ni|nus|na)?|informational|"
    r"career (change|switch|move)|made the switch|moving (from|into) \w+|mentor(ing)?|"
    r"pick your brain|network(ing)?|career advice|informational interview)\b",
    re.IGNORECASE,
)
# The user on the hiring side at their own job: interviewing candidates is not a job search.
_INTERVIEWER_SIDE = re.compile(
    r"\b(candidates\b|interview(ing)? (panel|loop|slate|schedule) for|debrief|scorecards?|"
    r"hiring committee|interview feedback form)",
    re.IGNORECASE,
)
_CANDIDATE_SIDE = re.compile(
    r"\b(your (application|candidacy|r[ée]sum[ée]|cv|background|profile|portfolio|experience)|"
    r"you applied|for applying|interview you|meet(ing)? you|speak(ing)? with you|"
    r"talk(ing)? (to|with) you|(chat|coffee) with you|your interest in)",
    re.IGNORECASE,
)
# Phrases where a job word means something else.
_FALSE_FRIENDS = re.compile(
    r"parent[\s\-–]+teacher\s+interviews?|job (no\.?|number|#)\s*\d+|print job|cron job",
    re.IGNORECASE,
)
_REJECTION = re.compile(
    r"(move|moving|go|going|proceed|proceeding|continue|continuing) forward with (other|another)"
    r" candidate|decided to (go|continue|proceed|move forward) with (other|another|a)\b[^.]{0,40}"
    r"candidate|(won't|will not|not) be (progressing|proceeding|moving (forward|ahead)|"
    r"going (forward|ahead)|taking (your application|this) (any )?further)|"
    r"(chosen|selected|hired|offered the (role|position) to) (a|another|a different) candidate|"
    r"decided not to (move|proceed|progress|continue)|pursue other candidates|"
    r"no longer (being )?considered|"
    r"(position|role) has (now )?been filled|regret to inform|not (been )?selected|"
    r"unfortunately[^.]{0,80}\b(not|no longer)\b[^.]{0,40}(progress|proceed|move forward|"
    r"considered)|absage|leider[^.]{0,80}nicht",
    re.IGNORECASE,
)
_OFFER = re.compile(
    r"pleased to (offer|extend)|(extend|make) (you )?an offer|offer letter|"
    r"(we'd|we would) like to offer you|formal offer",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Verdict:
    job_related: bool
    networking: bool
    evidence: tuple[str, ...]


def job_signals(thread: Thread) -> Verdict:
    """Whether a thread's own words (subjects and new text) are about a job search."""
    evidence: list[str] = []
    networking = False
    # once a thread says "parent-teacher interviews", its bare "interviews" mean those too
    false_friend = any(_FALSE_FRIENDS.search(m.subject + "\n" + m.text) for m in thread.messages)
    for msg in thread.messages:
        for text in (msg.subject, msg.text):
            clean = _FALSE_FRIENDS.sub(" ", text)
            for m in _JOB.finditer(clean):
                if false_friend and m.group(0).lower().startswith("interview"):
                    continue
                evidence.append(f"{msg.message_id}: '{m.group(0)}'")
            for m in _NETWORKING.finditer(clean):
                networking = True
                evidence.append(f"{msg.message_id}: '{m.group(0)}'")
    words = "\n".join(m.subject + "\n" + m.text for m in thread.messages)
    if _INTERVIEWER_SIDE.search(words) and not _CANDIDATE_SIDE.search(words):
        return Verdict(
            False, False, ("the user is on the hiring side: " + evidence[0],) if evidence else ()
        )
    return Verdict(bool(evidence), networking, tuple(dict.fromkeys(evidence))[:6])


def closing_message(thread: Thread, from_company: list[Message]) -> tuple[str, str] | None:
    """The rejection or offer that ends a thread's callbacks: (Message-ID, 'rejection'|'offer')."""
    for msg in reversed(from_company):
        if _REJECTION.search(msg.text):
            return msg.message_id, "rejection"
        if _OFFER.search(msg.text):
            return msg.message_id, "offer"
    return None
