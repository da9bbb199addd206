"""Threading on the shapes real mail takes: missing parents, cycles, subjects, duplicates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from daemon.model import Address, Message
from daemon.threading import base_subject, thread_messages

T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)
A = Address("a@x.example")
B = Address("b@y.example")


def m(
    mid: str,
    hours: int,
    subject: str = "Interview",
    irt: str | None = None,
    refs: tuple[str, ...] = (),
    sender: Address = A,
    to: Address = B,
    folder: str = "INBOX",
) -> Message:
    return Message(
        account="a",
        folder=folder,
        ref=mid + folder,
        message_id=f"<{mid}>",
        subject=subject,
        date=T0 + timedelta(hours=hours),
        sender=sender,
        to=(to,),
        in_reply_to=f"<{irt}>" if irt else None,
        references=tuple(f"<{r}>" for r in refs),
    )


def ids(threads: list) -> list[list[str]]:  # type: ignore[type-arg]
    return [[x.message_id.strip("<>") for x in t.messages] for t in threads]


def test_references_and_in_reply_to_link_a_thread() -> None:
    got = thread_messages([m("1", 0), m("2", 1, irt="1"), m("3", 2, refs=("1", "2"))])
    assert ids(got) == [["1", "2", "3"]]


def test_a_missing_parent_still_joins_its_children() -> None:
    got = thread_messages([m("2", 1, refs=("gone", "x")), m("3", 2, refs=("gone",))])
    assert ids(got) == [["2", "3"]]


def test_a_reference_cycle_is_survived() -> None:
    got = thread_messages([m("1", 0, irt="2"), m("2", 1, irt="1"), m("3", 2, irt="3")])
    assert sorted(sum(ids(got), [])) == ["1", "2", "3"]


def test_subject_joins_only_a_headerless_reply_with_a_shared_participant() -> None:
    root = m("1", 0, subject="Data Analyst role")
    reply = m("2", 1, subject="RE: Data Analyst role", sender=B, to=A)
    stranger = m(
        "3",
        2,
        subject="Re: Data Analyst role",
        sender=Address("c@z.example"),
        to=Address("d@z.example"),
    )
    fresh = m("4", 3, subject="Data Analyst role")
    got = thread_messages([root, reply, stranger, fresh])
    assert ids(got) == [["1", "2"], ["3"], ["4"]]


def test_the_same_message_in_two_folders_counts_once() -> None:
    got = thread_messages([m("1", 0, folder="INBOX"), m("1", 0, folder="Sent")])
    assert ids(got) == [["1"]]


def test_a_providers_thread_id_wins() -> None:
    a, b = m("1", 0), m("2", 1, subject="Something else")
    got = thread_messages(
        [
            a.__class__(**{**a.__dict__, "thread_hint": "t1"}),
            b.__class__(**{**b.__dict__, "thread_hint": "t1"}),
        ]
    )
    assert ids(got) == [["1", "2"]]


def test_base_subject() -> None:
    assert base_subject("AW: Re:  Fwd: Portfolio  Review") == "portfolio review"
