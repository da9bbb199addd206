"""The kinds of tests/cases/KINDS.md as pure rules: each one's timing, what settles it, and what
out-of-office replies do, table by table (the same facts-and-clock style as test_rules.py)."""

from __future__ import annotations

import zoneinfo
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from daemon.config import Rules
from daemon.followups import KINDS, kind_of
from daemon.followups.networking import wait_for_other_notes
from daemon.infer.people import Identity
from daemon.model import (
    Address,
    Application,
    AutoReply,
    Followup,
    Meeting,
    Message,
    Promise,
    Thread,
    ThreadFacts,
)
from daemon.rules import Mailbox, decide

TZ = zoneinfo.ZoneInfo("America/Chicago")
ME = Identity(frozenset({"jordan@example.net"}))
ME_ADDR = Address("jordan@example.net", "Jordan Lee")
DANA = Address("dana@acme.example", "Dana Ruiz")
SAM = Address("sam.ito@acme.example", "Sam Ito")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


def msg(
    mid: str,
    when: str,
    sender: Address,
    to: Address,
    text: str = "",
    subject: str = "s",
    automated: bool = False,
) -> Message:
    return Message(
        account="a",
        folder="INBOX",
        ref=mid,
        message_id=mid,
        subject=subject,
        date=at(when),
        sender=sender,
        to=(to,),
        text=text,
        automated=automated,
    )


ROOT = msg("<root@me>", "2026-03-02 10:00", ME_ADDR, DANA, "Please find my application.")


def facts(extra: tuple[Message, ...] = (), **kw: object) -> ThreadFacts:
    base = ThreadFacts(Thread(ROOT.message_id, (ROOT, *extra)), True, "application", "Acme", ())
    return replace(base, **kw)  # type: ignore[arg-type]


def run(
    f: ThreadFacts, now: str, others: tuple[Message, ...] = (), kind: str | None = None
) -> list[Followup]:
    threads = [f.thread] + [Thread(m.message_id, (m,)) for m in others]
    found = decide([f], Mailbox.of(threads), ME, Rules(), TZ, at(now))
    return [x for x in found if kind is None or x.kind == kind]


# --- application: 7 business days after the day it was sent, to the person applied to -------

APPLIED = Application(ROOT.message_id, ROOT.message_id, ROOT.date, DANA, "<root@me>: wrote")


@pytest.mark.parametrize(
    ("now", "state"),
    [
        ("2026-03-11 20:00", "scheduled"),  # Mon 2 March + 7 business days = end of Wed 11th
        ("2026-03-12 09:00", "due"),
        ("2026-03-27 09:00", "stale"),  # more than 14 days after it fell due
    ],
)
def test_an_application_falls_due_seven_business_days_after_it_was_sent(
    now: str, state: str
) -> None:
    [f] = run(facts(applications=(APPLIED,)), now)
    assert (f.kind, f.to, f.state) == ("application", DANA, state)
    assert f.due_at == at("2026-03-11 23:59:59")


def test_no_person_writing_leaves_it_owed() -> None:
    ack = msg(
        "<ack@acme>",
        "2026-03-02 10:05",
        Address("no-reply@acme.example", "Acme Careers"),
        ME_ADDR,
        "We received your application.",
        automated=True,
    )
    away = msg(
        "<ooo@acme>",
        "2026-03-02 10:06",
        DANA,
        ME_ADDR,
        "I am out of the office until 9 March.",
        subject="Automatic reply: Application",
        automated=True,
    )
    alert = replace(msg("<alert@acme>", "2026-03-05 08:00", SAM, ME_ADDR, "New jobs"), bulk=True)
    [f] = run(facts((ack, away), applications=(APPLIED,)), "2026-03-12 09:00", others=(alert,))
    assert f.state == "due"


