"""The drafts' words in the languages we write besides English, one module per language.

English is written by the kinds themselves (daemon/followups/). A language module here defines
`TONGUE = Tongue(...)`: its name, how it writes a day, how it greets and signs off, and one
function per kind that turns a `Note` (everything a note says, worked out without words by
daemon/drafting/foreign.py) into the draft's text, built as DOMAIN.md says a note is built.
This package finds every module beside it: adding a language is adding a file and its tests.

How the user greets a person is read from the thread, as daemon/drafting/voice.py does for
English: the greeting the user last wrote to them, when it names them, is written again; else
the language's formal greeting, with their title when the thread gives it ("Frau Doğan",
"Madame Lapointe"), else with their name alone. The user's own sign-off in that language is
kept when it is a professional one; else the language's usual one.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Literal

from daemon.drafting.given_names import gender_of, name_parts
from daemon.drafting.language import own_words
from daemon.drafting.voice import (
    Voice,
    asked_name,
    in_given_order,
    name_words,
    named_by_signature,
    role_mailbox,
    signed_name,
    written_given_name,
)
from daemon.infer.people import first_name, full_name
from daemon.model import Address, Message, ThreadFacts

Gender = Literal["f", "m"]
# who an opening line greets, after its first words: a name of one or two words, perhaps after a
# title ("Frau Lehmann", "Dra. Reyes", "Carla"), then the greeting's end ("Hola Carla! Claro, ...")
GREETED = (
    # courtesy and professional titles: "Lic. Zepeda", "Ing. Lara", "Eng.º Pacheco", "Dr.ª Matos"
    r"((?:(?:frau|herr|madame|monsieur|mme|m\.|dr\.?|dra\.?|sra?\.|señora?|don|doña|lic\.|ing\.|"
    r"arq\.|mtr[oa]\.|c\.p\.|eng\.?[ºª]?|dr\.?[ºª]|prof\.?[ºª]?|enf\.?[ºª]?)\s+)?"
    r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*(?:[,!:;]|$)"
)


@dataclass(frozen=True)
class Note:
    """What one note says, in no language: the kind's words are the language module's."""

    greeting: str
    sign_off: str
    signature: str
    company: str | None
    role: str | None
    check_in: date  # the day the user will check in again (five business days on)
    later: date  # a networking touch's next one (some weeks on)
    reasons: tuple[str, ...] = ()  # the user's reasons, when written in this language
    update: str | None = None  # the user's recent update, when written in this language
    # the meeting's day (thank-you, networking, ask for address), and the day it is drafted
    met: date | None = None
    today: date | None = None
    occasion: str = "interview"  # daemon/followups/occasion.py's Occasion
    rejected: bool = False
    told: bool = True  # the decision came from them ("thank you for letting me know")
    promised: date | None = None  # news promised by this day (a callback; a thank-you's since)
    take_home: bool = False
    referral: bool = False
    late: bool = False
    turn: int = 0  # the person's place among the people met: picks among ways of saying it
    introducer: str | None = None
    session: str = ""  # what a group session or a trial was called, as the thread says it
    sent: date | None = None  # an application's day
    about: str = ""  # an application's subject
    said: date | None = None  # an own promise's day, and the day promised
    by: date | None = None
    promise_text: str = ""
    names: tuple[str, ...] = ()  # the people whose address is asked for
    familiar: bool = False  # "tu"/"du"/"tú", as the user writes to them (a kind in familiar_kinds)


Body = Callable[[Note], str]


@dataclass(frozen=True)
class Tongue:
    """One language we write drafts in."""

    code: str  # "fr", as daemon/infer/lang names it
    name: str  # "French", as the digest and the lint say it
    weekday_date: Callable[[date], str]  # "jeudi 12 mars"
    bodies: Mapping[str, Body]  # a kind's name -> its words
    # an opening line of a note: group 1 its words ("Sehr geehrte"), group 2 who it greets
    opening: re.Pattern[str]
    sign_offs: re.Pattern[str]  # a professional sign-off line the user's own may be
    # (gender or None, first name, last name or None) -> the greeting with nothing to go on
    greet: Callable[[Gender | None, str | None, str | None], str]
    sign_off_for: Callable[[str], str]  # the greeting -> the usual sign-off after it
    titles: Mapping[Gender, tuple[str, ...]] = field(default_factory=dict)  # "frau", "mme"
    # the job nouns of a woman's and a man's signature ("Leiterin Netzbetrieb", "Directora de
    # Talento"), for a language whose job nouns say it: how to greet someone no one titled
    roles: Mapping[Gender, re.Pattern[str]] = field(default_factory=dict)
    after_sign_off: str = ","  # German signs off with no comma: "Mit freundlichen Grüßen"
    after_greeting: str = ","  # Spanish greets with a colon: "Estimada Ana:"
    # (the word the user greeted them with, the name as written) -> the greeting written again
    reuse: Callable[[str, str], str] = lambda word, name: f"{word} {name},"
    # the drafts say "vous"/"Sie"/"usted"; the user's own words to a person that say the
    # familiar "tu"/"du"/"tú" and never the formal one make the lint ask to change it
    familiar: re.Pattern[str] = re.compile(r"(?!x)x")
    formal: re.Pattern[str] = re.compile(r"(?!x)x")
    familiar_word: str = ""  # "tu"
    familiar_kinds: frozenset[str] = frozenset()  # the kinds also written in the familiar form
    formal_word: str = ""  # "vous"
    hello: str = ""  # the greeting word of a note in the familiar form ("Hola"), with `reuse`
    familiar_sign_off: str = ""  # its sign-off ("Un abrazo,"), when the user has none of theirs
    # a professional title the thread gives them before their name ("Ing.", "Lic."), and the
    # greeting with it ("Buen día, Ing. Zepeda:"): said so when the user never greeted them
    professional: re.Pattern[str] | None = None
    greet_titled: Callable[[str, str], str] = lambda title, surname: f"{title} {surname},"
    # an academic title said with the surname in the greeting, when the thread gives it ("Sehr
    # geehrter Herr Dr. Hufnagel,")
    academic: re.Pattern[str] | None = None
    # the greeting of a team's shared mailbox that no one signs for ("Sehr geehrte Damen und
    # Herren,")
    to_team: str = ""
    # the words of an opening that greets by first name as colleagues do ("Hallo Jonas", "Olá
    # Vanessa"), and the word a note greets them back with when they write so ("Hallo")
    casual: frozenset[str] = frozenset()
    casual_word: str = ""
    # a greeting by title alone, as formal letters open ("Madame,", "Exma. Senhora,")
    by_title: re.Pattern[str] | None = None


@cache
def tongues() -> dict[str, Tongue]:
    """Every language we write besides English, by code."""
    found: dict[str, Tongue] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        tongue = getattr(module, "TONGUE", None)
        if not isinstance(tongue, Tongue):
            raise TypeError(f"{module.__name__} defines no TONGUE = Tongue(...)")
        found[tongue.code] = tongue
    return found


def tongue(code: str) -> Tongue | None:
    """The language `code` when we write drafts in it (English is None: the kinds write it)."""
    return tongues().get(code)


def said_day(n: Note, today: str, yesterday: str, dated: Callable[[date], str]) -> str:
    """The meeting's day as a note says it: the language's `today` or `yesterday`, else its
    date as `dated` writes it ('el jueves 12 de marzo')."""
    assert n.met is not None
    if n.today is not None and n.met == n.today:
        return today
    if n.today is not None and (n.today - n.met).days == 1:
        return yesterday
    return dated(n.met)


def reasons_list(n: Note, leads: tuple[str, str, str], fewer: str) -> str:
    """The user's reasons (up to three, as bullets) under one of `leads` by the person's turn;
    the third lead counts three, so with fewer reasons `fewer` stands in for it."""
    lead = leads[n.turn % 3]
    reasons = n.reasons[:3]
    if len(reasons) != 3 and lead == leads[2]:
        lead = fewer
    return lead + "\n" + "\n".join(f"- {r}" for r in reasons)


def letter(n: Note, *parts: str) -> str:
    """The note: greeting, its parts (an empty one, with nothing to say, left out), sign-off and
    signature."""
    kept = [p for p in parts if p]
    return "\n\n".join([n.greeting, *kept, n.sign_off + "\n" + n.signature]) + "\n"


def listing(names: Iterable[str], word: str) -> str:
    """'A', 'A and B', 'A, B and C' with the language's `word` for 'and'."""
    items = list(names)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


