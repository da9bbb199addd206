"""Portuguese drafts, written to read right in Brazil and in Portugal alike.

The rule: no pronoun for the reader. "você" is casual in Portugal and "o senhor"/"a senhora" stiff
in Brazil, so the notes use the third person of the verb without a subject ("como mencionou",
"Espero que esteja tudo bem") and "seu"/"sua", which both read as polite. No clitic pronoun
stands where Brazil and Portugal put it differently ("envio-lhe" and "lhe envio"): a sentence is
built without one, or with one after "que", "por" or "para", where both put it first. Nothing
the user says of themself agrees with their gender ("continuo com muito interesse", never
"obrigado"/"obrigada" or "interessado"): we do not know it. Words the two spell or say
differently are left out ("equipe"/"equipa", "contato"/"contacto", "perspectiva"/"perspetiva",
"compartilhar"/"partilhar", "entretanto", the gerund and "a" with the infinitive).

Greeting: "Prezada Ana Paula," when the thread gives her title ("Sra. Reyes", "Dra. Reyes"),
else "Olá, Ana Paula,"; the title itself is not written (no `professional` greeting: Spanish
greets by the first of two surnames, Portuguese names put the one people go by last).
Sign-off: always "Atenciosamente,", which reads as a professional close in both countries; a
user who signs "Com os melhores cumprimentos," or "Cumprimentos," to that person in the thread
keeps their own (daemon/drafting/words/__init__.py). To someone the user says "tu" to ("tu",
"teu", "estás"; not "te", which Brazil says with "você"), the notes say "tu" too, with "Um
abraço,".

A company takes "na" ("na Solvo": a empresa) unless its name starts with a word that is
masculine ("no Banco Aurora", "no Grupo Lusa"); a brand that is masculine by usage alone ("o
Itaú") is not known.

Example::

    >>> weekday_date(date(2026, 3, 12)), weekday_date(date(2026, 3, 14))
    ('quinta-feira, 12 de março', 'sábado, 14 de março')
    >>> _in("Solvo"), _in("Banco Aurora")
    ('na Solvo', 'no Banco Aurora')
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from daemon.drafting.words import (
    GREETED,
    Gender,
    Note,
    Tongue,
    letter,
    listing,
    reasons_list,
    said_day,
)

_WEEKDAYS = (
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
    "domingo",
)
_MONTHS = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)
# a company whose name starts with one of these is "o": "no Banco Aurora", "do Grupo Lusa"
_MASCULINE_HEADS = frozenset(
    re.findall(
        r"\w+",
        "banco grupo instituto hospital centro laboratório escritório colégio supermercado "
        "hipermercado hotel museu ministério departamento serviço conselho tribunal clube "
        "sindicato estúdio ateliê atelier consórcio fundo observatório jornal canal portal "
        "município governo teatro restaurante café",
    )
)


def weekday_date(day: date) -> str:
    """'quinta-feira, 12 de março'."""
    return f"{_WEEKDAYS[day.weekday()]}, {day.day} de {_MONTHS[day.month - 1]}"


def _on(day: date) -> str:
    """'na quinta-feira, 12 de março', 'no sábado, 14 de março': at a clause's end, where the
    date's own comma needs no partner."""
    return ("no " if day.weekday() >= 5 else "na ") + weekday_date(day)


def _when(n: Note) -> str:
    """The meeting's day at a clause's end: 'hoje', 'ontem', 'na quinta-feira, 12 de março'."""
    return said_day(n, "hoje", "ontem", _on)


def _of_day(n: Note, more: bool = False) -> str:
    """'de hoje', 'de ontem', 'de quinta-feira, 12 de março' after a noun ('a conversa de
    hoje'); with `more` to follow, a date is closed by a comma ('de quinta-feira, 12 de março,
    sobre o cargo')."""
    said = said_day(n, "de hoje", "de ontem", lambda d: "de " + weekday_date(d))
    return said + "," if more and said not in ("de hoje", "de ontem") else said


def _is_masculine(company: str) -> bool:
    head = company.split()[0].lower() if company.split() else ""
    return head in _MASCULINE_HEADS


def _in(company: str) -> str:
    """'na Solvo', 'no Banco Aurora'."""
    return ("no " if _is_masculine(company) else "na ") + company


