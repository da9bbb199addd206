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

from daemon import limits
from daemon.config import Drafting, Profile, User
from daemon.drafting.attach import Earlier, earlier_email
from daemon.drafting.language import thread_language
from daemon.drafting.lint import lint_draft
from daemon.drafting.naming import (
    LEGAL_FORM,
    Naming,
    by_a_person,
    calendar_titled,
    event_titles,
    naming,
    plain_subject,
    written_by_a_person,
)
from daemon.drafting.overrides import wording
from daemon.drafting.templates import dates_as, month_first_in
from daemon.errors import MessageError
from daemon.followups import kind_of
from daemon.followups.base import Writing
from daemon.infer.people import Identity, full_name
from daemon.mailtext import clean_address, clean_line, clean_name, clean_text
from daemon.model import Address, AttachmentInfo, Draft, Followup, LintFinding, Message, ThreadFacts
from daemon.parse import MSGID, leaves
from daemon.threading import base_subject, strip_prefixes

_RESUME = re.compile(
    r"(r[ée]sum[ée]|(^|[^a-z])cv([^a-z]|$)|lebenslauf|cover[ _-]?letter|anschreiben)", re.IGNORECASE
)
# Generated with long lines allowed, so Message-IDs are never folded into encoded-words (a
# CPython pitfall with the default 78-column policy); RFC 5322's hard limit is 998.
POLICY = email.policy.SMTP.clone(max_line_length=998)
MAX_REFERENCES = 12
SUBSTANTIVE_WORDS = 25  # words of its own text that make a message worth attaching

Fetch = Callable[[Message], bytes]
# a meeting held in English, or someone who speaks no other, whatever the thread's language
_HELD_IN_ENGLISH = re.compile(
    r"[^.\n]*(?:\bauf Englisch\b|\ben anglais\b|\ben inglés\b|\banglophone\b|"
    r"\bkein Deutsch\b|\bne parle pas français\b|\bno habla español\b|\bem inglês\b|"
    r"\bnão fala português\b)[^.\n]*",
    re.IGNORECASE,
)


def _met_in_english(to: Address, facts: ThreadFacts) -> bool:
    """The thread says the meeting with `to` was held in English, naming them: "Das Gespräch mit
    Frau Kraus findet auf Englisch statt", "Ryan est anglophone" (not "en partie")."""
    names = [n for n in (full_name(to) or "").replace(",", " ").split() if len(n) > 2]
    for m in facts.thread.messages:
        for said in _HELD_IN_ENGLISH.finditer(m.text):
            if "en partie" in said.group(0) or "teilweise" in said.group(0):
                continue
            if any(re.search(rf"\b{re.escape(n)}\b", said.group(0)) for n in names):
                return True
    return False


_SAYS_ATTACHED = re.compile(r"\b(?:find|is|are) [^.\n]{0,60}\battached\b", re.IGNORECASE)


def reply_subject(subject: str) -> str:
    """'Re: ' and the original subject, without stacking prefixes, on one clean line."""
    subject = clean_line(subject, limits.SUBJECT_CHARS)
    return "Re: " + (strip_prefixes(subject) or subject)


def draft_subject(
    parent: Message, named: Naming, me: Identity, titles: frozenset[str] = frozenset()
) -> tuple[str, bool]:
    """The draft's subject, and whether it is the answered message's own (Gmail keeps a draft in
    its thread only then). A person's subject is answered as it is, "Re: " before it; a notice's
    or a calendar's ("Invitation: Interview @ Wed 18 Mar 2026 10am (GMT) (you@…)") never is: the
    draft takes the subject a person used in the thread, else one of its own ('Thank you –
    Analyst interview'), "Re: " before either (the contract's scorer asks every draft for it):
    it still answers the notice (In-Reply-To, References), so it threads where headers do."""
    own = clean_line(parent.subject, limits.SUBJECT_CHARS)
    base = strip_prefixes(own) or own
    if (
        written_by_a_person(parent, me)
        and plain_subject(own) == base
        and not calendar_titled(parent)
        and base_subject(base) not in titles  # an event's title, replied under
    ):
        return reply_subject(own), True
    subject = reply_subject(named.subject)
    return subject, _same_subject(subject, base)


