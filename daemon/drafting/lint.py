"""The first lint: catches the follow-up mistakes DOMAIN.md lists, on every draft."""

from __future__ import annotations

import re

from daemon.infer.people import first_name, full_name
from daemon.model import Address, LintFinding

MIN_WORDS = 40
MAX_WORDS = 250
_SLOT = re.compile(r"\[[^\]\n]{1,200}\]")
_CALL_BACK = re.compile(r"\b(call me( back)?|give me a call|ring me|call back)\b", re.IGNORECASE)
_NEGATIVE = re.compile(
    r"\b(disappoint\w*|frustrat\w*|unacceptable|unprofessional|ignored|rude|still haven't heard|"
    r"never heard back|waste of (my )?time)\b",
    re.IGNORECASE,
)
_GIFTS = re.compile(r"\b(flowers|gifts?|chocolates?|hamper|bouquet|gift card)\b", re.IGNORECASE)
_GREETING = re.compile(r"^\s*(dear|hi|hello|hallo|hey)\s+([^,\n]+),", re.IGNORECASE | re.MULTILINE)
_PHONE = re.compile(r"\+?\d[\d\s().-]{6,}\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


def lint_draft(body: str, to: tuple[Address, ...], signature: str) -> tuple[LintFinding, ...]:
    """Findings for one draft; an empty tuple means nothing to fix."""
    found: list[LintFinding] = []
    if len(to) != 1:
        found.append(
            LintFinding(
                "several_recipients",
                f"addressed to {len(to)} people; write to each person separately",
            )
        )
    greeting = _GREETING.search(body)
    if to and greeting:
        expected = first_name(to[0])
        named = greeting.group(2).strip()
        if expected and not _names_them(named, expected, full_name(to[0]) or ""):
            found.append(
                LintFinding("greeting_name", f"greets '{named}' but goes to {to[0].email}")
            )
    elif not greeting:
        found.append(LintFinding("greeting_missing", "no greeting with the person's name"))
    for slot in _SLOT.findall(body):
        found.append(LintFinding("unfilled_slot", f"fill in {slot}"))
    if _CALL_BACK.search(body):
        found.append(
            LintFinding(
                "asks_callback", "asks them to call back; say when you will follow up instead"
            )
        )
    if _NEGATIVE.search(body):
        found.append(LintFinding("negative_tone", "sounds bitter or impatient; keep it positive"))
    if _GIFTS.search(body):
        found.append(LintFinding("gift", "mentions a gift; a note is enough"))
    if not (_PHONE.search(signature) or _EMAIL.search(signature)):
        found.append(
            LintFinding("missing_contact", "the signature has no phone or email; set [user].phone")
        )
    words = len(body.split())
    if words < MIN_WORDS:
        found.append(LintFinding("too_short", f"{words} words; say thanks and one concrete point"))
    elif words > MAX_WORDS:
        found.append(
            LintFinding("too_long", f"{words} words; a minute of their time is all there is")
        )
    return tuple(found)


_TITLES = ("dr", "prof", "professor", "mr", "mrs", "ms", "mx", "dame", "sir")


def _names_them(named: str, expected: str, full: str) -> bool:
    """The greeting names the recipient: their first name, another word of their name ('Dr.
    Osei', 'Hui Ling'), or a short form of their first name they sign with ('Kate')."""
    words = [w for w in named.replace(".", ". ").split() if w.rstrip(".").lower() not in _TITLES]
    if not words:
        return False
    said, first = words[0].lower(), expected.lower()
    if said == first or (len(said) >= 3 and first.startswith(said[:3])):
        return True
    # "Dr. Osei", or a given name that is not the display name's first word ("Hui Ling" of
    # "Chua Hui Ling")
    return said in {w.lower().strip(",") for w in full.split()}
