"""Drafts in the thread's language: which language a thread is in (the user's own words first,
then the other side's; never a quoted reply, a signature or a legal footer), and thank-yous and
callbacks written end to end through compose in French, Spanish and German (Portuguese in
tests/test_draft_portuguese.py), with their greetings, sign-offs and dates; a thread in a
language we do not write gets an English draft and a lint finding that says so."""

from __future__ import annotations

import email.policy
import zoneinfo
from dataclasses import replace
from datetime import date, datetime, timedelta
from email.message import EmailMessage

import pytest

from daemon.config import Profile, User
from daemon.drafting.compose import compose
from daemon.drafting.language import looks_like, text_language, thread_language
from daemon.drafting.voice import signed_name
from daemon.drafting.words import Note, tongue, voice_in
from daemon.followups.callback import CallbackFor
from daemon.followups.occasion import since
from daemon.followups.thank_you import ThankYouFor
from daemon.infer.people import Identity
from daemon.model import (
    Address,
    CalendarEvent,
    Draft,
    Followup,
    Meeting,
    Message,
    Promise,
    Thread,
    ThreadFacts,
)
from daemon.parse import parse_message

TZ = zoneinfo.ZoneInfo("America/Toronto")
ME = Address("sam.roy@example.ca", "Sam Roy")
USER = User("Sam Roy", (ME.email,), "America/Toronto", phone="+1 514 555 0187")
IDENTITY = Identity(frozenset(USER.emails))
ENGLISH_PROFILE = Profile(
    ("Six years leading QA teams", "Shipped live updates on time", "Clear written updates"),
    "I recently finished a certificate in test automation.",
)
FRENCH_PROFILE = Profile(
    ("Six ans à la tête d'une équipe d'assurance qualité", "Des mises à jour livrées à temps"),
    "J'ai terminé une formation en automatisation des tests le mois dernier.",
)

# --- which language ------------------------------------------------------------------------

FRENCH_ABOVE_ENGLISH_QUOTE = """Bonjour Dana,

Merci pour votre message. Je suis disponible jeudi à 14 h pour l'entrevue, si cela vous convient.

Cordialement,
Sam

On Tue, Mar 10, 2026 at 9:00 AM Dana Ruiz <dana@acme.example> wrote:
> Hi Sam,
> Thank you for your interest in the role. Would Thursday work for an interview with the team?
> We are looking forward to it.
> Best regards,
> Dana
"""
GERMAN_ABOVE_ENGLISH_FOOTER = """Hallo Frau Lehmann,

vielen Dank für die Einladung. Der Termin am Montag passt mir gut, ich freue mich auf das
Gespräch.

Viele Grüße
Jonas Albrecht

This email and any attachments are confidential and intended solely for the addressee. If you
have received this email in error, please notify the sender and delete it from your system. It
is the responsibility of the recipient to check it for viruses.
"""
SPANISH_ABOVE_OUTLOOK_HEADER = """Hola Rodrigo,

Muchas gracias por la llamada de ayer. Te envío mi CV actualizado, como quedamos.

Saludos,
Valeria

From: Rodrigo Salas <rodrigo.salas@kualipagos.mx>
Sent: Monday, March 9, 2026 10:00 AM
To: Valeria Ochoa <valeria@example.mx>
Subject: Call

Hi Valeria, it was great to talk to you today. Could you send me your resume when you have a
moment? It would help us move forward with the team this week. Thanks, Rodrigo
"""
ENGLISH_ABOVE_FRENCH_FOOTER = """Hi Dana,

Thanks for the update, Thursday at 2 works for me. I will bring a copy of my portfolio.

Best,
Élise

Ce courriel est confidentiel et destiné uniquement à son destinataire. Si vous avez reçu ce
message par erreur, veuillez le supprimer et nous en aviser.
"""
ITALIAN = """Buongiorno Marco,

grazie per la disponibilità. Sono libera giovedì pomeriggio per il colloquio, se per voi va
bene anche alla stessa ora.

Cordiali saluti,
Giulia
"""
BILINGUAL = """Bonjour Priyanka,
(English follows)
Merci pour votre candidature au poste. Nous aimerions vous rencontrer la semaine prochaine.
---
Hi Priyanka,
Thank you for applying for the position. We would like to meet you next week.
"""


DANA = Address("dana@acme.example", "Dana Ruiz")