def voice_in(
    t: Tongue,
    to: Address,
    facts: ThreadFacts | None,
    mine: Iterable[str],
    familiar: bool = False,
) -> Voice:
    """The greeting and sign-off for a note to `to` in language `t`, from the thread; a note in
    the familiar form greets them so ("Hola, Ana Paula:") when the user never greeted them."""
    me = {e.lower() for e in mine}
    messages = facts.thread.messages if facts is not None else ()
    sent = [m for m in messages if m.sender is not None and m.sender.email.lower() in me]
    to_them = [m for m in sent if to.email in {a.email for a in m.recipients()}]
    theirs = [m for m in messages if m.sender is not None and m.sender.email == to.email]
    if role_mailbox(to):  # "Karriere-Team", "Recrutamento": greet whoever signs for it
        signer = _signer(t, theirs)
        if signer is None and t.to_team and _greeting_used(t, to, to_them, None, theirs) is None:
            sign_off = _sign_off_used(t, to_them) or t.sign_off_for(t.to_team)
            return Voice(t.to_team, sign_off)
        if signer is not None:
            to = Address(to.email, signer)
    to = named_by_signature(in_given_order(to, messages), theirs)
    first = (
        asked_name(theirs)
        or _signed(t, to, theirs)
        or signed_name(to, theirs)
        or written_given_name(to, messages)
        or first_name(to)
    )
    greeting = _greeting_used(t, to, to_them, first, theirs)
    if greeting is None and familiar and t.hello and first:
        greeting = t.reuse(t.hello, first)
    if greeting is None and not familiar and (titled := _professional(t, to, messages)):
        greeting = t.greet_titled(*titled)
    if greeting is None and first and _greets_casually(t, theirs, sent):
        # "Olá Vanessa," to the user: "Olá, Patrícia," back, unless the thread titles her
        words = name_words(to)
        if len(words) < 2 or _titled(t, words, list(messages)) is None:
            greeting = t.reuse(t.casual_word, first)
    if greeting is None:
        given, last = name_parts(full_name(to) or "")
        if given and first and first.upper() == first != given:  # "SATO": the surname shown first
            first = given
        g = gender(t, to, messages) or (gender_of(given) if given and last else None)
        if g is not None and last and (title := _academic(t, to, messages)):
            last = f"{title} {last}"
        greeting = t.greet(g, first, last)
    # a sign-off the user wrote to someone else may be a friend's ("Un abrazo"): not reused
    # ... and with no sign-off of theirs to this person, the user's own formal one to others in
    # the thread ("Com os melhores cumprimentos," in Portugal), before a default
    sign_off = _sign_off_used(t, to_them) or (
        t.familiar_sign_off
        if familiar and t.familiar_sign_off
        else _sign_off_used(t, sent, formal=True) or t.sign_off_for(greeting)
    )
    return Voice(greeting, sign_off)


