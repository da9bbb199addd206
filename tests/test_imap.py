"""The IMAP connector against a real Dovecot on loopback (tests/dovecot.py); no mocks.

The shared source contract first (with and without IDLE and CONDSTORE), then every labelled
case served by Dovecot against the same case read from its Maildir, then what is particular to
IMAP: incremental sync, IDLE, UIDVALIDITY, restarts, logins, TLS, drafts.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient
from structlog.testing import capture_logs

from connectors.imap import ImapSettings, ImapSource, authorize, open_imap
from connectors.imap.cursor import dump_cursor, load_cursor
from connectors.imap.fetching import WHOLE_CAP
from connectors.imap.folders import plan_folders
from connectors.imap.settings import KEYRING_SERVICE, read_password
from connectors.imap.sync import raw_message
from daemon.config import Account, load_config
from daemon.errors import AuthError, ConfigError, MessageError, TransientError
from daemon.parse import parse_message
from daemon.scan import apply, plan, sync
from daemon.store import Store
from tests.conftest import ROOT, case_dirs, copy_tree, write_config
from tests.contract_source import ContractEnv, MailSourceContract, make_message, never_known
from tests.dovecot import (
    BARE_CAPABILITIES,
    PASSWORD,
    DovecotMissing,
    DovecotServer,
    find_dovecot,
    load_maildir,
    make_certificate,
)
from tests.keyring_backend import ENV_FILE, LockedKeyring, MemoryKeyring, use_keyring
from tests.test_cases import recipients, roots, run_scan

ME = "me@contract.followupd.test"


# -- servers and users -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DovecotServer]:
    """One Dovecot for the session; every test logs in as a new user with an empty mailbox."""
    server = DovecotServer(tmp_path_factory.mktemp("dovecot"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def bare_dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DovecotServer]:
    """A Dovecot that offers neither IDLE nor CONDSTORE (nor QRESYNC)."""
    server = DovecotServer(tmp_path_factory.mktemp("bare"), capabilities=BARE_CAPABILITIES)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def own_dovecot(tmp_path: Path) -> Iterator[DovecotServer]:
    """A Dovecot of this test's own, to restart at will."""
    server = DovecotServer(tmp_path / "dovecot")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def user() -> str:
    return f"u{uuid.uuid4().hex[:12]}"


def settings_for(server: DovecotServer, user: str, **overrides: Any) -> ImapSettings:
    values: dict[str, Any] = {
        "account": "imap-test",
        "host": "127.0.0.1",
        "port": server.port,
        "security": "none",
        "username": user,
        "lookback_days": 0,
        "timeout": 10.0,
    }
    values.update(overrides)
    return ImapSettings(**values)


def source_for(server: DovecotServer, user: str, **kwargs: Any) -> ImapSource:
    return ImapSource(settings_for(server, user), password=lambda: PASSWORD, **kwargs)


@pytest.fixture
def source(dovecot: DovecotServer, user: str) -> Iterator[ImapSource]:
    src = source_for(dovecot, user)
    yield src
    src.close()


@pytest.fixture
def mailer(dovecot: DovecotServer, user: str) -> Iterator[IMAPClient]:
    """The user's own mail program, logged in to the same mailbox."""
    client = dovecot.client(user)
    yield client
    client.logout()


def message(subject: str = "Interview invite", sender: str = "dana@acme.example") -> bytes:
    return make_message(subject, sender=sender, to=ME)[1]


# -- the shared contract -----------------------------------------------------------------------


class TestImapContract(MailSourceContract):
    @pytest.fixture
    def contract_env(self, dovecot: DovecotServer, user: str) -> Iterator[ContractEnv]:
        src = source_for(dovecot, user)
        client = dovecot.client(user)
        yield ContractEnv(source=src, deliver=lambda folder, raw: client.append(folder, raw))
        client.logout()
        src.close()


class TestImapContractWithoutIdleOrCondstore(MailSourceContract):
    @pytest.fixture
    def contract_env(self, bare_dovecot: DovecotServer, user: str) -> Iterator[ContractEnv]:
        src = source_for(bare_dovecot, user)
        client = bare_dovecot.client(user)
        yield ContractEnv(source=src, deliver=lambda folder, raw: client.append(folder, raw))
        client.logout()
        src.close()


# -- the labelled cases, from Dovecot and from the Maildir ---------------------------------------


def imap_config(case: dict[str, Any], server: DovecotServer, user: str, work: Path) -> Path:
    """A config like tests.conftest.write_config's, with the case's mailbox on Dovecot."""
    person = case["user"]
    path = work / "config.toml"
    path.write_text(
        "[user]\n"
        f"name = {json.dumps(person['name'])}\n"
        f"emails = {json.dumps(person['emails'])}\n"
        f"phone = {json.dumps(person.get('phone', ''))}\n"
        f"timezone = {json.dumps(person['timezone'])}\n\n"
        '[[accounts]]\nname = "local"\ntype = "imap"\nhost = "127.0.0.1"\n'
        f'port = {server.port}\nsecurity = "none"\nusername = "{user}"\n'
        'password_env = "FOLLOWUPD_TEST_IMAP_PASSWORD"\n\n'
        # the default 60-day look-back, counted from the case's --now (its mail is 2026-03)
        f"[state]\npath = {json.dumps(str(work / 'state.sqlite3'))}\n"
    )
    return path


@pytest.fixture
def imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUPD_TEST_IMAP_PASSWORD", PASSWORD)


@pytest.fixture(params=case_dirs(), ids=lambda p: p.name)
def imap_case(
    request: pytest.FixtureRequest,
    dovecot: DovecotServer,
    user: str,
    tmp_path: Path,
    imap_password: None,
) -> tuple[dict[str, Any], Path, Path]:
    """A case loaded into a fresh Dovecot user: (case, its Maildir copy, the IMAP config)."""
    case_dir: Path = request.param
    data = json.loads((case_dir / "case.json").read_text())
    client = dovecot.client(user)
    load_maildir(client, case_dir / "mailbox")
    client.logout()
    (tmp_path / "imap").mkdir()
    return data, case_dir, imap_config(data, dovecot, user, tmp_path / "imap")


