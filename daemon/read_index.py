"""Which kept threads' reads can answer otherwise than at the last tick (daemon/incremental.py).

Each tick checks every thread's recorded reads of the structures the whole mailbox shows
(`tracing.holds`): about 60,000 checks at 20,000 messages, while one new message changes a
few keys of a few structures. Between ticks the daemon keeps, for each kind of reads (a
thread's meetings in words; its meetings, promises and evidence), which threads read which key
of which structure, which read a structure whole, and which compared themselves with which
moment, together with the structures and the moment of the last tick, when every kept read was
known to hold. A read then answers as it did unless the value at its key changed (compared by
the digest the read keeps, worked out only for the keys whose values are not the same objects),
its structure changed at all (a whole read), or the moment it compared with lies between the
last tick's moment and this one's (a use of the moment other than a comparison is always
checked). Only the threads with such a read are checked (`tracing.holds`, as before); for the
others the check would pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from daemon.tracing import Read, TracedDict, TracedSet, _unkey

Structure = TracedDict[Any, Any] | TracedSet[Any]


@dataclass
class Changed:
    """How a structure differs from the last tick's: the keys whose answers may differ, and
    whether it differs at all (for reads of it whole)."""

    keys: set[Any]
    whole: bool


def changes(before: Structure | None, now: Structure | None) -> Changed | None:
    """How `now` differs from `before` (None: not comparable, every read of it is checked)."""
    if before is None or now is None or type(before) is not type(now):
        return None
    if before is now:
        return Changed(set(), False)
    if isinstance(before, TracedSet):
        assert isinstance(now, TracedSet)
        if frozenset.__eq__(before, now):
            return Changed(set(), False)
        return Changed(set(frozenset.__xor__(before, now)), True)
    assert isinstance(before, TracedDict) and isinstance(now, TracedDict)
    keys = set()
    for key in dict.keys(before) | dict.keys(now):
        a, b = dict.get(before, key, _ABSENT), dict.get(now, key, _ABSENT)
        if a is b or _same(a, b):
            continue
        if a is _ABSENT or b is _ABSENT or before.replay("get", key) != now.replay("get", key):
            keys.add(key)
    return Changed(keys, bool(keys))


_ABSENT = object()
_PLAIN = (str, int, bool, type(None))


def _same(a: Any, b: Any) -> bool:
    """Whether two values certainly give the same digest: the same objects, plain values
    (strings, numbers but floats, booleans) that are equal, or containers of such."""
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if type(a) in _PLAIN:
        return bool(a == b)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, set | frozenset):
        return len(a) == len(b) and all(type(x) is str for x in a) and a == b
    return False


@dataclass
class ReadIndex:
    """One kind of reads of the kept threads, by what they read."""

    indexed: dict[str, list[Read]] = field(default_factory=dict)  # the very lists indexed
    by_key: dict[tuple[str, Any], set[str]] = field(default_factory=dict)
    whole: dict[str, set[str]] = field(default_factory=dict)  # structure -> read it whole
    by_name: dict[str, set[str]] = field(default_factory=dict)  # structure -> read it at all
    moments: dict[datetime, set[str]] = field(default_factory=dict)  # compared with the moment
    opaque: set[str] = field(default_factory=set)  # used the moment otherwise

    def update(
        self, reads: Iterable[tuple[str, list[Read] | None]], present: AbstractSet[str]
    ) -> None:
        """Index these threads' reads (all known to hold now) where they are not the lists
        indexed; forget the threads not `present`. A thread not given keeps what is indexed."""
        for tid, found in reads:
            if self.indexed.get(tid) is found:
                continue
            self._drop(tid)
            if found is not None:
                self._add(tid, found)
        for tid in self.indexed.keys() - present:
            self._drop(tid)

    def suspects(
        self, changed: dict[str, Changed | None], before: datetime, now: datetime
    ) -> set[str]:
        """The threads with a read that may answer otherwise now: of a key that changed, of a
        structure changed (read whole) or not comparable, or of the moment."""
        out = set(self.opaque)
        for name, how in changed.items():
            if how is None:
                out |= self.by_name.get(name, set())
                continue
            if how.whole:
                out |= self.whole.get(name, set())
            for key in how.keys:
                out |= self.by_key.get((name, key), set())
        low, high = min(before, now), max(before, now)
        for moment, tids in self.moments.items():
            if low <= moment <= high:
                out |= tids
        return out

    def _add(self, tid: str, reads: list[Read]) -> None:
        self.indexed[tid] = reads
        for read in reads:
            name, how = read[0], read[1]
            if name == "now":
                if how == "is":
                    self.opaque.add(tid)
                else:
                    self.moments.setdefault(datetime.fromisoformat(read[2]), set()).add(tid)
                continue
            self.by_name.setdefault(name, set()).add(tid)
            if how == "all":
                self.whole.setdefault(name, set()).add(tid)
            else:
                self.by_key.setdefault((name, _unkey(read[2])), set()).add(tid)

    def _drop(self, tid: str) -> None:
        reads = self.indexed.pop(tid, None)
        if reads is None:
            return
        self.opaque.discard(tid)
        for read in reads:
            name, how = read[0], read[1]
            if name == "now":
                if how != "is":
                    _discard(self.moments, datetime.fromisoformat(read[2]), tid)
                continue
            _discard(self.by_name, name, tid)
            if how == "all":
                _discard(self.whole, name, tid)
            else:
                _discard(self.by_key, (name, _unkey(read[2])), tid)


def _discard(index: dict[Any, set[str]], key: Any, tid: str) -> None:
    found = index.get(key)
    if found is not None:
        found.discard(tid)
        if not found:
            del index[key]


@dataclass
class SinceLastTick:
    """The structures and moment of the last tick, with the threads' reads then known to hold
    (kept in the daemon's cache between ticks), and what this tick finds changed since."""

    structures: dict[str, Structure]
    moment: datetime
    words: ReadIndex = field(default_factory=ReadIndex)  # meetings in words
    weighing: ReadIndex = field(default_factory=ReadIndex)  # meetings, promises, evidence
    # this tick's answers, with the very objects they were worked out for
    _changed: dict[str, tuple[Structure | None, Changed | None]] = field(default_factory=dict)
    _suspects: dict[int, tuple[list[Structure | None], set[str]]] = field(default_factory=dict)

    def suspects(
        self, index: ReadIndex, structures: dict[str, Structure], now: datetime
    ) -> set[str]:
        """The threads of `index` whose reads must be checked against `structures` at `now`
        (the others' reads answer as at the last tick, when they held)."""
        names = sorted(structures.keys() | self.structures.keys())
        current = [structures.get(name) for name in names]
        kept = self._suspects.get(id(index))
        if (
            kept is not None
            and len(kept[0]) == len(current)
            and all(a is b for a, b in zip(kept[0], current, strict=True))
        ):
            return kept[1]
        changed: dict[str, Changed | None] = {}
        for name, value in zip(names, current, strict=True):
            found = self._changed.get(name)
            if found is None or found[0] is not value:
                found = self._changed[name] = (value, changes(self.structures.get(name), value))
            changed[name] = found[1]
        out = index.suspects(changed, self.moment, now)
        self._suspects[id(index)] = (current, out)
        return out


def unchanged(index: ReadIndex | None, suspects: set[str], tid: str, reads: list[Read]) -> bool:
    """Whether a thread's reads certainly hold: they are the reads `index` holds for it (they
    held at the last tick) and the thread is not among the `suspects`."""
    return index is not None and index.indexed.get(tid) is reads and tid not in suspects
