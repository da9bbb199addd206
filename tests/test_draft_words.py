"""The words of the drafts, read against their threads (issue 13): a thank-you per kind of
meeting, what happened after the meeting, the greeting and sign-off the user uses with that
person, dates as the user writes them, and promises quoted as they were made."""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import replace
from datetime import datetime

import pytest

from daemon.config import Profile, User
from daemon.drafting.lint import lint_draft
from daemon.followups import kind_of
from daemon.followups.ask_for_address import AddressFor
from daemon.followups.base import Writing
from daemon.followups.callback import CallbackFor
from daemon.followups.occasion import occasion, since
from daemon.followups.thank_you import ThankYouFor
from daemon.model import (
    Address,
    CalendarEvent,
    Counterpart,
    Followup,
    Meeting,
    Message,
    Promise,
    Thread,
    ThreadFacts,
)

TORONTO = zoneinfo.ZoneInfo("America/Toronto")
LONDON = zoneinfo.ZoneInfo("Europe/London")
ME = Address("priyanka.sharma@example.ca", "Priyanka Sharma")
USER = User("Priyanka Sharma", (ME.email,), "America/Toronto", phone="+1 416 555 0187")
PROFILE = Profile(
    ("Six years of pricing analytics", "Led a team of four", "Clear written updates"),
    "I recently finished a certificate in cloud analytics.",
)
OWEN = Address("owen.sinclair@lakeviewfoods.ca", "Owen Sinclair")
KATE = Address("katherine.ames@lakeviewfoods.ca", "Katherine Ames")
OSEI = Address("d.osei@lakeviewfoods.ca", "David Osei")


def at(text: str, tz: zoneinfo.ZoneInfo = TORONTO) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def mail(
    mid: str,
    when: str,
    sender: Address,
    to: tuple[Address, ...],
    text: str,
    subject: str = "Analytics Manager – next steps",
    events: tuple[CalendarEvent, ...] = (),
) -> Message:
    return Message("a", "INBOX", mid, mid, subject, at(when), sender, to, text=text, events=events)


def later(text: str, when: str = "2026-03-12 17:00") -> Message:
    """Owen's message to the user after the meeting."""
    return mail("<m9@lakeviewfoods.ca>", when, OWEN, (ME,), text)


ARRANGE = mail(
    "<m1@lakeviewfoods.ca>",
    "2026-03-09 15:10",
    OWEN,
    (ME,),
    "Hi Priyanka,\n\nWould Thursday at 11 work for an interview?\n\nBest,\nOwen",
)


def meeting(*people: Address, networking: bool = False, evidence: str = "") -> Meeting:
    return Meeting(
        ARRANGE.message_id,
        at("2026-03-12 11:00"),
        at("2026-03-12 11:45"),
        "done",
        people,
        "text",
        evidence or f"{ARRANGE.message_id}: 'Thursday at 11 works'",
        networking=networking,
    )


def facts(*extra: Message, category: str = "interview", **kw: object) -> ThreadFacts:
    messages = tuple(sorted((ARRANGE, *extra), key=lambda m: m.date))
    base = ThreadFacts(Thread(ARRANGE.message_id, messages), True, category, "Lakeview Foods", ())
    return replace(base, **kw)  # type: ignore[arg-type]


def writing(
    f: ThreadFacts, now: str = "2026-03-12 14:00", role: str | None = "Analytics Manager"
) -> Writing:
    return Writing(
        "Lakeview Foods",
        f.thread.subject,
        USER,
        PROFILE,
        ME.email,
        TORONTO,
        at(now),
        role=role,
        facts=f,
    )


def thanks(to: Address, m: Meeting, w: Writing) -> str:
    f = Followup(
        "t", "thank_you", m.thread_id, to, m.start, None, "due", "", payload=ThankYouFor(m)
    )
    return kind_of("thank_you").body(f, ThankYouFor(m), w)


def greeting_codes(note: str, to: Address, m: Meeting, w: Writing) -> list[str]:
    """What the lint says of the note's greeting."""
    assert w.facts is not None
    f = Followup(
        "t", "thank_you", m.thread_id, to, m.start, None, "due", "", payload=ThankYouFor(m)
    )
    found = lint_draft(note, f, w.facts, w)
    return [
        x.code for x in found if x.code in ("greeting_name", "name_spelling", "greeting_missing")
    ]


def body_words(text: str) -> int:
    paragraphs = text.strip().split("\n\n")
    return len(" ".join(paragraphs[1:-1]).split())


# --- the kind of meeting, from what the thread says of it ---------------------------------


@pytest.mark.parametrize(
    ("subject", "networking", "category", "expected"),
    [
        (
            "Aldergrove – Phone screen (Analytics Manager, Network Planning)",
            False,
            "interview",
            "screen",
        ),
        ("Panel Interview – Junior Web Developer – E. Navarro", False, "interview", "panel"),
        ("Itinerary – Dr. Inês Carvalho – campus visit March 30–31", False, "interview", "visit"),
        ("Informal visit – Band 6 Junior Sister, Ward 12", False, "interview", "look_round"),
        ("Returner Programme 2026 – Assessment Day invitation", False, "interview", "group"),
        ("Trial shift this Saturday?", False, "interview", "group"),
        # a trial day in the other languages read, even where it was taken for networking
        ("Probearbeitstag bei Hallig am Fr., 20.3.", True, "networking", "group"),
        ("Jornada de prueba – Cocina central", False, "interview", "group"),
        ("coffee?", True, "networking", "informational"),
        (
            "Intro: Eli <> Jordan (Switchback alum, Trailhead Health)",
            True,
            "networking",
            "introduction",
        ),
        (
            "Interview: Gregory Kowalczyk <> Alan Reyes (Crestline Components)",
            False,
            "interview",
            "interview",
        ),
        # a presentation of one's work to the team is an interview, whatever the category
        ("Einladung: Portfolio-Präsentation: Jana Köhler", True, "networking", "interview"),
        ("Informational interview – Priyanka / Owen", True, "networking", "informational"),
        # the company's own first conversation, set up by the person met: about a job
        ("Invitation: Priyanka / Owen – intro @ Thu 12 Mar", True, "networking", "hiring"),
        ("Intro chat – Lakeview Foods", True, "networking", "hiring"),
    ],
)
def test_the_kind_of_meeting_is_read_from_the_thread(
    subject: str, networking: bool, category: str, expected: str
) -> None:
    first = replace(ARRANGE, subject=subject)
    f = replace(facts(category=category), thread=Thread(first.message_id, (first,)))
    assert occasion(meeting(OWEN, networking=networking), f) == expected


