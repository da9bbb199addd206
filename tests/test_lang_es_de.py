"""Spanish and German mail read as English mail is: periods, deadlines, times, promises,
proposals, acceptances, cancellations, thanks; and ordinary English text that none of their
phrases match, since every language's phrases are matched against all mail."""

from __future__ import annotations

import re
import zoneinfo
from datetime import date, datetime, timedelta

import pytest

from daemon.infer import lang
from daemon.infer.annotate import Annotations, split_signature
from daemon.infer.dates import find_times, find_windows
from daemon.infer.facts import infer_facts
from daemon.infer.lang import de, en, es
from daemon.infer.people import Identity
from daemon.infer.promises import find_promises
from daemon.model import Address, Message, Promise, Thread
from daemon.parse import new_text

MX = zoneinfo.ZoneInfo("America/Mexico_City")
BER = zoneinfo.ZoneInfo("Europe/Berlin")
TUE = date(2026, 3, 3)  # a Tuesday
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=MX)  # a Monday
ME = Identity(frozenset({"ana@example.net"}))
ANA = Address("ana@example.net", "Ana Torres")
LUCIA = Address("lucia.mendez@grupo-norte.example", "Lucía Méndez")
JONAS = Address("jonas.weber@nordlicht.example", "Jonas Weber")


def message(n: int, sender: Address, text: str, subject: str, hours: float = 0) -> Message:
    return Message(
        account="a",
        folder="INBOX",
        ref=str(n),
        message_id=f"<m{n}@x>",
        subject=subject if n == 0 else "RE: " + subject,
        date=T0 + timedelta(hours=hours),
        sender=sender,
        to=(ANA,) if sender != ANA else (LUCIA,),
        cc=(),
        text=text,
        in_reply_to=f"<m{n - 1}@x>" if n else None,
    )


def thread(*messages: Message) -> Thread:
    return Thread(messages[0].message_id, messages)


def promises_of(sender: Address, sentence: str, tz: zoneinfo.ZoneInfo = MX) -> list[Promise]:
    t = thread(message(0, sender, sentence, "Proceso de selección"))
    return find_promises(t, Annotations(tz), ME, tz).promises


def facts_of(*messages: Message, tz: zoneinfo.ZoneInfo = MX):  # type: ignore[no-untyped-def]
    [f] = infer_facts([thread(*messages)], ME, tz, T0 + timedelta(days=30))
    return f


# --- Spanish -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # TUE is Tuesday 3 March 2026
        ("Te confirmo a más tardar el viernes.", "2026-03-04", "2026-03-06"),
        ("Te aviso la próxima semana cómo sigue el proceso.", "2026-03-09", "2026-03-13"),
        ("Te damos respuesta a finales de la próxima semana.", "2026-03-12", "2026-03-13"),
        ("Les escribiremos a principios de la próxima semana.", "2026-03-09", "2026-03-11"),
        ("Te contactaremos en las próximas dos semanas.", "2026-03-04", "2026-03-17"),
        ("Tendrás noticias dentro de quince días.", "2026-03-04", "2026-03-17"),
        ("Te escribo durante esta semana.", "2026-03-03", "2026-03-06"),
        ("Te confirmo a finales de mes.", "2026-03-31", "2026-03-31"),
        ("Te aviso mañana por la mañana.", "2026-03-04", "2026-03-04"),
        ("Envíamelo antes del viernes 6 de marzo.", "2026-03-04", "2026-03-06"),
        ("La decisión se tomará el próximo mes.", "2026-04-01", "2026-04-30"),
    ],
)
def test_spanish_windows(text: str, first: str, last: str) -> None:
    [w] = find_windows(text, TUE)
    assert (w.first_day.isoformat(), w.last_day.isoformat()) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "Nos vemos el viernes por la mañana.",  # the morning, not tomorrow
        "Esta mañana platiqué con el equipo.",
        "Buen fin de semana.",  # the weekend, not this week
    ],
)
def test_spanish_words_that_are_not_windows(text: str) -> None:
    assert find_windows(text, TUE) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Nos vemos el jueves 12 de marzo a las 16:00 hrs.", "2026-03-12T16:00"),
        ("¿Te late el viernes 13 de marzo a las 10:00?", "2026-03-13T10:00"),
        ("La entrevista es el mié, 11 mar 2026 a las 4 pm.", "2026-03-11T16:00"),
        ("Te propongo el martes 10 de marzo, 9:30 a. m.", "2026-03-10T09:30"),
    ],
)
def test_spanish_times(text: str, start: str) -> None:
    [t] = find_times(text, T0, MX)
    assert t.start.strftime("%Y-%m-%dT%H:%M") == start


