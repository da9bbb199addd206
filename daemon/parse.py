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
from datetime import UTC, datetime, tzinfo
from email.header import decode_header, make_header
from email.message import Message as StdMessage
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from daemon import limits
from daemon.errors import MessageError
from daemon.infer import lang
from daemon.invites import parse_calendar
from daemon.limits import deadline
from daemon.mailtext import FORWARD_LINE, clean_address, clean_line, clean_name, clean_text
from daemon.model import Address, AttachmentInfo, CalendarEvent, Message

__all__ = [
    "MSGID",
    "PARSER_VERSION",
    "new_text",
    "parse_calendar",
    "parse_message",
    "peek_message_id",
]

# What this parser makes of a message. Bump it in the same commit as any change to parsing
# (here, or in what it calls: daemon/mailtext.py, daemon/invites.py) that changes the `Message`
# a stored message would read as: the state database then drops the messages an older parser
# stored, with what was worked out from them and the sync cursors, and the next sync reads the
# mail again (daemon/store.py); the drafts ledger, dismissals and the digest's state are kept.
#   1: until forwarded messages were kept (schema 5 re-read everything for list mail)
#   2: the text of a forwarded message is kept in `Message.text`, after its own words
PARSER_VERSION = 2

MAX_TEXT = 20_000  # characters of new text kept per message; inference needs no more
MSGID = re.compile(r"<[^<>\s\x00-\x1f\x7f]{1,250}>")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_CALENDAR_TYPES = ("text/calendar", "application/ics")

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
    """Parse one RFC 5322 message within `limits.PARSE_SECONDS`. Raises MessageError, with the
    reason, when nothing usable can be read; whatever exceeds a limit is cut and named in
    `Message.cut`. No other exception leaves this function."""
    try:
        with deadline(limits.PARSE_SECONDS, "reading the message"):
            return _parse(
                data, account, folder, ref, default_tz, thread_hint=thread_hint, sent=sent_folder
            )
    except MessageError:
        raise
    except RecursionError:
        raise MessageError("nested too deeply to read") from None
    except Exception as exc:  # a parser bug on hostile input: this message only is lost
        raise MessageError(f"could not be read ({exc.__class__.__name__})") from exc


def peek_message_id(data: bytes) -> str | None:
    """The Message-ID in a message's header (its first 8 MiB), for reporting one that cannot
    be read."""
    end = _HEADER_END.search(data, 0, 8 << 20)
    head = data[: end.start() if end else 8 << 20]
    found = re.search(rb"(?im)^message-id:(.*(?:\r?\n[ \t].*)*)", head)
    if found is None:
        return None
    m = MSGID.search(found.group(1).decode("utf-8", "replace"))
    return m.group(0) if m else None


def _parse(
    data: bytes,
    account: str,
    folder: str,
    ref: str,
    default_tz: tzinfo,
    *,
    thread_hint: str | None,
    sent: bool,
) -> Message:
    end = _HEADER_END.search(data, 0, limits.HEADER_BYTES + 4)
    header_size = end.start() if end else len(data)
    if header_size > limits.HEADER_BYTES:
        raise MessageError(
            f"header block larger than {limits.HEADER_BYTES // 1024} KiB "
            f"({header_size // 1024} KiB or more)"
        )
    # compat32: the default policy's header objects cost 3/4 of the parse time, and we
    # decode the few headers we need ourselves
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    cut: list[str] = []
    message_id = _first_id(_header(msg, "Message-ID"))
    if message_id is None:
        message_id = f"<noid-{hashlib.sha256(data).hexdigest()[:24]}@followupd.invalid>"
    when = _message_date(msg)
    if when is None:
        raise MessageError("no usable Date or Received header")
    text, events, attachments = _walk(msg, default_tz, cut)
    subject = _header(msg, "Subject")
    if len(subject) > limits.SUBJECT_CHARS:
        cut.append(f"subject cut to {limits.SUBJECT_CHARS} characters")
    references = MSGID.findall(_header(msg, "References"))
    if len(references) > limits.REFERENCES:
        cut.append(f"References cut from {len(references)} to {limits.REFERENCES} ids")
        # RFC 5322 3.6.4: the first id and the latest ones are the ones that matter
        references = references[:1] + references[-(limits.REFERENCES - 1) :]
    return Message(
        account=account,
        folder=folder,
        ref=ref,
        message_id=message_id,
        subject=clean_line(subject, limits.SUBJECT_CHARS),
        date=when,
        sender=next(iter(_addresses(msg, "From")), None),
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        reply_to=_addresses(msg, "Reply-To"),
        in_reply_to=_first_id(_header(msg, "In-Reply-To")),
        references=tuple(references),
        text=clean_text(new_text(text[: MAX_TEXT * 4])[:MAX_TEXT]),
        events=events,
        attachments=attachments,
        automated=_is_automated(msg),
        bulk=_is_bulk(msg),
        thread_hint=clean_line(thread_hint, 200) if thread_hint else None,
        in_sent_folder=sent,
        cut=tuple(cut),
    )


