"""Parsed messages to JSON and back, as the state database keeps them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from datetime import date, datetime, tzinfo
from typing import Any

from daemon.model import Address, AttachmentInfo, Attendee, CalendarEvent, Message


def fingerprint(m: Message) -> str:
    """Changes whenever the message as parsed changes (a new version of it, a new parser)."""
    return fingerprint_of(message_text(m))


def message_text(m: Message) -> str:
    """The message as the state database keeps it (`message_to_json`, keys sorted)."""
    return json.dumps(message_to_json(m), sort_keys=True)


def fingerprint_of(text: str) -> str:
    """`fingerprint` of a message from its `message_text`, which the caller has already."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def message_to_json(m: Message) -> dict[str, Any]:
    """The message as JSON-ready values: `dataclasses.asdict` with its times in ISO 8601,
    written out (asdict's generic walk was a tenth of a first sync)."""

    def addr(a: Address) -> dict[str, Any]:
        return {"email": a.email, "name": a.name}

    def attendee(a: Attendee) -> dict[str, Any]:
        return {"email": a.email, "name": a.name, "cutype": a.cutype, "role": a.role}

    def event(ev: CalendarEvent) -> dict[str, Any]:
        return {
            "uid": ev.uid,
            "sequence": ev.sequence,
            "method": ev.method,
            "status": ev.status,
            "start": ev.start.isoformat(),
            "end": ev.end.isoformat() if ev.end else None,
            "summary": ev.summary,
            "organizer": attendee(ev.organizer) if ev.organizer else None,
            "attendees": tuple(attendee(a) for a in ev.attendees),
            "recurring": ev.recurring,
            "description": ev.description,
            "location": ev.location,
        }

    return {
        "account": m.account,
        "folder": m.folder,
        "ref": m.ref,
        "message_id": m.message_id,
        "subject": m.subject,
        "date": m.date.isoformat(),
        "sender": addr(m.sender) if m.sender else None,
        "to": tuple(addr(a) for a in m.to),
        "cc": tuple(addr(a) for a in m.cc),
        "reply_to": tuple(addr(a) for a in m.reply_to),
        "in_reply_to": m.in_reply_to,
        "references": m.references,
        "text": m.text,
        "events": tuple(event(ev) for ev in m.events),
        "attachments": tuple(
            {"filename": a.filename, "content_type": a.content_type} for a in m.attachments
        ),
        "automated": m.automated,
        "bulk": m.bulk,
        "thread_hint": m.thread_hint,
        "in_sent_folder": m.in_sent_folder,
        "cut": m.cut,
    }


def head_to_json(m: Message) -> dict[str, Any]:
    """What threading and the rules' indexes read of a message: no text, no invitations."""

    def addr(a: Address) -> list[str | None]:
        return [a.email, a.name]

    return {
        "f": m.folder,
        "r": m.ref,
        "i": m.message_id,
        "s": m.subject,
        "d": m.date.isoformat(),
        "fr": addr(m.sender) if m.sender else None,
        "to": [addr(a) for a in m.to],
        "cc": [addr(a) for a in m.cc],
        "irt": m.in_reply_to,
        "refs": list(m.references),
        "h": m.thread_hint,
        "sent": m.in_sent_folder,
        "b": m.bulk,
        "a": m.automated,
    }


def head_from_json(account: str, d: dict[str, Any], pool: dict[Any, Any] | None = None) -> Message:
    """A message as `head_to_json` kept it (its text empty). Given a `pool` (kept by the caller
    for many heads), equal addresses and identifiers are one object, not one a message: a
    mailbox's heads are mostly the same people and the same Message-IDs again."""
    if pool is None:
        pool = {}
    one = pool.setdefault

    def addr(a: list[Any]) -> Address:
        email, name = a
        found: Address | None = pool.get((email, name))
        if found is None:
            found = pool[(email, name)] = Address(
                one(email, email), one(name, name) if name else name
            )
        return found

    irt = d["irt"]
    return Message(
        account=account,
        folder=one(d["f"], d["f"]),
        ref=d["r"],
        message_id=one(d["i"], d["i"]),
        subject=one(d["s"], d["s"]),
        date=datetime.fromisoformat(d["d"]),
        sender=addr(d["fr"]) if d["fr"] else None,
        to=tuple(addr(a) for a in d["to"]),
        cc=tuple(addr(a) for a in d["cc"]),
        in_reply_to=one(irt, irt) if irt else irt,
        references=tuple(one(r, r) for r in d["refs"]),
        thread_hint=d["h"],
        in_sent_folder=d["sent"],
        bulk=d["b"],
        automated=d["a"],
    )