def parsed(
    text: str,
    sender: Address = ME,
    to: Address = DANA,
    mid: str = "<m1@example.ca>",
    when: str = "Tue, 10 Mar 2026 10:00:00 -0400",
    subject: str = "Entrevue",
) -> Message:
    msg = EmailMessage()
    msg["From"] = f"{sender.name} <{sender.email}>"
    msg["To"] = f"{to.name} <{to.email}>"
    msg["Subject"], msg["Date"], msg["Message-ID"] = subject, when, mid
    msg.set_content(text)
    raw = msg.as_bytes(policy=email.policy.SMTP)
    return parse_message(raw, account="a", folder="INBOX", ref=mid, default_tz=TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FRENCH_ABOVE_ENGLISH_QUOTE, "fr"),
        (GERMAN_ABOVE_ENGLISH_FOOTER, "de"),
        (SPANISH_ABOVE_OUTLOOK_HEADER, "es"),
        (ENGLISH_ABOVE_FRENCH_FOOTER, "en"),
        (ITALIAN, "it"),
    ],
    ids=["fr-quoted-en", "de-en-footer", "es-outlook-en", "en-fr-footer", "it"],
)
def test_a_message_is_in_the_language_of_its_own_words(text: str, expected: str) -> None:
    facts = ThreadFacts(Thread("<m1@example.ca>", (parsed(text),)), True, "interview", None, ())
    assert thread_language(facts, USER.emails) == expected


@pytest.mark.parametrize("text", ["Merci!", "Thanks, see you then.", BILINGUAL, ""])
def test_too_short_or_evenly_mixed_says_nothing(text: str) -> None:
    assert text_language(text) is None


def test_an_invitation_alone_speaks_the_language_of_its_calendar() -> None:
    invite = replace(
        parsed("", sender=DANA, to=ME, subject="Kennenlernen: Sam Roy (Data Engineering)"),
        events=(
            CalendarEvent(
                "uid-1",
                0,
                "REQUEST",
                "CONFIRMED",
                datetime(2026, 3, 18, 10, tzinfo=TZ),
                None,
                "Kennenlernen: Sam Roy (Data Engineering)",
                None,
                (),
                description="Microsoft Teams-Besprechung\nÜber Ihren Computer oder die mobile App "
                "teilnehmen\nHier klicken, um an der Besprechung teilzunehmen",
            ),
        ),
    )
    facts = ThreadFacts(Thread(invite.message_id, (invite,)), True, "interview", None, ())
    assert thread_language(facts, USER.emails) == "de"


def test_the_users_language_comes_before_the_other_sides() -> None:
    theirs = parsed(
        "Hi Sam,\n\nThank you for your time today. We will be in touch with next steps by the "
        "end of the week.\n\nBest regards,\nDana",
        sender=DANA,
        to=ME,
        mid="<m2@acme.example>",
    )
    mine = parsed(FRENCH_ABOVE_ENGLISH_QUOTE, mid="<m3@example.ca>")
    facts = ThreadFacts(Thread("<m2@acme.example>", (theirs, mine)), True, "interview", None, ())
    assert thread_language(facts, USER.emails) == "fr"


def test_the_other_sides_language_when_the_user_says_too_little() -> None:
    theirs = parsed(
        GERMAN_ABOVE_ENGLISH_FOOTER.replace("Hallo Frau Lehmann", "Hallo Herr Roy"),
        sender=Address("k.lehmann@nordwind.example", "Katharina Lehmann"),
        to=ME,
        mid="<m2@nordwind.example>",
    )
    mine = parsed("Danke!", mid="<m3@example.ca>")
    facts = ThreadFacts(
        Thread("<m2@nordwind.example>", (theirs, mine)), True, "interview", None, ()
    )
    assert thread_language(facts, USER.emails) == "de"


def test_nothing_to_go_on_is_english() -> None:
    assert thread_language(None, USER.emails) == "en"
    facts = ThreadFacts(Thread("<m1@example.ca>", (parsed("Merci!"),)), True, "other", None, ())
    assert thread_language(facts, USER.emails) == "en"


def test_a_profile_line_is_used_only_in_its_own_language() -> None:
    assert looks_like(FRENCH_PROFILE.reasons[0], "fr")
    assert not looks_like(FRENCH_PROFILE.reasons[0], "en")
    assert not looks_like(ENGLISH_PROFILE.reasons[1], "fr")
    assert looks_like(ENGLISH_PROFILE.recent_update, "en")


@pytest.mark.parametrize(
    ("code", "day", "said"),
    [
        ("fr", date(2026, 3, 12), "jeudi 12 mars"),
        ("fr", date(2026, 4, 1), "mercredi 1er avril"),
        ("es", date(2026, 3, 12), "jueves 12 de marzo"),
        ("de", date(2026, 3, 12), "Donnerstag, 12. März"),
        ("pt", date(2026, 3, 12), "quinta-feira, 12 de março"),
    ],
)
def test_dates_are_written_in_the_language(code: str, day: date, said: str) -> None:
    t = tongue(code)
    assert t is not None and t.weekday_date(day) == said


