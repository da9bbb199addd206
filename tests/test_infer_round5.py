"""How people write an itinerary, a window counted from a meeting, a scheduler's notice in a
recruiter's name, a search firm's approach: small threads, one rule each."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from daemon.infer.dates import find_times
from daemon.infer.facts import infer_facts
from daemon.infer.notices import join_notices
from daemon.model import Address, Message, Thread, ThreadFacts
from daemon.report import own_messages
from tests.test_infer import DANA, JORDAN, ME, SAM, T0, TZ, message, thread

DETROIT = ZoneInfo("America/Detroit")
GREENHOUSE = Address("no-reply@us.greenhouse-mail.io", "Dana Ruiz")

ITINERARY = (
    "Final rounds will be held in person at our Chicago office on Wednesday, October 28.\n\n"
    "Your itinerary (all times Central):\n\n"
    "8:30 AM - Arrival and check-in, 22nd floor reception\n"
    "8:45 - 9:30 AM - Case interview with David Okonkwo, Principal\n"
    "9:40 - 10:25 AM - Case interview with Elena Marsh, Engagement Manager\n"
)


def test_an_itinerary_under_its_lead_line_takes_the_day_and_the_zone_said_above_it() -> None:
    found = find_times(ITINERARY, datetime(2026, 10, 22, 15, 40, tzinfo=DETROIT), DETROIT)
    chicago = ZoneInfo("America/Chicago")
    assert [(t.start, t.end) for t in found] == [
        (datetime(2026, 10, 28, 8, 30, tzinfo=chicago), None),
        (
            datetime(2026, 10, 28, 8, 45, tzinfo=chicago),
            datetime(2026, 10, 28, 9, 30, tzinfo=chicago),
        ),
        (
            datetime(2026, 10, 28, 9, 40, tzinfo=chicago),
            datetime(2026, 10, 28, 10, 25, tzinfo=chicago),
        ),
    ]


def test_a_line_that_only_starts_with_a_number_is_no_item_of_the_itinerary() -> None:
    text = ITINERARY + "\n12 people are invited to the lunch.\n"
    assert len(find_times(text, datetime(2026, 10, 22, tzinfo=DETROIT), DETROIT)) == 3


def facts(*threads: Thread, days: float = 20) -> list[ThreadFacts]:
    return infer_facts(list(threads), ME, TZ, T0 + timedelta(days=days))


def test_a_window_counted_from_the_final_round_starts_after_it() -> None:
    t = thread(
        message(
            0,
            DANA,
            "You are invited to the final round: you'll meet Sam Ito on Thursday, March 12 "
            "at 10:00 am.",
            cc=(SAM,),
        ),
        message(1, JORDAN, "Thursday, March 12 at 10:00 am works for me.", to=(DANA,), hours=1),
        message(
            2,
            DANA,
            "Great. Once your final round is done, we will be in touch with decisions within "
            "48 hours.",
            hours=2,
        ),
    )
    [f] = facts(t)
    [p] = f.promises
    assert p.last_day == "2026-03-14"  # two days from the meeting, not from the message


def test_a_window_not_counted_from_a_meeting_starts_when_written() -> None:
    t = thread(
        message(0, DANA, "You'll meet Sam Ito on Thursday, March 12 at 10:00 am.", cc=(SAM,)),
        message(1, JORDAN, "Thursday, March 12 at 10:00 am works for me.", to=(DANA,), hours=1),
        message(2, DANA, "We will be in touch about the role within 48 hours.", hours=2),
    )
    [f] = facts(t)
    assert [p.last_day for p in f.promises] == ["2026-03-04"]


def notice(n: int, text: str, hours: float) -> Message:
    m = message(n, GREENHOUSE, text, subject="Interview Confirmation: Data Analyst", hours=hours)
    return replace(m, in_reply_to=None, message_id=f"<notice{n}@x>")


def test_a_schedulers_notice_in_a_recruiters_name_joins_her_thread() -> None:
    human = thread(
        message(
            0,
            DANA,
            "You're through to the final round with Sam Ito (sam.ito@acme-robotics.example). "
            "You'll get an email from Greenhouse shortly to pick a time.",
        )
    )
    booked = Thread(
        "<notice5@x>",
        (
            notice(
                5,
                "Thank you for scheduling your interview. Here are your details:\n\n"
                "Tuesday, March 10, 2026\n1:00 PM - 1:45 PM: Sam Ito, Analytics Lead\n",
                hours=26,
            ),
        ),
    )
    [joined] = join_notices([human, booked], ME)
    assert joined.id == human.id and len(joined.messages) == 2
    # read together, reported as the mailbox holds them: the report's thread is the connector's
    assert [m.message_id for m in own_messages(joined)] == [m.message_id for m in human.messages]
    [f] = facts(human, booked)
    [m] = f.meetings
    assert [a.email for a in m.attendees] == [SAM.email]


def test_a_notice_under_a_name_nobody_writes_as_stays_apart() -> None:
    human = thread(message(0, DANA, "Thanks for applying; we'll be in touch."))
    other = Thread(
        "<n@x>",
        (
            replace(
                notice(5, "Your interview is booked.", hours=26),
                sender=Address("no-reply@us.greenhouse-mail.io", "Lee Park"),
            ),
        ),
    )
    assert join_notices([human, other], ME) == [human, other]


def test_a_message_does_not_move_the_other_times_it_sets() -> None:
    t = thread(
        message(
            0,
            DANA,
            "Your interviews are confirmed for Tuesday, March 10:\n\n"
            "1:00 PM - 1:45 PM: Sam Ito\n1:45 PM - 2:30 PM: Dana Ruiz\n\n"
            "If you need to reschedule, reply to this email.",
            cc=(SAM,),
        )
    )
    [f] = facts(t)
    # one day's interviews with the same people are one meeting (meetings._one_day), none moved
    assert [(m.status, m.start.hour, m.end and m.end.hour) for m in f.meetings] == [
        ("done", 13, 14)
    ]


def test_a_calendars_own_words_do_not_make_the_user_a_candidate() -> None:
    club = Address("devsh@umich.example", "Dev Sharma")
    t = thread(
        message(
            0,
            club,
            "You have been invited to the following event.\n\nRound 2 Interview - Ethan Park\n"
            "Thursday March 12, 2026 7pm - 7:30pm\n\nRound 2 interview for the club's "
            "recruitment. Interviewers: Jordan Lee (VP Membership) and Dev Sharma (VP "
            "Recruitment).",
            subject="Invitation: Round 2 Interview - Ethan Park",
        )
    )
    me = replace(ME, name="Jordan Lee")
    [f] = infer_facts([t], me, TZ, T0 + timedelta(days=20))
    assert not f.job_related


def test_a_search_firms_approach_is_the_users_search_whatever_the_shortlist() -> None:
    priya = Address("priya.menon@ravensworth.example", "Priya Menon")
    t = thread(
        message(
            0,
            priya,
            "We have been retained by an aviation group to find its next Chief Financial "
            "Officer. I appreciate you may not be looking. Would Tuesday 10 March at 11:00 "
            "suit for a confidential conversation?",
            subject="Confidential – CFO, aviation services group",
        ),
        message(1, JORDAN, "Tuesday 10 March at 11:00 suits me.", to=(priya,), hours=1),
        message(
            2,
            priya,
            "Having gone through the shortlist with the client, they have decided to take "
            "forward candidates whose careers sit closer to aviation.",
            hours=300,
        ),
    )
    [f] = facts(t)
    assert f.job_related
    assert [a.email for m in f.meetings for a in m.attendees] == [priya.email]


def test_a_meeting_moved_twice_keeps_the_people_named_for_it_and_not_the_mover() -> None:
    laura = Address("laura.pierce@cardinal.example", "Laura Pierce")
    t = thread(
        message(
            0,
            DANA,
            "Laura Pierce (laura.pierce@cardinal.example) would like to speak with you. "
            "Would Thursday, March 12 at 10:00 am work? She'll call you.",
        ),
        message(1, JORDAN, "Thursday, March 12 at 10:00 am works for me.", to=(DANA,), hours=1),
        message(2, DANA, "Laura has a board call. Can we push to Tues 3/17 at 2pm?", hours=30),
        message(3, JORDAN, "Tuesday, March 17 at 2:00 pm works for me.", to=(DANA,), hours=31),
        message(4, DANA, "Change again: can you do Mon 3/16 at 11 instead?", hours=80),
        message(5, JORDAN, "Monday works.", to=(DANA,), hours=81),
    )
    [f] = facts(t)
    held = [m for m in f.meetings if m.status == "done"]
    assert [(m.start.day, [a.email for a in m.attendees]) for m in held] == [(16, [laura.email])]


def test_news_said_in_other_words() -> None:
    for sentence, last_day in [
        ("I'll come back to you within the fortnight with a couple of names.", "2026-03-16"),
        ("Te escribo la próxima semana para contarte cómo seguimos.", "2026-03-13"),
        (
            "El Ing. Zepeda me pidió comentarle que le estará dando una respuesta a más tardar "
            "el viernes 6 de marzo.",
            "2026-03-06",
        ),
    ]:
        [f] = facts(thread(message(0, DANA, sentence)))
        assert [p.last_day for p in f.promises] == [last_day], sentence


def test_a_weekday_and_its_day_number_in_spanish_french_and_german() -> None:
    ref = datetime(2026, 3, 13, 13, 8, tzinfo=TZ)
    for text in (
        "Confirmo mi asistencia el martes 24 a las 17:00 hrs.",
        "Je confirme mardi 24 à 17h00.",
        "Passt Dienstag 24 um 17:00?",
    ):
        assert [t.start.day for t in find_times(text, ref, TZ, True)] == [24], text


def test_whoever_someone_else_wants_to_meet_is_met_not_the_one_who_says_so() -> None:
    claudia = Address("claudia.rh@gmail.example", "Claudia Beltrán")
    t = thread(
        message(
            0,
            claudia,
            "Le pasé tu CV a Ana Paula Reyes, VP de Clientes, y quiere conocerte en una comida: "
            "¿martes 10 de marzo, 2 pm? Su correo: anapaula.reyes@solvo.example",
            subject="Posición Head de Experiencia de Cliente",
        ),
        message(
            1,
            JORDAN,
            "¡Perfecto! El martes 10 a las 2 pm me queda muy bien.",
            to=(claudia,),
            hours=2,
        ),
    )
    [f] = facts(t)
    assert [a.email for m in f.meetings for a in m.attendees] == ["anapaula.reyes@solvo.example"]


def test_a_reply_split_into_a_thread_of_its_own_is_still_the_same_conversation() -> None:
    """Gmail starts a new thread for "Accepted: ..." under a new subject; the organisation is
    still seen only in the search, not in some other part of the user's life."""
    kevin = Address("kodonnell@northfield.example", "Kevin O'Donnell")
    ashley = Address("aromero@northfield.example", "Ashley Romero")
    search = thread(
        message(
            0,
            ashley,
            "Thanks for applying for the Controller position. Would Wednesday, March 4 at "
            "10:00 am work for a phone screen?",
            subject="Northfield – Controller: phone conversation",
        ),
        message(1, JORDAN, "Wednesday, March 4 at 10:00 am works for me.", to=(ashley,), hours=1),
    )
    invite = replace(
        message(
            20,
            kevin,
            "Kevin O'Donnell has invited you to a meeting. Monday, March 16 at 10:00 am.",
            subject="Conversation – J. Lee / K. O'Donnell",
        ),
        in_reply_to=None,
        message_id="<invite@x>",
    )
    accepted = replace(
        message(21, JORDAN, "", to=(kevin,), subject="Accepted: Conversation", hours=1),
        in_reply_to="<invite@x>",
        message_id="<accepted@x>",
    )
    threads = [search, Thread("<invite@x>", (invite,)), Thread("<accepted@x>", (accepted,))]
    found = {f.thread.id: f for f in facts(*threads)}
    signals = " ".join(found["<invite@x>"].evidence)
    assert "an organisation seen only in the job search" in signals