def _role(n: Note) -> str:
    """'cargo de Analista de Dados', with no article: the sentence gives it ('o', 'no', 'do')."""
    return f"cargo de {n.role}" if n.role else "cargo"


def _at(n: Note) -> str:
    return " " + _in(n.company) if n.company else ""


def _applied(n: Note) -> str:
    """The application, by the post it is for where the thread names one, else its subject."""
    return f"a minha candidatura ao {_role(n)}" if n.role else f"a minha candidatura (“{n.about}”)"


def _say(n: Note, formal: str, familiar: str) -> str:
    """The words for the reader as the note addresses them: the third person, or "tu"."""
    return familiar if n.familiar else formal


def _familiar_opening(n: Note) -> str:
    """The opening to someone the user says "tu" to, for the meetings whose opening speaks of
    them; the others say nothing of the reader and are the same words as the formal ones."""
    when, at = _when(n), _at(n)
    ways = {
        "panel": f"Agradeço a participação na minha entrevista {_of_day(n, True)} para o "
        f"{_role(n)}{at}. Gostei muito das tuas perguntas e do que contaste sobre o dia a dia "
        "da área.",
        "informational": f"Agradeço o tempo que reservaste para conversarmos {when}. Foi muito "
        "generoso da tua parte falar com tanta abertura da tua experiência e da tua visão do "
        "setor.",
        "introduction": f"Agradeço o tempo que reservaste para conversarmos {when}. Gostei "
        f"muito de conhecer melhor o teu trabalho{at} e a tua carreira."
        + (f" Agradeço também a {n.introducer} por nos ter apresentado." if n.introducer else ""),
        "adviser": f"Agradeço o tempo que reservaste {when} e a atenção que deste aos meus "
        "planos. O teu ponto de vista foi muito valioso.",
    }
    return ways.get(n.occasion) or _opening(replace(n, familiar=False, turn=0))


def _opening(n: Note) -> str:
    if n.familiar:
        return _familiar_opening(n)
    when, role, at = _when(n), _role(n), _at(n)
    ways: dict[str, tuple[str, ...]] = {
        "interview": (
            f"Agradeço muito a conversa {_of_day(n, True)} sobre o {role}{at}. Gostei de "
            "conhecer melhor o trabalho da área e de falar sobre como poderia contribuir.",
            f"Agradeço o tempo que dedicou à nossa conversa {_of_day(n, True)} sobre o "
            f"{role}{at}. Saí da entrevista com uma ideia muito mais clara do trabalho e do que "
            "poderia trazer para a função.",
        ),
        "screen": (
            f"Agradeço a conversa {_of_day(n, True)} sobre o {role}{at}. Foi muito útil "
            "entender o lugar do cargo na organização e as próximas etapas do processo.",
        ),
        "panel": (
            f"Agradeço a participação na minha entrevista {_of_day(n, True)} para o {role}{at}. "
            "Gostei muito das suas perguntas e do que contou sobre o dia a dia da área.",
            f"Agradeço o tempo dedicado à entrevista {_of_day(n)}. Com as suas perguntas, "
            f"ficou mais claro o que exige o {role}{at}, e gostei muito da conversa.",
            f"Queria agradecer a participação na entrevista {_of_day(n)}. Ao ouvir como "
            f"trabalha com os colegas, consegui imaginar o {role}{at} na prática.",
        ),
        "visit": (
            f"Agradeço muito a oportunidade da visita {_of_day(n)}. Ver o trabalho no dia a "
            "dia e conhecer as pessoas da área permitiu ter uma ideia muito mais clara do "
            f"{role}{at}.",
            f"Agradeço o tempo que dedicou à minha visita {_of_day(n)}. A nossa conversa foi "
            f"um dos melhores momentos do dia e ajudou a imaginar muito bem o {role}{at}.",
        ),
        "group": (
            f"Agradeço a oportunidade de estar presente na sessão {_of_day(n)}. Gostei das "
            "atividades do dia e de ver como a área trabalha, e o meu interesse pelo "
            f"{role}{at} saiu reforçado.",
        ),
        "informational": (
            f"Agradeço o tempo que reservou para conversarmos {when}. Foi muito generoso da sua "
            "parte falar com tanta abertura da sua experiência e da sua visão do setor.",
        ),
        "introduction": (
            f"Agradeço o tempo que reservou para conversarmos {when}. Gostei muito de conhecer "
            f"melhor o seu trabalho{at} e a sua carreira."
            + (
                f" Agradeço também a {n.introducer} por nos ter apresentado."
                if n.introducer
                else ""
            ),
        ),
        "adviser": (
            f"Agradeço o tempo que reservou {when} e a atenção que deu aos meus planos. O seu "
            "ponto de vista foi muito valioso.",
        ),
    }
    options = ways.get(n.occasion, ways["interview"])
    return options[n.turn % len(options)]