def test_an_investor_who_offered_introductions_is_an_adviser_meeting() -> None:
    offer = replace(
        ARRANGE,
        subject="Selkirk – a conversation about our next stage",
        text="As an investor in a few logistics companies I'd be happy to make introductions. "
        "Coffee Thursday?",
    )
    f = replace(facts(category="networking"), thread=Thread(offer.message_id, (offer,)))
    assert occasion(meeting(OWEN, networking=True), f) == "adviser"
    note = thanks(OWEN, meeting(OWEN, networking=True), writing(f))
    assert "thought you gave to my plans" in note and "- Six years" not in note


def test_a_friendly_meeting_about_an_opening_with_a_next_round_is_an_interview() -> None:
    ask = replace(
        ARRANGE,
        subject="SM opening Chandler",
        text="Sheila gave me ur info. I have a store mgr opening at our Chandler store, can u "
        "meet me there Thurs, we'll walk the store and talk",
    )
    after = mail(
        "<m9@lakeviewfoods.ca>",
        "2026-03-12 17:00",
        OWEN,
        (ME,),
        "good meeting u today. passing ur resume to Stacy in HR so she can set up next round",
    )
    f = replace(facts(category="networking"), thread=Thread(ask.message_id, (ask, after)))
    assert occasion(meeting(OWEN, networking=True), f) == "interview"
    # the same coffee without an opening or a next round stays a conversation
    chat = replace(ask, text="Sheila gave me ur info. Happy to grab a coffee Thurs and talk")
    g = replace(f, thread=Thread(chat.message_id, (chat,)))
    assert occasion(meeting(OWEN, networking=True), g) == "informational"


def test_reasons_only_in_interview_notes_and_the_role_is_named() -> None:
    f = facts()
    interview = thanks(OWEN, meeting(OWEN), writing(f))
    assert "- Six years of pricing analytics" in interview
    assert "the Analytics Manager role at Lakeview Foods" in interview
    chat = thanks(OWEN, meeting(OWEN, networking=True), writing(replace(f, category="networking")))
    assert "- Six years" not in chat and "I remain very interested" not in chat
    assert 50 <= body_words(interview) <= 125 and 50 <= body_words(chat) <= 125


def test_two_people_on_one_panel_get_different_words() -> None:
    panel = replace(ARRANGE, subject="Invitation: Lakeview – Panel interview (Analytics Manager)")
    f = replace(facts(), thread=Thread(panel.message_id, (panel,)))
    m = meeting(OWEN, OSEI)
    one, two = thanks(OWEN, m, writing(f)), thanks(OSEI, m, writing(f))
    assert one.split("\n", 1)[1] != two.split("\n", 1)[1]
    shared = set(one.split("\n\n")[1:-1]) & set(two.split("\n\n")[1:-1])
    assert not shared  # no paragraph word for word the same


# --- what happened after the meeting ------------------------------------------------------


def test_after_a_rejection_the_note_asks_to_be_kept_in_mind() -> None:
    no = mail(
        "<m2@lakeviewfoods.ca>",
        "2026-03-13 09:00",
        OWEN,
        (ME,),
        "Unfortunately we have decided not to move forward with your application.",
    )
    f = facts(no, category="rejection", closed_by=no.message_id)
    note = thanks(OWEN, meeting(OWEN), writing(f, now="2026-03-13 10:00"))
    assert "other openings at Lakeview Foods" in note
    assert "I remain very interested" not in note and "check in again" not in note
    assert "- Six years" not in note


def test_a_promise_after_the_meeting_is_acknowledged_as_it_was_said() -> None:
    said = "We're meeting the last candidates this week and I'll be in touch early next week."
    later, promise = news_after(OWEN, said, "2026-03-18")
    note = thanks(OWEN, meeting(OWEN), writing(facts(later, promises=(promise,))))
    assert "I look forward to hearing from you early next week, as you mentioned." in note
    assert "check in again by" not in note


def test_a_promise_by_another_is_theirs_and_a_day_gone_by_is_not_quoted() -> None:
    said = "I'll be in touch by Friday, March 20 with the panel's decision."
    later, promise = news_after(KATE, said, "2026-03-20")
    f = facts(later, promises=(promise,))
    note = thanks(OWEN, meeting(OWEN), writing(f))
    assert "by Friday, March 20, as Katherine mentioned." in note
    # written on the day itself, or after it, the note does not chase with a date gone by
    for now in ("2026-03-20 09:00", "2026-03-24 09:00"):
        late = thanks(OWEN, meeting(OWEN), writing(f, now=now))
        assert "March 20" not in late and "as Katherine mentioned" not in late
        assert "I look forward to hearing about the next steps." in late


def test_a_rejection_sent_by_someone_else_is_not_thanked_as_theirs() -> None:
    no = mail(
        "<m2@lakeviewfoods.ca>",
        "2026-03-13 09:00",
        KATE,
        (ME,),
        "Unfortunately we have decided not to move forward with your application.",
    )
    f = facts(no, category="rejection", closed_by=no.message_id)
    to_owen = thanks(OWEN, meeting(OWEN, KATE), writing(f, now="2026-03-13 10:00"))
    to_kate = thanks(KATE, meeting(OWEN, KATE), writing(f, now="2026-03-13 10:00"))
    assert "letting me know your decision" not in to_owen
    assert "letting me know your decision" in to_kate
    assert "other openings at Lakeview Foods" in to_owen


def test_a_take_home_and_a_referral_are_acknowledged() -> None:
    later = mail(
        "<m4@lakeviewfoods.ca>",
        "2026-03-12 13:00",
        OWEN,
        (ME,),
        "The take-home exercise is attached. I've also passed your CV to our VP of Pricing.",
    )
    note = thanks(OWEN, meeting(OWEN), writing(facts(later)))
    assert "working on the exercise" in note and "your help with the introduction" in note


@pytest.mark.parametrize(
    "said",
    [
        "As promised, I've written to Wen Zhao at Orrin Robotics.",
        "I mentioned you to Lorraine Beck, who runs People for us.",
        "As promised, here is Bill Kessler's contact: bill@westbrook.example.",
        "I've given her a heads-up about you.",
        "Ya le comenté de ti, escríbele con confianza.",
    ],
)
def test_an_introduction_made_since_the_meeting_is_thanked(said: str) -> None:
    later = mail("<m8@lakeviewfoods.ca>", "2026-03-12 13:00", OWEN, (ME,), said)
    note = thanks(OWEN, meeting(OWEN, networking=True), writing(facts(later)))
    assert "your help with the introduction" in note
    plain = mail(
        "<m8@lakeviewfoods.ca>",
        "2026-03-12 13:00",
        OWEN,
        (ME,),
        "I've written to the team about the offsite.",
    )
    assert "introduction" not in thanks(OWEN, meeting(OWEN, networking=True), writing(facts(plain)))