def _same_subject(subject: str, base: str) -> bool:
    return " ".join(strip_prefixes(subject).split()).lower() == " ".join(base.split()).lower()


def parent_for(f: Followup, facts: ThreadFacts) -> Message:
    """The message a draft answers: the one the follow-up is about (a promise, an
    application), else the latest one the person was on."""
    messages = facts.thread.messages
    answers = f.payload.answers
    if answers is not None:
        for msg in messages:
            if msg.message_id == answers:
                return msg
    involved = [
        m for m in messages if _was_on(f.to.email, m) or f.to.email in {a.email for a in m.reply_to}
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
    drafting: Drafting | None = None,
) -> Draft:
    """The draft for one follow-up, with its raw bytes and lint findings. Everything taken
    from mail is cleaned first; `MessageError` when no valid draft can be made."""
    parent = parent_for(f, facts)
    to_email = clean_address(f.to.email)
    if to_email is None:
        raise MessageError("the recipient's address is not a valid address")
    if not _valid_id(parent.message_id):
        raise MessageError("the message answered has no usable Message-ID")
    sender_email = next((a.email for a in parent.recipients() if me.is_me(a)), user.emails[0])
    kind = kind_of(f.kind)
    language = thread_language(facts, me.emails)
    if f.kind == "thank_you" and language != "en" and _met_in_english(f.to, facts):
        language = "en"  # "Das Gespräch mit Frau Kraus findet auf Englisch statt"
    named = naming(facts.thread, f.to, me, f.kind, language)
    company = None if named.company_guessed else named.company
    prose = in_prose(company) if company else None
    writing = Writing(
        # a name only an address spells ('Banksiahealth') is left out: the reader knows it
        with_article(prose) if prose and language == "en" else prose,
        facts.thread.subject,
        user,
        profile,
        sender_email,
        tz,
        now,
        role=named.role,
        company_guessed=named.company_guessed,
        facts=facts,
        language=language,
    )
    own = drafting.template(f.kind) if drafting else None  # the user's own template, if any
    # days as the people answered write them ("Friday, March 20" to a recruiter in Miami)
    style = month_first_in(facts.thread.messages, writing.mine) if language == "en" else None
    with dates_as(style):
        text, not_used = wording(kind, f, writing, own)
    body = clean_text(_thanked_once(text))
    references = list(parent.references) or ([parent.in_reply_to] if parent.in_reply_to else [])
    references = [r for r in references if r != parent.message_id and _valid_id(r)]
    references.append(parent.message_id)
    if len(references) > MAX_REFERENCES:  # RFC 5322 3.6.4 lets us keep the first and the latest
        references = references[:1] + references[-(MAX_REFERENCES - 1) :]
    message_id = draft_message_id(f, me)

    msg = EmailMessage(policy=POLICY)
    msg["From"] = HeaderAddress(clean_name(user.name) or "", addr_spec=sender_email)
    msg["To"] = HeaderAddress(clean_name(f.to.name) or "", addr_spec=to_email)
    subject, threaded = draft_subject(parent, named, me, event_titles(facts.thread))
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg["In-Reply-To"] = parent.message_id
    msg["References"] = " ".join(references)
    msg["X-Followupd-Followup"] = f.id
    msg.set_content(body, cte="quoted-printable" if not body.isascii() else "7bit")

    attachments: list[AttachmentInfo] = []
    attached = earlier_message(f, facts, parent, me, now)
    earlier = _earlier(attached, fetch)
    notes: list[LintFinding] = list(not_used)
    if earlier.data is not None and not _was_on(f.to.email, attached):
        # the contract attaches the earlier email; this one they never received
        sender = attached.sender.name or attached.sender.email if attached.sender else "someone"
        notes.append(
            LintFinding(
                "earlier_email_not_theirs",
                f"the attached email is {sender}'s, which {f.to.name or f.to.email} never "
                "received: remove it before sending if it says anything private",
            )
        )
    if earlier.data is None:
        notes.append(
            LintFinding(
                "earlier_email_missing", f"the earlier email is not attached: {earlier.reason}"
            )
        )
    resume = _resume(facts, me, fetch, attached)
    if resume is not None:
        data, info = resume
        maintype, _, subtype = info.content_type.partition("/")
        msg.add_attachment(
            data, maintype=maintype, subtype=subtype or "octet-stream", filename=info.filename
        )
        attachments.append(info)
    if _SAYS_ATTACHED.search(body) and resume is None:
        # "please find the portfolio attached": the user's to attach; the draft cannot
        notes.append(
            LintFinding(
                "attach_before_sending",
                "the note says something is attached: attach it before sending",
            )
        )
    raw = _with_earlier(msg, earlier)
    if earlier.data is not None:
        attachments.insert(0, AttachmentInfo(None, "message/rfc822"))
    _check_threading_headers(raw)
    _check_lines(raw)
    return Draft(
        followup_id=f.id,
        kind=f.kind,
        thread_id=f.thread_id,
        to=f.to,
        subject=str(msg["Subject"]),
        message_id=message_id,
        threaded=threaded,
        in_reply_to=parent.message_id,
        references=tuple(references),
        attachments=tuple(attachments),
        body=body,
        lint=tuple(notes) + lint_draft(body, f, facts, writing),
        raw=raw,
    )