# --- drafts end to end ---------------------------------------------------------------------

COMPANY = Address("g.lapointe@lumenfeu.example", "Geneviève Lapointe")
START = datetime(2026, 3, 12, 14, 0, tzinfo=TZ)


def _thread(*messages: Message, company: str = "Lumenfeu") -> ThreadFacts:
    return ThreadFacts(Thread(messages[0].message_id, messages), True, "interview", company, ())


def _compose(f: Followup, facts: ThreadFacts, now: datetime, profile: Profile) -> Draft:
    raws = {
        m.message_id: f"Message-ID: {m.message_id}\r\n\r\n{m.text}".encode()
        for m in facts.thread.messages
    }
    return compose(f, facts, USER, profile, IDENTITY, TZ, now, lambda m: raws[m.message_id])


def _thank_you(to: Address, thread_id: str) -> Followup:
    meeting = Meeting(thread_id, START, START + timedelta(minutes=90), "done", (to,), "text", "")
    return Followup(
        "thank_you-lang",
        "thank_you",
        thread_id,
        to,
        START + timedelta(hours=4),
        START + timedelta(hours=26),
        "due",
        "test",
        payload=ThankYouFor(meeting),
    )


def _thanked(to: Address, facts: ThreadFacts, now: datetime, profile: Profile) -> Draft:
    return _compose(_thank_you(to, facts.thread.id), facts, now, profile)


def _callback(to: Address, promise_in: Message, text: str) -> Followup:
    promise = Promise(
        promise_in.message_id,
        to,
        promise_in.message_id,
        promise_in.date,
        "2026-03-13",
        datetime(2026, 3, 13, 23, 59, 59, tzinfo=TZ),
        text,
    )
    return Followup(
        "callback-lang",
        "callback",
        promise_in.message_id,
        to,
        datetime(2026, 3, 17, 23, 59, 59, tzinfo=TZ),
        None,
        "due",
        "test",
        payload=CallbackFor(promise),
    )


def _codes(d: Draft) -> set[str]:
    return {x.code for x in d.lint}


FRENCH_INVITE = (
    "Bonjour Sam,\n\nJe vous confirme votre entrevue de jeudi avec Madame Lapointe pour le poste "
    "de Responsable assurance qualité. Elle viendra vous chercher à la réception.\n\n"
    "Cordialement,\nGeneviève Lapointe"
)
FRENCH_REPLY = (
    "Bonjour Geneviève,\n\nC'est noté pour jeudi 14 h, merci! Je serai là quelques minutes "
    "d'avance.\n\nCordialement,\nSam Roy"
)


def test_a_french_thank_you_end_to_end() -> None:
    invite = parsed(FRENCH_INVITE, sender=COMPANY, to=ME, mid="<f1@lumenfeu.example>")
    reply = parsed(
        FRENCH_REPLY, to=COMPANY, mid="<f2@example.ca>", when="Tue, 10 Mar 2026 12:00:00 -0400"
    )
    facts = _thread(invite, reply)
    now = datetime(2026, 3, 13, 9, 0, tzinfo=TZ)
    d = _thanked(COMPANY, facts, now, FRENCH_PROFILE)
    assert d.body.startswith("Bonjour Geneviève,\n\n")  # as the user greets her
    assert "Merci pour l'entretien que vous m'avez accordé hier" in d.body
    assert "- Six ans à la tête d'une équipe d'assurance qualité" in d.body  # French: used
    assert "Je me permettrai de revenir vers vous d'ici le vendredi 20 mars." in d.body
    assert "\n\nCordialement,\nSam Roy\n+1 514 555 0187\nsam.roy@example.ca\n" in d.body
    assert not _codes(d) & {"spelling", "hard_to_read", "greeting_name", "unfilled_slot"}


def test_an_english_profile_stays_out_of_a_french_note() -> None:
    # DOMAIN.md asks for at most three reasons: with none written in French the note goes
    # without them, whole and sendable, rather than with an English line or a slot
    invite = parsed(FRENCH_INVITE, sender=COMPANY, to=ME, mid="<f1@lumenfeu.example>")
    facts = _thread(invite)
    now = datetime(2026, 3, 13, 9, 0, tzinfo=TZ)
    d = _thanked(COMPANY, facts, now, ENGLISH_PROFILE)
    assert "Six years" not in d.body and "[add:" not in d.body
    assert "unfilled_slot" not in _codes(d)
    # the user never greeted her; the thread gives her title
    assert d.body.startswith("Bonjour Madame Lapointe,\n\n")