def _opening(t: Tongue, m: Message) -> tuple[str, re.Match[str] | None]:
    """A message's first line, and the greeting of language `t` it opens with, if any."""
    line = next((ln.strip() for ln in m.text.splitlines() if ln.strip()), "")
    return line, t.opening.match(line)


def _greets_casually(t: Tongue, theirs: list[Message], sent: list[Message]) -> bool:
    """Their latest opening greets the user by first name alone, as colleagues do ("Hallo
    Jonas,", "Olá, Vanessa!"): a note greets them back the same way."""
    mine = {w.lower() for m in sent if m.sender and m.sender.name for w in m.sender.name.split()}
    for m in reversed(theirs):
        _, found = _opening(t, m)
        if found is None:
            continue
        said = found.group(2).split()
        by_name = len(said) == 1 and (not mine or said[0].lower() in mine)
        return bool(t.casual_word) and found.group(1).lower() in t.casual and by_name
    return False


def _academic(t: Tongue, to: Address, messages: Iterable[Message]) -> str | None:
    """The academic title the thread gives `to` before their surname ("Herrn Dr. Hufnagel",
    "Dr. Stefan Hufnagel"), in a language that greets with it."""
    words = (full_name(to) or "").split()
    if t.academic is None or len(words) < 2:
        return None
    found = re.compile(
        rf"\b({t.academic.pattern})\s+(?:{re.escape(words[0])}\s+)?{re.escape(words[-1])}\b"
    )
    hit = _said_in(found, messages)
    return hit.group(1) if hit else None


