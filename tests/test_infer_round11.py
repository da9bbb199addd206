"""Rules learnt from round 8's blind cases once they were opened (logistics-guadalajara,
nurse-dakar, dev-nairobi, teacher-porto, sealed on 2026-12-07 until the next stop): who arranges
a meeting and who takes part in it, a host asked for at the door, a zone named the Québec way,
a decision said in the passive, an informational call asked for in a few minutes, someone
else's CV beside "su CV". Small threads, one rule each; the cases themselves are scored in
tests/test_kinds_cases.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from daemon.infer.names import person_like, written_names
from daemon.model import Address, AttachmentInfo, Attendee, CalendarEvent, Message, ThreadFacts
from tests.test_infer import DANA, JORDAN, SAM, TZ, message
from tests.test_infer_round9 import _theirs, facts

KIM = Address("kim.lee@acme-robotics.example", "Kim Lee")


def met(f: ThreadFacts) -> list[list[str]]:
    return [
        sorted(a.email.split("@")[0] for a in m.attendees)
        for m in f.meetings
        if m.status not in ("moved", "cancelled", "not held")
    ]


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
    return replace(
        message(0, organiser, description, subject="Invitation: " + ev.summary), events=(ev,)
    )


@pytest.mark.parametrize(
    "description",
    [
        # the recruiter signs the link she sends
        "Here is the Teams link for your conversation with Sam Ito (Director) and Kim Lee "
        "(Senior Manager).\n\nDana",
        # she says so herself, after "but"
        "Pairing session with Sam Ito and Kim Lee. Dana organises but won't be in the session.",
    ],
)
def test_whoever_arranges_an_invitation_is_not_met_when_it_names_others(description: str) -> None:
    assert met(facts(invite(description, DANA, SAM, KIM))) == [["kim.lee", "sam.ito"]]


def test_whoever_receives_the_user_at_reception_is_not_met() -> None:
    description = (
        "Technical conversation with Sam Ito (Lead Engineer).\n\nPlease report to the 4th floor "
        "reception with your ID. Dana will receive you and take you up."
    )
    assert met(facts(invite(description, DANA, SAM))) == [["sam.ito"]]


def test_the_one_who_would_like_a_conversation_is_met_not_the_one_who_writes() -> None:
    f = facts(
        message(
            0,
            DANA,
            "Our Head of Engineering, Chinedu Okafor, would like to have a conversation with you "
            "about the role. Would Tuesday 3 March at 11am work?",
        ),
        message(1, JORDAN, "Tuesday at 11am suits me.", to=(DANA,), hours=2),
    )
    [meeting] = f.meetings
    assert meeting.attendees == () and meeting.unknown == ("Chinedu Okafor",)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Te confirmo tu entrevista:\n\nDía: martes 3 de marzo\nHora: 17:00 hrs\n"
            "Te entrevista: Ing. Ramiro Castañeda, Gerente de Logística",
            "Ramiro Castañeda",
        ),
        (
            "Te esperamos mañana a las 10. En caseta pregunta por el Ing. Tomás Ibarra.",
            "Tomás Ibarra",
        ),
        ("See you tomorrow at 10am. Please ask for Priya Raman at reception.", "Priya Raman"),
    ],
)
def test_the_host_named_on_a_label_or_asked_for_at_the_door_is_met(text: str, who: str) -> None:
    f = facts(
        message(0, DANA, text),
        message(1, JORDAN, "Perfect, see you then.", to=(DANA,), hours=1),
    )
    assert [m.unknown for m in f.meetings] == [(who,)]


def test_a_surname_alone_finds_a_person_by_their_first_surname() -> None:
    jorge = Address("jorge.ibarra@acme-robotics.example", "Jorge Ibarra Quintero")
    f = facts(
        message(
            0,
            DANA,
            "Te esperamos el martes 3 de marzo a las 7:30. En caseta pregunta por el Ing. Ibarra.",
            cc=(jorge,),
        ),
        message(1, JORDAN, "Ahí estaré, gracias.", to=(DANA,), hours=1),
    )
    assert met(f) == [["jorge.ibarra"]]


def test_a_time_in_the_quebec_eastern_zone() -> None:
    f = facts(
        message(0, DANA, "Parfait, c'est noté pour le jeudi 5 mars à 10 h, heure de l'Est."),
        message(1, JORDAN, "Merci, à jeudi.", to=(DANA,), hours=1),
    )
    [meeting] = f.meetings
    assert (
        meeting.start.astimezone(TZ).strftime("%a %H:%M") == "Thu 09:00"
    )  # Chicago is an hour behind


@pytest.mark.parametrize(
    ("text", "last_day"),
    [
        (
            "Estamos ainda a entrevistar; a decisão final será comunicada a todos até ao dia 20 de "
            "março.",
            "2026-03-20",
        ),
        ("La decisión final será comunicada a más tardar el 20 de marzo.", "2026-03-20"),
        ("La décision finale sera communiquée d'ici le 20 mars.", "2026-03-20"),
    ],
)
def test_a_decision_said_in_the_passive_with_its_adjective(text: str, last_day: str) -> None:
    assert _theirs(text) == [last_day]


@pytest.mark.parametrize(
    ("ask", "who"),
    [
        (
            "I am currently talking to a few Berlin companies about remote roles. Could you spare "
            "15 minutes to tell me how those teams work?",
            Address("collins.o@gmail.com", "Collins Omondi"),
        ),
        (
            "Estou a preparar a transição da sala de aula para esta área. Poderia dispensar-me 15 "
            "minutos, por telefone?",
            Address("hugo.pestana@uatlantica.example", "Hugo Pestana"),
        ),
    ],
)
def test_an_informational_call_asked_of_someone(ask: str, who: Address) -> None:
    f = facts(
        message(0, JORDAN, ask, to=(who,), subject="15 minutes?"),
        message(1, who, "Happy to. Thursday 5 March at 6pm?", subject="Re: 15 minutes?", hours=3),
        message(2, JORDAN, "Thursday at 6pm works.", to=(who,), subject="Re: 15 minutes?", hours=4),
    )
    assert f.job_related and met(f) == [[who.email.split("@")[0]]]


def test_su_cv_beside_someone_elses_cv_is_theirs() -> None:
    colleague = Address("raul.estrada@acme-robotics.example", "Raúl Estrada")
    msg = message(
        0,
        colleague,
        "Mariana, tú haces la parte técnica de la entrevista del miércoles 4 de marzo a las 10. "
        "Va su CV adjunto.",
        subject="Entrevista candidato Auxiliar de Tráfico – Kevin Ramírez",
    )
    f = facts(
        replace(msg, attachments=(AttachmentInfo("CV_Kevin_Ramirez.pdf", "application/pdf"),))
    )
    assert f.side == "hiring"


@pytest.mark.parametrize(
    ("name", "person"),
    [("Promethean ActivPanel", False), ("Sean McAllister", True), ("Aoife MacLeod", True)],
)
def test_a_capital_inside_a_word_is_a_brand_not_a_name(name: str, person: bool) -> None:
    assert person_like(name) is person


def test_the_user_asked_for_advice_on_someone_elses_career_is_the_adviser() -> None:
    kelvin = Address("kelvin.m@gmail.com", "Kelvin Mwangi")
    f = facts(
        message(
            0,
            kelvin,
            "Hello Jordan, I attended your session on APIs last year. I want to move to backend "
            "work in Go. Kindly, could you advise how I should prepare for interviews?",
            subject="Kindly advice",
        ),
        message(1, JORDAN, "Happy to help. Saturday 7 March at 10am?", to=(kelvin,), hours=5),
        message(2, kelvin, "Saturday works, thank you!", hours=6),
        message(
            3,
            kelvin,
            "Thank you so much for your time today Jordan, I learnt a lot.",
            hours=24 * 5 + 3,
        ),
        message(
            4,
            JORDAN,
            "I'll send you my interview notes by Wednesday.",
            to=(kelvin,),
            hours=24 * 5 + 4,
        ),
    )
    assert f.side == "hiring" and not f.job_related


def test_the_organisation_a_post_heads_is_no_one() -> None:
    said = (
        "A entrevista será com a Dr.ª Paula Meireles, Diretora da Academia Boavista Mútua, e "
        "com o Eng. Rui Tavares, responsável de Transformação Digital."
    )
    assert written_names([said], {}, "Inês Sousa") == ["Paula Meireles", "Rui Tavares"]


@pytest.mark.parametrize(
    ("later", "held"),
    [
        ("We've paused the search, so I'm going to have to pull Tuesday's chat. Sorry.", False),
        ("I'm sorry, but I'll have to bow out of Tuesday: I accepted another offer.", False),
        ("If you need to cancel, just let me know. See you Tuesday!", True),
    ],
)
def test_an_invitation_called_off_in_words(later: str, held: bool) -> None:
    sent = invite("Chat about the role with me.", DANA, SAM)
    f = facts(sent, message(1, DANA, later, hours=24 * 5))
    assert (met(f) != []) is held


@pytest.mark.parametrize(
    ("reply", "agreed"),
    [
        ("Yes please, either could work. Let me look at my calendar and holler back.", False),
        ("Both work for me!", False),
        ("Wednesday works, see you at 8.", True),
    ],
)
def test_a_yes_to_every_slot_agrees_none(reply: str, agreed: bool) -> None:
    f = facts(
        message(0, DANA, "Want to grab coffee next week? I could do Wednesday 4 March at 8am."),
        message(1, JORDAN, reply, to=(DANA,), hours=3),
    )
    assert (met(f) != []) is agreed


def test_from_vignettes_en2_a_panel_list_ending_myself_and_someone_popping_in() -> None:
    kim_written = "Kim Lee, Senior Engineer (kim.lee@acme-robotics.example)"
    panel = message(
        0,
        DANA,
        "We'd like to invite you to interview on Tuesday 10 March, 1.30pm - 2.30pm.\n\n"
        f"Your panel will be:\n- {kim_written}\n- myself\n\nNgā mihi,\nDana",
    )
    f = facts(panel, message(1, JORDAN, "I'll be there at 1.30 on the 10th.", to=(DANA,), hours=2))
    assert met(f) == [["dana.ruiz", "kim.lee"]]
    later = message(
        1,
        SAM,
        "Hope you didn't mind Kim popping in halfway (kim.lee@acme-robotics.example).",
        hours=24 * 8 + 6,
    )
    f = facts(invite("Just a conversation on the role, no coding test.", SAM), later)
    assert met(f) == [["kim.lee", "sam.ito"]]


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Lee is indisposed. Mr. Sam Ito (sam.ito@acme-robotics.example) will conduct the "
        "interview in her stead.",
    ],
)
def test_a_substitute_who_will_conduct_the_interview(text: str) -> None:
    f = facts(
        message(0, DANA, "We invite you for an interview on Tuesday, 10th March at 9:30am."),
        message(1, DANA, text, hours=24 * 3),
        message(2, JORDAN, "Well noted. Many thanks.", to=(DANA,), hours=24 * 3 + 1),
    )
    assert met(f) == [["sam.ito"]]


def test_from_vignettes_intl2_french_and_spanish() -> None:
    # "vous confirme ma présence" agrees the jury's date; who could not sit is not met
    jury = message(
        0,
        DANA,
        "Vous êtes conviée à un entretien devant jury le mardi 10 mars 2026 à 9h00.\n\nLe jury "
        "sera composé de :\n- M. Sam Ito (sam.ito@acme-robotics.example)\n- Mme Kim Lee "
        "(kim.lee@acme-robotics.example)",
    )
    yes = message(
        1,
        JORDAN,
        "J'accuse réception de votre convocation et vous confirme ma présence le mardi "
        "10 mars à 9h00.",
        to=(DANA,),
        hours=2,
    )
    after = message(
        2,
        DANA,
        "M. Ito, retenu sur le chantier, tient à s'excuser de n'avoir pu siéger au jury.",
        hours=24 * 8 + 3,
    )
    assert met(facts(jury, yes, after)) == [["kim.lee"]]
    # "Un impératif m'oblige à renoncer à notre rencontre de ce matin": called off
    off = message(
        2,
        DANA,
        "Un impératif de dernière minute m'oblige à renoncer à notre rencontre de ce matin.",
        hours=24 * 8 - 2,
    )
    assert met(facts(jury, yes, off)) == []
    # "la entrevista la realizará el Ing. Sam Ito (…)": the one who stands in is met
    sub = message(
        2,
        DANA,
        "La Ing. Lee se encuentra incapacitada, por lo que la entrevista la realizará el "
        "Ing. Sam Ito (sam.ito@acme-robotics.example).",
        hours=24 * 8 - 3,
    )
    f = facts(
        message(
            0,
            DANA,
            "Le confirmo su entrevista el martes 10 de marzo a las 9:00 con la Ing. "
            "Kim Lee (kim.lee@acme-robotics.example).",
        ),
        message(1, JORDAN, "Confirmo mi asistencia, gracias.", to=(DANA,), hours=2),
        sub,
    )
    assert met(f) == [["sam.ito"]]
