"""Threads kept between ticks are the threads made from scratch.

`KeptThreads.update` (daemon/thread_keep.py) makes again only what new heads reach; at every
step of mail arriving, in date order, in a shuffled order (replies before what they answer),
one message at a time and in batches, with mail going (everything made again) and with the
provider's thread ids, it gives what `join_notices(thread_messages(heads))` gives on the
mailbox as it then is, on every labelled case and on generated mailboxes.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from daemon.infer.people import Identity
from daemon.model import Address, Message
from daemon.thread_keep import KeptThreads, threads_of
from tests.conftest import every_case_dir
from tests.test_incremental import DEFAULT_USER, NOW, generate, split_by_the_provider
from tests.test_rules_index import load_maildir


def arriving(
    messages: list[Message], me: Identity, order: list[Message], batches: list[int]
) -> None:
    """Feed `order` to one KeptThreads in batches of the given sizes (repeated), checking each
    step against threading from scratch; then a message gone, and everything back."""
    kept = KeptThreads(me)
    box: list[Message] = []
    i = step = 0
    while i < len(order):
        size = batches[step % len(batches)]
        box = box + order[i : i + size]
        i += size
        step += 1
        assert kept.update(box) == threads_of(box, me), f"step {step}"
    assert kept.update(box) == threads_of(box, me)  # nothing new
    if len(box) > 2:
        fewer = box[:1] + box[2:]  # one message gone: everything made again
        assert kept.update(fewer) == threads_of(fewer, me)
        assert kept.update(box) == threads_of(box, me)


def check(messages: list[Message], me: Identity) -> None:
    rng = random.Random(len(messages))
    by_date = sorted(messages, key=lambda m: (m.date, m.folder, m.ref))
    shuffled = rng.sample(messages, k=len(messages))
    # most of the mailbox at once (a first tick), then one message at a time
    head = max(1, len(messages) - 12)
    arriving(messages, me, by_date, [head, 1])
    arriving(messages, me, shuffled, [head, 1])
    arriving(messages, me, shuffled, [1, 3, 7])
    hinted = split_by_the_provider(messages)
    arriving(hinted, me, rng.sample(hinted, k=len(hinted)), [max(1, len(hinted) // 2), 2])


@pytest.mark.parametrize("case_dir", every_case_dir(), ids=lambda p: p.name)
def test_kept_threads_are_fresh_threads_on_the_cases(case_dir: Path) -> None:
    case = json.loads((case_dir / "case.json").read_text())
    user = case["user"]
    me = Identity(frozenset(e.lower() for e in user["emails"]), frozenset(), user["name"])
    check(load_maildir(case_dir / "mailbox", user["timezone"]), me)


@pytest.mark.parametrize("seed", [4, 7])
def test_kept_threads_are_fresh_threads_on_generated_mail(seed: int, tmp_path: Path) -> None:
    generate(tmp_path / "mb", 600, seed, NOW, DEFAULT_USER)
    me = Identity(frozenset(DEFAULT_USER["emails"]), frozenset(), str(DEFAULT_USER["name"]))
    messages = load_maildir(tmp_path / "mb", str(DEFAULT_USER["timezone"]))
    rng = random.Random(seed)
    kept = KeptThreads(me)
    box = rng.sample(messages, k=400)
    assert kept.update(box) == threads_of(box, me)
    for m in [x for x in messages if x not in box]:
        box = [*box, m]
        assert kept.update(box) == threads_of(box, me)


ME = Identity(frozenset({"alex@example.com"}), frozenset(), "Alex Doe")
USER = Address("alex@example.com", "Alex Doe")
DANA = Address("dana.reyes@acme.example", "Dana Reyes")
NOTICE = Address("no-reply@us.greenhouse-mail.io", "Dana Reyes")


def mail(i: int, sender: Address, subject: str, days: float, **kw: object) -> Message:
    return Message(
        account="a",
        folder="INBOX",
        ref=str(i),
        message_id=f"<m{i}@x>",
        subject=subject,
        date=datetime(2026, 3, 1, 9).astimezone() + timedelta(days=days),
        sender=sender,
        to=(USER,),
        text="",
        **kw,  # type: ignore[arg-type]
    )


def test_notices_follow_the_person_as_mail_arrives() -> None:
    """A scheduler's notice joins the latest thread of the person it names, and moves when a
    later one of hers comes; an orphan 'Re:' joins its subject's earlier thread; a reply that
    arrives before what it answers is threaded once the root comes."""
    first = mail(1, DANA, "Next steps", 0)
    notice = mail(2, NOTICE, "Interview confirmation", 3, automated=True)
    later = mail(3, DANA, "Your onsite", 2)
    reply = mail(4, USER, "Re: Your onsite", 2.5, in_reply_to="<m3@x>", references=("<m3@x>",))
    orphan = mail(5, USER, "Re: Next steps", 1)
    answer = mail(6, DANA, "Re: Re: Your onsite", 2.7, references=("<m3@x>", "<m4@x>"))
    order = [first, notice, answer, orphan, reply, later]
    for batches in ([1], [2, 1], [3]):
        arriving(order, ME, order, batches)
    box = list(order)
    kept = KeptThreads(ME)
    assert kept.update(box) == threads_of(box, ME)
    joined = {t.id: t for t in kept.update(box)}
    assert {m.message_id for m in joined["<m3@x>"].messages} >= {"<m2@x>", "<m4@x>", "<m6@x>"}
    # the same message in two folders: the earlier copy is kept, whichever came first
    copy = replace(later, folder="Archive", ref="a3", date=later.date - timedelta(minutes=1))
    assert kept.update([*box, copy]) == threads_of([*box, copy], ME)
