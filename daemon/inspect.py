"""`followupd inspect`: what followupd understands from one message alone, from no one's side
(shared/contracts/README.md, "Looking at single messages"; the lines match
inspect.schema.json). Reads files, writes nothing, needs no mailbox or state database."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from daemon.errors import MessageError
from daemon.infer import lang
from daemon.infer.annotate import Annotations, Sentence
from daemon.infer.facts import closing_message
from daemon.infer.meetings import Mentioned, message_meetings
from daemon.infer.met import People
from daemon.infer.parties import name_directory, thread_parties
from daemon.infer.people import Identity
from daemon.infer.promises import find_promises
from daemon.infer.signals import Decision, decide_thread
from daemon.model import Meeting, Message, Thread
from daemon.parse import parse_message

MAX_FILE = 25 * 1024 * 1024  # a larger file is not a message anyone sent
ONE_MESSAGE_THRESHOLD = 2

# A specific interview, not the word in passing: its time, its people, what happens to it.
_SPECIFIC = re.compile(
    r"\b(?:(?:the|your|his|her|their|our|my|an|this|next|second|final|phone|telephone|video|"
    r"in-person|onsite|on-site|first|follow-up|panel|technical)\s+interviews?\b"
    r"|interview(?:s|ed|ing)?\s+(?:with|on|at|for|him|her|them|you|me|today|tomorrow|next|this|"
    r"schedule|slots?|times?|day|dates?|went|process)"
    r"|(?:set(?:ting)? up|arrange|schedul\w*|reschedul\w*|cancel\w*|confirm\w*|book\w*|"
    r"invite\w*|come in for|prepare for|thank\w* (?:you )?for)\s+(?:\w+\s+){0,3}interviews?"
    r"|to interview\b|interviewing\s+(?:[A-Z]\w+|the|a|candidates?))",
    re.IGNORECASE,
)


# About interviewing in general, not an interview: training, policy, question banks.
_POLICY = re.compile(
    r"\b(?:interview(?:ing)? (?:training|skills|guidelines|policy|policies|techniques|tips)|"
    r"(?:policy|guidelines|procedure) (?:on|for) interview\w*|behavioral interviewing)\b",
    re.IGNORECASE,
)


def inspect_file(path: Path, me: Identity, tz: tzinfo) -> dict[str, Any]:
    """One line of `followupd inspect --json` for the file; never raises on a bad file."""
    line: dict[str, Any] = {
        "file": str(path),
        "message_id": None,
        "date": None,
        "job_related": False,
        "about_interview": False,
        "category": None,
        "meetings": [],
        "promises": [],
        "evidence": [],
        "error": None,
    }
    try:
        if path.stat().st_size > MAX_FILE:
            raise MessageError(f"larger than {MAX_FILE // (1024 * 1024)} MiB")
        data = path.read_bytes()
        msg = parse_message(data, account="inspect", folder="", ref=str(path), default_tz=tz)
    except (OSError, MessageError) as exc:
        line["error"] = f"cannot read {path}: {exc}"
        return line
    forwarded = forwarded_message(msg, data)
    try:
        line.update(inspect_message(msg, me, tz, forwarded))
    except Exception as exc:  # one message must not stop the others: say so on its line
        line["error"] = f"could not read what {path} says: {exc.__class__.__name__}: {exc}"
    return line


def inspect_message(
    msg: Message, me: Identity, tz: tzinfo, forwarded: Message | None = None
) -> dict[str, Any]:
    """The fields of one message's line, from the message alone (and, for a forward whose
    point is what it forwards, from that)."""
    thread = Thread(msg.message_id, (msg,))
    notes = Annotations(tz)
    parties = thread_parties(thread, notes, me)
    directory = name_directory((p.address for p in parties.values()), thread, notes, me)
    people = People(thread, notes, me, parties, directory)
    mentioned = message_meetings(notes(msg), people)
    promises = find_promises(thread, notes, me, tz).promises
    if forwarded is not None and not mentioned:  # "FYI", "please calendar": its content
        mentioned = message_meetings(notes(forwarded), people)
    # one message alone carries less evidence than a thread: a hiring word and one thing more
    decision = decide_thread(
        thread,
        notes,
        me,
        parties,
        [_as_meeting(m, thread) for m in mentioned],
        None,
        (),
        promises,
        threshold=ONE_MESSAGE_THRESHOLD,
    )
    job = decision.process and not _in_passing(msg, notes(msg).sentences)
    text = msg.subject + "\n" + notes(msg).body
    about = job and decision.interviewing and not _POLICY.search(text)
    return {
        "message_id": msg.message_id,
        "date": msg.date.isoformat(),
        "job_related": job,
        "about_interview": about,
        "category": _category(decision, msg, bool(mentioned)) if job else None,
        "meetings": [_meeting_json(m) for m in mentioned] if job else [],
        "promises": [
            {"last_day": p.last_day, "made_by": p.made_by.email, "evidence": p.text}
            for p in promises
        ]
        if job
        else [],
        "evidence": [f"{s.name} ({s.weight:+d}): {s.evidence}" for s in decision.signals],
    }


# What starts a forwarded message in the clients people use, Lotus Notes' included.
_FORWARD = re.compile(
    r"^-{3,}\s*(?:Forwarded by|Forwarded message|Original Message)[^\n]*$|^Begin forwarded message",
    re.IGNORECASE | re.MULTILINE,
)


def forwarded_message(msg: Message, data: bytes) -> Message | None:
    """For a forward with only a short note of its own ("FYI", "please calendar"), the message
    it forwards, dated like the forward (the forward's point is that content)."""
    if len(msg.text) > 400:
        return None
    try:
        whole = email.message_from_bytes(data, policy=email.policy.compat32)
        part = next((p for p in whole.walk() if p.get_content_type() == "text/plain"), None)
        payload = part.get_payload(decode=True) if part is not None else None
    except Exception:  # a forward we cannot open is read as the message it is
        return None
    if not isinstance(payload, bytes):
        return None
    text = payload.decode("utf-8", errors="replace")
    marker = _FORWARD.search(text)
    if marker is None:
        return None
    body = re.sub(r"^>\s?", "", text[marker.end() :], flags=re.MULTILINE)[:20_000]
    return replace(msg, text=body, ref=f"{msg.ref}#forwarded")


def _in_passing(msg: Message, sentences: tuple[Sentence, ...]) -> bool:
    """A long message that mentions hiring in a sentence or two of many (a status report, a
    newsletter) is not about it."""
    hiring = re.compile(
        "|".join(f"(?:{lang.pattern(f).pattern})" for f in ("job_words", "hiring_context")),
        re.IGNORECASE,
    )
    if hiring.search(msg.subject) or len(sentences) < 15:
        return False
    return sum(1 for s in sentences if hiring.search(s.text)) < 0.1 * len(sentences)


def _neutral(text: str) -> str:
    return lang.pattern("other_interviews").sub(" ", text)


def _as_meeting(m: Mentioned, thread: Thread) -> Meeting:
    start = m.start if isinstance(m.start, datetime) else thread.messages[0].date
    return Meeting(thread.id, start, m.end, m.status, m.people, "text", m.evidence)


def _meeting_json(m: Mentioned) -> dict[str, Any]:
    return {
        "start": m.start.isoformat(),
        "end": m.end.isoformat() if m.end else None,
        "status": m.status,
        "people": [{"name": a.name, "email": a.email} for a in m.people],
        "evidence": m.evidence,
    }


def _category(d: Decision, msg: Message, has_meeting: bool) -> str:
    closed = closing_message([msg])
    if closed:
        return closed[1]
    if d.interviewing or has_meeting and not d.networking:
        return "interview"
    if d.networking:
        return "networking"
    names = {s.name for s in d.signals}
    if "a recruiter or coordinator writes" in names:
        return "recruiter"
    return "application"