# The line that starts a forwarded message in the clients people use. What follows it is news to
# the thread (an invitation a recruiter passes on), not history: it is kept, after FORWARD_LINE.
_FORWARD_START = re.compile(
    r"^[ \t]*(?:-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré|"
    r"Mensaje reenviado|Mensagem encaminhada|Messaggio inoltrato)\s*-{2,}|Begin forwarded message"
    r"|Début du message (?:réexpédié|transféré)|Anfang der weitergeleiteten Nachricht)\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_HEADER = re.compile(
    r"^[ \t>]*(?:From|Date|Sent|Subject|To|Cc|Reply-To|Von|Gesendet|Datum|Betreff|An|De|Envoyé"
    r"|Objet|À|Para|Asunto|Enviado(?: el)?|Fecha)\s*:.*$|^[ \t]*$",
    re.IGNORECASE,
)


def new_text(text: str) -> str:
    """The part of a message its author wrote: cut at the first quoted-reply marker. A forward
    keeps the message it forwards (its header lines dropped, its own quoted history cut), after
    `FORWARD_LINE`."""
    m = _QUOTE_START.search(text)
    forwarded = ""
    if m:
        fwd = _FORWARD_START.match(text, m.start())
        if fwd is not None:
            lines = text[fwd.end() :].lstrip("\n").splitlines()
            while lines and _FORWARD_HEADER.match(lines[0]):
                lines.pop(0)
            inner = new_text("\n".join(ln[2:] if ln.startswith("> ") else ln for ln in lines))
            forwarded = f"\n\n{FORWARD_LINE}\n{inner}" if inner else ""
        text = text[: m.start()]
    lines = [ln for ln in text.splitlines() if not ln.startswith(">")]
    return "\n".join(lines).strip() + forwarded


def _header(msg: StdMessage, name: str) -> str:
    """A header's value with RFC 2047 encoded-words decoded; "" when absent or undecodable."""
    value = msg.get(name)
    return _decoded(value) if value is not None else ""


def _decoded(value: object) -> str:
    raw = str(value)[: limits.HEADER_BYTES]
    try:
        text = str(make_header(decode_header(raw)))
    except (LookupError, ValueError, UnicodeError, email.errors.HeaderParseError):
        text = raw
    return " ".join(text.split())


def _first_id(value: str) -> str | None:
    m = MSGID.search(value)
    return m.group(0) if m else None


def _addresses(msg: StdMessage, name: str) -> tuple[Address, ...]:
    """The valid addresses of a header, normalised; display names cleaned."""
    values = [str(raw) for raw in msg.get_all(name, failobj=[]) or []]
    out: list[Address] = []
    for display, addr in getaddresses(values)[: limits.ADDRESSES]:
        email_ = clean_address(addr)
        if email_ is not None:
            out.append(Address(email_, clean_name(_decoded(display), limits.NAME_CHARS)))
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
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        if not limits.EVENT_YEARS[0] <= when.year <= limits.EVENT_YEARS[1]:
            continue  # the year 9999 is a broken clock, and would overflow every sum
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


def leaves(msg: StdMessage, cut: list[str] | None = None) -> list[StdMessage]:
    """The message's leaf parts in order, at most `limits.MIME_PARTS` of them and no deeper than
    `limits.MIME_DEPTH`; what is left out is named in `cut`. Iterative: no recursion limit."""
    found: list[StdMessage] = []
    stack: list[tuple[StdMessage, int]] = [(msg, 0)]
    deep = False
    while stack:
        part, depth = stack.pop()
        if not part.is_multipart():
            if len(found) == limits.MIME_PARTS:
                if cut is not None:
                    cut.append(f"only the first {limits.MIME_PARTS} MIME parts read")
                break
            found.append(part)
            continue
        if depth >= limits.MIME_DEPTH:
            deep = True
            continue
        children = part.get_payload()
        if isinstance(children, list):
            stack.extend((c, depth + 1) for c in reversed(children) if isinstance(c, StdMessage))
    if deep and cut is not None:
        cut.append(f"parts nested deeper than {limits.MIME_DEPTH} levels left out")
    return found


def _walk(
    msg: StdMessage, default_tz: tzinfo, cut: list[str]
) -> tuple[str, tuple[CalendarEvent, ...], tuple[AttachmentInfo, ...]]:
    plain: list[str] = []
    html: list[str] = []
    events: dict[tuple[str, int, str], CalendarEvent] = {}
    attachments: list[AttachmentInfo] = []
    calendars = 0
    for part in leaves(msg, cut):
        ctype = part.get_content_type()
        filename = _filename(part)
        is_attachment = part.get_content_disposition() == "attachment" or (
            filename is not None and not ctype.startswith("text/")
        )
        if ctype in _CALENDAR_TYPES:
            calendars += 1
            if calendars <= limits.CALENDAR_PARTS:
                for ev in parse_calendar(_payload_bytes(part), default_tz):
                    events.setdefault((ev.uid, ev.sequence, ev.method), ev)
            elif calendars == limits.CALENDAR_PARTS + 1:
                cut.append(f"only the first {limits.CALENDAR_PARTS} calendar parts read")
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
    return clean_line(_decoded(name), 255) or None if name else None


def _payload_bytes(part: StdMessage) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        return b""
    return payload if isinstance(payload, bytes) else b""


def _payload_text(part: StdMessage) -> str:
    raw = _payload_bytes(part)
    try:
        charset = part.get_content_charset() or "utf-8"
        return raw.decode(charset, errors="replace")
    except (LookupError, UnicodeError, ValueError, TypeError):
        # an unknown charset, one that is not a text encoding (idna cannot replace errors),
        # or a name holding a NUL: utf-8 is the best guess today
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