def test_a_person_from_the_organisation_or_the_users_own_note_settles_it() -> None:
    sam = msg("<sam@acme>", "2026-03-06 09:00", SAM, ME_ADDR, "Dana passed me your CV.")
    [f] = run(facts(applications=(APPLIED,)), "2026-03-12 09:00", others=(sam,))
    assert (f.state, f.satisfied_by) == ("satisfied", "<sam@acme>")
    again = msg("<again@me>", "2026-03-10 09:00", ME_ADDR, DANA, "Just checking it arrived.")
    [f] = run(facts(applications=(APPLIED,)), "2026-03-12 09:00", others=(again,))
    assert (f.state, f.satisfied_by) == ("satisfied", "<again@me>")


def test_on_a_personal_domain_only_the_person_answers() -> None:
    recruiter = Address("lee.recruits@gmail.com", "Lee")
    applied = replace(APPLIED, to=recruiter)
    other = msg("<o@gmail>", "2026-03-06 09:00", Address("someone@gmail.com"), ME_ADDR, "Hi")
    [f] = run(facts(applications=(applied,)), "2026-03-12 09:00", others=(other,))
    assert f.state == "due"


def test_a_rejection_ends_the_application_follow_up() -> None:
    no = msg("<no@acme>", "2026-03-04 09:00", SAM, ME_ADDR, "other candidates")
    [f] = run(
        facts((no,), applications=(APPLIED,), closed_by="<no@acme>"),
        "2026-03-12 09:00",
    )
    assert (f.state, f.satisfied_by) == ("satisfied", "<no@acme>")


def test_a_rejection_from_the_organisations_ats_in_another_thread_ends_it() -> None:
    ats = Address("no-reply@us.greenhouse-mail.io", "Acme via Greenhouse")
    no = msg("<no@ats>", "2026-03-09 09:00", ats, ME_ADDR, "We will not be moving forward.")
    rejection = ThreadFacts(
        Thread(no.message_id, (no,)), True, "rejection", "Acme", (), closed_by=no.message_id
    )
    f = facts(applications=(APPLIED,))
    threads = [f.thread, rejection.thread]
    found = decide([f], Mailbox.of(threads, [f, rejection]), ME, Rules(), TZ, at("2026-03-12"))
    [ap] = [x for x in found if x.kind == "application"]
    assert (ap.state, ap.satisfied_by) == ("satisfied", "<no@ats>")
    other = replace(rejection, company="Globex")  # another organisation's rejection ends nothing
    found = decide([f], Mailbox.of(threads, [f, other]), ME, Rules(), TZ, at("2026-03-12"))
    assert [x.state for x in found if x.kind == "application"] == ["due"]


# --- own_promise: at the end of its day, no grace, unless the user wrote to them since ------

OWN = Promise(
    ROOT.message_id,
    ME_ADDR,
    "<p@me>",
    at("2026-03-03 10:00"),
    "2026-03-06",
    at("2026-03-06 23:59:59"),
    "I'll send you my references by Friday.",
    made_to=DANA,
)


@pytest.mark.parametrize(
    ("now", "state"),
    [("2026-03-06 20:00", "scheduled"), ("2026-03-07 09:00", "due"), ("2026-03-23", "stale")],
)
def test_the_users_own_promise_falls_due_at_the_end_of_its_day(now: str, state: str) -> None:
    [f] = run(facts(own_promises=(OWN,)), now, kind="own_promise")
    assert (f.to, f.state, f.due_at) == (DANA, state, at("2026-03-06 23:59:59"))


def test_writing_to_them_since_keeps_the_promise() -> None:
    sent = msg("<refs@me>", "2026-03-05 16:00", ME_ADDR, DANA, "Here are my references.")
    [f] = run(facts(own_promises=(OWN,)), "2026-03-09 09:00", others=(sent,), kind="own_promise")
    assert (f.state, f.satisfied_by) == ("satisfied", "<refs@me>")
    other = msg("<x@me>", "2026-03-05 16:00", ME_ADDR, SAM, "Hello Sam")
    [f] = run(facts(own_promises=(OWN,)), "2026-03-09 09:00", others=(other,), kind="own_promise")
    assert f.state == "due"  # a note to someone else keeps nothing