@pytest.mark.parametrize(("now", "late"), [("2026-03-12 14:00", False), ("2026-03-15 09:00", True)])
def test_a_late_note_says_so_once(now: str, late: bool) -> None:
    note = thanks(OWEN, meeting(OWEN), writing(facts(), now=now))
    assert note.count("sorry for the delay") == int(late)


# --- greetings, sign-offs and dates, as the user writes them ------------------------------


def test_the_name_they_sign_with_and_the_users_own_hi_and_sign_off() -> None:
    theirs = mail(
        "<m5@lakeviewfoods.ca>",
        "2026-03-10 08:00",
        KATE,
        (ME,),
        "Hi Priyanka,\n\nLooking forward to Thursday.\n\nBest regards,\nKate\n",
    )
    mine = mail(
        "<m6@example.ca>",
        "2026-03-10 09:00",
        ME,
        (KATE,),
        "Hi Kate, thanks - see you then.\n\nThanks,\nPriyanka",
    )
    w = writing(facts(theirs, mine))
    note = thanks(KATE, meeting(KATE), w)
    assert note.startswith("Hi Kate,\n") and "\n\nThanks,\nPriyanka Sharma\n" in note
    assert greeting_codes(note, KATE, meeting(KATE), w) == []


def test_a_title_the_user_used_is_kept_and_the_default_is_dear() -> None:
    mine = mail(
        "<m7@example.ca>",
        "2026-03-10 09:00",
        ME,
        (OSEI,),
        "Dear Dr. Osei,\n\nThank you for the invitation.\n\nKind regards,\nPriyanka",
    )
    w = writing(facts(mine))
    note = thanks(OSEI, meeting(OSEI), w)
    assert note.startswith("Dear Dr. Osei,\n") and "\n\nKind regards,\n" in note
    assert greeting_codes(note, OSEI, meeting(OSEI), w) == []
    # never greeted by the user: Owen's own "Hi Priyanka," is answered in kind, and signed off
    # in the same register when the user has no sign-off of their own; "Dear" else
    w = writing(facts())
    plain = thanks(OWEN, meeting(OWEN), w)
    assert plain.startswith("Hi Owen,\n") and "\n\nBest,\n" in plain
    wrong = plain.replace("Hi Owen", "Hi Sally")
    assert "greeting_name" in greeting_codes(wrong, OWEN, meeting(OWEN), w)
    formal = replace(ARRANGE, text=ARRANGE.text.replace("Hi Priyanka", "Dear Priyanka"))
    w = writing(replace(facts(), thread=Thread(formal.message_id, (formal,))))
    assert thanks(OWEN, meeting(OWEN), w).startswith("Dear Owen,\n")


@pytest.mark.parametrize(
    ("shown", "email", "greeted"),
    [
        ("Chong Li Ting", "liting.chong@sunhaven.example", " Li Ting,"),  # family name first
        ("Tan Wei Ming", "weiming.tan@sunhaven.example", " Wei Ming,"),
        ("Ma. Lourdes Santiago", "lou.santiago@pacificcrest.example", " Lourdes,"),
        ("Owen Sinclair", "owen.sinclair@lakeviewfoods.ca", " Owen,"),
    ],
)
def test_the_given_name_is_greeted_whatever_its_place(shown: str, email: str, greeted: str) -> None:
    person = Address(email, shown)
    first_line = thanks(person, meeting(person), writing(facts())).split("\n", 1)[0]
    assert first_line.endswith(greeted) and first_line.count(" ") == greeted.count(" ")


def test_a_two_part_given_name_is_not_cut() -> None:
    mary = Address("maryann.lee@lakeviewfoods.ca", "Mary Ann Lee")
    theirs = mail(
        "<m8@lakeviewfoods.ca>", "2026-03-10 08:00", mary, (ME,), "See you then.\n\nBest,\nMary Ann"
    )
    assert thanks(mary, meeting(mary), writing(facts(theirs))).startswith("Dear Mary Ann,\n")


@pytest.mark.parametrize(
    ("tz", "written"), [(TORONTO, "Thursday, March 12"), (LONDON, "Thursday 12 March")]
)
def test_dates_are_written_in_the_users_locale(tz: zoneinfo.ZoneInfo, written: str) -> None:
    w = replace(writing(facts(), now="2026-03-16 09:00"), tz=tz)
    assert f" on {written} " in thanks(OWEN, meeting(OWEN), w)


def owens_promise(said: str, last_day: str) -> Promise:
    """News Owen promised when he arranged the meeting, by `last_day`."""
    end = at(f"{last_day} 23:59")
    return Promise(ARRANGE.message_id, OWEN, ARRANGE.message_id, ARRANGE.date, last_day, end, said)


def news_after(by: Address, said: str, last_day: str) -> tuple[Message, Promise]:
    """`by`'s message after the meeting, promising news by `last_day`, and its promise."""
    later = mail("<m3@lakeviewfoods.ca>", "2026-03-12 13:00", by, (ME,), said)
    end = at(f"{last_day} 23:59")
    return later, Promise(ARRANGE.message_id, by, later.message_id, later.date, last_day, end, said)


def chase(promise: Promise, due: str) -> Followup:
    """The callback on Owen's promise, due at `due`."""
    payload = CallbackFor(promise)
    return Followup(
        "c", "callback", ARRANGE.message_id, OWEN, at(due), None, "due", "", payload=payload
    )


# --- the callback: the promise as it was made; the phone once; one full stop ---------------


def test_the_callback_quotes_a_vague_promise_and_gives_the_phone_once() -> None:
    said = "I'll get back to you early next week."
    promise = owens_promise(said, "2026-03-18")
    f = chase(promise, "2026-03-20 23:59")
    w = replace(
        writing(facts(), now="2026-03-23 09:00"),
        profile=replace(PROFILE, recent_update="I finished the course.."),
    )
    note = kind_of("callback").body(f, CallbackFor(promise), w)
    # said on March 9, read on March 23: tied to the week it meant, not to next week's
    assert "you mentioned I'd hear from you early in the week of March 16" in note
    assert "by Wednesday" not in note
    assert note.count(USER.phone) == 1
    assert "I finished the course." in note and not re.search(r"\.\.", note)
    early = replace(promise, text="I'll update you by Friday, March 13.", last_day="2026-03-13")
    assert "hear from you by Friday, March 13" in kind_of("callback").body(f, CallbackFor(early), w)
    # a contact's promised favour is chased as a favour, not as a job the user wants
    favour = replace(writing(facts(category="networking"), now="2026-03-23 09:00"), role=None)
    names = replace(promise, text="I'll send you a few names early next week.")
    note = kind_of("callback").body(f, CallbackFor(names), favour)
    assert "follow up on the names. I really appreciate your help." in note
    assert "interested in" not in note and "follow up again on" not in note  # no second chase
    # news of a decision, in the same thread, is no favour
    note = kind_of("callback").body(f, CallbackFor(promise), favour)
    assert "I appreciate your help" not in note and "still very interested" in note
    assert "still very interested in the Analytics Manager role" in kind_of("callback").body(
        f, CallbackFor(promise), w
    )


