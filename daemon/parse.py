"""From a message's bytes to a `Message`: headers, the new text, invites, attachments.

Pure and defensive: real mail has broken MIME, unknown charsets and hostile calendars. What can
be salvaged is kept; what cannot raises `MessageError` with the reason, and the caller skips it.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
import hashlib
import re
from datetime import UTC, date, datetime, tzinfo
from email.header import decode_header, make_header
from email.message import Message as StdMessage
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

import icalendar

from daemon.errors import MessageError
from daemon.infer import lang
from daemon.model import Address, AttachmentInfo, Attendee, CalendarEvent, Message

MAX_TEXT = 20_000  # characters of new text kept per message; inference needs no more
MAX_ICS = 1_000_000  # bytes of one calendar part; larger ones are hostile or broken
MSGID = re.compile(r"<[^<>\s]+>")

# Lines that start the quoted part of a reply, in the clients people use: each language's
# header lines ("On ... wrote:"), Outlook's rule and header block, Lotus Notes' "To: / cc:".
_QUOTE_START = re.compile(
    r"^(?:" + "|".join(lang.phrases("quote_headers")) + r")\s*:?\s*$"
    r"|^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Forwarded message)\s*-{2,}"
    r"|^_{10,}\s*$"
    r"|^(?:From|Von|De):\s.+\n(?:Sent|Gesendet|Date|Datum|Envoyé):\s"
    r"|^[ \t]*To:[ \t].+\n[ \t]*cc:",
    re.IGNORECASE | re.MULTILINE,
)


def parse_message(
    data: bytes,
    *,
    account: str,
    folder: str,
    ref: str,
    default_tz: tzinfo,
    thread_hint: str | None = None,
    sent_folder: bool = False,
) -> Message:
    """Parse one RFC 5322 message. Raises MessageError when nothing usable can be read."""
    try:
        # compat32: the default policy's header objects cost 3/4 of the parse time, and we
        # decode the few headers we need ourselves
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as exc:  # the parser is lenient; this is a last resort
        raise MessageError(f"unparseable message: {exc.__class__.__name__}") from exc
    message_id = _first_id(_header(msg, "Message-ID"))
    if message_id is None:
        message_id = f"<noid-{hashlib.sha256(data).hexdigest()[:24]}@followupd.invalid>"
    sent = _message_date(msg)
    if sent is None:
        raise MessageError("no usable Date or Received header")
    text, events, attachments = _walk(msg, default_tz)
    return Message(
        account=account,
        folder=folder,
        ref=ref,
        message_id=message_id,
        subject=_header(msg, "Subject").strip(),
        date=sent,
        sender=next(iter(_addresses(msg, "From")), None),
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        reply_to=_addresses(msg, "Reply-To"),
        in_reply_to=_first_id(_header(msg, "In-Reply-To")),
        references=tuple(MSGID.findall(_header(msg, "References"))),
        text=new_text(text)[:MAX_TEXT],
        events=events,
        attachments=attachments,
        automated=_is_automated(msg),
        bulk=_is_bulk(msg),
        thread_hint=thread_hint,
        in_sent_folder=sent_folder,
    )


def new_text(text: str) -> str:
    """The part of a reply its author wrote: cut at the first quoted-reply marker."""
    m = _QUOTE_START.search(text)
    if m:
        text = text[: m.start()]
    lines = [ln for ln in text.splitlines() if not ln.startswith(">")]
    return "\n".join(lines).strip()


def _header(msg: StdMessage, name: str) -> str:
    """A header's value with RFC 2047 encoded-words decoded; "" when absent or undecodable."""
    value = msg.get(name)
    return _decoded(value) if value is not None else ""


def _decoded(value: object) -> str:
    try:
        text = str(make_header(decode_header(str(value))))
    except (LookupError, ValueError, UnicodeError, email.errors.HeaderParseError):
        text = str(value)
    return " ".join(text.split())


def _first_id(value: str) -> str | None:
    m = MSGID.search(value)
    return m.group(0) if m else None


def _addresses(msg: StdMessage, name: str) -> tuple[Address, ...]:
    values = [str(raw) for raw in msg.get_all(name, failobj=[]) or []]
    out: list[Address] = []
    for display, addr in getaddresses(values):
        addr = addr.strip().lower()
        if "@" in addr:
            out.append(Address(addr, _decoded(display).strip().strip('"') or None))
    return tuple(out)


def _message_date(msg: StdMessage) -> datetime | None:
    candidates = [_header(msg, "Date")]
    received = msg.get_all("Received", failobj=[]) or []
    candidates += [str(r).rsplit(";", 1)[-1] for r in received]
    for value in candidates:
        if not value.strip():
            continue
        try:
            when = parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError):
            continue
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return when
    return None