# --- networking: 14 days after the last exchange either way ----------------------------------

COFFEE = Meeting(
    ROOT.message_id,
    at("2026-03-04 08:00"),
    at("2026-03-04 09:00"),
    "done",
    (DANA,),
    "text",
    "coffee",
    networking=True,
)
THANKS = msg("<ty@me>", "2026-03-04 15:00", ME_ADDR, DANA, "Thank you for the coffee!")


@pytest.mark.parametrize(
    ("now", "state"), [("2026-03-18 20:00", "scheduled"), ("2026-03-20 09:00", "due")]
)
def test_a_networking_contact_is_touched_fourteen_days_after_the_last_exchange(
    now: str, state: str
) -> None:
    [f] = run(facts((THANKS,), meetings=(COFFEE,)), now, kind="networking")
    assert (f.to, f.state, f.due_at) == (DANA, state, at("2026-03-18 23:59:59"))
    [thanks] = run(facts((THANKS,), meetings=(COFFEE,)), now, kind="thank_you")
    assert thanks.state == "satisfied"  # the thank-you is its own kind


def test_any_exchange_either_way_in_any_thread_resets_the_clock() -> None:
    reply = msg("<re@acme>", "2026-03-10 11:00", DANA, ME_ADDR, "Great to meet you too.")
    [f] = run(facts((THANKS,), meetings=(COFFEE,)), "2026-03-20 09:00", (reply,), "networking")
    assert (f.state, f.due_at) == ("scheduled", at("2026-03-24 23:59:59"))


def test_a_touch_waits_while_another_note_to_them_is_owed() -> None:
    promise = Promise(
        ROOT.message_id,
        DANA,
        "<p@acme>",
        at("2026-03-05 10:00"),
        "2026-03-13",
        at("2026-03-13 23:59:59"),
        "I'll come back to you with two names by Friday 13 March.",
    )
    f = facts((THANKS,), meetings=(COFFEE,), promises=(promise,))
    found = wait_for_other_notes(run(f, "2026-03-20 09:00"))
    [touch] = [x for x in found if x.kind == "networking"]
    [chase] = [x for x in found if x.kind == "callback"]
    assert chase.state in ("due", "overdue")
    assert touch.state == "scheduled" and chase.id in touch.reason
    # with nothing else owed to her, the touch is due as before
    [alone] = wait_for_other_notes(
        run(facts((THANKS,), meetings=(COFFEE,)), "2026-03-20 09:00", kind="networking")
    )
    assert alone.state == "due"


def test_an_interview_is_not_a_networking_meeting() -> None:
    interview = replace(COFFEE, networking=False)
    assert run(facts((THANKS,), meetings=(interview,)), "2026-03-20 09:00", kind="networking") == []


# --- ask_for_address: when a thank-you would be, to whoever arranged the meeting -------------

PANEL = Meeting(
    ROOT.message_id,
    at("2026-03-04 10:00"),
    None,
    "done",
    (),
    "text",
    "you'll meet Sam Ito",
    unknown=("Sam Ito",),
    arranged_by=DANA,
)


@pytest.mark.parametrize(
    ("now", "state"),
    [("2026-03-04 12:30", "scheduled"), ("2026-03-04 13:30", "due"), ("2026-03-06", "overdue")],
)
def test_an_unknown_address_is_asked_of_the_arranger_when_a_thank_you_would_be(
    now: str, state: str
) -> None:
    [f] = run(facts(meetings=(PANEL,)), now, kind="ask_for_address")
    assert (f.to, f.state, f.due_at) == (DANA, state, at("2026-03-04 13:00"))


def test_writing_to_the_arranger_since_the_meeting_began_settles_it() -> None:
    note = msg("<n@me>", "2026-03-04 15:00", ME_ADDR, DANA, "Thanks for setting it up!")
    [f] = run(facts(meetings=(PANEL,)), "2026-03-06", others=(note,), kind="ask_for_address")
    assert f.state == "satisfied"


