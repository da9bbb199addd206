"""The contract every `MailSource` connector must pass, whatever mailbox it speaks to.

Use it by subclassing `MailSourceContract` in a connector's test module and providing a
`contract_env` fixture that yields a `ContractEnv`:

    class TestMaildirContract(MailSourceContract):
        @pytest.fixture
        def contract_env(self, tmp_path: Path) -> Iterator[ContractEnv]:
            source = MaildirSource("test", tmp_path)
            yield ContractEnv(source=source, deliver=...)
            source.close()

`deliver(folder, raw)` must put a message into the mailbox the way the server would (an LDA
writing a file, an IMAP APPEND, a Gmail insert), so the checks here see only the port.
Messages are recognised by their Message-ID header, never by ref or byte layout, because a
server may rewrite line endings or add headers on delivery.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from daemon.source import Changes, MailSource, RawMessage

Deliver = Callable[[str, bytes], object]  # whatever it returns is ignored


@dataclass
class ContractEnv:
    """A fresh, empty mailbox behind `source`, and a way to deliver mail into it."""

    source: MailSource
    deliver: Deliver
    inbox: str = "INBOX"  # the folder names as the source reports them
    sent: str = "Sent"


def make_message(subject: str, *, sender: str, to: str) -> tuple[str, bytes]:
    """A small RFC 5322 message with a fresh Message-ID: (message_id, raw bytes)."""
    message_id = f"<{uuid.uuid4().hex}@contract.followupd.test>"
    raw = (
        f"From: {sender}\r\n"
        f"To: {to}\r\n"
        f"Subject: {subject}\r\n"
        "Date: Tue, 17 Mar 2026 10:00:00 -0500\r\n"
        f"Message-ID: {message_id}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"{subject}: hello from the contract tests.\r\n"
    ).encode()
    return message_id, raw


def message_id_of(data: bytes) -> str | None:
    """The Message-ID header of raw message bytes (unfolded, stripped), or None."""
    header = data.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    unfolded = header.replace(b"\n ", b" ").replace(b"\n\t", b" ")
    for line in unfolded.split(b"\n"):
        name, colon, value = line.partition(b":")
        if colon and name.strip().lower() == b"message-id":
            return value.strip().decode("utf-8", "replace")
    return None


def never_known(folder: str, ref: str) -> bool:
    """A `known` callback for a cache that holds nothing."""
    return False


def by_message_id(changes: Changes) -> dict[str, RawMessage]:
    """The new messages of `changes`, keyed by Message-ID (each must have one, and only once)."""
    found: dict[str, RawMessage] = {}
    for msg in changes.new:
        mid = message_id_of(msg.data)
        assert mid is not None, f"message {msg.folder}/{msg.ref} has no Message-ID"
        assert mid not in found, f"{mid} returned twice: {found[mid].folder} and {msg.folder}"
        found[mid] = msg
    return found


def snapshot(source: MailSource) -> dict[tuple[str, str], bytes]:
    """Every message the source reports, (folder, ref) -> bytes, as a full resync sees it."""
    return {(m.folder, m.ref): m.data for m in source.changes(None, never_known).new}


def draft_for(to: str) -> tuple[str, bytes]:
    """A draft reply as followupd would write it: (message_id, raw)."""
    return make_message("Following up", sender="me@contract.followupd.test", to=to)


class MailSourceContract:
    """Checks every connector must pass. Subclass it as `Test...` and supply `contract_env`."""

    @pytest.fixture
    def contract_env(self) -> ContractEnv:
        """Override in the connector's test module."""
        raise NotImplementedError("provide a contract_env fixture for this connector")

    @pytest.fixture
    def delivered(self, contract_env: ContractEnv) -> tuple[str, str]:
        """One INBOX message and one Sent message, delivered: their Message-IDs."""
        inbox_id, inbox_raw = make_message(
            "Interview invite", sender="recruiter@acme.example", to="me@contract.followupd.test"
        )
        sent_id, sent_raw = make_message(
            "Thank you", sender="me@contract.followupd.test", to="recruiter@acme.example"
        )
        contract_env.deliver(contract_env.inbox, inbox_raw)
        contract_env.deliver(contract_env.sent, sent_raw)
        return inbox_id, sent_id

    def test_source_names_its_account(self, contract_env: ContractEnv) -> None:
        assert isinstance(contract_env.source.account, str) and contract_env.source.account

    def test_inbox_and_sent_come_back_with_folder_and_flag(
        self, contract_env: ContractEnv, delivered: tuple[str, str]
    ) -> None:
        inbox_id, sent_id = delivered
        changes = contract_env.source.changes(None, never_known)
        found = by_message_id(changes)
        assert isinstance(changes.cursor, str | None)
        assert found[inbox_id].folder == contract_env.inbox
        assert found[inbox_id].sent_folder is False
        assert found[sent_id].folder == contract_env.sent
        assert found[sent_id].sent_folder is True
        assert all(isinstance(m.ref, str) and m.ref for m in changes.new)

    def test_known_refs_are_skipped(
        self, contract_env: ContractEnv, delivered: tuple[str, str]
    ) -> None:
        source = contract_env.source
        first = source.changes(None, never_known)
        seen = {(m.folder, m.ref) for m in first.new}
        assert set(delivered) <= set(by_message_id(first))

        def known(folder: str, ref: str) -> bool:
            return (folder, ref) in seen

        # both a full resync and an incremental sync from the cursor must honour `known`
        assert source.changes(None, known).new == []
        assert source.changes(first.cursor, known).new == []

    def test_only_unknown_messages_are_returned(
        self, contract_env: ContractEnv, delivered: tuple[str, str]
    ) -> None:
        source = contract_env.source
        first = source.changes(None, never_known)
        seen = {(m.folder, m.ref) for m in first.new}
        later_id, later_raw = make_message(
            "Next steps", sender="recruiter@acme.example", to="me@contract.followupd.test"
        )
        contract_env.deliver(contract_env.inbox, later_raw)

        second = source.changes(first.cursor, lambda folder, ref: (folder, ref) in seen)
        assert list(by_message_id(second)) == [later_id]

    def test_fetch_returns_the_same_bytes(
        self, contract_env: ContractEnv, delivered: tuple[str, str]
    ) -> None:
        source = contract_env.source
        for msg in by_message_id(source.changes(None, never_known)).values():
            assert source.fetch(msg.folder, msg.ref) == msg.data

    def test_written_draft_is_found_by_message_id(self, contract_env: ContractEnv) -> None:
        source = contract_env.source
        message_id, raw = draft_for("recruiter@acme.example")
        location = source.write_draft(raw, message_id, None)
        assert isinstance(location, str) and location
        assert source.find_draft(message_id) is not None
        # whitespace around the id is not part of it
        assert source.find_draft(f"  {message_id} ") is not None

    def test_unknown_draft_is_none(
        self, contract_env: ContractEnv, delivered: tuple[str, str]
    ) -> None:
        source = contract_env.source
        message_id, raw = draft_for("recruiter@acme.example")
        source.write_draft(raw, message_id, None)
        assert source.find_draft("<no-such-draft@contract.followupd.test>") is None
        # a delivered (non-draft) message is not a draft either
        assert source.find_draft(delivered[0]) is None

    def test_writing_a_draft_leaves_mail_untouched(
        self, contract_env: ContractEnv, delivered: tuple[str, str]
    ) -> None:
        source = contract_env.source
        before = snapshot(source)
        assert before, "the delivered messages should be visible"
        message_id, raw = draft_for("recruiter@acme.example")
        source.write_draft(raw, message_id, None)
        assert snapshot(source) == before
        for (folder, ref), data in before.items():
            assert source.fetch(folder, ref) == data

    def test_drafts_are_not_new_mail(
        self, contract_env: ContractEnv, delivered: tuple[str, str]
    ) -> None:
        source = contract_env.source
        message_id, raw = draft_for("recruiter@acme.example")
        source.write_draft(raw, message_id, None)
        found = by_message_id(source.changes(None, never_known))
        assert message_id not in found
        assert set(delivered) <= set(found)

    def test_two_drafts_are_both_kept(self, contract_env: ContractEnv) -> None:
        source = contract_env.source
        first_id, first_raw = draft_for("a@acme.example")
        second_id, second_raw = draft_for("b@acme.example")
        first = source.write_draft(first_raw, first_id, None)
        second = source.write_draft(second_raw, second_id, None)
        assert first != second
        assert source.find_draft(first_id) is not None
        assert source.find_draft(second_id) is not None
