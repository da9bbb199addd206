"""Rules learnt from round 3's blind cases once they were opened (logistics-lyon, swe-seattle,
teacher-nairobi, sealed from 2026-12-04 to 2026-12-07): French promises and career talk, calls
that did not happen, organisers who stay away, a home loan's and a severance's mail, agendas
that name each session's interviewer on the line below; small threads, one rule each."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from daemon.infer.dates import find_times
from daemon.infer.facts import infer_facts
from daemon.infer.names import written_names
from daemon.model import Address, Attendee, CalendarEvent, Message, ThreadFacts
from tests.test_infer import DANA, JORDAN, ME, SAM, T0, TZ, message, thread

BERNARD = Address("bernard.chevalier@fonderies-rivoire.example", "Bernard Chevalier")


def facts(*messages: Message, days: float = 20) -> ThreadFacts:
    me = replace(ME, name="Jordan Lee")
    [f] = infer_facts([thread(*messages)], me, TZ, T0 + timedelta(days=days))
    return f


def invite(description: str, organiser: Address, *people: Address) -> Message:
    org = Attendee(organiser.email, organiser.name)
    ev = CalendarEvent(
        "u1",
        0,
        "REQUEST",
        "CONFIRMED",
        datetime(2026, 3, 10, 13, tzinfo=TZ),
        datetime(2026, 3, 10, 14, tzinfo=TZ),
        "Acme Robotics – Data Analyst – Jordan Lee",
        org,
        (org, *(Attendee(p.email, p.name) for p in people), Attendee(JORDAN.email, "Jordan Lee")),
        description=description,
    )
    msg = message(0, organiser, description, subject="Invitation: " + ev.summary)
    return replace(msg, events=(ev,))


@pytest.mark.parametrize(
    ("sentence", "last_day"),
    [
        # the present says it alone, and "fin de semaine" needs no article
        (
            "Je reviens vers vous d'ici la fin de semaine pour vous dire s'il souhaite vous voir.",
            "2026-03-06",
        ),
        # "la semaine du 16 mars": the week that day opens
        ("Je vous ferai un retour dans la semaine du 16 mars.", "2026-03-20"),
    ],
)
def test_french_news_promised_in_the_present_or_for_a_week(sentence: str, last_day: str) -> None:
    f = facts(
        message(0, JORDAN, "Vous trouverez ci-joint mon CV.", to=(DANA,)),
        message(1, DANA, sentence, hours=3),
    )
    assert [p.last_day for p in f.promises] == [last_day]


def test_a_lunch_asked_of_a_former_boss_about_the_users_next_step_is_networking() -> None:
    subject = "Un déjeuner ?"
    f = facts(
        message(
            0,
            JORDAN,
            "Je réfléchis sérieusement à la suite de mon parcours et j'aimerais beaucoup avoir "
            "ton regard. Est-ce que tu aurais un créneau pour déjeuner ?",
            to=(BERNARD,),
            subject=subject,
        ),
        message(1, BERNARD, "Avec plaisir ! Vendredi 6 mars, 12h30 ?", subject=subject, hours=3),
        message(
            2,
            JORDAN,
            "Parfait, vendredi 6, 12h30, c'est noté.",
            to=(BERNARD,),
            subject=subject,
            hours=4,
        ),
    )
    assert f.job_related
    assert [m.start for m in f.meetings] == [datetime(2026, 3, 6, 12, 30, tzinfo=TZ)]


@pytest.mark.parametrize(
    "apology",
    [
        "Toutes mes excuses pour ce matin : je n'ai pas pu vous appeler à 9h comme prévu.",
        "So sorry, I wasn't able to call you at 9 as planned; a client emergency took the morning.",
    ],
)
def test_the_caller_who_could_not_call_says_the_call_did_not_happen(apology: str) -> None:
    f = facts(
        message(0, DANA, "Would you have a moment for a call on Tuesday 3 March at 9am?"),
        message(1, JORDAN, "Tuesday at 9 works.", to=(DANA,), hours=2),
        message(2, DANA, apology, hours=29),
    )
    assert [m.status for m in f.meetings] == ["moved"]


@pytest.mark.parametrize(
    "note",
    [
        "Please find below the link for your conversation with Acme Robotics.\n\nInterviewers: "
        "Dana Ruiz (VP Operations).\nI have organised this meeting and will not attend.\n\n"
        "Kind regards,\nSam Ito",
        "Please find below the link for your conversation with Acme Robotics.\n\nInterviewers: "
        "Dana Ruiz (VP Operations).\nSam Ito (Recruiting) set this up and won't be on the call.",
    ],
)
def test_an_organiser_who_says_they_stay_away_is_not_met(note: str) -> None:
    f = facts(invite(note, SAM, DANA))
    assert {a.email for m in f.meetings for a in m.attendees} == {DANA.email}


def test_someone_copied_for_information_is_not_met_and_the_organiser_who_wrote_it_is() -> None:
    agent = Address("callum@search.example", "Callum Rae")
    note = (
        "Panel: Dana Ruiz and Sam Ito.\nCallum Rae (Search) is copied for information only and "
        "will not be attending."
    )
    f = facts(invite(note, SAM, DANA, agent))
    assert {a.email for m in f.meetings for a in m.attendees} == {DANA.email, SAM.email}


def test_a_home_loans_mail_about_an_offer_letter_is_not_a_job_search() -> None:
    broker = Address("luis@homelending.example", "Luis Ortega")
    subject = "Pre-approval – employment update needed"
    f = facts(
        message(
            0,
            broker,
            "I talked to our underwriter about your pre-approval. To get back to the original "
            "amount, underwriting needs a signed offer letter with a start date within 60 days "
            "of closing, plus your first paystub before we fund.",
            subject=subject,
        ),
        message(
            1,
            JORDAN,
            "Thanks. I'm actively interviewing and hope to have an offer soon.",
            to=(broker,),
            subject=subject,
            hours=3,
        ),
        message(
            2,
            broker,
            "I'll get back to you by Monday with rate-lock options.",
            subject=subject,
            hours=50,
        ),
    )
    assert not f.job_related


def test_the_last_employers_mail_about_severance_is_not_a_job_search() -> None:
    hr = Address("kim@vantage.example", "Kimberly Vo")
    subject = "Your separation agreement – next steps"
    f = facts(
        message(
            0,
            hr,
            "Severance: the second installment will be paid on the March 31 payroll. Your COBRA "
            "election notice will follow. Unvested shares were forfeited.\nKimberly Vo\nPeople "
            "Partner",
            subject=subject,
        ),
        message(
            1,
            hr,
            "I'll confirm the deposit date and get back to you by Friday, March 6.",
            subject=subject,
            hours=48,
        ),
    )
    assert not f.job_related


def test_an_agenda_names_each_sessions_interviewer_on_the_line_below_its_time() -> None:
    owen = Address("owen.castellanos@acme-robotics.example", "Owen Castellanos")
    agenda = (
        "You're confirmed for your virtual onsite for the Data Analyst role.\n\n"
        "Tuesday, March 10, 2026\n\n"
        "9:00 - 9:45 AM | System Design\n\n"
        "Owen Castellanos, Staff Engineer (owen.castellanos@acme-robotics.example)\n\n"
        "9:50 - 10:35 AM | Pairing Exercise\n\n"
        "Dana Ruiz, Senior Engineer (dana.ruiz@acme-robotics.example)\n"
    )
    scheduler = Address("no-reply@ashbyhq.com", "Sam Ito")
    f = facts(message(0, scheduler, agenda, automated=True))
    assert {a.email for m in f.meetings for a in m.attendees} == {owen.email, DANA.email}


def test_a_teams_shared_mailbox_is_not_someone_met() -> None:
    mailbox = Address("interviews@acme-robotics.example", "Acme Interviews")
    f = facts(
        message(0, mailbox, "Could you do Tuesday 3/10 at 11am for your interview with the team?"),
        message(1, JORDAN, "Tuesday at 11 works.", to=(mailbox,), hours=2),
    )
    assert [m.start for m in f.meetings] == [datetime(2026, 3, 10, 11, tzinfo=TZ)]
    assert not [a for m in f.meetings for a in m.attendees]


def test_a_name_wrapped_onto_the_line_of_its_address_is_met() -> None:
    ravi = Address("ravi@acme-robotics.example", "Ravi")
    f = facts(
        message(
            0,
            DANA,
            "Next step is a working session with Ravi, our CTO\n(ravi@acme-robotics.example). "
            "Friday 3/6, 3:00-4:30pm at our office?",
        ),
        message(1, JORDAN, "Friday 3/6 at 3 works. See you then.", to=(DANA,), hours=2),
    )
    assert [a.email for m in f.meetings for a in m.attendees] == [ravi.email]


def test_a_countrys_clock_names_its_zone() -> None:
    f = facts(
        message(0, DANA, "Could you do Tuesday 10 March at 13:00 Dutch time for a call?"),
        message(
            1, JORDAN, "Tuesday 10 March at 13:00 Dutch time suits me well.", to=(DANA,), hours=2
        ),
    )
    assert [m.start for m in f.meetings] == [
        datetime(2026, 3, 10, 13, tzinfo=ZoneInfo("Europe/Amsterdam"))
    ]


def test_what_someone_heads_is_not_a_person() -> None:
    names = written_names(
        ["Interview panel: Mr James Kiprono, Head of Sixth Form, and Mrs Fatma Said"], {}, "Jo"
    )
    assert "Sixth Form" not in names and "James Kiprono" in names


def test_a_number_of_candidates_with_their_slot_length_puts_the_user_on_the_panel() -> None:
    deputy = Address("samuel@school.example", "Samuel Kiptoo")
    f = facts(
        message(
            0,
            deputy,
            "Kindly block this time for the Laboratory Technician interviews. Five candidates, "
            "35 minutes each, with a short practical.",
            subject="Interview Panel – Laboratory Technician",
        )
    )
    assert f.side == "hiring" and not f.job_related


def test_a_meeting_a_recruiter_sets_up_with_their_client_is_an_interview() -> None:
    consultant = Address("sophie@altair.example", "Sophie Garnier")
    ceo = Address("marc.lefebvre@serac.example", "Marc Lefebvre")
    f = facts(
        message(
            0,
            consultant,
            "Bonjour Jordan,\n\nJ'ai présenté votre candidature pour le poste à notre client. "
            "Marc Lefebvre "
            "(marc.lefebvre@serac.example), Directeur Général de Groupe Sérac, souhaite vous "
            "rencontrer. Il me propose deux créneaux :\n- mardi 10 mars à 14h30\n- mercredi 11 "
            "mars à 9h00\n\nPourriez-vous me dire lequel vous convient le mieux ?\n\n"
            "Bien cordialement,\n\n"
            "Sophie Garnier\nConsultante Associée\nALTAÏR – Search & Leadership",
            subject="Groupe Sérac – proposition de rencontre",
        ),
        message(
            1,
            JORDAN,
            "Le mardi 10 mars à 14h30 me convient parfaitement.",
            to=(consultant,),
            subject="Re: Groupe Sérac – proposition de rencontre",
            hours=3,
        ),
    )
    assert [a.email for m in f.meetings for a in m.attendees] == [ceo.email]
    assert not any(m.networking for m in f.meetings)


def test_a_time_at_a_lines_end_belongs_to_its_own_lines_day() -> None:
    text = "Il me propose deux créneaux :\n- mardi 10 mars à 14h30\n- mercredi 11 mars à 9h00"
    assert [t.start for t in find_times(text, T0, TZ)] == [
        datetime(2026, 3, 10, 14, 30, tzinfo=TZ),
        datetime(2026, 3, 11, 9, tzinfo=TZ),
    ]
