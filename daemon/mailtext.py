"""Text and addresses taken from mail, made safe to keep and to put in a draft.

Anything a stranger wrote can reach a header of a draft (a calendar CN becomes the To name, a
subject becomes the draft's subject). So: no control characters, no line breaks where a header
is one line, lengths bounded, and an address is used only if it is a plain addr-spec.

Example::

    >>> clean_line("Re:\\x00 offer\\u2028letter\\x1b[31m")
    'Re: offer letter[31m'
    >>> clean_address(' "MAILTO:Dana.Ruiz@Acme.example" ')
    'dana.ruiz@acme.example'
    >>> clean_address("dana ruiz@acme.example") is None
    True
"""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 controls (tab and newline are decided per use), DEL, the line and paragraph
# separators, and the bidirectional overrides and isolates that can disguise text
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_BREAKS = re.compile(r"[\r\n\t\u2028\u2029\x0b\x0c\x85]+")
# RFC 5321 limits: local part 64 octets, the whole address 254
_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")


def clean_line(text: str, limit: int = 998) -> str:
    """One line of text: breaks become spaces, controls go, spaces fold, at most `limit`
    characters (cut with an ellipsis)."""
    text = _BREAKS.sub(" ", text)
    text = " ".join(_CONTROLS.sub("", text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def clean_text(text: str) -> str:
    """Text of several lines: line breaks kept (as \\n), tabs kept, other controls gone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    return _CONTROLS.sub("", text.replace("\u2029", "\n\n"))


def clean_name(name: str | None, limit: int = 100) -> str | None:
    """A display name fit for a header, or None when nothing printable is left."""
    if name is None:
        return None
    cleaned = clean_line(name, limit).strip(" \"'")
    return cleaned or None


def clean_address(value: str | None) -> str | None:
    """A lower-cased addr-spec (`local@domain`), or None if `value` is not exactly one.

    Takes what calendar files and headers really hold: a `mailto:` prefix (any case, quoted or
    not), angle brackets and surrounding spaces. Refuses spaces or controls inside, two
    addresses, quoted local parts, IP-literal domains, and anything over RFC 5321's lengths.
    """
    if value is None:
        return None
    text = value.strip().strip("\"'").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:].strip().strip("\"'").strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].strip()
    if len(text) > 254 or text.count("@") != 1:
        return None
    local, domain = text.split("@")
    if not local or len(local) > 64 or not _LOCAL.fullmatch(local):
        return None
    domain = domain.lower().rstrip(".")
    try:
        domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        return None
    labels = domain.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        return None
    if labels[-1].isdigit():
        return None  # a bare IP address is no one's mailbox
    return f"{local.lower()}@{domain}"


def printable(text: str) -> bool:
    """True when `text` holds no control or format character at all."""
    return not any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\t\n" for c in text)


# A message's text keeps a message it forwards after this line (daemon/parse.py, `new_text`).
FORWARD_LINE = "---------- Forwarded message ---------"


def own_words(text: str) -> str:
    """The part of a message's text its sender wrote, without a message it forwards."""
    return text.split(FORWARD_LINE, 1)[0]
