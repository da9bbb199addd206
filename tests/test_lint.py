"""The lint: one test per row of DOMAIN.md's table of mistakes, and the figures it reports.

Each test starts from a draft the lint finds nothing in, makes one mistake, and expects the
finding for it (and only that one)."""

from __future__ import annotations

import zoneinfo
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from daemon.config import Profile, User
from daemon.drafting.lint import Parts, lint_draft
from daemon.drafting.readability import reading_level
from daemon.followups.base import Writing
from daemon.followups.thank_you import ThankYouFor
from daemon.model import Address, Followup, Meeting, Message, Thread, ThreadFacts

TZ = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 19, 9, 30, tzinfo=TZ)  # a Thursday
MET = datetime(2026, 3, 18, 14, tzinfo=TZ)  # yesterday, Wednesday
USER = User("Jana Köhler", ("jana@example.org",), "Europe/Berlin", phone="+49 30 5550 0000")
FELIX = Address("felix.braun@fernweh.example", "Felix Braun")
MEI = Address("mei.lin@fernweh.example", "Mei Lin")
MEETING = Meeting("t1", MET, MET + timedelta(hours=1), "done", (FELIX,), "ics", "", uid="m1")

SIGNATURE = "Best regards,\nJana Köhler\n+49 30 5550 0000\njana@example.org\n"
GOOD = (
    "Dear Felix,\n\n"
    "Thank you for taking the time to speak with me yesterday. I enjoyed hearing how your team "
    "plans the routes at Fernweh Mobility, and I learned a lot from it.\n\n"
    "I think I would fit the role well:\n"
    "- five years of design for booking apps\n"
    "- I led a small team through a big launch\n\n"
    "I am still very keen on the job. I will check in again next Thursday. Thank you again for "
    "your time.\n\n" + SIGNATURE
)


def thread(text: str = "Looking forward to our talk. Felix, Fernweh Mobility") -> ThreadFacts:
    msg = Message(
        "a",
        "INBOX",
        "1",
        "<p@fernweh.example>",
        "Interview at Fernweh Mobility",
        MET - timedelta(days=2),
        FELIX,
        to=(Address("jana@example.org", "Jana Köhler"),),
        text=text,
    )
    return ThreadFacts(
        Thread("<p@fernweh.example>", (msg,)),
        True,
        "interview",
        "Fernweh Mobility",
        (),
        meetings=(MEETING,),
    )


def thanks(to: Address = FELIX, meeting: Meeting = MEETING, due: datetime = MET) -> Followup:
    return Followup(
        "thank_you-1",
        "thank_you",
        "<p@fernweh.example>",
        to,
        due + timedelta(hours=3),
        due + timedelta(hours=25),
        "due",
        "test",
        payload=ThankYouFor(meeting),
    )


def writing(company: str | None = "Fernweh Mobility", guessed: bool = False) -> Writing:
    return Writing(
        company,
        "Interview at Fernweh Mobility",
        USER,
        Profile(),
        "jana@example.org",
        TZ,
        NOW,
        company_guessed=guessed,
    )


def codes(
    body: str = GOOD,
    f: Followup | None = None,
    facts: ThreadFacts | None = None,
    w: Writing | None = None,
    to: tuple[Address, ...] | None = None,
) -> list[str]:
    found = lint_draft(body, f or thanks(), facts or thread(), w or writing(), to)
    return [x.code for x in found]


def test_a_good_note_has_nothing_to_fix() -> None:
    assert codes() == []


# --- one per row of DOMAIN.md's table --------------------------------------------------------


def test_scathing_or_bitter() -> None:
    body = GOOD.replace("I enjoyed", "I am disappointed nobody answered, but I enjoyed")
    assert codes(body) == ["negative_tone"]


def test_impatience_before_the_window_and_grace() -> None:
    # due only tomorrow: the draft is early
    assert codes(f=thanks(due=NOW + timedelta(days=1))) == ["too_early"]


def test_one_line_can_you_call_me_back() -> None:
    found = codes("Dear Felix,\n\nCan you call me back?\n\n" + SIGNATURE)
    assert found == ["asks_callback", "one_liner", "too_short"]


def test_one_note_to_several_interviewers() -> None:
    assert codes(to=(FELIX, MEI)) == ["several_recipients"]
    assert codes(GOOD.replace("Dear Felix,", "Dear Felix and Mei,")) == ["group_note"]
    assert codes(GOOD.replace("speak with me", "speak with you all")) == ["group_note"]


def test_copy_and_paste_the_wrong_name() -> None:
    lint = lint_draft(GOOD.replace("Dear Felix", "Dear Sally"), thanks(), thread(), writing())
    assert [(x.code, x.message) for x in lint] == [
        (
            "greeting_name",
            "greets 'Sally', but the thread calls felix.braun@fernweh.example 'Felix Braun': "
            "check who it is for",
        )
    ]
    assert codes(GOOD.replace("Dear Felix,\n\n", "")) == ["greeting_missing"]
    # a title and the surname are the same person
    assert codes(GOOD.replace("Dear Felix", "Dear Dr. Braun")) == []