def test_a_note_right_after_the_meeting_has_no_delay_clause_and_a_check_in_day() -> None:
    note = thanks(OWEN, meeting(OWEN), writing(facts()))
    assert "I will check in again by Thursday, March 19." in note
    assert "sorry for the delay" not in note  # written 2 h 15 min after the meeting's end


def test_the_register_the_thread_uses_and_an_office_greeted_by_who_signs_for_it() -> None:
    office = Address("office@lakeviewfoods.ca", "Lakeview Foods Office")
    note = mail(
        "<m7@lakeviewfoods.ca>",
        "2026-03-10 09:00",
        office,
        (ME,),
        "Dear Priyanka,\n\nMs Ames asked me to confirm your interview with the board.\n\n"
        "Regards,\nGillian Doyle\nSchool Secretary",
    )
    f = facts(note)
    w = writing(f)
    # no one in the thread calls Katherine by her first name; the office names her Ms Ames
    assert w.voice(KATE).greeting == "Dear Ms Ames,"
    # the office is greeted as the person who signs for it; with no one signing, plainly
    assert w.voice(office).greeting == "Dear Gillian,"
    unsigned = writing(facts(replace(note, text="Your interview is confirmed.")))
    assert unsigned.voice(office).greeting == "Hello,"
    # a role for a display name, an address that names her
    assert w.voice(Address("fatima.benali@lakeviewfoods.ca", "HR")).greeting == "Dear Fatima,"


def test_a_job_title_for_a_display_name_is_not_greeted() -> None:
    head = Address("mark.brennan@lakeviewfoods.ca", "Head of Talent")
    assert writing(facts()).voice(head).greeting == "Dear Mark,"


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("I'll send you my references by Friday.", "send you my references by Friday, March 13."),
        (
            "Will send the full write-up over the weekend!",
            "send you the full write-up by Friday, March 13.",
        ),
        (
            "I'll put together a one-page note on the launch and send it to you by Friday.",
            "send you a one-page note by Friday, March 13.",
        ),
        (
            "I'll send through the abstract of my audit later this week.",
            "send you the abstract of my audit by",
        ),
        (
            "I'll send a one-page summary of the attached by Friday.",
            "a one-page summary of what I attached then by",
        ),
        (
            "I'll send you a one-page summary of the early-warning dashboard rollout by Friday.",
            "a one-page summary of the early-warning dashboard rollout by",
        ),
        ("I'll send you two references by Friday.", "I will have them with you"),
        # what they asked for, pointed back at: "both", "them"
        (
            "Let me give my references a heads up first - I'll have both over to you by Monday.",
            "I said I would send them over by Friday, March 13. I'm sorry",
        ),
        (
            "I start a 4-day in the morning, so I'll have everything signed and back to you by "
            "Monday.",
            "I said I would send it over by Friday, March 13. I'm sorry",
        ),
        ("I'll follow up with you next week.", "[add: what you promised"),
    ],
)
def test_the_users_own_promise_is_kept_with_what_they_said_they_would_send(
    said: str, kept: str
) -> None:
    from daemon.followups.own_promise import OwnPromiseFor

    p = Promise(
        ARRANGE.message_id,
        ME,
        "<p@me>",
        at("2026-03-10 10:00"),
        "2026-03-13",
        at("2026-03-13 23:59"),
        said,
        made_to=OWEN,
    )
    payload = OwnPromiseFor(p)
    f = Followup("o", "own_promise", p.thread_id, OWEN, p.due, None, "due", "", payload=payload)
    late = kind_of("own_promise").body(f, payload, writing(facts(), now="2026-03-16 09:00"))
    assert kept in late
    named = not kept.startswith("[add:")
    # a thing named: the note is whole and true as it is (nothing said to be attached that the
    # draft cannot attach), and says it is late; else the slot stays for the user
    assert ("[add:" in late) == (not named)
    assert "attached." not in late and "please find" not in late
    assert "sorry it" in late and "than I said" in late


# --- what the conversation was, and who the user is to them --------------------------------

MINE = frozenset({ME.email})


def _chat(text: str, subject: str = "coffee?") -> ThreadFacts:
    ask = replace(ARRANGE, subject=subject, text=text)
    return replace(facts(category="networking"), thread=Thread(ask.message_id, (ask,)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # they talk of a job the user might take: a hiring conversation, not a mentee's chat
        ("Spec attached - let me know if I can put your name forward to the client.", "hiring"),
        ("We're growing the ledger team here and I'd love to tell you about it.", "hiring"),
        ("Ponderosa wants to talk to you for their Jr. Full-Stack Engineer role.", "hiring"),
        ("I'd like you to meet our board chair over breakfast.", "hiring"),
        ("On recrute : j'aimerais te parler du poste de lead AQ.", "hiring"),
        ("Happy to tell you about the role of Controller here. Coffee Thursday?", "hiring"),
        # they asked for the user's view: the user was the one advising
        ("We're about to build our first sales org; I'd value your perspective.", "advised"),
        ("Keen to pick your brain on records systems for academics.", "advised"),
        # a mentor, and a feedback session, are neither an interview nor a mentee's chat
        ("Our mentoring session is on Thursday.", "adviser"),
        ("Happy to grab a coffee Thurs and talk", "informational"),
        ("Got your CV thru TradeJobs. We need a leading hand who can run jobs.", "hiring"),
    ],
)
def test_a_conversation_is_read_for_what_it_was(text: str, expected: str) -> None:
    assert occasion(meeting(OWEN, networking=True), _chat(text), MINE) == expected


def test_the_user_asking_for_advice_is_not_advising() -> None:
    theirs = _chat("Would love your take on it too; coffee Thursday?")
    mine = mail("<m2@example.ca>", "2026-03-09 16:00", ME, (OWEN,), "I'd love to pick your brain.")
    f = replace(theirs, thread=Thread(ARRANGE.message_id, (*theirs.thread.messages, mine)))
    assert occasion(meeting(OWEN, networking=True), f, MINE) == "informational"


