"""What round 8's drafts (logistics-guadalajara, dev-nairobi, opened on 2026-12-07) taught:
Spanish notes as Mexican mail writes them (titles, an unsaid "usted", the register read in mail
to the person), the company before its legal form, a Romance title, a rejection that gave
feedback, a pair-programming session. One rule each, through the public entry points."""

from __future__ import annotations

from datetime import timedelta

import pytest

from daemon.drafting.naming import company_for, naming
from daemon.drafting.words import familiar_with, tongue, voice_in
from daemon.model import Address, Thread, ThreadFacts
from tests.test_draft_languages import ENGLISH_PROFILE, ME, START, _thanked, parsed
from tests.test_naming import GREG, _raw, _thread
from tests.test_naming import ME as GREG_ID

SALVADOR = Address("salvador.medina@cnuevagalicia.example", "Salvador Medina Orozco")
ES = tongue("es")


def _facts(*messages) -> ThreadFacts:  # type: ignore[no-untyped-def]
    return ThreadFacts(Thread(messages[0].message_id, messages), True, "interview", None, ())


@pytest.mark.parametrize(
    ("opening", "greeting"),
    [
        ("Ing. Medina, buenas tardes:", "Buen día, Ing. Medina:"),
        ("Buenas tardes, Ing. Medina:", "Buenas tardes, Ing. Medina:"),
        ("Ing. Salvador:", "Buen día, Ing. Salvador:"),
    ],
)
def test_the_users_titled_spanish_greeting_is_written_again(opening: str, greeting: str) -> None:
    mine = parsed(f"{opening}\n\nMuchas gracias por su respuesta.\n\nSaludos,\nSam", to=SALVADOR)
    assert ES is not None
    assert voice_in(ES, SALVADOR, _facts(mine), [ME.email]).greeting == greeting


def test_usted_unsaid_is_still_the_users_register() -> None:
    theirs = parsed(
        "Revisé tu CV y me gustó. ¿Te late un café el viernes?",
        sender=SALVADOR,
        to=ME,
        mid="<t1@x>",
    )
    mine = parsed(
        "Ing. Medina:\n\nMuchas gracias por su respuesta. Con gusto nos vemos el viernes.",
        to=SALVADOR,
        mid="<m2@x>",
        when="Tue, 10 Mar 2026 12:00:00 -0400",
    )
    assert ES is not None
    assert not familiar_with(ES, SALVADOR, _facts(theirs, mine), [ME.email])


def test_the_register_is_read_in_mail_to_them_not_in_mail_they_were_copied_on() -> None:
    karla = Address("karla@surtido.example", "Karla Núñez")
    jorge = Address("jorge.ibarra@surtido.example", "Jorge Ibarra Quintero")
    mine = replace_cc(parsed("Hola Karla:\n\nTe paso mis datos para el pago.", to=karla), jorge)
    assert ES is not None
    assert familiar_with(ES, karla, _facts(mine), [ME.email])
    assert not familiar_with(ES, jorge, _facts(mine), [ME.email])


def replace_cc(msg, cc: Address):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(msg, cc=(cc,))


def test_the_company_is_the_name_before_its_legal_form() -> None:
    thread = _thread(
        _raw(
            0,
            "Sofía Cárdenas <sofia.cardenas@platej.example>",
            GREG,
            "Entrevista",
            "Hola Gregory:\n\n¿Te acomoda el viernes a las 16:00?\n\nSaludos,\n\nSofía Cárdenas\n"
            "Coordinadora de Reclutamiento\nPlásticos Técnicos de Jalisco, S.A. de C.V.\n"
            "Tel. 33 3145 6620",
        )
    )
    to = Address("sofia.cardenas@platej.example", "Sofía Cárdenas")
    assert company_for(thread, to, GREG_ID) == ("Plásticos Técnicos de Jalisco", False)


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Plásticos Técnicos – Entrevista Analista de Planeación", "Analista de Planeación"),
        ("Vacante Planeador(a) de Demanda – EMOSA Planta El Salto", "Planeador de Demanda"),
        ("Tideline Labs – next steps for Senior Backend Engineer", "Senior Backend Engineer"),
        # what a vacancy's word introduces, whatever its last word; French in lower case
        (
            "Oportunidade: Designer Instrucional Sênior (remoto) | Trilha",
            "Designer Instrucional Sênior",
        ),
        ("Candidature – Poste d'infirmière, service de médecine interne", "infirmière"),
    ],
)
def test_a_title_as_spanish_and_notices_write_it(subject: str, role: str) -> None:
    body = "Hola,\n\nSaludos.\n\nDana Ruiz\nTalent Partner"
    thread = _thread(_raw(0, "Dana Ruiz <dana@callowaybrands.com>", GREG, subject, body))
    to = Address("dana@callowaybrands.com", "Dana Ruiz")
    assert naming(thread, to, GREG_ID, "thank_you").role == role


