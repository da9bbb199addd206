"""Inference on small hand-made threads: promises, meetings agreed in words, job signals."""

from __future__ import annotations

import zoneinfo
from datetime import datetime, timedelta

import pytest

from daemon.infer.annotate import Annotations, written_addresses
from daemon.infer.facts import infer_facts
from daemon.infer.people import Identity, company_name, is_automated_address
from daemon.infer.promises import find_promises as promises_in
from daemon.model import Address, Message, Promise, Thread

TZ = zoneinfo.ZoneInfo("America/Chicago")
ME = Identity(frozenset({"jordan@example.net"}))
JORDAN = Address("jordan@example.net", "Jordan Lee")
DANA = Address("dana.ruiz@acme-robotics.example", "Dana Ruiz")
SAM = Address("sam.ito@acme-robotics.example", "Sam Ito")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=TZ)  # a Monday


def message(
    n: int,
    sender: Address,
    text: str,
    to: tuple[Address, ...] = (JORDAN,),
    subject: str = "Acme Robotics – Data Analyst interview",
    hours: float = 0,
    cc: tuple[Address, ...] = (),
    automated: bool = False,
    bulk: bool = False,
) -> Message:
    return Message(
        account="a",
        folder="INBOX",
        ref=str(n),
        message_id=f"<m{n}@x>",
        subject=subject if n == 0 else "Re: " + subject,
        date=T0 + timedelta(hours=hours),
        sender=sender,
        to=to,
        cc=cc,
        text=text,
        in_reply_to=f"<m{n - 1}@x>" if n else None,
        automated=automated,
        bulk=bulk,
    )


def thread(*messages: Message) -> Thread:
    return Thread(messages[0].message_id, messages)


def find_promises(t: Thread, me: Identity, tz: zoneinfo.ZoneInfo) -> list[Promise]:
    return promises_in(t, Annotations(tz), me, tz).promises


@pytest.mark.parametrize(
    ("sentence", "last_day"),
    [
        ("I'll get back to you by Friday with next steps.", "2026-03-06"),
        ("We will let you know by Wednesday, March 11.", "2026-03-11"),
        ("I'm at a conference, but I'll be in touch early next week.", "2026-03-11"),
        ("You should hear from us within two weeks.", "2026-03-16"),
        ("The panel meets Thursday and will decide by the end of next week.", "2026-03-13"),
        (
            "I expect to hear from the hiring manager tomorrow and will update you by Thursday.",
            "2026-03-05",
        ),
    ],
)
def test_dated_promises(sentence: str, last_day: str) -> None:
    [p] = find_promises(thread(message(0, DANA, f"Hi Jordan,\n\n{sentence}\n\nDana")), ME, TZ)
    assert (p.made_by.email, p.last_day) == (DANA.email, last_day)
    assert p.due.hour == 23 and p.due.tzinfo is TZ


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you send me your portfolio by Friday?",  # a request, not a promise
        "I'll call you on Wednesday at 4:00 pm.",  # an appointment
        "We are collecting applications until 13 March.",  # no commitment
        "I'll reach out if the role reopens.",  # no date
        "Let me know by Friday if that works.",  # asks the user
        # the day is what was done, in a clause of its own
        "I submitted you to the client first thing this morning - will let you know as soon as "
        "I hear back.",
    ],
)
def test_not_promises(sentence: str) -> None:
    assert find_promises(thread(message(0, DANA, sentence)), ME, TZ) == []


def test_promises_only_from_the_other_side() -> None:
    mom = Address("grace@example.com", "Grace Lee")  # family: the user's surname, personal mail
    robot = Address("no-reply@greenhouse-mail.io", "Acme Robotics")
    me = Identity(ME.emails, name="Jordan Lee")
    for sender in (mom, robot, JORDAN):
        t = thread(message(0, sender, "I'll call you back by Friday."))
        assert promises_in(t, Annotations(TZ), me, TZ, frozenset({mom.email})).promises == []
    # a small employer writing from personal mail is the other side
    boss = Address("mike.h@example.com", "Mike Hale")
    t = thread(message(0, boss, "I'll call you back by Friday."))
    assert [p.made_by for p in find_promises(t, me, TZ)] == [boss]


def facts_of(*messages: Message, now: datetime = T0 + timedelta(days=20)):  # type: ignore[no-untyped-def]
    [f] = infer_facts([thread(*messages)], ME, TZ, now)
    return f