@pytest.mark.parametrize(
    ("sentence", "last_day"),
    [
        ("Te aviso a más tardar el viernes cómo seguimos.", "2026-03-06"),
        ("Te confirmo la próxima semana si pasas a la siguiente etapa.", "2026-03-13"),
        ("Le daremos una respuesta a más tardar el viernes 13 de marzo.", "2026-03-13"),
        ("Te estaremos contactando la próxima semana con la decisión.", "2026-03-13"),
        ("Nos pondremos en contacto contigo en las próximas dos semanas.", "2026-03-16"),
        ("Andrés te da respuesta a más tardar el miércoles 11 de marzo.", "2026-03-11"),
        ("Te marco el jueves y te cuento cómo nos fue.", "2026-03-05"),
        ("Te comparto la retroalimentación del equipo el viernes.", "2026-03-06"),
        (
            "Vamos a revisar tu prueba y esperamos darte una respuesta a finales de mes.",
            "2026-03-31",
        ),
    ],
)
def test_spanish_promises(sentence: str, last_day: str) -> None:
    [p] = promises_of(LUCIA, f"Hola Ana:\n\n{sentence}\n\nSaludos,\nLucía")
    assert p.last_day == last_day


@pytest.mark.parametrize(
    "sentence",
    [
        "Te escribo para confirmar tu entrevista del jueves 12 de marzo a las 10:00.",
        "Te aviso que la entrevista será el jueves.",  # news given, not promised
        "¿Me puedes enviar tu CV a más tardar el viernes?",  # a question
        "Por favor envíame tu portafolio antes del viernes.",  # an ask of the user
        "Te marco el jueves a las 10:00.",  # an appointment
        "Te comparto mi CV actualizado antes del viernes.",  # sent, not news promised
    ],
)
def test_spanish_not_promises(sentence: str) -> None:
    assert promises_of(LUCIA, sentence) == []


def test_a_time_proposed_and_accepted_in_spanish_is_a_meeting() -> None:
    subject = "Vacante: Analista de Datos"
    f = facts_of(
        message(
            0,
            LUCIA,
            "Hola Ana, gracias por tu postulación. ¿Te late una llamada de 30 minutos? "
            "¿Te queda bien el jueves 5 de marzo a las 16:00 hrs?",
            subject,
        ),
        message(
            1, ANA, "¡Hola Lucía! El jueves 5 de marzo a las 16:00 me queda perfecto.", subject, 2
        ),
    )
    [m] = f.meetings
    assert (m.start, m.status) == (datetime(2026, 3, 5, 16, tzinfo=MX), "done")
    assert f.job_related


def test_a_meeting_cancelled_in_spanish_is_not_done() -> None:
    subject = "Entrevista – Analista de Datos"
    f = facts_of(
        message(
            0, LUCIA, "¿Podemos agendar la entrevista el jueves 5 de marzo a las 10:00?", subject
        ),
        message(1, ANA, "Claro, el jueves 5 de marzo a las 10:00 me queda bien.", subject, 1),
        message(2, LUCIA, "Lo siento, tenemos que cancelar la entrevista del jueves.", subject, 30),
    )
    assert [m.status for m in f.meetings] == ["cancelled"]


