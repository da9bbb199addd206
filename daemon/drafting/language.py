"""Which language a thread is written in, decided as people decide it: the language the user
wrote in the thread, else the language the other side wrote in; English when neither says.

A message's own words are read, not what it quotes (`Message.text` has quoted replies cut;
a forwarded or Outlook-style header and what follows it is cut here too), nor its signature,
nor a legal footer ("This email is confidential...", "Sitz der Gesellschaft..."). Its language
is the one whose short function words ("the", "vous", "und", daemon/infer/lang/*.py) it uses
most, when that language clearly leads: at least `MIN_HITS` of them, and `LEAD` times as many
as the next. A message that mixes two languages evenly, or is too short, decides nothing.

Example::

    >>> text_language("Bonjour Chloé, merci pour votre message, je serai là jeudi.")
    'fr'
    >>> text_language("Vielen Dank für die Einladung, der Termin passt mir gut.")
    'de'
    >>> text_language("Thanks!") is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from daemon.infer import lang
from daemon.infer.annotate import split_signature
from daemon.model import Message, ThreadFacts

MIN_HITS = 3
LEAD = 1.5
ENGLISH = "en"

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)  # "d'un" is "d" and "un": French elisions count
_FOOTER = re.compile(
    r"confidential|intended (recipient|solely|only)|disclaimer|privileged|unsubscribe|"
    r"privacy (policy|notice)|registered (office|in)|company (number|registration)|"
    r"if you (have )?received this|this (e-?mail|message) (and|is|may|contains)|"
    r"sitz der gesellschaft|gesch[äa]ftsf[üu]hr|amtsgericht|handelsregister|registergericht|"
    r"\bhrb\b|ust-?id|vertraulich|confidentiel|ce (courriel|message) (et|est|peut)|"
    r"si[èe]ge social|\brcs\b|aviso de (privacidad|confidencialidad)|confidencial|"
    r"este (correo|mensaje) (y|es|puede|contiene)|"
    r"(esta mensagem|este e-?mail) (e|é|pode|contém)",
    re.IGNORECASE,
)
# a header block that starts a forwarded or quoted message the quote cutter left in
_QUOTED_BLOCK = re.compile(
    r"^\s*(-{3,}\s*(original|forwarded|urspr[üu]ngliche|message d'origine|mensaje "
    r"original|mensagem original|mensagem encaminhada)[^\n]*|"
    r"(from|von|de|da|fra|från)\s*:\s.*@.*)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


_NAMES = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "sv": "Swedish",
}


def language_name(code: str) -> str:
    """'Italian' for 'it'; the code itself for a language without a name here."""
    return _NAMES.get(code, code)


@cache
def _function_words() -> dict[str, frozenset[str]]:
    return {w.code: frozenset(w.function_words.split()) for w in lang.LANGUAGES if w.function_words}


def counts(text: str) -> dict[str, float]:
    """How many of each language's function words `text` uses; a word several languages share
    ("de", "la") is split between them, so the words only one language has decide."""
    found: dict[str, float] = {}
    table = _function_words()
    for token in _TOKEN.findall(text.lower()):
        having = [code for code, words in table.items() if token in words]
        for code in having:
            found[code] = found.get(code, 0.0) + 1 / len(having)
    return found


def _ranked(text: str) -> list[tuple[str, float]]:
    return sorted(counts(text).items(), key=lambda item: -item[1])


def text_language(text: str) -> str | None:
    """The language `text` is written in, or None when it is too short or mixed to say."""
    ranked = _ranked(text)
    if not ranked or ranked[0][1] < MIN_HITS:
        return None
    if len(ranked) > 1 and ranked[0][1] < LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def looks_like(text: str, code: str) -> bool:
    """A short piece of the user's own text (a line of their profile) reads as language `code`:
    it uses more of that language's function words than any other's."""
    ranked = _ranked(text)
    if not ranked or ranked[0][0] != code:
        return False
    return len(ranked) == 1 or ranked[0][1] > ranked[1][1]


def own_words(msg: Message) -> str:
    """What the message itself says: no quoted part, no signature, no legal footer."""
    text = msg.text
    block = _QUOTED_BLOCK.search(text)
    if block is not None:
        text = text[: block.start()]
    text, _ = split_signature(text, msg.sender.name if msg.sender else None)
    paragraphs = re.split(r"\n\s*\n", text)
    return "\n\n".join(p for p in paragraphs if not _FOOTER.search(p))


def message_language(msg: Message) -> str | None:
    """The language of the message's own words, or None when they do not say."""
    return text_language(own_words(msg))


def thread_language(facts: ThreadFacts | None, mine: Iterable[str]) -> str:
    """The language to reply in: what the user's own messages in the thread say together (a
    short "Lundi 10 h, parfait! Thanks for getting back to me" after a letter in French is
    French), else the user's latest that says, else the other side's latest (a person's, not a
    notice's), else what the thread's messages and subjects say all together (a calendar
    invite's few words), else English."""
    if facts is None:
        return ENGLISH
    me = {e.lower() for e in mine}
    messages = list(reversed(facts.thread.messages))
    own = [m for m in messages if m.sender is not None and m.sender.email.lower() in me]
    theirs = [
        m
        for m in messages
        if m.sender is not None and m.sender.email.lower() not in me and not m.automated
    ]
    if (yours := text_language("\n".join(own_words(m) for m in own))) is not None:
        return yours
    for group in (own, theirs):
        for msg in group:
            found = message_language(msg)
            if found is not None:
                return found
    # no person's message says: every message's words together, a calendar's notice too (the
    # language its sender's calendar writes in: "Über Ihren Computer … teilnehmen")
    together = "\n".join(
        [m.subject for m in messages]
        + [own_words(m) for m in messages]
        + [ev.description for m in messages for ev in m.events]
    )
    return text_language(together) or ENGLISH