def test_a_feedback_session_gets_no_pitch() -> None:
    f = _chat("See you for the assessment feedback session.", subject="Feedback session")
    note = thanks(OWEN, meeting(OWEN), writing(f))
    assert "taking me through the feedback" in note and "- Six years" not in note


def test_a_debrief_that_is_one_item_of_an_agenda_is_no_feedback_session() -> None:
    text = (
        "Format (60 min):\n- 35 min: Priyanka runs discovery, Kate plays the buyer\n"
        "- 10 min: debrief w/ Owen\n\nSee you Tuesday."
    )
    ask = replace(ARRANGE, subject="Mock Discovery - Priyanka Sharma", text=text)
    f = replace(facts(category="interview"), thread=Thread(ask.message_id, (ask,)))
    assert occasion(meeting(OWEN), f) == "interview"


def test_a_hiring_conversation_says_interest_without_a_pitch() -> None:
    f = _chat("We're hiring for the Analytics Manager role; can we talk Thursday?")
    note = thanks(OWEN, meeting(OWEN, networking=True), writing(f))
    assert "about the Analytics Manager role at Lakeview Foods" in note
    assert "take the next step" in note or "keen to take it further" in note
    assert "- Six years" not in note and "how you see the field" not in note


@pytest.mark.parametrize(
    ("subject", "people", "expected"),
    [
        ("Final round – Analytics Manager", (OWEN,), "interview"),
        ("Final round – Analytics Manager", (OWEN, KATE), "panel"),
        ("Final round – two back-to-back one-on-one conversations", (OWEN, KATE), "interview"),
        ("Virtual onsite – Analytics Manager (Zoom)", (OWEN,), "interview"),
        ("Onsite – Analytics Manager", (OWEN,), "visit"),
    ],
)
def test_a_panel_needs_two_people_and_a_visit_a_place(
    subject: str, people: tuple[Address, ...], expected: str
) -> None:
    first = replace(ARRANGE, subject=subject)
    f = replace(facts(), thread=Thread(first.message_id, (first,)))
    assert occasion(meeting(*people), f, MINE) == expected


def test_a_friend_gets_a_warm_note_not_a_template() -> None:
    theirs = mail(
        "<m3@lakeviewfoods.ca>",
        "2026-03-12 20:00",
        OWEN,
        (ME,),
        "So good to see your face. Do look at the director programme.\n\nO\n\nOwen Sinclair",
    )
    # both sign with an initial: friends
    mine = mail("<m4@example.ca>", "2026-03-12 21:00", ME, (OWEN,), "Will do, thank you!\n\nP")
    f = replace(facts(theirs, mine, category="networking"))
    note = thanks(OWEN, meeting(OWEN, networking=True), writing(f, now="2026-03-13 09:00"))
    assert note.startswith("Hi Owen,\n") and "\n\nBest,\nPriyanka Sharma\n" in note
    assert "how you see the field" not in note and "It was so good to talk" in note
    assert "+1 416 555 0187" in note  # still a professional note, with contact details
    # an initial on their side alone is how busy people sign: not enough; nor a full name
    for one_sided in (
        facts(theirs, category="networking"),
        facts(
            replace(theirs, text="Good to meet you. Do look at the director programme.\n\nOwen"),
            mine,
            category="networking",
        ),
    ):
        note = thanks(OWEN, meeting(OWEN, networking=True), writing(one_sided, now="2026-03-13"))
        assert "It was so good to talk" not in note


def test_two_people_met_in_one_thread_get_different_words() -> None:
    f = facts(meetings=(meeting(OWEN, KATE),))
    w = writing(f)
    assert thanks(OWEN, meeting(OWEN, KATE), w) != thanks(KATE, meeting(OWEN, KATE), w).replace(
        "Kate", "Owen"
    ).replace("Katherine", "Owen")


def test_after_an_offer_the_note_makes_no_more_case() -> None:
    offer = later(
        "We are pleased to offer you the position of Analytics Manager.", "2026-03-13 10:00"
    )
    f = facts(offer, category="offer", closed_by=offer.message_id)
    note = thanks(OWEN, meeting(OWEN), writing(f, now="2026-03-14 09:00"))
    assert "the offer that followed" in note
    assert "- Six years" not in note and "check in again" not in note


@pytest.mark.parametrize(
    ("now", "late", "category"),
    [
        ("2026-03-12 15:00", False, "interview"),
        ("2026-03-20 09:00", True, "interview"),
        ("2026-03-20 09:00", True, "rejection"),
    ],
)
def test_asking_for_an_address_says_when_it_is_late_and_after_a_decision(
    now: str, late: bool, category: str
) -> None:
    m = replace(meeting(), unknown=("Sam Ito",), arranged_by=OWEN)
    no = later("We regret to inform you.", "2026-03-16 10:00")
    f = facts(no, category=category, closed_by=no.message_id if category == "rejection" else None)
    ask = Followup(
        "a",
        "ask_for_address",
        ARRANGE.message_id,
        OWEN,
        at(now),
        None,
        "due",
        "",
        payload=AddressFor(m),
    )
    note = kind_of("ask_for_address").body(ask, AddressFor(m), writing(f, now=now))
    assert ("sorry for the delay" in note) == late
    assert ("everything ran smoothly" in note) == (category != "rejection")
    assert note.count("Sam Ito") == 1  # named once: "… to Sam Ito, but I do not have an address"


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Thanks for arranging it. Please would you pass on my thanks to Owen?", True),
        ("Please tell Owen I said thank you too.", True),
        ("Thanks for arranging it. Owen asked about the budget.", False),
        ("Please pass on my thanks to Sam.", False),  # someone else
    ],
)
def test_thanks_passed_on_through_a_colleague_are_said_in_the_note(text: str, passed: bool) -> None:
    zanele = Address("zanele@lakeviewfoods.ca", "Zanele Khumalo")
    note_to_her = mail("<m5@example.ca>", "2026-03-12 15:00", ME, (zanele,), text)
    f = facts(note_to_her)
    note = thanks(OWEN, meeting(OWEN), writing(f, now="2026-03-12 16:00"))
    said = "I asked Zanele to pass on my thanks, but I wanted to write to you myself"
    assert (said in note) == passed


def test_a_decision_day_given_before_the_meeting_and_still_ahead_is_awaited() -> None:
    said = "The committee meets on the 16th and will tell finalists by Friday, March 20."
    promise = owens_promise(said, "2026-03-20")
    note = thanks(OWEN, meeting(OWEN), writing(facts(promises=(promise,))))
    assert "check in again" not in note and "Friday, March 20" in note
    past = replace(promise, last_day="2026-03-11", due=at("2026-03-11 23:59"))
    assert "check in again" in thanks(OWEN, meeting(OWEN), writing(facts(promises=(past,))))


