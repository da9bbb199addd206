"""Lay out every draft followupd writes for some labelled mailboxes, each beside the thread it
answers, for a reviewer who reads the drafts and DOMAIN.md and nothing of the code.

Each case's mailbox is copied, given a filled-in `[profile]` (a prepared user, as the reviews
in bench/RESULTS.md assume), scanned at the case's `now`, and every draft written is put in
`OUT/<case>/<nn>-<kind>-<to>/` as `draft.txt` (its headers and text) next to `thread.txt` (the
thread's messages, oldest first, headers and text), `followup.json` (what the report says
of it) and `lint.txt` (the lint's findings on the draft). Nothing is judged here;
`verdicts.md` beside them is the reviewer's.

    .venv/bin/python bench/draft_review.py OUT tests/contracts/cases/* tests/cases/open/*
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PROFILE = """
[profile]
reasons = [
    "Six years doing the core work of this role, most recently leading a team of four",
    "Delivered the project the interviewers asked about, on time and under budget",
    "Known for clear written updates that the people around me rely on",
]
recent_update = "I recently finished a certificate course in project management."
"""


def config_for(case: dict[str, Any], mailbox: Path, state: Path) -> str:
    user = case["user"]
    emails = ", ".join(json.dumps(e) for e in user["emails"])
    return (
        f"[user]\nname = {json.dumps(user['name'])}\nemails = [{emails}]\n"
        f'timezone = {json.dumps(user["timezone"])}\nphone = "+1 555 0100 123"\n\n'
        f'[[accounts]]\nname = "mail"\ntype = "maildir"\npath = {json.dumps(str(mailbox))}\n\n'
        f"[state]\npath = {json.dumps(str(state))}\n" + PROFILE
    )


def text_of(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    head = "\n".join(
        f"{k}: {msg[k]}" for k in ("From", "To", "Cc", "Date", "Subject", "Message-ID") if msg[k]
    )
    parts = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            parts.append(part.get_content())
        elif part.get_content_maintype() != "multipart":
            name = part.get_filename() or ""
            parts.append(f"[attachment: {part.get_content_type()} {name}]")
            if part.get_content_type() in ("text/calendar", "application/ics"):
                parts.append(_event_card(part.get_payload(decode=True) or b""))
    return head + "\n\n" + "\n".join(parts).strip() + "\n"


_CARD = ("METHOD", "SUMMARY", "DTSTART", "DTEND", "LOCATION", "ORGANIZER", "ATTENDEE", "STATUS")


def _event_card(data: bytes) -> str:
    """An invitation as a mail program shows it: its title, time, place, organiser and guests
    (reviewers see who was invited, as the user does)."""
    text = data.decode("utf-8", "replace").replace("\r\n", "\n")
    text = re.sub(r"\n[ \t]", "", text)  # unfold RFC 5545 lines
    shown = []
    in_event = False
    for line in text.splitlines():
        key = line.split(":", 1)[0].split(";", 1)[0].upper()
        if line.upper().startswith(("BEGIN:VEVENT", "END:VEVENT")):
            in_event = line.upper().startswith("BEGIN")
        if key in _CARD and (in_event or key == "METHOD"):
            name = re.search(r"CN=\"?([^;:\"]+)", line)
            value = line.split(":", 1)[-1] if ":" in line else ""
            if key in ("ORGANIZER", "ATTENDEE"):
                value = value.replace("mailto:", "").replace("MAILTO:", "")
                value = f"{name.group(1)} <{value}>" if name else value
                role = re.search(r"ROLE=([\w-]+)", line)
                value += f" ({role.group(1).lower()})" if role else ""
            shown.append(f"  {key.title()}: {value}")
    return "\n".join(shown)


def lay_out(case_dir: Path, out: Path) -> int:
    case = json.loads((case_dir / "case.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        mailbox = Path(tmp) / "mailbox"
        shutil.copytree(case_dir / "mailbox", mailbox)
        config = Path(tmp) / "config.toml"
        config.write_text(config_for(case, mailbox, Path(tmp) / "state.sqlite3"))
        done = subprocess.run(
            [sys.executable, "-m", "daemon.cli", "scan", "--json", "--config", str(config)]
            + ["--now", case["now"]],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        report = json.loads(done.stdout)
        by_id = {}
        for path in mailbox.rglob("*"):
            if path.is_file() and path.parent.name in ("cur", "new"):
                raw = path.read_bytes()
                mid = email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"]
                if mid:
                    by_id[str(mid).strip()] = raw
        threads = {t["id"]: t for t in report["threads"]}
        followups = {f["id"]: f for f in report["followups"]}
        for n, d in enumerate(report["drafts"], 1):
            to = re.sub(r"[^\w.@-]", "_", d["to"][0])
            where = out / case_dir.name / f"{n:02d}-{d['kind']}-{to}"
            where.mkdir(parents=True, exist_ok=True)
            (where / "draft.txt").write_text(text_of(by_id[d["message_id"]]))
            thread = threads[d["thread"]]
            (where / "thread.txt").write_text(
                "\n\n========\n\n".join(
                    text_of(by_id[m]) for m in thread["message_ids"] if m in by_id
                )
            )
            (where / "lint.txt").write_text(
                "".join(f"{x['code']}: {x['message']}\n" for x in d.get("lint", []))
            )
            (where / "followup.json").write_text(
                json.dumps(followups.get(d["followup"], {}), indent=2) + "\n"
            )
        return len(report["drafts"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("cases", type=Path, nargs="+")
    args = ap.parse_args()
    total = 0
    for case_dir in args.cases:
        if (case_dir / "case.json").exists():
            count = lay_out(case_dir, args.out)
            print(f"{case_dir.name}: {count} drafts")
            total += count
    print(f"total: {total} drafts in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
