"""Portuguese mail (Brazil and Portugal) read as English mail is: periods, deadlines, times,
promises (others' and the user's own, and one passed on), proposals and acceptances in words,
rejections, offers, out-of-office replies; and ordinary English and Spanish text that none of its
phrases match, since every language's phrases are matched against all mail."""

from __future__ import annotations

import re
import zoneinfo
from datetime import date, datetime, timedelta

import pytest

from daemon.infer import lang
from daemon.infer.annotate import Annotations, split_signature
from daemon.infer.autoreply import is_auto_reply
from daemon.infer.dates import find_times, find_windows
from daemon.infer.facts import infer_facts
from daemon.infer.lang import en, es, pt
from daemon.infer.people import Identity
from daemon.infer.promises import find_own_promises, find_promises
from daemon.model import Address, Message, Promise, Thread
from daemon.parse import new_text
from tests.test_lang_es_de import ENGLISH, WEIGHED

SP = zoneinfo.ZoneInfo("America/Sao_Paulo")
LIS = zoneinfo.ZoneInfo("Europe/Lisbon")
WED = date(2026, 4, 1)  # a Wednesday
T0 = datetime(2026, 4, 1, 9, 0, tzinfo=SP)
ME = Identity(frozenset({"ana@example.net"}))
ANA = Address("ana@example.net", "Ana Souza")
MARINA = Address("marina.lima@nortetech.example", "Marina Lima")
RUI = Address("rui.ferreira@atlantico.example", "Rui Ferreira")


def message(
    n: int, sender: Address, text: str, subject: str, hours: float = 0, **kw: object
) -> Message:
    fields: dict[str, object] = dict(
        account="a",
        folder="INBOX",
        ref=str(n),
        message_id=f"<m{n}@x>",
        subject=subject if n == 0 else "RE: " + subject,
        date=T0 + timedelta(hours=hours),
        sender=sender,
        to=(ANA,) if sender != ANA else (MARINA,),
        cc=(),
        text=text,
        in_reply_to=f"<m{n - 1}@x>" if n else None,
    )
    fields.update(kw)
    return Message(**fields)  # type: ignore[arg-type]


def thread(*messages: Message) -> Thread:
    return Thread(messages[0].message_id, messages)


def promises_of(sender: Address, text: str, tz: zoneinfo.ZoneInfo = SP) -> list[Promise]:
    t = thread(message(0, sender, text, "Processo seletivo"))
    return find_promises(t, Annotations(tz), ME, tz).promises


def own_promises(text: str) -> list[Promise]:
    t = thread(message(0, ANA, text, "Processo seletivo"))
    return find_own_promises(t, Annotations(SP), ME, SP).promises


def facts_of(*messages: Message, tz: zoneinfo.ZoneInfo = SP):  # type: ignore[no-untyped-def]
    [f] = infer_facts([thread(*messages)], ME, tz, T0 + timedelta(days=30))
    return f


# --- dates and times -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # WED is Wednesday 1 April 2026
        ("Te dou um retorno até sexta.", "2026-04-02", "2026-04-03"),
        ("Retorno até quarta-feira, dia 08/04.", "2026-04-02", "2026-04-08"),
        ("Vamos te retornar até o dia 10/04.", "2026-04-02", "2026-04-10"),
        ("Daremos uma resposta na próxima semana.", "2026-04-06", "2026-04-10"),
        ("Te aviso semana que vem.", "2026-04-06", "2026-04-10"),
        ("Te retorno no início da semana que vem.", "2026-04-06", "2026-04-08"),
        ("Te retorno no final da próxima semana.", "2026-04-09", "2026-04-10"),
        ("Você terá uma resposta em duas semanas.", "2026-04-02", "2026-04-15"),
        ("A decisão sai até o fim do mês.", "2026-04-30", "2026-04-30"),
        ("Devemos ter uma resposta no mês que vem.", "2026-05-01", "2026-05-31"),
        ("Entraremos em contacto nos próximos dias.", "2026-04-02", "2026-04-04"),
        ("Te aviso amanhã de manhã.", "2026-04-02", "2026-04-02"),
        ("Envie até 10 de abril.", "2026-04-02", "2026-04-10"),
    ],
)
def test_portuguese_windows(text: str, first: str, last: str) -> None:
    [w] = find_windows(text, WED, True)
    assert (w.first_day.isoformat(), w.last_day.isoformat()) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "Você passou para a segunda etapa do processo.",  # the second stage, not Monday
        "Esta é a quinta entrevista que faço.",
        "Segue a segunda via do boleto.",
        "Bom dia! Tenho uma pergunta.",
    ],
)
def test_portuguese_ordinals_are_not_days(text: str) -> None:
    assert find_windows(text, WED, True) == []
    assert find_times(f"{text} Às 15h.", T0, SP, True) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Pode ser terça às 15h?", "2026-04-07T15:00", None),
        ("Fechado, terça às 15h30.", "2026-04-07T15:30", None),
        ("Pode ser na quinta das 14h às 15h?", "2026-04-02T14:00", "15:00"),
        (
            "Entrevista na segunda-feira, 6 de abril, de 14:00 às 15:00.",
            "2026-04-06T14:00",
            "15:00",
        ),
        ("Segunda-feira, 6 de abril, pelas 10h.", "2026-04-06T10:00", None),
        ("qua., 8 de abr. de 2026 às 10h", "2026-04-08T10:00", None),
        ("Te ligo na sexta, entre 14h e 15h.", "2026-04-03T14:00", None),
    ],
)
def test_portuguese_times(text: str, start: str, end: str | None) -> None:
    [t] = find_times(text, T0, SP, True)
    assert t.start.strftime("%Y-%m-%dT%H:%M") == start
    assert (t.end.strftime("%H:%M") if t.end else None) == end


