"""The rules as pure functions of facts and a clock (CASES.md), table by table."""

from __future__ import annotations

import zoneinfo
from datetime import datetime, timedelta

import pytest

from daemon.config import Rules
from daemon.infer.people import Identity
from daemon.model import Address, Followup, Meeting, Message, Promise, Thread, ThreadFacts
from daemon.rules import Mailbox, decide

TZ = zoneinfo.ZoneInfo("Australia/Sydney")
ME = Identity(frozenset({"ruby@example.com"}))
DANA = Address("dana.ruiz@acme.example", "Dana Ruiz")
START = datetime(2026, 3, 5, 13, 0, tzinfo=TZ)  # a Thursday


def msg(mid: str, when: datetime, sender: Address, to: Address, text: str) -> Message:
    return Message(
        account="a",
        folder="INBOX",
        ref=mid,
        message_id=mid,
        subject="s",
        date=when,
        sender=sender,
        to=(to,),
        text=text,
    )


ME_ADDR = Address("ruby@example.com", "Ruby")
ROOT = msg("<root@acme>", START - timedelta(days=7), DANA, ME_ADDR, "Interview?")


def facts(
    meetings: tuple[Meeting, ...] = (),
    promises: tuple[Promise, ...] = (),
    extra: tuple[Message, ...] = (),
    closed_by: str | None = None,
) -> ThreadFacts:
    thread = Thread(ROOT.message_id, (ROOT,) + extra)
    return ThreadFacts(thread, True, "interview", "Acme", (), meetings, promises, closed_by)


def run(f: ThreadFacts, now: datetime, others: tuple[Message, ...] = ()) -> list[Followup]:
    threads = [f.thread] + ([Thread(others[0].message_id, others)] if others else [])
    return decide([f], Mailbox.of(threads), ME, Rules(), TZ, now)


def meeting(
    status: str = "done", end: datetime | None = None, people: tuple[Address, ...] = (DANA,)
) -> Meeting:
    return Meeting(ROOT.message_id, START, end, status, people, "ics", "invite")


@pytest.mark.parametrize(
    ("hours_after_start", "state"),
    [
        (-1, "scheduled"),  # before the meeting
        (2.5, "scheduled"),  # ends 14:00 (60 min default), draft from 16:00
        (3.5, "due"),
        (25.5, "overdue"),  # 24 h after the end
        (24 * 15 + 4, "stale"),  # more than 14 days after it fell due
    ],
)
def test_thank_you_states(hours_after_start: float, state: str) -> None:
    now = START + timedelta(hours=hours_after_start)
    [f] = run(facts((meeting("done" if hours_after_start > 0 else "scheduled"),)), now)
    assert (f.kind, f.to.email, f.state) == ("thank_you", DANA.email, state)
    assert f.due_at == START + timedelta(hours=3)
    assert f.overdue_at == START + timedelta(hours=25)


def test_a_stated_end_moves_the_deadlines() -> None:
    [f] = run(facts((meeting(end=START + timedelta(minutes=45)),)), START + timedelta(hours=3))
    assert f.due_at == START + timedelta(minutes=165) and f.state == "due"


@pytest.mark.parametrize("status", ["cancelled", "moved"])
def test_no_thank_you_for_a_meeting_that_did_not_happen(status: str) -> None:
    assert run(facts((meeting(status),)), START + timedelta(days=2)) == []


def test_a_thanks_in_another_thread_after_the_meeting_settles_it() -> None:
    before = msg("<b@me>", START - timedelta(hours=1), ME_ADDR, DANA, "Thanks, see you soon!")
    after = msg("<a@me>", START + timedelta(hours=5), ME_ADDR, DANA, "Thank you for today.")
    [f] = run(facts((meeting(),)), START + timedelta(days=2), others=(before,))
    assert f.state == "overdue"  # a thanks sent before the meeting does not count
    [f] = run(facts((meeting(),)), START + timedelta(days=2), others=(before, after))
    assert (f.state, f.satisfied_by) == ("satisfied", "<a@me>")


def test_a_note_without_thanks_does_not_settle_it() -> None:
    note = msg("<n@me>", START + timedelta(hours=5), ME_ADDR, DANA, "Here is the deck.")
    [f] = run(facts((meeting(),)), START + timedelta(days=2), others=(note,))
    assert f.state == "overdue"


def test_automated_attendees_and_the_user_are_never_owed() -> None:
    people = (Address("no-reply@ashbyhq.com"), ME_ADDR, DANA)
    found = run(facts((meeting(people=people),)), START + timedelta(hours=4))
    assert [f.to.email for f in found] == [DANA.email]