def test_a_french_callback_end_to_end() -> None:
    promise = parsed(
        "Bonjour Sam,\n\nMerci pour votre patience. Je vous reviens d'ici vendredi avec des "
        "nouvelles sur la suite du processus.\n\nBonne journée,\nGeneviève",
        sender=COMPANY,
        to=ME,
        mid="<f3@lumenfeu.example>",
    )
    facts = _thread(promise)
    now = datetime(2026, 3, 18, 9, 0, tzinfo=TZ)
    f = _callback(COMPANY, promise, "Je vous reviens d'ici vendredi")
    d = _compose(f, facts, now, ENGLISH_PROFILE)
    assert "vous m'aviez indiqué que j'aurais de vos nouvelles d'ici le vendredi 13 mars" in d.body
    assert "Je reviendrai vers vous le mercredi 25 mars ; vous trouverez mes coordonnées" in d.body
    assert d.body.rstrip().endswith("sam.roy@example.ca")
    assert not _codes(d) & {"spelling", "hard_to_read", "too_short", "too_long"}


ANA = Address("ana.reyes@solvo.example", "Ana Paula Reyes")


def _ana_thanked(asked: str) -> tuple[Message, ThreadFacts, Draft]:
    """Ana Paula's invitation (her question in `asked`), and the thank-you after it."""
    invite = parsed(
        f"Hola Sam,\n\nLa Sra. Reyes quiere conocer{asked}\n\nSaludos,\nAna Paula",
        sender=ANA,
        to=ME,
        mid="<s1@solvo.example>",
    )
    facts = _thread(invite, company="Solvo")
    now = datetime(2026, 3, 16, 9, 0, tzinfo=TZ)
    return invite, facts, _thanked(ANA, facts, now, ENGLISH_PROFILE)


_WHERE = (
    " el jueves a las 2 pm en nuestras oficinas para hablar del puesto de Gerente de "
    "Experiencia del Cliente."
)


def test_a_spanish_thank_you_and_callback_end_to_end() -> None:
    invite, facts, d = _ana_thanked("le" + _WHERE + " ¿Le queda bien a usted?")
    assert d.body.startswith("Estimada Ana Paula:\n\n")  # as she signs; "Sra. Reyes": a woman
    assert " el jueves 12 de marzo" in d.body  # in one of the ways of saying it
    assert "Le escribiré de nuevo el lunes 23 de marzo para dar seguimiento." in d.body
    assert "\n\nSaludos cordiales,\nSam Roy\n" in d.body
    assert not _codes(d) & {"spelling", "hard_to_read", "greeting_name"}

    f = _callback(ANA, invite, "te aviso el viernes")
    d = _compose(f, facts, datetime(2026, 3, 18, 9, 0, tzinfo=TZ), ENGLISH_PROFILE)
    assert "me comentó que tendría noticias suyas antes del viernes 13 de marzo" in d.body
    assert "Le escribiré de nuevo el miércoles 25 de marzo" in d.body


AYLIN = Address("aylin.dogan@nordwind.example", "Aylin Doğan")


def test_a_german_thank_you_and_callback_end_to_end() -> None:
    invite = parsed(
        "Sehr geehrter Herr Roy,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am "
        "Donnerstag um 14 Uhr. Ihre Gesprächspartnerin ist Frau Doğan, Teamleiterin Data "
        "Platform.\n\nMit freundlichen Grüßen\nAylin Doğan",
        sender=AYLIN,
        to=ME,
        mid="<d1@nordwind.example>",
    )
    facts = _thread(invite, company="Nordwind")
    now = datetime(2026, 3, 13, 9, 0, tzinfo=TZ)
    d = _thanked(AYLIN, facts, now, ENGLISH_PROFILE)
    assert d.body.startswith("Sehr geehrte Frau Doğan,\n\nvielen Dank für das Gespräch")
    assert "\n\nMit freundlichen Grüßen\nSam Roy\n" in d.body  # no comma after it
    assert "spätestens am Freitag, 20. März." in d.body
    assert not _codes(d) & {"spelling", "hard_to_read", "greeting_name"}

    f = _callback(AYLIN, invite, "ich melde mich bis Freitag")
    d = _compose(f, facts, datetime(2026, 3, 18, 9, 0, tzinfo=TZ), ENGLISH_PROFILE)
    assert "dass ich bis Freitag, 13. März, von Ihnen hören würde" in d.body
    assert "spätestens am Mittwoch, 25. März." in d.body


