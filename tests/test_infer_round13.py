"""Rules learnt from round 9's blind cases once they were opened (accountant-manila, chef-lyon,
analyst-bogota, engineer-toronto, designer-berlin, sealed from 2026-12-07 until round 10 was
written): the user asked to interview someone at their own job, a first name said with its
team, a month's part in five languages, a promise that asks for time, news in the passive in
French, the user's promise said from the other end. Small threads, one rule each; the cases
themselves are scored in tests/test_kinds_cases.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from daemon.infer.names import written_names
from daemon.model import Address, Attendee, CalendarEvent
from tests.test_infer import DANA, JORDAN, SAM, TZ, message
from tests.test_infer_round9 import _theirs, facts
from tests.test_infer_round11 import met

COLLEAGUE = Address("carla@kranich.example", "Carla Nowak")


def _invitation(summary: str, description: str = "") -> CalendarEvent:
    org = Attendee(COLLEAGUE.email, COLLEAGUE.name)
    return CalendarEvent(
        "u1",
        0,
        "REQUEST",
        "CONFIRMED",
        datetime(2026, 3, 5, 11, tzinfo=TZ),
        datetime(2026, 3, 5, 12, tzinfo=TZ),
        summary,
        org,
        (org, Attendee(JORDAN.email, None)),
        description=description,
    )


@pytest.mark.parametrize(
    ("summary", "side"),
    [
        # a colleague's invitation to interview the candidate its title names
        ("Interview Junior UX Designer – Paul Berger", "hiring"),
        ("Entrevista técnica – Analista de Datos Jr. | Candidato: Sebastián Molina", "hiring"),
        # the user's own interview, and one with a person named "with"
        ("Interview Junior UX Designer – Jordan Lee", "candidate"),
        ("Senior Product Designer – conversation with Carla Nowak", "candidate"),
    ],
)
def test_an_interview_whose_title_names_someone_else_puts_the_user_hiring(
    summary: str, side: str
) -> None:
    ev = _invitation(summary, "Second conversation. Jordan takes the portfolio questions.")
    msg = message(0, COLLEAGUE, "Invitation attached.", subject=f"Invitation: {summary}")
    assert facts(replace(msg, events=(ev,))).side == side


def test_a_zone_written_in_german_is_no_one() -> None:
    found = written_names(["17:00 - 17:30, Montag, 15. Juni 2026 (Mitteleuropäische Zeit)"], {}, "")
    assert found == []


def test_a_german_confirmation_naming_the_interviewer_after_the_time() -> None:
    patrick = Address("patrick.olbrich@acme-robotics.example", "Patrick Olbrich")
    f = facts(
        message(0, DANA, "Passt Ihnen Donnerstag, der 05.03., um 15:00 Uhr?"),
        message(1, JORDAN, "Donnerstag, der 05.03., um 15:00 Uhr passt mir gut.", to=(DANA,)),
        message(
            2,
            DANA,
            "hiermit bestätige ich Ihnen das Video-Interview am Donnerstag, 05.03.2026, von 15:00 "
            f"bis 15:45 Uhr mit Herrn Patrick Olbrich ({patrick.email}). Ich selbst bin beim "
            "Gespräch nicht dabei.",
            hours=3,
        ),
    )
    assert met(f) == [["patrick.olbrich"]]


@pytest.mark.parametrize(
    ("text", "last_day"),
    [
        # time asked for what was just promised
        ("As promised, I'll send you the case study brief. Give me until Friday.", "2026-03-06"),
        # the object first, in German, and the middle of the month
        ("Eine Entscheidung werden wir bis Mitte des Monats treffen.", "2026-03-15"),
        ("We will let you know by the middle of the month.", "2026-03-15"),
        # a month's part, in each language
        ("Wir melden uns bis Ende März.", "2026-03-31"),
        ("Nous vous donnerons une réponse fin mars.", "2026-03-31"),
        ("Le daremos una respuesta a mediados de marzo.", "2026-03-17"),
        ("Daremos uma resposta no final de março.", "2026-03-31"),
        # French news in the passive, with the one who gets it first
        ("Une réponse vous sera apportée au plus tard le lundi 9 mars.", "2026-03-09"),
        # feedback to be given, within the week
        ("We will be giving feedback to all candidates within the week.", "2026-03-06"),
    ],
)
def test_promises_in_the_words_round_9_wrote(text: str, last_day: str) -> None:
    assert _theirs(text) == [last_day]


def test_the_users_promise_said_from_the_other_end() -> None:
    thomas = Address("thomas@tambouille.example", "Thomas Nguyen")
    f = facts(
        message(0, thomas, "Tu pourrais nous proposer deux ou trois idées de recettes ?"),
        message(
            1,
            JORDAN,
            "Je te prépare trois propositions avec le coût par bocal, tu les auras d'ici mercredi "
            "soir.",
            to=(thomas,),
            hours=2,
        ),
    )
    assert [p.last_day for p in f.own_promises] == ["2026-03-04"]


@pytest.mark.parametrize(
    "text",
    [
        "Anders will lead the conversation, and Mikkel from our Product team will join for the "
        "second half.",
        "Tomás, our VP of Risk, will try to join for the last part.",
    ],
)
def test_a_first_name_said_with_its_team_or_post_is_someone_met(text: str) -> None:
    f = facts(
        message(0, DANA, f"Here is the plan for Thursday 5 March at 10am. {text}"),
        message(1, JORDAN, "Thursday at 10am works for me.", to=(DANA,), hours=2),
    )
    [meeting] = f.meetings
    assert len(meeting.unknown) == 1 and meeting.unknown[0].split()[0] in text


@pytest.mark.parametrize(
    "ask",
    [
        "Ich überlege gerade, von der Agentur in ein Inhouse-Team zu wechseln. Hättest du Zeit "
        "für einen Kaffee?",
        "Hola Daniela, Natalia será tu mentora en el programa de Mentorías 2026.",
    ],
)
def test_a_move_between_teams_or_a_mentoring_programme_is_career_talk(ask: str) -> None:
    f = facts(
        message(0, JORDAN, ask, to=(SAM,), subject="Kaffee?"),
        message(1, SAM, "Gerne! Mittwoch, 4. März, 8:30?", subject="Re: Kaffee?", hours=3),
        message(2, JORDAN, "Perfekt, Mittwoch 8:30 – bis dann!", to=(SAM,), subject="Re: Kaffee?"),
    )
    assert f.job_related


@pytest.mark.parametrize(
    "no",
    [
        "Sin embargo, en esta oportunidad el proceso continuará con un candidato cuyo perfil se "
        "ajusta más a la experiencia requerida.",
        "Sus datos quedarán en nuestra base para futuras oportunidades.",
        # and in French, the post given to someone else, the file kept for later ones
        "Nous avons décidé de confier la cuisine de Vaise à un candidat qui a déjà ouvert un "
        "établissement.",
        "Je garde votre dossier pour les postes qui s'ouvriront dans le groupe.",
    ],
)
def test_a_rejection_in_colombian_spanish_and_in_french(no: str) -> None:
    f = facts(
        message(0, JORDAN, "Muchas gracias por la entrevista de hoy.", to=(DANA,)),
        message(1, DANA, f"Queremos agradecerle el tiempo dedicado. {no}", hours=48),
    )
    assert f.category == "rejection" and f.closed_by == "<m1@x>"
