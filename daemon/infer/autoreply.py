"""Automatic replies: out-of-office notices and other auto-answers. They are never a person
answering (a promise, an application), and an out-of-office from someone who promised news says
when they are back, which moves the day to chase them.

A message is an automatic reply when its subject says so ("Automatic reply: ...", "Out of
Office: ...", "Abwesenheitsnotiz: ...") or when it is flagged automated (Auto-Submitted,
X-Autoreply) and its words are an out-of-office's ("I am out of the office until ..."). Its
return day is the latest day it names from its own date on.

Example::

    >>> from datetime import datetime, timezone
    >>> from daemon.model import Address, Message
    >>> m = Message("a", "INBOX", "1", "<1@x>", "Automatic reply: Next steps",
    ...             datetime(2026, 3, 3, 10, tzinfo=timezone.utc), Address("dana@acme.example"),
    ...             text="I am out of the office until 16 March, with limited access to email.")
    >>> is_auto_reply(m)
    True
    >>> from daemon.infer.annotate import annotate
    >>> read_auto_reply(annotate(m, timezone.utc), "<t>").back
    '2026-03-16'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from daemon.infer import lang
from daemon.infer.annotate import Annotated
from daemon.model import AutoReply, Message, Thread

Notes = Callable[[Message], Annotated]
_PREFIX = re.compile(r"^\s*(?:(?:re|aw|fw|fwd|tr|rv)\s*:\s*)*", re.IGNORECASE)


def is_auto_reply(msg: Message) -> bool:
    """An out-of-office or other automatic reply: by its subject, or flagged automated and
    worded like one. List mail is not."""
    if msg.bulk:
        return False
    subject = _PREFIX.sub("", msg.subject)
    found = lang.pattern("auto_reply_subjects").match(subject)
    if found is not None and subject[found.end() :].lstrip()[:1] in (":", "-", "–", "|", ""):
        return True
    return msg.automated and bool(lang.pattern("out_of_office").search(msg.text[:2000]))


def read_auto_reply(note: Annotated, thread_id: str) -> AutoReply:
    """An automatic reply with the day its sender says they are back (None when it names
    none): the latest day it names, from its own date on."""
    msg = note.message
    written = msg.date.date()
    days: list[date] = [w.last_day for w in note.windows] + [
        d.day for s in note.sentences for d in s.days
    ]
    later = [d for d in days if d >= written]
    back = max(later) if later else None
    assert msg.sender is not None
    cue = lang.pattern("out_of_office").search(note.body) or lang.pattern(
        "auto_reply_subjects"
    ).search(msg.subject)
    said = f"'{cue.group(0)}'" if cue else "an automatic reply"
    evidence = f"{msg.message_id}: {said}" + (f", back {back.isoformat()}" if back else "")
    return AutoReply(
        thread_id=thread_id,
        message_id=msg.message_id,
        sender=msg.sender,
        at=msg.date,
        back=back.isoformat() if back else None,
        evidence=evidence,
    )


def auto_replies(thread: Thread, notes: Notes) -> list[AutoReply]:
    """Every automatic reply in the thread, with its return day."""
    return [
        read_auto_reply(notes(m), thread.id)
        for m in thread.messages
        if m.sender is not None and is_auto_reply(m)
    ]
