"""Rules learnt from round 4's blind cases (tests/cases/kinds, written 2026-12-07): how people
offer a choice of times, promise news in other words, and send an invitation named for the
candidate; small threads, one rule each."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from daemon.infer.facts import infer_facts
from daemon.model import Address, Attendee, CalendarEvent, Message, ThreadFacts
from tests.test_infer import DANA, JORDAN, ME, SAM, T0, TZ, message, thread


def facts(*messages: Message, days: float = 20) -> ThreadFacts:
    me = replace(ME, name="Jordan Lee")
    [f] = infer_facts([thread(*messages)], me, TZ, T0 + timedelta(days=days))
    return f


def test_news_the_writers_side_will_have_for_the_user_is_a_promise() -> None:
    f = facts(message(0, DANA, "Either way, you'll have a decision from us by Friday."))
    assert [(p.made_by.email, p.last_day) for p in f.promises] == [(DANA.email, "2026-03-06")]


def test_two_times_offered_with_or_are_a_choice_and_the_reply_picks_one() -> None:
    f = facts(
        message(
            0,
            DANA,
            "Open to a 30-min intro next week? Tuesday 3/10 at 11am or Wednesday anytime after "
            "1pm both work on my end.",
        ),
        message(1, JORDAN, "Tuesday at 11 is perfect.", to=(DANA,), hours=3),
    )
    assert [m.start for m in f.meetings] == [datetime(2026, 3, 10, 11, tzinfo=TZ)]


def test_an_invitation_named_for_the_user_with_a_debrief_in_its_agenda_is_their_interview() -> None:
    organiser = Attendee(SAM.email, "Sam Ito")
    ev = CalendarEvent(
        "u1",
        0,
        "REQUEST",
        "CONFIRMED",
        datetime(2026, 3, 10, 13, tzinfo=TZ),
        datetime(2026, 3, 10, 14, tzinfo=TZ),
        "Acme Robotics | Mock Discovery - Jordan Lee",
        organiser,
        (organiser, Attendee(DANA.email, "Dana Ruiz"), Attendee(JORDAN.email, "Jordan Lee")),
        description="35 min: Jordan runs discovery, Dana plays the buyer\n10 min: debrief w/ Sam",
    )
    msg = message(0, SAM, "Invitation from Google Calendar", subject="Invitation: " + ev.summary)
    f = facts(replace(msg, events=(ev,)))
    assert f.job_related and f.side == "candidate"
    assert {a.email for m in f.meetings for a in m.attendees} == {SAM.email, DANA.email}


def test_a_meeting_offered_for_one_day_only_is_still_agreed() -> None:
    f = facts(
        message(0, DANA, "Could you do Tuesday 3/10 at 11am for a quick call?"),
        message(1, JORDAN, "Tuesday at 11 works.", to=(DANA,), hours=3),
    )
    assert [m.start for m in f.meetings] == [datetime(2026, 3, 10, 11, tzinfo=TZ)]


@pytest.mark.parametrize(
    ("sentence", "last_day"),
    [
        ("As you asked, I'll send two references over by Monday, March 9.", "2026-03-09"),
        ("Let me give them a heads up first - I'll have both over to you by Monday.", "2026-03-09"),
        ("El plan lo conservo. Se lo envío el lunes 9 como muy tarde.", "2026-03-09"),
        # the present of sending with a day for something else sends it now: no promise
        ("Te envío la invitación para conversar este viernes en nuestras oficinas.", None),
    ],
)
def test_the_users_own_promise_to_send_a_thing(sentence: str, last_day: str | None) -> None:
    f = facts(
        message(0, DANA, "Could you send me two references?"),
        message(1, JORDAN, sentence, to=(DANA,), hours=2),
    )
    assert [p.last_day for p in f.own_promises] == ([last_day] if last_day else [])


def test_a_job_word_inside_the_words_of_the_users_own_job_is_no_sign_of_a_search() -> None:
    rep = Address("des.mcgowan@council.example", "Des McGowan")
    f = facts(
        message(
            0,
            rep,
            "Got the regrading appeal paperwork back from HR. Can we grab half an hour Friday?",
            subject="Job evaluation appeal - senior practitioners",
        ),
        message(
            1,
            JORDAN,
            "Thanks for going through it. I'll send you my 2019 job description by Wednesday.",
            to=(rep,),
            subject="Job evaluation appeal - senior practitioners",
            hours=2,
        ),
    )
    assert not f.job_related


def test_a_day_of_candidates_to_interview_puts_the_user_on_the_hiring_side() -> None:
    manager = Address("linda@council.example", "Linda Muir")
    f = facts(
        message(
            0,
            manager,
            "Schedule for Wednesday's interviews attached - five candidates, 9.30 to 4.30 in "
            "room 2.14. Could you lead on the scenario?",
            subject="Wed interviews - SW (Adults) x2 posts",
        )
    )
    assert not f.job_related and f.side == "hiring"


def test_a_move_accepted_with_thursdays_fine_is_where_the_meeting_went() -> None:
    f = facts(
        message(0, DANA, "Fancy a coffee chat about the role? How about Friday 6th at 11?"),
        message(1, JORDAN, "Friday works.", to=(DANA,), hours=1),
        message(2, DANA, "So sorry - could we push to Thursday 12 March, same time?", hours=50),
        message(3, JORDAN, "Thursday's fine.", to=(DANA,), hours=51),
        days=8,
    )
    assert [(m.start, m.status) for m in f.meetings][-1] == (
        datetime(2026, 3, 12, 11, tzinfo=TZ),
        "scheduled",
    )


def test_the_person_an_interview_is_with_is_met_though_a_coordinator_wrote() -> None:
    grace = Address("grace.mutasa@newroots.example", "Grace Mutasa")
    coordinator = Address("agnieszka@newroots.example", "Agnieszka Wróbel")
    f = facts(
        message(
            0,
            coordinator,
            "Could you come to our office on Thursday 5 March at 2pm? The interview is with our "
            "Director, Grace Mutasa, and will take about 45 minutes.",
        ),
        message(1, JORDAN, "Yes, 2pm on Thursday 5th is fine.", to=(coordinator,), hours=2),
        message(2, coordinator, "Lovely. I've copied Grace in.", cc=(grace,), hours=3),
    )
    assert [[a.email for a in m.attendees] for m in f.meetings] == [[grace.email]]


def test_who_and_when_set_by_the_arranger_on_lines_of_their_own_are_a_meeting() -> None:
    trent = Address("trent@summit-talent.example", "Trent Mahoney")
    f = facts(
        message(
            0,
            trent,
            "Good news - they want to meet you!\n\nYou'll meet with Alyssa Cho, their VP of "
            "Sales, and Ben from RevOps will hop on for the second half.\n\n"
            "Tuesday 3/10, 11:00-11:45am\nZoom: https://zoom.example/j/1",
        ),
        message(1, JORDAN, "Let's go!! 11 works, I'll block it.", to=(trent,), hours=1),
    )
    [m] = f.meetings
    # Alyssa Cho (a surname, not a CxO title) is met; her address is nowhere: ask Trent for it
    assert (m.start, m.attendees, m.unknown) == (
        datetime(2026, 3, 10, 11, tzinfo=TZ),
        (),
        ("Alyssa Cho",),
    )


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("el lunes 16 de febrero de 17:00 a 17:45 h.", (17, 45)),
        ("am Montag, 16. Februar, von 14:00 bis 15:00 Uhr", (15, 0)),
        ("entre las 10:00 y las 11:30 del lunes 16 de febrero", (11, 30)),
        ("¿Te marco el lunes 16 a las 6 pm?", None),  # a day's number, then the time
    ],
)
def test_a_range_of_times_in_spanish_and_german(text: str, end: tuple[int, int] | None) -> None:
    from zoneinfo import ZoneInfo

    from daemon.infer.dates import find_times

    madrid = ZoneInfo("Europe/Madrid")
    [t] = find_times(text, datetime(2026, 2, 9, 16, tzinfo=madrid), madrid)
    assert (t.end.hour, t.end.minute) == end if end else t.end is None


def test_the_person_a_video_interview_is_with_is_met_named_with_their_address() -> None:
    irene = Address("irene.saez@lumina.example", "Irene Sáez")
    sergio = "sergio.llorente@lumina.example"
    f = facts(
        message(
            0,
            irene,
            "Con este correo te confirmo la videoentrevista con Sergio Llorente, nuestro Area "
            f"Manager de Madrid ({sergio}), el jueves 5 de marzo de 17:00 a 17:45 h.",
        ),
        message(1, JORDAN, "Perfecto, el jueves 5 a las 17:00 me conecto.", to=(irene,), hours=1),
    )
    [m] = f.meetings
    assert [a.email for a in m.attendees] == [sergio] and m.end is not None


def test_an_invitation_that_says_who_put_the_two_in_touch_is_networking() -> None:
    jess = Attendee("jess@kitebase.example", "Jess Carrow")
    ev = CalendarEvent(
        "u2",
        0,
        "REQUEST",
        "CONFIRMED",
        datetime(2026, 3, 9, 15, 30, tzinfo=TZ),
        datetime(2026, 3, 9, 16, tzinfo=TZ),
        "Jordan / Jess",
        jess,
        (jess, Attendee(JORDAN.email, "Jordan Lee")),
        description="re: AE, Central (via Rico)\nhttps://meet.example/abc",
    )
    sender = Address(jess.email, jess.name)
    msg = message(0, sender, "You have been invited to the following event.", subject=ev.summary)
    f = facts(replace(msg, events=(ev,)))
    assert f.job_related and [a.email for m in f.meetings for a in m.attendees] == [jess.email]


def test_a_call_that_never_came_is_no_meeting() -> None:
    dev = Address("dev@talenthive.example", "Dev Malhotra")
    f = facts(
        message(
            0, dev, "Got 20 min Tuesday at 2pm for a quick call about AE roles? I'll ring you."
        ),
        message(1, JORDAN, "Tues at 2 works.", to=(dev,), hours=1),
        message(
            2,
            JORDAN,
            "Hey Dev, I was by my phone at 2 but didn't get a call. No worries if it came up.",
            to=(dev,),
            hours=30,
        ),
    )
    # it did not happen: held as not done (the status a meeting gone elsewhere takes)
    assert [(m.start, m.status) for m in f.meetings] == [
        (datetime(2026, 3, 3, 14, tzinfo=TZ), "moved")
    ]


def test_an_organizer_the_agenda_names_among_the_interviewers_is_met() -> None:
    organiser = Attendee(SAM.email, "Sam Ito")
    ev = CalendarEvent(
        "u3",
        0,
        "REQUEST",
        "CONFIRMED",
        datetime(2026, 3, 10, 15, tzinfo=TZ),
        datetime(2026, 3, 10, 16, tzinfo=TZ),
        "Jordan Lee / Acme Robotics – Account Operations Manager",
        organiser,
        (Attendee(DANA.email, "Dana Ruiz"), Attendee(JORDAN.email, "Jordan Lee")),
        description="Interview – Account Operations Manager.\nWith Sam Ito (Head of Client "
        "Services) and Dana Ruiz (Account Director).\n\nQuestions? Contact Sam Ito.",
    )
    msg = message(0, SAM, "Looking forward to it.", subject=ev.summary)
    f = facts(replace(msg, events=(ev,)))
    assert {a.email for m in f.meetings for a in m.attendees} == {SAM.email, DANA.email}


def test_a_summons_in_spanish_and_the_users_confirmed_attendance_are_a_meeting() -> None:
    nuria = Address("nuria@olivar.example", "Nuria Campos")
    f = facts(
        message(
            0,
            nuria,
            "Le convocamos a una jornada de evaluación el jueves 5 de marzo, de 9:30 a 14:00 h, "
            "en nuestra sede.",
        ),
        message(
            1, JORDAN, "Le confirmo mi asistencia a la jornada del jueves 5.", to=(nuria,), hours=2
        ),
    )
    assert [(m.start, m.end) for m in f.meetings] == [
        (datetime(2026, 3, 5, 9, 30, tzinfo=TZ), datetime(2026, 3, 5, 14, tzinfo=TZ))
    ]


def test_news_on_one_day_or_another_is_due_by_the_later() -> None:
    f = facts(
        message(
            0,
            DANA,
            "They're shortlisting on Monday and I'll come back to you Monday or Tuesday next "
            "week with feedback either way.",
        )
    )
    assert [p.last_day for p in f.promises] == ["2026-03-10"]