def _is_automated(msg: StdMessage) -> bool:
    auto = _header(msg, "Auto-Submitted").strip().lower()
    precedence = _header(msg, "Precedence").strip().lower()
    return (
        (auto != "" and auto != "no")
        or precedence == "auto_reply"
        or _is_bulk(msg)
        or bool(_header(msg, "X-Autoreply") or _header(msg, "X-Autorespond"))
    )


def _is_bulk(msg: StdMessage) -> bool:
    """Sent to a list, not to the user: newsletters, job alerts, mass mailings."""
    precedence = _header(msg, "Precedence").strip().lower()
    return precedence in {"bulk", "list", "junk"} or bool(
        _header(msg, "List-Id") or _header(msg, "List-Unsubscribe")
    )


def _walk(
    msg: StdMessage, default_tz: tzinfo
) -> tuple[str, tuple[CalendarEvent, ...], tuple[AttachmentInfo, ...]]:
    plain: list[str] = []
    html: list[str] = []
    events: dict[tuple[str, int, str], CalendarEvent] = {}
    attachments: list[AttachmentInfo] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        filename = _filename(part)
        is_attachment = part.get_content_disposition() == "attachment" or (
            filename is not None and not ctype.startswith("text/")
        )
        if ctype in ("text/calendar", "application/ics"):
            for ev in parse_calendar(_payload_bytes(part), default_tz):
                events.setdefault((ev.uid, ev.sequence, ev.method), ev)
            if filename:
                attachments.append(AttachmentInfo(filename, ctype))
            continue
        if is_attachment:
            attachments.append(AttachmentInfo(filename, ctype))
            continue
        if ctype == "text/plain":
            plain.append(_payload_text(part))
        elif ctype == "text/html":
            html.append(_payload_text(part))
    text = "\n".join(plain) if plain else _html_to_text("\n".join(html))
    return text, tuple(events.values()), tuple(attachments)


def _filename(part: StdMessage) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # a malformed RFC 2231 parameter
        return None
    return _decoded(name) if name else None


def _payload_bytes(part: StdMessage) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        return b""
    return payload if isinstance(payload, bytes) else b""


def _payload_text(part: StdMessage) -> str:
    raw = _payload_bytes(part)
    charset = part.get_content_charset() or "utf-8"
    try:
        return raw.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name: utf-8 is the best guess today
        return raw.decode("utf-8", errors="replace")


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("br", "p", "div", "li", "tr"):
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.chunks.append(data)


def _html_to_text(html: str) -> str:
    if not html:
        return ""
    parser = _TextOnly()
    try:
        parser.feed(html)
    except Exception:
        return ""
    return re.sub(r"\n\s*\n+", "\n\n", "".join(parser.chunks))


def parse_calendar(data: bytes, default_tz: tzinfo) -> list[CalendarEvent]:
    """The timed VEVENTs of an iCalendar object. Broken or hostile input yields no events."""
    if not data or len(data) > MAX_ICS:
        return []
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception:  # icalendar raises ValueError and friends on junk; nothing to salvage
        return []
    method = str(cal.get("METHOD", "")).upper()
    out: list[CalendarEvent] = []
    for component in cal.walk("VEVENT"):
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
        end = start + ev.get("DURATION").dt
    if end is not None and end < start:
        end = None
    attendees = ev.get("ATTENDEE") or []
    if not isinstance(attendees, list):
        attendees = [attendees]
    status = str(ev.get("STATUS", "CONFIRMED")).upper()
    if method == "CANCEL":
        status = "CANCELLED"
    try:
        sequence = int(ev.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        sequence = 0
    return CalendarEvent(
        uid=str(ev.get("UID", "")) or f"nouid-{start.isoformat()}",
        sequence=sequence,
        method=method,
        status=status,
        start=start,
        end=end,
        summary=str(ev.get("SUMMARY", "")),
        organizer=_attendee(ev.get("ORGANIZER")),
        attendees=tuple(a for a in (_attendee(x) for x in attendees) if a is not None),
        recurring=ev.get("RRULE") is not None,
        description=str(ev.get("DESCRIPTION", ""))[:MAX_TEXT],
        location=str(ev.get("LOCATION", ""))[:500],
    )


def _when(prop: object, default_tz: tzinfo) -> datetime | None:
    value = getattr(prop, "dt", None)
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=default_tz)
    if isinstance(value, date):
        return None  # an all-day entry is not a meeting with a time
    return None


def _attendee(prop: object) -> Attendee | None:
    if prop is None:
        return None
    value = str(prop)
    addr = value.split(":", 1)[1] if value.lower().startswith("mailto:") else value
    addr = addr.strip().lower()
    if "@" not in addr:
        return None
    params = getattr(prop, "params", {})
    name = params.get("CN")
    return Attendee(
        email=addr,
        name=str(name).strip('"') if name else None,
        cutype=str(params.get("CUTYPE", "INDIVIDUAL")).upper(),
        role=str(params["ROLE"]) if "ROLE" in params else None,
    )
