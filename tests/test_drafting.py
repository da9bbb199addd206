"""Drafts: threading headers (RFC 5322 3.6.4), the attached prior email (the lint has its own
tests, tests/test_lint.py)."""

from __future__ import annotations

import email
import email.policy
import zoneinfo
from dataclasses import replace
from datetime import datetime, timedelta
from email.message import EmailMessage

import pytest

from daemon.config import Profile, User
from daemon.drafting.compose import compose, reply_subject
from daemon.followups.thank_you import ThankYouFor
from daemon.infer.people import Identity
from daemon.model import Address, Followup, Meeting, Message, Thread, ThreadFacts
from daemon.parse import parse_message

TZ = zoneinfo.ZoneInfo("Europe/Berlin")
USER = User(
    name="Jana Köhler",
    emails=("jana@example.org",),
    timezone="Europe/Berlin",
    phone="+49 30 5550 0000",
)
ME = Identity(frozenset(USER.emails))
LONG_ID = "<" + "x" * 120 + ".umlaut-free.part@mail.very-long-domain-name.example>"
NOW = datetime(2026, 3, 31, 9, 30, tzinfo=TZ)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Interview", "Re: Interview"),
        ("Re: Interview", "Re: Interview"),
        ("RE: AW: Re: Interview", "Re: Interview"),
        ("Fwd: Re: Portfolio", "Re: Portfolio"),
        ("Einladung: Präsentation", "Re: Einladung: Präsentation"),
    ],
)
def test_reply_subject_does_not_stack_prefixes(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected


def _raw(
    msg_id: str,
    subject: str,
    body: str,
    refs: str = "",
    resume: bool = False,
    sender: str = "Felix Braun <felix.braun@fernweh.example>",
    to: str = "Jana Köhler <jana@example.org>",
) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = "Wed, 18 Mar 2026 09:00:00 +0100"
    msg["Message-ID"] = msg_id
    if refs:
        msg["References"] = refs
        msg["In-Reply-To"] = refs.split()[-1]
    msg.set_content(body)
    if resume:
        msg.add_attachment(
            b"%PDF-1.4 cv", maintype="application", subtype="pdf", filename="Jana_Köhler_CV.pdf"
        )
    return msg.as_bytes(policy=email.policy.SMTP)


def _facts(raws: list[bytes]) -> tuple[ThreadFacts, dict[str, bytes]]:
    msgs = [
        parse_message(r, account="a", folder="INBOX", ref=str(i), default_tz=TZ)
        for i, r in enumerate(raws)
    ]
    thread = Thread(msgs[0].message_id, tuple(msgs))
    return (
        ThreadFacts(thread, True, "interview", "Fernweh Mobility", ()),
        {m.ref: r for m, r in zip(msgs, raws, strict=True)},
    )


def _followup(thread_id: str) -> Followup:
    start = datetime(2026, 3, 18, 14, tzinfo=TZ)
    meeting = Meeting(
        thread_id,
        start,
        start + timedelta(minutes=90),
        "done",
        (Address("felix.braun@fernweh.example", "Felix Braun"),),
        "ics",
        "",
    )
    return Followup(
        "thank_you-1",
        "thank_you",
        thread_id,
        Address("felix.braun@fernweh.example", "Felix Braun"),
        start + timedelta(hours=3, minutes=30),
        start + timedelta(hours=25),
        "due",
        "test",
        payload=ThankYouFor(meeting),
    )


def test_threading_headers_are_never_encoded_and_the_parent_is_attached() -> None:
    first = _raw(
        "<a1@fernweh.example>",
        "Präsentation – Termin",
        "Hallo Jana, bis Mittwoch!",
        resume=True,
        sender="Jana Köhler <jana@example.org>",
        to="Felix Braun <felix.braun@fernweh.example>",
    )
    parent = _raw(
        LONG_ID,
        "Re: Präsentation – Termin",
        "Schön, dass es klappt. Grüße",
        refs="<a1@fernweh.example>",
    )
    facts, raws = _facts([first, parent])
    draft = compose(
        _followup(facts.thread.id), facts, USER, Profile(), ME, TZ, NOW, lambda m: raws[m.ref]
    )
    head = draft.raw.split(b"\r\n\r\n", 1)[0].decode()
    unfolded = head.replace("\r\n ", " ")
    threading = [
        ln
        for ln in unfolded.split("\r\n")
        if ln.lower().startswith(("in-reply-to:", "references:", "message-id:"))
    ]
    assert len(threading) == 3 and not any("=?" in ln for ln in threading)
    parsed = email.message_from_bytes(draft.raw, policy=email.policy.default)
    assert str(parsed["In-Reply-To"]) == LONG_ID
    assert str(parsed["References"]).split() == ["<a1@fernweh.example>", LONG_ID]
    assert str(parsed["Subject"]) == "Re: Präsentation – Termin"
    assert [a.email for a in (draft.to,)] == ["felix.braun@fernweh.example"]
    inner = [p for p in parsed.walk() if p.get_content_type() == "message/rfc822"]
    assert len(inner) == 1 and inner[0]["Content-Transfer-Encoding"] in ("7bit", "8bit")
    assert "Schön" in inner[0].get_content().get_body().get_content()
    pdfs = [p for p in parsed.walk() if p.get_content_type() == "application/pdf"]
    assert [p.get_filename() for p in pdfs] == ["Jana_Köhler_CV.pdf"]
    # the thread is in German ("Hallo Jana", "Schön, dass es klappt"): so is the draft
    assert parsed.get_body(("plain",)).get_content().startswith("Sehr geehrter Herr Braun,")


def test_a_resume_the_attached_email_carries_is_not_attached_twice() -> None:
    # the user's own mail with the CV is the earlier email the draft attaches: the CV goes in it
    mine = _raw(
        "<a1@fernweh.example>",
        "Bewerbung",
        "Hallo Felix, anbei mein Lebenslauf. Bis Mittwoch!",
        resume=True,
        sender="Jana Köhler <jana@example.org>",
        to="Felix Braun <felix.braun@fernweh.example>",
    )
    facts, raws = _facts([mine])
    draft = compose(
        _followup(facts.thread.id), facts, USER, Profile(), ME, TZ, NOW, lambda m: raws[m.ref]
    )
    parsed = email.message_from_bytes(draft.raw, policy=email.policy.default)
    inner = [p for p in parsed.iter_attachments() if p.get_content_type() == "message/rfc822"]
    loose = [p for p in parsed.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert len(inner) == 1 and loose == []


def test_an_application_follow_up_attaches_the_application_not_the_introduction() -> None:
    from daemon.followups.application import ApplicationFor
    from daemon.model import Application

    intro = _raw(
        "<i1@friend.example>",
        "Intro: Jana <> Felix",
        "Hi both,\n\nFelix, meet Jana: we worked together for four years at Studio Nord, and "
        "she is the best product designer I know. She saw your Product Designer opening and I "
        "told her you would be the right person to talk to about it.\n\nJana, Felix leads "
        "design at Fernweh Mobility. Over to you two!\n\nBea",
        sender="Bea Ruiz <bea@friend.example>",
        to="Felix Braun <felix.braun@fernweh.example>, Jana Köhler <jana@example.org>",
    )
    applied = _raw(
        "<a1@example.org>",
        "Re: Intro: Jana <> Felix",
        "Dear Felix, thank you Bea. Please find my application for the Product Designer role.",
        refs="<i1@friend.example>",
        resume=True,
        sender="Jana Köhler <jana@example.org>",
        to="Felix Braun <felix.braun@fernweh.example>",
    )
    facts, raws = _facts([intro, applied])
    felix = Address("felix.braun@fernweh.example", "Felix Braun")
    app = Application(facts.thread.id, "<a1@example.org>", NOW, felix, "attached 'CV.pdf'")
    fu = Followup("application-1", "application", facts.thread.id, felix, NOW, None, "due", "")
    fu = replace(fu, payload=ApplicationFor(app))
    draft = compose(fu, facts, USER, Profile(), ME, TZ, NOW, lambda m: raws[m.ref])
    parsed = email.message_from_bytes(draft.raw, policy=email.policy.default)
    [inner] = [p for p in parsed.iter_attachments() if p.get_content_type() == "message/rfc822"]
    assert "Please find my application" in inner.get_content().get_body().get_content()


def test_the_same_followup_gets_the_same_message_id() -> None:
    facts, raws = _facts([_raw("<p@fernweh.example>", "Interview", "See you")])
    one = compose(
        _followup(facts.thread.id), facts, USER, Profile(), ME, TZ, NOW, lambda m: raws[m.ref]
    )
    two = compose(
        _followup(facts.thread.id),
        facts,
        USER,
        Profile(),
        ME,
        TZ,
        NOW + timedelta(hours=5),
        lambda m: raws[m.ref],
    )
    assert one.message_id == two.message_id


def test_profile_reasons_fill_the_slot() -> None:
    facts, raws = _facts([_raw("<p@fernweh.example>", "Interview", "See you at Fernweh Mobility")])
    fu = _followup(facts.thread.id)
    assert isinstance(fu.payload, ThankYouFor)
    draft = compose(
        fu,
        replace(facts, meetings=(fu.payload.meeting,)),
        USER,
        Profile(("five years of B2B design", "shipped a dispatch app"), ""),
        ME,
        TZ,
        NOW,
        lambda m: raws[m.ref],
    )
    assert "- five years of B2B design" in draft.body
    assert [x.code for x in draft.lint] == []


def test_message_text_type_is_used() -> None:
    # the parser keeps only what a reply adds: quoted history does not leak into inference
    raw = _raw("<q@x.example>", "Re: x", "Thanks!\n\nOn Mon, 2 Mar 2026, Felix wrote:\n> old text")
    msg: Message = parse_message(raw, account="a", folder="INBOX", ref="1", default_tz=TZ)
    assert msg.text == "Thanks!"


def test_an_email_the_recipient_never_received_is_attached_with_a_word_to_check_it() -> None:
    recruiter = _raw(
        "<r1@agency.example>",
        "Controller search",
        "Good news: Felix Braun will call you Thursday at 10. Our fee and your rate as agreed.",
        sender="Dave Lind <dave@agency.example>",
    )
    facts, raws = _facts([recruiter])
    draft = compose(
        _followup(facts.thread.id), facts, USER, Profile(), ME, TZ, NOW, lambda m: raws[m.ref]
    )
    [found] = [x for x in draft.lint if x.code == "earlier_email_not_theirs"]
    assert "Dave Lind" in found.message and "Felix Braun never received" in found.message