# --- German --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Ich melde mich bis Ende nächster Woche.", "2026-03-12", "2026-03-13"),
        ("Wir geben Ihnen Anfang nächster Woche Bescheid.", "2026-03-09", "2026-03-11"),
        ("Sie hören in den nächsten zwei Wochen von uns.", "2026-03-04", "2026-03-17"),
        ("Du bekommst nächste Woche eine Rückmeldung.", "2026-03-09", "2026-03-13"),
        ("Eine Entscheidung fällt übernächste Woche.", "2026-03-16", "2026-03-20"),
        ("Rückmeldung bis spätestens Freitag, 6. März.", "2026-03-04", "2026-03-06"),
        ("Wir melden uns zeitnah.", "2026-03-04", "2026-03-06"),
        ("Ich rufe dich morgen an.", "2026-03-04", "2026-03-04"),
        ("Die Entscheidung fällt bis Ende des Monats.", "2026-03-31", "2026-03-31"),
        ("Du hörst spätestens am Freitag von mir.", "2026-03-04", "2026-03-06"),
    ],
)
def test_german_windows(text: str, first: str, last: str) -> None:
    [w] = find_windows(text, TUE)
    assert (w.first_day.isoformat(), w.last_day.isoformat()) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "Guten Morgen, Jonas!",  # the greeting, not tomorrow
        "Freitag morgen passt mir gut.",
        "Can we meet at 10 am Friday?",  # English "am" is not German "am"
        "I am 43 and started on 12 March.",
    ],
)
def test_german_words_that_are_not_windows(text: str) -> None:
    assert not [w for w in find_windows(text, TUE) if re.match(r"(?i)am\b|morgen", w.text)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Das Gespräch ist am Donnerstag, 12. März, um 16 Uhr.", "2026-03-12T16:00"),
        ("Passt Ihnen Freitag, 13. März um 10:00 Uhr?", "2026-03-13T10:00"),
        ("Wie wäre es mit Mittwoch, 11.03.2026, 14:30 Uhr?", "2026-03-11T14:30"),
    ],
)
def test_german_times(text: str, start: str) -> None:
    [t] = find_times(text, T0, BER)
    assert t.start.strftime("%Y-%m-%dT%H:%M") == start


@pytest.mark.parametrize(
    ("sentence", "last_day"),
    [
        ("Ich bespreche mich mit dem Team und melde mich bis Ende nächster Woche.", "2026-03-13"),
        ("Wir werden uns bis Freitag bei Ihnen melden.", "2026-03-06"),
        ("Sie erhalten bis Ende nächster Woche eine Rückmeldung von uns.", "2026-03-13"),
        ("Wir kommen in den nächsten zwei Wochen auf Sie zurück.", "2026-03-16"),
        ("Ich gebe dir Anfang nächster Woche Bescheid.", "2026-03-11"),
        ("Herr Wolf lässt ausrichten, dass er sich bis Freitag bei Ihnen meldet.", "2026-03-06"),
        ("Du hörst spätestens am Donnerstag von mir.", "2026-03-05"),
    ],
)
def test_german_promises(sentence: str, last_day: str) -> None:
    [p] = promises_of(JONAS, f"Hallo Ana,\n\n{sentence}\n\nViele Grüße\nJonas", BER)
    assert p.last_day == last_day


@pytest.mark.parametrize(
    "sentence",
    [
        "Bitte schicken Sie mir Ihre Unterlagen bis Freitag.",  # an ask of the user
        "Können Sie mir bis Freitag Bescheid geben?",  # a question
        "Ich rufe Sie am Donnerstag um 10 Uhr an.",  # an appointment
        "Sollten Sie bis Freitag nichts von uns hören, ist die Stelle vergeben.",
    ],
)
def test_german_not_promises(sentence: str) -> None:
    assert promises_of(JONAS, sentence, BER) == []


