"""Rules learnt from round 6's blind cases once they were opened (retail-melbourne,
data-bangalore, cuisine-montreal, engineer-munich, sealed on 2026-12-07 until the next stop)
and from the blind meeting vignettes (tests/cases/vignettes): which side of an interview the
user is on, told by who says "your interview" to whom, and the people of a meeting said in
other words; small threads, one rule each. The vignettes themselves are scored in
tests/test_kinds_cases.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from daemon.infer.facts import infer_facts
from daemon.infer.met import absent_names
from daemon.model import Address, Message, ThreadFacts
from tests.test_infer import DANA, JORDAN, ME, T0, TZ, message, thread

KEVIN = Address("kevin.b97@gmail.com", "Kevin Bouchard")


def facts(*messages: Message, days: float = 20) -> ThreadFacts:
    me = replace(ME, name="Jordan Lee")
    [f] = infer_facts([thread(*messages)], me, TZ, T0 + timedelta(days=days))
    return f


@pytest.mark.parametrize(
    ("theirs", "mine"),
    [
        # "your interview" said by the user: the one written to is the candidate
        (
            "Parfait merci! je vais etre la a 15h",
            "Bonjour Kevin, on se voit mercredi à 15 h pour ton entrevue (poste de commis).",
        ),
        # the user makes the offer
        (
            "Thank you so much for the interview this morning! I'm keen on the weekend shifts.",
            "Good news - I'd love to offer you a casual role with us! Welcome to the team.",
        ),
    ],
)
def test_the_user_on_the_hiring_side(theirs: str, mine: str) -> None:
    f = facts(
        message(0, KEVIN, theirs, subject="Interview - kitchen hand"),
        message(1, JORDAN, mine, to=(KEVIN,), hours=2),
    )
    assert f.side == "hiring" and not f.job_related


def test_thanks_for_the_interview_from_the_other_side_makes_the_user_the_interviewer() -> None:
    f = facts(
        message(0, KEVIN, "Hi Jordan, thank you so much for the interview this morning!"),
        message(1, JORDAN, "Thanks for coming in, it was great to meet you.", to=(KEVIN,)),
    )
    assert f.side == "hiring"


def test_your_interview_said_to_the_user_keeps_the_user_the_candidate() -> None:
    f = facts(
        message(0, DANA, "Hi Jordan, your interview is on Thursday 5 March at 2pm with me."),
        message(1, JORDAN, "Thursday at 2pm works, see you then.", to=(DANA,), hours=1),
    )
    assert f.side == "candidate" and f.job_related


def test_a_second_verb_of_the_same_subject_promises_news() -> None:
    f = facts(
        message(0, DANA, "Bonjour, merci pour votre CV. Le chef aimerait vous rencontrer."),
        message(
            1,
            DANA,
            "Il rencontre encore deux personnes et vous reviendra la semaine prochaine.",
            hours=24 * 3,
        ),
    )
    assert [p.last_day for p in f.promises] == ["2026-03-13"]


# --- from the blind promise corpus (bench/phrases/promises.jsonl), 2026-12-07 -----------------
def _own(text: str, days: float = 0) -> list[str]:
    f = facts(
        message(0, DANA, "Thank you for your time."),
        message(1, JORDAN, text, to=(DANA,), hours=1),
        days=days + 20,
    )
    return [p.last_day for p in f.own_promises]


def _theirs(text: str) -> list[str]:
    f = facts(
        message(0, JORDAN, "Thank you for your time.", to=(DANA,)),
        message(1, DANA, text, hours=1),
    )
    return [p.last_day for p in f.promises]


@pytest.mark.parametrize(
    ("text", "last_day"),
    [
        # the day said first, the present of sending (T0 is Monday 2 March)
        ("Mañana te mando el portfolio actualizado.", "2026-03-03"),
        ("Amanhã envio-lhe o certificado de habilitações.", "2026-03-03"),
        ("Na semana que vem eu te passo o feedback da entrevista técnica.", "2026-03-13"),
        ("Envio o contrato assinado até sexta, sem falta.", "2026-03-06"),
        ("Je vous transmets demain la copie de mon diplôme.", "2026-03-03"),
        ("I'll get the certified copies of my ID and degree to you by Wednesday.", "2026-03-04"),
        ("I will share my updated CV and last three salary slips by Saturday.", "2026-03-07"),
    ],
)
def test_own_promises_said_as_people_write_them(text: str, last_day: str) -> None:
    assert _own(text) == [last_day]


@pytest.mark.parametrize(
    ("text", "last_day"),
    [
        ("We'll confirm whether you're through to the final round by Wednesday.", "2026-03-04"),
        ("You'll have a formal answer from me by Tuesday.", "2026-03-03"),
        ("I'll come back to you by Friday week at the latest.", "2026-03-13"),
        ("O resultado desta etapa sai até sexta-feira, 6 de março.", "2026-03-06"),
    ],
)
def test_news_promised_as_people_write_it(text: str, last_day: str) -> None:
    assert _theirs(text) == [last_day]


@pytest.mark.parametrize(
    "text",
    [
        "Te envío la invitación para conversar el viernes.",
        "Je vous envoie ci-joint mon CV pour l'entretien de lundi.",
        "Guten Morgen Frau Weber, vielen Dank für Ihre Nachricht.",
    ],
)
def test_not_a_promise(text: str) -> None:
    assert _own(text) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Disculpa, Luis tuvo un imprevisto y no estará en la llamada.", "Luis"),
        ("A Renata teve um imprevisto e não vai participar.", "Renata"),
        ("Mathilde est souffrante et ne pourra pas assurer l'entretien.", "Mathilde"),
        ("Stefan Meier ist leider krank.", "Stefan Meier"),
        ("Dewi will not be on the call.", "Dewi"),
    ],
)
def test_an_absence_said_in_each_language(text: str, who: str) -> None:
    assert absent_names(text) == [who]


VIVEK = "Vivek Menon, Engineering Manager (vivek.menon@acme-robotics.example)"


def met_on(f: ThreadFacts) -> dict[str, list[str]]:
    return {
        m.start.strftime("%d %H:%M"): sorted(a.email.split("@")[0] for a in m.attendees)
        for m in f.meetings
        if m.status != "moved"
    }


def test_a_round_or_a_discussion_with_someone_names_who_is_met() -> None:
    f = facts(
        message(
            0,
            DANA,
            f"The next step is the technical round with {VIVEK}.\n\n"
            "Schedule: Thursday, 5th March 2026 | 5:00 PM onwards\n\nPlease confirm.",
        ),
        message(1, JORDAN, "Confirmed, thanks Dana.", to=(DANA,), hours=2),
    )
    assert met_on(f) == {"05 17:00": ["vivek.menon"]}


def test_will_be_available_accepts_a_time() -> None:
    f = facts(
        message(
            0,
            DANA,
            f"The final step is a discussion with {VIVEK} on Thursday 5 March "
            "at 11:30 AM. He will call you on your mobile.",
        ),
        message(1, JORDAN, "Noted, thank you. Will be available.", to=(DANA,), hours=2),
    )
    assert met_on(f) == {"05 11:30": ["vivek.menon"]}


def test_who_a_moved_meeting_is_with_is_said_before_it_was_moved() -> None:
    f = facts(
        message(
            0,
            DANA,
            f"The next step is the technical round with {VIVEK}.\n\n"
            "Schedule: Thursday, 5th March 2026 | 5:00 PM onwards\n\nPlease confirm.",
        ),
        message(1, JORDAN, "Confirmed, thanks Dana.", to=(DANA,), hours=2),
        message(
            2,
            DANA,
            "Vivek is travelling on the 5th. Could we prepone the round to "
            "Wednesday 4 March at the same time (5 PM)?",
            hours=24,
        ),
        message(3, JORDAN, "Sure, Wednesday 5 PM is fine with me.", to=(DANA,), hours=25),
        # before the old time, about the next step: not who the moved round was with
        message(
            4,
            DANA,
            "Congratulations! The final step is a discussion with Sam Ito "
            "(sam.ito@acme-robotics.example) on Monday 9 March at 11:30 AM.",
            hours=24 * 3,
        ),
    )
    assert met_on(f)["04 17:00"] == ["vivek.menon"]