def test_a_thread_in_a_language_we_do_not_write_gets_english_and_a_finding() -> None:
    marco = Address("marco@studio.example", "Marco Bianchi")
    invite = parsed(
        "Buongiorno Sam,\n\ngrazie per la candidatura. Le confermo il colloquio di giovedì alle "
        "14 nella nostra sede, con il responsabile del team.\n\nCordiali saluti,\nMarco",
        sender=marco,
        to=ME,
        mid="<i1@studio.example>",
    )
    facts = _thread(invite, company="Studio")
    now = datetime(2026, 3, 13, 9, tzinfo=TZ)
    d = _thanked(marco, facts, now, ENGLISH_PROFILE)
    assert d.body.startswith("Dear Marco,")
    found = [x for x in d.lint if x.code == "thread_language"]
    assert found and "Italian" in found[0].message


FELIX = Address("felix.hartmann@example.de", "Felix Hartmann")


def _after_coffee(to: Address, mine: Message) -> tuple[ThreadFacts, Draft]:
    """The thread of the user's invitation for a coffee with `to`, and the thank-you after it."""
    facts = ThreadFacts(Thread(mine.message_id, (mine,)), True, "networking", None, ())
    end = START + timedelta(hours=1)
    meeting = Meeting(mine.message_id, START, end, "done", (to,), "text", "", networking=True)
    f = replace(_thank_you(to, facts.thread.id), payload=ThankYouFor(meeting))
    return facts, _compose(f, facts, datetime(2026, 3, 13, 9, tzinfo=TZ), ENGLISH_PROFILE)


def test_a_friend_the_user_says_du_to_gets_du() -> None:
    mine = parsed(
        "Hey Felix,\n\nlange nicht gesehen! Hättest du diese Woche Zeit für einen Kaffee? Ich "
        "würde dich gern fragen, wie es bei euch so ist.\n\nJonas",
        to=FELIX,
        mid="<k1@example.ca>",
    )
    facts, d = _after_coffee(FELIX, mine)
    assert d.body.startswith("Hallo Felix,\n\nvielen Dank für deine Zeit")  # "Hey" made "Hallo"
    assert "halte dich gern auf dem Laufenden. Nochmals vielen Dank für deine Zeit." in d.body
    assert "Ihnen" not in d.body and "register" not in _codes(d)
    assert "\n\nViele Grüße\nSam Roy\n" in d.body

    f = _callback(FELIX, mine, "ich melde mich bis Freitag")
    d = _compose(f, facts, datetime(2026, 3, 18, 9, tzinfo=TZ), ENGLISH_PROFILE)
    assert "hattest du erwähnt, dass ich bis Freitag, 13. März, von dir hören würde" in d.body
    assert "Meine Kontaktdaten findest du unten." in d.body and "register" not in _codes(d)


def test_a_recruiter_the_user_says_tu_to_gets_tu_in_every_kind() -> None:
    mine = parsed(
        "Hola Paola, gracias por pensar en mí. Te adjunto mi portafolio por si lo necesitas."
        "\n\nSaludos,\nSam",
        to=ANA,
        mid="<t1@example.ca>",
    )
    facts = ThreadFacts(Thread(mine.message_id, (mine,)), True, "recruiter", None, ())
    f = _callback(ANA, mine, "te aviso el viernes")
    d = _compose(f, facts, datetime(2026, 3, 18, 9, tzinfo=TZ), ENGLISH_PROFILE)
    assert "me comentaste que tendría noticias tuyas antes del viernes 13 de marzo" in d.body
    assert "Espero que estés muy bien." in d.body and "se encuentre" not in d.body
    assert "\n\nSaludos,\nSam Roy\n" in d.body  # the sign-off the user uses with her


def test_a_spanish_note_says_tu_when_they_do_and_the_user_never_wrote() -> None:
    _, _, d = _ana_thanked("te" + _WHERE + " ¿Te queda bien?")
    assert d.body.startswith("Hola, Ana Paula:\n\n")
    assert "por tu tiempo" in d.body and "usted" not in d.body and "su tiempo" not in d.body


def test_the_french_familiar_form_includes_te() -> None:
    from daemon.drafting.words import tongue

    fr = tongue("fr")
    assert fr is not None
    assert fr.familiar.search("Ça te dirait d'aller prendre un café?")
    assert not fr.familiar.search("Seriez-vous disponible jeudi ?")