def test_copy_and_paste_the_wrong_company() -> None:
    # the thread never says "Nordlicht Energy"
    body = GOOD.replace("Fernweh Mobility", "Nordlicht Energy")
    assert codes(body, w=writing("Nordlicht Energy")) == ["company_not_in_thread"]
    # said only by an address: the user is asked to check it
    lint = lint_draft(GOOD, thanks(), thread(), writing(guessed=True))
    assert [x.code for x in lint] == ["company_guessed"]
    assert "'Fernweh Mobility'" in lint[0].message and "check" in lint[0].message
    # the thread may say it with its legal form, or the note without
    assert codes(facts=thread("Fernweh Mobility GmbH, Berlin")) == []


def test_a_thank_you_to_someone_not_in_the_meeting() -> None:
    body = GOOD.replace("Dear Felix", "Dear Mei")
    lint = lint_draft(body, thanks(to=MEI), thread(), writing())
    assert [x.code for x in lint] == ["not_in_meeting"]
    assert "mei.lin@fernweh.example" in lint[0].message and "Felix Braun" in lint[0].message


def test_a_meeting_that_did_not_happen_as_stated() -> None:
    cancelled = replace(MEETING, status="cancelled")
    facts = replace(thread(), meetings=(cancelled,))
    assert codes(facts=facts) == ["meeting_not_held"]
    assert codes(facts=replace(thread(), meetings=())) == ["meeting_not_held"]
    # the note says Monday; the meeting was yesterday, a Wednesday
    lint = lint_draft(GOOD.replace("yesterday", "on Monday"), thanks(), thread(), writing())
    assert [(x.code, x.message) for x in lint] == [
        ("meeting_day", "says 'monday' of the meeting, but it was on Wednesday 18 March")
    ]
    assert codes(GOOD.replace("yesterday", "on Wednesday")) == []


def test_misspellings() -> None:
    body = GOOD.replace("I learned a lot", "I learned a a lot").replace("keen", "intrested")
    lint = lint_draft(body, thanks(), thread(), writing())
    assert [x.code for x in lint] == ["spelling"]
    assert "'intrested' (interested)" in lint[0].message and "'a a'" in lint[0].message


def test_names_spelled_as_in_the_thread() -> None:
    lint = lint_draft(GOOD.replace("Dear Felix", "Dear Filix"), thanks(), thread(), writing())
    assert [(x.code, x.message) for x in lint] == [
        ("name_spelling", "greets 'Filix'; the thread spells the name 'Felix Braun'")
    ]


def test_gimmicks_flowers_gifts() -> None:
    assert codes(GOOD.replace("I enjoyed", "I sent you flowers. I enjoyed")) == ["gift"]


def test_missing_contact_details() -> None:
    bare = GOOD.replace("+49 30 5550 0000\njana@example.org\n", "")
    assert codes(bare) == ["missing_contact"]


def test_unfilled_placeholders() -> None:
    body = GOOD.replace("- I led a small team through a big launch", "- [add: a reason you fit]")
    lint = lint_draft(body, thanks(), thread(), writing())
    assert [(x.code, x.message) for x in lint] == [
        ("unfilled_slot", "fill in [add: a reason you fit]")
    ]


# --- brief beats thorough: length and reading level ------------------------------------------


def test_too_long_says_both_figures() -> None:
    extra = "I also liked the tour of the office and the talk with the team. "
    body = GOOD.replace("Thank you again", extra * 6 + "Thank you again")
    lint = lint_draft(body, thanks(), thread(), writing())
    assert [x.code for x in lint] == ["too_long"]
    assert "words" in lint[0].message and "reading ease" in lint[0].message
    assert "50 to 125 words" in lint[0].message


def test_hard_to_read_says_both_figures() -> None:
    dense = (
        "Notwithstanding organisational considerations, comprehensive interdisciplinary "
        "collaboration substantially facilitates operational optimisation, particularly "
        "regarding infrastructural modernisation, institutional accountability and "
        "administrative standardisation across international subsidiaries. "
    )
    body = GOOD.replace("I am still very keen", dense + "I am still very keen")
    lint = lint_draft(body, thanks(), thread(), writing())
    assert [x.code for x in lint] == ["hard_to_read"]
    assert "words, reading ease" in lint[0].message and "grade" in lint[0].message


def test_the_note_is_measured_without_greeting_and_signature() -> None:
    parts = Parts.of(GOOD, writing())
    assert parts.greeting == "Dear Felix,"
    assert parts.closing.startswith("Best regards,\nJana Köhler")
    level = reading_level(parts.note)
    assert 50 <= level.words <= 125 and level.grade <= 10


@pytest.mark.parametrize("signoff", ["Kind regards,", "Thanks,", "Sincerely,"])
def test_a_note_of_the_users_own_words_is_cut_at_its_sign_off(signoff: str) -> None:
    body = GOOD.replace(SIGNATURE, f"{signoff}\nJana\n+49 30 5550 0000\n")
    assert Parts.of(body, writing()).closing.startswith(signoff)
    assert codes(body) == []


def test_the_examples_hold() -> None:
    import doctest

    import daemon.drafting.readability
    import daemon.drafting.spelling
    import daemon.drafting.templates
    import daemon.infer.promises

    for module in (
        daemon.drafting.readability,
        daemon.drafting.spelling,
        daemon.drafting.templates,
        daemon.infer.promises,
    ):
        result = doctest.testmod(module)
        assert result.attempted and not result.failed