def test_a_case_from_dovecot_reports_what_its_maildir_does(
    imap_case: tuple[dict[str, Any], Path, Path], tmp_path: Path
) -> None:
    data, case_dir, imap_cfg = imap_case
    (tmp_path / "maildir").mkdir()
    mailbox = copy_tree(case_dir / "mailbox", tmp_path / "maildir" / "mailbox")
    maildir_cfg = write_config(data, mailbox, tmp_path / "maildir")
    from_maildir = run_scan(maildir_cfg, data["now"], dry=True)
    from_imap = run_scan(imap_cfg, data["now"], dry=True)
    assert from_imap["followups"] == from_maildir["followups"]
    assert from_imap == from_maildir
    assert from_imap["drafts"], "every case owes at least one draft"


def drafts_on_server(
    server: DovecotServer, user: str
) -> list[tuple[int, tuple[bytes, ...], bytes]]:
    client = server.client(user)
    try:
        client.select_folder("Drafts", readonly=True)
        found = client.fetch(client.search("ALL"), ["FLAGS", "BODY.PEEK[]"])
        return [(uid, v[b"FLAGS"], v[b"BODY[]"]) for uid, v in sorted(found.items())]
    finally:
        client.logout()


def mail_on_server(server: DovecotServer, user: str) -> dict[tuple[str, int], tuple[Any, ...]]:
    """Every message outside Drafts: (folder, uid) -> (flags, bytes)."""
    client = server.client(user)
    try:
        out = {}
        for folder in ("INBOX", "Sent"):
            client.select_folder(folder, readonly=True)
            for uid, v in client.fetch(client.search("ALL"), ["FLAGS", "BODY.PEEK[]"]).items():
                out[(folder, uid)] = (v[b"FLAGS"], v[b"BODY[]"])
        return out
    finally:
        client.logout()


def test_a_case_s_drafts_land_in_dovecot_threaded_and_once(
    imap_case: tuple[dict[str, Any], Path, Path], dovecot: DovecotServer, user: str
) -> None:
    data, _, cfg = imap_case
    root_of = roots(data)
    before = mail_on_server(dovecot, user)
    report = run_scan(cfg, data["now"], dry=False)
    drafts = drafts_on_server(dovecot, user)
    assert len(drafts) == len(report["drafts"]) >= 1  # labels are test_cases.py's to check
    for _, flags, raw in drafts:
        assert b"\\Draft" in flags
        d = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(d, EmailMessage)
        irt = str(d["In-Reply-To"]).strip()
        assert irt in root_of and irt in str(d["References"]).split()
        assert len(recipients(d)) == 1
        assert len([p for p in d.walk() if p.get_content_type() == "message/rfc822"]) == 1
    for draft in report["drafts"]:
        assert draft["location"].startswith(f"imap://{user}@127.0.0.1:{dovecot.port}/Drafts;")
    assert mail_on_server(dovecot, user) == before, "the user's mail was changed"

    again = run_scan(cfg, data["now"], dry=False)
    assert again["drafts"] == [] and len(drafts_on_server(dovecot, user)) == len(drafts)

    # the user deletes a draft: it is not written again
    client = dovecot.client(user)
    client.select_folder("Drafts")
    client.delete_messages([drafts[0][0]])
    client.expunge()
    client.logout()
    run_scan(cfg, data["now"], dry=False)
    assert len(drafts_on_server(dovecot, user)) == len(drafts) - 1


# -- incremental sync ----------------------------------------------------------------------------


def known_from(*changes: Any) -> Callable[[str, str], bool]:
    seen = {(m.folder, m.ref) for c in changes for m in c.new}
    return lambda folder, ref: (folder, ref) in seen


def test_a_tick_with_nothing_new_costs_a_status_per_folder(
    source: ImapSource, mailer: IMAPClient, dovecot: DovecotServer, user: str
) -> None:
    for i in range(5):
        mailer.append("INBOX", message(f"Hello {i}"))
    mailer.append("Sent", message("Thanks", sender=ME))
    first = source.changes(None, never_known)
    assert len(first.new) == 6
    client = source._conn.client()  # to check our count against imaplib's own tag counter
    tags_before, counted_before = client._imap.tagnum, source.commands
    with capture_logs() as logs:
        again = source.changes(first.cursor, known_from(first))
    assert again.new == [] and again.cursor == first.cursor
    used = source.commands - counted_before
    assert used == client._imap.tagnum - tags_before == 2  # STATUS INBOX, STATUS Sent
    assert [e["commands"] for e in logs if e["event"] == "imap_synced"] == [2]
    # `followupd scan` from cron opens a session each time: LOGIN, LIST, two STATUS
    fresh = source_for(dovecot, user)
    try:
        assert fresh.changes(first.cursor, known_from(first)).new == []
        assert fresh.commands == 4
    finally:
        fresh.close()


def test_only_new_uids_are_searched_and_fetched(source: ImapSource, mailer: IMAPClient) -> None:
    mailer.append("INBOX", message("One"))
    first = source.changes(None, never_known)
    mailer.append("INBOX", message("Two"))
    asked: list[str] = []

    def known(folder: str, ref: str) -> bool:
        asked.append(ref)
        return False  # even a cache that forgot everything gets only what is new since

    second = source.changes(first.cursor, known)
    assert len(second.new) == 1 and len(asked) == 1
    assert "Two" in second.new[0].data.decode()
    state = load_cursor(second.cursor)["INBOX"]
    assert state.uidnext == 3 and state.highestmodseq is not None


def test_a_first_sync_looks_back_lookback_days_only(dovecot: DovecotServer, user: str) -> None:
    now = datetime(2026, 3, 12, 15, 0, tzinfo=UTC)
    client = dovecot.client(user)
    client.append("INBOX", message("Old news"), msg_time=now - timedelta(days=90))
    client.append("INBOX", message("Recent"), msg_time=now - timedelta(days=10))
    client.logout()
    src = ImapSource(
        settings_for(dovecot, user, lookback_days=60), password=lambda: PASSWORD, clock=lambda: now
    )
    try:
        found = src.changes(None, never_known).new
    finally:
        src.close()
    assert len(found) == 1 and "Recent" in found[0].data.decode()