def _reasons(n: Note) -> str:
    leads = (
        "Depois da nossa conversa, acredito que poderia contribuir com o seguinte:",
        "Agora que conheço melhor as necessidades da função, destaco o que poderia trazer:",
        "Três pontos que poderia trazer para a área, a partir da nossa conversa:",
    )
    return reasons_list(n, leads, "O que poderia trazer para a área, a partir da nossa conversa:")


def _referral(n: Note) -> str:
    return f"Agradeço também {_say(n, 'a', 'a tua')} disponibilidade para me recomendar."


def _interview_close(n: Note) -> str:
    # the opening named the role and the company: not said again
    interest = (
        "Continuo com muito interesse no cargo.",
        "Gostaria muito de avançar para a próxima etapa.",
        "Seria um prazer fazer parte deste trabalho.",
    )[n.turn % 3]
    if n.promised is not None:
        step = (
            f"Como {_say(n, 'mencionou', 'mencionaste')}, aguardo notícias até "
            f"{weekday_date(n.promised)}."
        )
    elif n.take_home:
        step = "Vou trabalhar no exercício, que seguirá dentro do prazo combinado."
    else:
        step = f"Para acompanhar o processo, volto a escrever {_on(n.check_in)}."
    if n.referral:
        step = _referral(n) + " " + step
    thanks = _say(n, "o seu tempo e a sua atenção", "o teu tempo")
    return f"{interest} {step} Mais uma vez, agradeço {thanks}."


def thank_you(n: Note) -> str:
    """A thank-you after a meeting, in Portuguese."""
    opening = _opening(n)
    your = _say(n, "o seu", "o teu")
    if n.late:
        opening = "Lamento a demora desta mensagem. " + opening
    parts = [opening]
    if n.rejected:
        parts.append(
            (
                f"Agradeço também por me {_say(n, 'ter', 'teres')} comunicado a decisão. "
                if n.told
                else ""
            )
            + "Foi um prazer conhecer melhor a empresa, e gostaria que a minha "
            f"candidatura fosse considerada para outras oportunidades{_at(n)} no futuro."
        )
        parts.append(f"Espero que possamos voltar a falar. Mais uma vez, agradeço {your} tempo.")
    elif n.occasion in ("interview", "screen", "panel", "visit", "group"):
        parts += ([_reasons(n)] if n.reasons else []) + [_interview_close(n)]
    else:
        # as the English note: true of any good conversation, no profile update
        more = " " + _referral(n) if n.referral else ""
        if n.occasion == "adviser":
            parts.append(
                f"Vou seguir {_say(n, 'as suas', 'as tuas')} sugestões e depois darei notícias "
                f"sobre os resultados.{more}"
            )
        else:
            # the opening thanked them for speaking openly: not said twice
            parts.append(f"Saí da nossa conversa com várias ideias para amadurecer.{more}")
        parts.append(
            "Espero que possamos voltar a falar, e darei notícias sobre os próximos passos. "
            f"Mais uma vez, agradeço {your} tempo."
        )
    return letter(n, *parts)


def callback(n: Note) -> str:
    """A follow-up after the day news was promised by, in Portuguese."""
    assert n.promised is not None
    update = n.update or ""
    return letter(
        n,
        "Espero que esteja tudo bem.",
        f"Na nossa última conversa, {_say(n, 'mencionou', 'mencionaste')} que haveria notícias "
        f"até {weekday_date(n.promised)}. Gostaria de saber como está o processo, pois continuo "
        f"com muito interesse no {_role(n)}{_at(n)}.",
        (f"Desde a nossa conversa, uma novidade da minha parte: {update}" if update else ""),
        f"Volto a escrever {_on(n.check_in)}. Deixo abaixo o meu telefone e o meu e-mail.",
    )


