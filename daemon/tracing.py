"""What a computation read: the values it looked up in shared structures and how it compared
itself with `now`, recorded so that a cached result can be checked against today's values
without computing it again.

A thread's facts depend on its own messages and on a few things outside it (the invitations
that share a UID with it, who the rest of the mailbox says is family or part of the search,
the moment of the scan). Inference reads those through the wrappers here; each read is kept as
(structure, how, key, digest of the value). A cached result is still right when every read it
made gives the same digest today: it is a function of what it read. A read the wrappers cannot
pin down (walking a whole structure, using `now` other than by comparing with it) is kept too,
and replays only when the whole value (or the exact moment) is the same.
"""

from __future__ import annotations

import hashlib
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")
Read = tuple[Any, ...]

_local = threading.local()


def digest(value: Any) -> str:
    """A short digest of a value that does not depend on the order of sets or dicts."""
    return hashlib.sha1(_canonical(value).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _canonical(value: Any) -> str:
    if isinstance(value, set | frozenset):
        return "{" + ",".join(sorted(_canonical(v) for v in value)) + "}"
    if isinstance(value, dict):
        items = sorted(_canonical(k) + ":" + _canonical(v) for k, v in value.items())
        return "{" + ",".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_canonical(v) for v in value) + "]"
    return repr(value)


class Recorder:
    """Collects the reads made while it is active (`with recorder:`), on this thread."""

    def __init__(self) -> None:
        self.reads: list[Read] = []

    def __enter__(self) -> Recorder:
        self._outer = getattr(_local, "recorder", None)
        _local.recorder = self
        return self

    def __exit__(self, *exc: object) -> None:
        _local.recorder = self._outer


def _record(read: Read) -> None:
    recorder: Recorder | None = getattr(_local, "recorder", None)
    if recorder is not None:
        recorder.reads.append(read)


def _key(key: Any) -> Any:
    """A key as JSON can keep it: a moment as ["t", ISO 8601], a tuple as ["u", [its parts]],
    anything else as it is."""
    if isinstance(key, datetime):
        return ["t", key.isoformat()]
    if isinstance(key, tuple):
        return ["u", [_key(k) for k in key]]
    return key


def _unkey(key: Any) -> Any:
    if not isinstance(key, list):
        return key
    if key[0] == "u":
        return tuple(_unkey(k) for k in key[1])
    return datetime.fromisoformat(key[1])


class TracedDict(dict[K, V]):
    """A dict whose lookups are recorded under `name`."""

    def __init__(self, name: str, data: dict[K, V]) -> None:
        super().__init__(data)
        self.name = name
        self._digests: dict[Any, str] = {}

    def _read(self, how: str, key: Any, value: Any) -> None:
        if _local.__dict__.get("recorder") is None:
            return
        found = self._digests.get((how, key))
        if found is None:
            # every thread's reads are held until a scan ends: one string for one answer (most
            # threads read the same few: nothing, for their own id)
            found = self._digests[(how, key)] = sys.intern(digest(value))
        _record((self.name, how, _key(key), found))

    def get(self, key: K, default: Any = None) -> Any:
        value = dict.get(self, key, default)
        self._read("get", key, dict.get(self, key))
        return value

    def __getitem__(self, key: K) -> V:
        self._read("get", key, dict.get(self, key))
        return dict.__getitem__(self, key)

    def __contains__(self, key: object) -> bool:
        found = dict.__contains__(self, key)
        self._read("in", key, found)
        return found

    def _whole(self) -> None:
        self._read("all", None, dict(self))

    def __iter__(self) -> Iterator[K]:
        self._whole()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._whole()
        return dict.__len__(self)

    def keys(self) -> Any:
        self._whole()
        return dict.keys(self)

    def values(self) -> Any:
        self._whole()
        return dict.values(self)

    def items(self) -> Any:
        self._whole()
        return dict.items(self)

    def replay(self, how: str, key: Any) -> str:
        """The digest the read `how` of `key` gives now (worked out once per key)."""
        found = self._digests.get((how, key))
        if found is None:
            if how == "all":
                value: Any = dict(self)
            elif how == "in":
                value = dict.__contains__(self, key)
            else:
                value = dict.get(self, key)
            found = self._digests[(how, key)] = sys.intern(digest(value))
        return found


