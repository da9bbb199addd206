"""Rules learnt from the second vignettes' known misses (tests/test_kinds_cases.py KNOWN): titles
before a name as Austria writes them, German that puts the verb first or last, a provider's
mail under a country's suffix, a post written as one German word, a meeting moved that keeps
its people, a missed call said in Spanish, luck wished for a search. Small threads, one rule
each; the vignettes themselves are scored in tests/test_kinds_cases.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from daemon.infer.names import bare, written_names
from daemon.infer.people import is_personal_domain
from daemon.model import Address, Attendee, CalendarEvent, Message
from tests.test_infer import DANA, JORDAN, SAM, TZ, message
from tests.test_infer_round9 import facts
from tests.test_infer_round11 import invite, met

ASK = "Kurze Frage"
EVA = Address("eva.huber@acme-robotics.example", "Eva Huber")


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Frau Mag.a Katharina Hofer", "Katharina Hofer"),
        ("DI Thomas Berger", "Thomas Berger"),
        ("Dr.in Eva Huber", "Eva Huber"),
        ("Di Maggio", "Di Maggio"),  # a surname, not the Austrian title
    ],
)
def test_a_title_as_austria_writes_it_is_not_part_of_the_name(written: str, name: str) -> None:
    assert bare(written) == name


def test_a_surname_after_an_austrian_title_is_a_person() -> None:
    found = written_names(["Gespräch mit Mag.a Huber und DI Berger"], {}, "Jordan Lee")
    assert found == ["Mag.a Huber", "DI Berger"]


@pytest.mark.parametrize(
    "text",
    [
        # no colon after "sind"
        "Ihre Gesprächspartner sind Mag.a Eva Huber (Personal, eva.huber@acme-robotics.example) "
        "und DI Thomas Berger (Leiter Netzplanung).",
        # the verb first
        "Teilnehmen werden Mag.a Eva Huber (eva.huber@acme-robotics.example) und DI Thomas Berger.",
    ],
)
def test_the_people_of_a_german_invitation_to_a_meeting(text: str) -> None:
    f = facts(
        message(0, DANA, f"Wir laden Sie am Mittwoch, 4. März, um 14:00 Uhr ein. {text}"),
        message(1, JORDAN, "Vielen Dank, ich komme gerne am Mittwoch um 14:00 Uhr.", to=(DANA,)),
    )
    [meeting] = f.meetings
    assert met(f) == [["eva.huber"]] and meeting.unknown == ("Thomas Berger",)


@pytest.mark.parametrize(
    ("domain", "personal"),
    [("gmx.at", True), ("yahoo.com.br", True), ("hotmail.es", True), ("bluewin.ch", True)]
    + [("careers.yahoo.com", False), ("acme-robotics.example", False)],
)
def test_the_big_providers_under_every_countrys_suffix(domain: str, personal: bool) -> None:
    assert is_personal_domain(domain) is personal


def test_an_invitation_naming_a_candidate_on_a_national_provider_puts_the_user_hiring() -> None:
    candidate = Address("bianca.wolf@gmx.at", "Bianca Wolf")
    org = Attendee(DANA.email, DANA.name)
    ev = CalendarEvent(
        "u1",
        0,
        "REQUEST",
        "CONFIRMED",
        datetime(2026, 3, 10, 10, tzinfo=TZ),
        datetime(2026, 3, 10, 11, tzinfo=TZ),
        "Bewerbungsgespräch Bianca Wolf – Junior Developer",
        org,
        (org, Attendee(JORDAN.email, JORDAN.name), Attendee(candidate.email, candidate.name)),
    )
    msg = message(0, DANA, "anbei die Einladung zum Bewerbungsgespräch.", to=(JORDAN, candidate))
    assert facts(replace(msg, subject=ev.summary, events=(ev,))).side == "hiring"


def test_a_post_written_as_one_german_word_is_a_job_title() -> None:
    f = facts(
        message(
            0,
            DANA,
            "gerne lade ich Sie zu einem Gespräch am Mittwoch, 4. März, um 10 Uhr ein.",
            subject="Gespräch Einkäuferin Schiffsersatzteile",
        ),
        message(
            1,
            JORDAN,
            "Vielen Dank, ich freue mich auf Mittwoch um 10 Uhr.",
            to=(DANA,),
            subject="Gespräch Einkäuferin Schiffsersatzteile",
        ),
    )
    assert f.job_related and met(f) == [["dana.ruiz"]]


def test_someone_who_joined_said_with_the_verb_last() -> None:
    f = facts(
        message(
            0, DANA, "gerne lade ich Sie zu einem Gespräch am Mittwoch, 4. März, um 10 Uhr ein."
        ),
        message(1, JORDAN, "Vielen Dank, Mittwoch um 10 Uhr passt.", to=(DANA,), hours=1),
        message(
            2,
            DANA,
            f"Meine Kollegin Eva Huber aus der Logistik, die heute spontan dazugestoßen ist, "
            f"erreichen Sie unter {EVA.email}.",
            hours=55,
        ),
    )
    assert met(f) == [["dana.ruiz", "eva.huber"]]


def test_an_organiser_who_writes_that_he_will_not_take_part() -> None:
    description = (
        "Gesprächspartner: Sam Ito (Teamleiter QA). Dana Ruiz (HR) organisiert, nimmt aber "
        "nicht teil."
    )
    assert met(facts(invite(description, DANA, SAM))) == [["sam.ito"]]


@pytest.mark.parametrize(
    "ask",
    [
        "Ich interessiere mich für die Verfahrenstechnik. Hätten Sie 20 Minuten Zeit für ein "
        "kurzes Telefonat?",
        "Ihr Beitrag über Ihren Berufsalltag hat mich angesprochen. Darf ich Sie anrufen?",
    ],
)
def test_a_short_call_asked_in_german_is_an_informational_call(ask: str) -> None:
    who = Address("andrea.gerber@birsfelden.example", "Andrea Gerber")
    f = facts(
        message(0, JORDAN, ask, to=(who,), subject=ASK),
        message(1, who, "Gerne. Passt Ihnen Donnerstag, 5. März, 12.15 Uhr?", subject=ASK, hours=3),
        message(2, JORDAN, "Passt bestens, bis Donnerstag!", to=(who,), subject=ASK, hours=4),
    )
    assert f.job_related and met(f) == [["andrea.gerber"]]


def test_a_call_missed_said_in_spanish() -> None:
    f = facts(
        message(
            0, DANA, "Te confirmo la entrevista por Teams mañana martes 3 de marzo a las 9:30."
        ),
        message(
            1,
            DANA,
            "Jordan, te estamos esperando en el Teams desde las 9:30. ¿Tuviste algún problema?",
            hours=24.5,
        ),
    )
    assert met(f) == []


def _moved(answer: str) -> list[Message]:
    return [
        message(
            0,
            DANA,
            "Comme convenu, je vous propose l'entretien technique avec Sam Ito, Head of Data "
            f"({SAM.email}), le mardi 03/03 à 14h30, sur Teams.",
        ),
        message(
            1,
            DANA,
            "Sam est retenu en comité de direction cet après-midi. Pouvons-nous décaler à jeudi "
            "05/03, même heure ?",
            hours=23,
        ),
        message(
            2, JORDAN, "Pas de souci pour jeudi. 16h serait-il possible ?", to=(DANA,), hours=24
        ),
        message(3, DANA, answer, hours=25),
    ]


def test_a_meeting_moved_keeps_the_people_named_for_it_and_not_the_reason_it_moved() -> None:
    f = facts(*_moved("C'est calé : jeudi 05/03 à 16h00, même lien Teams."))
    assert met(f) == [["sam.ito"]]


def test_luck_wished_for_the_search_is_career_talk() -> None:
    who = Address("andrea.gerber@birsfelden.example", "Andrea Gerber")
    f = facts(
        message(
            0,
            JORDAN,
            "Darf ich Sie am Donnerstag, 5. März, um 12 Uhr anrufen?",
            to=(who,),
            subject=ASK,
        ),
        message(1, who, "Gerne, Donnerstag um 12 Uhr passt.", subject=ASK, hours=3),
        message(2, who, "Gern geschehen. Viel Erfolg bei der Suche!", subject=ASK, hours=80),
    )
    assert f.job_related


def test_a_coffee_with_someone_in_hr_after_a_friends_introduction_is_networking() -> None:
    friend = Address("yaw.darko@gmail.com", "Yaw Darko")
    adwoa = Address("adwoa.mensah@kente.example", "Adwoa Mensah")
    intro = "Intro: Jordan <> Adwoa"
    f = facts(
        message(
            0,
            friend,
            "Adwoa, meet Jordan - my old classmate, now six years in payroll. Jordan, Adwoa runs "
            "HR at Kente and knows everyone. I'll let the two of you take it from here.",
            to=(JORDAN, adwoa),
            subject=intro,
        ),
        message(
            1,
            adwoa,
            "Happy to. Would Tuesday 3rd March, 8am at Cafe Kwae work for you?\n\nAdwoa Mensah\n"
            "Country HR Lead, Kente Telecom",
            subject=intro,
            hours=12,
        ),
        message(2, JORDAN, "Tuesday 8am at Cafe Kwae is perfect.", to=(adwoa,), subject=intro),
    )
    assert [(m.status, m.networking) for m in f.meetings] == [("done", True)]


@pytest.mark.parametrize(
    "no",
    [
        "Surgiu um imprevisto familiar e não vou conseguir estar aí hoje às 11h.",
        "Something came up at home and I can't make it today at 11.",
    ],
)
def test_a_no_after_the_meeting_was_agreed_naming_its_day(no: str) -> None:
    f = facts(
        message(0, DANA, "Could you come by the studio on Wednesday 4 March at 11am?"),
        message(1, JORDAN, "Wednesday at 11am works, see you there.", to=(DANA,), hours=2),
        message(2, JORDAN, no, to=(DANA,), hours=48),
    )
    assert [m.status for m in f.meetings] == ["moved"]


def test_your_design_portfolio_said_in_portuguese_is_career_talk() -> None:
    joana = Address("joana.pinto@ribeira.example", "Joana Pinto")
    subject = "Conversa no estúdio"
    f = facts(
        message(
            0,
            joana,
            "Vi o teu portefólio no Behance e gostava de te conhecer. Podes passar cá no "
            "estúdio na quarta, dia 4, às 11h?",
            subject=subject,
        ),
        message(1, JORDAN, "Combinado, quarta às 11h estarei aí.", to=(joana,), subject=subject),
    )
    assert f.job_related


def test_a_friends_introduction_in_brazilian_portuguese_and_a_coffee_confirmed() -> None:
    thiago = Address("thiago.lessa@gmail.com", "Thiago Lessa")
    camila = Address("camila.duarte@serraazul.example", "Camila Duarte")
    intro = "Apresentando: Jordan (UX) <> Camila (Serra Azul)"
    f = facts(
        message(
            0,
            thiago,
            "Queria te apresentar o Jordan (em cópia), que trabalhou comigo por três anos. Ele tá "
            "querendo migrar pra produto e eu lembrei na hora de você.",
            to=(camila,),
            cc=(JORDAN,),
            subject=intro,
        ),
        message(
            1,
            camila,
            "Jordan, prazer! Topa um café na quinta (5), às 8h30?",
            subject=intro,
            hours=4,
        ),
        message(
            2,
            JORDAN,
            "Oi Camila, topo sim! Quinta às 8h30 no Café com Letras.",
            to=(camila,),
            subject=intro,
            hours=6,
        ),
        message(3, camila, "Confirmadíssimo! Até quinta.", subject=intro, hours=60),
    )
    assert f.job_related and met(f) == [["camila.duarte"]]