def test_nobody_to_ask_means_no_request() -> None:
    for nobody in (None, Address("no-reply@acme.example"), ME_ADDR):
        meeting = replace(PANEL, arranged_by=nobody)
        assert run(facts(meetings=(meeting,)), "2026-03-06", kind="ask_for_address") == []


# --- out-of-office replies: no answer; a return day moves the callback -----------------------

PROMISED = Promise(
    ROOT.message_id,
    DANA,
    "<pr@acme>",
    at("2026-03-02 10:00"),
    "2026-03-04",
    at("2026-03-04 23:59:59"),
    "I'll get back to you by Wednesday.",
)
AWAY = msg(
    "<ooo@acme>",
    "2026-03-03 10:01",
    DANA,
    ME_ADDR,
    "I am out of the office until 16 March.",
    subject="Automatic reply: Next steps",
    automated=True,
)
BACK = AutoReply(ROOT.message_id, "<ooo@acme>", DANA, AWAY.date, "2026-03-16", "<ooo@acme>")


def test_an_out_of_office_is_no_answer_to_a_promise() -> None:
    [f] = run(facts((AWAY,), promises=(PROMISED,)), "2026-03-13 09:00", kind="callback")
    assert (f.state, f.due_at) == ("due", at("2026-03-06 23:59:59"))


@pytest.mark.parametrize(
    ("now", "state"), [("2026-03-13 09:00", "scheduled"), ("2026-03-19 09:00", "due")]
)
def test_a_return_day_moves_the_callback_to_two_business_days_after_it(
    now: str, state: str
) -> None:
    f = facts((AWAY,), promises=(PROMISED,), auto_replies=(BACK,))
    [cb] = run(f, now, kind="callback")
    assert (cb.state, cb.due_at) == (state, at("2026-03-18 23:59:59"))
    assert "back 2026-03-16" in cb.reason


def test_a_return_day_before_the_window_ends_changes_nothing() -> None:
    early = replace(BACK, back="2026-03-03")
    f = facts((AWAY,), promises=(PROMISED,), auto_replies=(early,))
    [cb] = run(f, "2026-03-13 09:00", kind="callback")
    assert cb.due_at == at("2026-03-06 23:59:59")


# --- every kind, one registry -----------------------------------------------------------------


def test_every_kind_is_registered_once_with_its_rule_keys_in_rules() -> None:
    names = [k.name for k in KINDS]
    assert len(set(names)) == len(names)
    assert set(names) == {
        "thank_you",
        "callback",
        "application",
        "networking",
        "ask_for_address",
        "own_promise",
    }
    keys = {k for kind in KINDS for k in kind.rule_keys}
    assert keys <= set(Rules.__dataclass_fields__)
    assert kind_of("application").rule_keys == ("application_follow_up_business_days",)
    with pytest.raises(KeyError):
        kind_of("flowers")


def test_every_rule_key_is_in_the_example_config_and_the_readme() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    example = (root / "config.example.toml").read_text()
    readme = (root / "README.md").read_text()
    for key, field in Rules.__dataclass_fields__.items():
        assert f"\n{key} = {field.default}" in example, key
        assert f"| `{key}` | {field.default} |" in readme, key


def test_a_followups_payload_is_its_kinds_own_type() -> None:
    [f] = run(facts(applications=(APPLIED,)), "2026-03-12 09:00")
    assert kind_of(f.kind).payload(f).application is APPLIED
    with pytest.raises(TypeError):
        kind_of("thank_you").payload(f)


def test_times_are_whole_days_in_the_users_zone() -> None:
    late = replace(APPLIED, sent_at=at("2026-03-02 23:30"))  # still Monday in Chicago
    [f] = run(facts(applications=(late,)), "2026-03-12 09:00")
    assert f.due_at == at("2026-03-11 23:59:59") and f.due_at - late.sent_at > timedelta(days=9)