def test_tu_said_once_is_the_register_though_vous_speaks_of_their_team() -> None:
    from daemon.drafting.words import familiar_with, tongue

    fr = tongue("fr")
    assert fr is not None
    mine = parsed(
        "Salut Max,\n\nÇa te dirait d'aller prendre un café? J'aimerais savoir comment vous "
        "avez monté l'équipe AQ chez Traxio.\n\nSeb",
        to=FELIX,
        mid="<f1@example.ca>",
    )
    facts = ThreadFacts(Thread(mine.message_id, (mine,)), True, "networking", None, ())
    assert familiar_with(fr, FELIX, facts, USER.emails)


@pytest.mark.parametrize(
    "said",
    [
        "Aussi, j'ai glissé ton nom à Vincent Bélanger, le CTO de Parcours.",
        "Tu peux mettre mon nom comme référence interne dans le formulaire.",
        "Wie gesagt: schick mir deinen CV, dann geb ich ihn an Carla (unsere Head of Data) weiter.",
        "Si quieres, le paso tu CV a Lucía esta semana.",
    ],
)
def test_passing_the_users_name_on_is_a_referral_in_every_language(said: str) -> None:
    from daemon.followups.occasion import _REFERRAL

    assert _REFERRAL.search(said)


def test_a_spanish_invitation_under_a_title_is_answered_with_it_and_a_spanish_subject() -> None:
    mauricio = Address("mzepeda@rutanorte.example", "Mauricio Zepeda Garza")
    invite = replace(
        parsed(
            "Entrevista para la vacante de Gerente de Experiencia del Cliente.\nEntrevista: Ing. "
            "Mauricio Zepeda Garza, Director Comercial.\nCuándo: miércoles, 18 de marzo de 2026 "
            "17:00-18:00. Únase desde el equipo, la aplicación móvil o el dispositivo de la sala.",
            sender=mauricio,
            to=ME,
            subject="Entrevista: Sam Roy - Gerencia de Experiencia del Cliente",
        ),
        events=(
            CalendarEvent(
                "uid-es",
                0,
                "REQUEST",
                "CONFIRMED",
                START,
                None,
                "Entrevista: Sam Roy - Gerencia de Experiencia del Cliente",
                None,
                (),
            ),
        ),
    )
    d = _thanked(
        mauricio, _thread(invite, company="Ruta Norte"), START + timedelta(days=2), ENGLISH_PROFILE
    )
    assert d.body.startswith("Buen día, Ing. Zepeda:\n")
    assert d.subject.startswith("Re: Gracias")


def test_a_meeting_the_thread_says_was_held_in_english_is_thanked_in_english() -> None:
    kraus = Address("miriam.kraus@kiebitz.example", "Miriam Kraus")
    invite = parsed(
        "Sehr geehrte Frau Lobo,\n\nvielen Dank für Ihre Rückmeldung. Das Gespräch mit Frau "
        "Kraus findet auf Englisch statt. Ich selbst bin nicht dabei, stehe Ihnen bei Fragen "
        "aber gern zur Verfügung.\n\nMit freundlichen Grüßen\nLars Hoffmann",
        sender=Address("lars@kiebitz.example", "Lars Hoffmann"),
        to=ME,
        subject="Einladung zum Videointerview",
    )
    facts = _thread(invite, company="Kiebitz Health")
    d = _thanked(kraus, facts, START + timedelta(days=1), ENGLISH_PROFILE)
    assert d.body.startswith("Dear Ms. Kraus,\n\nThank you")
    # the recruiter who wrote in German is still written to in German
    lars = Address("lars@kiebitz.example", "Lars Hoffmann")
    assert not _thanked(lars, facts, START + timedelta(days=1), ENGLISH_PROFILE).body.startswith(
        "Dear"
    )


def test_a_familiar_french_note_greets_and_signs_off_as_friends_do() -> None:
    max_ = Address("maxime@traxio.example", "Maxime Pelletier")
    mine = parsed(
        "Salut Max,\n\nÇa te dirait d'aller prendre un café un de ces matins? J'aimerais avoir "
        "ton avis sur le marché.\n\nSeb",
        to=max_,
        mid="<s1@example.ca>",
        subject="Café un de ces matins?",
    )
    _, d = _after_coffee(max_, mine)
    assert d.body.startswith("Salut Max")
    assert "\n\nÀ bientôt,\n" in d.body and "Cordialement" not in d.body