def test_a_friend_who_raised_a_job_gets_a_warm_note_that_takes_it_up() -> None:
    theirs = mail(
        "<m3@lakeviewfoods.ca>",
        "2026-03-12 20:00",
        OWEN,
        (ME,),
        "Priyanka!! So good to catch up. Here's the posting for the role I mentioned.\n\nO",
    )
    f = facts(theirs, category="networking")
    note = thanks(OWEN, meeting(OWEN, networking=True), writing(f, now="2026-03-13 09:00"))
    assert "It was so good to talk" in note
    assert "Thank you, too, for sending the posting; I am genuinely interested" in note
    assert "time and consideration" not in note and "- Six years" not in note


def test_an_introduction_call_about_a_role_is_a_hiring_conversation() -> None:
    intro = replace(
        ARRANGE,
        subject="Intro call – Lakeview Foods",
        text="Excited to tell you about the Analytics Manager role on my team.",
    )
    f = replace(facts(category="recruiter"), thread=Thread(intro.message_id, (intro,)))
    assert occasion(meeting(OWEN), f, MINE) == "hiring"


def test_a_next_step_set_up_since_the_meeting_is_thanked_not_chased() -> None:
    after = later("Good chatting. I'll ask Tess to set up a technical conversation with the team.")
    note = thanks(OWEN, meeting(OWEN), writing(facts(after), now="2026-03-13 09:00"))
    assert "setting up the next step" in note and "check in again" not in note
    plain = later("Good chatting.")
    note = thanks(OWEN, meeting(OWEN), writing(facts(plain), now="2026-03-13 09:00"))
    assert "setting up the next step" not in note and "check in again" in note


def test_a_note_that_thanks_again_does_not_sign_off_thanks_again() -> None:
    from daemon.drafting.compose import _thanked_once

    text = "Hi Owen,\n\nThank you again for your time.\n\nThanks again,\nPriyanka\n"
    assert _thanked_once(text) == "Hi Owen,\n\nThank you again for your time.\n\nBest,\nPriyanka\n"
    plain = "Hi Owen,\n\nSee you soon.\n\nThanks again,\nPriyanka\n"
    assert _thanked_once(plain) == plain


def test_a_recruiter_asking_leave_to_put_the_user_forward_gets_it() -> None:
    after = later("Lovely chatting. Spec attached - let me know if I can put your name forward.")
    note = thanks(OWEN, meeting(OWEN), writing(facts(after), now="2026-03-13 09:00"))
    assert "glad for you to put my name forward" in note and "check in again" not in note


def test_an_informal_visit_before_applying_gets_no_pitch_and_no_chase() -> None:
    first = replace(ARRANGE, subject="Informal visit – Band 6 Sister, Ward 21")
    f = replace(facts(), thread=Thread(first.message_id, (first,)))
    note = thanks(OWEN, meeting(OWEN), writing(f))
    assert "showing me around" in note and "sending my application" in note
    assert "- Six years" not in note and "check in again" not in note


def test_a_promise_passed_on_for_someone_else_is_theirs() -> None:
    said = "Simon will be in touch by Friday, March 13 with next steps."
    promise = owens_promise(said, "2026-03-13")
    f = chase(promise, "2026-03-17 23:59")
    note = kind_of("callback").body(f, CallbackFor(promise), writing(facts(), now="2026-03-18"))
    assert "you mentioned I'd hear from Simon by" in note
    mine = replace(promise, text="I will be in touch by Friday, March 13.")
    note = kind_of("callback").body(f, CallbackFor(mine), writing(facts(), now="2026-03-18"))
    assert "you mentioned I'd hear from you by" in note


def test_no_sorry_for_the_delay_after_writing_to_them_since() -> None:
    warm = mail("<m7@example.ca>", "2026-03-12 18:00", ME, (OWEN,), "Great to see you today!")
    late = thanks(OWEN, meeting(OWEN), writing(facts(), now="2026-03-20 09:00"))
    assert "sorry for the delay" in late
    note = thanks(OWEN, meeting(OWEN), writing(facts(warm), now="2026-03-20 09:00"))
    assert "sorry for the delay" not in note


def test_a_friend_who_offered_to_do_something_is_thanked_for_it() -> None:
    offer = later("Priyanka!! So good to see your face. I'll raise it with Anand next week.\n\nO")
    promise = owens_promise("I'll raise it with Anand next week.", "2026-03-20")
    promise = replace(promise, made_at=offer.date)
    f = facts(offer, category="networking", promises=(promise,))
    note = thanks(OWEN, meeting(OWEN, networking=True), writing(f, now="2026-03-13 09:00"))
    assert "It was so good to talk" in note and "what you offered to do" in note


def test_a_recruiters_call_gets_interest_not_a_pitch() -> None:
    first = replace(ARRANGE, subject="Interview – Operations Manager (via Keystone Talent)")
    base = replace(facts(), thread=Thread(first.message_id, (first,)))
    recruiter = replace(base, counterparts=(Counterpart(OWEN.email, OWEN.name, "recruiter"),))
    assert occasion(meeting(OWEN), recruiter, MINE) == "hiring"
    assert occasion(meeting(OWEN), base, MINE) == "interview"
    # "not formally hiring yet" is no hiring talk
    chat = _chat("We're not formally hiring yet, but I'd love to get to know you.")
    assert occasion(meeting(OWEN, networking=True), chat, MINE) != "hiring"


def test_a_kiss_at_the_end_of_a_line_is_a_friends() -> None:
    theirs = later("Don't be daft! See you then x")
    f = facts(theirs, category="networking")
    note = thanks(OWEN, meeting(OWEN, networking=True), writing(f, now="2026-03-13 09:00"))
    assert "It was so good to talk" in note


@pytest.mark.parametrize(
    "text",
    [
        "The job market is slow, but happy to share what I know. Coffee Thursday?",
        "She has been a real role model to me. Coffee Thursday?",
        "Our position on remote work is changing. Coffee Thursday?",
    ],
)
def test_talk_of_the_job_market_is_no_hiring(text: str) -> None:
    assert occasion(meeting(OWEN, networking=True), _chat(text), MINE) == "informational"


# --- who was met, and who introduced them ---------------------------------------------------