def test_two_times_joined_by_e_are_two_times() -> None:
    times = find_times("Pode ser na sexta às 10:00 e às 15:00?", T0, SP, True)
    assert [(t.start.hour, t.end) for t in times] == [(10, None), (15, None)]
    assert find_times("The 16h flight to Lisbon", T0, SP) == []


# --- promises ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "last_day"),
    [
        ("Te dou um retorno até sexta.", "2026-04-03"),
        ("Vamos te dar um retorno até quarta-feira, dia 08/04.", "2026-04-08"),
        ("Retornamos até sexta com uma posição.", "2026-04-03"),
        ("A decisão deverá sair até o fim do mês.", "2026-04-30"),
        ("Seu retorno até quarta-feira, dia 08/04, é importante.", None),  # theirs, not news
        ("Te retorno na semana que vem com uma posição.", "2026-04-10"),
        ("Entraremos em contato até o fim do mês.", "2026-04-30"),
        ("A Renata vai te retornar até sexta.", "2026-04-03"),
        ("Você terá um retorno nosso na próxima semana.", "2026-04-10"),
        ("Dar-lhe-emos uma resposta até ao dia 10 de abril.", "2026-04-10"),
        ("Vamos analisar o seu teste e esperamos dar um retorno em duas semanas.", "2026-04-15"),
        ("Fico de te passar o feedback do time até sexta.", "2026-04-03"),
    ],
)
def test_portuguese_promises(sentence: str, last_day: str | None) -> None:
    found = promises_of(MARINA, f"Oi Ana, tudo bem?\n\n{sentence}\n\nAbraços,\nMarina")
    assert [p.last_day for p in found] == ([last_day] if last_day else [])


def test_a_promise_passed_on_is_the_writers() -> None:
    text = (
        "Oi Ana,\n\nA Renata me pediu pra te avisar que ela te dá uma posição até "
        "quarta-feira, dia 08/04.\n\nAtt.,\nMarina"
    )
    [p] = promises_of(MARINA, text)
    assert (p.made_by, p.last_day) == (MARINA, "2026-04-08")


@pytest.mark.parametrize(
    "sentence",
    [
        "Te escrevo para confirmar sua entrevista na quinta às 10h.",
        "Te aviso que a entrevista será na quinta.",  # news given, not promised
        "Você pode me enviar seu currículo até sexta?",  # a question
        "Por favor, me envie seu portfólio até sexta.",  # an ask of the user
        "Me manda seu portfólio até sexta, por favor.",
        "Te ligo na quinta às 10h.",  # an appointment
        "Caso não receba nenhum retorno até sexta, considere que não seguiremos.",
        "Você passou para a segunda etapa; vamos marcar a entrevista.",
    ],
)
def test_portuguese_not_promises(sentence: str) -> None:
    assert promises_of(MARINA, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "last_day"),
    [
        ("Te envio o portfólio até sexta.", "2026-04-03"),
        ("Vou te mandar as referências até segunda-feira, 6 de abril.", "2026-04-06"),
        ("Te dou um retorno até quarta-feira, dia 08/04.", "2026-04-08"),
    ],
)
def test_the_users_own_promises_in_portuguese(sentence: str, last_day: str) -> None:
    [p] = own_promises(f"Oi Marina,\n\n{sentence}\n\nAbraços,\nAna")
    assert (p.made_to, p.last_day) == (MARINA, last_day)


