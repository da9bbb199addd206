"""Caching never changes a result.

1. With nothing cached, `infer_cached` gives exactly what `infer_facts` gives (the inference
   issue tunes `infer_facts`; this test says when the cached path has fallen behind it).
2. Given the cache of an earlier state of the mailbox (kept through the state database's JSON
   form), it gives what it gives with nothing cached: on every labelled case and on generated
   mailboxes, with messages added, at a later moment, and with the context changed.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from daemon.incremental import infer_cached
from daemon.infer.facts import infer_facts
from daemon.infer.people import Identity
from daemon.isolate import thread_fingerprint
from daemon.model import Message, Thread, ThreadFacts
from daemon.thread_cache import Cache, Entry, Group, ThreadRef, context_key
from daemon.threading import thread_messages
from tests.conftest import case_dirs
from tests.test_rules_index import load_maildir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from make_mailbox import DEFAULT_USER, generate  # noqa: E402

NOW = datetime.fromisoformat("2026-03-18T11:00:00-05:00")


def refs_of(threads: list[Thread], ctx: str) -> list[ThreadRef]:
    def loader(t: Thread) -> ThreadRef:
        key = ctx + thread_fingerprint(t.messages) + repr([m.text for m in t.messages])
        return ThreadRef(t.id, key, len(t.messages), lambda: t, t)

    return [loader(t) for t in threads]


def stored(cache: Cache) -> Cache:
    """The cache as a new process finds it: through JSON."""
    return Cache(
        {k: Entry.from_stored(json.loads(json.dumps(e.summary_json())), e.full_json())
         for k, e in cache.entries.items()},
        {k: Group.from_json(json.loads(json.dumps(g.to_json()))) for k, g in cache.groups.items()},
    )


def shown(facts: list[ThreadFacts]) -> list[str]:
    return [repr(f) for f in facts]


def run(messages: list[Message], me: Identity, tz: str, now: datetime, cache: Cache) -> list[str]:
    threads = thread_messages([m for m in messages if m.date <= now])
    zone = ZoneInfo(tz)
    out = infer_cached(refs_of(threads, context_key(me, zone)), me, zone, now, cache)
    return shown(list(out.facts))


def check(messages: list[Message], me: Identity, tz: str, now: datetime) -> None:
    zone = ZoneInfo(tz)
    threads = thread_messages([m for m in messages if m.date <= now])
    want = shown(infer_facts(threads, me, zone, now))
    assert run(messages, me, tz, now, Cache()) == want
    # the cache of the mailbox as it was before its last messages came, then as it is
    rng = random.Random(len(messages))
    ordered = sorted(messages, key=lambda m: m.date)
    earlier = ordered[: max(1, len(ordered) - max(3, len(ordered) // 10))]
    shuffled = rng.sample(messages, k=len(messages) // 2)
    for before, when in ((earlier, now), (shuffled, now), (messages, now - timedelta(days=4))):
        cache = Cache()
        run(before, me, tz, when, cache)
        assert run(messages, me, tz, now, stored(cache)) == want
    # the same mailbox again, cached: nothing read again, the same facts
    cache = Cache()
    run(messages, me, tz, now, cache)
    again = stored(cache)
    assert run(messages, me, tz, now, again) == want
    assert again.changed == set()
    # a later moment: what the moment decides (a meeting over or not) is read again
    later = now + timedelta(days=2)
    fresh = shown(infer_facts(thread_messages(
        [m for m in messages if m.date <= later]), me, zone, later))
    assert run(messages, me, tz, later, stored(cache)) == fresh


@pytest.mark.parametrize("seed", [4, 7, 11])
def test_cached_inference_is_fresh_inference_on_generated_mail(seed: int, tmp_path: Path) -> None:
    generate(tmp_path / "mb", 500, seed, NOW, DEFAULT_USER)
    me = Identity(frozenset(DEFAULT_USER["emails"]), frozenset(), str(DEFAULT_USER["name"]))
    check(load_maildir(tmp_path / "mb", str(DEFAULT_USER["timezone"])), me,
          str(DEFAULT_USER["timezone"]), NOW)


@pytest.mark.parametrize("case_dir", case_dirs(), ids=lambda p: p.name)
def test_cached_inference_is_fresh_inference_on_the_cases(case_dir: Path) -> None:
    case = json.loads((case_dir / "case.json").read_text())
    user = case["user"]
    me = Identity(frozenset(e.lower() for e in user["emails"]), frozenset(), user["name"])
    messages = load_maildir(case_dir / "mailbox", user["timezone"])
    check(messages, me, user["timezone"], datetime.fromisoformat(case["now"]))