def message_from_json(d: dict[str, Any]) -> Message:
    def addrs(values: list[dict[str, Any]]) -> tuple[Address, ...]:
        return tuple(Address(**v) for v in values)

    def event(e: dict[str, Any]) -> CalendarEvent:
        return CalendarEvent(
            uid=e["uid"],
            sequence=e["sequence"],
            method=e["method"],
            status=e["status"],
            start=datetime.fromisoformat(e["start"]),
            end=datetime.fromisoformat(e["end"]) if e["end"] else None,
            summary=e["summary"],
            organizer=Attendee(**e["organizer"]) if e["organizer"] else None,
            attendees=tuple(Attendee(**a) for a in e["attendees"]),
            recurring=e["recurring"],
            description=e.get("description", ""),
            location=e.get("location", ""),
        )

    return Message(
        account=d["account"],
        folder=d["folder"],
        ref=d["ref"],
        message_id=d["message_id"],
        subject=d["subject"],
        date=datetime.fromisoformat(d["date"]),
        sender=Address(**d["sender"]) if d["sender"] else None,
        to=addrs(d["to"]),
        cc=addrs(d["cc"]),
        reply_to=addrs(d["reply_to"]),
        in_reply_to=d["in_reply_to"],
        references=tuple(d["references"]),
        text=d["text"],
        events=tuple(event(e) for e in d["events"]),
        attachments=tuple(AttachmentInfo(**a) for a in d["attachments"]),
        automated=d["automated"],
        bulk=d.get("bulk", False),
        thread_hint=d["thread_hint"],
        in_sent_folder=d.get("in_sent_folder", False),
        cut=tuple(d.get("cut", ())),
    )


# --- what inference found, as the state database caches it -------------------------------------
# Tagged JSON for the dataclasses inference returns: each value says what it is, so a decoded
# value is equal to the one encoded (a tuple stays a tuple, a set a set, a time keeps its zone:
# a meeting's time in the user's zone must add hours across a DST change as it did when found).
# Only the classes registered here are ever built from the database.

_CLASSES: dict[str, type[Any]] = {}
# each registered class's name and fields, by the class itself: `dump` reads them once a class,
# not once a value (`dataclasses.fields` builds its tuple again at every call)
_FIELDS: dict[type[Any], tuple[str, tuple[str, ...]]] = {}
_SCALARS = frozenset({type(None), bool, int, float, str})


def register(*classes: type[Any]) -> None:
    """Let `load` build these dataclasses (by name)."""
    for cls in classes:
        replaced = _CLASSES.get(cls.__qualname__)
        if replaced is not None:
            _FIELDS.pop(replaced, None)
        _CLASSES[cls.__qualname__] = cls
        if not issubclass(
            cls, bool | int | float | str | list | tuple | frozenset | set | dict | date
        ):
            _FIELDS[cls] = (cls.__qualname__, tuple(f.name for f in fields(cls)))


def dump(value: Any) -> Any:
    """A JSON-ready form of `value` (dataclasses registered, containers, times, scalars)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple:
        return ["T", [dump(v) for v in value]]
    known = _FIELDS.get(kind)
    if known is not None:
        name, names = known
        return ["D", name, {n: dump(getattr(value, n)) for n in names}]
    return _dump_any(value)


def _dump_any(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        key = getattr(value.tzinfo, "key", None)
        return ["dt", value.isoformat(), key] if key else ["dt", value.isoformat()]
    if isinstance(value, date):
        return ["da", value.isoformat()]
    if isinstance(value, list):
        return ["L", [dump(v) for v in value]]
    if isinstance(value, tuple):
        return ["T", [dump(v) for v in value]]
    if isinstance(value, frozenset | set):
        tag = "F" if isinstance(value, frozenset) else "S"
        return [tag, sorted((dump(v) for v in value), key=repr)]
    if isinstance(value, dict):
        return ["M", [[dump(k), dump(v)] for k, v in value.items()]]
    name = type(value).__qualname__
    if _CLASSES.get(name) is type(value):
        return ["D", name, {f.name: dump(getattr(value, f.name)) for f in fields(value)}]
    raise TypeError(f"cannot cache a {name}")


def load(data: Any) -> Any:
    """The value `dump` was given."""
    if not isinstance(data, list):
        return data
    tag = data[0]
    if tag == "D":
        cls = _CLASSES[data[1]]
        return cls(**{k: load(v) for k, v in data[2].items()})
    if tag == "T":
        return tuple([load(v) for v in data[1]])
    if tag == "dt":
        when = datetime.fromisoformat(data[1])
        return when.astimezone(_zone(data[2])) if len(data) > 2 else when
    if tag == "da":
        return date.fromisoformat(data[1])
    if tag == "L":
        return [load(v) for v in data[1]]
    if tag == "F":
        return frozenset(load(v) for v in data[1])
    if tag == "S":
        return {load(v) for v in data[1]}
    if tag == "M":
        return {load(k): load(v) for k, v in data[1]}
    raise ValueError(f"unknown cached value {tag!r}")


def _zone(key: str) -> tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(key)


register(Address, Attendee, CalendarEvent, AttachmentInfo)
