"""Rules learnt from round 7's blind cases once they were opened (hr-capetown, pilot-dallas,
policy-lisbon, researcher-zurich, sealed on 2026-12-07 until the next stop): an interview day's
itinerary written as aviation and hospitals write times, people named by rank or with their
surname in capitals, a panel "composed of" its members, a confirmation said in a word before
its details, a slot picked with "please", a call that never came, the user's own word that
someone joined. Small threads, one rule each; the cases themselves are scored in
tests/test_kinds_cases.py."""

from __future__ import annotations

import pytest

from daemon.infer.annotate import written_addresses
from daemon.infer.dates import find_times
from daemon.infer.met import _named_first
from daemon.infer.names import written_names
from daemon.model import Address, ThreadFacts
from tests.test_infer import DANA, JORDAN, T0, TZ, message
from tests.test_infer_round9 import facts

SAM = Address("sam.ito@acme-robotics.example", "Sam Ito")
KIM = Address("kim.lee@acme-robotics.example", "Kim Lee")


def met(f: ThreadFacts) -> list[tuple[str, list[str]]]:
    """(start, people) of each meeting that was held or is still ahead."""
    return [
        (m.start.strftime("%a %H:%M"), sorted(a.email.split("@")[0] for a in m.attendees))
        for m in f.meetings
        if m.status not in ("moved", "cancelled", "not held")
    ]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Tuesday, March 10:\n0700-0900   Simulator evaluation", [("07:00", "09:00")]),
        ("Tuesday 10 March, 1300-1400 HR panel", [("13:00", "14:00")]),
        ("Tuesday 10 March, 13:00-14:00 HR panel", [("13:00", "14:00")]),
        ("the 2025-2026 school year starts on Tuesday 10 March", []),
        ("Call me on Tuesday 10 March on 512-555-0139", []),
    ],
)
def test_times_as_aviation_and_hospitals_write_them(
    text: str, times: list[tuple[str, str]]
) -> None:
    found = find_times(text, T0, TZ)
    assert [(t.start.strftime("%H:%M"), t.end and t.end.strftime("%H:%M")) for t in found] == times


def test_an_interview_days_itinerary_is_one_meeting_with_everyone_on_it() -> None:
    itinerary = (
        "Hi Jordan,\n\nWe're looking forward to having you on Tuesday, March 10. Here is how "
        "the day will run:\n\n"
        "0800-0930   Simulator evaluation\n"
        "1000-1100   Technical interview\n"
        "            Dana Ruiz, Fleet Captain - dana.ruiz@acme-robotics.example\n"
        "            Sam Ito, Hiring Team - sam.ito@acme-robotics.example\n"
        "1300-1400   HR panel\n"
        "            Kim Lee, Talent - kim.lee@acme-robotics.example\n\n"
        "Kelsey"
    )
    f = facts(
        message(0, DANA, itinerary, subject="Your interview day - itinerary"),
        message(1, JORDAN, "Got it, see you on the 10th.", to=(DANA,), hours=2),
    )
    assert met(f) == [("Tue 08:00", ["dana.ruiz", "kim.lee", "sam.ito"])]
    [day] = f.meetings
    assert day.end is not None and day.end.strftime("%H:%M") == "14:00"


def test_a_yes_to_a_days_itinerary_agrees_the_day() -> None:
    f = facts(
        message(
            0,
            DANA,
            "Final rounds will be held at our office on Tuesday, March 10:\n"
            "9:00 - 9:45 AM - Case interview with Sam Ito (sam.ito@acme-robotics.example)\n"
            "10:00 - 10:45 AM - Fit interview with Kim Lee (kim.lee@acme-robotics.example)\n\n"
            "Please reply to confirm your attendance.",
        ),
        message(1, JORDAN, "I am delighted to confirm my attendance on Tuesday.", hours=3),
    )
    assert met(f) == [("Tue 09:00", ["kim.lee", "sam.ito"])]


def test_travel_to_an_interview_is_no_meeting() -> None:
    f = facts(
        message(
            0,
            DANA,
            "Here's your travel for the interview:\n\n"
            "Mon 3/9  BB 1182  DFW-AUS  dep 6:15 PM  positive space\n"
            "Tue 3/10  BB 1497  AUS-DFW  dep 6:55 PM  positive space\n",
        ),
    )
    assert met(f) == []


@pytest.mark.parametrize(
    ("span", "names"),
    [
        (
            "10:00 Hangar tour with Glenn Whitaker and our Chief Pilot, Capt. Sayers",
            ["Capt. Sayers"],
        ),
        ("- Ms Helga BRANDT, Head of Unit (Chair)", ["Helga Brandt"]),
    ],
)
def test_people_named_by_rank_or_with_their_surname_in_capitals(
    span: str, names: list[str]
) -> None:
    found = written_names([span], {}, "Jordan Lee")
    assert [n for n in found if "Glenn" not in n] == names


@pytest.mark.parametrize(
    "lead",
    [
        "You'll be presenting to:",
        "The Selection Committee is composed of:",
        "Le jury sera composé de :",
        "O júri será composto por:",
    ],
)
def test_a_panel_named_after_how_people_introduce_it(lead: str) -> None:
    f = facts(
        message(
            0,
            DANA,
            "This confirms your presentation on Thursday 12 March from 10:00 to 11:00.\n\n"
            f"{lead}\n- Sam Ito, CEO (sam.ito@acme-robotics.example)\n"
            "- Kim Lee, CFO (kim.lee@acme-robotics.example)\n\nI won't be in the session myself.",
        ),
        message(1, JORDAN, "Thank you, confirmed.", to=(DANA,), hours=1),
    )
    assert met(f) == [("Thu 10:00", ["kim.lee", "sam.ito"])]