def test_the_user_sending_now_is_no_promise() -> None:
    assert own_promises("Oi Marina,\n\nTe envio em anexo meu currículo.\n\nAbraços,\nAna") == []


# --- meetings ------------------------------------------------------------------------------------
def test_a_time_proposed_and_accepted_in_words_is_a_meeting() -> None:
    subject = "Vaga: Analista de Dados"
    f = facts_of(
        message(
            0,
            MARINA,
            "Oi Ana, tudo bem? Obrigada pela sua candidatura no nosso processo seletivo! "
            "Podemos marcar uma call? Pode ser terça às 15h?",
            subject,
        ),
        message(1, ANA, "Oi Marina! Fechado, terça às 15h.", subject, 2),
    )
    [m] = f.meetings
    assert (m.start, m.status) == (datetime(2026, 4, 7, 15, tzinfo=SP), "done")
    assert f.job_related


@pytest.mark.parametrize("yes", ["Combinado, terça às 15h!", "Beleza, topo terça às 15h."])
def test_other_ways_to_say_yes(yes: str) -> None:
    subject = "Bate-papo sobre a vaga"
    ask = "Obrigada pela sua candidatura! Que tal um bate-papo? Pode ser terça às 15h?"
    f = facts_of(
        message(0, MARINA, ask, subject),
        message(1, ANA, yes, subject, 2),
    )
    assert [(m.start, m.status) for m in f.meetings] == [
        (datetime(2026, 4, 7, 15, tzinfo=SP), "done")
    ]


def test_a_meeting_cancelled_in_portuguese_is_not_done() -> None:
    subject = "Entrevista – Analista de Dados"
    f = facts_of(
        message(0, MARINA, "Podemos agendar a entrevista na quinta, 2 de abril, às 10h?", subject),
        message(1, ANA, "Claro, quinta às 10h fica ótimo.", subject, 1),
        message(2, MARINA, "Desculpe, precisamos cancelar a entrevista de quinta.", subject, 5),
    )
    assert [m.status for m in f.meetings] == ["cancelled"]


# --- decisions -----------------------------------------------------------------------------------
def test_a_rejection_in_portuguese() -> None:
    f = facts_of(
        message(
            0,
            MARINA,
            "Olá Ana,\n\nAgradecemos sua participação no processo seletivo. Infelizmente "
            "seguimos com outro candidato para a vaga.\n\nAtenciosamente,\nMarina",
            "Processo seletivo – Analista de Dados",
        )
    )
    assert f.job_related
    assert lang.pattern("rejections").search(
        "Infelizmente seguimos com outro candidato para a vaga."
    )


def test_an_offer_in_portuguese() -> None:
    text = "Temos o prazer de oferecer a você a posição de Analista de Dados."
    assert lang.pattern("offers").search(text)
    f = facts_of(message(0, MARINA, f"Olá Ana,\n\n{text}\n\nAbraços,\nMarina", "Proposta"))
    assert f.job_related


def test_a_portuguese_out_of_office_names_the_day_back() -> None:
    msg = message(
        0,
        RUI,
        "Olá,\n\nEstou de férias até 10 de abril, com acesso limitado ao e-mail.\n\n"
        "Com os melhores cumprimentos,\nRui Ferreira",
        "Resposta automática: Candidatura",
        automated=True,
    )
    assert is_auto_reply(msg)


