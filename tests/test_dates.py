"""Tests for daemon.infer.dates: times with days, deadline windows, business days, durations.

Expected values are written out as ISO strings, so a test checks the wall time *and* the UTC
offset (the offset is how DST mistakes show up).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest

from daemon.infer import _date_words as lex
from daemon.infer.dates import (
    TimeMention,
    Window,
    add_business_days,
    duration_minutes,
    find_times,
    find_windows,
    writes_day_first,
)

CHI = ZoneInfo("America/Chicago")
BER = ZoneInfo("Europe/Berlin")
SYD = ZoneInfo("Australia/Sydney")
UTC = ZoneInfo("UTC")

# Reference moments (the message's Date header) used throughout.
MON_23_FEB = datetime(2026, 2, 23, 9, 15, tzinfo=CHI)  # a Monday, US still on CST
WED_4_MAR = datetime(2026, 3, 4, 16, 0, tzinfo=CHI)  # a Wednesday, before the 8 March US change
MON_23_MAR = datetime(2026, 3, 23, 10, 0, tzinfo=BER)  # a Monday, Berlin still on CET
TUE_3_MAR_SYD = datetime(2026, 3, 3, 8, 10, tzinfo=SYD)  # a Tuesday in Sydney, AEDT (+11:00)

Expected = list[tuple[str, str | None]]


def _got(mentions: list[TimeMention]) -> Expected:
    return [(m.start.isoformat(), m.end.isoformat() if m.end else None) for m in mentions]


TIME_CASES: list[tuple[str, datetime, tzinfo, Expected]] = [
    # --- US, Chicago user; 8 March 2026 is the US change to daylight time -----------------------
    (
        "Thursday 2/26 at 2:00 pm CT works well for me",
        MON_23_FEB,
        CHI,
        [("2026-02-26T14:00:00-06:00", None)],
    ),
    (
        "Thursday at 2:00 pm CT works well for me",
        MON_23_FEB,
        CHI,
        [("2026-02-26T14:00:00-06:00", None)],
    ),
    (
        "Could we do Monday 3/2 at 11:00 am CT?",
        MON_23_FEB,
        CHI,
        [("2026-03-02T11:00:00-06:00", None)],
    ),
    (
        "How about Thursday, March 12 at 8:30 am?",
        MON_23_FEB,
        CHI,
        [("2026-03-12T08:30:00-05:00", None)],
    ),
    ("Monday, March 16 at 3:00 pm CT", MON_23_FEB, CHI, [("2026-03-16T15:00:00-05:00", None)]),
    ("Thursday, March 19 at 10:00 am CT", MON_23_FEB, CHI, [("2026-03-19T10:00:00-05:00", None)]),
    # 9 March is after the US change: CDT (-05:00) and MDT (-06:00), the same instant twice.
    (
        "Monday 3/9 from 1:00–2:00 pm CT (12:00–1:00 pm MT)",
        MON_23_FEB,
        CHI,
        [
            ("2026-03-09T13:00:00-05:00", "2026-03-09T14:00:00-05:00"),
            ("2026-03-09T12:00:00-06:00", "2026-03-09T13:00:00-06:00"),
        ],
    ),
    # --- Berlin user; 29 March 2026 is the EU change to summer time -----------------------------
    ("Wednesday, 25 March at 16:00", MON_23_MAR, BER, [("2026-03-25T16:00:00+01:00", None)]),
    ("or Thursday, 26 March at 11:00?", MON_23_MAR, BER, [("2026-03-26T11:00:00+01:00", None)]),
    ("Monday, 30 March at 16:00", MON_23_MAR, BER, [("2026-03-30T16:00:00+02:00", None)]),
    (
        "Wednesday, 18 March, 14:00–15:30",
        MON_23_MAR,
        BER,
        [("2026-03-18T14:00:00+01:00", "2026-03-18T15:30:00+01:00")],
    ),
    (
        "Wednesday, 25 March at 10:00 (Berlin time)",
        MON_23_MAR,
        BER,
        [("2026-03-25T10:00:00+01:00", None)],
    ),
    ("Thursday, 2 April at 14:00", MON_23_MAR, BER, [("2026-04-02T14:00:00+02:00", None)]),
    # --- Sydney user (AEDT until 5 April) -----------------------------------------------------
    ("Tuesday 3 March at 8:00 am", TUE_3_MAR_SYD, SYD, [("2026-03-03T08:00:00+11:00", None)]),
    ("Thursday 5 March at 1:00 pm", TUE_3_MAR_SYD, SYD, [("2026-03-05T13:00:00+11:00", None)]),
    (
        "We last spoke Thursday 19 February at 10:30 am (AEDT).",
        TUE_3_MAR_SYD,
        SYD,
        [("2026-02-19T10:30:00+11:00", None)],
    ),
    (
        "Friday 6 March, 12:30–1:00 pm",
        TUE_3_MAR_SYD,
        SYD,
        [("2026-03-06T12:30:00+11:00", "2026-03-06T13:00:00+11:00")],
    ),
    (
        "Thursday 5 March, 1:00–1:45 pm",
        TUE_3_MAR_SYD,
        SYD,
        [("2026-03-05T13:00:00+11:00", "2026-03-05T13:45:00+11:00")],
    ),
    ("Friday at 12:30 suits me.", TUE_3_MAR_SYD, SYD, [("2026-03-06T12:30:00+11:00", None)]),
    ("Tuesday 10 March at 3:00 pm", TUE_3_MAR_SYD, SYD, [("2026-03-10T15:00:00+11:00", None)]),
    (
        "Friday 6 March, 11:00 am–12:00 pm AEDT (8:00–9:00 am AWST for me in Perth)",
        TUE_3_MAR_SYD,
        SYD,
        [
            ("2026-03-06T11:00:00+11:00", "2026-03-06T12:00:00+11:00"),
            ("2026-03-06T08:00:00+08:00", "2026-03-06T09:00:00+08:00"),
        ],
    ),
    # --- scheduler and calendar mails: the named zone wins over the user's ---------------------
    (
        "Event Date/Time:\n1:00pm - 1:45pm (Central Time - US & Canada), Tuesday, March 10, 2026",
        WED_4_MAR,
        BER,
        [("2026-03-10T13:00:00-05:00", "2026-03-10T13:45:00-05:00")],
    ),
    (
        "When: Thursday, March 26, 2026, 11:00 – 11:45 (Central European Time, Europe/Berlin)",
        WED_4_MAR,
        CHI,
        [("2026-03-26T11:00:00+01:00", "2026-03-26T11:45:00+01:00")],
    ),
    # Outlook labels Chicago "(UTC-06:00)" all year; on 12 March it is really -05:00.
    (
        "When: Thursday, March 12, 2026 2:00 PM-3:00 PM (UTC-06:00) Central Time (US & Canada).",
        WED_4_MAR,
        BER,
        [("2026-03-12T14:00:00-05:00", "2026-03-12T15:00:00-05:00")],
    ),
    (
        "Friday Mar 13, 2026 ⋅ 10am – 11:30am (Central Time - Chicago)",
        WED_4_MAR,
        BER,
        [("2026-03-13T10:00:00-05:00", "2026-03-13T11:30:00-05:00")],
    ),
    (
        "Date: Wednesday, March 4, 2026\nTime: 10:00 AM – 11:00 AM (AEDT, Australia/Sydney)",
        datetime(2026, 3, 2, 12, 0, tzinfo=CHI),
        CHI,
        [("2026-03-04T10:00:00+11:00", "2026-03-04T11:00:00+11:00")],
    ),
    (
        "Time: 10:00 AM\nDate: Wednesday, March 4, 2026",
        WED_4_MAR,
        CHI,
        [("2026-03-04T10:00:00-06:00", None)],
    ),
    # --- the same moment in two zones: both mentions, one instant ------------------------------
    (
        "Tuesday, March 10, 3:00–3:30 pm ET (2:00–2:30 pm CT)",
        WED_4_MAR,
        CHI,
        [
            ("2026-03-10T15:00:00-04:00", "2026-03-10T15:30:00-04:00"),
            ("2026-03-10T14:00:00-05:00", "2026-03-10T14:30:00-05:00"),
        ],
    ),
    # --- relative days, day after the time, several mentions -----------------------------------
    ("Can we talk tomorrow at 3pm?", WED_4_MAR, CHI, [("2026-03-05T15:00:00-06:00", None)]),
    ("I'm free today at 4.", WED_4_MAR, CHI, [("2026-03-04T16:00:00-06:00", None)]),
    ("Would 5pm tomorrow work?", WED_4_MAR, CHI, [("2026-03-05T17:00:00-06:00", None)]),
    ("Let's say tonight at 8", WED_4_MAR, CHI, [("2026-03-04T20:00:00-06:00", None)]),
    ("Friday at noon", WED_4_MAR, CHI, [("2026-03-06T12:00:00-06:00", None)]),
    ("Wednesday next week at 9:30", WED_4_MAR, CHI, [("2026-03-11T09:30:00-05:00", None)]),
    (
        "Would 2pm on Thursday or 10am on Friday work?",
        WED_4_MAR,
        CHI,
        [("2026-03-05T14:00:00-06:00", None), ("2026-03-06T10:00:00-06:00", None)],
    ),
    (
        "Monday at 2pm, Tuesday at 3pm",
        WED_4_MAR,
        CHI,
        [("2026-03-09T14:00:00-05:00", None), ("2026-03-10T15:00:00-05:00", None)],
    ),
    (
        "Tuesday 10am or 2pm",
        WED_4_MAR,
        CHI,
        [("2026-03-10T10:00:00-05:00", None), ("2026-03-10T14:00:00-05:00", None)],
    ),
    ("Wednesday at 3.30pm", WED_4_MAR, CHI, [("2026-03-11T15:30:00-05:00", None)]),
    ("Thursday at 9:30 a.m. Eastern", WED_4_MAR, CHI, [("2026-03-05T09:30:00-05:00", None)]),
    (
        "Friday 11pm - 1am",
        WED_4_MAR,
        CHI,
        [("2026-03-06T23:00:00-06:00", "2026-03-07T01:00:00-06:00")],
    ),
    (
        "Friday 11–1 pm",
        WED_4_MAR,
        CHI,
        [("2026-03-06T11:00:00-06:00", "2026-03-06T13:00:00-06:00")],
    ),
    (
        "Friday between 9:30 and 11",
        WED_4_MAR,
        CHI,
        [("2026-03-06T09:30:00-06:00", "2026-03-06T11:00:00-06:00")],
    ),
    (
        "Monday from 9 to 5",
        WED_4_MAR,
        CHI,
        [("2026-03-09T09:00:00-05:00", "2026-03-09T17:00:00-05:00")],
    ),
    # the full stop after "pm" ends the sentence: 2-4 pm belongs to today, not to Thursday
    (
        "I'm free today, June 8 from 2pm - 4pm.  On Thursday, June 11, 9-10 am.",
        datetime(2026, 6, 8, 9, tzinfo=CHI),
        CHI,
        [
            ("2026-06-08T14:00:00-05:00", "2026-06-08T16:00:00-05:00"),
            ("2026-06-11T09:00:00-05:00", "2026-06-11T10:00:00-05:00"),
        ],
    ),
    ("Freitag, 6. März um 14:00 Uhr", WED_4_MAR, BER, [("2026-03-06T14:00:00+01:00", None)]),
    ("2026-03-06 14:00 UTC", WED_4_MAR, BER, [("2026-03-06T14:00:00+00:00", None)]),
    ("Friday at 9am UTC+2", WED_4_MAR, CHI, [("2026-03-06T09:00:00+02:00", None)]),
]


@pytest.mark.parametrize(
    ("text", "ref", "tz", "expected"), TIME_CASES, ids=[c[0][:50] for c in TIME_CASES]
)
def test_find_times(text: str, ref: datetime, tz: tzinfo, expected: Expected) -> None:
    mentions = find_times(text, ref, tz)
    assert _got(mentions) == expected
    for m in mentions:
        assert m.start.tzinfo is not None
        assert m.text == text[m.span[0] : m.span[1]]


def test_two_zone_renderings_are_one_instant() -> None:
    text = "Monday 3/9 from 1:00–2:00 pm CT (12:00–1:00 pm MT)"
    first, second = find_times(text, MON_23_FEB, CHI)
    assert first.start == second.start and first.end == second.end


def test_mention_text_and_span() -> None:
    text = "Hi Ana,\nThursday 2/26 at 2:00 pm CT works well for me.\nBest"
    (m,) = find_times(text, MON_23_FEB, CHI)
    assert m.text == "Thursday 2/26 at 2:00 pm CT"
    assert m.span == (8, 35)


# --- DST on both sides of each change --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "tz", "expected"),
    [
        ("Friday, March 6 at 10:00 am CT", CHI, "2026-03-06T10:00:00-06:00"),
        ("Monday, March 9 at 10:00 am CT", CHI, "2026-03-09T10:00:00-05:00"),
        ("Saturday, March 7 at 9am ET", BER, "2026-03-07T09:00:00-05:00"),
        ("Tuesday, March 10 at 9am ET", BER, "2026-03-10T09:00:00-04:00"),  # US moved, EU not yet
        ("Friday, 27 March at 10:00", BER, "2026-03-27T10:00:00+01:00"),
        ("Monday, 30 March at 10:00", BER, "2026-03-30T10:00:00+02:00"),
        ("Friday, 27 March at 10:00 BST", CHI, "2026-03-27T10:00:00+00:00"),
        ("Monday, 30 March at 10:00 BST", CHI, "2026-03-30T10:00:00+01:00"),
        ("Friday, 3 April at 10:00 AEDT", BER, "2026-04-03T10:00:00+11:00"),
        ("Tuesday, 7 April at 10:00 AEST", BER, "2026-04-07T10:00:00+10:00"),  # Sydney left DST
    ],
)
def test_dst(text: str, tz: tzinfo, expected: str) -> None:
    (m,) = find_times(text, WED_4_MAR, tz)
    assert m.start.isoformat() == expected


# --- every zone word, on 12 March 2026 (US on daylight time, Europe not yet) -------------------
@pytest.mark.parametrize(
    ("zone", "offset"),
    [
        ("CT", "-05:00"),
        ("CST", "-05:00"),
        ("CDT", "-05:00"),
        ("Central Time", "-05:00"),
        ("ET", "-04:00"),
        ("EST", "-04:00"),
        ("EDT", "-04:00"),
        ("Eastern", "-04:00"),
        ("MT", "-06:00"),
        ("MST", "-06:00"),
        ("MDT", "-06:00"),
        ("Mountain", "-06:00"),
        ("PT", "-07:00"),
        ("PST", "-07:00"),
        ("PDT", "-07:00"),
        ("Pacific", "-07:00"),
        ("GMT", "+00:00"),
        ("UTC", "+00:00"),
        ("BST", "+00:00"),
        ("CET", "+01:00"),
        ("CEST", "+01:00"),
        ("MEZ", "+01:00"),
        ("MESZ", "+01:00"),
        ("(Berlin time)", "+01:00"),
        ("Central European Time", "+01:00"),
        ("AEDT", "+11:00"),
        ("AEST", "+11:00"),
        ("AWST", "+08:00"),
        ("(Central European Time, Europe/Berlin)", "+01:00"),
        ("(AEDT, Australia/Sydney)", "+11:00"),
        ("(Central Time - US & Canada)", "-05:00"),
        ("(Europe/London)", "+00:00"),
        ("(UTC-06:00)", "-06:00"),
        ("pst", "-07:00"),
    ],
)
def test_zone_words(zone: str, offset: str) -> None:
    (m,) = find_times(f"Thursday, March 12 at 10:00 am {zone}", WED_4_MAR, SYD)
    assert m.start.isoformat() == "2026-03-12T10:00:00" + offset


# --- ranges ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("clock", "start", "end"),
    [
        ("12:30–1:00 pm", "12:30", "13:00"),
        ("11:00–11:30 am", "11:00", "11:30"),
        ("10am – 11:30am", "10:00", "11:30"),
        ("1:00pm - 1:45pm", "13:00", "13:45"),
        ("14:00–15:30", "14:00", "15:30"),
        ("2:00 PM-3:00 PM", "14:00", "15:00"),
        ("2:00—3:00 pm", "14:00", "15:00"),
        ("2 to 3 pm", "14:00", "15:00"),
        ("9:00 until 10:00", "09:00", "10:00"),
        ("11:30 am–12:00 pm", "11:30", "12:00"),
        ("noon–1 pm", "12:00", "13:00"),
    ],
)
def test_ranges(clock: str, start: str, end: str) -> None:
    (m,) = find_times(f"Friday 6 March, {clock}", WED_4_MAR, CHI)
    assert m.start.strftime("%H:%M") == start
    assert m.end is not None and m.end.strftime("%H:%M") == end


# --- which day a date means ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a December mail naming January means next January
        ("Monday, January 5 at 10am", datetime(2025, 12, 15, 9, tzinfo=CHI), "2026-01-05T10:00"),
        ("1/5 at 2pm", datetime(2025, 12, 15, 9, tzinfo=CHI), "2026-01-05T14:00"),
        ("Friday at 3pm", datetime(2025, 12, 31, 9, tzinfo=CHI), "2026-01-02T15:00"),
        # a date just past stays in this year: it is a reference back, not ~11 months ahead
        ("January 20 at 10am", datetime(2026, 3, 3, 9, tzinfo=CHI), "2026-01-20T10:00"),
        # within ~10 months ahead: next year
        ("February 20 at 10am", datetime(2026, 11, 3, 9, tzinfo=CHI), "2027-02-20T10:00"),
        # a named weekday picks the year when only one fits
        ("Thursday, January 7 at 9am", datetime(2026, 1, 12, 9, tzinfo=CHI), "2027-01-07T09:00"),
        # a bare weekday is strictly after the reference day, unless "today" is said
        ("Friday at 3pm", datetime(2026, 3, 6, 9, tzinfo=CHI), "2026-03-13T15:00"),
        ("today at 3pm", datetime(2026, 3, 6, 9, tzinfo=CHI), "2026-03-06T15:00"),
        ("the day after tomorrow at 8am", datetime(2026, 3, 6, 9, tzinfo=CHI), "2026-03-08T08:00"),
        ("on the 20th at 11am", datetime(2026, 3, 23, 9, tzinfo=CHI), "2026-04-20T11:00"),
        ("Tuesday the 10th at 7pm", datetime(2026, 3, 3, 9, tzinfo=CHI), "2026-03-10T19:00"),
        # Québec writes the day of the month after "le": not the coming Thursday, the 19th
        ("Jeudi le 19 à 8 h, au café?", datetime(2026, 3, 10, 7, tzinfo=CHI), "2026-03-19T08:00"),
    ],
)
def test_day_resolution(text: str, ref: datetime, expected: str) -> None:
    (m,) = find_times(text, ref, CHI)
    assert m.start.strftime("%Y-%m-%dT%H:%M") == expected


def test_relative_words_use_the_senders_day() -> None:
    # Sent Tuesday morning in Sydney (still Monday in Chicago): "tomorrow" is Wednesday.
    (m,) = find_times("tomorrow at 3pm AEDT", TUE_3_MAR_SYD, CHI)
    assert m.start.isoformat() == "2026-03-04T15:00:00+11:00"


# --- things that are not mentions ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Please send your answers back whenever you're ready.",
        "it should be live by 9:30",
        "Let's meet at 3pm.",
        "Ticket R-10482 is open.",
        "Our reference is LL-2026-014.",
        "Call me on Monday at +1 312 555 0187.",
        "Call me on Friday: (312) 555-0119",
        "Our office on Monday: 222 W Adams St, Chicago",
        "On Monday, 2/3 of the team are out.",
        "Monday: see https://example.com/2026/3/4/10:30 for details",
        "Friday works. I will send the notes at 3pm.",
        "Friday we had 12 people",
        "We sat down at 9 with the team.",
        "Tuesday: version 2.10 shipped",
        "Monday from 10 to 15 people",
    ],
)
def test_not_mentions(text: str) -> None:
    assert find_times(text, WED_4_MAR, CHI) == []


# --- find_windows ----------------------------------------------------------------------------
TUE = date(2026, 3, 3)  # ref for windows: a Tuesday
FRI = date(2026, 3, 6)
SAT = date(2026, 3, 7)

WINDOW_CASES: list[tuple[str, date, str, date, date]] = [
    # (sentence, ref, matched text, first_day, last_day)
    ("Please reply by Friday.", TUE, "by Friday", date(2026, 3, 4), date(2026, 3, 6)),
    ("Please reply by Wednesday.", TUE, "by Wednesday", date(2026, 3, 4), date(2026, 3, 4)),
    ("We will decide on Friday.", TUE, "on Friday", date(2026, 3, 4), date(2026, 3, 6)),
    ("Please reply by Friday.", FRI, "by Friday", date(2026, 3, 7), date(2026, 3, 13)),
    ("by Friday, March 6", TUE, "by Friday, March 6", date(2026, 3, 4), date(2026, 3, 6)),
    ("by Wednesday, March 4", TUE, "by Wednesday, March 4", date(2026, 3, 4), date(2026, 3, 4)),
    ("by Wednesday (4 March)", TUE, "by Wednesday (4 March)", date(2026, 3, 4), date(2026, 3, 4)),
    ("by Monday, 30 March", TUE, "by Monday, 30 March", date(2026, 3, 4), date(2026, 3, 30)),
    (
        "by Friday, 20 March at the latest",
        TUE,
        "by Friday, 20 March at the latest",
        date(2026, 3, 4),
        date(2026, 3, 20),
    ),
    ("by Tuesday 10 March", TUE, "by Tuesday 10 March", date(2026, 3, 4), date(2026, 3, 10)),
    (
        "by end of day Tuesday, March 17",
        TUE,
        "by end of day Tuesday, March 17",
        date(2026, 3, 4),
        date(2026, 3, 17),
    ),
    ("by March 6", TUE, "by March 6", date(2026, 3, 4), date(2026, 3, 6)),
    ("by 6 March", TUE, "by 6 March", date(2026, 3, 4), date(2026, 3, 6)),
    ("by 3/6", TUE, "by 3/6", date(2026, 3, 4), date(2026, 3, 6)),
    ("by the 20th", TUE, "by the 20th", date(2026, 3, 4), date(2026, 3, 20)),
    ("by the 20th", date(2026, 3, 23), "by the 20th", date(2026, 3, 24), date(2026, 4, 20)),
    ("by January 9", date(2025, 12, 15), "by January 9", date(2025, 12, 16), date(2026, 1, 9)),
    ("We'll know next week.", TUE, "next week", date(2026, 3, 9), date(2026, 3, 13)),
    ("early next week", TUE, "early next week", date(2026, 3, 9), date(2026, 3, 11)),
    ("later next week", TUE, "later next week", date(2026, 3, 12), date(2026, 3, 13)),
    (
        "by the end of next week",
        TUE,
        "by the end of next week",
        date(2026, 3, 12),
        date(2026, 3, 13),
    ),
    ("late next week", TUE, "late next week", date(2026, 3, 12), date(2026, 3, 13)),
    ("this week", TUE, "this week", date(2026, 3, 3), date(2026, 3, 6)),
    ("end of the week", TUE, "end of the week", date(2026, 3, 3), date(2026, 3, 6)),
    ("by the end of this week", TUE, "by the end of this week", date(2026, 3, 3), date(2026, 3, 6)),
    ("this week", SAT, "this week", date(2026, 3, 9), date(2026, 3, 13)),
    ("end of the week", date(2026, 3, 8), "end of the week", date(2026, 3, 9), date(2026, 3, 13)),
    ("in the next few days", TUE, "in the next few days", date(2026, 3, 4), date(2026, 3, 6)),
    ("within two weeks", TUE, "within two weeks", date(2026, 3, 4), date(2026, 3, 17)),
    ("within 2 weeks", TUE, "within 2 weeks", date(2026, 3, 4), date(2026, 3, 17)),
    ("in the next two weeks", TUE, "in the next two weeks", date(2026, 3, 4), date(2026, 3, 17)),
    ("in a week or two", TUE, "in a week or two", date(2026, 3, 4), date(2026, 3, 17)),
    ("within 5 business days", TUE, "within 5 business days", date(2026, 3, 4), date(2026, 3, 10)),
    ("within 2 working days", FRI, "within 2 working days", date(2026, 3, 7), date(2026, 3, 10)),
    ("within 10 days", TUE, "within 10 days", date(2026, 3, 4), date(2026, 3, 13)),
    (
        "the week of March 2",
        date(2026, 2, 23),
        "the week of March 2",
        date(2026, 3, 2),
        date(2026, 3, 6),
    ),
    ("the week of March 18", TUE, "the week of March 18", date(2026, 3, 16), date(2026, 3, 20)),
    ("tomorrow", TUE, "tomorrow", date(2026, 3, 4), date(2026, 3, 4)),
    ("today", TUE, "today", date(2026, 3, 3), date(2026, 3, 3)),
    ("end of day", TUE, "end of day", date(2026, 3, 3), date(2026, 3, 3)),
    ("EOD", TUE, "EOD", date(2026, 3, 3), date(2026, 3, 3)),
    ("by EOD", TUE, "by EOD", date(2026, 3, 3), date(2026, 3, 3)),
    (
        "by the end of the month",
        TUE,
        "by the end of the month",
        date(2026, 3, 4),
        date(2026, 3, 31),
    ),
    ("end of March", date(2026, 2, 23), "end of March", date(2026, 3, 31), date(2026, 3, 31)),
    ("end of February", date(2028, 2, 2), "end of February", date(2028, 2, 29), date(2028, 2, 29)),
    ("mid-March", date(2026, 2, 23), "mid-March", date(2026, 3, 13), date(2026, 3, 17)),
    # beyond the brief's list
    ("by tomorrow", TUE, "by tomorrow", date(2026, 3, 4), date(2026, 3, 4)),
    ("before Friday", TUE, "before Friday", date(2026, 3, 4), date(2026, 3, 5)),
    ("We'll call this afternoon.", TUE, "this afternoon", TUE, TUE),
    ("later this week", TUE, "later this week", date(2026, 3, 5), date(2026, 3, 6)),
    ("Wednesday next week works", TUE, "Wednesday next week", date(2026, 3, 11), date(2026, 3, 11)),
    ("the week of the 18th", TUE, "the week of the 18th", date(2026, 3, 16), date(2026, 3, 20)),
    (
        "the week of Sunday, March 15",
        TUE,
        "the week of Sunday, March 15",
        date(2026, 3, 16),
        date(2026, 3, 20),
    ),
    ("within 48 hours", TUE, "within 48 hours", date(2026, 3, 4), date(2026, 3, 5)),
    ("next month", TUE, "next month", date(2026, 4, 1), date(2026, 4, 30)),
]


@pytest.mark.parametrize(
    ("sentence", "ref", "text", "first", "last"),
    WINDOW_CASES,
    ids=[f"{c[0][:40]}@{c[1]}" for c in WINDOW_CASES],
)
def test_find_windows(sentence: str, ref: date, text: str, first: date, last: date) -> None:
    assert find_windows(sentence, ref) == [
        Window(first, last, text, (sentence.index(text), sentence.index(text) + len(text)))
    ]


def test_windows_in_text_order() -> None:
    text = (
        "Thanks for coming in today. We'll decide early next week and get back to you "
        "by Friday, March 13 at the latest."
    )
    got = [(w.text, w.first_day, w.last_day) for w in find_windows(text, TUE)]
    assert got == [
        ("today", TUE, TUE),
        ("early next week", date(2026, 3, 9), date(2026, 3, 11)),
        ("by Friday, March 13 at the latest", date(2026, 3, 4), date(2026, 3, 13)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "42",
        "Ticket R-10482",
        "Our reference is LL-2026-014.",
        "Call +1 312 555 0187",
        "(312) 555-0119",
        "222 W Adams St",
        "2/3 of the team",
        "We sat down with 3 people.",
        "See https://example.com/by/friday/2026/3/6",
        "Write to next.week@example.com",
        "You may 5x the budget.",
    ],
)
def test_not_windows(text: str) -> None:
    assert find_windows(text, TUE) == []


# --- add_business_days -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        (date(2026, 3, 3), 0, date(2026, 3, 3)),
        (date(2026, 3, 3), 3, date(2026, 3, 6)),
        (date(2026, 3, 6), 1, date(2026, 3, 9)),  # Friday + 1 is Monday
        (date(2026, 3, 7), 1, date(2026, 3, 9)),  # from a Saturday
        (date(2026, 3, 4), 5, date(2026, 3, 11)),
        (date(2025, 12, 31), 10, date(2026, 1, 14)),
    ],
)
def test_add_business_days(day: date, n: int, expected: date) -> None:
    assert add_business_days(day, n) == expected


def test_add_business_days_rejects_negative() -> None:
    with pytest.raises(ValueError):
        add_business_days(date(2026, 3, 3), -1)


# --- duration_minutes ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("a 30-minute call", 30),
        ("it takes 45 min", 45),
        ("a one-hour interview", 60),
        ("90 minutes with the panel", 90),
        ("about an hour", 60),
        ("half an hour", 30),
        ("1.5 hours", 90),
        ("an hour and a half", 90),
        ("1 hour 30 minutes", 90),
        ("2 hrs", 120),
        ("a 15 minute chat, then a 60-minute case", 15),
        ("no length here", None),
        ("Friday at 3pm", None),
    ],
)
def test_duration_minutes(text: str, minutes: int | None) -> None:
    assert duration_minutes(text) == minutes


# --- how people write dates in English mail (issue 8) ------------------------------------------
# Each row is a rule, not a corpus item: the day layer (scan_days, which every message's
# annotation reads), deadline windows and clock times.
DAY_CASES: list[tuple[str, date, str, date]] = [
    # (sentence, ref, the day expression, its day)
    ("Can we talk next Friday?", TUE, "next Friday", date(2026, 3, 13)),  # next week's
    ("Can we talk this coming Friday?", TUE, "this coming Friday", date(2026, 3, 6)),
    ("How about Friday after next?", TUE, "Friday after next", date(2026, 3, 13)),
    ("We met last Wednesday.", TUE, "last Wednesday", date(2026, 2, 25)),  # last week's
    ("We met this past Monday.", TUE, "this past Monday", date(2026, 3, 2)),
    ("It was Tuesday of last week.", TUE, "Tuesday of last week", date(2026, 2, 24)),
    ("Free on Tues 10th?", TUE, "Tues 10th", date(2026, 3, 10)),
    ("Could we do Monday 16?", TUE, "Monday 16", date(2026, 3, 16)),
    ("Friday the thirteenth works.", TUE, "Friday the thirteenth", date(2026, 3, 13)),
    # the weekday picks the month: Thursday the 2nd is in April
    ("See you Thursday 2nd.", TUE, "Thursday 2nd", date(2026, 4, 2)),
    ("It starts the first of April.", TUE, "the first of April", date(2026, 4, 1)),
    ("It starts March twenty-second.", TUE, "March twenty-second", date(2026, 3, 22)),
    ("See you march 20", TUE, "march 20", date(2026, 3, 20)),  # lower case beside a day
    # day-first or month-first: the weekday decides, else "/" is month-first, "." day-first
    ("Wednesday 11/3 suits", TUE, "Wednesday 11/3", date(2026, 3, 11)),
    ("Friday 3/6 suits", TUE, "Friday 3/6", date(2026, 3, 6)),
    ("Freitag, 6.3 passt", TUE, "Freitag, 6.3", date(2026, 3, 6)),
    ("Due 10.03.2026", TUE, "10.03.2026", date(2026, 3, 10)),
    ("Due 31-Mar-2026", TUE, "31-Mar-2026", date(2026, 3, 31)),
    ("Due 2026-3-6", TUE, "2026-3-6", date(2026, 3, 6)),
    ("Due Jun-15", TUE, "Jun-15", date(2026, 6, 15)),
    ("Born 10/31/74", TUE, "10/31/74", date(1974, 10, 31)),
    ("Jul 17, Fri", TUE, "Jul 17, Fri", date(2026, 7, 17)),
    # offsets
    ("a week from today", TUE, "a week from today", date(2026, 3, 10)),
    ("three weeks from tomorrow", TUE, "three weeks from tomorrow", date(2026, 3, 25)),
    ("two days after Friday", TUE, "two days after Friday", date(2026, 3, 8)),
    ("a week on Friday", TUE, "a week on Friday", date(2026, 3, 13)),
    ("2 weeks ago", TUE, "2 weeks ago", date(2026, 2, 17)),
    ("Monday two weeks from now", TUE, "Monday two weeks from now", date(2026, 3, 16)),
    ("We spoke yesterday.", TUE, "yesterday", date(2026, 3, 2)),
    ("the day before yesterday", TUE, "the day before yesterday", date(2026, 3, 1)),
    # days of a month
    ("on the 15th of next month", TUE, "the 15th of next month", date(2026, 4, 15)),
    ("the last day of March", TUE, "the last day of March", date(2026, 3, 31)),
    ("the first Monday of April", TUE, "the first Monday of April", date(2026, 4, 6)),
    ("the last Friday of the month", TUE, "the last Friday of the month", date(2026, 3, 27)),
]


@pytest.mark.parametrize(
    ("sentence", "ref", "text", "day"), DAY_CASES, ids=[c[0][:40] for c in DAY_CASES]
)
def test_scan_days(sentence: str, ref: date, text: str, day: date) -> None:
    (d,) = lex.scan_days(sentence, ref, lex.skip_spans(sentence))
    assert (sentence[d.start : d.end], d.day) == (text, day)


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Monday 3 interviews are booked", ["Monday"]),  # a count, not the 3rd
        ("Tuesday: version 2.10 shipped", ["Tuesday"]),
        ("Monday 12-4 works", ["Monday"]),  # hours: no 12 April or 4 December is a Monday soon
    ],
)
def test_scan_days_leaves_numbers_alone(sentence: str, days: list[str]) -> None:
    found = lex.scan_days(sentence, TUE, lex.skip_spans(sentence))
    assert [sentence[d.start : d.end] for d in found] == days


NEW_WINDOW_CASES: list[tuple[str, date, str, date, date]] = [
    # (sentence, ref, matched text, first_day, last_day); ref TUE is Tuesday 3 March 2026
    ("Reply NLT 13 MAR please", TUE, "NLT 13 MAR", date(2026, 3, 4), date(2026, 3, 13)),
    ("by close of play", TUE, "by close of play", TUE, TUE),
    ("by close of play Friday", TUE, "by close of play Friday", date(2026, 3, 4), FRI),
    ("first thing Monday", TUE, "first thing Monday", date(2026, 3, 4), date(2026, 3, 9)),
    ("prior to Friday", TUE, "prior to Friday", date(2026, 3, 4), date(2026, 3, 5)),
    ("on or before Friday", TUE, "on or before Friday", date(2026, 3, 4), FRI),
    ("by this coming Friday", TUE, "by this coming Friday", date(2026, 3, 4), FRI),
    ("w/c 9th March", TUE, "w/c 9th March", date(2026, 3, 9), date(2026, 3, 13)),
    (
        "the week commencing 16 March",
        TUE,
        "the week commencing 16 March",
        date(2026, 3, 16),
        date(2026, 3, 20),
    ),
    (
        "within the next couple of weeks",
        TUE,
        "within the next couple of weeks",
        date(2026, 3, 4),
        date(2026, 3, 17),
    ),
    ("a week from today", TUE, "a week from today", date(2026, 3, 10), date(2026, 3, 10)),
    ("over the weekend", TUE, "over the weekend", SAT, date(2026, 3, 8)),
    ("by the weekend", TUE, "by the weekend", date(2026, 3, 4), FRI),
    ("next weekend", TUE, "next weekend", date(2026, 3, 14), date(2026, 3, 15)),
    ("the week after next", TUE, "the week after next", date(2026, 3, 16), date(2026, 3, 20)),
    ("later this month", TUE, "later this month", date(2026, 3, 4), date(2026, 3, 31)),
    ("in April", TUE, "in April", date(2026, 4, 1), date(2026, 4, 30)),
    ("by April", TUE, "by April", date(2026, 3, 4), date(2026, 3, 31)),  # before it begins
    ("until April", TUE, "until April", date(2026, 3, 4), date(2026, 4, 30)),
    ("this September", TUE, "this September", date(2026, 9, 1), date(2026, 9, 30)),
    ("in two months", TUE, "in two months", date(2026, 3, 4), date(2026, 5, 3)),
    ("in the next 3 months", TUE, "in the next 3 months", date(2026, 3, 4), date(2026, 6, 3)),
    ("in the next fortnight", TUE, "in the next fortnight", date(2026, 3, 4), date(2026, 3, 17)),
    ("in Q2", TUE, "in Q2", date(2026, 4, 1), date(2026, 6, 30)),
    ("next quarter", TUE, "next quarter", date(2026, 4, 1), date(2026, 6, 30)),
    (
        "by the end of the quarter",
        TUE,
        "by the end of the quarter",
        date(2026, 3, 4),
        date(2026, 3, 31),
    ),
    ("by the end of the year", TUE, "by the end of the year", date(2026, 3, 4), date(2026, 12, 31)),
    ("early next year", TUE, "early next year", date(2027, 1, 1), date(2027, 4, 30)),
    ("later this year", TUE, "later this year", date(2026, 3, 4), date(2026, 12, 31)),
    # weeks belong to the month that holds their Thursday (1 April 2026 is a Wednesday)
    (
        "the first week of April",
        TUE,
        "the first week of April",
        date(2026, 3, 30),
        date(2026, 4, 3),
    ),
    ("calendar week 12", TUE, "calendar week 12", date(2026, 3, 16), date(2026, 3, 20)),
    # two days joined, a day and a length
    ("Monday to Friday", TUE, "Monday to Friday", date(2026, 3, 9), date(2026, 3, 13)),
    ("from 13 to 15 April", TUE, "from 13 to 15 April", date(2026, 4, 13), date(2026, 4, 15)),
    ("April 13-15", TUE, "April 13-15", date(2026, 4, 13), date(2026, 4, 15)),
    (
        "from 2 April to 10 April",
        TUE,
        "from 2 April to 10 April",
        date(2026, 4, 2),
        date(2026, 4, 10),
    ),
    (
        "off for 3 days from Monday",
        TUE,
        "for 3 days from Monday",
        date(2026, 3, 9),
        date(2026, 3, 11),
    ),
    (
        "a week starting tomorrow",
        TUE,
        "a week starting tomorrow",
        date(2026, 3, 4),
        date(2026, 3, 10),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "ref", "text", "first", "last"),
    NEW_WINDOW_CASES,
    ids=[f"{c[0][:40]}@{c[1]}" for c in NEW_WINDOW_CASES],
)
def test_find_windows_in_mail_english(
    sentence: str, ref: date, text: str, first: date, last: date
) -> None:
    test_find_windows(sentence, ref, text, first, last)


@pytest.mark.parametrize(
    "text",
    [
        "the 20th of next month works",  # a day, not next month
        "the weekend of Halloween",
        "Labor Day weekend",
    ],
)
def test_not_windows_in_mail_english(text: str) -> None:
    assert find_windows(text, TUE) == []


NEW_TIME_CASES: list[tuple[str, datetime, str, str | None]] = [
    # (text, ref, start, end); WED_4_MAR is Wednesday 4 March 2026, Chicago
    ("Friday at 14h00", WED_4_MAR, "2026-03-06T14:00", None),
    ("Friday 1400 hrs", WED_4_MAR, "2026-03-06T14:00", None),
    ("NLT 13 MAR 1400 hrs", WED_4_MAR, "2026-03-13T14:00", None),
    ("Monday at 2.30", WED_4_MAR, "2026-03-09T14:30", None),
    ("Thursday at 4 o'clock", WED_4_MAR, "2026-03-05T16:00", None),
    ("Tuesday at half two", WED_4_MAR, "2026-03-10T14:30", None),  # British: 2:30
    ("Tuesday at half past three", WED_4_MAR, "2026-03-10T15:30", None),
    ("Thursday at a quarter to four", WED_4_MAR, "2026-03-05T15:45", None),
    ("20 minutes to 2pm tomorrow", WED_4_MAR, "2026-03-05T13:40", None),
    ("tomorrow at six pm", WED_4_MAR, "2026-03-05T18:00", None),
    ("tomorrow at five-thirty", WED_4_MAR, "2026-03-05T17:30", None),
    ("Friday, 8 in the evening", WED_4_MAR, "2026-03-06T20:00", None),
    ("eight tonight", WED_4_MAR, "2026-03-04T20:00", None),
    ("Monday 12-4 works", WED_4_MAR, "2026-03-09T12:00", "2026-03-09T16:00"),
    ("6-8 next Monday", WED_4_MAR, "2026-03-09T18:00", "2026-03-09T20:00"),
    ("Monday 16 at 10am", WED_4_MAR, "2026-03-16T10:00", None),
    ("Tues 10th at 7pm", WED_4_MAR, "2026-03-10T19:00", None),
    ("Wednesday 11/3 at 10:00", WED_4_MAR, "2026-03-11T10:00", None),
]


@pytest.mark.parametrize(
    ("text", "ref", "start", "end"), NEW_TIME_CASES, ids=[c[0][:40] for c in NEW_TIME_CASES]
)
def test_find_times_in_mail_english(text: str, ref: datetime, start: str, end: str | None) -> None:
    (m,) = find_times(text, ref, CHI)
    assert m.start.strftime("%Y-%m-%dT%H:%M") == start
    assert (m.end.strftime("%Y-%m-%dT%H:%M") if m.end else None) == end


@pytest.mark.parametrize(
    "text",
    [
        "We will be at five locations Monday",
        "At one point on Monday we talked it through",
        "I have one this afternoon, then Friday",
        "The score was 3-1 Friday",
        "Monday 3-5 people",
        "Meet me from 2 July to 10 July",
        "Friday: release 2.30 is out",
        "a 16h flight on Monday",
    ],
)
def test_not_mentions_in_mail_english(text: str) -> None:
    assert find_times(text, WED_4_MAR, CHI) == []


# --- other languages' periods, and times laid out over lines ------------------------------------
@pytest.mark.parametrize(
    ("text", "last"),
    [
        # TUE is Tuesday 3 March 2026
        ("je vous reviens d'ici la fin de la semaine prochaine", date(2026, 3, 13)),
        ("une décision sera communiquée la semaine prochaine", date(2026, 3, 13)),
        ("on vous revient dans les deux prochaines semaines", date(2026, 3, 17)),
        ("je te reviens d'ici la fin du mois", date(2026, 3, 31)),
    ],
)
def test_find_windows_other_languages(text: str, last: date) -> None:
    assert [w.last_day for w in find_windows(text, TUE)][-1:] == [last]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the time in the next sentence, or opening the line under the day's heading
        ("Thurs 5th any good? 7am start, finish around 3.30.", "2026-03-05T07:00"),
        (
            "Interviews will take place on Thursday 5th March. Your interview is scheduled for "
            "2.15pm.",
            "2026-03-05T14:15",
        ),
        ("Thursday 5 March 2026, Level 4, 9 Main Street\n\n09.15  Arrival\n", "2026-03-05T09:15"),
        (
            "callback interviews on Thursday, March 5. Your schedule is below:\n\n"
            "9:00 - 9:45     Richard Okonkwo, Chair",
            "2026-03-05T09:00",
        ),
    ],
)
def test_find_times_over_lines(text: str, start: str) -> None:
    found = find_times(text, WED_4_MAR, CHI)
    assert found and found[0].start.strftime("%Y-%m-%dT%H:%M") == start


@pytest.mark.parametrize(
    "text",
    [
        "See you Thursday. I have 3 kids to collect first.",  # a count, not a time
        "Thursday 5 March 2026\n\nRelease notes: version 09.15 is out",  # not an item line
        "We met on Thursday.\n\n\n\n\n\nAnyway 09.15  is the build number",
    ],
)
def test_times_not_bound_over_lines(text: str) -> None:
    assert find_times(text, WED_4_MAR, CHI) == []


@pytest.mark.parametrize(
    ("text", "offset", "day_first"),
    [
        ("Can we meet on 10/03?", -5, False),  # English from North America: month first
        ("Can we meet on 10/03?", 0, True),  # from London, Lagos or Lisbon: day first
        ("Can we meet on 10/03?", 10, True),
        ("¿Te queda bien el 10/03? Gracias, quedo atenta", -5, True),  # Bogotá's Spanish
        ("Pouvez-vous le 10/03? Merci, bonne journée, à vous", -5, True),  # Montréal
    ],
)
def test_who_writes_day_first(text: str, offset: int, day_first: bool) -> None:
    ref = datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=offset)))
    assert writes_day_first(text, ref) is day_first
    (d,) = lex.scan_days(text, ref.date(), [], writes_day_first(text, ref))
    assert d.day == (date(2026, 3, 10) if day_first else date(2026, 10, 3))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Thursday 5 March at 17:00 Madrid works", "2026-03-05T17:00+01:00"),
        ("jeudi 5 mars à 15 h, heure de Paris", "2026-03-05T15:00+01:00"),
        ("Thursday at 3pm London time", "2026-03-05T15:00+00:00"),
        ("el jueves 5 de marzo a las 10:00 hora de Bogotá", "2026-03-05T10:00-05:00"),
    ],
)
def test_a_city_names_the_zone(text: str, start: str) -> None:
    found = find_times(text, WED_4_MAR, CHI)
    assert found and found[0].start.isoformat(timespec="minutes") == start


# --- hours as the rest of the world writes them (the meeting vignettes, 2026-12-07) ------------
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # an hour written with "h" beside its day: Québec, France, Spain, Brazil
        ("Parfait, je t'appelle mardi 14h.", "2026-03-10T14:00", None),
        ("Mardi 14 h?", "2026-03-10T14:00", None),
        ("mardi 14 h 30", "2026-03-10T14:30", None),
        ("segunda 10h", "2026-03-09T10:00", None),
        ("el lunes 10h", "2026-03-09T10:00", None),
        # "Uhr" makes an hour a time, as "o'clock" does
        ("Montag, 14 Uhr?", "2026-03-09T14:00", None),
        ("Dienstag 9 Uhr passt", "2026-03-10T09:00", None),
        ("Montag 14 Uhr bis 15 Uhr", "2026-03-09T14:00", "15:00"),
        ("Montag von 14 bis 15 Uhr", "2026-03-09T14:00", "15:00"),
        # a bare hour after "a las"
        ("el lunes a las 10", "2026-03-09T10:00", None),
        # minutes before the "h": a time whatever comes before it
        ("el lunes 16 de marzo de 17:00 a 17:45 h", "2026-03-16T17:00", "17:45"),
    ],
)
def test_hours_as_written_elsewhere(text: str, start: str, end: str | None) -> None:
    (m,) = find_times(text, WED_4_MAR, BER)
    assert m.start.strftime("%Y-%m-%dT%H:%M") == start
    assert (m.end.strftime("%H:%M") if m.end else None) == end


@pytest.mark.parametrize("text", ["prévoyez 3 h de route", "Montag: 16h Flug nach Berlin"])
def test_an_hour_with_h_needs_its_day_beside_it(text: str) -> None:
    assert find_times(text, WED_4_MAR, BER) == []