def test_reading_never_marks_mail_seen(source: ImapSource, mailer: IMAPClient) -> None:
    mailer.append("INBOX", message("Unread"))
    first = source.changes(None, never_known)
    source.fetch("INBOX", first.new[0].ref)
    mailer.select_folder("INBOX", readonly=True)
    # not \Seen, and still \Recent: EXAMINE and BODY.PEEK change nothing
    assert mailer.get_flags([1]) == {1: (b"\\Recent",)}


def test_a_new_uidvalidity_drops_that_folder_and_reads_it_again(
    source: ImapSource, mailer: IMAPClient
) -> None:
    mailer.create_folder("Jobs")
    mailer.append("Jobs", message("Acme: next steps"))
    mailer.append("INBOX", message("Hello"))
    first = source.changes(None, never_known)
    jobs_ref = next(m.ref for m in first.new if m.folder == "Jobs")
    # the user's mail program deletes and re-creates the folder: the server renumbers it
    mailer.delete_folder("Jobs")
    mailer.create_folder("Jobs")
    mailer.append("Jobs", message("Acme: next steps"))
    mailer.append("Jobs", message("Acme: offer"))
    with capture_logs() as logs:
        second = source.changes(first.cursor, known_from(first))
    assert second.reset_folders == ["Jobs"]
    assert {m.folder for m in second.new} == {"Jobs"} and len(second.new) == 2
    assert jobs_ref not in {m.ref for m in second.new}
    assert any(e["event"] == "imap_uidvalidity_changed" for e in logs)


def test_a_folder_deleted_meanwhile_is_skipped_then_forgotten(
    source: ImapSource, mailer: IMAPClient, dovecot: DovecotServer, user: str
) -> None:
    mailer.create_folder("Jobs")
    mailer.append("Jobs", message("Acme: next steps"))
    first = source.changes(None, never_known)
    mailer.delete_folder("Jobs")  # while followupd's session still lists it
    with capture_logs() as logs:
        second = source.changes(first.cursor, known_from(first))
    assert second.new == [] and second.reset_folders == []
    assert [e["folder"] for e in logs if e["event"] == "imap_folder_unreadable"] == ["Jobs"]
    fresh = source_for(dovecot, user)  # a new session lists the folders again
    try:
        third = fresh.changes(second.cursor, known_from(first))
    finally:
        fresh.close()
    assert third.reset_folders == ["Jobs"] and "Jobs" not in load_cursor(third.cursor)


def test_the_core_forgets_a_renumbered_folder_and_matches_it_again(
    dovecot: DovecotServer, user: str, mailer: IMAPClient, tmp_path: Path
) -> None:
    cfg = load_config(imap_config(_user_case(), dovecot, user, tmp_path))
    store = Store(cfg.state_path)
    src = source_for(dovecot, user)
    now = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
    try:
        mailer.create_folder("Jobs")
        mailer.append("Jobs", message("Acme: next steps"))
        sync(src, store, cfg, now)
        mailer.delete_folder("Jobs")
        mailer.create_folder("Jobs")
        mailer.append("Jobs", message("Acme: offer"))
        sync(src, store, cfg, now)
        cached = [(m.folder, m.ref, m.subject) for m in store.messages("imap-test")]
    finally:
        src.close()
        store.close()
    assert [(f, s) for f, _, s in cached] == [("Jobs", "Acme: offer")]


def _user_case() -> dict[str, Any]:
    return {"user": {"name": "Jordan Lee", "emails": [ME], "timezone": "America/Chicago"}}


def test_a_folder_the_server_marks_sent_beats_one_named_so(
    bare_dovecot: DovecotServer, user: str
) -> None:
    client = bare_dovecot.client(user)
    client.create_folder("Sent Items")
    client.append("Sent Items", message("Thanks", sender=ME))
    client.logout()
    src = source_for(bare_dovecot, user)
    try:
        found = {m.folder: m for m in src.changes(None, never_known).new}
    finally:
        src.close()
    # Dovecot marks "Sent" \Sent; "Sent Items" is then just another folder the user keeps
    assert found["Sent Items"].sent_folder is False


# -- bodies only where needed ------------------------------------------------------------------


def _pdf(kb: int) -> bytes:
    return b"%PDF-1.4\n" + os.urandom(kb * 1024)


def _large_messages() -> list[EmailMessage]:
    out = []
    m = EmailMessage()
    m.set_content("Thanks for applying. Could we talk Tuesday at 2pm?")
    m.add_alternative("<p>Thanks for applying. Could we talk <b>Tuesday</b> at 2pm?</p>", "html")
    m.add_attachment(_pdf(80), "application", "pdf", filename="Job description.pdf")
    out.append(m)
    m = EmailMessage()
    m.set_content("<html><body><p>Only HTML here, and a photo.</p></body></html>", "html")
    m.add_attachment(os.urandom(60_000), "image", "png", filename="team.png")
    out.append(m)
    m = EmailMessage()
    m.set_content("Invite attached.")
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:abc@x\r\n"
        "DTSTART:20260310T150000Z\r\nDTEND:20260310T153000Z\r\nSUMMARY:Phone screen\r\n"
        "ORGANIZER:mailto:dana@acme.example\r\nATTENDEE;CN=Me:mailto:me@x.test\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    m.add_attachment(ics.encode(), "text", "calendar", filename="invite.ics")
    m.add_attachment(_pdf(50), "application", "pdf", filename="résumé.pdf")
    out.append(m)
    m = EmailMessage()
    m.set_content("Forwarding the recruiter's note below.")
    inner = EmailMessage()
    inner["Subject"] = "Next steps"
    inner["From"] = "sam@initech.example"
    inner.set_content("I'll get back to you by Friday.")
    m.add_attachment(inner)
    m.add_attachment(_pdf(40), "application", "pdf", filename="notes.pdf")
    out.append(m)
    m = EmailMessage()
    m.set_content(_pdf(50), "application", "pdf", filename="scan.pdf")
    out.append(m)
    m = EmailMessage()
    m.set_content("A long letter.\n" + "Lorem ipsum dolor sit amet. " * 2000)
    out.append(m)
    for i, msg in enumerate(out):
        msg["From"] = "Dana Ruiz <dana@acme.example>"
        msg["To"] = ME
        msg["Subject"] = f"Large message {i}"
        msg["Date"] = "Tue, 10 Mar 2026 10:00:00 -0500"
        msg["Message-ID"] = f"<large{i}@acme.example>"
    return out


