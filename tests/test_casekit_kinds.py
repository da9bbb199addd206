"""casekit.check_labels on the kinds of tests/cases/KINDS.md: each rule on a tiny mailbox, so
that a writer who labels by it is checked by what the rules say."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent / "cases"))

import casekit  # noqa: E402

CHI = "America/Chicago"


def small_case(now: str) -> tuple[Any, Any, Any]:
    me = casekit.Person("Jordan Lee", "jordan@example.net", tz=CHI, style="webmail")
    dana = casekit.Person("Dana Ruiz", "dana@acme.example", tz=CHI, style="outlook")
    case = casekit.Case("kinds", "a small case", {"name": "Jordan Lee"}, None, "")
    case.me = me
    case.now = case.at(now)
    return case, me, dana


def due_of(case: Any) -> set[tuple[str, str, str]]:
    """What the rules give, read back from check_labels' complaint about an empty list."""
    problems = casekit.check_labels(case)
    [problem] = [p for p in problems if p.startswith("expected [] but the rules give")]
    found = eval(problem.split("the rules give ", 1)[1])  # noqa: S307 (our own repr)
    return {key for key, _ in found}


def test_an_application_unanswered_for_seven_business_days_is_due() -> None:
    case, me, dana = small_case("2026-03-12 09:00")  # Thursday; sent Monday 2 March
    case.add(
        "app",
        me,
        [dana],
        "2026-03-02 10:00",
        "Please find my application attached.",
        subject="Application: Data Analyst",
    )
    case.add(
        "ack",
        casekit.Person("", "no-reply@acme.example", tz=CHI, style="auto"),
        [me],
        "2026-03-02 10:05",
        "We received your application.",
        subject="Received",
        headers={"Auto-Submitted": "auto-generated"},
    )
    case.thread("app", True, "application", "Acme", "")
    case.thread("ack", True, "application", "Acme", "")
    case.application("app", "app", "dana@acme.example")
    assert due_of(case) == {("application", "app", "dana@acme.example")}


def test_an_application_answered_by_a_person_is_settled() -> None:
    case, me, dana = small_case("2026-03-12 09:00")
    case.add(
        "app",
        me,
        [dana],
        "2026-03-02 10:00",
        "Please find my application attached.",
        subject="Application: Data Analyst",
    )
    case.add("re", dana, [me], "2026-03-04 10:00", "Thanks, we will look.", parent="app")
    case.thread("app", True, "application", "Acme", "")
    case.application("app", "app", "dana@acme.example", answered_by="re")
    assert casekit.check_labels(case) == []


def test_a_networking_contact_is_touched_fourteen_days_after_the_last_exchange() -> None:
    case, me, dana = small_case("2026-03-20 09:00")
    case.add(
        "ask",
        me,
        [dana],
        "2026-03-02 10:00",
        "Could we have coffee on Wednesday?",
        subject="Coffee?",
    )
    case.add("ok", dana, [me], "2026-03-02 12:00", "Wednesday at 8 works.", parent="ask")
    case.add("ty", me, [dana], "2026-03-04 15:00", "Thank you for the coffee!", parent="ok")
    case.thread("ask", True, "networking", "Acme", "")
    case.meeting(
        "ask",
        case.at("2026-03-04 08:00"),
        met=["dana@acme.example"],
        thanks={"dana@acme.example": "ty"},
        networking=True,
    )
    assert due_of(case) == {("networking", "ask", "dana@acme.example")}  # due end of 18 March


def test_an_unknown_address_is_asked_of_whoever_arranged_the_meeting() -> None:
    case, me, dana = small_case("2026-03-06 09:00")
    case.add(
        "inv",
        dana,
        [me],
        "2026-03-02 10:00",
        "You'll meet Sam Ito, our analytics lead, on Wednesday at 10.",
        subject="Interview",
    )
    case.thread("inv", True, "interview", "Acme", "")
    case.meeting(
        "inv",
        case.at("2026-03-04 10:00"),
        met=[],
        unknown=["Sam Ito"],
        arranged_by="dana@acme.example",
    )
    assert due_of(case) == {("ask_for_address", "inv", "dana@acme.example")}


def test_the_users_own_promise_falls_due_at_the_end_of_its_day() -> None:
    case, me, dana = small_case("2026-03-09 09:00")
    case.add(
        "p",
        me,
        [dana],
        "2026-03-03 10:00",
        "I'll send you my references by Friday.",
        subject="References",
    )
    case.thread("p", True, "interview", "Acme", "")
    case.own_promise("p", "p", "dana@acme.example", "2026-03-06")
    assert due_of(case) == {("own_promise", "p", "dana@acme.example")}


def test_an_out_of_office_neither_answers_nor_hurries_a_promise() -> None:
    case, me, dana = small_case("2026-03-13 09:00")
    case.add(
        "pr",
        dana,
        [me],
        "2026-03-02 10:00",
        "I'll get back to you by Wednesday.",
        subject="Next steps",
    )
    case.add("fu", me, [dana], "2026-03-03 10:00", "Thank you, looking forward to it.", parent="pr")
    case.add(
        "ooo",
        dana,
        [me],
        "2026-03-03 10:01",
        "I am out of the office until 16 March.",
        parent="fu",
        headers={"Auto-Submitted": "auto-replied"},
    )
    case.thread("pr", True, "interview", "Acme", "")
    # the window ends Wednesday 4 March; the callback would be due Saturday 7 March, but the
    # out-of-office's return day (Monday 16 March) moves it to the 18th: nothing is due yet
    case.promise("pr", "pr", "dana@acme.example", "2026-03-04", back="2026-03-16")
    assert casekit.check_labels(case) == []
    case.promises[0]["back"] = None  # without the return day it is due, and the reply is no answer
    assert due_of(case) == {("callback", "pr", "dana@acme.example")}
