"""What round 9's drafts (opened on 2026-12-07) taught: a day is written as the people the
draft answers write theirs, month first to a recruiter in Miami or Manila, day first to one in
London, whatever the user's own zone; the user's own promise names what was promised, in each
language. Through the public entry points."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from daemon.drafting.templates import dates_as, month_first_in, weekday_date
from daemon.drafting.words import Note, tongue
from daemon.followups.own_promise import promised_thing
from daemon.model import Address
from tests.test_draft_languages import ENGLISH_PROFILE, ME, START, _thanked, _thread, parsed


def _note(**said: Any) -> Note:
    """A note in no language, from the days and words a test gives (drafted on 12 March)."""
    base = Note("Hola,", "Saludos,", "Sam Roy", None, None, date(2026, 3, 17), date(2026, 4, 7))
    return replace(base, **{"today": date(2026, 3, 12), **said})


KEVIN = Address("kevin.brooks@verandahealth.example", "Kevin Brooks")
LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    ("theirs", "month_first"),
    [
        ("Thanks Sam. We will be in touch by Friday, March 20.", True),
        ("Thanks Sam. We will be in touch by Friday 20 March.", False),
        ("Thanks Sam, talk soon.", None),
        # the user's own day-first date, quoted below the reply, is not theirs
        (
            "Works for me, see you Mar 12.\n\nOn Tue, 10 Mar 2026, Sam wrote:\n"
            "> Thursday 12 March?",
            True,
        ),
    ],
)
def test_the_date_style_is_the_one_the_other_side_writes(
    theirs: str, month_first: bool | None
) -> None:
    messages = [
        parsed("Would Thursday 12 March suit you?", to=KEVIN),
        parsed(theirs, sender=KEVIN, to=ME, mid="<m2@example.ca>"),
    ]
    assert month_first_in(messages, frozenset({ME.email})) is month_first


def test_a_day_is_written_in_the_readers_style_whatever_the_users_zone() -> None:
    day = date(2026, 3, 25)
    with dates_as(True):
        assert weekday_date(day, LONDON) == "Wednesday, March 25"
    with dates_as(False):
        assert weekday_date(day, ZoneInfo("America/Toronto")) == "Wednesday 25 March"
    assert weekday_date(day, LONDON) == "Wednesday 25 March"  # outside a draft: the zone's


def test_a_thank_you_to_someone_who_writes_day_first_says_days_their_way() -> None:
    # the user is in Toronto (month first); the interviewer in London writes day first
    facts = _thread(
        parsed("Thank you, Thursday 12 March at 2pm suits me.", to=KEVIN, subject="Interview"),
        parsed(
            "Lovely, see you on Thursday 12 March at 14:00 UK time.",
            sender=KEVIN,
            to=ME,
            mid="<m2@example.ca>",
            subject="Re: Interview",
        ),
    )
    text = _thanked(KEVIN, facts, START + timedelta(days=3), ENGLISH_PROFILE).body
    assert "March 1" not in text and " March" in text


@pytest.mark.parametrize(
    ("code", "promise", "said"),
    [
        (
            "es",
            "Con gusto le envío la expectativa salarial y los datos de las dos referencias a más "
            "tardar el viernes 10 de abril.",
            "le prometí enviarle la expectativa salarial y los datos de las dos referencias",
        ),
        (
            "de",
            "Klar, mach ich – den Export und meine Gehaltsvorstellung schick ich dir bis Mittwoch.",
            "hatte ich Ihnen zugesagt, Ihnen den Export und meine Gehaltsvorstellung bis",
        ),
        (
            "pt",
            "Envio-lhe os três projetos de branding até sexta-feira.",
            "prometi enviar os três projetos de branding até",
        ),
        (
            "fr",
            "Je te prépare trois propositions avec le coût par bocal, tu les auras d'ici mercredi.",
            "de vous envoyer trois propositions avec le coût par bocal",
        ),
    ],
)
def test_an_own_promise_names_what_was_promised_in_each_language(
    code: str, promise: str, said: str
) -> None:
    t = tongue(code)
    assert t is not None
    note = _note(said=date(2026, 3, 6), by=date(2026, 3, 10), promise_text=promise)
    assert said in " ".join(t.bodies["own_promise"](note).split())


def test_their_in_an_english_promise_is_said_whose() -> None:
    promise = (
        "I'd like to give my references a heads-up first, so I will send you their names and "
        "contact details by Monday, 16 March."
    )
    assert promised_thing(promise) == "the names and contact details of my references"


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("es", "le envié mi candidatura al puesto de Científico de Datos."),
        ("fr", "je vous ai fait parvenir ma candidature au poste de Científico de Datos."),
        ("de", "Meine Bewerbung als Científico de Datos habe ich Ihnen am"),
    ],
)
def test_an_application_is_named_by_its_post_not_its_subject(code: str, said: str) -> None:
    t = tongue(code)
    assert t is not None
    note = _note(
        role="Científico de Datos",
        sent=date(2026, 3, 2),
        about="Postulación – Científico(a) de Datos (ref. CD-0412) – Sam Roy",
    )
    body = " ".join(t.bodies["application"](note).split())
    assert said in body and "CD-0412" not in body


def test_a_spanish_title_goes_before_the_surname_past_a_second_given_name() -> None:
    from daemon.drafting.words import voice_in
    from tests.test_draft_round8 import _facts

    jorge = Address("jorge.salazar@pradera.example", "Jorge Iván Salazar")
    es = tongue("es")
    assert es is not None
    theirs = parsed(
        "La invitamos a una entrevista con el Ing. Jorge Iván Salazar el martes 7 de abril.",
        sender=Address("sandra@pradera.example", "Sandra Gutiérrez"),
        to=ME,
        mid="<m2@example.ca>",
    )
    assert voice_in(es, jorge, _facts(theirs), [ME.email]).greeting == "Buen día, Ing. Salazar:"


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("fr", "Merci encore pour la mise en relation."),
        ("es", "Gracias de nuevo por ponerme en contacto."),
        ("de", "Nochmals vielen Dank für die Vermittlung."),
        ("pt", "Agradeço mais uma vez a indicação."),
    ],
)
def test_a_networking_touch_thanks_for_an_introduction_made_since(code: str, said: str) -> None:
    t = tongue(code)
    assert t is not None
    note = _note(met=date(2026, 2, 28), today=date(2026, 3, 16))
    assert said in t.bodies["networking"](replace(note, referral=True))
    assert said not in t.bodies["networking"](note)


def test_an_english_touch_thanks_for_the_contact_given_after_the_coffee() -> None:
    from daemon.followups import kind_of
    from daemon.followups.base import Writing
    from daemon.followups.networking import TouchFor
    from daemon.model import Followup, Meeting
    from tests.test_draft_languages import USER

    anton = Address("anton.v@gmail.com", "Anton Villareal")
    coffee = parsed("Coffee Saturday 28 February at 10am works!", to=anton, subject="Kumusta")
    since = parsed(
        "Anytime. I spoke to Wei Ling from the TA team at Lumina Remit. She should reach out to "
        "you soon. Keep me posted!",
        sender=anton,
        to=ME,
        mid="<m2@example.ca>",
        when="Mon, 2 Mar 2026 08:05:00 -0500",
        subject="Re: Kumusta",
    )
    facts = _thread(coffee, since)
    met = Meeting(facts.thread.id, START - timedelta(days=12), None, "done", (anton,), "text", "")
    payload = TouchFor(met, since.date, 0)
    f = Followup(
        "networking-x",
        "networking",
        facts.thread.id,
        anton,
        START,
        None,
        "due",
        "",
        payload=payload,
    )
    w = Writing(None, "Kumusta", USER, ENGLISH_PROFILE, ME.email, LONDON, START, facts=facts)
    assert "Thank you again for putting me in touch." in kind_of("networking").body(f, payload, w)
