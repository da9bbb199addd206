"""Drafts in Portuguese, as tests/test_draft_languages.py has them for Spanish: a Portuguese
thread (from Brazil or from Portugal) now gets a Portuguese draft, thank-yous and callbacks
written end to end through compose, every other kind and every kind of meeting in words that
read right in both countries (no pronoun for the reader, nothing that agrees with the user's
gender, none of the words the two say differently), greetings, sign-offs and dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from daemon.drafting.language import looks_like, thread_language
from daemon.drafting.words import Note, familiar_with, tongue
from daemon.model import Address, Message, Thread, ThreadFacts
from tests.test_draft_languages import (
    ENGLISH_PROFILE,
    ME,
    START,
    TZ,
    USER,
    _callback,
    _codes,
    _compose,
    _thanked,
    _thread,
    _written,
    parsed,
)

ANA = Address("ana.reyes@solvo.example", "Ana Paula Reyes")
RUI = Address("rui.costa@lusamar.example", "Rui Costa")
KINDS = ("thank_you", "callback", "application", "networking", "ask_for_address", "own_promise")
OCCASIONS = (
    "interview",
    "screen",
    "panel",
    "visit",
    "group",
    "informational",
    "introduction",
    "adviser",
)

# Brazil: "você", "te" with it, "processo seletivo"
BRAZIL_INVITE = (
    "Olá Sam, tudo bem?\n\nA Sra. Reyes gostaria de conversar com você na quinta-feira às 14h "
    "no nosso escritório, sobre a vaga de Gerente de Experiência do Cliente. Te envio o endereço "
    "por aqui. Pode ser nesse horário?\n\nAtenciosamente,\nAna Paula"
)
# Portugal: no pronoun, "Com os melhores cumprimentos"
PORTUGAL_INVITE = (
    "Bom dia Sam,\n\nNa sequência da sua candidatura, gostaríamos de o convidar para uma "
    "entrevista na quinta-feira às 14h, nas nossas instalações em Lisboa. Agradeço que confirme a "
    "disponibilidade até amanhã.\n\nCom os melhores cumprimentos,\nRui Costa"
)


def _ana_invite(text: str = BRAZIL_INVITE) -> Message:
    return parsed(text, sender=ANA, to=ME, mid="<p1@solvo.example>", subject="Entrevista")


# --- which language --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [BRAZIL_INVITE, PORTUGAL_INVITE], ids=["br", "pt"])
def test_a_portuguese_thread_is_portuguese_and_now_written_in_it(text: str) -> None:
    facts = ThreadFacts(Thread("<p1@x>", (_ana_invite(text),)), True, "interview", None, ())
    assert thread_language(facts, USER.emails) == "pt"
    t = tongue("pt")
    assert t is not None and t.name == "Portuguese"


def test_a_profile_line_in_portuguese_is_used_only_in_a_portuguese_note() -> None:
    assert looks_like("Concluí um curso de automação de testes no mês passado.", "pt")
    assert not looks_like("I recently finished a certificate in test automation.", "pt")


@pytest.mark.parametrize(
    ("day", "said"),
    [
        (date(2026, 3, 12), "quinta-feira, 12 de março"),
        (date(2026, 3, 14), "sábado, 14 de março"),
        (date(2026, 3, 16), "segunda-feira, 16 de março"),
        (date(2026, 2, 1), "domingo, 1 de fevereiro"),
    ],
)
def test_dates_are_written_in_portuguese(day: date, said: str) -> None:
    t = tongue("pt")
    assert t is not None and t.weekday_date(day) == said


# --- drafts end to end -----------------------------------------------------------------------


def test_a_portuguese_thank_you_and_callback_end_to_end() -> None:
    invite = _ana_invite()
    facts = _thread(invite, company="Solvo")
    d = _thanked(ANA, facts, datetime(2026, 3, 16, 9, 0, tzinfo=TZ), ENGLISH_PROFILE)
    # she signs "Ana Paula"; "Sra. Reyes" says she is a woman: the formal greeting with it
    assert d.body.startswith("Prezada Ana Paula,\n\nLamento a demora desta mensagem. Agradeço")
    assert "quinta-feira, 12 de março" in d.body
    assert "Para acompanhar o processo, volto a escrever na segunda-feira, 23 de março." in d.body
    assert "\n\nAtenciosamente,\nSam Roy\n+1 514 555 0187\nsam.roy@example.ca\n" in d.body
    assert "Six years" not in d.body and "[add:" not in d.body  # English reasons left out
    assert not _codes(d) & {
        "spelling",
        "hard_to_read",
        "greeting_name",
        "greeting_missing",
        "unfilled_slot",
        "thread_language",
        "too_short",
        "too_long",
        "register",
    }

    f = _callback(ANA, invite, "te dou um retorno na sexta")
    d = _compose(f, facts, datetime(2026, 3, 18, 9, 0, tzinfo=TZ), ENGLISH_PROFILE)
    assert d.body.startswith("Prezada Ana Paula,\n\nEspero que esteja tudo bem.")
    assert "mencionou que haveria notícias até sexta-feira, 13 de março." in d.body
    assert "Volto a escrever na quarta-feira, 25 de março." in d.body
    assert d.body.rstrip().endswith("sam.roy@example.ca")
    assert not _codes(d) & {"spelling", "too_short", "too_long", "thread_language", "register"}


def test_a_thread_from_portugal_keeps_the_users_own_greeting_and_sign_off() -> None:
    invite = parsed(PORTUGAL_INVITE, sender=RUI, to=ME, mid="<p2@lusamar.example>")
    reply = parsed(
        "Bom dia Rui,\n\nConfirmo a minha presença na quinta-feira às 14h. Até lá, fico à "
        "disposição para o que for necessário.\n\nCom os melhores cumprimentos,\nSam Roy",
        to=RUI,
        mid="<p3@example.ca>",
        when="Tue, 10 Mar 2026 12:00:00 -0400",
    )
    facts = _thread(invite, reply, company="Lusamar")
    d = _thanked(RUI, facts, datetime(2026, 3, 13, 9, 0, tzinfo=TZ), ENGLISH_PROFILE)
    assert d.body.startswith("Bom dia, Rui,\n\n")  # as the user greets him
    assert "Agradeço o tempo que dedicou à nossa conversa de ontem" in d.body  # his turn
    assert "\n\nCom os melhores cumprimentos,\nSam Roy\n" in d.body
    assert not _codes(d) & {"greeting_name", "greeting_missing", "thread_language", "register"}


def test_a_portuguese_thread_with_no_title_is_greeted_with_ola() -> None:
    invite = _ana_invite(BRAZIL_INVITE.replace("A Sra. Reyes gostaria", "Gostaríamos"))
    d = _thanked(ANA, _thread(invite, company="Solvo"), START.replace(day=13), ENGLISH_PROFILE)
    assert d.body.startswith("Olá, Ana Paula,\n\n")
    assert "\n\nAtenciosamente,\n" in d.body


def test_a_casual_oi_the_user_wrote_is_made_ola() -> None:
    invite = _ana_invite()
    mine = parsed(
        "Oi Ana Paula,\n\nQuinta-feira às 14h está perfeito para mim. Até lá!\n\nSam",
        to=ANA,
        mid="<p4@example.ca>",
        when="Tue, 10 Mar 2026 12:00:00 -0400",
    )
    d = _thanked(ANA, _thread(invite, mine), START.replace(day=13), ENGLISH_PROFILE)
    assert d.body.startswith("Olá, Ana Paula,\n\n")


def test_a_portuguese_subject_when_the_thread_has_none_to_answer() -> None:
    invite = _ana_invite()
    d = _thanked(ANA, _thread(invite, company="Solvo"), START.replace(day=13), ENGLISH_PROFILE)
    assert d.subject.startswith("Re: ")  # the thread's subject is answered
    t = tongue("pt")
    assert t is not None
    from daemon.drafting.naming import _built_subject

    assert _built_subject("thank_you", None, "Solvo", "pt") == "Agradecimento – Solvo"
    assert _built_subject("callback", "Analista", None, "pt") == "Acompanhamento – Analista"


# --- the familiar form -----------------------------------------------------------------------


def test_a_friend_the_user_says_tu_to_gets_tu() -> None:
    mine = parsed(
        "Olá Rui,\n\nTens tempo esta semana para um café? Gostava de saber como estás e de "
        "ouvir a tua opinião sobre o mercado. Também queria saber o que achas da vaga que "
        "já está aberta na Lusamar.\n\nAbraço,\nSam",
        to=RUI,
        mid="<p5@example.ca>",
    )
    facts = _thread(mine, company="Lusamar")
    t = tongue("pt")
    assert t is not None and familiar_with(t, RUI, facts, USER.emails)
    f = _callback(RUI, mine, "dou-te notícias na sexta")
    d = _compose(f, facts, datetime(2026, 3, 18, 9, 0, tzinfo=TZ), ENGLISH_PROFILE)
    assert d.body.startswith("Olá, Rui,\n\n")
    assert "mencionaste que haveria notícias até sexta-feira, 13 de março." in d.body
    assert "\n\nAbraço,\nSam Roy\n" in d.body  # the sign-off the user uses with him
    assert "register" not in _codes(d)


def test_voce_and_te_from_brazil_are_not_the_familiar_form() -> None:
    t = tongue("pt")
    assert t is not None
    facts = _thread(_ana_invite())  # "com você", "Te envio o endereço"
    assert not familiar_with(t, ANA, facts, USER.emails)
    assert not t.familiar.search("Vou te mandar o teste da área de TI amanhã.")
    assert t.familiar.search("Podes enviar-me o teu CV?")


def test_a_familiar_note_with_no_sign_off_of_the_users_says_um_abraco() -> None:
    mine = parsed(
        "Olá Rui,\n\nTens tempo esta semana para um café? Gostava de ouvir a tua opinião sobre "
        "o mercado em Lisboa. Também queria saber o que achas da vaga que já está aberta na "
        "Lusamar.\n\nSam",
        to=RUI,
        mid="<p6@example.ca>",
    )
    facts = _thread(mine, company="Lusamar")
    f = _callback(RUI, mine, "dou-te notícias na sexta")
    d = _compose(f, facts, datetime(2026, 3, 18, 9, 0, tzinfo=TZ), ENGLISH_PROFILE)
    assert "\n\nUm abraço,\nSam Roy\n" in d.body


# --- every kind and every meeting, in words for both countries -------------------------------


def _note(**changes: object) -> Note:
    note = Note(
        "Olá, Ana,",
        "Atenciosamente,",
        "Sam Roy\n+1 514 555 0187",
        "Solvo",
        "Analista de Dados",
        date(2026, 3, 20),
        date(2026, 4, 20),
        met=date(2026, 3, 12),
        today=date(2026, 3, 13),
        promised=date(2026, 3, 13),
        sent=date(2026, 3, 2),
        about="Analista de Dados",
        said=date(2026, 3, 10),
        by=date(2026, 3, 16),
        names=("Rui Costa",),
    )
    return replace(note, **changes)  # type: ignore[arg-type]


def _all_notes() -> list[tuple[str, str]]:
    t = tongue("pt")
    assert t is not None
    found = []
    for familiar in (False, True):
        for kind in KINDS:
            found.append((kind, t.bodies[kind](_note(familiar=familiar))))
        for occasion in OCCASIONS:
            for turn in range(3):
                for rejected in (False, True):
                    n = _note(
                        occasion=occasion,
                        turn=turn,
                        familiar=familiar,
                        rejected=rejected,
                        promised=None,
                        introducer="Marta Lima",
                    )
                    found.append((f"thank_you/{occasion}", t.bodies["thank_you"](n)))
    return found


# the speaker's gender ("obrigado/a", "interessado/a", "grato/a"), the reader's pronoun, and
# the words Brazil and Portugal say or spell differently
_NOT_SAID = (
    "obrigad",
    "interessad",
    "grat",
    "você",
    "senhor",
    "consigo",
    "equipe",
    "equipa",
    "contato",
    "contacto",
    "perspectiva",
    "perspetiva",
    "partilh",
    "compartilh",
    "entretanto",
    "ndo ",  # a gerund: "estou trabalhando"
    "-lhe",
    "-me",
    "-te",
    "ótim",
    "óptim",
    "[add:",
)


@pytest.mark.parametrize(("kind", "body"), _all_notes())
def test_every_note_reads_right_in_brazil_and_in_portugal(kind: str, body: str) -> None:
    lower = body.lower()
    said = [w for w in _NOT_SAID if w in lower]
    assert not said, f"{kind}: {said}"
    assert body.startswith("Olá, Ana,\n\n") and "\n\nAtenciosamente,\nSam Roy" in body


def test_every_kind_of_meeting_has_its_own_opening() -> None:
    t = tongue("pt")
    assert t is not None
    openings = {
        t.bodies["thank_you"](_note(occasion=o, promised=None)).split("\n\n")[1] for o in OCCASIONS
    }
    assert len(openings) == len(OCCASIONS)


def test_the_familiar_form_says_tu_and_the_formal_one_the_third_person() -> None:
    t = tongue("pt")
    assert t is not None
    formal = t.bodies["thank_you"](_note(occasion="adviser"))
    familiar = t.bodies["thank_you"](_note(occasion="adviser", familiar=True))
    assert "o tempo que reservou ontem" in formal and "as suas sugestões" in formal
    assert "o tempo que reservaste ontem" in familiar and "as tuas sugestões" in familiar
    assert "seu" not in familiar and "sua" not in familiar


def test_a_thank_you_built_as_domain_md_says() -> None:
    t = tongue("pt")
    assert t is not None
    reasons = ("Seis anos de análise de preços", "Um curso de SQL concluído", "Boa escrita", "x")
    body = t.bodies["thank_you"](_note(reasons=reasons, promised=None))
    assert "- Seis anos de análise de preços\n- Um curso de SQL concluído\n- Boa escrita\n" in body
    assert "- x" not in body  # three reasons at most
    assert "volto a escrever na sexta-feira, 20 de março." in body  # when they will hear again
    assert "Mais uma vez, agradeço o seu tempo e a sua atenção." in body


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ({"promised": date(2026, 3, 19)}, "Como mencionou, aguardo notícias até quinta-feira, 19"),
        ({"promised": None, "take_home": True}, "Vou trabalhar no exercício"),
        ({"promised": None, "referral": True}, "disponibilidade para me recomendar"),
        (
            {"promised": None, "late": True, "met": date(2026, 3, 9)},
            "Lamento a demora desta mensagem. Agradeço muito a conversa de segunda-feira, 9 de "
            "março, sobre o cargo de Analista de Dados na Solvo.",
        ),
        (
            {"promised": None, "rejected": True},
            "Agradeço também por me ter comunicado a decisão.",
        ),
        (
            {"promised": None, "rejected": True, "told": False},
            "gostaria que a minha candidatura fosse considerada para outras oportunidades na "
            "Solvo no futuro.",
        ),
        ({"promised": None, "company": "Banco Aurora"}, "Analista de Dados no Banco Aurora."),
        ({"promised": None, "today": date(2026, 3, 12)}, "Agradeço muito a conversa de hoje"),
    ],
)
def test_what_happened_since_the_meeting_is_said(changes: dict[str, object], said: str) -> None:
    t = tongue("pt")
    assert t is not None
    assert said in t.bodies["thank_you"](_note(**changes))


def test_an_application_follow_up() -> None:
    t = tongue("pt")
    assert t is not None
    body = t.bodies["application"](_note(update="Concluí um curso de automação de testes."))
    # the post it is for, where the thread names one, not the subject of the mail
    assert (
        "Na segunda-feira, 2 de março, enviei a minha candidatura ao cargo de Analista de Dados."
        in body
    )
    assert "algo que vale a pena acrescentar: Concluí um curso" in body
    assert "Volto a escrever na sexta-feira, 20 de março" in body


def test_asking_for_the_addresses_of_the_people_met() -> None:
    t = tongue("pt")
    assert t is not None
    one = t.bodies["ask_for_address"](_note())
    two = t.bodies["ask_for_address"](_note(names=("Rui Costa", "Inês Faria")))
    assert "a Rui Costa, mas não tenho o endereço de e-mail. Poderia indicar esse endereço" in one
    assert "a Rui Costa e Inês Faria, mas não tenho os endereços de e-mail" in two


def test_an_own_promise_and_a_networking_touch() -> None:
    text = _written("pt", "own_promise", said=date(2026, 3, 10), by=date(2026, 3, 16))
    assert "prometi fazer o envio até segunda-feira, 16 de março." in text
    assert "Lamento o atraso: segue nos próximos dias." in text and "[add:" not in text
    text = _written("pt", "networking", met=date(2026, 3, 3))
    assert "Tenho pensado na nossa conversa de terça-feira, 3 de março;" in text
    assert "muito útil" in text and "em troca" not in text
    assert "por volta de segunda-feira, 20 de abril." in text


def test_the_portuguese_lint_knows_its_greetings_and_closings() -> None:
    from daemon.drafting.lint import _CLOSING, _GREETING

    for greeting in ("Olá, Ana,", "Prezada Ana Paula,", "Bom dia, Rui,", "Caro Rui,"):
        assert _GREETING.match(greeting)
    for closing in ("Atenciosamente,", "Com os melhores cumprimentos,", "Um abraço,"):
        assert _CLOSING.match(closing)


def test_a_portuguese_reply_above_an_english_original_is_portuguese() -> None:
    text = (
        "Olá Dana,\n\nMuito obrigado pelo contacto. Estou disponível na quinta-feira às 14h para "
        "a entrevista, se for possível para vocês também.\n\nCom os melhores cumprimentos,\nSam"
        "\n\n-----Mensagem original-----\nHi Sam, thank you for your interest in the role. Would "
        "Thursday work for an interview with the team? We are looking forward to it. Best, Dana"
        "\n\nEsta mensagem é confidencial e destina-se apenas ao seu destinatário. If you have "
        "received this email in error, please delete it and let us know."
    )
    facts = ThreadFacts(Thread("<m1@example.ca>", (parsed(text),)), True, "interview", None, ())
    assert thread_language(facts, USER.emails) == "pt"


def test_a_doctor_in_the_thread_is_greeted_with_prezada() -> None:
    invite = _ana_invite(BRAZIL_INVITE.replace("A Sra. Reyes gostaria", "A Dra. Reyes gostaria"))
    d = _thanked(ANA, _thread(invite, company="Solvo"), START.replace(day=13), ENGLISH_PROFILE)
    assert d.body.startswith("Prezada Ana Paula,\n\n")


def test_a_meeting_the_thread_says_is_in_english_is_thanked_in_english() -> None:
    invite = _ana_invite(
        BRAZIL_INVITE.replace(
            "Pode ser nesse horário?", "A conversa com a Ana Paula será em inglês."
        )
    )
    d = _thanked(ANA, _thread(invite, company="Solvo"), START.replace(day=13), ENGLISH_PROFILE)
    assert d.body.startswith("Dear ")