SARAH = Address("sarah@lumengrid.example", "Sarah Whitfield")


@pytest.mark.parametrize(
    ("decision", "thanked_for_feedback"),
    [
        (
            "I'm sorry to say we've decided not to move forward with your candidacy. I'd rather "
            "give you something useful than a form letter:\n\n- Your walkthrough was clear.\n"
            "- We wanted more depth on backpressure.",
            True,
        ),
        (
            "Unfortunately we have decided not to move forward with your application. We are "
            "unable to provide individual feedback.",
            False,
        ),
    ],
)
def test_a_rejection_that_gave_feedback_is_thanked_for_it(
    decision: str, thanked_for_feedback: bool
) -> None:
    rejection = parsed(
        f"Hi Sam,\n\n{decision}\n\nSarah",
        sender=SARAH,
        to=ME,
        mid="<r1@x>",
        when="Mon, 16 Mar 2026 10:00:00 -0400",
        subject="Backend Engineer",
    )
    facts = ThreadFacts(
        Thread("<r1@x>", (rejection,)), True, "rejection", "Lumen Grid", (), closed_by="<r1@x>"
    )
    d = _thanked(SARAH, facts, START + timedelta(days=5), ENGLISH_PROFILE)
    assert ("and for your feedback" in d.body) is thanked_for_feedback
    assert "where I could help" not in d.body


def test_a_pair_programming_session_is_thanked_as_one() -> None:
    jonas = Address("jonas@zahlwerk.example", "Jonas Becker")
    invite = parsed(
        "Pair programming with Jonas Becker, Payouts team. You'll extend your solution together.",
        sender=jonas,
        to=ME,
        subject="Zahlwerk – Pair programming (Sam Roy)",
    )
    d = _thanked(jonas, _facts(invite), START + timedelta(days=1), ENGLISH_PROFILE)
    assert "pair programming session" in d.body.lower()


@pytest.mark.parametrize(
    ("promise", "what"),
    [
        (
            "I'd like to let both referees know first, so I will send you their names and "
            "contacts by Monday 30 March at the latest.",
            "their names and contacts",
        ),
        (
            "I will send you an anonymised version of the safety-stock model I built for our "
            "accessories category by Monday 13 April.",
            "an anonymised version of the safety-stock model I built for our accessories category",
        ),
    ],
)
def test_what_the_user_promised_is_named_not_left_as_a_slot(promise: str, what: str) -> None:
    from daemon.followups.own_promise import promised_thing

    assert promised_thing(promise) == what


def test_an_evening_greeting_is_written_again_as_the_days() -> None:
    gaye = Address("s.gaye@hemodialyse.example", "Sokhna Gaye")
    mine = parsed("Bonsoir Madame Gaye,\n\nJe vous envoie l'attestation vendredi.", to=gaye)
    fr = tongue("fr")
    assert fr is not None
    assert voice_in(fr, gaye, _facts(mine), [ME.email]).greeting == "Bonjour Madame Gaye,"


def test_the_users_formal_sign_off_to_others_in_the_thread_is_kept() -> None:
    pt = tongue("pt")
    goncalo = Address("goncalo@pirilampo.example", "Gonçalo Ferraz")
    recruiter = Address("rh@pirilampo.example", "Rita Lopes")
    mine = parsed(
        "Cara Rita,\n\nObrigada pela marcação.\n\nCom os melhores cumprimentos,\nSam",
        to=recruiter,
    )
    assert pt is not None
    voice = voice_in(pt, goncalo, _facts(mine), [ME.email])
    assert voice.sign_off == "Com os melhores cumprimentos,"
