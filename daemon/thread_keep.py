"""An account's threads kept between ticks, and updated for the messages that came since.

A tick after one new message used to thread every head of the mailbox again (`thread_messages`)
and join every scheduler's notice again (`join_notices`): about 0.6 s of a 1 s tick at 20,000
messages. `KeptThreads` keeps both results and, when the heads only grew, works out again only
the threads the new messages can reach, with the same two functions, so that the result is the
one they give over the whole mailbox (`tests/test_thread_keep.py` compares them on real mail as
it arrives):

- Threading. Messages are linked through the identifiers they carry (their own Message-ID,
  References, In-Reply-To) and a provider's thread id, and, last, a reply without headers joins
  an earlier thread with its subject. Which links are made depends on the order the messages
  come in and on what each identifier is already attached to, so a new message can change
  threads it shares no identifier with only through threads that do. The threads read again
  are therefore closed under sharing an identifier, a provider's thread id or a subject (as
  `base_subject` gives it) with a thread read again, starting from the new messages; every
  other thread's messages touch none of their identifiers, so threading the closed set on its
  own does what threading everything does to it.
- Notices. A notice thread joins the thread of the latest message before it from a person of
  the same name (daemon/infer/notices.py). Its target is worked out again when the thread is
  new, or when the messages written under one of its names changed (a thread read again holds
  some); a thread's joined form is made again when what joins it changed.

Heads that went (or anything but growth) thread everything again, as before.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from daemon.infer.notices import _WINDOW, _human, _person_name, join_notices
from daemon.infer.people import Identity
from daemon.model import Message, Thread
from daemon.threading import _bounded, base_subject, thread_messages

# what links a message to others while threading: ("i", an identifier), ("h", a provider's
# thread id), ("s", a base subject)
Link = tuple[str, str]
K = TypeVar("K")


def _links(m: Message) -> Iterator[Link]:
    yield ("i", m.message_id)
    for ref in _bounded(m.references):
        yield ("i", ref)
    if m.in_reply_to:
        yield ("i", m.in_reply_to)
    if m.thread_hint:
        yield ("h", m.thread_hint)
    yield ("s", base_subject(m.subject))


def _order(t: Thread) -> tuple[datetime, str]:
    return (t.messages[0].date, t.id)


@dataclass
class _Notes:
    """What notice joining reads of one thread (`join_notices`'s loops, made once)."""

    written: list[tuple[str, Message]]  # (a person's name, their message), in order
    notice: bool  # every message automated or the user's own
    names: list[tuple[str | None, Message]]  # a notice's messages with the name each is under


@dataclass
class KeptThreads:
    """Threads of one account's heads, as `join_notices(thread_messages(heads), me)` gives them,
    kept between ticks (`update`)."""

    me: Identity
    # the heads threaded, by identity (held here so that no other object takes an identity)
    heads: dict[int, Message] = field(default_factory=dict)
    raw: dict[str, Thread] = field(default_factory=dict)  # as `thread_messages` gives them
    by_link: dict[Link, set[str]] = field(default_factory=dict)  # the raw threads of a link
    notes: dict[str, _Notes] = field(default_factory=dict)
    writers: dict[str, set[str]] = field(default_factory=dict)  # a name -> threads written in
    noticed: dict[str, set[str]] = field(default_factory=dict)  # a name -> notice threads
    written: dict[str, list[tuple[Message, str]]] = field(default_factory=dict)
    into: dict[str, str] = field(default_factory=dict)  # a notice thread -> the one it joins
    joining: dict[str, set[str]] = field(default_factory=dict)  # a thread -> notices joining it
    joined: dict[str, Thread] = field(default_factory=dict)
    threads: list[Thread] = field(default_factory=list)  # the answer, in order

    def update(self, heads: list[Message]) -> list[Thread]:
        """The threads of `heads` (joined), as `join_notices(thread_messages(heads), me)`
        gives them; only what the heads added since the last call reach is made again."""
        now = {id(m): m for m in heads}
        if not self.heads or not self.heads.keys() <= now.keys():
            self._rebuild(heads, now)
            return self.threads
        added = [m for m in heads if id(m) not in self.heads]
        self.heads = now
        if not added:
            return self.threads
        stale = self._reached(added)
        messages = [m for tid in stale for m in self.raw[tid].messages] + added
        fresh = thread_messages(messages)
        names: set[str] = set()
        for tid in stale:
            names |= self._drop(self.raw.pop(tid))
        for t in fresh:
            self.raw[t.id] = t
            self._add(t)
        self._join({t.id for t in fresh} | stale, names)
        return self.threads

    def _rebuild(self, heads: list[Message], ids: dict[int, Message]) -> None:
        fresh = KeptThreads(self.me)
        fresh.heads = ids
        for t in thread_messages(heads):
            fresh.raw[t.id] = t
            fresh._add(t)
        fresh._join(set(fresh.raw), set())
        self.__dict__.update(fresh.__dict__)

    def _reached(self, added: list[Message]) -> set[str]:
        """The kept raw threads the new messages can change: closed under sharing a link."""
        reached: set[str] = set()
        seen: set[Link] = set()
        todo = [link for m in added for link in _links(m)]
        while todo:
            link = todo.pop()
            if link in seen:
                continue
            seen.add(link)
            for tid in self.by_link.get(link, ()):
                if tid not in reached:
                    reached.add(tid)
                    todo.extend(link for m in self.raw[tid].messages for link in _links(m))
        return reached

    def _add(self, t: Thread) -> None:
        for m in t.messages:
            for link in _links(m):
                self.by_link.setdefault(link, set()).add(t.id)
        notes = self.notes[t.id] = self._notes_of(t)
        for writer, _ in notes.written:
            self.writers.setdefault(writer, set()).add(t.id)
        if notes.notice:
            for name, _ in notes.names:
                if name is not None:
                    self.noticed.setdefault(name, set()).add(t.id)

    def _drop(self, t: Thread) -> set[str]:
        """Forget a raw thread; the names it was written under."""
        for m in t.messages:
            for link in _links(m):
                _discard(self.by_link, link, t.id)
        notes = self.notes.pop(t.id)
        for writer, _ in notes.written:
            _discard(self.writers, writer, t.id)
        for name, _ in notes.names:
            if name is not None:
                _discard(self.noticed, name, t.id)
        return {writer for writer, _ in notes.written}

    def _notes_of(self, t: Thread) -> _Notes:
        me = self.me
        written = [
            (name, m) for m in t.messages if _human(m, me) and (name := _person_name(m)) is not None
        ]
        notice = all(me.sent_by_me(m) or not _human(m, me) for m in t.messages)
        names = (
            [(None if me.sent_by_me(m) else _person_name(m), m) for m in t.messages]
            if notice
            else []
        )
        return _Notes(written, notice, names)

    def _join(self, changed: set[str], gone_names: set[str]) -> None:
        """Join the notices again where the `changed` raw threads (new, gone, or made again;
        those that went were written under `gone_names`) can make a difference, and make
        again the joined threads that changes."""
        names = {
            name
            for tid in changed
            for name, _ in (self.notes[tid].written if tid in self.notes else ())
        }
        names |= gone_names
        for name in names:
            self._write(name)
        notices = {tid for tid in changed if tid in self.raw and self.notes[tid].notice}
        notices |= {tid for name in names for tid in self.noticed.get(name, ())}
        notices |= {tid for tid in changed if tid in self.into}
        dirty = set(changed)
        for tid in notices:
            before = self.into.pop(tid, None)
            if before is not None:
                _discard(self.joining, before, tid)
                dirty.add(before)
            target = self._target(self.raw[tid]) if tid in self.raw else None
            if target is not None:
                self.into[tid] = target
                self.joining.setdefault(target, set()).add(tid)
                dirty.add(target)
            dirty.add(tid)
        for tid in dirty:
            self.joined.pop(tid, None)
            t = self.raw.get(tid)
            if t is None or tid in self.into:
                continue
            notices_in = self.joining.get(tid)
            if notices_in:
                msgs = list(t.messages)
                for notice in sorted(notices_in):
                    msgs += self.raw[notice].messages
                t = Thread(tid, tuple(sorted(msgs, key=lambda m: (m.date, m.message_id))))
            self.joined[tid] = t
        if len(dirty) * 8 > len(self.joined):
            self.threads = sorted(self.joined.values(), key=_order)
            return
        # a few changed: the others stay in their places
        kept = [t for t in self.threads if t.id not in dirty]
        for tid in dirty:
            if tid in self.joined:
                bisect.insort(kept, self.joined[tid], key=_order)
        self.threads = kept

    def _write(self, name: str) -> None:
        """The messages written under `name`, in the order `join_notices` lists them."""
        found: list[tuple[Message, str]] = []
        for tid in sorted(self.writers.get(name, ()), key=lambda x: _order(self.raw[x])):
            found += [(m, tid) for n, m in self.notes[tid].written if n == name]
        if found:
            self.written[name] = found
        else:
            self.written.pop(name, None)

    def _target(self, t: Thread) -> str | None:
        """The thread notice thread `t` joins (as `join_notices` finds it), if any."""
        for name, msg in self.notes[t.id].names:
            earlier = [
                (m, tid)
                for m, tid in self.written.get(name or "", [])
                if tid != t.id and msg.date - _WINDOW <= m.date <= msg.date
            ]
            if earlier:
                return max(earlier, key=lambda e: e[0].date)[1]
        return None


def _discard(index: dict[K, set[str]], key: K, tid: str) -> None:
    found = index.get(key)
    if found is not None:
        found.discard(tid)
        if not found:
            del index[key]


def threads_of(heads: Iterable[Message], me: Identity) -> list[Thread]:
    """From scratch, what `KeptThreads.update` keeps: the heads threaded, notices joined."""
    return join_notices(thread_messages(heads), me)