# --- what each field reads ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("thanks", "Muito obrigada pelo seu tempo."),
        ("thanks", "Agradeço a oportunidade."),
        ("job_words", "Recebemos a sua candidatura."),
        ("job_words", "Você está no nosso processo seletivo."),
        ("job_words", "Segue meu currículo."),
        ("weak_job_words", "Sobre a vaga de analista"),
        ("recruiting_titles", "Analista de Recrutamento | Atração de Talentos"),
        ("hr_titles", "Gerente de RH"),
        ("career_talk", "Estou em transição de carreira."),
        ("career_talk", "Obrigada pelas dicas de como a Onda contrata."),
        ("weak_job_words", "tem umas vagas aqui na Onda que podem ser a tua cara"),
        ("career_talk", "Se abrir algo no time do Miguel passo teu nome na hora."),
        ("introductions", "Te apresento a Renata, que lidera o time de dados."),
        ("social_meetings", "Vamos tomar um café?"),
        ("meeting_nouns", "Que tal um bate-papo?"),
        ("proposal_cues", "Podemos marcar uma call?"),
        ("proposal_cues", "Pode ser terça às 15h?"),
        ("proposal_cues", "Você teria disponibilidade na quinta?"),
        ("accept_cues", "Fechado, terça às 15h."),
        ("accept_cues", "Combinado!"),
        ("accept_cues", "Beleza, topo."),
        ("confirm_cues", "A entrevista está confirmada."),
        ("decline_cues", "Na quinta não consigo, tenho outro compromisso."),
        ("cancel_cues", "Precisamos cancelar a reunião."),
        ("move_cues", "Podemos remarcar a entrevista?"),
        ("missed_cues", "Desculpe, não consegui entrar na chamada."),
        ("passive_news", "Te dou um retorno até sexta."),
        ("passive_news", "Dar-lhe-emos uma resposta até sexta."),
        ("passive_news", "Entraremos em contacto consigo."),
        ("asks_of_you", "Por favor, me envie o portfólio."),
        ("no_news_means_no", "Caso não receba retorno em duas semanas, considere encerrado."),
        ("rejections", "Infelizmente seguimos com outro candidato."),
        ("rejections", "Decidimos seguir com outros candidatos."),
        ("offers", "Temos o prazer de oferecer a vaga."),
        ("to_a_candidate", "Obrigada pela sua candidatura."),
        ("errands", "Sua fatura deste mês está disponível."),
        ("out_of_office", "Estou de férias até dia 10."),
        ("out_of_office", "Encontro-me em férias."),
    ],
)
def test_fields_read_portuguese(field: lang.PhraseField, text: str) -> None:
    assert lang.pattern(field).search(text), (field, text)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (
            "Fechado, até lá.\n\nEm qua., 1 de abr. de 2026 às 10:15, Marina <m@x.example> "
            "escreveu:\n> Pode ser terça?",
            "Fechado, até lá.",
        ),
        (
            "Obrigada.\n\nDe: Marina Lima <m@x.example>\nEnviado em: quarta-feira, 1 de abril de "
            "2026 10:15\nPara: Ana\nAssunto: Entrevista",
            "Obrigada.",
        ),
    ],
)
def test_quoted_replies_are_cut(body: str, kept: str) -> None:
    assert new_text(body) == kept


@pytest.mark.parametrize(
    "sign_off", ["Att.", "Atenciosamente,", "Abraços,", "Com os melhores cumprimentos,", "Abs"]
)
def test_sign_offs(sign_off: str) -> None:
    body, signature = split_signature(f"Oi,\n\nNos vemos na terça.\n\n{sign_off}\nMarina Lima")
    assert body.endswith(sign_off) and signature == "Marina Lima"


# --- and never in English or Spanish -------------------------------------------------------------
SPANISH = [
    "Hola Ana, gracias por tu postulación a la vacante de analista.",
    "¿Te queda bien el jueves 5 de marzo a las 16:00 hrs?",
    "Lamentablemente, decidimos continuar con otros candidatos.",
    "Te confirmo a más tardar el viernes; una vaga idea del proceso.",
    "Nos vemos el martes para un café con la reclutadora.",
    "Saludos cordiales, y que tengas un buen fin de semana.",
]


def _new_phrases(field: str) -> tuple[str, ...]:
    others = set(getattr(en.WORDS, field)) | set(getattr(es.WORDS, field))
    return tuple(p for p in getattr(pt.WORDS, field) if p not in others)


@pytest.mark.parametrize("field", WEIGHED)
def test_no_portuguese_phrase_matches_plain_english_or_spanish(field: str) -> None:
    phrases = _new_phrases(field)
    if not phrases:
        return
    rx = lang.compile_phrases(phrases)
    if field == "deadline_words":  # read only before a day
        rx = re.compile(rf"(?:{rx.pattern})\s+(?:Monday|Friday|viernes|lunes|\d)", re.I)
    hits = [(s, m.group(0)) for s in ENGLISH if (m := rx.search(s))]
    # a Spanish word read the same way in Spanish ("confirmo") is no mistake
    spanish = lang.compile_phrases(getattr(es.WORDS, field))
    hits += [
        (s, m.group(0))
        for s in SPANISH
        if (m := rx.search(s)) and not any(x.span() == m.span() for x in spanish.finditer(s))
    ]
    assert hits == []


def test_no_portuguese_period_matches_plain_english() -> None:
    for phrase, _ in pt.WORDS.periods:
        rx = lang.compile_phrases((phrase,))
        assert [s for s in ENGLISH if rx.search(s)] == [], phrase


def test_portuguese_days_stay_out_of_english() -> None:
    assert find_windows("Sex and the City; Dom Perignon; set the qua", WED) == []
