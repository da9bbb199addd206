"""How a note opens, read from the thread as people write to each other (issue 13): the name a
person asks for, a formal greeting answered in kind, a surname written first in capitals, a
name known only from a signature, a given name that says Mr. or Ms., a colleague's "Olá
Vanessa" greeted back. Threads in words, parsed as mail; what bench/greetings_blind.py measures
on the blind corpus, here one rule at a time."""

from __future__ import annotations

import pytest

from daemon.drafting.given_names import gender_of, name_parts
from daemon.drafting.voice import voice_for
from daemon.drafting.words import tongue, voice_in
from daemon.model import Address, Thread, ThreadFacts
from tests.test_draft_languages import ME, USER, parsed


def opening(to: Address, *said: tuple[Address, str], lang: str = "en") -> str:
    """The greeting of a note to `to` after messages (sender, text), in order, a day apart."""
    messages = tuple(
        parsed(
            text,
            sender=sender,
            to=ME if sender != ME else to,
            mid=f"<g{n}@example.ca>",
            when=f"Tue, {10 + n} Mar 2026 10:00:00 -0400",
        )
        for n, (sender, text) in enumerate(said)
    )
    facts = ThreadFacts(Thread(messages[0].message_id, messages), True, "interview", None, ())
    t = tongue(lang)
    if t is None:
        return voice_for(to, facts, USER.emails).greeting
    return voice_in(t, to, facts, USER.emails).greeting


@pytest.mark.parametrize(
    ("given", "gender"),
    [("Michael", "m"), ("Petra", "f"), ("Élodie", "f"), ("Jean-Pierre", "m"), ("Ana Paula", "f")]
    + [("Andrea", None), ("Sascha", None), ("Kim", None), ("Zzyzx", None)],
)
def test_a_given_name_says_a_gender_only_when_nearly_all_who_bear_it_share_it(
    given: str, gender: str | None
) -> None:
    assert gender_of(given) == gender


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Konstantin von Arnim", ("Konstantin", "von Arnim")),
        ("Pieter van der Berg", ("Pieter", "van der Berg")),
        ("Ames, Katherine", ("Katherine", "Ames")),
        ("SATO Kenji", ("Kenji", "Sato")),
        ("Madonna", ("Madonna", None)),
    ],
)
def test_the_given_name_and_the_surname_of_a_display_name(
    name: str, parts: tuple[str, str | None]
) -> None:
    assert name_parts(name) == parts


SAM = Address("sreyes@cascadebio.example", "Samantha Reyes")
MORENO = Address("p.moreno@harbor.example", "Patricia Moreno")
TANAKA = Address("h.tanaka@kaisha.example", "TANAKA Hiroshi")
PRICE = Address("dprice@westfield.example")
KATE = Address("kames@acme.example", "Ames, Katherine")


def test_the_name_someone_asks_for_replaces_the_users_earlier_greeting() -> None:
    assert (
        opening(
            SAM,
            (ME, "Dear Dr. Reyes,\n\nThank you for the phone screen.\n\nSincerely,\nSam"),
            (SAM, "Hi Sam,\n\nPlease, call me Sam too; nobody here uses titles.\n\nSam"),
        )
        == "Hi Sam,"
    )


def test_a_formal_greeting_is_answered_in_kind() -> None:
    text = "Dear Mr. Roy,\n\nWe invite you to interview on Friday.\n\nRegards,\nPatricia Moreno"
    assert opening(MORENO, (MORENO, text)) == "Dear Ms. Moreno,"


def test_a_surname_in_capitals_written_first_is_the_surname() -> None:
    text = "Dear Mr. Roy,\n\nThank you for your time today.\n\nBest regards,\nHiroshi Tanaka"
    assert opening(TANAKA, (TANAKA, text)) == "Dear Mr. Tanaka,"


def test_a_name_known_only_from_the_signature() -> None:
    text = "Dear Sam,\n\nThanks for coming in.\n\nKind regards,\nDaniel Price\nOperations"
    assert opening(PRICE, (PRICE, text)) == "Dear Daniel,"


def test_the_short_name_signed_under_a_name_shown_surname_first() -> None:
    assert (
        opening(
            KATE,
            (KATE, "Hi Sam,\n\nCould you do Tuesday?\n\nBest,\nKate"),
            (ME, "Hi Kate,\n\nTuesday works.\n\nBest,\nSam"),
        )
        == "Hi Kate,"
    )


PATRICIA = Address("rs@hospital.example", "Recrutamento & Seleção")


def test_a_colleagues_first_name_greeting_is_given_back() -> None:
    text = "Olá Sam,\n\nGostaríamos de agendar sua entrevista.\n\nAtenciosamente,\nPatrícia Nunes"
    assert opening(PATRICIA, (PATRICIA, text), lang="pt") == "Olá, Patrícia,"


FREI = Address("jonas.frei@aurelis.example", "Frei Jonas")  # a directory's surname first
WYSS = Address("hans-peter.wyss@dreiland.example", "Wyss Hans-Peter")
TRUJILLO = Address("mike.trujillo@saguaro.example", "Mike Trujillo")
PRATES = Address("luisa.prates@mare.example", "Luísa Prates")


def test_a_surname_shown_first_by_a_directory_is_the_surname() -> None:
    text = "Dear Sam,\n\nYour day:\n\n13:30  1:1 with Dr. Jonas Frei, Head of Biophysics\n\nAnna"
    assert opening(FREI, (FREI, text)) == "Dear Dr. Frei,"
    invite = (
        "Sehr geehrter Herr Roy\n\nIm Auftrag von Dr. Hans-Peter Wyss sende ich Ihnen die "
        "Einladung.\n\nFreundliche Grüsse\nMonika Stöckli"
    )
    assert opening(WYSS, (WYSS, invite), lang="de") == "Sehr geehrter Herr Dr. Wyss,"


def test_a_rank_the_thread_gives_is_kept() -> None:
    text = "Sam, the panel is Capt. Mike Trujillo (Assistant Chief Pilot) and me.\n\nDana"
    assert opening(TRUJILLO, (TRUJILLO, text)) == "Dear Capt. Trujillo,"


def test_a_formal_portuguese_letter_opening_is_written_again() -> None:
    mine = "Exma. Senhora Dra. Luísa Prates,\n\nVenho por este meio apresentar a minha candidatura."
    assert opening(PRATES, (ME, mine), lang="pt") == "Exma. Senhora Dra. Luísa Prates,"