def test_large_messages_are_read_without_their_attachments(
    source: ImapSource, mailer: IMAPClient
) -> None:
    originals = [m.as_bytes(policy=email.policy.SMTP) for m in _large_messages()]
    # a multipart without a boundary cannot be rebuilt part by part: it is fetched whole
    originals.append(
        b"From: dana@acme.example\r\nSubject: Broken\r\nMessage-ID: <broken@acme.example>\r\n"
        b"Date: Tue, 10 Mar 2026 10:00:00 -0500\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed\r\n\r\n" + b"No boundary anywhere.\r\n" * 2000
    )
    for raw in originals:
        assert len(raw) > WHOLE_CAP
        mailer.append("INBOX", raw)
    with capture_logs() as logs:
        found = source.changes(None, never_known).new
    assert len(found) == len(originals)
    synced = next(e for e in logs if e["event"] == "imap_synced")
    assert synced["by_parts"] == len(originals) - 1 and synced["whole"] == 1
    assert synced["skipped_bytes"] > 250_000
    assert [e["uid"] for e in logs if e["event"] == "imap_structure_unusable"] == [7]
    for msg, original in zip(found, originals, strict=True):
        whole = source.fetch(msg.folder, msg.ref)
        assert whole.replace(b"\r\n", b"\n") == original.replace(b"\r\n", b"\n")
        reduced = parse_message(msg.data, account="a", folder="INBOX", ref="r", default_tz=UTC)
        full = parse_message(whole, account="a", folder="INBOX", ref="r", default_tz=UTC)
        assert reduced == full
    sizes = [len(m.data) for m in found]
    assert sizes[0] < 10_000 and sizes[4] < 2_000  # the PDFs stayed on the server
    assert sizes[5] > WHOLE_CAP  # a long text is text: read in full


def test_a_message_that_vanished_cannot_be_fetched(source: ImapSource, mailer: IMAPClient) -> None:
    mailer.append("INBOX", message())
    ref = source.changes(None, never_known).new[0].ref
    mailer.select_folder("INBOX")
    mailer.delete_messages([1])
    mailer.expunge()
    with pytest.raises(MessageError):
        source.fetch("INBOX", ref)
    with pytest.raises(MessageError):
        source.fetch("INBOX", "not-a-ref")
    with pytest.raises(MessageError):
        source.fetch("No such folder", ref)


# -- waiting for mail: IDLE and polling ----------------------------------------------------------


def deliver_later(server: DovecotServer, user: str, delay: float, raw: bytes) -> threading.Thread:
    def deliver() -> None:
        time.sleep(delay)
        client = server.client(user)
        client.append("INBOX", raw)
        client.logout()

    thread = threading.Thread(target=deliver, daemon=True)
    thread.start()
    return thread


def test_new_mail_during_idle_is_seen_within_seconds(
    dovecot: DovecotServer, user: str, source: ImapSource
) -> None:
    first = source.changes(None, never_known)
    assert source._conn.has("IDLE")
    delivery = deliver_later(dovecot, user, 0.5, message("Are you free Tuesday?"))
    began = time.monotonic()
    with capture_logs() as logs:
        changed = source.wait_for_change(30, threading.Event())
    waited = time.monotonic() - began
    delivery.join()
    assert changed and waited < 5
    assert not any(e["event"] == "imap_reconnect" for e in logs)
    news = source.changes(first.cursor, known_from(first))
    assert ["Are you free Tuesday?" in m.data.decode() for m in news.new] == [True]


def test_mail_that_came_between_the_sync_and_the_wait_ends_the_wait_at_once(
    source: ImapSource, mailer: IMAPClient
) -> None:
    # IDLE reports only what arrives while it runs: a message delivered while a tick was
    # still writing its drafts must not wait for the next poll
    first = source.changes(None, never_known)
    mailer.append("INBOX", message("Delivered mid-tick"))
    began = time.monotonic()
    with capture_logs() as logs:
        assert source.wait_for_change(30, threading.Event()) is True
    assert time.monotonic() - began < 5
    assert [e["event"] for e in logs if e["event"] == "imap_mail_before_wait"] == [
        "imap_mail_before_wait"
    ]
    news = source.changes(first.cursor, known_from(first))
    assert ["Delivered mid-tick" in m.data.decode() for m in news.new] == [True]
    # once synced, the same INBOX is no news: a quiet wait ends False
    assert source.wait_for_change(1.0, threading.Event()) is False


def test_mail_before_a_polled_wait_ends_it_at_once(bare_dovecot: DovecotServer, user: str) -> None:
    src = source_for(bare_dovecot, user, poll_seconds=60)
    try:
        first = src.changes(None, never_known)
        client = bare_dovecot.client(user)
        client.append("INBOX", message("Before the poll"))
        client.logout()
        began = time.monotonic()
        assert src.wait_for_change(30, threading.Event()) is True
        assert time.monotonic() - began < 5
        assert len(src.changes(first.cursor, known_from(first)).new) == 1
    finally:
        src.close()


def test_idle_is_renewed_and_a_quiet_wait_ends_false(source: ImapSource) -> None:
    quiet = ImapSource(source.settings, password=lambda: PASSWORD, idle_renew_seconds=0.4)
    try:
        with capture_logs() as logs:
            assert quiet.wait_for_change(1.5, threading.Event()) is False
        assert len([e for e in logs if e["event"] == "imap_idle_renewed"]) >= 2
        # the session is usable afterwards: IDLE was ended and the INBOX left
        assert quiet.changes(None, never_known).new == []
    finally:
        quiet.close()


