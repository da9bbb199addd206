"""The rules' indexes answer exactly what a walk over the whole mailbox answers: the walks the
rules used before (kept here as the oracle) against `Mailbox.thanked`, `Mailbox.word_since`,
`Mailbox.wrote_to`, `Mailbox.answered` and `Mailbox.exchanges`, for every attendee, promise and
application of generated mailboxes and of the labelled cases, at several moments."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from daemon.codec import message_from_json, message_to_json
from daemon.infer import lang
from daemon.infer.autoreply import is_auto_reply
from daemon.infer.facts import infer_facts
from daemon.infer.people import (
    Identity,
    domain_of,
    is_automated_address,
    is_personal_domain,
    organisation_in,
)
from daemon.mailtext import own_words
from daemon.model import Address, Message, Promise, ThreadFacts
from daemon.parse import parse_message
from daemon.rules import Mailbox, _meeting_notice
from daemon.threading import thread_messages
from tests.conftest import every_case_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from make_mailbox import DEFAULT_USER, generate  # noqa: E402

NOW = datetime.fromisoformat("2026-03-18T11:00:00-05:00")


def walk_thanked(
    person: Address, since: datetime, mailbox: Mailbox, me: Identity, now: datetime
) -> Message | None:
    for msg in mailbox.messages:
        if (
            since <= msg.date <= now
            and me.sent_by_me(msg)
            and any(a.email == person.email for a in msg.recipients())
            and lang.pattern("thanks").search(msg.subject + "\n" + own_words(msg.text))
        ):
            return msg
    return None


def walk_word_since(
    p: Promise,
    f: ThreadFacts,
    until: datetime,
    window_end: datetime,
    mailbox: Mailbox,
    me: Identity,
    now: datetime,
) -> Message | None:
    company = domain_of(p.made_by.email)
    personal = is_personal_domain(company)

    def theirs(address: str) -> bool:
        return address == p.made_by.email if personal else domain_of(address) == company

    in_thread = {m.message_id for m in f.thread.messages}
    thread_people = {
        a.email for m in f.thread.messages for a in (m.sender, *m.recipients()) if a is not None
    }
    for msg in mailbox.messages:
        if msg.date <= p.made_at or msg.date > now or msg.bulk:
            continue
        if me.sent_by_me(msg):
            if msg.date > window_end and any(
                a.email == p.made_by.email or a.email in thread_people for a in msg.recipients()
            ):
                return msg
        elif (
            msg.date <= until
            and msg.sender is not None
            and not is_auto_reply(msg)
            and (
                theirs(msg.sender.email)
                or msg.message_id in in_thread
                or (_writes_for(msg.sender, f.company) and not _meeting_notice(msg))
            )
        ):
            return msg
    return None


def walk_wrote_to(
    mailbox: Mailbox, me: Identity, email: str, since: datetime, now: datetime, strict: bool
) -> Message | None:
    for msg in mailbox.messages:
        if (
            (msg.date > since or (not strict and msg.date == since))
            and msg.date <= now
            and me.sent_by_me(msg)
            and any(a.email == email for a in msg.recipients())
        ):
            return msg
    return None


def walk_answered(
    mailbox: Mailbox, me: Identity, email: str, since: datetime, until: datetime
) -> Message | None:
    domain = domain_of(email)
    for msg in mailbox.messages:
        sender = msg.sender
        if not since < msg.date <= until or sender is None or msg.bulk or me.sent_by_me(msg):
            continue
        if is_personal_domain(domain):
            theirs = sender.email == email
        else:
            theirs = domain_of(sender.email) == domain
        if (
            theirs
            and not msg.automated
            and not is_automated_address(sender.email)
            and not is_auto_reply(msg)
        ):
            return msg
    return None


def walk_exchanges(
    mailbox: Mailbox, me: Identity, email: str, since: datetime, now: datetime
) -> tuple[list[datetime], list[datetime]]:
    mine, theirs = [], []
    for msg in mailbox.messages:
        if not since <= msg.date <= now:
            continue
        if me.sent_by_me(msg):
            if any(a.email == email for a in msg.recipients()):
                mine.append(msg.date)
        elif msg.sender is not None and msg.sender.email == email and not msg.bulk:
            theirs.append(msg.date)
    return mine, theirs


def _writes_for(sender: Address, company: str | None) -> bool:
    if not (company and sender.name and is_automated_address(sender.email)):
        return False
    return organisation_in(sender.name).lower() == company.lower()


def load_maildir(root: Path, tz: str) -> list[Message]:
    from zoneinfo import ZoneInfo

    out = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.parent.name not in ("cur", "new"):
            continue
        folder = path.parent.parent.name.lstrip(".") or "INBOX"
        if path.parent.parent == root:
            folder = "INBOX"
        m = parse_message(
            path.read_bytes(),
            account="a",
            folder=folder,
            ref=path.name.split(":")[0],
            default_tz=ZoneInfo(tz),
            sent_folder=folder.lower() == "sent",
        )
        out.append(message_from_json(message_to_json(m)))
    return out


def check(messages: list[Message], me: Identity, tz: str, now: datetime) -> int:
    from zoneinfo import ZoneInfo

    threads = thread_messages([m for m in messages if m.date <= now])
    facts = infer_facts(threads, me, ZoneInfo(tz), now)
    mailbox = Mailbox.of(threads)
    asked = 0
    for f in facts:
        for meeting in f.meetings:
            for person in meeting.attendees:
                for when in (now, now - timedelta(days=3)):
                    want = walk_thanked(person, meeting.start, mailbox, me, when)
                    assert mailbox.thanked(person, meeting.start, me, when) is want
                    for strict in (False, True):
                        got = mailbox.wrote_to(me, person.email, meeting.start, when, strict)
                        assert got is walk_wrote_to(
                            mailbox, me, person.email, meeting.start, when, strict
                        )
                    assert mailbox.exchanges(me, person.email, meeting.start, when) == (
                        walk_exchanges(mailbox, me, person.email, meeting.start, when)
                    )
                    asked += 1
        for p in f.promises:
            for until, window_end in (
                (now, p.due),
                (p.due, p.due),
                (p.due + timedelta(days=4), p.made_at),
            ):
                want = walk_word_since(p, f, until, window_end, mailbox, me, now)
                assert mailbox.word_since(p, f, until, window_end, me, now) is want
                asked += 1
        senders = [p.made_by.email for p in f.promises] + [a.to.email for a in f.applications]
        since = f.thread.messages[0].date
        for email in senders:
            for until in (now, since + timedelta(days=5)):
                want = walk_answered(mailbox, me, email, since, until)
                assert mailbox.answered(me, email, since, until, now) is want
                asked += 1
    return asked


@pytest.mark.parametrize("seed", [4, 7])
def test_indexes_answer_as_the_walk_on_generated_mail(seed: int, tmp_path: Path) -> None:
    generate(tmp_path / "mb", 600, seed, NOW, DEFAULT_USER)
    me = Identity(frozenset(DEFAULT_USER["emails"]), frozenset(), str(DEFAULT_USER["name"]))
    messages = load_maildir(tmp_path / "mb", str(DEFAULT_USER["timezone"]))
    assert check(messages, me, str(DEFAULT_USER["timezone"]), NOW) > 20


@pytest.mark.parametrize("case_dir", every_case_dir(), ids=lambda p: p.name)
def test_indexes_answer_as_the_walk_on_the_cases(case_dir: Path) -> None:
    import json

    case = json.loads((case_dir / "case.json").read_text())
    user = case["user"]
    me = Identity(frozenset(e.lower() for e in user["emails"]), frozenset(), user["name"])
    messages = load_maildir(case_dir / "mailbox", user["timezone"])
    check(messages, me, user["timezone"], datetime.fromisoformat(case["now"]))
