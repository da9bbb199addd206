"""A kind of follow-up is one object in one place: a throwaway kind added to the registry alone
(no other line of followupd changed) shows in the report, is drafted, and has its section in
the digest, whose subject counts it."""

from __future__ import annotations

import email
import email.policy
import json
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import pytest

import daemon.followups
from daemon.config import Rules, load_config
from daemon.digest import build_digest
from daemon.drafting.templates import greeting, signature
from daemon.followups.base import Kind, Row, Writing, followup_id
from daemon.infer.people import Identity
from daemon.model import Followup, Payload, ThreadFacts
from daemon.report import report_json
from daemon.rules import Mailbox
from daemon.scan import scan
from daemon.service import drafted_since
from daemon.store import Store
from tests.conftest import ROOT, copy_tree

SAMPLE = ROOT / "daemon" / "sample"
NOW = datetime.fromisoformat((SAMPLE / "NOW").read_text().strip())


@dataclass(frozen=True)
class RemindFor(Payload):
    subject: str

    @property
    def anchor(self) -> str:
        return self.subject


class Reminder(Kind[RemindFor]):
    """Owes a note to the first person who wrote in every job-search thread, due an hour ago."""

    name = "reminder"  # type: ignore[assignment]  # not one of followupd's own kinds
    payload_type = RemindFor
    words = "reminder"
    title = "Reminders"
    header = ("To", "About", "Deadline", "Thread", "Find it")

    def detect(
        self,
        facts: ThreadFacts,
        mailbox: Mailbox,
        me: Identity,
        rules: Rules,
        tz: tzinfo,
        now: datetime,
    ) -> list[Followup]:
        them = [m.sender for m in facts.thread.messages if m.sender and not me.is_me(m.sender)]
        if not them:
            return []
        return [
            Followup(
                id=followup_id(self.name, them[0].email, facts.thread.id),
                kind=self.name,
                thread_id=facts.thread.id,
                to=them[0],
                due_at=now - timedelta(hours=1),
                overdue_at=None,
                state="due",
                reason="a throwaway kind owes it",
                payload=RemindFor(facts.thread.subject),
            )
        ]

    def body(self, f: Followup, payload: RemindFor, w: Writing) -> str:
        return (
            f"{greeting(f.to)}\n\nA throwaway reminder about “{payload.subject}”, written by a "
            "kind that only the registry knows.\n\nBest regards,\n"
            + signature(w.user, w.sender_email)
            + "\n"
        )

    def row(self, f: Followup, payload: RemindFor, r: Row) -> list[str]:
        return [r.who, "a throwaway reminder", r.deadline, r.thread, r.find]


def test_a_kind_added_to_the_registry_alone_is_reported_drafted_and_digested(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(daemon.followups, "KINDS", (*daemon.followups.KINDS, Reminder()))
    home = copy_tree(SAMPLE, tmp_path / "sample")
    cfg = load_config(home / "config.toml")
    from daemon.cli import open_source

    sources = [open_source(a, cfg) for a in cfg.accounts]
    store = Store(cfg.state_path)
    try:
        results = scan(sources, store, cfg, NOW, dry_run=False)
        report: dict[str, Any] = json.loads(json.dumps(report_json(results, NOW, cfg.user.tz)))
        drafted = drafted_since(store, results, None)
    finally:
        store.close()
        for s in sources:
            s.close()

    reminders = [f for f in report["followups"] if f["kind"] == "reminder"]
    assert reminders and all(f["state"] == "due" for f in reminders)
    assert {d["followup"] for d in report["drafts"] if d["kind"] == "reminder"} == {
        f["id"] for f in reminders
    }
    bodies = [
        email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        for p in (home / "mailbox" / ".Drafts" / "cur").iterdir()
    ]
    texts = [m.get_body(("plain",)).get_content() for m in bodies]  # type: ignore[union-attr]
    assert sum("A throwaway reminder about" in t for t in texts) == len(reminders)

    digest = build_digest(results, drafted, cfg.user, NOW)
    section = digest.text.split("REMINDERS\n")[1].split("\n\n")[0]
    assert section.count("a throwaway reminder") == len(reminders)
    owed = sum(f["state"] in ("due", "overdue") for f in report["followups"])
    assert digest.subject.startswith(f"followupd: {owed} follow-ups owed")
    assert owed > len(reminders)