def test_an_introduction_that_speaks_of_a_need_is_a_hiring_conversation() -> None:
    struan = Address("struan@lammermuir.example", "Struan Dalgleish")
    intro = mail(
        "<m0@lammermuir.example>",
        "2026-03-04 17:05",
        struan,
        (ME, OWEN),
        "Priyanka, Owen,\n\nAs promised, an introduction. Owen has been muttering about "
        "needing someone experienced on group reporting.\n\nStruan",
        subject="Intro: Priyanka / Owen (Lakeview Foods)",
    )
    f = replace(facts(intro, category="networking"), thread=Thread(intro.message_id, (intro,)))
    note = thanks(OWEN, meeting(OWEN, networking=True), writing(f, role=None))
    assert occasion(meeting(OWEN, networking=True), f) == "hiring"
    assert "about Lakeview Foods" in note and "grateful to Struan" in note
    assert "whenever the timing suits you" in note and "check in again" not in note


def test_a_recruiter_met_with_the_manager_gets_no_pitch_and_the_manager_does() -> None:
    tasha = Address("tasha@lakeviewfoods.ca", "Tasha Greenwood")
    m = meeting(OWEN, tasha)
    f = facts(
        category="networking",  # the thread's reading; a recruiter in the meeting outweighs it
        counterparts=(
            Counterpart(OWEN.email, OWEN.name, "interviewer"),
            Counterpart(tasha.email, tasha.name, "recruiter"),
        ),
    )
    assert occasion(m, f) == "interview"
    to_owen, to_tasha = thanks(OWEN, m, writing(f)), thanks(tasha, m, writing(f))
    assert "- Six years of pricing analytics" in to_owen
    assert "- Six" not in to_tasha and "check in again" in to_tasha


def test_the_legal_form_is_left_out_of_a_sentence() -> None:
    from daemon.drafting.compose import in_prose

    assert in_prose("Straits Meridian Holdings Ltd") == "Straits Meridian Holdings"
    assert in_prose("Brightlane Infotech Pvt. Ltd.") == "Brightlane Infotech"
    assert in_prose("Solvo Seguros S.A. de C.V.") == "Solvo Seguros"
    assert in_prose("Acme, Inc.") == "Acme"
    assert in_prose("Mobile Co") == "Mobile Co"  # a name's own word is no legal form here


# --- the greeting the user last used ---------------------------------------------------------


def test_a_bare_name_the_user_wrote_last_is_the_greeting() -> None:
    formal = mail(
        "<m2@example.ca>",
        "2026-03-09 16:00",
        ME,
        (OWEN,),
        "Mr. Sinclair,\n\nThank you, Thursday works.\n\nPriyanka Sharma",
        subject="Re: next steps",
    )
    first_name = mail(
        "<m3@example.ca>",
        "2026-03-12 12:30",
        ME,
        (OWEN,),
        "Owen,\n\nAs discussed, my references are attached.\n\nPriyanka Sharma",
        subject="Re: next steps",
    )
    note = thanks(OWEN, meeting(OWEN), writing(facts(formal, first_name)))
    assert note.startswith("Hi Owen,\n")  # the word from Owen's "Hi Priyanka"
    note = thanks(OWEN, meeting(OWEN), writing(facts(formal)))
    assert note.startswith("Dear Mr. Sinclair,\n")


def test_people_given_slots_one_after_another_were_not_a_panel() -> None:
    itinerary = replace(
        ARRANGE,
        subject="Lakeview Foods – Final Round Invitation",
        text="Your itinerary:\n\n9:00 - 9:45 AM - Case interview with Owen Sinclair\n"
        "10:00 - 10:45 AM - Fit interview with Katherine Ames\n",
    )
    f = replace(facts(), thread=Thread(itinerary.message_id, (itinerary,)))
    assert occasion(meeting(OWEN, KATE), f) == "interview"
    together = replace(itinerary, text="10:00 - 11:00 AM - Owen Sinclair and Katherine Ames")
    f = replace(facts(), thread=Thread(together.message_id, (together,)))
    assert occasion(meeting(OWEN, KATE), f) == "panel"


def test_a_paid_trial_day_is_thanked_as_a_days_work_with_no_pitch() -> None:
    offer = replace(
        ARRANGE,
        subject="Registered electrician - your ad",
        text="Hi, good CV. Best way is come do a paid trial day with us. Thurs any good?",
    )
    f = replace(facts(), thread=Thread(offer.message_id, (offer,)))
    assert occasion(meeting(OWEN), f) == "group"
    note = thanks(OWEN, meeting(OWEN), writing(f))
    assert "trial day" in note and "- Six years" not in note


def test_a_late_note_to_someone_written_to_since_still_owns_the_delay() -> None:
    since = mail(
        "<m5@example.ca>",
        "2026-03-13 08:00",
        ME,
        (OWEN,),
        "Morning Owen, I think I left my umbrella in your office. Could you keep it for me?",
    )
    note = thanks(OWEN, meeting(OWEN), writing(facts(since), now="2026-03-17 09:00"))
    assert "I should have written sooner" in note and "sorry for the delay" not in note
    note = thanks(OWEN, meeting(OWEN), writing(facts(), now="2026-03-17 09:00"))
    assert "sorry for the delay" in note


def test_a_no_with_an_offer_to_open_doors_is_thanked_for_both() -> None:
    from daemon.infer import lang

    said = (
        "I've spent two days trying to talk myself into it and I can't quite get there. I know "
        "at least two boards that should be talking to you."
    )
    assert lang.pattern("rejections").search(said)
    no = mail("<m2@lakeviewfoods.ca>", "2026-03-13 09:00", OWEN, (ME,), said)
    f = facts(no, category="rejection", closed_by=no.message_id)
    note = thanks(OWEN, meeting(OWEN), writing(f, now="2026-03-13 10:00"))
    assert "letting me know your decision" in note and "offer to open doors" in note
    assert note.count("pleasure") <= 1


def test_after_a_next_step_was_set_up_the_note_neither_pitches_nor_repeats_itself() -> None:
    step = later("Great meeting you. Katherine will set up a call with the team next week.")
    for turn_of in (OWEN, KATE):
        note = thanks(turn_of, meeting(OWEN, KATE), writing(facts(step)))
        assert "- Six years" not in note and note.count("next step") <= 1


def test_asked_to_come_and_see_the_place_is_a_visit_and_numbers_coming_a_next_step() -> None:
    ask = replace(
        ARRANGE,
        subject="Operations Manager (from ZipRecruiter)",
        text="Rather than another phone call I'd like you to come see the building. I'll walk "
        "you through inbound, then Katherine will take you through outbound.",
    )
    numbers = later("Glad you came out. I'm going to have HR put some numbers together for you.")
    f = replace(facts(), thread=Thread(ask.message_id, (ask, numbers)))
    assert occasion(meeting(OWEN, KATE), f) == "visit"
    note = thanks(KATE, meeting(OWEN, KATE), writing(f))
    assert "visit" in note and "- Six years" not in note and "check in again" not in note