def test_a_time_proposed_and_accepted_in_words_is_a_meeting() -> None:
    f = facts_of(
        message(
            0,
            DANA,
            "Would you have time for a 30-minute phone screen? Would Thursday, "
            "March 5 at 2:00 pm work?",
        ),
        message(1, JORDAN, "Thursday, March 5 at 2:00 pm works for me.", to=(DANA,), hours=2),
    )
    [m] = f.meetings
    assert (m.start, m.end, m.status) == (
        datetime(2026, 3, 5, 14, tzinfo=TZ),
        datetime(2026, 3, 5, 14, 30, tzinfo=TZ),
        "done",
    )
    assert [a.email for a in m.attendees] == [DANA.email]
    assert f.job_related and f.category == "interview"


def test_a_plain_yes_accepts_the_proposal() -> None:
    f = facts_of(
        message(0, DANA, "Could we talk on Thursday, March 5 at 2:00 pm?"),
        message(
            1, JORDAN, "Sounds great, see you then! My résumé is attached.", to=(DANA,), hours=2
        ),
    )
    assert [m.start.day for m in f.meetings] == [5]


def test_a_yes_naming_only_the_weekday_keeps_the_offered_date() -> None:
    # Monday March 2: "Tuesday" alone would be March 3; the offer said the 10th
    f = facts_of(
        message(0, DANA, "Would Tuesday the 10th at 7:30 am work for a coffee interview?"),
        message(1, JORDAN, "Tuesday at 7:30 works perfectly. See you there.", to=(DANA,), hours=2),
    )
    assert [m.start for m in f.meetings] == [datetime(2026, 3, 10, 7, 30, tzinfo=TZ)]


def test_a_date_restated_a_week_on_moves_the_meeting() -> None:
    # "Friday works" reads as Friday March 6; "Friday 13th it is" says which Friday
    f = facts_of(
        message(0, DANA, "Could we do the interview next week, Thursday or Friday lunchtime?"),
        message(1, JORDAN, "Friday works. 12:30?", to=(DANA,), hours=1),
        message(2, DANA, "12:30 Friday 13th it is. Speak then.", hours=2),
    )
    held = [m.start for m in f.meetings if m.status in ("done", "scheduled")]
    assert held == [datetime(2026, 3, 13, 12, 30, tzinfo=TZ)]


def test_a_bare_weekday_answering_next_week_is_next_weeks() -> None:
    # Monday March 2: "Thurs" alone would be March 5; the question asked about next week
    f = facts_of(
        message(0, JORDAN, "Happy to meet for the interview. Tues or Thurs next week?", to=(DANA,)),
        message(1, DANA, "Thurs at 6pm, at our office?", hours=2),
        message(2, JORDAN, "Done. See you there.", to=(DANA,), hours=3),
    )
    assert [m.start for m in f.meetings] == [datetime(2026, 3, 12, 18, tzinfo=TZ)]


def test_an_unanswered_proposal_is_no_meeting() -> None:
    f = facts_of(message(0, DANA, "Would Thursday, March 5 at 2:00 pm work for an interview?"))
    assert f.meetings == ()


def test_only_the_chosen_option_counts() -> None:
    f = facts_of(
        message(
            0,
            DANA,
            "Would either work for the interview?\n- Thursday 3/5, 2:00-2:30 pm\n"
            "- Friday 3/6, 10:00-10:30 am",
        ),
        message(1, JORDAN, "Friday 3/6 at 10:00 am works well.", to=(DANA,), hours=1),
    )
    assert [(m.start.day, m.end and m.end.minute) for m in f.meetings] == [(6, 30)]


def test_the_people_named_for_the_meeting_are_the_ones_met() -> None:
    f = facts_of(
        message(
            0,
            DANA,
            "Sam Ito, our analytics lead, would like to meet you for a 45-minute "
            "interview. Would Tuesday, March 10 at 1:00 pm suit? I won't join the "
            "call myself.",
            cc=(SAM,),
        ),
        message(1, JORDAN, "Tuesday, March 10 at 1:00 pm suits me well.", to=(DANA,), hours=1),
    )
    [m] = f.meetings
    assert [a.email for a in m.attendees] == [SAM.email]
    assert m.end == datetime(2026, 3, 10, 13, 45, tzinfo=TZ)


def test_a_cancelled_call_is_not_done() -> None:
    f = facts_of(
        message(0, DANA, "Would Tuesday, March 10 at 1:00 pm work for an interview?"),
        message(1, JORDAN, "Tuesday, March 10 at 1:00 pm works.", to=(DANA,), hours=1),
        message(
            2,
            DANA,
            "I'm sorry, we need to cancel Tuesday's interview; the role is on hold.",
            hours=30,
        ),
    )
    assert [m.status for m in f.meetings] == ["cancelled"]


