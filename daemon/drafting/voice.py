"""How the user speaks to one person, read from the thread: the greeting and the sign-off.

The user who wrote "Hi Kate," and signed "Best," to someone gets a draft that does the same;
someone the user addressed as "Dear Dr. Osei" is greeted so again; the name greeted is the one
the person signs with ("Kate", "Mary Ann") when it is a form of their own name. With nothing to
go on the draft says "Dear <first name>," and "Best regards,". Pure: a thread in, words out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from daemon.infer.people import first_name, full_name
from daemon.model import Address, Message, ThreadFacts

_TITLES = ("dr", "prof", "professor", "mr", "mrs", "ms", "mx", "dame", "sir")
_OPENING = re.compile(
    r"^\s*(dear|hi|hello|hey)\s+((?:(?:dr|prof|mr|mrs|ms|mx)\.?\s+)?[^\W\d_][\w'’-]*"
    r"(?:\s+[^\W\d_][\w'’-]*)?)\s*(?:[,!:–—]|\s-\s|$)",
    re.IGNORECASE,
)
# sign-offs a professional note can repeat; a casual one ("Cheers", "xx") is not copied
_SIGN_OFF = re.compile(
    r"^\s*(best|best regards|kind regards|regards|warm regards|warmest regards|best wishes|"
    r"many thanks|thanks|thank you|thanks again|thanks so much|with thanks|all the best|"
    r"sincerely|yours sincerely|warmly|with best wishes)\s*[,.!]?\s*$",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"^[-–—~\s]*([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)\s*$")
DEFAULT_SIGN_OFF = "Best regards,"


@dataclass(frozen=True)
class Voice:
    """The first and last words of a note to one person."""

    greeting: str  # "Hi Kate,"
    sign_off: str  # "Best,"


def voice_for(to: Address, facts: ThreadFacts | None, mine: Iterable[str]) -> Voice:
    """The greeting and sign-off for a note to `to`, from how the user wrote to them in the
    thread (`mine`: the user's addresses)."""
    me = {e.lower() for e in mine}
    messages = facts.thread.messages if facts is not None else ()
    sent = [m for m in messages if m.sender is not None and m.sender.email.lower() in me]
    to_them = [m for m in sent if to.email in {a.email for a in m.recipients()}]
    theirs = [m for m in messages if m.sender is not None and m.sender.email == to.email]
    name = signed_name(to, theirs) or _titled(to) or first_name(to)
    word, written = "Dear", None
    for m in reversed(to_them):
        opening = _opening(m.text)
        if opening is not None and _is_them(opening[1], to, name):
            word, written = opening
            break
    if written is not None and written == written.lower():
        written = " ".join(w[:1].upper() + w[1:] for w in written.split())  # "hi jamal"
    shown = written or name
    greeting = f"{word} {shown}," if shown else f"{word} [add: their name],"
    return Voice(greeting, _sign_off(to_them) or _sign_off(sent) or DEFAULT_SIGN_OFF)


def signed_name(to: Address, theirs: Iterable[Message]) -> str | None:
    """The name `to` signs their messages with, when it is a form of their own name: 'Kate'
    for Katherine Ames, 'Mary Ann' for Mary Ann Lee (whose first word alone is not it)."""
    words = (full_name(to) or "").split()
    for m in reversed(list(theirs)):
        signed = _signed(m.text)
        if signed is None:
            continue
        parts = signed.split()
        if len(parts) == 2:
            # "Mary Ann" of "Mary Ann Lee"; "Owen Sinclair" is a full name, greeted "Owen"
            if len(words) >= 3 and [p.lower() for p in parts] == [w.lower() for w in words[:2]]:
                return signed
            continue
        if _form_of(parts[0], words, to.email):
            return parts[0]
    return None


def _titled(to: Address) -> str | None:
    """'Dr Sim' for a display name that starts with a title ('Dr Andrew Sim')."""
    words = (full_name(to) or "").split()
    if len(words) >= 2 and words[0].rstrip(".").lower() in _TITLES:
        return f"{words[0]} {words[-1]}"
    return None


def _signed(text: str) -> str | None:
    lines = [ln.strip() for ln in text.splitlines()]
    for i in range(len(lines) - 1, -1, -1):
        if _SIGN_OFF.match(lines[i]):
            rest = [ln for ln in lines[i + 1 :] if ln]
            if rest:
                found = _SIGNED.match(rest[0])
                return found.group(1) if found else None
            return None
    return None


def _form_of(word: str, name_words: list[str], email: str) -> bool:
    """`word` is a name of this person: a word of their name, the start of their address, or
    a short form of their first name ('Kate' of 'Katherine', 'Alex' of 'Alexandra')."""
    low = word.lower()
    if low in {w.lower().strip(",") for w in name_words}:
        return True
    local = re.split(r"[._-]", email.split("@", 1)[0])[0].lower()
    if len(low) >= 3 and local == low:
        return True
    first = name_words[0].lower() if name_words else ""
    return len(low) >= 3 and first.startswith(low[:3]) and len(low) < len(first)


def _opening(text: str) -> tuple[str, str] | None:
    for line in text.splitlines():
        if not line.strip():
            continue
        found = _OPENING.match(line)
        if found is None:
            return None
        word = found.group(1).capitalize()
        return ("Hi" if word == "Hey" else word), found.group(2).strip()
    return None


def _is_them(written: str, to: Address, name: str | None) -> bool:
    """The name in the user's greeting is this person's ('Dr. Osei', 'Kate'), not another's."""
    parts = written.replace(".", ". ").split()
    plain = [p for p in parts if p.rstrip(".").lower() not in _TITLES]
    if not plain or len(plain) > 2:
        return False
    words = (full_name(to) or "").split() + ([name] if name else [])
    return _form_of(plain[0], words, to.email) or (
        name is not None and plain[0].lower() == name.split()[0].lower()
    )


def _sign_off(messages: list[Message]) -> str | None:
    for m in reversed(messages):
        for line in reversed(m.text.splitlines()):
            found = _SIGN_OFF.match(line)
            if found:
                words = found.group(1)
                return words[0].upper() + words[1:].lower() + ","
    return None
