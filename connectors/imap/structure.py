"""Reading only the parts of a large message that followupd's parser uses. Pure: no socket.

`daemon.parse.parse_message` reads the headers, the text (text/plain, or text/html when there
is no plain part), calendar parts, and of every other attachment only its type and file name.
So for a message too big to fetch whole, `plan` picks from its BODYSTRUCTURE the sections to
fetch: the MIME header of every part, the body of the parts the parser reads. `rebuild` then
puts them back together with the original boundaries: the same tree, the same part headers,
and every skipped attachment left as an empty part. The parser sees what it would have seen
in the whole message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

_CALENDAR = {(b"text", b"calendar"), (b"application", b"ics")}


class StructureError(ValueError):
    """The BODYSTRUCTURE cannot be rebuilt faithfully: fetch the whole message instead."""


@dataclass
class Part:
    """One node of a message's MIME tree, numbered as IMAP numbers sections ("1", "2.1")."""

    number: str  # "" for the message itself
    type: bytes
    subtype: bytes
    size: int = 0
    boundary: bytes | None = None  # multipart only
    children: list[Part] = field(default_factory=list)
    disposition: bytes | None = None
    needed: bool = False  # the body is read by the parser

    @property
    def multipart(self) -> bool:
        return self.type == b"multipart"


def parse_structure(body: Any, number: str = "") -> Part:
    """A `Part` tree from imapclient's BODYSTRUCTURE value."""
    try:
        if isinstance(body[0], list):  # multipart: ([parts], subtype, params, disposition, ...)
            part = Part(
                number, b"multipart", _lower(body[1]), boundary=_param(body, 2, b"boundary")
            )
            prefix = f"{number}." if number else ""
            part.children = [
                parse_structure(child, f"{prefix}{i}") for i, child in enumerate(body[0], 1)
            ]
            if part.boundary is None or not part.children:
                raise StructureError(f"multipart part {number or 'root'} without boundary")
            return part
        kind, subtype = _lower(body[0]), _lower(body[1])
        # the disposition's place depends on the type: text has a line count, message/rfc822
        # an envelope, a body and a line count before the extension data (RFC 3501 7.4.2)
        at = 9 if kind == b"text" else 11 if (kind, subtype) == (b"message", b"rfc822") else 8
        disposition = body[at] if len(body) > at and isinstance(body[at], tuple) else None
        return Part(
            number,
            kind,
            subtype,
            size=int(body[6] or 0),
            disposition=_lower(disposition[0]) if disposition else None,
        )
    except (IndexError, TypeError, ValueError, AttributeError) as exc:
        if isinstance(exc, StructureError):
            raise
        raise StructureError(f"unexpected BODYSTRUCTURE: {exc}") from exc


def plan(root: Part) -> list[str]:
    """Mark the parts the parser reads and return the section items to FETCH, in order.

    Mirrors `daemon.parse._walk`: calendar parts always; text/plain and text/html unless
    disposed as attachments; HTML only when there is no plain text at all; message/* whole
    (the parser walks into forwarded messages).
    """
    leaves = list(_leaves(root))
    forwarded = any(p.type == b"message" for p in leaves)
    has_plain = any(_is_text(p, b"plain") for p in leaves)
    for p in leaves:
        p.needed = (
            (p.type, p.subtype) in _CALENDAR
            or p.type == b"message"
            or _is_text(p, b"plain")
            or (_is_text(p, b"html") and (forwarded or not has_plain))
        )
    if not root.multipart:
        return ["BODY.PEEK[TEXT]"] if root.needed else []
    items: list[str] = []
    for p in _nodes(root):
        items.append(f"BODY.PEEK[{p.number}.MIME]")
        if not p.multipart and p.needed:
            items.append(f"BODY.PEEK[{p.number}]")
    return items


def skipped_bytes(root: Part) -> int:
    """How many body bytes the plan leaves on the server (after `plan`)."""
    return sum(p.size for p in _leaves(root) if not p.needed)


def rebuild(header: bytes, root: Part, sections: dict[bytes, Any]) -> bytes:
    """The message from its header and the fetched sections (keys as the server names them,
    b"BODY[1.MIME]"); parts not fetched come back with their headers and an empty body."""
    if not root.multipart:
        return header + (_section(sections, "TEXT") if root.needed else b"")
    return header + _body(root, sections)


def _body(node: Part, sections: dict[bytes, Any]) -> bytes:
    assert node.boundary is not None  # parse_structure refuses multiparts without one
    delimiter = b"--" + node.boundary
    out: list[bytes] = []
    for child in node.children:
        out += [delimiter, b"\r\n", _section(sections, f"{child.number}.MIME")]
        if child.multipart:
            out.append(_body(child, sections))
        elif child.needed:
            out.append(_section(sections, child.number))
        out.append(b"\r\n")  # the line break before a delimiter belongs to the delimiter
    out += [delimiter, b"--\r\n"]
    return b"".join(out)


def _section(sections: dict[bytes, Any], name: str) -> bytes:
    value = sections.get(f"BODY[{name}]".encode())
    if value is None and f"BODY[{name}]".encode() not in sections:
        raise StructureError(f"the server sent no section {name}")
    return value if isinstance(value, bytes) else b""  # NIL: an empty section


def _leaves(part: Part) -> list[Part]:
    if not part.multipart:
        return [part]
    return [leaf for child in part.children for leaf in _leaves(child)]


def _nodes(part: Part) -> list[Part]:
    """Every part below `part`, depth first, in section order."""
    out: list[Part] = []
    for child in part.children:
        out.append(child)
        out += _nodes(child)
    return out


def _is_text(p: Part, subtype: bytes) -> bool:
    return p.type == b"text" and p.subtype == subtype and p.disposition != b"attachment"


def _lower(value: Any) -> bytes:
    if isinstance(value, bytes):
        return value.lower()
    if isinstance(value, str):
        return value.encode("ascii", "replace").lower()
    raise StructureError(f"expected a string in BODYSTRUCTURE, got {value!r}")


def _param(body: Sequence[Any], at: int, name: bytes) -> bytes | None:
    params = body[at] if len(body) > at else None
    if not isinstance(params, tuple):
        return None
    pairs = list(params)
    for key, value in zip(pairs[::2], pairs[1::2], strict=False):
        if isinstance(key, bytes) and key.lower() == name and isinstance(value, bytes):
            return value
    return None
