"""Rules learnt from round 5's blind cases once they were opened (mechanic-houston, phd-paris,
ops-lagos, sealed on 2026-12-07 until the same day): a candidate named on an invitation,
times offered under a day, zones said after a list, the people of a "Who:" line, a third
person who applied, and news promised to every candidate at once; small threads, one rule each."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from daemon.infer.dates import find_times
from daemon.infer.facts import infer_facts
from daemon.model import Address, Attendee, CalendarEvent, Message, ThreadFacts
from tests.test_infer import DANA, JORDAN, ME, SAM, T0, TZ, message, thread

LONDON = ZoneInfo("Europe/London")


def facts(*messages: Message, days: float = 20, name: str = "Jordan Lee") -> ThreadFacts:
    me = replace(ME, name=name)
    [f] = infer_facts([thread(*messages)], me, TZ, T0 + timedelta(days=days))
    return f


def panel_invite(summary: str, description: str) -> Message:
    org = Attendee(SAM.email, "Sam Ito")
    ev = CalendarEvent(
        "u1",
        0,
        "REQUEST",
        "CONFIRMED",
        datetime(2026, 3, 12, 13, 30, tzinfo=TZ),
        datetime(2026, 3, 12, 15, tzinfo=TZ),
        summary,
        org,
        (org, Attendee(DANA.email, "Dana Ruiz"), Attendee(JORDAN.email, "Jordan Lee")),
        description=description,
    )
    return replace(message(0, SAM, description, subject=summary), events=(ev,))


@pytest.mark.parametrize(
    ("summary", "description"),
    [
        # the user named as the candidate, whatever words of rating the panel gets
        (
            "Oral Board - Fleet Supervisor",
            "Candidate: Jordan Lee\nPanel members: rating sheets "
            "and the candidate's application packet will be in the room.",
        ),
        # an initial and the surname in the title
        (
            "Oral Board - Fleet Supervisor - J. Lee",
            "Panel members: rating sheets will be in the room.",
        ),
    ],
)
def test_an_invitation_about_the_user_as_candidate_is_their_interview(
    summary: str, description: str
) -> None:
    f = facts(panel_invite(summary, description))
    assert f.job_related and f.side == "candidate"


def test_someone_else_who_applied_is_the_candidate_and_the_user_sits_in() -> None:
    f = facts(
        message(
            0,
            SAM,
            "Can you sit in on an interview Friday at 11? Kid from UTI, Jaylen Brooks, applied "
            "for the lube tech opening. Resume attached.",
            subject="Lube tech interview Fri",
        ),
        panel_invite("Interview - Lube Tech - Jaylen Brooks", "Candidate: Jaylen Brooks."),
    )
    assert not f.job_related and f.side == "hiring"


def test_a_day_with_start_times_to_choose_from_is_no_meeting_yet() -> None:
    f = facts(
        message(
            0,
            DANA,
            "Oral boards will be held in person on Thursday, March 12, 2026 at our office. The "
            "following start times are open:\n\n    9:00 AM\n    10:45 AM\n\nPlease reply with "
            "your preferred time.",
        )
    )
    assert f.meetings == ()


def test_a_zone_said_after_a_list_of_times_is_theirs() -> None:
    text = (
        "Would any of these work?\n- Wed 11 March, 14:00-15:00\n- Fri 13 March, 09:00-10:00\n\n"
        "All times are UK time, so add an hour for Paris."
    )
    times = find_times(text, T0, TZ)
    assert [t.start for t in times] == [
        datetime(2026, 3, 11, 14, tzinfo=LONDON),
        datetime(2026, 3, 13, 9, tzinfo=LONDON),
    ]


def test_a_who_line_names_everyone_on_it() -> None:
    ray = "Ray Dupree"
    f = facts(
        message(
            0,
            DANA,
            "Good news!\n\nWhen: Monday, March 9, 9:00 - 11:30 AM\nWhere: our terminal\nWho: "
            "Sam Ito, Director (sam.ito@acme-robotics.example), for the walk-through; then Ray "
            "Dupree, our foreman, takes you out on a ride-along.\n\nI won't be there myself.",
        ),
        message(1, JORDAN, "Monday the 9th works, see you there.", to=(DANA,), hours=3),
    )
    [meeting] = f.meetings
    assert [a.email for a in meeting.attendees] == [SAM.email]
    assert ray in meeting.unknown


def test_names_after_mr_and_mrs_are_read_on() -> None:
    f = facts(
        message(
            0,
            DANA,
            "Date: Thursday, 12th March 2026\nTime: 8:30am\n\nThe day will include a panel "
            "interview with the client's Head of Supply Chain, Mr. Gbenga Lawal, and their HR "
            "Manager, Mrs. Chioma Obi. Kindly confirm your attendance.",
        ),
        message(
            1, JORDAN, "I confirm that I will attend on Thursday 12th March.", to=(DANA,), hours=3
        ),
    )
    assert {n for m in f.meetings for n in m.unknown} >= {"Gbenga Lawal", "Chioma Obi"}


@pytest.mark.parametrize(
    ("sentence", "last_day"),
    [
        (
            "We're speaking with two more candidates this week and we aim to let everyone know "
            "where they stand by Friday 13 March.",
            "2026-03-13",
        ),
        (
            "I'm sitting down with our director Thursday, and I'll reach back out by Friday with "
            "next steps.",
            "2026-03-06",
        ),
    ],
)
def test_news_promised_to_every_candidate_or_reached_back_out(sentence: str, last_day: str) -> None:
    f = facts(message(0, DANA, sentence))
    assert [p.last_day for p in f.promises] == [last_day]


def test_the_users_promise_to_get_them_copies_is_their_own() -> None:
    f = facts(
        message(0, DANA, "Could you send your certificates?"),
        message(
            1,
            JORDAN,
            "As you asked, I will get you copies of my certificates by Monday.",
            to=(DANA,),
            hours=2,
        ),
    )
    assert [p.last_day for p in f.own_promises] == ["2026-03-09"]


def test_a_promise_to_be_in_touch_with_someone_else_is_not_owed_to_the_reader() -> None:
    f = facts(
        message(0, DANA, "Thank you for coming in today."),
        message(
            1,
            JORDAN,
            "I am very interested, and will be in touch with Sam in the coming days.",
            to=(DANA,),
            hours=2,
        ),
    )
    assert f.own_promises == ()


def test_going_ahead_with_another_candidate_is_a_rejection_of_the_reader() -> None:
    f = facts(
        message(
            0,
            DANA,
            "Owen would like an hour with you to talk about the role. Friday 6 March at 9am?",
        ),
        message(1, JORDAN, "Friday at 9 works.", to=(DANA,), hours=2),
        message(
            2,
            DANA,
            "The team has decided to go ahead with another candidate, whose "
            "experience is a little closer to what the site needs.",
            hours=200,
        ),
    )
    assert f.job_related and f.side == "candidate"


def test_meet_with_you_is_no_introduction() -> None:
    teacher = Address("rlindgren@school.example", "Rebecca Lindgren")
    f = facts(
        message(
            0,
            teacher,
            "Mr. and Mrs. Lee,\n\nI'd like to meet with you about Marcos's progress. His quiz "
            "grades were below 70 and he has three missing assignments. Could you come in "
            "Thursday 3/5 at 3:45 PM?",
            subject="Marcos - Math 7",
        ),
        message(1, JORDAN, "Thursday 3:45 works, we will both be there.", to=(teacher,), hours=3),
    )
    assert not f.job_related


def test_fifteen_minutes_of_someones_view_after_meeting_them_at_a_dinner() -> None:
    laila = Address("laila@qasr.example", "Laila Al Mansoori")
    f = facts(
        message(
            0,
            laila,
            "It was a pleasure to meet you at Hamad's last month. One of the boards I sit on is "
            "wrestling with a question, and I would value fifteen minutes of your view. Coffee "
            "next week?",
            subject="After Hamad's dinner",
        ),
        message(1, JORDAN, "Laila - Mon 9th, 8.30, Arabica?", to=(laila,), hours=3),
        message(2, laila, "Monday works. See you there.", hours=20),
    )
    assert f.job_related and [a.email for m in f.meetings for a in m.attendees] == [laila.email]


# From the blind promise corpus (bench/phrases/promises.jsonl, bench/promises_blind.py): news
# described as arriving, the present of calling or writing, German's verb before its subject.
@pytest.mark.parametrize(
    ("sentence", "last_day"),
    [
        ("Feedback will be with you by Friday 13th March at the latest.", "2026-03-13"),
        ("Le comité se réunit jeudi ; vous serez fixé au plus tard vendredi 6 mars.", "2026-03-06"),
        ("Bis Ende der Woche hast du eine Antwort von uns.", "2026-03-06"),
        ("Ich meld mich spätestens Donnerstag bei dir mit dem Feedback vom Team.", "2026-03-05"),
        ("Eine Entscheidung teilen wir Ihnen bis zum 13. März mit.", "2026-03-13"),
        ("Te decimos algo el viernes como muy tarde.", "2026-03-06"),
    ],
)
def test_news_said_as_arriving_or_in_the_present(sentence: str, last_day: str) -> None:
    f = facts(
        message(0, JORDAN, "Thank you for your time.", to=(DANA,)),
        message(1, DANA, sentence, hours=2),
    )
    assert [p.last_day for p in f.promises] == [last_day]


def test_the_users_promise_with_the_verb_before_the_subject() -> None:
    f = facts(
        message(0, DANA, "Could you send your references?"),
        message(1, JORDAN, "Die Referenzen schicke ich Ihnen bis Montag.", to=(DANA,), hours=2),
    )
    assert [p.last_day for p in f.own_promises] == ["2026-03-09"]