def test_moving_you_forward_is_not_moving_the_meeting() -> None:
    f = facts_of(
        message(0, DANA, "Would Tuesday, March 10 at 1:00 pm work for an interview?"),
        message(1, JORDAN, "Tuesday, March 10 at 1:00 pm works.", to=(DANA,), hours=1),
        message(2, DANA, "Great news, we'd like to move you forward to the final round.", hours=30),
    )
    assert [m.status for m in f.meetings] == ["done"]


@pytest.mark.parametrize(
    ("sender", "subject", "text", "job"),
    [
        (DANA, "Data Analyst role", "Thanks for applying! Can we talk?", True),
        (
            Address("karen@school.example", "Karen"),
            "Parent–Teacher Interviews",
            "We've put you down for interviews too.",
            False,
        ),
        (
            Address("derek@midway.example", "Derek"),
            "Q1 KPI review",
            "Agenda: lane profitability.",
            False,
        ),
        (
            Address("grace@example.com", "Mom"),
            "Sunday dinner?",
            "How is the job hunt going?",
            False,
        ),
    ],
)
def test_job_signals(sender: Address, subject: str, text: str, job: bool) -> None:
    f = facts_of(message(0, sender, text, subject=subject))
    assert f.job_related is job


def test_newsletters_are_not_job_search() -> None:
    letter = Address("brief@analyticsbrief.example", "Analytics Brief")
    f = facts_of(message(0, letter, "Five roles hiring this week", automated=True, bulk=True))
    assert not f.job_related


@pytest.mark.parametrize(
    ("address", "automated"),
    [
        ("no-reply@calendly.com", True),
        ("noreply@company.example", True),
        ("lakefront@myworkday.com", True),
        ("notifications@company.example", True),
        ("dana.ruiz@acme-robotics.example", False),
        ("careers@company.example", False),
    ],
)
def test_automated_addresses(address: str, automated: bool) -> None:
    assert is_automated_address(address) is automated


def test_company_name_is_spelled_as_in_the_thread() -> None:
    t = thread(message(0, DANA, "Thanks for applying to Acme Robotics!"))
    assert company_name(t, ME, ["acme-robotics.example"]) == "Acme Robotics"
    h = thread(message(0, Address("nadia@harborandpine.example"), "Welcome to Harbor & Pine."))
    assert company_name(h, ME, ["harborandpine.example"]) == "Harbor & Pine"


def test_interviewing_candidates_at_your_own_job_is_not_job_search() -> None:
    boss = Address("derek@lakeshore.example", "Derek")
    f = facts_of(
        message(
            0,
            boss,
            "Can you sit on the panel? We have three candidates; scorecards due Friday.",
            subject="Interview panel – shift supervisor candidates",
        )
    )
    assert not f.job_related


def test_employer_domains_are_never_job_search() -> None:
    boss = Address("derek@lakeshore.example", "Derek")
    msg = message(0, boss, "Thanks for applying to the internal analyst role!")
    me = Identity(ME.emails, frozenset({"lakeshore.example"}))
    [f] = infer_facts([thread(msg)], me, TZ, T0 + timedelta(days=1))
    assert not f.job_related


def test_an_unrelated_invite_at_the_same_hour_does_not_hide_a_meeting() -> None:
    from daemon.model import Attendee, CalendarEvent

    start = datetime(2026, 3, 5, 14, tzinfo=TZ)
    boss = Address("derek@midway.example", "Derek")
    ops_sync = CalendarEvent(
        "ops-1",
        0,
        "REQUEST",
        "CONFIRMED",
        start,
        None,
        "Ops sync",
        Attendee(boss.email, "Derek"),
        (Attendee(JORDAN.email),),
    )
    work = Message(
        account="a",
        folder="INBOX",
        ref="w",
        message_id="<w@x>",
        subject="Ops sync",
        date=T0,
        sender=boss,
        to=(JORDAN,),
        events=(ops_sync,),
    )
    job = thread(
        message(0, DANA, "Would Thursday, March 5 at 2:00 pm work for a phone screen?"),
        message(1, JORDAN, "Thursday, March 5 at 2:00 pm works for me.", to=(DANA,), hours=2),
    )
    facts = infer_facts([job, Thread(work.message_id, (work,))], ME, TZ, T0 + timedelta(days=9))
    [f] = [f for f in facts if f.thread.id == job.id]
    assert [(m.start, m.source) for m in f.meetings] == [(start, "text")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Let me get back to you by Friday.",
        "I should have news for you by Friday.",
        "Expect an update from me by Friday.",
        "We aim to respond by Friday.",
    ],
)
def test_more_ways_to_promise(sentence: str) -> None:
    [p] = find_promises(thread(message(0, DANA, sentence)), ME, TZ)
    assert p.last_day == "2026-03-06"