def test_a_word_of_confirmation_before_the_details() -> None:
    f = facts(
        message(0, DANA, "Could you do Monday 9/03 at 14:00 or Tuesday 10/03 at 09:00?"),
        message(1, JORDAN, "Hi Dana, Monday 9 March at 14:00 please.", to=(DANA,), hours=2),
        message(
            2,
            DANA,
            "Confirmed! Video interview on Monday 9 March, 14:00-14:45, on Google Meet.\n\n"
            "You'll meet Sam Ito (sam.ito@acme-robotics.example). I won't be joining.",
            hours=20,
        ),
    )
    assert met(f) == [("Mon 14:00", ["sam.ito"])]


def test_the_users_own_word_that_someone_joined() -> None:
    f = facts(
        message(0, DANA, "This confirms your interview with me on Tuesday 10 March at 10:00."),
        message(1, JORDAN, "Confirmed, thank you.", to=(DANA,), hours=1),
        message(
            2,
            JORDAN,
            "Thanks for today! Sam from your engineering team joined for the second half. "
            "Could you send me his address?",
            to=(DANA,),
            hours=24 * 8 + 5,
        ),
        message(3, DANA, "Of course: Sam Ito, sam.ito@acme-robotics.example.", hours=24 * 9),
    )
    assert met(f) == [("Tue 10:00", ["dana.ruiz", "sam.ito"])]


def test_a_call_that_never_came() -> None:
    f = facts(
        message(0, DANA, "Could I give you a call on Tuesday 10/03 at 11:00 to tell you more?"),
        message(1, JORDAN, "Tuesday at 11:00 suits.", to=(DANA,), hours=1),
        message(
            2,
            JORDAN,
            "Hi Dana, I was expecting your call at 11:00, just checking whether we're still on?",
            to=(DANA,),
            hours=24 * 8 + 2.5,
        ),
    )
    assert met(f) == []


def test_thanks_to_both_for_their_time_is_a_candidates() -> None:
    f = facts(
        message(
            0,
            JORDAN,
            "Dear Sam and Kim,\n\nThank you both for your time this afternoon.",
            to=(SAM, KIM),
            subject="Thank you - panel interview",
        ),
        message(
            1,
            DANA,
            "Thank you for your kind note. The panel meets on Wednesday to agree the shortlist "
            "for the final round, and I will revert to you by Friday 13 March.",
            hours=15,
        ),
    )
    assert f.side == "candidate" and [p.last_day for p in f.promises] == ["2026-03-13"]


def test_a_decision_every_candidate_will_be_notified_of() -> None:
    f = facts(
        message(
            0,
            DANA,
            "A decision on who will be invited to the May interview days will be made by "
            "Wednesday, March 11, and every candidate will be notified by email either way.",
        ),
    )
    assert [p.last_day for p in f.promises] == ["2026-03-11"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("You'll be paired with another candidate for the simulator.", "candidate"),
        ("Entrevistas profissionais de seleção (4 candidatos). Júri: Dana Ruiz.", "hiring"),
    ],
)
def test_other_candidates_said_to_a_candidate_and_to_a_panel(text: str, side: str) -> None:
    f = facts(message(0, DANA, f"{text}\n\nThe sessions are on Tuesday 10 March from 10:00."))
    assert f.side == side


def test_a_conversation_with_the_writer_and_a_colleague() -> None:
    f = facts(
        message(
            0,
            DANA,
            "Seria possível vir ter connosco na terça-feira, 10/03, às 15h00? A conversa será "
            "comigo e com o Sam Ito, coordenador de programas, que segue em cópia.",
            cc=(SAM,),
        ),
        message(1, JORDAN, "Confirmo a minha presença na terça-feira, 10/03, às 15h00.", hours=2),
    )
    assert met(f) == [("Tue 15:00", ["dana.ruiz", "sam.ito"])]


def test_a_name_with_a_particle_beside_its_address() -> None:
    [found] = written_addresses("Our Head of Policy, Anneke de Vries (a.devries@equity.example).")
    assert found.name == "Anneke de Vries"


def test_a_post_in_brackets_after_a_name_is_no_one() -> None:
    span = "You'll meet Harriet Ellis (VP People) and Tom Brennan (Director, Africa Expansion)."
    assert written_names([span], {}, "Jordan Lee") == ["Harriet Ellis", "Tom Brennan"]


def test_a_process_carried_on_with_another_candidate_in_german() -> None:
    f = facts(
        message(0, JORDAN, "Vielen Dank für das Gespräch am Montag.", to=(DANA,)),
        message(
            1,
            DANA,
            "Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit einer "
            "Kandidatin weiterzuführen, deren Erfahrung näher an unseren Bedürfnissen liegt.",
            hours=24 * 5,
        ),
    )
    assert f.category == "rejection"


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("       Priya Nair, Senior Manager, Regulatory Reporting", "       Priya Nair"),
        ("9:00 am - Harriet Ellis, Head of People", "9:00 am - Harriet Ellis"),
        ("            Harriet Ellis, Head of People", "            Harriet Ellis"),
        (
            "you'll be chatting with Marcus Webb, our manager, and Priyanka Desai, Melbourne East",
            "you'll be chatting with Marcus Webb, our manager, and Priyanka Desai, Melbourne East",
        ),
    ],
)
def test_an_agenda_line_names_its_person_before_their_post(line: str, read: str) -> None:
    assert _named_first(line) == read