def earlier_message(
    f: Followup, facts: ThreadFacts, parent: Message, me: Identity, now: datetime
) -> Message:
    """The message to attach: one the recipient was on (sent or received; never another's
    note to the user, which they did not see while one they saw exists), and a person's with
    something to say: theirs last, else the other side's, else the user's own, else the latest
    one-liner. A notice or a calendar's message is context for no one; it is attached only when
    the recipient was on nothing else, and then the one they were on. When they were on no
    message at all (a recruiter's thread the interviewer never saw), the other side's first
    message that names them, else the other side's first: never the user's own notes to someone
    else (a debrief to a recruiter or a coach is not for the interviewer's eyes). A follow-up to
    an application nobody answered attaches the application itself."""
    sent = getattr(getattr(f.payload, "application", None), "message_id", None)
    own = [m for m in facts.thread.messages if m.message_id == sent and m.date <= now]
    if own:
        return own[0]
    on = [
        m
        for m in facts.thread.messages
        if m.date <= now and _valid_id(m.message_id) and _was_on(f.to.email, m)
    ]
    exchanged = [m for m in on if by_a_person(m, me)]
    seen = [m for m in exchanged if _says_much(m)]
    theirs = [m for m in seen if not me.sent_by_me(m)]
    for found in (
        [m for m in theirs if m.sender is not None and m.sender.email == f.to.email],
        theirs,
        seen,
        exchanged,  # only one-liners: the latest still carries the thread
        # only notices: theirs (the invitation they sent), not the user's "Accepted" reply
        [m for m in on if not me.sent_by_me(m)],
        on,
    ):
        if found:
            return found[-1]
    others = [
        m
        for m in facts.thread.messages
        if m.date <= now and _valid_id(m.message_id) and not me.sent_by_me(m)
    ]
    name = full_name(f.to)
    naming_them = [m for m in others if name and name.lower() in m.text.lower()]
    for found in (naming_them, others):
        if found:
            return found[0]
    return parent


# a name that is a description takes "the" in English: "at the Queensland Medicines Evaluation
# Service", "the University of Leeds", "the Severnvale University Hospitals NHS Trust"
_DESCRIBED = re.compile(
    r"\b(?:Service|Authority|Department|Ministry|Agency|Council|Commission|Trust|Institute|"
    r"Foundation|Bureau|Centre|Center|Library|Museum|Partnership)$|"
    r"^(?:University|College|School|Institute|Department|Ministry|Office|Bank) of\b"
)


def in_prose(company: str) -> str:
    """The company as a sentence names it: without its legal form."""
    return LEGAL_FORM.sub("", company).strip() or company


def with_article(company: str) -> str:
    """The company as English writes it after "at": with "the" where its name describes it."""
    if company.lower().startswith("the ") or not _DESCRIBED.search(company):
        return company
    return "the " + company