@pytest.mark.parametrize(
    "sentence",
    [
        "You should reply by Friday so we can plan.",
        "You will need to send the form by Friday.",
        "Please respond by Friday.",
    ],
)
def test_asks_of_the_user_are_not_promises(sentence: str) -> None:
    assert find_promises(thread(message(0, DANA, sentence)), ME, TZ) == []


# --- the reshaped inference: one read of each message, evidence weighed, people met ----------


def test_a_message_is_read_once_into_sentences_a_signature_and_written_addresses() -> None:
    from daemon.infer.annotate import annotate

    text = (
        "Hi Jordan,\n\nYou'll meet two of us:\n- Sam Ito, Analytics Lead (sam.ito@acme-robotics"
        ".example)\n- Jo Park (jo@acme-robotics.example)\n\nThanks,\nDana\n\nDana Ruiz\n"
        "Recruiting Coordinator, Acme Robotics"
    )
    a = annotate(message(0, DANA, text), TZ)
    assert [s.flat for s in a.sentences][:2] == ["Hi Jordan,", "You'll meet two of us:"]
    assert a.signed_name == "Dana Ruiz" and "Coordinator" in a.signature
    assert {(w.email, w.name) for w in a.addresses} == {
        (SAM.email, "Sam Ito"),
        ("jo@acme-robotics.example", "Jo Park"),
    }


def test_a_list_after_you_will_meet_names_the_people_met_not_the_coordinator() -> None:
    f = facts_of(
        message(
            0,
            DANA,
            "Your interview is confirmed:\n\nTuesday, March 10, 2026\n1:00 PM - 2:00 PM\n\n"
            "You'll be meeting with:\n- Sam Ito, Analytics Lead (sam.ito@acme-robotics.example)\n"
            "\nI won't be on the call myself.\n\nBest,\nDana\n\nDana Ruiz\nRecruiting Coordinator",
            cc=(SAM,),
        )
    )
    [m] = f.meetings
    assert [a.email for a in m.attendees] == [SAM.email] and m.status == "done"


def test_thursday_works_picks_the_thursday_offered_in_a_later_week() -> None:
    f = facts_of(
        message(0, DANA, "Would Friday, March 6 at 10am suit for a call?"),
        message(1, JORDAN, "Friday at 10am is perfect.", to=(DANA,), hours=1),
        # Wednesday March 4: she moves it, he says yes with only a weekday
        message(
            2, DANA, "Apologies! Could we push our call to Thursday 12th, same time?", hours=50
        ),
        message(3, JORDAN, "Thursday works", to=(DANA,), hours=51),
        now=T0 + timedelta(days=5),
    )
    assert [(m.start.day, m.status) for m in f.meetings] == [(6, "moved"), (12, "scheduled")]


def test_a_courier_pickup_window_is_not_a_meeting() -> None:
    f = facts_of(
        message(0, DANA, "Courier pickup is confirmed for Monday, March 9 between 9:00 and noon.")
    )
    assert f.meetings == ()


def test_a_meeting_that_did_not_happen_is_not_thanked_for() -> None:
    f = facts_of(
        message(0, DANA, "Could we do a call on Thursday, March 5 at 2:00 pm about the role?"),
        message(1, JORDAN, "Thursday, March 5 at 2:00 pm works for me.", to=(DANA,), hours=2),
        message(
            2, DANA, "So sorry, I missed our call today. Got pulled into a fire drill.", hours=78
        ),
    )
    assert [m.status for m in f.meetings] == ["moved"]


@pytest.mark.parametrize(
    ("subject", "text", "job"),
    [
        # a reporter's interview: the words around it are the press's
        ("Interview with CNN", "Our producer would like a live interview on air.", False),
        ("Interview with Acme", "We'd like to interview you for the analyst position.", True),
    ],
)
def test_interview_takes_its_sense_from_the_words_around_it(
    subject: str, text: str, job: bool
) -> None:
    f = facts_of(message(0, DANA, text, subject=subject))
    assert f.job_related is job


