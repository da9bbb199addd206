"""Rules learnt from round 4's blind cases (tests/cases/kinds, written 2026-12-07): how people
offer a choice of times, promise news in other words, and send an invitation named for the
candidate; small threads, one rule each."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from daemon.infer.facts import infer_facts
from daemon.model import Attendee, CalendarEvent, Message, ThreadFacts
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