@pytest.mark.parametrize(
    ("reply", "name"),
    [
        ("Salut Seb!\n\nJeudi 8 h au Névé?\n\nÀ+\n\nMax\n\nEnvoyé de mon iPhone", "Max"),
        ("Sounds good, see you then.\nDan\n\nSent from my iPhone", "Dan"),
        ("Sounds good, see you then!\n\nSent from my iPhone", None),  # no name: none guessed
        ("Thursday works.\n\nPatrick", None),  # a name not theirs is no short form of it
    ],
)
def test_a_friend_who_signs_with_a_short_name_alone_is_greeted_by_it(
    reply: str, name: str | None
) -> None:
    who = Address("maxime.daniels@traxio.example", "Maxime Daniels")
    if name == "Dan":
        who = Address("daniel.okafor@traxio.example", "Daniel Okafor")
    theirs = parsed(reply, sender=who, to=ME, mid="<r1@traxio.example>")
    assert signed_name(who, [theirs]) == name


def test_a_given_name_the_address_runs_together_is_greeted_as_written() -> None:
    ana = Address("anapaula.reyes@solvo.example", "Anapaula Reyes")
    intro = parsed(
        "Súper, Vale. Le pasé tu CV a Ana Paula Reyes, VP de Clientes, y quiere conocerte.",
        sender=Address("clau@example.com", "Claudia Beltrán"),
        to=ME,
        subject="Posición Head de Experiencia",
    )
    facts = _thread(intro, company="Solvo")
    d = _thanked(ana, facts, START + timedelta(days=1), ENGLISH_PROFILE)
    assert "Ana Paula" in d.body.split("\n")[0] and "Anapaula" not in d.body.split("\n")[0]


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        (
            "Here's the Kilat consumer report I mentioned: https://kilat.example/r.pdf",
            "the Kilat consumer report",
        ),
        ("Great chatting today! Here are the links I mentioned:\n- a talk", "the links"),
        ("Here's our careers page: https://traxio.example/careers", "your careers page"),
        ("I've attached the job description for the role.", "the job description"),
        # the way to the next meeting is not a thing sent to thank for
        ("Here's the Zoom link for Thursday: https://zoom.example/j/1", None),
        ("Here are the details for the second round.", None),
        ("Thanks again, talk soon!", None),
    ],
)
def test_what_they_sent_after_the_meeting_is_thanked_for_in_their_words(
    text: str, sent: str | None
) -> None:
    dana = Address("dana@lumenfeu.example", "Dana Roy")
    after = parsed(text, sender=dana, to=ME, when="Fri, 13 Mar 2026 10:00:00 -0400")
    meeting = Meeting(
        after.message_id, START, START + timedelta(hours=1), "done", (dana,), "text", ""
    )
    now = START + timedelta(days=3)
    assert (
        since(meeting, meeting.end, dana, _thread(after), now, frozenset({ME.email})).sent == sent
    )


def _written(code: str, kind: str, **said: date) -> str:
    """A kind's words in a language, from a note that gives only the days (no profile)."""
    from daemon.drafting.words import Note, tongue

    t = tongue(code)
    assert t is not None
    note = Note("Hola,", "Saludos,", "Sam Roy", None, None, date(2026, 3, 20), date(2026, 4, 20))
    return t.bodies[kind](replace(note, today=date(2026, 3, 18), promise_text="…", **said))


@pytest.mark.parametrize(
    ("code", "late", "promised_again"),
    [
        (
            "es",
            "Le pido disculpas por el retraso: se lo haré llegar en los próximos días.",
            "le prometí enviárselo",
        ),
        ("fr", "vous l'aurez dans les prochains jours.", "je vous avais promis de vous l'envoyer"),
        ("de", "Sie erhalten es in den nächsten Tagen.", "hatte ich Ihnen zugesagt, es Ihnen bis"),
        ("pt", "Lamento o atraso: segue nos próximos dias.", "prometi fazer o envio até"),
    ],
)
def test_an_own_promise_in_another_language_says_it_is_coming_without_a_slot(
    code: str, late: str, promised_again: str
) -> None:
    text = _written(code, "own_promise", said=date(2026, 3, 10), by=date(2026, 3, 16))
    assert late in text and promised_again in text and "[add:" not in text


@pytest.mark.parametrize("code", ["es", "fr", "de", "pt"])
def test_a_networking_touch_with_no_update_offers_help_without_in_return(code: str) -> None:
    text = _written(code, "networking", met=date(2026, 3, 3))
    assert not any(w in text for w in ("a cambio", "en retour", "im Gegenzug", "em troca"))
    assert any(w in text for w in ("muy útil", "très utiles", "sehr geholfen", "muito útil"))


STEFAN = Address("stefan.hufnagel@fahrwerk.example", "Stefan Hufnagel")


