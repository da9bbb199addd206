"""One message, one thread or one follow-up is the unit of failure.

Inference reads all of an account's threads together (what one thread shows spreads to the
others), so a message that breaks it would break every follow-up of the account. Here it runs
once over everything, under a time limit; if that fails, the threads that fail on their own are
found by halving, and within each such thread the messages that fail on their own. Those are
set aside (each with its Message-ID and the reason) and inference runs again over the rest.
Set-aside units are remembered with a fingerprint and tried again only when it changes.

Errors that are not about the unit (the server went away, the state database is full) are
never swallowed here: they go up to the account's level.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import TypeVar

import structlog

from daemon import limits
from daemon.codec import fingerprint
from daemon.errors import FollowupdError, MessageError
from daemon.incremental import infer_cached
from daemon.infer.facts import infer_facts
from daemon.infer.people import Identity
from daemon.limits import deadline
from daemon.model import Message, Thread, ThreadFacts
from daemon.store import Failure
from daemon.thread_cache import Cache, ThreadRef
from daemon.tracing import Read

log = structlog.get_logger(__name__)
T = TypeVar("T")
PROBED_MESSAGES = 50  # in a failing thread, messages tried one by one to find the bad one


def unit_error(exc: BaseException) -> bool:
    """True for a failure that belongs to the unit at hand (this message, thread, draft); False
    for one of the account or the machine (a server down, a full disk), which must go up."""
    if isinstance(exc, MessageError):
        return True
    if isinstance(exc, FollowupdError):
        return False
    return isinstance(exc, Exception) and not isinstance(exc, MemoryError)


def reason_of(exc: BaseException) -> str:
    """Why, in words, without a message's content: our own errors say what they mean; a bug's
    text may quote the message, so only its kind is kept."""
    if isinstance(exc, MessageError):
        return str(exc)[:300]
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return f"internal error ({exc.__class__.__name__})"


def thread_fingerprint(messages: Iterable[Message], salt: str = "") -> str:
    """Changes when a message joins or leaves the thread, or `salt` (the config) changes."""
    keys = sorted(f"{m.folder}/{m.ref}/{m.message_id}" for m in messages)
    return hashlib.sha256("\n".join([salt, *keys]).encode()).hexdigest()[:16]


def message_key(m: Message) -> str:
    return f"{m.folder}/{m.ref}"


@dataclass
class Inferred:
    """Facts for the threads that could be read, and what was set aside."""

    facts: Sequence[ThreadFacts]
    failures: list[Failure] = field(default_factory=list)
    now_reads: list[Read] | None = None  # the uses of `now` the facts rest on, when cached


def infer_isolated(
    threads: Sequence[Thread | ThreadRef],
    me: Identity,
    tz: tzinfo,
    now: datetime,
    account: str,
    cache: Cache | None = None,
) -> Inferred:
    """`infer_facts` over `threads`, leaving out the threads and messages it fails on. Given
    a `cache` (and `ThreadRef`s), inference reuses it where it holds (daemon/incremental.py);
    when that fails, the threads are read whole and uncached to find the unit at fault."""

    def run(subset: Sequence[Thread]) -> list[ThreadFacts]:
        size = sum(len(t.messages) for t in subset)
        budget = max(limits.INFER_SECONDS_MIN, limits.INFER_SECONDS_PER_MESSAGE * size)
        with deadline(budget, "inference"):
            return infer_facts(list(subset), me, tz, now)

    try:
        if cache is not None:
            refs = [t for t in threads if isinstance(t, ThreadRef)]
            size = sum(r.size for r in refs)
            budget = max(limits.INFER_SECONDS_MIN, limits.INFER_SECONDS_PER_MESSAGE * size)
            with deadline(budget, "inference"):
                outcome = infer_cached(refs, me, tz, now, cache)
            return Inferred(outcome.facts, [], outcome.now_reads)
        return Inferred(run([_whole(t) for t in threads]))
    except Exception as exc:
        if not unit_error(exc):
            raise
        log.warning("inference_failed", account=account, reason=reason_of(exc))
    return _set_aside([_whole(t) for t in threads], run, account)


def _set_aside(
    threads: list[Thread], run: Callable[[Sequence[Thread]], list[ThreadFacts]], account: str
) -> Inferred:
    """Find the threads and messages inference fails on, set them aside, read the rest."""
    failures: list[Failure] = []
    kept: list[Thread] = []
    bad = set(id(t) for t in _culprits(threads, run))
    for t in threads:
        if id(t) not in bad:
            kept.append(t)
            continue
        rest, broken = _split(t, run)
        if not broken:
            failures.append(_thread_failure(t, account, run))
            continue
        for m, why in broken:
            failures.append(
                Failure(account, "message", message_key(m), m.message_id, why, fingerprint(m))
            )
        if rest:
            kept.append(Thread(id=rest[0].message_id, messages=tuple(rest)))
    for f in failures:
        log.warning(
            "set_aside", account=account, unit=f.unit, message_id=f.message_id, reason=f.reason
        )
    try:
        return Inferred(run(kept), failures)
    except Exception as exc:
        if not unit_error(exc):
            raise
    # they fail only together: read each thread on its own (without what others show)
    facts: list[ThreadFacts] = []
    for t in kept:
        try:
            facts += run([t])
        except Exception as exc:
            if not unit_error(exc):
                raise
            failures.append(
                Failure(
                    account, "thread", t.id, t.id, reason_of(exc), thread_fingerprint(t.messages)
                )
            )
    return Inferred(facts, failures)


def _whole(t: Thread | ThreadRef) -> Thread:
    return t.thread() if isinstance(t, ThreadRef) else t


def _culprits(threads: Sequence[Thread], run: Callable[[Sequence[Thread]], object]) -> list[Thread]:
    """The threads that fail on their own, by halving (the whole has failed already)."""
    if len(threads) == 1:
        return list(threads)
    middle = len(threads) // 2
    found: list[Thread] = []
    for half in (threads[:middle], threads[middle:]):
        if _fails(half, run):
            found += _culprits(half, run)
    return found


def _fails(threads: Sequence[Thread], run: Callable[[Sequence[Thread]], object]) -> bool:
    try:
        run(threads)
        return False
    except Exception as exc:
        if not unit_error(exc):
            raise
        return True


def _split(
    t: Thread, run: Callable[[Sequence[Thread]], object]
) -> tuple[list[Message], list[tuple[Message, str]]]:
    """The thread's messages that inference reads on their own, and those it fails on."""
    rest: list[Message] = []
    broken: list[tuple[Message, str]] = []
    for i, m in enumerate(t.messages):
        if i >= PROBED_MESSAGES:
            rest.append(m)
            continue
        try:
            run([Thread(id=m.message_id, messages=(m,))])
            rest.append(m)
        except Exception as exc:
            if not unit_error(exc):
                raise
            broken.append((m, reason_of(exc)))
    return rest, broken


def _thread_failure(t: Thread, account: str, run: Callable[[Sequence[Thread]], object]) -> Failure:
    try:
        run([t])
        why = "could not be understood together with the other threads"
    except Exception as exc:
        if not unit_error(exc):
            raise
        why = reason_of(exc)
    return Failure(account, "thread", t.id, t.id, why, thread_fingerprint(t.messages))


def guarded(what: str, seconds: float, work: Callable[[], T]) -> tuple[T | None, str | None]:
    """Run one unit's `work` within `seconds`: (its result, None), or (None, the reason) when
    it failed in a way that belongs to the unit."""
    try:
        with deadline(seconds, what):
            return work(), None
    except Exception as exc:
        if not unit_error(exc):
            raise
        return None, reason_of(exc)