def test_a_time_proposed_and_accepted_in_german_is_a_meeting() -> None:
    subject = "Ihre Bewerbung als Data Analyst (m/w/d)"
    f = facts_of(
        message(
            0,
            JONAS,
            "vielen Dank für Ihre Bewerbung. Hätten Sie Zeit für ein erstes Kennenlernen "
            "(45 Minuten)? Passt Ihnen Donnerstag, 5. März, um 16:00 Uhr?",
            subject,
        ),
        message(1, ANA, "Donnerstag, 5. März, um 16:00 Uhr passt mir sehr gut.", subject, 2),
        tz=BER,
    )
    [m] = f.meetings
    assert (m.start, m.status) == (datetime(2026, 3, 5, 16, tzinfo=BER), "done")
    assert f.job_related


def test_a_meeting_called_off_in_german_is_not_done() -> None:
    subject = "Vorstellungsgespräch Data Analyst"
    f = facts_of(
        message(0, JONAS, "Wie wäre es mit Dienstag, 10. März, um 14 Uhr?", subject),
        message(1, ANA, "Dienstag, 10. März, um 14 Uhr passt mir gut.", subject, 1),
        message(2, JONAS, "Leider müssen wir das Gespräch am Dienstag absagen.", subject, 30),
        tz=BER,
    )
    assert [m.status for m in f.meetings] == ["cancelled"]


