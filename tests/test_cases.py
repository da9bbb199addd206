"""Every labelled case in shared/contracts/cases, through the real `followupd scan` command.

The tests read the labels and compare; nothing in the code knows a case.
"""

from __future__ import annotations

import email
import email.policy
import json
import subprocess
import sys
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import SHARED, case_dirs, copy_tree, scan, write_config

SCORED = {"thank_you", "callback"}
DUE = {"due", "overdue"}
SCHEMA = json.loads((SHARED / "contracts" / "scan-report.schema.json").read_text())


def run_scan(cfg: Path, now: str, dry: bool) -> dict[str, Any]:
    proc = scan(cfg, now, *(["--dry-run"] if dry else []))
    assert proc.returncode == 0, proc.stderr[-2000:]
    report: dict[str, Any] = json.loads(proc.stdout)
    return report


def drafts_in(mailbox: Path) -> list[EmailMessage]:
    out = []
    for sub in ("cur", "new"):
        folder = mailbox / ".Drafts" / sub
        if folder.is_dir():
            for f in sorted(folder.iterdir()):
                msg = email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
                assert isinstance(msg, EmailMessage)
                out.append(msg)
    return out


def recipients(msg: EmailMessage) -> list[str]:
    return [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("To", [])]) if a]


@pytest.fixture(params=case_dirs(), ids=lambda p: p.name)
def case(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[dict[str, Any], Path, Path]:
    case_dir: Path = request.param
    data = json.loads((case_dir / "case.json").read_text())
    mailbox = copy_tree(case_dir / "mailbox", tmp_path / "mailbox")  # as git has it: no tmp/
    return data, mailbox, write_config(data, mailbox, tmp_path)


def roots(case: dict[str, Any]) -> dict[str, str]:
    return {
        m.strip(): t["message_ids"][0].strip() for t in case["threads"] for m in t["message_ids"]
    }


def test_dry_run_matches_the_labels(case: tuple[dict[str, Any], Path, Path]) -> None:
    data, mailbox, cfg = case
    report = run_scan(cfg, data["now"], dry=True)
    jsonschema.validate(report, SCHEMA)
    root_of = roots(data)
    thread_root = {t["id"]: root_of.get(t["message_ids"][0]) for t in report["threads"]}
    due = [f for f in report["followups"] if f["state"] in DUE]
    got = {
        (f["kind"], thread_root.get(f["thread"]), f["to"].lower())
        for f in due
        if f["kind"] in SCORED
    }
    want = {(a["kind"], a["thread"], a["to"].lower()) for a in data["expected_actions"]}
    assert want - got == set(), "expected follow-ups missing"
    assert got - want == set(), "follow-ups due that the labels say are not (the list is complete)"
    due_any = {(thread_root.get(f["thread"]), f["to"].lower()) for f in due}
    hits = [a for a in data["forbidden_actions"] if (a["thread"], a["to"].lower()) in due_any]
    assert hits == []
    assert not (mailbox / ".Drafts").exists(), "a dry run wrote to the mailbox"
    assert len(report["drafts"]) == len(due)


def test_drafts_are_threaded_and_written_once(case: tuple[dict[str, Any], Path, Path]) -> None:
    data, mailbox, cfg = case
    root_of = roots(data)
    before = {p: p.read_bytes() for p in mailbox.rglob("*") if p.is_file()}
    report = run_scan(cfg, data["now"], dry=False)
    drafts = drafts_in(mailbox)
    assert len(drafts) == len(report["drafts"]) == len(data["expected_actions"])
    for d in drafts:
        irt = str(d["In-Reply-To"]).strip()
        refs = str(d["References"]).split()
        assert len(recipients(d)) == 1
        assert irt in root_of and irt in refs
        assert str(d["Subject"]).startswith("Re: ") and not str(d["Subject"]).startswith("Re: Re:")
        assert "=?" not in str(d["In-Reply-To"]) + str(d["References"])
        attached = [p for p in d.walk() if p.get_content_type() == "message/rfc822"]
        assert len(attached) == 1 and attached[0]["Content-Transfer-Encoding"] in (
            None,
            "7bit",
            "8bit",
        )
    for action in data["expected_actions"]:
        ids = {m for m, r in root_of.items() if r == action["thread"]}
        assert any(
            recipients(d) == [action["to"].lower()] and str(d["In-Reply-To"]).strip() in ids
            for d in drafts
        ), action
    # nothing of the user's was changed
    for path, content in before.items():
        assert path.read_bytes() == content
    # a second run writes nothing more
    again = run_scan(cfg, data["now"], dry=False)
    assert again["drafts"] == [] and len(drafts_in(mailbox)) == len(drafts)
    # a draft the user deleted is not written again
    victim = next((mailbox / ".Drafts" / "cur").iterdir())
    victim.unlink()
    run_scan(cfg, data["now"], dry=False)
    assert len(drafts_in(mailbox)) == len(drafts) - 1


def test_the_contract_scorer_agrees(tmp_path: Path) -> None:
    """shared/contracts/score.py, the judge of a build, run on our command."""
    cmd = f"{sys.executable} -m daemon.cli"
    proc = subprocess.run(
        [
            sys.executable,
            str(SHARED / "contracts" / "score.py"),
            "--followupd",
            cmd,
            str(SHARED / "contracts" / "cases"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr
    total = proc.stdout.strip().splitlines()[-1]
    assert total == (
        "TOTAL precision=1.000 recall=1.000 forbidden_hits=0 drafts_ok="
        + total.split("drafts_ok=")[1].split()[0]
        + " drafts_bad=0 drafts_missing=0 dupes=0 errors=0"
    ), proc.stdout
