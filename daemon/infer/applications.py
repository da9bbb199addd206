"""Applications: the user sent an application or a résumé to a person.

A message of the user's counts when it attaches a résumé, CV or cover letter (by its file
name, in any language the lang modules know) or when its own words apply ("please find my
application for ...", "I would like to be considered for ...", "hiermit bewerbe ich mich").
It is made to the first person it is addressed to: not a robot, not family. An application
made only through a portal has no such message and is not one of these.

Example::

    >>> from datetime import datetime, timezone
    >>> from daemon.infer.people import Identity
    >>> from daemon.model import Address, AttachmentInfo, Message, Thread
    >>> me = Identity(frozenset({"jo@example.net"}))
    >>> when = datetime(2026, 3, 2, tzinfo=timezone.utc)
    >>> m = Message("a", "Sent", "1", "<1@x>", "Data analyst", when, Address("jo@example.net"),
    ...             to=(Address("dana@acme.example", "Dana Ruiz"),), text="Hello Dana, here it is.",
    ...             attachments=(AttachmentInfo("Jo_Lee_CV_2026.pdf", "application/pdf"),))
    >>> [a.evidence for a in find_applications(Thread("<1@x>", (m,)), me)]
    ["<1@x>: attached 'Jo_Lee_CV_2026.pdf'"]
"""

from __future__ import annotations

import re

from daemon.infer import lang
from daemon.infer.people import Identity, is_automated_address
from daemon.mailtext import own_words
from daemon.model import Address, Application, Message, Thread

_SEPARATORS = re.compile(r"[_.\-+()\[\]]+")


def find_applications(
    thread: Thread, me: Identity, family: frozenset[str] = frozenset()
) -> list[Application]:
    """Every message in the thread in which the user applies, or sends a résumé, to a person."""
    out: list[Application] = []
    for msg in thread.messages:
        if not me.sent_by_me(msg) or msg.automated:
            continue
        to = applied_to(msg, me, family)
        if to is None:
            continue
        why = _how(msg)
        if why is not None and not _in_conversation(thread, out, to, msg):
            out.append(
                Application(thread.id, msg.message_id, msg.date, to, f"{msg.message_id}: {why}")
            )
    return out


def _in_conversation(thread: Thread, earlier: list[Application], to: Address, msg: Message) -> bool:
    """An earlier application to the same person was answered before `msg`: a CV sent now (a
    new version, as discussed) is part of the conversation, not an application of its own."""
    for a in earlier:
        if a.to.email != to.email:
            continue
        if any(
            m.sender is not None and m.sender.email == to.email and a.sent_at < m.date < msg.date
            for m in thread.messages
        ):
            return True
    return False


def applied_to(msg: Message, me: Identity, family: frozenset[str]) -> Address | None:
    """The first person the message is addressed to (To before Cc): not the user, a robot, a
    jobs mailbox (careers@, jobs@: the portal by email) or family."""
    for a in msg.recipients():
        if (
            not me.is_me(a)
            and not is_automated_address(a.email)
            and not _JOBS_MAILBOX.match(a.email)
            and a.email not in family
        ):
            return a
    return None


_JOBS_MAILBOX = re.compile(
    r"^(?:careers?|jobs?|recruit(?:ing|ment|ers?)?|talent|hr|humanresources|apply|applications?"
    r"|hiring|vacanc(?:y|ies)|karriere|stellen|bewerbung(?:en)?|jobs?-?de|empleo|empleos|rrhh"
    r"|seleccion|recrutement|emploi|candidatures?)(?:[-_.+][\w.-]*)?@",
    re.I,
)


def _how(msg: Message) -> str | None:
    """Why the message is an application: the résumé it attaches, or the words that apply."""
    for info in msg.attachments:
        if info.filename and is_resume(info.filename):
            return f"attached '{info.filename}'"
    words = own_words(msg.text)
    found = lang.pattern("applying").search(f"{msg.subject}\n{words}")
    if found is not None:
        return f"wrote '{found.group(0)}'"
    return None


def is_resume(filename: str) -> bool:
    """A résumé, CV or cover letter, by its file name ("Jo_Lee_CV.pdf", "Lebenslauf.docx")."""
    stem = filename.rsplit(".", 1)[0] if "." in filename else filename
    return bool(lang.pattern("resume_files").search(_SEPARATORS.sub(" ", stem)))