# --- what each field reads, in both languages ---------------------------------------------------
@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("thanks", "Muchas gracias por tu tiempo."),
        ("thanks", "Te agradezco mucho la oportunidad."),
        ("job_words", "Recibimos tu postulación a la vacante."),
        ("job_words", "Tengo una entrevista con la reclutadora."),
        ("job_words", "Adjunto mi hoja de vida."),
        ("weak_job_words", "Te comparto los siguientes pasos."),
        ("recruiting_titles", "Reclutadora | Atracción de Talento"),
        ("hr_titles", "Gerente de Recursos Humanos"),
        ("career_talk", "Estoy empezando a mirar opciones fuera de la agencia."),
        ("introductions", "Te presento a Marta, que lidera el equipo de datos."),
        ("social_meetings", "¿Vamos por un café?"),
        ("meeting_nouns", "¿Podemos platicar por videollamada?"),
        ("proposal_cues", "¿Te late el jueves?"),
        ("proposal_cues", "¿Cuándo te acomoda?"),
        ("proposal_cues", "¿Tienes disponibilidad el martes?"),
        ("accept_cues", "El jueves me queda perfecto."),
        ("accept_cues", "De acuerdo, nos vemos el martes."),
        ("confirm_cues", "Te confirmo la entrevista para el jueves."),
        ("confirm_cues", "La llamada quedó agendada."),
        ("decline_cues", "El jueves no puedo, tengo otro compromiso."),
        ("cancel_cues", "Tenemos que cancelar la llamada."),
        ("move_cues", "¿Podemos reprogramar la entrevista?"),
        ("missed_cues", "Disculpa, no pude conectarme a la llamada."),
        ("not_joining", "Yo no estaré en la llamada."),
        ("joining", "Yo te marco a tu celular."),
        ("participants_before", "Tendrás una entrevista con Marta Ríos"),
        ("passive_news", "Te aviso el viernes."),
        ("passive_news", "Nos pondremos en contacto contigo."),
        ("asks_of_you", "Favor de enviar tu CV."),
        ("no_news_means_no", "Si no has recibido noticias en dos semanas, no continúas."),
        ("rejections", "Lamentablemente, decidimos continuar con otros candidatos."),
        ("offers", "Nos complace ofrecerte el puesto."),
        ("to_a_candidate", "Gracias por tu postulación."),
        ("errands", "Tu factura de este mes ya está disponible."),
        ("thanks", "Vielen Dank für das Gespräch."),
        ("job_words", "Senior Backend Engineer (m/w/d)"),
        ("job_words", "Einladung zum Vorstellungsgespräch"),
        ("weak_job_words", "Wir möchten unser Team verstärken."),
        ("career_talk", "Ich bin bei meiner Recherche auf Ihr Profil gestoßen."),
        ("introductions", "Ich möchte euch gern miteinander bekannt machen."),
        ("meeting_nouns", "Hast du Lust auf ein erstes Kennenlernen?"),
        ("proposal_cues", "Hätten Sie nächste Woche Zeit für ein Telefonat?"),
        ("proposal_cues", "Folgende Termine kann ich anbieten:"),
        ("accept_cues", "Super, dann Donnerstag um 16 Uhr!"),
        ("accept_cues", "Alles klar, bis dann."),
        ("confirm_cues", "Das Gespräch findet auf Englisch statt."),
        ("decline_cues", "Am Montag kann ich leider nicht."),
        ("cancel_cues", "Der Termin am Freitag fällt leider aus."),
        ("move_cues", "Können wir das Gespräch verschieben?"),
        ("not_joining", "Ich selbst bin nicht dabei."),
        ("participants_before", "Ihre Gesprächspartner sind:"),
        ("passive_news", "Du hörst spätestens am Freitag von mir."),
        ("no_news_means_no", "Sollten Sie bis Freitag nichts von uns hören, ..."),
        ("rejections", "Wir haben uns für eine andere Kandidatin entschieden."),
        ("rejections", "Wir wünschen Ihnen für Ihren weiteren Berufsweg alles Gute."),
        ("offers", "Wir möchten Ihnen die Stelle anbieten."),
        ("hiring_side", "Den Lebenslauf findest du im Bewerbermanagement."),
        ("errands", "Ihre Bestellung wurde versandt."),
    ],
)
def test_fields_read_spanish_and_german(field: lang.PhraseField, text: str) -> None:
    assert lang.pattern(field).search(text), (field, text)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (
            "Perfecto, nos vemos.\n\nEl jue, 5 mar 2026 a las 10:15, Lucía <l@x.example> "
            "escribió:\n> ¿Te late el jueves?",
            "Perfecto, nos vemos.",
        ),
        (
            "Gracias.\n\nDe: Lucía Méndez <l@x.example>\nEnviado el: jueves, 5 de marzo de 2026 "
            "10:15\nPara: Ana\nAsunto: Entrevista",
            "Gracias.",
        ),
        (
            "Danke!\n\nAm Do., 5. März 2026 um 10:15 Uhr schrieb Jonas <j@x.example>:\n> Hallo",
            "Danke!",
        ),
        (
            "Passt.\n\nGesendet: Donnerstag, 05. März 2026 um 10:15 Uhr\nVon: Jonas\nAn: Ana",
            "Passt.",
        ),
    ],
)
def test_quoted_replies_are_cut(body: str, kept: str) -> None:
    assert new_text(body) == kept


@pytest.mark.parametrize(
    "sign_off", ["Saludos cordiales,", "Quedo atenta,", "Un abrazo,", "Liebe Grüße", "Beste Grüße,"]
)
def test_sign_offs(sign_off: str) -> None:
    body, signature = split_signature(f"Hola,\n\nNos vemos el jueves.\n\n{sign_off}\nLucía Méndez")
    assert body.endswith(sign_off) and signature == "Lucía Méndez"


# --- and never in English ----------------------------------------------------------------------
# the fields that weigh a decision (job or not, which side, a meeting, a promise, its state)
WEIGHED: tuple[lang.PhraseField, ...] = (
    "thanks",
    "job_words",
    "weak_job_words",
    "title_heads",
    "recruiting_titles",
    "hr_titles",
    "coordinator_titles",
    "career_talk",
    "introductions",
    "social_meetings",
    "meeting_nouns",
    "proposal_cues",
    "accept_cues",
    "confirm_cues",
    "decline_cues",
    "cancel_cues",
    "missed_cues",
    "move_cues",
    "not_joining",
    "joining",
    "participants_before",
    "participants_after",
    "commitments",
    "news_events",
    "passive_news",
    "asks_of_you",
    "no_news_means_no",
    "rejections",
    "offers",
    "hiring_side",
    "candidate_side",
    "errands",
    "logistics",
    "internal_work",
    "deadline_words",
)
# English words German uses in the same sense, read the same way in both
LOANWORDS = {
    "call",
    "position",
    "super",
    "recruiting",
    "recruiter(?:in)?",
    "headhunter(?:in)?",
    "talent acquisition",
    "installation",
    "team-?meeting",
}