def test_a_name_written_surname_first_keeps_the_title_the_thread_gives_him() -> None:
    mabry = Address("curtis.w.mabry.civ@dsra.example", "Mabry, Curtis W CIV DSRA")
    panel = replace(
        ARRANGE,
        text="Your panel:\n- Mr. Curtis W. Mabry, SGM (Ret.), Logistics Operations Officer",
    )
    f = replace(facts(), thread=Thread(panel.message_id, (panel,)))
    assert writing(f).voice(mabry).greeting == "Dear Mr. Mabry,"


def test_a_title_given_in_another_language_is_said_in_english() -> None:
    kraus = Address("miriam.kraus@kiebitz.example", "Miriam Kraus")
    invite = replace(ARRANGE, text="Das Gespräch mit Frau Kraus findet auf Englisch statt.")
    f = replace(facts(), thread=Thread(invite.message_id, (invite,)))
    assert writing(f).voice(kraus).greeting == "Dear Ms. Kraus,"


def test_news_promised_after_a_day_is_quoted_after_it() -> None:
    said = "He will revert to you after the Board's Nominating Committee meets on 20 April."
    later, promise = news_after(KATE, said, "2026-04-20")
    note = thanks(OWEN, meeting(OWEN), writing(facts(later, promises=(promise,))))
    assert "hearing from you after Monday, April 20, as Katherine mentioned" in note


def test_a_coordinators_promised_list_of_hiring_contacts_is_chased_as_a_favour() -> None:
    said = "I'll send you the updated list, with the hiring contacts, the week of March 9."
    promise = owens_promise(said, "2026-03-13")
    f = chase(promise, "2026-03-17 23:59")
    w = replace(writing(facts(category="application"), now="2026-03-23 09:00"), role=None)
    note = kind_of("callback").body(f, CallbackFor(promise), w)
    assert "follow up on the list" in note and "interested in" not in note


def test_a_next_meeting_already_booked_is_looked_forward_to_by_name_and_day() -> None:
    gordon = Address("gordon@reilly.example", "Gordon Reilly")
    breakfast = Meeting(
        ARRANGE.message_id,
        at("2026-03-24 08:00"),
        at("2026-03-24 09:00"),
        "scheduled",
        (gordon,),
        "text",
        "breakfast",
    )
    f = facts(meetings=(meeting(OWEN), breakfast))
    note = thanks(OWEN, meeting(OWEN), writing(f, now="2026-03-13 09:00"))
    assert "I look forward to meeting Gordon on Tuesday, March 24." in note
    assert "- Six years" not in note and "check in again" not in note


def test_someone_who_never_greeted_gets_the_hi_the_user_writes_to_their_colleague() -> None:
    to_owen = mail(
        "<m8@example.ca>", "2026-03-10 09:00", ME, (OWEN,), "Hi Owen,\n\nThursday works.\n\nP"
    )
    kate_wrote = mail("<m9@lakeviewfoods.ca>", "2026-03-10 10:00", KATE, (ME,), "see u thurs")
    w = writing(facts(to_owen, kate_wrote))
    assert w.voice(KATE).greeting == "Hi Katherine," and w.voice(KATE).sign_off == "Best,"


def test_a_trial_project_offered_after_the_meeting_is_the_next_step() -> None:
    step = later("jess n i want to keep going. thinking a paid 2 wk trial project.")
    note = thanks(OWEN, meeting(OWEN), writing(facts(step)))
    assert "- Six years" not in note and "check in again" not in note


def test_a_promise_passed_on_for_someone_else_is_theirs_in_the_note() -> None:
    said = (
        "Dr. Thornbury has asked me to pass along that the committee meets on Thursday, and she "
        "expects to be in touch with each finalist by Friday, March 20."
    )
    later, promise = news_after(KATE, said, "2026-03-20")
    note = thanks(OWEN, meeting(OWEN), writing(facts(later, promises=(promise,))))
    assert "hearing from Dr. Thornbury by Friday, March 20, as Katherine mentioned" in note


def test_the_next_step_is_said_once() -> None:
    for turn_of in (OWEN, KATE, OSEI):  # each turn's way of saying interest
        said = "I'll be in touch with next steps by Friday, March 13."
        later, promise = news_after(OWEN, said, "2026-03-13")
        f = facts(later, promises=(promise,))
        note = thanks(turn_of, meeting(OWEN, KATE, OSEI), writing(f, now="2026-03-16 09:00"))
        assert note.count("next step") <= 1


@pytest.mark.parametrize(
    ("said", "take_home", "referral"),
    [
        ("Comme convenu, voici le cas pratique à nous rendre d'ici lundi.", True, False),
        ("Te adjunto la prueba técnica; tienes cinco días.", True, False),
        ("Anbei die kleine Fallstudie, die wir besprochen haben.", True, False),
        ("Segue o desafio técnico que comentamos na entrevista.", True, False),
        ("Je vous mets en relation avec notre directrice financière.", False, True),
        ("Te pongo en contacto con Lucía, que lleva el equipo de datos.", False, True),
        ("Ich bringe Sie gern mit Frau Kraus in Kontakt.", False, True),
        ("Passei seu currículo para a Renata, do time de produto.", False, True),
        ("Merci encore pour votre temps, à bientôt.", False, False),
        ("Schön, dass Sie mit uns in Kontakt getreten sind.", False, False),
    ],
)
def test_what_followed_the_meeting_is_read_in_each_language(
    said: str, take_home: bool, referral: bool
) -> None:
    later = mail("<m8@lakeviewfoods.ca>", "2026-03-12 13:00", OWEN, (ME,), said)
    m = meeting(OWEN)
    found = since(m, m.start, OWEN, facts(later), at("2026-03-13 10:00"), frozenset({ME.email}))
    assert (found.take_home, found.referral) == (take_home, referral)


@pytest.mark.parametrize(
    "asked",
    [
        "Magst Du an einem Nachmittag vorbeikommen, dem Team in 20 Minuten Deine Arbeit "
        "vorstellen und danach mit Anouk und mir sprechen?",
        "Could you come in on Thursday afternoon and give a short talk to the team?",
    ],
)
def test_a_talk_to_the_team_is_a_visit_whatever_the_thread_began_as(asked: str) -> None:
    later = mail("<m5@lakeviewfoods.ca>", "2026-03-10 09:00", OWEN, (ME,), asked)
    assert occasion(meeting(OWEN, networking=True), facts(later, category="networking")) == "visit"
