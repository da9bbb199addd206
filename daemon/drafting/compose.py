"""A follow-up in, an RFC 5322 draft out: threaded, one recipient, the prior email attached."""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Callable
from datetime import datetime, tzinfo
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime

from daemon.config import Profile, User
from daemon.drafting.lint import lint_draft
from daemon.drafting.templates import callback_body, signature, thank_you_body
from daemon.errors import MessageError
from daemon.infer.people import Identity
from daemon.model import AttachmentInfo, Draft, Followup, Message, ThreadFacts
from daemon.threading import strip_prefixes

_RESUME = re.compile(
    r"(r[ée]sum[ée]|(^|[^a-z])cv([^a-z]|$)|lebenslauf|cover[ _-]?letter|anschreiben)", re.IGNORECASE
)
# Generated with long lines allowed, so Message-IDs are never folded into encoded-words (a
# CPython pitfall with the default 78-column policy); RFC 5322's hard limit is 998.
POLICY = email.policy.SMTP.clone(max_line_length=998)
MAX_REFERENCES = 12

Fetch = Callable[[Message], bytes]


def reply_subject(subject: str) -> str:
    """'Re: ' and the original subject, without stacking prefixes."""
    return "Re: " + (strip_prefixes(subject) or subject.strip())


def parent_for(f: Followup, facts: ThreadFacts) -> Message:
    """The message a draft answers: the promise itself, else the latest one the person was on."""
    messages = facts.thread.messages
    if f.promise is not None:
        for msg in messages:
            if msg.message_id == f.promise.message_id:
                return msg
    involved = [
        m
        for m in messages
        if f.to.email
        in {a.email for a in ((m.sender,) if m.sender else ()) + m.recipients() + m.reply_to}
        or any(f.to.email == a.email for ev in m.events for a in ev.attendees)
    ]
    return (involved or list(messages))[-1]


def draft_message_id(f: Followup, me: Identity) -> str:
    domain = sorted(me.emails)[0].rsplit("@", 1)[-1]
    return f"<followupd.{f.id}@{domain}>"


def compose(
    f: Followup,
    facts: ThreadFacts,
    user: User,
    profile: Profile,
    me: Identity,
    tz: tzinfo,
    now: datetime,
    fetch: Fetch,
) -> Draft:
    """The draft for one follow-up, with its raw bytes and lint findings."""
    parent = parent_for(f, facts)
    sender_email = next((a.email for a in parent.recipients() if me.is_me(a)), user.emails[0])
    build = thank_you_body if f.kind == "thank_you" else callback_body
    body = build(f, facts.company, user, profile, sender_email, tz, now)
    references = list(parent.references) or ([parent.in_reply_to] if parent.in_reply_to else [])
    references = [r for r in references if r != parent.message_id] + [parent.message_id]
    if len(references) > MAX_REFERENCES:  # RFC 5322 3.6.4 lets us keep the first and the latest
        references = references[:1] + references[-(MAX_REFERENCES - 1) :]
    message_id = draft_message_id(f, me)

    msg = EmailMessage(policy=POLICY)
    msg["From"] = HeaderAddress(user.name, addr_spec=sender_email)
    msg["To"] = HeaderAddress(f.to.name or "", addr_spec=f.to.email)
    msg["Subject"] = reply_subject(parent.subject)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg["In-Reply-To"] = parent.message_id
    msg["References"] = " ".join(references)
    msg["X-Followupd-Followup"] = f.id
    msg.set_content(body, cte="quoted-printable" if not body.isascii() else "7bit")

    attachments = [_attach_parent(msg, parent, fetch)]
    resume = _resume(facts, me, fetch)
    if resume is not None:
        data, info = resume
        maintype, _, subtype = info.content_type.partition("/")
        msg.add_attachment(
            data, maintype=maintype, subtype=subtype or "octet-stream", filename=info.filename
        )
        attachments.append(info)
    raw = msg.as_bytes(policy=POLICY)
    _check_threading_headers(raw)
    return Draft(
        followup_id=f.id,
        kind=f.kind,
        thread_id=f.thread_id,
        to=f.to,
        subject=str(msg["Subject"]),
        message_id=message_id,
        in_reply_to=parent.message_id,
        references=tuple(references),
        attachments=tuple(attachments),
        body=body,
        lint=lint_draft(body, (f.to,), signature(user, sender_email)),
        raw=raw,
    )


def _attach_parent(msg: EmailMessage, parent: Message, fetch: Fetch) -> AttachmentInfo:
    """The prior email, as message/rfc822 (RFC 2046 5.2: never base64)."""
    original = email.message_from_bytes(fetch(parent), policy=email.policy.default)
    msg.add_attachment(original, cte="8bit" if not _is_ascii(original) else "7bit")
    parts = list(msg.iter_attachments())
    return AttachmentInfo(None, parts[-1].get_content_type())


def _is_ascii(message: email.message.Message) -> bool:
    try:
        return message.as_bytes(policy=POLICY).isascii()
    except Exception:
        return False


def _resume(facts: ThreadFacts, me: Identity, fetch: Fetch) -> tuple[bytes, AttachmentInfo] | None:
    """The résumé or cover letter the user sent in this thread, to send along again."""
    for sent in reversed([m for m in facts.thread.messages if me.sent_by_me(m)]):
        for info in sent.attachments:
            if info.filename and _RESUME.search(info.filename):
                data = _attachment_bytes(fetch(sent), info.filename)
                if data is not None:
                    return data, info
    return None


def _attachment_bytes(raw: bytes, filename: str) -> bytes | None:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    for part in parsed.walk():
        if part.get_filename() == filename:
            payload = part.get_payload(decode=True)
            return payload if isinstance(payload, bytes) else None
    return None


def _check_threading_headers(raw: bytes) -> None:
    head = raw.split(b"\r\n\r\n", 1)[0].replace(b"\r\n ", b" ").replace(b"\r\n\t", b" ")
    for line in head.split(b"\r\n"):
        if (
            line.lower().startswith((b"in-reply-to:", b"references:", b"message-id:"))
            and b"=?" in line
        ):
            raise MessageError("threading header was encoded; refusing to write a broken draft")