def application(n: Note) -> str:
    """A follow-up to an application no one answered, in Portuguese."""
    assert n.sent is not None
    update = n.update or ""
    sent = _on(n.sent)
    return letter(
        n,
        "Espero que esteja tudo bem.",
        f"{sent[:1].upper()}{sent[1:]}, enviei {_applied(n)}. Queria "
        f"confirmar que chegou bem e reforçar o meu interesse nesta oportunidade{_at(n)}.",
        (f"Desde então, algo que vale a pena acrescentar: {update}" if update else ""),
        f"Se {_say(n, 'precisar', 'precisares')} de mais alguma informação, basta dizer. Volto a "
        f"escrever {_on(n.check_in)}; deixo abaixo o meu telefone e o meu e-mail.",
    )


def networking(n: Note) -> str:
    """A networking contact's next touch, in Portuguese."""
    assert n.met is not None
    update = n.update or ""
    return letter(
        n,
        "Espero que esteja tudo bem.",
        f"Tenho pensado na nossa conversa de {weekday_date(n.met)}"
        + (
            f", e queria contar como as coisas avançaram desde então: {update}"
            if update
            # no news of the user's own to give: what the conversation gave, and no "in return"
            else f"; o que {_say(n, 'contou', 'contaste')} foi muito útil para organizar os meus "
            "próximos passos."
        )
        + (" Agradeço mais uma vez a indicação." if n.referral else ""),
        f"Se eu puder ajudar em alguma coisa, {_say(n, 'conte', 'conta')} comigo. Volto a "
        f"escrever daqui a algumas semanas, por volta de {weekday_date(n.later)}.",
    )


def ask_for_address(n: Note) -> str:
    """Asking the person who arranged a meeting for the addresses of the people met."""
    several = len(n.names) > 1
    your = _say(n, "a sua", "a tua")
    which = "esses endereços" if several else "esse endereço"
    return letter(
        n,
        f"Agradeço a organização da reunião {_of_day(n)}: tudo correu muito bem, e {your} "
        "ajuda foi preciosa.",
        f"Gostaria de enviar uma breve mensagem de agradecimento a {listing(n.names, 'e')}, mas "
        f"não tenho {'os endereços de e-mail' if several else 'o endereço de e-mail'}. "
        f"{_say(n, 'Poderia', 'Poderias')} indicar {which} ou, se "
        f"{_say(n, 'preferir', 'preferires')}, "
        "transmitir o meu agradecimento?",
        f"Mais uma vez, agradeço {your} ajuda ao longo de todo o processo.",
    )


# what the user promised to send, as they wrote it: "envio-lhe os três projetos de branding
# até sexta-feira"
_PROMISED = re.compile(
    r"\b(?:envio|enviarei|mando|mandarei|encaminho|encaminharei|partilho|compartilho)"
    r"(?:-lhe|-te|-vos)?\s+(?P<what>(?:o|a|os|as|meu|minha|meus|minhas|dois|duas|três)\s"
    r"[^.;:!?()\n]{2,90}?)(?=\s+(?:até|antes d[oa]|amanhã|hoje|na próxima|nesta semana|esta "
    r"semana)\b|\s*[.;:!?()\n]|\s*$)",
    re.IGNORECASE,
)


def own_promise(n: Note) -> str:
    """The user's own promise, said again with where it stands, in Portuguese: what was
    promised when the promise names it ("os três projetos de branding"); the draft cannot
    attach it, so it says it is coming (as the English note does)."""
    assert n.said is not None and n.by is not None
    late = n.today is not None and n.today > n.by
    found = _PROMISED.search(n.promise_text)
    sent = f"enviar {found.group('what').strip()}" if found else "fazer o envio"
    return letter(
        n,
        "Espero que esteja tudo bem.",
        f"Na minha mensagem de {weekday_date(n.said)}, prometi {sent} até "
        f"{weekday_date(n.by)}. "
        + (
            "Lamento o atraso: segue nos próximos dias." if late else "Não esqueci: segue em breve."
        ),
        f"Agradeço {_say(n, 'a sua', 'a tua')} paciência."
        if late
        else _say(n, "Fico à disposição para o que for preciso.", "Até breve."),
    )