ENGLISH = [
    "Would Thursday at 2pm work for a quick call with the hiring manager?",
    "Can we meet at 10 am Friday? I am 43 and based in Austin.",
    "Thanks so much for your time today; I enjoyed our conversation.",
    "I'll get back to you by the end of next week with next steps.",
    "Unfortunately the position has been filled, but we'll keep your resume on file.",
    "We rented a van a week ago and drove from El Paso to Santa Fe and San Jose.",
    "Dale and Julio will join the panel; Dom sends his apologies.",
    "Companies vie for talent; the sale ends Friday, once stock runs out.",
    "She was a genial host and the reunion on Saturday was lovely.",
    "Prima facie, the die is cast: a red pen, a pan, a son, come see me.",
    "Extra mayo on my sandwich, please, and a tinto for Lucia.",
    "Two weeks ago I had a doctor's appointment at the Mayo Clinic.",
    "La La Land, Los Angeles, de facto standards and the Rio Grande.",
    "Sage advice from an ab workout coach: rest on Sunday.",
    "The once-a-year all-hands will be held in the main hall.",
    "Please send the invoice before Monday so we can pay it on time.",
    "My manager said the promotion decision will come after the review.",
    "Our team is hiring a senior engineer; the recruiter will reach out.",
    "Let's grab coffee or lunch next week and talk about your career.",
    "I can't make Tuesday, could we move it to Wednesday instead?",
    "Hi Ana, hope you had a good weekend! Are you free for dinner tonight?",
    "The package was delivered to the front desk at 3:15 pm.",
    "We need to cancel the standup; the sprint review moves to Friday.",
    "See you then! Looking forward to it.",
    "Via Skype or Zoom, whichever you prefer; the link is below.",
    "Amber, Stella and Mia met Lena at the Plaza Hotel in Vista.",
    "He was in a junta in the army, then sold real estate in Boca Raton.",
    "Pro tip: la carte is French, al dente is Italian, and that's all.",
]


def _new_phrases(field: str) -> tuple[str, ...]:
    english = set(getattr(en.WORDS, field))
    return tuple(
        p
        for words in (es.WORDS, de.WORDS)
        for p in getattr(words, field)
        if p not in english and p not in LOANWORDS
    )


@pytest.mark.parametrize("field", WEIGHED)
def test_no_spanish_or_german_phrase_matches_plain_english(field: str) -> None:
    phrases = _new_phrases(field)
    if not phrases:
        return
    rx = lang.compile_phrases(phrases)
    if field == "deadline_words":  # read only before a day: "bis Freitag", "am 6. März"
        rx = re.compile(
            rf"(?:{rx.pattern})\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|\d)", re.I
        )
    hits = [(s, m.group(0)) for s in ENGLISH if (m := rx.search(s))]
    assert hits == []


def test_no_spanish_or_german_period_matches_plain_english() -> None:
    for words in (es.WORDS, de.WORDS):
        for phrase, _ in words.periods:
            rx = lang.compile_phrases((phrase,))
            assert [s for s in ENGLISH if rx.search(s)] == [], phrase


def test_english_days_and_months_stay_english() -> None:
    # "ago", "mar", "vie", "dom" are not Spanish dates here; "mayo" only capitalised
    assert find_windows("a year or 2 ago, before mayo was invented", TUE) == []
    assert find_times("Companies vie for the 10:00 slot", T0, MX) == []
