"""A scheduler's or applicant-tracking system's notice sent in a person's name joins that
person's thread.

Greenhouse, Lever, Workday and their kind send "Interview Confirmation" from a no-reply address
under the recruiter's own name ("Brianna Soto <no-reply@us.greenhouse-mail.io>"), in a thread of
its own. The notice carries the time; the recruiter's thread carries the people, their addresses
and what was said about the process. Read apart, the meeting has nobody to thank and the draft
would answer a machine. Read together, they are one conversation, which is how the user sees it.

A notice joins when every message of its thread is automated or the user's own, its sender's
name is a person's (two words or more) that a human writes under from a real address whose
mailbox name holds part of it (brianna.soto@), and that person wrote to the user in the
`_WINDOW` before the notice. It joins the thread of that person's latest message before it.
"""

from __future__ import annotations

import re
from datetime import timedelta

from daemon.infer.people import Identity, is_automated_address
from daemon.model import Message, Thread

_WINDOW = timedelta(days=45)


def join_notices(threads: list[Thread], me: Identity) -> list[Thread]:
    """The threads with each notice thread merged into its person's thread, oldest first."""
    written: dict[str, list[tuple[Message, str]]] = {}  # a person's name -> (message, thread)
    for t in threads:
        for msg in t.messages:
            if _human(msg, me) and (name := _person_name(msg)) is not None:
                written.setdefault(name, []).append((msg, t.id))
    into: dict[str, str] = {}  # a notice thread's id -> the thread it joins
    for t in threads:
        if not all(me.sent_by_me(m) or not _human(m, me) for m in t.messages):
            continue
        for msg in t.messages:
            name = None if me.sent_by_me(msg) else _person_name(msg)
            earlier = [
                (m, tid)
                for m, tid in written.get(name or "", [])
                if tid != t.id and msg.date - _WINDOW <= m.date <= msg.date
            ]
            if earlier:
                into[t.id] = max(earlier, key=lambda e: e[0].date)[1]
                break
    if not into:
        return threads
    merged = {t.id: list(t.messages) for t in threads}
    for notice, human in into.items():
        while human in into:  # a chain cannot form (a human thread is not a notice), but be safe
            human = into[human]
        merged[human] += merged.pop(notice)
    return sorted(
        (
            Thread(tid, tuple(sorted(msgs, key=lambda m: (m.date, m.message_id))))
            for tid, msgs in merged.items()
        ),
        key=lambda t: (t.messages[0].date, t.id),
    )


def _human(msg: Message, me: Identity) -> bool:
    sender = msg.sender
    return (
        sender is not None
        and not me.sent_by_me(msg)
        and not msg.automated
        and not is_automated_address(sender.email)
    )


def _person_name(msg: Message) -> str | None:
    """The sender's name when it reads as a person's, lower-cased; for a human sender, only when
    their mailbox name holds part of it (a person's own address, not a team's)."""
    sender = msg.sender
    if sender is None or not sender.name:
        return None
    words = re.findall(r"[^\W\d_]+", sender.name.lower())
    if not 2 <= len(words) <= 4:
        return None
    local = sender.email.lower().partition("@")[0]
    if not is_automated_address(sender.email) and not any(
        len(w) >= 3 and w in local for w in words
    ):
        return None
    return " ".join(words)