def test_a_wait_ends_at_once_when_stopped(source: ImapSource) -> None:
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    began = time.monotonic()
    assert source.wait_for_change(30, stop) is False
    assert time.monotonic() - began < 3


def test_without_idle_new_mail_is_found_by_polling(bare_dovecot: DovecotServer, user: str) -> None:
    src = source_for(bare_dovecot, user, poll_seconds=0.2)
    try:
        first = src.changes(None, never_known)
        assert not src._conn.has("IDLE") and not src._conn.has("CONDSTORE")
        delivery = deliver_later(bare_dovecot, user, 0.5, message("Polled"))
        began = time.monotonic()
        assert src.wait_for_change(30, threading.Event()) is True
        assert time.monotonic() - began < 5
        delivery.join()
        news = src.changes(first.cursor, known_from(first))
        assert len(news.new) == 1
        assert all(s.highestmodseq is None for s in load_cursor(news.cursor).values())
        # a quiet poll ends False
        assert src.wait_for_change(0.5, threading.Event()) is False
    finally:
        src.close()


# -- a server that goes away -------------------------------------------------------------------


def test_a_server_restarted_mid_sync_loses_and_duplicates_nothing(
    own_dovecot: DovecotServer, user: str, tmp_path: Path
) -> None:
    client = own_dovecot.client(user)
    for i in range(30):
        client.append("INBOX", message(f"Message {i}"))
    client.append("Sent", message("Thanks", sender=ME))
    client.logout()
    cfg = load_config(imap_config(_user_case(), own_dovecot, user, tmp_path))
    store = Store(cfg.state_path)
    src = source_for(own_dovecot, user)
    now = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)

    class RestartOnce:
        done = False

        def __call__(self, folder: str, ref: str) -> bool:
            if not self.done:  # between SEARCH and FETCH of the first folder
                self.done = True
                own_dovecot.restart()
            return False

    restart = RestartOnce()
    try:
        with pytest.raises(TransientError):
            src.changes(store.cursor("imap-test"), restart)
        assert restart.done and store.cursor("imap-test") is None
        client = own_dovecot.client(user)
        client.append("INBOX", message("Arrived during the outage"))
        client.logout()
        sync(src, store, cfg, now)  # the next tick
        sync(src, store, cfg, now)  # and one more: nothing new
        cached = store.messages("imap-test")
    finally:
        src.close()
        store.close()
    ids = [m.message_id for m in cached]
    assert len(ids) == len(set(ids)) == 32


def test_a_session_that_died_between_ticks_is_replaced(
    own_dovecot: DovecotServer, user: str
) -> None:
    src = source_for(own_dovecot, user)
    try:
        first = src.changes(None, never_known)
        own_dovecot.restart()
        client = own_dovecot.client(user)
        client.append("INBOX", message("After the restart"))
        client.logout()
        with capture_logs() as logs:
            news = src.changes(first.cursor, known_from(first))
        assert len(news.new) == 1
        assert [e["event"] for e in logs if "reconnect" in e["event"]] == ["imap_reconnect"]
    finally:
        src.close()


def test_idle_reconnects_after_the_server_restarts(own_dovecot: DovecotServer, user: str) -> None:
    src = source_for(own_dovecot, user)
    try:
        src.changes(None, never_known)
        restarter = threading.Timer(0.5, own_dovecot.restart)
        restarter.start()
        began = time.monotonic()
        with capture_logs() as logs:
            assert src.wait_for_change(30, threading.Event()) is True
        restarter.join()
        assert time.monotonic() - began < 15
        assert any(e["event"] == "imap_reconnect" for e in logs)
        assert src.changes(None, never_known).new == []  # and the new session works
    finally:
        src.close()


def test_an_unreachable_server_is_a_transient_error(user: str) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    src = ImapSource(
        ImapSettings("x", "127.0.0.1", port, "none", user, timeout=2), password=lambda: PASSWORD
    )
    with pytest.raises(TransientError, match="refused the connection"):
        src.changes(None, never_known)


def test_a_silent_server_times_out(user: str) -> None:
    with socket.socket() as listener:  # accepts, never says a word
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        settings = ImapSettings("x", "127.0.0.1", port, "none", user, timeout=0.5)
        src = ImapSource(settings, password=lambda: PASSWORD)
        began = time.monotonic()
        with pytest.raises(TransientError, match="did not answer within"):
            src.changes(None, never_known)
        assert time.monotonic() - began < 5


# -- logging in ----------------------------------------------------------------------------------


def test_a_wrong_password_is_an_auth_error_that_says_what_to_do(
    dovecot: DovecotServer, user: str
) -> None:
    src = ImapSource(settings_for(dovecot, user), password=lambda: "wrong")
    with pytest.raises(AuthError) as err:
        src.changes(None, never_known)
    assert "followupd auth imap imap-test" in str(err.value) and "wrong" not in str(err.value)


def test_a_wrong_password_fails_the_scan_with_one_line(
    dovecot: DovecotServer, user: str, tmp_path: Path
) -> None:
    cfg = imap_config(_user_case(), dovecot, user, tmp_path)
    env = {**os.environ, "FOLLOWUPD_TEST_IMAP_PASSWORD": "not-the-password"}
    proc = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "scan", "--config", str(cfg), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )
    # the report still comes, naming the account it could not read; one line says why
    assert proc.returncode == 3
    assert json.loads(proc.stdout)["accounts"][0]["read"] is False
    [said] = [ln for ln in proc.stderr.splitlines() if ln.startswith("followupd: ")]
    assert said.startswith("followupd: authorisation needed: account ")
    assert "FOLLOWUPD_TEST_IMAP_PASSWORD" in said
    assert "not-the-password" not in proc.stderr


