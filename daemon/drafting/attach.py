"""The earlier email, made fit to ride along in a draft, or a reason why it cannot.

The draft carries the message it answers as message/rfc822 (RFC 2046 5.2: 7bit or 8bit, never
base64). That message was written by a stranger, so before it goes in: it must be the message
the draft answers (its Message-ID, or for a message that had none, its hash), within the size
and part limits, and every line at most 998 octets (RFC 5322 2.1.1). A body part with a longer
line is re-encoded as base64, which keeps its content and fits; a header that long cannot be
fixed, and then nothing is attached. The bytes are never handed to the email package's header
parser (a 1 MB subject takes it 22 s); they are spliced in as they are.
"""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import re
from dataclasses import dataclass
from email.message import Message as StdMessage

from daemon import limits
from daemon.parse import leaves, peek_message_id

_NEWLINES = re.compile(rb"\r\n|\r|\n")
_HEADER_END = re.compile(rb"\r\n\r\n")
_INNER_POLICY = email.policy.compat32.clone(linesep="\r\n", max_line_length=0)
_CALENDAR = re.compile(rb"text/calendar|application/ics|\.ics\b|BEGIN:VCALENDAR", re.IGNORECASE)
_CALENDAR_TYPE = re.compile(rb"text/calendar|application/ics|BEGIN:VCALENDAR", re.IGNORECASE)
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})


@dataclass(frozen=True)
class Earlier:
    """The earlier email's bytes, ready to splice in, or why it stays out."""

    data: bytes | None
    reason: str = ""

    @property
    def cte(self) -> str:
        return "7bit" if self.data is None or self.data.isascii() else "8bit"


def earlier_email(data: bytes, message_id: str) -> Earlier:
    """Check and prepare `data`, the message whose Message-ID is `message_id`."""
    if len(data) > limits.ATTACHED_MESSAGE_BYTES:
        mib = limits.ATTACHED_MESSAGE_BYTES // (1024 * 1024)
        return Earlier(None, f"it is larger than {mib} MiB")
    if not _is_that_message(data, message_id):
        return Earlier(None, "the mailbox no longer holds it as it was (not the same message)")
    crlf = _NEWLINES.sub(b"\r\n", data)
    end = _HEADER_END.search(crlf)
    if end is None or end.start() > limits.HEADER_BYTES:
        return Earlier(None, "its header cannot be read")
    if _longest_line(crlf[: end.start()]) > limits.LINE_OCTETS:
        return Earlier(None, "a header line is longer than 998 octets")
    if _CALENDAR.search(crlf):
        # an invitation attached as it came would be a live invitation in the reader's mail
        # program (accept, decline); the message goes without it, or not at all
        stripped = _without_calendar(crlf)
        if stripped is None:
            return Earlier(None, "its calendar invitation could not be taken out")
        crlf = stripped
    if _longest_line(crlf) <= limits.LINE_OCTETS:
        return Earlier(crlf)
    refolded = _reencoded(crlf)
    if refolded is None or _longest_line(refolded) > limits.LINE_OCTETS:
        return Earlier(None, "a line is longer than 998 octets and could not be re-encoded")
    return Earlier(refolded)


def _without_calendar(crlf: bytes) -> bytes | None:
    """The message without its text/calendar and .ics parts; None when it cannot be read
    whole, or is nothing but an invitation."""
    try:
        msg = email.message_from_bytes(crlf, policy=_INNER_POLICY)
        cut: list[str] = []
        leaves(msg, cut)
        if cut:
            return None
        if _is_calendar(msg):
            return None
        _drop_calendar_parts(msg)
        out: bytes = msg.as_bytes(policy=_INNER_POLICY)
    except Exception:  # the email package on hostile input: leave this one out
        return None
    return None if _CALENDAR_TYPE.search(out) else out


def _is_calendar(part: StdMessage) -> bool:
    name = (part.get_filename() or "").lower()
    return part.get_content_type() in _CALENDAR_TYPES or name.endswith((".ics", ".vcs"))


def _drop_calendar_parts(msg: StdMessage) -> None:
    payload = msg.get_payload()
    if not msg.is_multipart() or not isinstance(payload, list):
        return
    kept: list[StdMessage | str] = []
    for part in payload:
        if isinstance(part, StdMessage) and not _is_calendar(part):
            _drop_calendar_parts(part)
            kept.append(part)
    msg.set_payload(kept)


def _is_that_message(data: bytes, message_id: str) -> bool:
    if message_id.endswith("@followupd.invalid>") and message_id.startswith("<noid-"):
        # the parser named a message without a Message-ID by the hash of its bytes
        return message_id == f"<noid-{hashlib.sha256(data).hexdigest()[:24]}@followupd.invalid>"
    return peek_message_id(data) == message_id


def _longest_line(data: bytes) -> int:
    return max((len(line) for line in data.split(b"\r\n")), default=0)


def _reencoded(crlf: bytes) -> bytes | None:
    """The message with every body part that holds an over-long line re-encoded as base64."""
    try:
        msg = email.message_from_bytes(crlf, policy=_INNER_POLICY)
        cut: list[str] = []
        parts = leaves(msg, cut)
        if cut:
            return None  # more parts than we read: we could not vouch for the rest
        for part in parts:
            _base64_if_long(part)
        out: bytes = msg.as_bytes(policy=_INNER_POLICY)
        return out
    except Exception:  # the email package on hostile input: leave this one out
        return None


def _base64_if_long(part: StdMessage) -> None:
    payload = part.get_payload()
    if not isinstance(payload, str):
        return
    if max((len(line) for line in payload.splitlines()), default=0) <= limits.LINE_OCTETS - 2:
        return
    raw = part.get_payload(decode=True)
    data = raw if isinstance(raw, bytes) else payload.encode("utf-8", "surrogateescape")
    del part["Content-Transfer-Encoding"]
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii").replace("\n", "\r\n"))