@pytest.mark.parametrize(
    ("sentence", "last_day"),
    [
        ("I'll ring you Thursday.", "2026-03-05"),  # a call on a day, with no hour
        (
            "A decision on who moves forward to the onsite round will be made by Friday.",
            "2026-03-06",
        ),
        ("You will be notified of the outcome within 10 working days.", "2026-03-16"),
        ("Dana asked me to let you know she'll come back to you by Friday.", "2026-03-06"),
        ("will go thru it n get back to u by friday", "2026-03-06"),
        # a promise passed on, in the third person
        (
            "Dr. Thornbury asked me to pass along that the committee meets on Thursday, March 12, "
            "and she expects to be in touch with each finalist by Wednesday, March 18.",
            "2026-03-18",
        ),
        # the day in one sentence, the news counted from it in the next
        (
            "Our board meets on the 12th and I'll put a short list in front of them. You'll hear "
            "from me the week after.",
            "2026-03-20",
        ),
    ],
)
def test_promises_in_other_words(sentence: str, last_day: str) -> None:
    [p] = find_promises(thread(message(0, DANA, sentence)), ME, TZ)
    assert p.last_day == last_day


@pytest.mark.parametrize(
    "sentence",
    [
        "If you have not heard from us by Friday, please assume you were not successful.",
        "Thanks for your time this morning, and for the candid feedback on the integration.",
        "Kindly revert by Monday with your availability.",
    ],
)
def test_not_promises_either(sentence: str) -> None:
    assert find_promises(thread(message(0, DANA, sentence)), ME, TZ) == []


def test_an_invitation_naming_a_guest_on_personal_mail_puts_the_user_on_the_panel() -> None:
    from daemon.model import Attendee, CalendarEvent

    candidate = Attendee("kagiso.m@example.com", "Kagiso Mahlaba")
    ev = CalendarEvent(
        "u1",
        0,
        "REQUEST",
        "CONFIRMED",
        datetime(2026, 3, 5, 10, tzinfo=TZ),
        datetime(2026, 3, 5, 11, tzinfo=TZ),
        "Interview: Site Engineer - Kagiso Mahlaba",
        Attendee(DANA.email, "Dana Ruiz"),
        (candidate, Attendee(JORDAN.email, "Jordan Lee")),
    )
    msg = message(0, DANA, "Panel for the site engineer role.", subject=ev.summary)
    f = facts_of(Message(**{**msg.__dict__, "events": (ev,)}))
    assert not f.job_related and f.side == "hiring"


def test_a_meeting_room_invited_as_a_person_is_not_met() -> None:
    from daemon.model import Attendee, CalendarEvent

    room = Attendee("lum-virt-07@acme-robotics.example", "Zoom Room LUM-VIRT-07")
    ev = CalendarEvent(
        "u2",
        0,
        "REQUEST",
        "CONFIRMED",
        datetime(2026, 3, 5, 10, tzinfo=TZ),
        None,
        "Virtual onsite: Jordan Lee (Acme Robotics)",
        Attendee("no-reply@goodtime.io", "Acme Robotics Recruiting"),
        (Attendee(SAM.email, "Sam Ito"), room, Attendee(JORDAN.email)),
    )
    msg = message(0, DANA, "Your interview is confirmed.", subject="Interview confirmed")
    f = facts_of(Message(**{**msg.__dict__, "events": (ev,)}))
    assert [a.email for m in f.meetings for a in m.attendees] == [SAM.email]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # the name beside the address stands; the job title after it is no name
        ("Mark Brennan (mark.brennan@coolgardie.example) - Head of Information", "Mark Brennan"),
        ("jane.doe@x.example (Jane Doe)", "Jane Doe"),
        ("Interviewers: Jane Doe - jane.doe@x.example", "Jane Doe"),
        # a courtesy before a full name is no part of it; before a surname alone it stays
        ("das Interview mit Herrn Patrick Olbrich (p.olbrich@x.example)", "Patrick Olbrich"),
        ("Frau Kraus (kraus@x.example)", "Frau Kraus"),
    ],
)
def test_the_name_written_beside_an_address(line: str, name: str) -> None:
    [found] = written_addresses(line)
    assert found.name == name


def test_a_weekday_in_the_week_next_week_meant_stays() -> None:
    # "next week" said on Friday March 6 is the week of the 9th; a Monday reply's "Thursday at
    # 4pm" is the 12th already
    f = facts_of(
        message(
            0, JORDAN, "Happy to talk. I'm free most afternoons next week.", to=(DANA,), hours=96
        ),
        message(1, DANA, "Could we speak on Thursday at 4pm for the interview?", hours=168),
        message(2, JORDAN, "Thursday at 4 is perfect. Speak then.", to=(DANA,), hours=169),
    )
    assert [m.start for m in f.meetings] == [datetime(2026, 3, 12, 16, tzinfo=TZ)]
