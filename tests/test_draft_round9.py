"""What round 9's drafts (opened on 2026-12-07) taught: a day is written as the people the
draft answers write theirs, month first to a recruiter in Miami or Manila, day first to one in
London, whatever the user's own zone. Through the public entry points."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from daemon.drafting.templates import dates_as, month_first_in, weekday_date
from daemon.model import Address
from tests.test_draft_languages import ENGLISH_PROFILE, ME, START, _thanked, _thread, parsed

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