def _said_in(found: re.Pattern[str], messages: Iterable[Message]) -> re.Match[str] | None:
    """The first place a message's text, or an invitation's description, says `found`."""
    for m in messages:
        hit = found.search(m.text + "\n" + "\n".join(ev.description for ev in m.events))
        if hit:
            return hit
    return None


def _professional(t: Tongue, to: Address, messages: Iterable[Message]) -> tuple[str, str] | None:
    """The professional title and surname the thread gives `to` ("Ing. Mauricio Zepeda
    Garza" -> ("Ing.", "Zepeda"): the first surname, as Spanish writes to someone; "Ing. Jorge
    Iván Salazar" -> ("Ing.", "Salazar"), past a second given name)."""
    words = (full_name(to) or "").split()
    if t.professional is None or len(words) < 2:
        return None
    found = re.compile(
        rf"\b({t.professional.pattern})\s+{re.escape(words[0])}\s+{re.escape(words[1])}\b"
    )
    hit = _said_in(found, messages)
    surname = words[2] if len(words) > 2 and gender_of(words[1]) is not None else words[1]
    return (hit.group(1), surname) if hit else None


def familiar_with(t: Tongue, to: Address, facts: ThreadFacts | None, mine: Iterable[str]) -> bool:
    """The user writes to `to` in the familiar form in this thread ("du", "tú", "tu"); or, when
    the user's own words say neither form, `to` writes to the user so ("gracias a ti", "te
    escribo") and never formally."""
    if facts is None:
        return False
    me = {e.lower() for e in mine}

    def said(by_user: bool) -> str:
        return "\n".join(
            own_words(m)
            for m in facts.thread.messages
            if m.sender is not None
            and (
                # written to them, not to someone else with them in copy
                (m.sender.email.lower() in me and to.email in {a.email for a in m.to})
                if by_user
                else m.sender.email == to.email
            )
        )

    # a familiar form is only ever said to someone one is on familiar terms with; the formal
    # words are also the plural ("vous", "ihr"/"Sie": 'comment vous avez fait' of a team) and
    # the third person ("Sie" is 'they'): beside a familiar form they are not the register
    ours = said(True)
    if t.familiar.search(ours) or t.formal.search(ours):
        return bool(t.familiar.search(ours))
    theirs = said(False)
    return bool(t.familiar.search(theirs)) and not t.formal.search(theirs)


def gender(t: Tongue, to: Address, messages: Iterable[Message]) -> Gender | None:
    """Whether the thread calls `to` by a woman's or a man's title ('Frau Doğan', 'Mme
    Lapointe', 'Sra. Reyes'), in language `t`; else whether they sign with a woman's or a man's
    job noun ('Leiterin Netzbetrieb')."""
    words = (full_name(to) or "").split()
    if len(words) < 2:
        return None
    messages = list(messages)
    return _titled(t, words, messages) or _signed_as(t, to, words, messages)


def _signed_as(t: Tongue, to: Address, words: list[str], messages: list[Message]) -> Gender | None:
    """The gender of the job noun under `to`'s own name in their signature ('Petra Schmidt /
    Leiterin Personal'): the few lines after the line that starts with their name."""
    if not t.roles:
        return None
    name = re.compile(rf"^\W*{re.escape(words[0])}\b.*\b{re.escape(words[-1])}\b", re.IGNORECASE)
    for m in messages:
        if m.sender is None or m.sender.email != to.email:
            continue
        lines = [ln.strip() for ln in m.text.splitlines()]
        for i, line in enumerate(lines):
            if not name.match(line):
                continue
            below = "\n".join([line[len(words[0]) :], *lines[i + 1 : i + 3]])
            found = {g for g, nouns in t.roles.items() if nouns.search(below)}
            if len(found) == 1:
                return found.pop()
    return None


def _titled(t: Tongue, words: list[str], messages: list[Message]) -> Gender | None:
    last = re.escape(words[-1])
    text = "\n".join(m.text for m in messages)
    for g, titles in t.titles.items():
        said = "|".join(titles)
        # "Herrn Dr. Hufnagel": an academic title may stand between
        academic = r"(?:(?:prof|dr|mag|dipl\.?-ing|ing)\.\s*)*"
        first = re.escape(words[0])
        if re.search(rf"(?<!\w)(?:{said})\s+{academic}(?:{first}\s+)?{last}\b", text, re.I):
            return g
    return None