def promise(last_day: str, said: datetime) -> Promise:
    return Promise(
        ROOT.message_id,
        DANA,
        "<p@acme>",
        said,
        last_day,
        datetime.fromisoformat(last_day + "T23:59:59").replace(tzinfo=TZ),
        "I'll let you know by Friday.",
    )


SAID = datetime(2026, 3, 4, 9, 30, tzinfo=TZ)  # Wednesday; "by Friday" = Fri 6 March


@pytest.mark.parametrize(
    ("now", "state"),
    [
        (datetime(2026, 3, 9, 9, 15, tzinfo=TZ), "scheduled"),  # Monday: grace runs to Tuesday
        (datetime(2026, 3, 10, 23, 0, tzinfo=TZ), "scheduled"),
        (datetime(2026, 3, 11, 0, 30, tzinfo=TZ), "due"),  # after two business days
        (datetime(2026, 3, 26, 0, 30, tzinfo=TZ), "stale"),
    ],
)
def test_callback_grace_counts_business_days(now: datetime, state: str) -> None:
    [f] = run(facts(promises=(promise("2026-03-06", SAID),)), now)
    assert (f.kind, f.state) == ("callback", state)
    assert f.due_at.date().isoformat() == "2026-03-10"


def test_word_from_the_company_keeps_the_promise() -> None:
    other = Address("mia.chen@acme.example", "Mia")
    word = msg("<w@acme>", datetime(2026, 3, 9, 10, tzinfo=TZ), other, ME_ADDR, "Update soon")
    [f] = run(
        facts(promises=(promise("2026-03-06", SAID),)),
        datetime(2026, 3, 12, tzinfo=TZ),
        others=(word,),
    )
    assert (f.state, f.satisfied_by) == ("satisfied", "<w@acme>")


def test_the_users_own_chase_counts_only_after_the_window() -> None:
    early = msg("<e@me>", datetime(2026, 3, 5, 10, tzinfo=TZ), ME_ADDR, DANA, "Any news?")
    late = msg("<l@me>", datetime(2026, 3, 9, 10, tzinfo=TZ), ME_ADDR, DANA, "Any news?")
    now = datetime(2026, 3, 12, tzinfo=TZ)
    [f] = run(facts(promises=(promise("2026-03-06", SAID),)), now, others=(early,))
    assert f.state == "due"
    [f] = run(facts(promises=(promise("2026-03-06", SAID),)), now, others=(early, late))
    assert f.state == "satisfied"


def test_a_rejection_ends_the_callback_but_not_an_owed_thank_you() -> None:
    rejection = msg("<r@acme>", START + timedelta(days=1), DANA, ME_ADDR, "other candidates")
    found = run(
        facts((meeting(),), (promise("2026-03-10", SAID),), (rejection,), "<r@acme>"),
        datetime(2026, 3, 16, tzinfo=TZ),
    )
    states = {f.kind: f.state for f in found}
    assert states == {"thank_you": "overdue", "callback": "satisfied"}


def test_ids_are_stable_across_runs() -> None:
    a = run(facts((meeting(),)), START + timedelta(hours=4))
    b = run(facts((meeting(),)), START + timedelta(days=3))
    assert [f.id for f in a] == [f.id for f in b]


def test_a_thanks_from_an_alias_in_the_sent_folder_counts() -> None:
    alias = Address("ruby.tran@alias.example", "Ruby Tran")
    note = msg("<s@me>", START + timedelta(hours=5), alias, DANA, "Thank you for today.")
    sent = Message(**{**note.__dict__, "in_sent_folder": True})
    [f] = run(facts((meeting(),)), START + timedelta(days=2), others=(note,))
    assert f.state == "overdue"  # an unknown address in the INBOX is not the user
    [f] = run(facts((meeting(),)), START + timedelta(days=2), others=(sent,))
    assert f.state == "satisfied"


def test_an_ats_writing_in_the_companys_name_keeps_the_promise() -> None:
    ats = Address("no-reply@us.greenhouse-mail.io", "Acme via Greenhouse")
    word = msg("<g@ats>", datetime(2026, 3, 9, 10, tzinfo=TZ), ats, ME_ADDR, "An update")
    [f] = run(
        facts(promises=(promise("2026-03-06", SAID),)),
        datetime(2026, 3, 12, tzinfo=TZ),
        others=(word,),
    )
    assert (f.state, f.satisfied_by) == ("satisfied", "<g@ats>")