def test_people_named_without_an_address_are_met_not_the_recruiter_who_wrote() -> None:
    olivia = Address("olivia@harbourline.example", "Olivia Chen")
    t = thread(
        message(
            0,
            olivia,
            "My client would like to meet you: the interview is with Paul Desjardins and "
            "Lindsay Kerr. Would Wednesday, March 11 at 2:00 pm work?",
        ),
        message(1, JORDAN, "Wednesday, March 11 at 2:00 pm works for me.", to=(olivia,), hours=1),
    )
    [f] = facts(t)
    [m] = f.meetings
    assert m.attendees == () and "Paul Desjardins" in m.evidence


def test_the_companys_we_in_french_is_not_the_writer_joining() -> None:
    camille = Address("camille@veloce.example", "Camille Gagnon")
    etienne = "etienne.roy@veloce.example"
    t = thread(
        message(
            0,
            camille,
            "Nous aimerions vous rencontrer pour une entrevue avec Étienne Roy "
            f"({etienne}). Seriez-vous disponible le jeudi 12 mars à 14 h?",
        ),
        message(1, JORDAN, "Le jeudi 12 mars à 14 h me convient.", to=(camille,), hours=1),
    )
    [f] = facts(t)
    assert [a.email for m in f.meetings for a in m.attendees] == [etienne]


