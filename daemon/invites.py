"""Calendar invitations (iCalendar, RFC 5545) to `CalendarEvent`s, bounded and defensive.

A calendar part comes from whoever sent the mail: it may hold thousands of events, addresses
in forms no client writes, a CN with a newline (RFC 6868 `^n`), a DTSTART in the year 9999.
What is unusable is dropped event by event, attendee by attendee; recurrences are never
expanded (a recurring invite is kept as its first occurrence and flagged), so an absurd RRULE
costs nothing.

Example::

    >>> from zoneinfo import ZoneInfo
    >>> ics = (b"BEGIN:VCALENDAR\\r\\nBEGIN:VEVENT\\r\\nUID:1\\r\\n"
    ...        b"DTSTART:20260317T150000Z\\r\\n"
    ...        b'ATTENDEE;CN=Dana^nBcc:"MAILTO:Dana@Acme.example"\\r\\n'
    ...        b"END:VEVENT\\r\\nEND:VCALENDAR\\r\\n")
    >>> [a.email for e in parse_calendar(ics, ZoneInfo("UTC")) for a in e.attendees]
    ['dana@acme.example']
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

import icalendar

from daemon import limits
from daemon.mailtext import clean_address, clean_line, clean_name, clean_text
from daemon.model import Attendee, CalendarEvent

MAX_ICS = 1_000_000  # bytes of one calendar part; larger ones are hostile or broken
MAX_TEXT = 20_000  # characters of an invite's description
_CUTYPES = frozenset({"INDIVIDUAL", "GROUP", "RESOURCE", "ROOM", "UNKNOWN"})


def parse_calendar(data: bytes, default_tz: tzinfo) -> list[CalendarEvent]:
    """The timed VEVENTs of an iCalendar object. Broken or hostile input yields no events."""
    if not data or len(data) > MAX_ICS:
        return []
    try:
        cal = icalendar.Calendar.from_ical(data)
        method = clean_line(str(cal.get("METHOD", "")), 20).upper()
        components = cal.walk("VEVENT")
    except Exception:  # icalendar raises ValueError and friends on junk; nothing to salvage
        return []
    out: list[CalendarEvent] = []
    for component in components[: limits.CALENDAR_EVENTS]:
        try:
            event = _event(component, method, default_tz)
        except Exception:  # one bad VEVENT (bogus TZID, bad dates) must not hide the others
            continue
        if event is not None:
            out.append(event)
    return out


def _event(ev: icalendar.cal.Component, method: str, default_tz: tzinfo) -> CalendarEvent | None:
    start = _when(ev.get("DTSTART"), default_tz)
    if start is None:
        return None
    end = _when(ev.get("DTEND"), default_tz)
    if end is None and ev.get("DURATION") is not None:
        duration = ev.get("DURATION").dt
        if isinstance(duration, timedelta) and timedelta(0) <= duration <= _LONGEST:
            end = start + duration
    if end is not None and not (start <= end <= start + _LONGEST):
        end = None
    attendees = ev.get("ATTENDEE") or []
    if not isinstance(attendees, list):
        attendees = [attendees]
    status = clean_line(str(ev.get("STATUS", "CONFIRMED")), 20).upper()
    if method == "CANCEL":
        status = "CANCELLED"
    try:
        sequence = max(0, min(int(ev.get("SEQUENCE", 0)), 1_000_000))
    except (TypeError, ValueError):
        sequence = 0
    uid = clean_line(str(ev.get("UID", "")), 300)
    return CalendarEvent(
        uid=uid or f"nouid-{start.isoformat()}",
        sequence=sequence,
        method=method,
        status=status,
        start=start,
        end=end,
        summary=clean_line(str(ev.get("SUMMARY", "")), limits.SUBJECT_CHARS),
        organizer=_attendee(ev.get("ORGANIZER")),
        attendees=tuple(
            a for a in (_attendee(x) for x in attendees[: limits.ATTENDEES]) if a is not None
        ),
        recurring=ev.get("RRULE") is not None or ev.get("RDATE") is not None,
        description=clean_text(str(ev.get("DESCRIPTION", ""))[:MAX_TEXT]),
        location=clean_line(str(ev.get("LOCATION", "")), 500),
    )


_LONGEST = timedelta(days=limits.EVENT_DAYS)


def _when(prop: object, default_tz: tzinfo) -> datetime | None:
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        low, high = limits.EVENT_YEARS
        if not low <= value.year <= high:
            return None  # the year 9999 is no meeting, and would overflow every sum
        return value if value.tzinfo is not None else value.replace(tzinfo=default_tz)
    if isinstance(value, date):
        return None  # an all-day entry is not a meeting with a time
    return None


def _attendee(prop: object) -> Attendee | None:
    """A person from ORGANIZER or ATTENDEE, only when its value is one plain address."""
    if prop is None:
        return None
    email = clean_address(str(prop))
    if email is None:
        return None
    params = getattr(prop, "params", {})
    name = params.get("CN")
    cutype = clean_line(str(params.get("CUTYPE", "INDIVIDUAL")), 20).upper()
    role = clean_line(str(params["ROLE"]), 40) if "ROLE" in params else None
    return Attendee(
        email=email,
        name=clean_name(str(name), limits.NAME_CHARS) if name else None,
        cutype=cutype if cutype in _CUTYPES else "UNKNOWN",
        role=role or None,
    )