class TracedSet(frozenset[K]):
    """A frozenset whose membership tests are recorded under `name`."""

    name: str

    def __new__(cls, name: str, data: Any = ()) -> TracedSet[K]:
        made = super().__new__(cls, data)
        made.name = name
        return made

    def __contains__(self, key: object) -> bool:
        found = frozenset.__contains__(self, key)
        if _local.__dict__.get("recorder") is not None:
            _record((self.name, "in", _key(key), "1" if found else "0"))
        return found

    def __iter__(self) -> Iterator[K]:
        if _local.__dict__.get("recorder") is not None:
            _record((self.name, "all", None, digest(frozenset(self))))
        return frozenset.__iter__(self)

    def __len__(self) -> int:
        if _local.__dict__.get("recorder") is not None:
            _record((self.name, "all", None, digest(frozenset(self))))
        return frozenset.__len__(self)

    def replay(self, how: str, key: Any) -> str:
        if how == "all":
            return digest(frozenset(self))
        return "1" if frozenset.__contains__(self, key) else "0"

    def __hash__(self) -> int:
        return frozenset.__hash__(self)


_COMPARE: dict[str, Callable[[datetime, datetime], bool]] = {
    "lt": datetime.__lt__,
    "le": datetime.__le__,
    "gt": datetime.__gt__,
    "ge": datetime.__ge__,
    "eq": datetime.__eq__,
    "ne": datetime.__ne__,
}


class TracedNow(datetime):
    """The moment of the scan: comparisons with it are recorded (a meeting is over or not);
    any other use records the moment itself."""

    @classmethod
    def of(cls, when: datetime) -> TracedNow:
        return cls(
            when.year,
            when.month,
            when.day,
            when.hour,
            when.minute,
            when.second,
            when.microsecond,
            when.tzinfo,
            fold=when.fold,
        )

    def plain(self) -> datetime:
        """The same moment as an ordinary datetime (a use that is recorded whole)."""
        self._opaque()
        get = datetime.__getattribute__
        return datetime(
            get(self, "year"),
            get(self, "month"),
            get(self, "day"),
            get(self, "hour"),
            get(self, "minute"),
            get(self, "second"),
            get(self, "microsecond"),
            get(self, "tzinfo"),
            fold=get(self, "fold"),
        )

    def _compare(self, how: str, other: Any) -> Any:
        inside = _local.__dict__.get("inside")
        _local.inside = True  # the comparison itself asks for the offset: not a use of ours
        try:
            result = _COMPARE[how](self, other)
        finally:
            _local.inside = inside
        if result is not NotImplemented and isinstance(other, datetime):
            _record(("now", how, other.isoformat(), bool(result)))
        return result

    def __lt__(self, other: Any) -> Any:
        return self._compare("lt", other)

    def __le__(self, other: Any) -> Any:
        return self._compare("le", other)

    def __gt__(self, other: Any) -> Any:
        return self._compare("gt", other)

    def __ge__(self, other: Any) -> Any:
        return self._compare("ge", other)

    def __eq__(self, other: object) -> Any:
        return self._compare("eq", other)

    def __ne__(self, other: object) -> Any:
        return self._compare("ne", other)

    def _opaque(self) -> None:
        if _local.__dict__.get("inside"):
            return
        _local.inside = True
        try:
            _record(("now", "is", datetime.isoformat(self), True))
        finally:
            _local.inside = False

    def __hash__(self) -> int:
        self._opaque()
        return datetime.__hash__(self)

    def __getattribute__(self, name: str) -> Any:
        if (
            not name.startswith("_")
            and name not in ("plain", "of")
            and not _local.__dict__.get("inside")
        ):
            datetime.__getattribute__(self, "_opaque")()
        return datetime.__getattribute__(self, name)

    def __add__(self, other: Any) -> Any:
        return self.plain() + other

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:
        return self.plain() - other

    def __rsub__(self, other: Any) -> Any:
        return other - self.plain()

    def __str__(self) -> str:
        self._opaque()
        return datetime.__str__(self)

    def __repr__(self) -> str:
        self._opaque()
        return datetime.__repr__(self)

    def __format__(self, spec: str) -> str:
        self._opaque()
        return datetime.__format__(self, spec)

    def __reduce__(self) -> Any:
        self._opaque()
        return datetime.__reduce__(self)


def now_holds(read: Read, now: datetime) -> bool:
    """Whether a recorded use of `now` gives the same answer at this moment."""
    _, how, other, result = read
    if how == "is":
        return bool(datetime.isoformat(now) == other)
    return bool(_COMPARE[how](now, datetime.fromisoformat(other)) == result)


def holds(
    reads: list[Read], structures: dict[str, TracedDict[Any, Any] | TracedSet[Any]], now: datetime
) -> bool:
    """Whether every recorded read gives the same answer today."""
    for read in reads:
        name = read[0]
        if name == "now":
            if not now_holds(read, now):
                return False
            continue
        found = structures.get(name)
        if found is None or found.replay(read[1], _unkey(read[2])) != read[3]:
            return False
    return True


def jsonable(reads: list[Read]) -> list[list[Any]]:
    return [list(r) for r in reads]


def from_json(data: list[list[Any]]) -> list[Read]:
    return [tuple(r) for r in data]
