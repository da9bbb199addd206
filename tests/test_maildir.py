"""The Maildir connector: the shared source contract, then what is particular to Maildir."""

from __future__ import annotations

import itertools
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from connectors import maildir
from connectors.maildir import MaildirSource
from daemon.errors import ConfigError, MailboxError, MessageError
from tests.conftest import CASES
from tests.contract_source import (
    ContractEnv,
    MailSourceContract,
    make_message,
    message_id_of,
    never_known,
)

CASE_MAILBOX = CASES / "sample-analyst-chicago" / "mailbox"
_delivery = itertools.count(1)


def deliver(root: Path, folder: str, raw: bytes) -> Path:
    """Deliver as a server would: INBOX mail into new/, other folders (an IMAP APPEND with
    \\Seen, as a MUA saving a sent copy does) into cur/ with the S flag. Returns the file."""
    directory = root if folder == "INBOX" else root / f".{folder}"
    for sub in ("cur", "new", "tmp"):
        (directory / sub).mkdir(parents=True, exist_ok=True)
    if directory != root:
        (directory / "maildirfolder").touch()
    name = f"1773750000.M{next(_delivery)}P4242.testhost,S={len(raw)}"
    tmp = directory / "tmp" / name
    tmp.write_bytes(raw)
    final = directory / "new" / name if folder == "INBOX" else directory / "cur" / f"{name}:2,S"
    os.rename(tmp, final)
    return final


def tree(root: Path) -> dict[str, bytes | None]:
    """Every path under root (relative) with the bytes of files; None for directories."""
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def message(subject: str = "Hello") -> bytes:
    return make_message(subject, sender="a@acme.example", to="me@example.net")[1]


