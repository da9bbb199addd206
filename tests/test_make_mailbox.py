"""The synthetic-mailbox generator (bench/make_mailbox.py) and the demo mailbox it made."""

from __future__ import annotations

import email
import email.policy
import importlib.util
import re
import sys
import tomllib
from collections import Counter
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "daemon" / "sample"
NOW = datetime.fromisoformat("2026-03-18T11:00:00-05:00")
SIZE = 500
USER: dict[str, Any] = {
    "name": "Sam Okoye",
    "emails": ["sam.okoye@example.org"],
    "phone": "+1 555 0100 321",
    "timezone": "America/New_York",
}
NAME = re.compile(r"^(\d+)\.M(\d+)P(-?\d+)\.gen,S=(\d+)(:2,S)?$")


def _load() -> ModuleType:
    # bench/ is not a package; the module must be in sys.modules before its dataclasses run
    path = ROOT / "bench" / "make_mailbox.py"
    spec = importlib.util.spec_from_file_location("make_mailbox", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_mailbox"] = module
    spec.loader.exec_module(module)
    return module


mm = _load()


def files(root: Path) -> list[Path]:
    """Every message file under a Maildir++ root."""
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != "maildirfolder")


def tree(root: Path) -> dict[str, bytes | None]:
    """Every path under root (relative) with the bytes of files; None for directories."""
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def parse(path: Path) -> EmailMessage:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


@pytest.fixture(scope="module")
def box(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """One generated mailbox, shared by the read-only tests."""
    root = tmp_path_factory.mktemp("gen") / "mailbox"
    return root, mm.generate(root, SIZE, 7, NOW, USER)


@pytest.fixture(scope="module")
def parsed(box: tuple[Path, dict[str, int]]) -> list[tuple[Path, EmailMessage]]:
    return [(p, parse(p)) for p in files(box[0])]


def test_same_seed_gives_identical_tree(box: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    again = mm.generate(tmp_path / "mailbox", SIZE, 7, NOW, USER)
    assert again == box[1]
    assert tree(tmp_path / "mailbox") == tree(box[0])


def test_another_seed_gives_another_mailbox(
    box: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    mm.generate(tmp_path / "mailbox", SIZE, 8, NOW, USER)
    other = {p.read_bytes() for p in files(tmp_path / "mailbox")}
    assert not other & {p.read_bytes() for p in files(box[0])}


def test_maildir_layout_and_names(box: tuple[Path, dict[str, int]]) -> None:
    root, summary = box
    for folder in (root, root / ".Sent"):
        assert all((folder / sub).is_dir() for sub in ("cur", "new", "tmp"))
        assert not any((folder / "tmp").iterdir())
    assert (root / ".Sent" / "maildirfolder").is_file()
    assert not (root / "maildirfolder").exists()
    counters = []
    for path in files(root):
        m = NAME.match(path.name)
        assert m, path.name
        assert int(m.group(4)) == path.stat().st_size and m.group(3) == "7"
        # read mail is in cur/ with the S flag; the few unread ones are in new/ without flags
        assert (m.group(5) is not None) == (path.parent.name == "cur")
        counters.append(int(m.group(2)))
    assert sorted(counters) == list(range(1, summary["messages"] + 1))
    assert len(list((root / "new").iterdir())) == summary["unread"]
    assert not any((root / ".Sent" / "new").iterdir())


def test_every_message_parses_cleanly(parsed: list[tuple[Path, EmailMessage]]) -> None:
    me = USER["emails"][0]
    for path, msg in parsed:
        assert all(not part.defects for part in msg.walk()), path.name
        assert msg["Message-ID"] and msg["From"] and msg["To"] and msg["Subject"], path.name
        when = parsedate_to_datetime(msg["Date"])
        assert NOW - timedelta(days=60) <= when <= NOW, path.name
        # the file name carries the Date, to the second
        assert int(path.name.split(".")[0]) == int(when.timestamp())
        sent = msg["From"].addresses[0].addr_spec == me
        assert sent == (".Sent" in path.parts), path.name
        assert msg.get_body(("plain",)) is not None, path.name


def test_message_ids_unique_and_replies_linked(parsed: list[tuple[Path, EmailMessage]]) -> None:
    ids = Counter(str(msg["Message-ID"]) for _, msg in parsed)
    assert len(ids) == len(parsed) and max(ids.values()) == 1
    for path, msg in parsed:
        parent = msg["In-Reply-To"]
        if parent:
            assert parent in ids, path.name
            refs = str(msg["References"]).split()
            assert refs[-1] == str(parent) and all(r in ids for r in refs)


def test_count_within_two_percent(box: tuple[Path, dict[str, int]]) -> None:
    root, summary = box
    assert summary["messages"] == len(files(root))
    assert abs(summary["messages"] - SIZE) <= SIZE * 0.02


def test_summary_is_consistent(
    box: tuple[Path, dict[str, int]], parsed: list[tuple[Path, EmailMessage]]
) -> None:
    root, s = box
    assert s["sent"] == len(files(root / ".Sent"))
    assert s["threads"] == sum(1 for _, msg in parsed if not msg["In-Reply-To"])
    assert 0 < s["job_threads"] < s["threads"] <= s["messages"]
    assert s["meetings"] > 0 and 0 <= s["unthanked_meetings"] <= s["meetings"]
    assert s["promises"] > 0 and 0 <= s["callbacks_due"] <= s["broken_promises"] <= s["promises"]


def test_the_mix(parsed: list[tuple[Path, EmailMessage]]) -> None:
    """Invites (requests, a cancellation, a publish), résumés, newsletters, no-reply mail."""
    methods: Counter[str] = Counter()
    pdfs = unsubscribe = automated = 0
    for path, msg in parsed:
        for part in msg.walk():
            if part.get_content_type() == "text/calendar":
                methods[str(part.get_param("method"))] += 1
            if part.get_content_type() == "application/pdf":
                assert ".Sent" in path.parts and part.get_filename()
                assert part.get_content().startswith(b"%PDF-")
                pdfs += 1
        unsubscribe += "List-Unsubscribe" in msg
        sender = msg["From"].addresses[0].addr_spec
        automated += bool(re.match(r"(no-reply|orders|receipts)@", sender))
    assert {"REQUEST", "CANCEL", "PUBLISH"} <= set(methods)
    assert pdfs and unsubscribe and automated


def test_small_mailbox_is_exact(tmp_path: Path) -> None:
    summary = mm.generate(tmp_path / "mailbox", 50, 3, NOW, mm.DEFAULT_USER)
    assert summary["messages"] == len(files(tmp_path / "mailbox")) == 50
    assert summary["job_threads"] >= 5


def test_demo_sample_is_there() -> None:
    mailbox = SAMPLE / "mailbox"
    assert (mailbox / "cur").is_dir() and (mailbox / ".Sent" / "cur").is_dir()
    assert (mailbox / ".Sent" / "maildirfolder").is_file()
    found = files(mailbox)
    assert 40 <= len(found) <= 60
    assert all(NAME.match(p.name) for p in found)
    now = datetime.fromisoformat((SAMPLE / "NOW").read_text().strip())
    assert now.utcoffset() is not None
    config = tomllib.loads((SAMPLE / "config.toml").read_text())
    assert config["accounts"][0]["path"] == "mailbox"
    assert len(config["profile"]["reasons"]) == 3 and config["profile"]["recent_update"]
    for path in found:
        assert parsedate_to_datetime(parse(path)["Date"]) <= now
