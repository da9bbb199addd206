"""Parsed messages to JSON and back, as the state database keeps them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import datetime
from typing import Any

from daemon.model import Address, AttachmentInfo, Attendee, CalendarEvent, Message


def fingerprint(m: Message) -> str:
    """Changes whenever the message as parsed changes (a new version of it, a new parser)."""
    text = json.dumps(message_to_json(m), sort_keys=True)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def message_to_json(m: Message) -> dict[str, Any]:
    data = asdict(m)
    data["date"] = m.date.isoformat()
    for ev in data["events"]:
        ev["start"] = ev["start"].isoformat()
        ev["end"] = ev["end"].isoformat() if ev["end"] else None
    return data


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
