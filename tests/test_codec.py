"""The message JSON the state database keeps, written out by hand, is `dataclasses.asdict`'s."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC
from typing import Any

from daemon.codec import message_from_json, message_to_json
from daemon.model import Message
from daemon.parse import parse_message
from tests.conftest import every_case_dir


def _by_asdict(m: Message) -> dict[str, Any]:
    data = asdict(m)
    data["date"] = m.date.isoformat()
    for ev in data["events"]:
        ev["start"] = ev["start"].isoformat()
        ev["end"] = ev["end"].isoformat() if ev["end"] else None
    return data


def test_message_json_is_asdicts_for_every_case_message() -> None:
    seen = 0
    for case in every_case_dir():
        for path in sorted((case / "mailbox").rglob("*")):
            if not path.is_file() or path.parent.name not in ("cur", "new"):
                continue
            m = parse_message(
                path.read_bytes(), account="a", folder="INBOX", ref=path.name, default_tz=UTC
            )
            assert message_to_json(m) == _by_asdict(m)
            assert message_from_json(message_to_json(m)) == m
            seen += 1
    assert seen > 100