def test_a_german_greeting_keeps_the_doctor_the_thread_gives() -> None:
    invite = parsed(
        "Sehr geehrter Herr Roy,\n\nIhr Gespräch am Donnerstag um 14 Uhr führt Herr Dr. "
        "Hufnagel, Leiter Entwicklung Bremsregelsysteme.\n\nMit freundlichen Grüßen\nStefan "
        "Hufnagel",
        sender=STEFAN,
        to=ME,
        mid="<d2@fahrwerk.example>",
    )
    facts = _thread(invite, company="Fahrwerk")
    d = _thanked(STEFAN, facts, datetime(2026, 3, 13, 9, 0, tzinfo=TZ), ENGLISH_PROFILE)
    assert d.body.startswith("Sehr geehrter Herr Dr. Hufnagel,\n\nvielen Dank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prezada Juliana,\n\nAgradecemos sua participação. Retornaremos até o dia 20.", "pt"),
        ("Liebe Frau Jansen,\n\nvielen Dank, bis morgen!\n\nViele Grüße", "de"),
    ],
)
def test_a_short_note_says_its_language_by_how_it_opens_and_closes(
    text: str, expected: str
) -> None:
    facts = ThreadFacts(Thread("<m1@example.ca>", (parsed(text, DANA, ME),)), True, "x", None, ())
    assert thread_language(facts, USER.emails) == expected


SCHMIDT = Address("petra.schmidt@lindenhof.example", "Petra Schmidt")
KELLER = Address("andrea.keller@lindenhof.example", "Andrea Keller")  # a woman's or a man's name
TEAM = Address("karriere@nordlicht.example", "Karriere-Team")


@pytest.mark.parametrize(
    ("to", "text", "greeting"),
    [
        # the signature's job noun says how to greet someone a given name does not tell
        (
            KELLER,
            "Sehr geehrte Frau Wolf,\n\ndanke.\n\nMit freundlichen Grüßen\nAndrea Keller\n"
            "Leiterin Pflegedienst",
            "Sehr geehrte Frau Keller,",
        ),
        (
            KELLER,
            "Sehr geehrte Frau Wolf,\n\ndanke.\n\nMit freundlichen Grüßen\nAndrea Keller",
            "Guten Tag Andrea Keller,",
        ),
        # a given name nearly every bearer of which is a woman
        (
            SCHMIDT,
            "Sehr geehrte Frau Wolf,\n\ndanke.\n\nMit freundlichen Grüßen\nPetra Schmidt",
            "Sehr geehrte Frau Schmidt,",
        ),
        # a team's mailbox: whoever signs for it, else the team's greeting, never its name
        (
            TEAM,
            "Sehr geehrte Frau Wolf,\n\ngerne laden wir Sie ein.\n\nMit freundlichen Grüßen\n"
            "Lisa Brandt\nTalent Acquisition",
            "Sehr geehrte Frau Brandt,",
        ),
        (
            TEAM,
            "Vielen Dank für Ihre Bewerbung. Wir melden uns.\n\nIhr Karriere-Team",
            "Sehr geehrte Damen und Herren,",
        ),
    ],
)
def test_how_a_german_note_greets_someone_the_user_never_greeted(
    to: Address, text: str, greeting: str
) -> None:
    t = tongue("de")
    assert t is not None
    facts = _thread(parsed(text, to, ME))
    assert voice_in(t, to, facts, USER.emails).greeting == greeting


@pytest.mark.parametrize(
    ("promise", "said"),
    [
        (
            "Je vous ferai parvenir les coordonnées de mes deux références d'ici le mardi 10 mars.",
            "je vous avais promis de vous envoyer les coordonnées de mes deux références d'ici le "
            "mardi 10 mars. Je vous prie de m'excuser pour ce retard : vous les aurez",
        ),
        (
            "Je vous reviens là-dessus d'ici mardi.",
            "je vous avais promis de vous l'envoyer d'ici le mardi 10 mars. Je vous prie de "
            "m'excuser pour ce retard : vous l'aurez",
        ),
    ],
)
def test_a_french_promise_names_what_was_promised(promise: str, said: str) -> None:
    t = tongue("fr")
    assert t is not None
    note = Note(
        greeting="Madame,",
        sign_off="Cordialement,",
        signature="Sam Roy",
        company=None,
        role=None,
        check_in=date(2026, 3, 17),
        later=date(2026, 4, 7),
        said=date(2026, 3, 6),
        by=date(2026, 3, 10),
        today=date(2026, 3, 12),
        promise_text=promise,
    )
    assert said in " ".join(t.bodies["own_promise"](note).split())