def test_the_password_comes_from_the_keyring(dovecot: DovecotServer, user: str) -> None:
    settings = settings_for(dovecot, user)
    with use_keyring(MemoryKeyring()) as ring:
        with pytest.raises(AuthError, match="followupd auth imap imap-test"):
            read_password(settings)
        ring.set_password(KEYRING_SERVICE, "imap-test", PASSWORD)
        src = ImapSource(settings)
        try:
            assert src.changes(None, never_known).new == []
        finally:
            src.close()
    with use_keyring(LockedKeyring()), pytest.raises(AuthError, match="cannot read the keyring"):
        read_password(settings)


def test_auth_command_stores_the_password_after_a_test_login(
    dovecot: DovecotServer, user: str, tmp_path: Path
) -> None:
    cfg = imap_config(_user_case(), dovecot, user, tmp_path)
    ring = tmp_path / "keyring.json"
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.keyring_backend.FileKeyring",
        ENV_FILE: str(ring),
    }

    def run(*argv: str, password: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "daemon.cli", *argv, "--config", str(cfg)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
            env={**env, "FOLLOWUPD_TEST_IMAP_PASSWORD": password},
        )

    refused = run("auth", "imap", "local", password="wrong")
    assert refused.returncode == 3 and not ring.exists()
    # the server's words, not Python's bytes
    assert "refused the login" in refused.stderr and "Authentication failed" in refused.stderr
    assert "b'" not in refused.stderr and 'b"' not in refused.stderr
    stored = run("auth", "imap", "local", password=PASSWORD)
    assert stored.returncode == 0, stored.stderr
    assert stored.stdout.count("\n") == 1 and "stored in the keyring" in stored.stdout
    assert PASSWORD not in stored.stdout + stored.stderr
    assert json.loads(ring.read_text()) == {f"{KEYRING_SERVICE}\0local": PASSWORD}
    # a scan without password_env now logs in with the stored password
    cfg.write_text(cfg.read_text().replace('password_env = "FOLLOWUPD_TEST_IMAP_PASSWORD"\n', ""))
    scanned = run("scan", "--json", password="")
    assert scanned.returncode == 0, scanned.stderr


