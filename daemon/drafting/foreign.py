"""The hook that writes a draft in the thread's language when it is one we write besides
English (daemon/drafting/words/): what a note says is worked out here, as the kinds work it out
for English, and the language module puts it in words.

The user's [profile] is written in the user's language: a reason or an update is used in a
note in another language only when it reads as that language (daemon/drafting/language.py);
otherwise the note keeps its `[add: ...]` slot for the user to fill, and the lint says so.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from daemon.drafting.language import looks_like
from daemon.drafting.templates import sentence, signature
from daemon.drafting.words import Note, familiar_with, tongue, voice_in
from daemon.followups.base import Kind, Writing, meeting_end
from daemon.followups.occasion import introducer, occasion, session_name, since, turn
from daemon.infer.dates import add_business_days
from daemon.model import Followup, Meeting, Promise
from daemon.threading import strip_prefixes


def body(kind: Kind[Any], f: Followup, w: Writing) -> str | None:
    """The draft's text in the thread's language (`w.language`), or None when that language is
    English or one we do not write (the kind's own English wording is used then)."""
    t = tongue(w.language)
    if t is None or kind.name not in t.bodies:
        return None
    today = w.now.astimezone(w.tz).date()
    familiar = kind.name in t.familiar_kinds and familiar_with(t, f.to, w.facts, w.user.emails)
    voice = voice_in(t, f.to, w.facts, w.user.emails, familiar)
    reasons = tuple(r for r in w.profile.reasons if looks_like(r, t.code))
    update = w.profile.recent_update
    note = Note(
        greeting=voice.greeting,
        sign_off=voice.sign_off,
        signature=signature(w.user, w.sender_email),
        company=w.company,
        role=w.role,
        check_in=add_business_days(today, 5),
        later=add_business_days(today, 20),
        reasons=reasons,
        update=sentence(update) if update and looks_like(update, t.code) else None,
        today=today,
        familiar=familiar,
    )
    payload = kind.payload(f)
    meeting = getattr(payload, "meeting", None)
    promise = getattr(payload, "promise", None)
    application = getattr(payload, "application", None)
    changes: dict[str, Any] = {}
    if isinstance(meeting, Meeting):
        changes["met"] = meeting.start.astimezone(w.tz).date()
        changes["names"] = tuple(meeting.unknown)
        if kind.name == "thank_you":
            changes.update(_thank_you(f, meeting, w))
        elif kind.name == "networking":  # the introductions or the lead they gave since
            end = meeting_end(meeting)
            changes["referral"] = since(meeting, end, f.to, w.facts, w.now, w.mine).referral
    if isinstance(promise, Promise):
        changes["promised"] = date.fromisoformat(promise.last_day)
        changes["said"] = promise.made_at.astimezone(w.tz).date()
        changes["by"] = date.fromisoformat(promise.last_day)
        changes["promise_text"] = _short(promise.text)
    if application is not None:
        changes["sent"] = application.sent_at.astimezone(w.tz).date()
        changes["about"] = _subject(w.subject)
    return t.bodies[kind.name](replace(note, **changes))


def _thank_you(f: Followup, meeting: Meeting, w: Writing) -> dict[str, Any]:
    mine = w.mine
    end = meeting_end(meeting)
    after = since(meeting, end, f.to, w.facts, w.now, mine)
    today = w.now.astimezone(w.tz).date()
    kind = occasion(meeting, w.facts, mine)
    p = after.promise
    # quoted only while its day is ahead, and only when it was theirs ("comme vous l'avez
    # indiqué"): as the English notes (daemon/followups/thank_you_words.py)
    theirs = p is not None and p.made_by.email == f.to.email
    promised = date.fromisoformat(p.last_day) if p is not None and theirs else None
    return {
        "occasion": _NEAREST.get(kind, kind),
        "rejected": after.rejected,
        "told": after.rejected_by is not None and after.rejected_by.email == f.to.email,
        "promised": promised if promised is not None and promised > today else None,
        "take_home": after.take_home,
        "referral": after.referral,
        "late": after.late,
        "turn": turn(meeting, f.to, w.facts, mine),
        "introducer": introducer(w.facts, f.to, mine),
        "session": session_name(meeting, w.facts),
    }


# the occasions the language modules have no words of their own for, and the nearest they have
_NEAREST = {
    "hiring": "screen",
    "advised": "informational",
    "feedback": "adviser",
    "look_round": "visit",
}


def _subject(subject: str) -> str:
    return strip_prefixes(subject) or subject


def _short(text: str) -> str:
    text = text.replace("[", "(").replace("]", ")")
    return text if len(text) <= 120 else text[:117] + "..."