def test_a_rejection_sent_to_the_user_makes_the_user_the_candidate() -> None:
    nadia = Address("nadia@orbis.example", "Nadia Rahman")
    t = thread(
        message(0, nadia, "Could we talk on Wednesday, March 4 at 10am about the role?"),
        message(1, JORDAN, "Wednesday, March 4 at 10am works for me.", to=(nadia,), hours=1),
        message(
            2,
            nadia,
            "Thank you for your time. We have decided to go with a candidate whose background "
            "is closer to mobility.",
            hours=100,
        ),
    )
    [f] = facts(t)
    assert f.job_related and f.side == "candidate"


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        (
            "On this occasion he has decided to offer the role to another candidate whose "
            "experience was a closer fit.",
            True,
        ),
        ("We've decided to go with someone whose background is closer to payments.", True),
        ("Hugh is meeting one more candidate this week and will decide by Friday.", False),
        ("Er führt diese Woche noch ein letztes Gespräch mit einem anderen Kandidaten.", False),
        ("Wir haben uns für eine andere Bewerberin entschieden.", True),
    ],
)
def test_a_decision_for_someone_else_is_a_rejection_news_of_them_is_not(
    said: str, rejected: bool
) -> None:
    nadia = Address("nadia@orbis.example", "Nadia Rahman")
    t = thread(
        message(0, nadia, "Could we talk on Wednesday, March 4 at 10am about the role?"),
        message(1, JORDAN, "Wednesday, March 4 at 10am works for me.", to=(nadia,), hours=1),
        message(2, nadia, said, hours=100),
    )
    [f] = facts(t)
    assert (f.category == "rejection") == rejected


def test_a_room_named_in_the_mail_is_not_met() -> None:
    from daemon.model import Attendee, CalendarEvent

    room = Attendee("4f-lakeview@acme-robotics.example", "Acme - 4F Lakeview (8)", cutype="ROOM")
    ev = CalendarEvent(
        uid="u1",
        sequence=0,
        method="REQUEST",
        status="CONFIRMED",
        start=datetime(2026, 3, 4, 13, tzinfo=TZ),
        end=datetime(2026, 3, 4, 14, tzinfo=TZ),
        summary="Interview: Jordan Lee",
        organizer=Attendee(DANA.email, DANA.name),
        attendees=(Attendee(SAM.email, SAM.name), room),
    )
    invite = replace(
        message(0, DANA, "Your panel: Sam Ito, in Acme - 4F Lakeview (8)."), events=(ev,)
    )
    [f] = facts(thread(invite))
    assert [a.email for m in f.meetings for a in m.attendees] == [SAM.email]