def _greet(g: Gender | None, first: str | None, last: str | None) -> str:
    if not first:
        return "Olá, [add: their name],"
    if g is not None:
        return f"{'Prezada' if g == 'f' else 'Prezado'} {first},"
    return f"Olá, {first},"


def _reuse(word: str, name: str) -> str:
    """The greeting the user wrote, written again: a greeting word takes a comma before the name
    ("Olá, Ana,", "Bom dia, Ana,"), a form of address does not ("Prezada Ana,", "Cara Ana,");
    "Oi" is made "Olá": a note is never casual."""
    if word.lower() in ("oi", "olá", "ola"):
        word = "Olá"
    if word.lower().startswith("exm"):  # "Exma. Senhora", as the user wrote it
        word = " ".join(w[:1].upper() + w[1:] for w in word.split())
    if word.lower() in ("olá", "bom dia", "boa tarde", "boa noite"):
        return f"{word}, {name},"
    return f"{word} {name},"


TONGUE = Tongue(
    code="pt",
    name="Portuguese",
    weekday_date=weekday_date,
    bodies={
        "thank_you": thank_you,
        "callback": callback,
        "application": application,
        "networking": networking,
        "ask_for_address": ask_for_address,
        "own_promise": own_promise,
    },
    opening=re.compile(
        r"^\s*(olá|ola|oi|prezad[oa]|car[oa]|estimad[oa]|bom dia|boa tarde|boa noite"
        # "Exma. Senhora Dra. Luísa Prates,", as Portugal writes a first letter
        r"|exm[oa]\.?(?:\s+(?:senhora?|sr\.?|sra\.?))?)(?!\w)[\s,]*" + GREETED,
        re.IGNORECASE,
    ),
    sign_offs=re.compile(
        r"^\s*(atenciosamente|cordialmente|(?:com os )?(?:melhores |meus )?cumprimentos|"
        r"saudações|(?:muito )?obrigad[oa]|(?:um )?abraço|abraços|(?:um )?grande abraço)"
        r"\s*[,.!]?\s*$",
        re.IGNORECASE,
    ),
    greet=_greet,
    sign_off_for=lambda greeting: "Atenciosamente,",
    titles={
        "f": ("sra\\.?", "senhora", "dona", "dra\\.?", "doutora", "eng\\.?ª", "a engenheira"),
        "m": ("sr\\.?", "senhor", "dr\\.?", "doutor", "o engenheiro"),
    },
    roles={
        "f": re.compile(
            r"\b(?:diretora|coordenadora|recrutadora|advogada|engenheira|sócia|fundadora|"
            r"consultora|psicóloga|supervisora|enfermeira|professora|encarregada)\b",
            re.IGNORECASE,
        ),
        "m": re.compile(
            r"\b(?:diretor|coordenador|recrutador|advogado|engenheiro|sócio|fundador|"
            r"consultor|psicólogo|supervisor|enfermeiro|professor|encarregado)\b",
            re.IGNORECASE,
        ),
    },
    # Portugal's "tu", and the South of Brazil's; never "te", which "você" says too ("te envio"),
    # nor "ti" ("para ti"), which is also IT ("a área de TI")
    familiar=re.compile(
        r"\b(tu|contigo|teus?|tuas?|estás|podes|queres|tens|sabes|achas|disseste|"
        r"escreveste|enviaste|mandaste|pediste|perguntaste|contaste|falaste|mencionaste)\b",
        re.IGNORECASE,
    ),
    formal=re.compile(r"\b(você|o senhor|a senhora)\b", re.IGNORECASE),
    familiar_word="tu",
    familiar_kinds=frozenset(
        {"thank_you", "callback", "application", "networking", "ask_for_address", "own_promise"}
    ),
    formal_word="você",
    reuse=_reuse,
    hello="Olá",
    familiar_sign_off="Um abraço,",
    by_title=re.compile(
        r"(?:prezad[oa]|exm[oa]\.?|car[oa])\s+(?:senhora?|sra?\.|doutora?)\s*,", re.IGNORECASE
    ),
    casual=frozenset({"olá", "ola", "oi"}),
    casual_word="Olá",
    to_team="Bom dia,",
)