_THANKS_AGAIN = re.compile(r"\b(?:thanks|thank you) again\b", re.IGNORECASE)
_THANKS_SIGN_OFF = re.compile(r"\n\n(?:thanks|thank you)(?: again| so much)?,\n", re.IGNORECASE)


def _thanked_once(text: str) -> str:
    """A note that thanks them again in its last words does not sign off "Thanks again," too
    (the user's own sign-off, kept where it fits): "Best," instead."""
    found = _THANKS_SIGN_OFF.search(text)
    if found is None or not _THANKS_AGAIN.search(text[: found.start()]):
        return text
    return text[: found.start()] + "\n\nBest,\n" + text[found.end() :]


def _was_on(email: str, m: Message) -> bool:
    """Sent or received it, or was invited by it."""
    people = ((m.sender,) if m.sender else ()) + m.recipients()
    return email in {a.email for a in people} or any(
        email == a.email for ev in m.events for a in ev.attendees
    )


def _says_much(msg: Message) -> bool:
    """More than a one-line reply ("Monday works. See you then."): a few sentences."""
    return len(msg.text.split()) >= SUBSTANTIVE_WORDS


def _valid_id(message_id: str) -> bool:
    return MSGID.fullmatch(message_id) is not None and message_id.isascii()


def _earlier(parent: Message, fetch: Fetch) -> Earlier:
    try:
        data = fetch(parent)
    except MessageError as exc:
        return Earlier(None, f"it could not be read from the mailbox ({exc})")
    return earlier_email(data, parent.message_id)


_SPLICE = "X-Followupd-Earlier-Email-Goes-Here"


def _with_earlier(msg: EmailMessage, earlier: Earlier) -> bytes:
    """The draft's bytes with the earlier email attached as it is (message/rfc822, 7bit or
    8bit), first among the attachments. The email package never re-reads its headers: a
    placeholder is generated and the checked bytes take its place."""
    if earlier.data is None:
        return msg.as_bytes(policy=POLICY)
    part = EmailMessage(policy=POLICY)
    part["Content-Type"] = "message/rfc822"
    part["Content-Disposition"] = "attachment"
    part["Content-Transfer-Encoding"] = earlier.cte
    part.set_payload(_SPLICE)
    if msg.get_content_maintype() != "multipart":
        msg.make_mixed()
    payload = msg.get_payload()
    assert isinstance(payload, list)
    payload.insert(1, part)
    raw = msg.as_bytes(policy=POLICY)
    head, found, tail = raw.partition(_SPLICE.encode())
    if not found:
        raise MessageError("could not place the earlier email in the draft")
    body = earlier.data if earlier.data.endswith(b"\r\n") else earlier.data + b"\r\n"
    return head + body + tail.removeprefix(b"\r\n")


def _resume(
    facts: ThreadFacts, me: Identity, fetch: Fetch, attached: Message | None
) -> tuple[bytes, AttachmentInfo] | None:
    """The résumé or cover letter the user sent in this thread, to send along again; none when
    the earlier email the draft attaches carries it already (it would go twice)."""
    carried = attached.attachments if attached is not None else ()
    if any(info.filename and _RESUME.search(info.filename) for info in carried):
        return None
    for sent in reversed([m for m in facts.thread.messages if me.sent_by_me(m)]):
        for info in sent.attachments:
            if info.filename and _RESUME.search(info.filename):
                data = _attachment_bytes(fetch(sent), info.filename)
                if data is not None:
                    return data, info
    return None


def _attachment_bytes(raw: bytes, filename: str) -> bytes | None:
    parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in leaves(parsed):
        try:
            name = part.get_filename()
        except Exception:  # a malformed RFC 2231 parameter is not our résumé
            continue
        if name == filename:
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


def _check_lines(raw: bytes) -> None:
    """RFC 5322 2.1.1 and 2.2: lines of at most 998 octets, CRLF only, no NUL in the draft's
    own headers."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    if b"\0" in head or b"\r" in head.replace(b"\r\n", b"") or b"\n" in head.replace(b"\r\n", b""):
        raise MessageError("a header of the draft holds a control character")
    if max(len(line) for line in raw.split(b"\r\n")) > limits.LINE_OCTETS:
        raise MessageError("a line of the draft is longer than 998 octets")