def put(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


class TestMaildirContract(MailSourceContract):
    @pytest.fixture
    def contract_env(self, tmp_path: Path) -> Iterator[ContractEnv]:
        root = tmp_path / "Maildir"
        root.mkdir()
        source = MaildirSource("contract", root)
        yield ContractEnv(source=source, deliver=lambda folder, raw: deliver(root, folder, raw))
        source.close()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    path = tmp_path / "Maildir"
    path.mkdir()
    return path


# -- opening ---------------------------------------------------------------------------------


def test_missing_root_is_a_mailbox_error_naming_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(MailboxError, match="Maildir not found") as err:
        MaildirSource("me", missing)
    assert str(missing) in str(err.value)
    assert "[[accounts]].path" in str(err.value)


def test_root_that_is_a_file_is_a_mailbox_error(tmp_path: Path) -> None:
    file = put(tmp_path / "Maildir", b"not a dir")
    with pytest.raises(MailboxError, match="not a directory"):
        MaildirSource("me", file)


def test_root_vanishing_later_is_a_mailbox_error(tmp_path: Path, root: Path) -> None:
    source = MaildirSource("me", root)
    root.rmdir()
    with pytest.raises(MailboxError, match=str(root)):
        source.changes(None, never_known)
    message_id, raw = make_message("x", sender="me@example.net", to="a@acme.example")
    with pytest.raises(MailboxError):
        source.write_draft(raw, message_id, None)
    assert not root.exists(), "write_draft must not recreate a missing root"


@pytest.mark.parametrize("drafts", ["", "INBOX", "a/b", ".Drafts"])
def test_bad_drafts_folder_is_a_config_error(root: Path, drafts: str) -> None:
    with pytest.raises(ConfigError):
        MaildirSource("me", root, drafts_folder=drafts)


# -- reading ---------------------------------------------------------------------------------


def test_missing_cur_new_tmp_are_tolerated_and_not_created(root: Path) -> None:
    put(root / "cur" / "1.M1P1.h:2,S", message("inbox, no new/ nor tmp/"))
    put(root / ".Sent" / "cur" / "2.M2P2.h:2,S", message("sent, only cur/"))
    put(root / ".Work" / "new" / "3.M3P3.h", message("work, only new/"))
    (root / ".Empty").mkdir()  # a folder with no subdirectories at all
    before = tree(root)

    new = MaildirSource("me", root).changes(None, never_known).new

    assert [(m.folder, m.ref) for m in new] == [
        ("INBOX", "1.M1P1.h"),
        ("Sent", "2.M2P2.h"),
        ("Work", "3.M3P3.h"),
    ]
    assert tree(root) == before


def test_flag_rename_is_not_a_new_message(root: Path) -> None:
    source = MaildirSource("me", root)
    path = deliver(root, "INBOX", message())
    [first] = source.changes(None, never_known).new
    seen = {(first.folder, first.ref)}

    # the MUA reads it: new/x -> cur/x:2,S, then flags it: cur/x:2,FS
    moved = root / "cur" / f"{path.name}:2,S"
    os.rename(path, moved)
    assert source.changes("maildir", lambda f, r: (f, r) in seen).new == []
    os.rename(moved, root / "cur" / f"{path.name}:2,FS")
    [again] = source.changes(None, never_known).new
    assert again.ref == first.ref == path.name
    assert source.fetch("INBOX", first.ref) == first.data


def test_known_files_are_not_opened(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deliver(root, "INBOX", message())
    source = MaildirSource("me", root)

    def refuse(self: Path) -> bytes:
        raise AssertionError(f"opened {self}")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert source.changes(None, lambda folder, ref: True).new == []


def test_vanished_file_is_skipped_with_a_log_line(root: Path) -> None:
    keep = deliver(root, "INBOX", message("stays"))
    gone = deliver(root, "INBOX", message("moved away"))

    def known(folder: str, ref: str) -> bool:
        # runs after the listing and before the read: the MUA moves the file right then
        if ref == gone.name:
            gone.unlink()
        return False

    with capture_logs() as logs:
        new = list(MaildirSource("me", root).changes(None, known).new)  # read as iterated
    assert [m.ref for m in new] == [keep.name]
    assert {
        "event": "maildir_message_vanished",
        "folder": "INBOX",
        "ref": gone.name,
        "log_level": "info",
    } in logs


def test_skipped_and_nested_folders(root: Path) -> None:
    for folder in (
        "Drafts",
        "Trash",
        "junk",
        "SPAM",
        "Deleted Items",
        "Deleted Messages",
        "INBOX.Trash",
        "Trash.2024",
        "INBOX.Drafts",
    ):
        deliver(root, folder, message(folder))
    work = deliver(root, "Work.Projects", message("nested"))
    sent = deliver(root, "INBOX.Sent", message("courier-style sent"))
    items = deliver(root, "sent items", message("case-insensitive sent"))

    new = MaildirSource("me", root).changes(None, never_known).new

    assert [(m.folder, m.ref, m.sent_folder) for m in new] == [
        ("INBOX.Sent", sent.name.split(":")[0], True),
        ("Work.Projects", work.name.split(":")[0], False),
        ("sent items", items.name.split(":")[0], True),
    ]


def test_custom_sent_and_drafts_folders(root: Path) -> None:
    deliver(root, "Gesendet", message("sent"))
    deliver(root, "Sent", message("not sent here"))
    deliver(root, "Brouillons", message("drafts"))
    source = MaildirSource("me", root, sent_folders=("Gesendet",), drafts_folder="Brouillons")
    new = source.changes(None, never_known).new
    assert [(m.folder, m.sent_folder) for m in new] == [("Gesendet", True), ("Sent", False)]


def test_dotfiles_and_subdirectories_are_not_messages(root: Path) -> None:
    real = deliver(root, "INBOX", message())
    put(root / "new" / ".hidden", b"not mail")
    (root / "cur" / "subdir").mkdir(parents=True)
    put(root / "cur" / "subdir" / "1.M1P1.h:2,S", b"not mail either")
    put(root / "dovecot-uidlist", b"3 V1 N1")
    new = MaildirSource("me", root).changes(None, never_known).new
    assert [m.ref for m in new] == [real.name]


def test_order_is_by_folder_then_file_name(root: Path) -> None:
    for folder, name in [
        ("Zeta", "5.M1P1.h:2,S"),
        ("Alpha", "9.M1P1.h:2,S"),
        ("Alpha", "1.M1P1.h"),
        ("INBOX", "7.M1P1.h:2,"),
        ("INBOX", "3.M1P1.h"),
    ]:
        sub = "new" if ":" not in name else "cur"
        put((root if folder == "INBOX" else root / f".{folder}") / sub / name, message(name))
    new = MaildirSource("me", root).changes(None, never_known).new
    assert [(m.folder, m.ref) for m in new] == [
        ("INBOX", "3.M1P1.h"),
        ("INBOX", "7.M1P1.h"),
        ("Alpha", "1.M1P1.h"),
        ("Alpha", "9.M1P1.h"),
        ("Zeta", "5.M1P1.h"),
    ]


def test_same_file_in_new_and_cur_counts_once(root: Path) -> None:
    put(root / "new" / "1.M1P1.h", message())
    put(root / "cur" / "1.M1P1.h:2,S", message())
    assert len(MaildirSource("me", root).changes(None, never_known).new) == 1


def test_large_message_is_still_returned(root: Path) -> None:
    path = root / "new" / "1.M1P1.h"
    path.parent.mkdir()
    with path.open("wb") as f:
        f.truncate(51 * 1024 * 1024)  # sparse: cheap to make, still 51 MB to read
    [msg] = MaildirSource("me", root).changes(None, never_known).new
    assert len(msg.data) == 51 * 1024 * 1024


def test_unreadable_message_is_skipped(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = deliver(root, "INBOX", message("locked"))
    ok = deliver(root, "INBOX", message("fine"))
    read_bytes = Path.read_bytes

    def deny(self: Path) -> bytes:
        # chmod 000 does not stop root (where CI may run), so refuse the read here instead
        if self == bad:
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    with capture_logs() as logs:
        new = list(MaildirSource("me", root).changes(None, never_known).new)  # read as iterated
    assert [m.ref for m in new] == [ok.name]
    assert [e["event"] for e in logs if e["log_level"] == "warning"] == [
        "maildir_message_unreadable"
    ]


def test_fetch_finds_new_and_cur_and_reports_missing(root: Path) -> None:
    data = message()
    put(root / ".Sent" / "cur" / "1.M1P1.h:2,S", data)
    source = MaildirSource("me", root)
    assert source.fetch("Sent", "1.M1P1.h") == data
    assert source.fetch("inbox", deliver(root, "INBOX", data).name) == data
    for folder, ref in [
        ("Sent", "2.M2P2.h"),
        ("Nope", "1.M1P1.h"),
        ("..", "x"),
        ("INBOX", "../.Sent/cur/1.M1P1.h:2,S"),
        ("INBOX", ""),
    ]:
        with pytest.raises(MessageError):
            source.fetch(folder, ref)


# -- drafts ----------------------------------------------------------------------------------


def test_draft_goes_to_drafts_cur_with_draft_flag(root: Path) -> None:
    message_id, raw = make_message("Follow-up", sender="me@example.net", to="a@acme.example")
    location = MaildirSource("me", root).write_draft(raw, message_id, "thread-1")

    drafts = root / ".Drafts"
    [path] = list((drafts / "cur").iterdir())
    assert path.name.endswith(":2,D")
    assert f",S={len(raw)}:" in path.name
    assert location == f"maildir:{path}"
    assert path.read_bytes() == raw
    assert (drafts / "maildirfolder").is_file()
    assert (drafts / "new").is_dir()
    assert list((drafts / "tmp").iterdir()) == [], "tmp/ must be left empty"
    assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, "drafts are private"


def test_existing_drafts_folder_and_drafts_are_left_alone(root: Path) -> None:
    old = put(root / ".Drafts" / "cur" / "1.M1P1.h:2,DS", message("an older draft"))
    marker = put(root / ".Drafts" / "maildirfolder", b"kept as is")
    before = tree(root)
    source = MaildirSource("me", root)
    message_id, raw = make_message("New", sender="me@example.net", to="a@acme.example")
    location = source.write_draft(raw, message_id, None)

    after = tree(root)
    added = set(after) - set(before)
    assert added >= {str(Path(location.removeprefix("maildir:")).relative_to(root))}
    assert {k: after[k] for k in before} == before
    assert old.exists() and marker.read_bytes() == b"kept as is"


def test_draft_never_overwrites_an_existing_file(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = MaildirSource("me", root)
    monkeypatch.setattr(maildir, "_unique_name", lambda size: "1.M1P1.h")
    taken = put(root / ".Drafts" / "cur" / "1.M1P1.h:2,D", b"someone else's draft")
    message_id, raw = make_message("New", sender="me@example.net", to="a@acme.example")
    with pytest.raises(MailboxError, match="free file name"):
        source.write_draft(raw, message_id, None)
    assert taken.read_bytes() == b"someone else's draft"
    assert list((root / ".Drafts" / "tmp").iterdir()) == []


def test_draft_must_carry_its_message_id(root: Path) -> None:
    source = MaildirSource("me", root)
    _, raw = make_message("New", sender="me@example.net", to="a@acme.example")
    with pytest.raises(ValueError, match="Message-ID"):
        source.write_draft(raw, "<other@example.net>", None)
    assert not (root / ".Drafts").exists()


def test_find_draft_reads_only_the_header_block(root: Path) -> None:
    source = MaildirSource("me", root)
    assert source.find_draft("<x@example.net>") is None  # no drafts folder yet
    folded = put(
        root / ".Drafts" / "cur" / "1.M1P1.h:2,DS",
        b"From: me@example.net\r\nMessage-ID:\r\n  <folded@example.net> \r\n\r\nbody\r\n",
    )
    put(
        root / ".Drafts" / "new" / "2.M2P2.h",
        b"From: me@example.net\n\nMessage-ID: <in-body@example.net>\n",
    )
    put(root / ".Drafts" / "cur" / ".3.M3P3.h:2,D", b"Message-ID: <dotfile@example.net>\n\n")
    assert source.find_draft("<folded@example.net>") == f"maildir:{folded}"
    assert source.find_draft("folded@example.net") is None  # angle brackets are kept
    assert source.find_draft("<in-body@example.net>") is None
    assert source.find_draft("<dotfile@example.net>") is None


def test_custom_drafts_folder_is_written_and_searched(root: Path) -> None:
    source = MaildirSource("me", root, drafts_folder="INBOX.Drafts")
    message_id, raw = make_message("New", sender="me@example.net", to="a@acme.example")
    location = source.write_draft(raw, message_id, None)
    assert location.startswith(f"maildir:{root}/.INBOX.Drafts/cur/")
    assert source.find_draft(message_id) == location
    assert source.changes(None, never_known).new == []


# -- the real case mailbox -------------------------------------------------------------------


@pytest.fixture
def case_root(tmp_path: Path) -> Path:
    if not CASE_MAILBOX.is_dir():
        pytest.fail(f"case mailbox not available at {CASE_MAILBOX}")
    copy = tmp_path / "case-mailbox"
    shutil.copytree(CASE_MAILBOX, copy)
    # the shared copy is read-only; make ours writable so drafts can go in and cleanup works
    for path in [copy, *copy.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)
    return copy


def test_case_mailbox(case_root: Path) -> None:
    source = MaildirSource("maya", case_root)
    new = source.changes(None, never_known).new

    assert len(new) == 65
    sent_refs = {p.name.split(":")[0] for p in (case_root / ".Sent" / "cur").iterdir()}
    assert {m.ref for m in new if m.sent_folder} == sent_refs
    assert all(m.folder == "Sent" for m in new if m.sent_folder)
    assert all(m.folder == "INBOX" for m in new if not m.sent_folder)
    assert len({message_id_of(m.data) for m in new}) == 65

    message_id, raw = make_message(
        "Following up", sender="maya.okafor@example.net", to="recruiter@acme.example"
    )
    before = tree(case_root)
    location = source.write_draft(raw, message_id, None)
    assert source.find_draft(message_id) == location
    assert {k: v for k, v in tree(case_root).items() if k in before} == before
    assert len(source.changes(None, never_known).new) == 65