def _greeting_used(
    t: Tongue, to: Address, to_them: list[Message], first: str | None, theirs: list[Message]
) -> str | None:
    """The user's latest greeting to `to` that names them ("Liebe Frau Jansen,"), or greets
    them by title alone in a message to them only ("Madame,"), written again; not when they
    have since asked to be called otherwise."""
    names = {w.lower() for w in (full_name(to) or "").split()}
    if first:
        names.add(first.lower())
    local = re.split(r"[._-]", to.email.split("@", 1)[0])[0].lower()
    for m in reversed(to_them):
        line, found = _opening(t, m)
        if asked_name(theirs, after=m.date):
            return None
        if t.by_title and t.by_title.fullmatch(line) and m.recipients() == (to,):
            return line
        if found is None:
            # "Ing. Medina, buenas tardes:", "Lic. Solís:": a title and a surname, then a colon
            titled = _titled_opening(t, line)
            if titled is not None and titled[1].lower() in names:
                return t.greet_titled(*titled)
            continue
        written = found.group(2).strip()
        said = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", written)]
        if said and (set(said) & names or said[-1] == local):
            word = capital(found.group(1).lower())
            return t.reuse(_DAYTIME.get(word.lower(), word), written)
    return None


# a greeting of the evening, written again, is read whenever the draft is sent: the day's own
_DAYTIME = {
    "bonsoir": "Bonjour",
    "buenas noches": "Buenas tardes",
    "boa noite": "Boa tarde",
    "guten abend": "Guten Tag",
    "good evening": "Hello",
}


def _titled_opening(t: Tongue, line: str) -> tuple[str, str] | None:
    """A first line that greets by professional title and surname, as Mexican mail opens ("Ing.
    Medina, buenas tardes:", "Lic. Ana Zepeda:"): the title and the (first) surname."""
    if t.professional is None:
        return None
    word = r"[^\W\d_][\w'’-]+"
    found = re.fullmatch(
        rf"({t.professional.pattern})\s+({word})(?:\s+({word}))?\s*(?:,[^:\n]{{1,30}})?:", line
    )
    if found is None:
        return None
    return found.group(1), found.group(3) or found.group(2)


def _signed(t: Tongue, to: Address, theirs: list[Message]) -> str | None:
    """The name `to` signs with after a sign-off of this language ("Saludos,\nAna Paula"),
    when it is the start of their own name."""
    words = [w.lower() for w in (full_name(to) or "").split()]
    for after in _signed_lines(t, theirs):
        said = after.split()
        if 1 <= len(said) < len(words) and [s.lower() for s in said] == words[: len(said)]:
            return after
    return None


def _signer(t: Tongue, theirs: list[Message]) -> str | None:
    """The full name signed under the latest message from a shared mailbox, after a sign-off
    of this language ("Mit freundlichen Grüßen\nLisa Brandt")."""
    for after in _signed_lines(t, theirs):
        if re.fullmatch(r"[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){1,3}", after):
            return after
    return None


def _signed_lines(t: Tongue, messages: list[Message]) -> Iterator[str]:
    """The line under each message's last sign-off of this language, latest message first."""
    for m in reversed(messages):
        lines = [ln.strip() for ln in m.text.splitlines()]
        marks = [i for i, ln in enumerate(lines) if t.sign_offs.match(ln)]
        if marks:
            yield next((ln for ln in lines[marks[-1] + 1 :] if ln), "")


# a friend's sign-off, never reused for someone else: "Um abraço", "Besos", "Bises", "Cheers"
_FRIENDLY = re.compile(r"abra[çz]|beij|beso|bis(?:es|ous)|kuss|lg\b|cheers|xx", re.IGNORECASE)


def _sign_off_used(t: Tongue, messages: list[Message], formal: bool = False) -> str | None:
    """The user's latest sign-off of language `t` in `messages`; with `formal`, not a friend's."""
    for m in reversed(messages):
        for line in reversed(m.text.splitlines()):
            if t.sign_offs.match(line) and not (formal and _FRIENDLY.search(line)):
                words = line.strip().rstrip(",.!")
                return words + t.after_sign_off
    return None


def capital(text: str) -> str:
    """`text` with its first letter upper case."""
    return text[:1].upper() + text[1:]