def test_authorize_prompts_without_echo_when_there_is_no_password_env(
    dovecot: DovecotServer,
    user: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cfg = load_config(imap_config(_user_case(), dovecot, user, tmp_path))
    account = cfg.accounts[0]
    bare = Account(account.name, "imap", {**account.options, "password_env": ""})
    prompts: list[str] = []

    def getpass(prompt: str) -> str:
        prompts.append(prompt)
        return PASSWORD

    monkeypatch.setattr("getpass.getpass", getpass)
    with use_keyring(MemoryKeyring()) as ring:
        authorize(bare, cfg)
        assert ring.get_password(KEYRING_SERVICE, "local") == PASSWORD
    assert prompts == [f"IMAP password for {user} at 127.0.0.1: "]
    assert PASSWORD not in capsys.readouterr().out
    with use_keyring(LockedKeyring()), pytest.raises(AuthError, match="cannot be stored"):
        authorize(bare, cfg)


# -- TLS -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tls_dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DovecotServer]:
    root = tmp_path_factory.mktemp("tls")
    server = DovecotServer(root, tls=make_certificate(root / "cert"))
    server.start()
    yield server
    server.stop()


def test_tls_and_starttls_verify_the_certificate(tls_dovecot: DovecotServer, user: str) -> None:
    assert tls_dovecot.tls is not None
    ca = tls_dovecot.tls.cert
    for security, port in (("tls", tls_dovecot.tls_port), ("starttls", tls_dovecot.port)):
        good = settings_for(tls_dovecot, user, security=security, port=port, tls_ca_file=ca)
        src = ImapSource(good, password=lambda: PASSWORD)
        try:
            assert src.changes(None, never_known).new == []
        finally:
            src.close()
        # without the CA the self-signed certificate is refused: verification is on
        untrusted = ImapSource(
            settings_for(tls_dovecot, user, security=security, port=port),
            password=lambda: PASSWORD,
        )
        with pytest.raises(ConfigError, match="could not be verified.*tls_ca_file"):
            untrusted.changes(None, never_known)
    # localhost is in the certificate too; another name is not
    wrong_name = settings_for(
        tls_dovecot, user, host="127.0.0.2", security="tls", port=tls_dovecot.tls_port
    )
    with pytest.raises((ConfigError, TransientError)):
        ImapSource(wrong_name, password=lambda: PASSWORD).changes(None, never_known)


def test_tls_on_a_plain_port_says_to_check_port_and_security(
    tls_dovecot: DovecotServer, dovecot: DovecotServer, user: str
) -> None:
    assert tls_dovecot.tls is not None
    mismatch = settings_for(
        tls_dovecot, user, security="tls", port=tls_dovecot.port, tls_ca_file=tls_dovecot.tls.cert
    )
    with pytest.raises(ConfigError, match="Check port and security"):
        ImapSource(mismatch, password=lambda: PASSWORD).changes(None, never_known)
    no_starttls = settings_for(dovecot, user, security="starttls")
    with pytest.raises(ConfigError, match="does not offer STARTTLS"):
        ImapSource(no_starttls, password=lambda: PASSWORD).changes(None, never_known)


# -- drafts and the digest -----------------------------------------------------------------------


class Crash(Exception):
    pass


class CrashAfterAppend(ImapSource):
    """APPENDs the draft, then dies before followupd can record it: a power cut, in a test."""

    def write_draft(self, raw: bytes, message_id: str, thread_hint: str | None) -> str:
        super().write_draft(raw, message_id, thread_hint)
        raise Crash()


def test_a_crash_between_append_and_ledger_does_not_duplicate(
    dovecot: DovecotServer, user: str, tmp_path: Path, imap_password: None
) -> None:
    case_dir = next(p for p in case_dirs() if p.name == "sample-analyst-chicago")
    data = json.loads((case_dir / "case.json").read_text())
    client = dovecot.client(user)
    load_maildir(client, case_dir / "mailbox")
    client.logout()
    cfg = load_config(imap_config(data, dovecot, user, tmp_path))
    now = datetime.fromisoformat(data["now"])
    store = Store(cfg.state_path)
    crashing = CrashAfterAppend(settings_for(dovecot, user, account="local"), lambda: PASSWORD)
    try:
        sync(crashing, store, cfg, now)
        planned = plan(crashing, store, cfg, now)
        with pytest.raises(Crash):
            apply(crashing, store, planned, now)
    finally:
        crashing.close()
    assert len(drafts_on_server(dovecot, user)) == 1
    first = planned.drafts[0]
    assert store.draft(first.followup_id) == ("intent", first.message_id, None)

    source = open_imap(cfg.accounts[0], cfg)
    try:
        again = plan(source, store, cfg, now)
        with capture_logs() as logs:
            apply(source, store, again, now)
    finally:
        source.close()
        store.close()
    assert len(drafts_on_server(dovecot, user)) == len(planned.drafts)
    assert [e for e in logs if e["event"] == "draft_found"]


def test_a_draft_is_appended_once_flagged_and_located(
    source: ImapSource, dovecot: DovecotServer, user: str
) -> None:
    message_id, raw = make_message("Re: Interview", sender=ME, to="dana@acme.example")
    first = source.write_draft(raw, message_id, "thread-hint-is-ignored")
    second = source.write_draft(raw, message_id, None)  # e.g. after a lost APPEND response
    assert first == second and first.endswith(";UID=1")
    assert source.find_draft(message_id) == first
    [(_, flags, stored)] = drafts_on_server(dovecot, user)
    assert set(flags) >= {b"\\Draft", b"\\Seen"}
    assert stored.replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")
    # a Message-ID that only contains the wanted one is another message
    assert source.find_draft(message_id[:-1] + "x>") is None
    with pytest.raises(ValueError, match="Message-ID"):
        source.write_draft(raw, "<another@id>", None)


def test_the_digest_arrives_in_the_inbox_as_new_mail(
    source: ImapSource, mailer: IMAPClient
) -> None:
    first = source.changes(None, never_known)
    _, raw = make_message("Your follow-ups today", sender=ME, to=ME)
    location = source.deliver_digest(raw, ME)
    assert "/INBOX;UIDVALIDITY=" in location
    mailer.select_folder("INBOX", readonly=True)
    assert mailer.get_flags(mailer.search("ALL")) == {1: (b"\\Recent",)}
    assert len(source.changes(first.cursor, known_from(first)).new) == 1


def test_logs_carry_ids_and_counts_never_bodies_or_passwords(
    source: ImapSource, mailer: IMAPClient
) -> None:
    mailer.append("INBOX", message("Secret salary figures"))
    with capture_logs() as logs:
        changes = source.changes(None, never_known)
        message_id, raw = make_message("Re: Secret salary figures", sender=ME, to="a@b.example")
        source.write_draft(raw, message_id, None)
        source.wait_for_change(0.2, threading.Event())
    assert changes.new and {"imap_connected", "imap_synced", "imap_draft_written"} <= {
        e["event"] for e in logs
    }
    text = repr(logs)
    assert PASSWORD not in text and "salary" not in text and "hello from" not in text


# -- configuration -------------------------------------------------------------------------------


def write_accounts(tmp_path: Path, accounts: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '[user]\nname = "Jordan Lee"\nemails = ["jordan@example.net"]\n'
        'timezone = "America/Chicago"\n\n' + accounts
    )
    return path


def test_the_contract_s_imap_keys_are_accepted_as_written(contracts: Path, tmp_path: Path) -> None:
    contract = (contracts / "config-accounts.toml").read_text()
    cfg = load_config(write_accounts(tmp_path, contract))
    imap = next(a for a in cfg.accounts if a.type == "imap")
    source = open_imap(imap, cfg)  # sends nothing yet
    s = source.settings
    assert (s.host, s.port, s.security, s.username) == (
        "imap.fastmail.com",
        993,
        "tls",
        "jordan@fastmail.com",
    )
    assert s.password_env is None and s.lookback_days == 60 and source.commands == 0


@pytest.mark.parametrize(
    ("keys", "error"),
    [
        ('host = "mail.example.net"\nsecurity = "none"', "only allowed for a server on this"),
        ('host = "localhost.evil.example"\nsecurity = "none"', "unencrypted"),
        ('host = "mail.example.net"\nsecurity = "ssl"', "must be one of tls, starttls, none"),
        ('host = "mail.example.net"\npassword = "x"', "unknown key 'accounts[a].password'"),
        ('host = "mail.example.net"\nport = "993"', "'accounts[a].port' must be a whole number"),
        ('host = "mail.example.net"\nlookback_days = -1', "must not be negative"),
        ('security = "tls"', "missing key 'accounts[a].host'"),
    ],
)
def test_bad_imap_keys_are_refused_with_their_name(tmp_path: Path, keys: str, error: str) -> None:
    extra = '\nusername = "me"' if "username" not in keys else ""
    path = write_accounts(tmp_path, f'[[accounts]]\nname = "a"\ntype = "imap"\n{keys}{extra}\n')
    # refused when the config is read, before anything connects
    with pytest.raises(ConfigError, match=re.escape(error)):
        load_config(path)


@pytest.mark.parametrize(
    ("security", "port", "loopback_host"),
    [("tls", 993, "::1"), ("starttls", 143, "127.0.0.1"), ("none", 143, "localhost")],
)
def test_ports_default_by_security(
    tmp_path: Path, security: str, port: int, loopback_host: str
) -> None:
    path = write_accounts(
        tmp_path,
        f'[[accounts]]\nname = "a"\ntype = "imap"\nhost = "{loopback_host}"\n'
        f'security = "{security}"\nusername = "me"\ntls_ca_file = "ca.pem"\n',
    )
    cfg = load_config(path)
    s = open_imap(cfg.accounts[0], cfg).settings
    assert s.port == port and s.tls_ca_file == tmp_path / "ca.pem"


# -- pure parts: folders, cursor, Gmail's labels -------------------------------------------------


def row(name: str, *flags: str, delimiter: bytes = b"/") -> tuple[tuple[bytes, ...], bytes, str]:
    return tuple(f.encode() for f in flags), delimiter, name


FOLDER_CASES = [
    (
        "special-use",
        [row("INBOX"), row("Sent", "\\Sent"), row("Drafts", "\\Drafts"), row("Trash", "\\Trash"),
         row("Junk", "\\Junk"), row("Jobs"), row("Trash/2024"), row("Archive", "\\Archive")],
        False,
        [("INBOX", False), ("Archive", False), ("Jobs", False), ("Sent", True)],
        "Drafts",
    ),
    (
        "names only, Courier's INBOX. prefix",
        [row("INBOX", delimiter=b"."), row("INBOX.Sent Items", delimiter=b"."),
         row("INBOX.Drafts", delimiter=b"."), row("INBOX.Deleted Items", delimiter=b"."),
         row("INBOX.Spam", delimiter=b"."), row("INBOX.Work", delimiter=b".")],
        False,
        [("INBOX", False), ("INBOX.Sent Items", True), ("INBOX.Work", False)],
        "INBOX.Drafts",
    ),
    (
        "Gmail reads All Mail only",
        [row("INBOX"), row("[Gmail]", "\\Noselect"), row("[Gmail]/All Mail", "\\All"),
         row("[Gmail]/Sent Mail", "\\Sent"), row("[Gmail]/Drafts", "\\Drafts"),
         row("[Gmail]/Spam", "\\Junk"), row("[Gmail]/Important", "\\Important"), row("Jobs")],
        True,
        [("[Gmail]/All Mail", False)],
        "[Gmail]/Drafts",
    ),
    (
        "a virtual All folder elsewhere is not read twice",
        [row("INBOX"), row("Sent", "\\Sent"), row("Virtual/All", "\\All"),
         row("Flagged", "\\Flagged"), row("Old", "\\Noselect")],
        False,
        [("INBOX", False), ("Sent", True)],
        None,
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("listing", "gmail", "read", "drafts"),
    [c[1:] for c in FOLDER_CASES],
    ids=[c[0] for c in FOLDER_CASES],
)
def test_folders_are_chosen_by_special_use_then_name(
    listing: list[Any], gmail: bool, read: list[tuple[str, bool]], drafts: str | None
) -> None:
    plan_ = plan_folders(listing, gmail)
    assert [(f.name, f.sent) for f in plan_.read] == read
    assert plan_.drafts == drafts and plan_.gmail == gmail


def test_a_cursor_round_trips_and_a_damaged_one_means_a_first_sync() -> None:
    states = load_cursor('{"v":1,"folders":{"INBOX":[7,42,1001],"Sent":[8,3,null]}}')
    assert dump_cursor(states) == '{"v":1,"folders":{"INBOX":[7,42,1001],"Sent":[8,3,null]}}'
    for junk in (None, "", "maildir", "{", '{"v":2,"folders":{}}', '{"v":1,"folders":{"x":[1]}}'):
        assert load_cursor(junk) == {}


def test_gmail_labels_say_sent_and_draft_and_the_thread_id_is_kept() -> None:
    from connectors.imap.fetching import Fetched
    from connectors.imap.folders import Folder

    folder = Folder("[Gmail]/All Mail")
    sent = raw_message(folder, 9, Fetched(5, b"x", "1789", frozenset({"\\Sent"})), gmail=True)
    assert sent is not None and sent.sent_folder and sent.thread_hint == "1789"
    assert sent.ref == "9:5" and sent.folder == "[Gmail]/All Mail"
    draft = Fetched(6, b"x", "1789", frozenset({"\\Draft"}))
    assert raw_message(folder, 9, draft, gmail=True) is None
    inbox = raw_message(Folder("INBOX"), 9, Fetched(7, b"x", None, frozenset()), gmail=False)
    assert inbox is not None and not inbox.sent_folder and inbox.thread_hint is None


def test_a_missing_dovecot_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    """CI must not pass by skipping the IMAP tests: no Dovecot is an error."""
    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr("tests.dovecot.DOVECOT_PATHS", ())
    with pytest.raises(DovecotMissing, match="apt-get install -y dovecot-imapd"):
        find_dovecot()


def test_a_thread_marked_followupd_ignore_stops_its_follow_ups(
    dovecot: DovecotServer, user: str, tmp_path: Path, imap_password: None
) -> None:
    case_dir = next(p for p in case_dirs() if p.name == "sample-analyst-chicago")
    data = json.loads((case_dir / "case.json").read_text())
    client = dovecot.client(user)
    load_maildir(client, case_dir / "mailbox")
    cfg = load_config(imap_config(data, dovecot, user, tmp_path))
    now = datetime.fromisoformat(data["now"])
    store = Store(cfg.state_path)
    source = ImapSource(settings_for(dovecot, user, account="local"), lambda: PASSWORD)
    try:
        sync(source, store, cfg, now)
        first = plan(source, store, cfg, now)
        target = next(f for f in first.followups if f.state in ("due", "overdue"))
        [facts] = [t for t in first.facts if t.thread.id == target.thread_id]
        marked = facts.thread.messages[0]  # the user marks one message of the thread
        client.select_folder(marked.folder)
        client.add_flags([int(marked.ref.split(":")[1])], [b"followupd-ignore"])
        ignored = plan(source, store, cfg, now)
        stopped = {f.id: f for f in ignored.followups if f.thread_id == target.thread_id}
        assert stopped[target.id].state == "dismissed"
        assert "followupd-ignore" in stopped[target.id].reason
        assert all(f.state in ("dismissed", "satisfied") for f in stopped.values())
        assert target.id not in {d.followup_id for d in ignored.drafts}
        others = {f.id for f in first.followups if f.thread_id != target.thread_id}
        assert {d.followup_id for d in ignored.drafts} <= others
        # the mark taken off: the follow-up is owed again, nothing was changed in the mailbox
        client.remove_flags([int(marked.ref.split(":")[1])], [b"followupd-ignore"])
        again = plan(source, store, cfg, now)
        assert {f.id: f.state for f in again.followups}[target.id] == target.state
    finally:
        client.logout()
        source.close()
        store.close()
