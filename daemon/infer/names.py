"""What reads as a person's name, and the people met whose address is nowhere in the mailbox.

met.py finds the names a meeting's words give for its people ("you'll meet Sam Ito", an
itinerary's "10:45  Jo Park, CPO"); those that nobody in the thread answers to are kept here
when they read as a person's (two or three capitalised words that are not a day, a role, a
team, a place, a time zone or an organisation the mailbox knows) and when no thread gives an
address for them either (`Known`). Each is tied to the meeting it was named for, with who
arranged it: the one to ask for the address.

Example::

    >>> person_like("Sam Ito"), person_like("Customer Success"), person_like("AM ET")
    (True, False, False)
    >>> written_names(["You'll meet Sam Ito - Designer, Payments", "Frau Kraus"], {}, "")
    ['Sam Ito', 'Frau Kraus']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from daemon.infer import lang, titles
from daemon.infer.parties import lookup, without_title
from daemon.model import Address, Meeting, Message

if TYPE_CHECKING:
    from daemon.infer.met import People

_NAME = re.compile(rf"{titles.before_name()}*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){{0,3}}")

# not at the dot of a title: "Frau Mag. Katharina Hofer", "Eng.º Rui Pacheco"
_PIECES = re.compile(rf"\s*(?:[\n,;:()/|–—•·]|\s-\s|{titles.not_after_abbreviation()}[.ºª]+\s)\s*")
# words that make a run of capitalised words something other than a person's name: teams,
# places, organisations, roles, parts of a day and time zones
_NOT_A_NAME = frozenset(
    re.findall(
        r"[\w'’-]+",
        """team teams group labs lab inc ltd llc plc gmbh ag sa co corp company university college
        school academy hospital clinic trust bank health office department dept talent
        recruiting recruitment people chief officer president partner partners senior principal
        staff the our your and for with from via video call zoom google meet microsoft webex
        interview interviews panel room building floor street road avenue campus centre center
        house hall suite level reception lobby tower park plaza square morning afternoon
        evening today tomorrow week next this please thanks thank regards best hi hello dear
        kind warm cheers board committee council ministry agency services service solutions
        systems technologies technology global international consulting holdings foundation
        institute customer customers success platform payments data critical care adult
        nursing finance transformation operations product products marketing sales design
        support engineering technical business development strategy risk audit tax legal
        compliance clinical medical pharmacy ward unit account accounts client clients general
        corporate deputy counsel secretary assistant coordinator recruiter leadership executive
        human resources capital acquisition research science analytics digital innovation
        teamleiter teamleiterin leiter leiterin leitung abteilung geschäftsführer
        geschäftsführerin personal équipe responsable directeur directrice ressources humaines
        equipo jefe jefa gerente director directora coordinador coordinadora recursos humanos
        area área time standard daylight summer winter eastern western central pacific
        mountain atlantic british european greenwich universal coordinated operational
        excellence programme program graduate scheme network planning procurement supply chain
        logistics quality safety culture change delivery portfolio insights experience
        communications relations partnerships enablement head regulatory zeit sommerzeit
        normalzeit mitteleuropäische westeuropäische osteuropäische heure hora horário""",
    )
)


def bare(name: str) -> str:
    """A name without its title: 'Dr. Jo Park' -> 'Jo Park'."""
    return " ".join(without_title(name.strip()).split())


def person_like(name: str) -> bool:
    """Two or three capitalised words that are not a day, a month, an acronym, a role or a
    team ("Sam Ito", "Mary-Jo O'Neil"; not "Acme Labs", "Customer Success", "AM ET")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or lang.pattern("title_heads").search(name):
        return False
    return _name_words(words)


# a post's "of": the capitalised words after it name a department or a field, not a person
_POST_OF = re.compile(
    r"\b(?:(?:head|director|manager|dean|chair|vp|vice president|lead|chief|officer|professor|"
    r"department|faculty|school|office|team)\s+of\s+(?:the\s+)?"
    # "Diretora da Academia Boavista Mútua", "Jefa del Área de Compras", "Directrice des Soins"
    r"|(?:diretora?|directora?|directeur|directrice|responsável|responsable|gerente|jef[ea]|"
    r"chefe|coordenadora?|coordinadora?|coordinat(?:eur|rice)|presidente?|leiter(?:in)?)\s+"
    r"(?:de la|de l['’]|del|de|da|do|das|dos|des|du|der|für)\s*)$",
    re.I,
)


# a surname in capitals after a name or a title: "Helga BRANDT", "Mr Luca RINALDI", "Ms POPESCU"
_SHOUTED = re.compile(r"(?<=[a-zà-ÿ.]\s)[A-ZÀ-Ý]{3,}(?:-[A-ZÀ-Ý]{2,})?\b")


_BRACKETED = re.compile(r"\(([^()\n]{1,80})\)")


def written_names(spans: Iterable[str], directory: dict[str, Address], own_name: str) -> list[str]:
    """The persons' names written in `spans` (the words around a meeting's cues) that the
    thread's `directory` does not know, and that are not the user's (`own_name`). A name stops
    at a line's end and at punctuation ("Jo Park - Designer, Payments"); a title and a surname
    is a name too ("Frau Kraus")."""
    found: dict[str, str] = {}
    # "Tom Brennan (Director, Africa Expansion)": a post in brackets after a name is no one
    posts = lang.pattern("title_heads")
    spans = [
        _BRACKETED.sub(lambda m: "" if posts.match(m.group(1)) else m.group(0), s) for s in spans
    ]
    pieces = [p for span in spans for p in _PIECES.split(span) if p.strip()]
    for piece in pieces:
        # "Ms Helga BRANDT", as European institutions write a surname: "Helga Brandt"
        piece = _SHOUTED.sub(lambda m: m.group(0).title(), piece)
        for m in _NAME.finditer(piece):
            if _POST_OF.search(piece, 0, m.start()):
                continue  # "Head of Sixth Form": what someone heads, not who
            written = " ".join(m.group(0).split())
            name = bare(written)
            titled = name != written and len(name.split()) == 1
            if (
                (person_like(name) or (titled and _name_words([name])))
                and lookup(name, directory) is None
                and name.lower() != own_name.lower()
            ):
                found.setdefault(name.lower(), written if titled else name)
    mine = own_name.lower().split()[:1]
    for span in spans:
        for m in _FIRST_NAME_WITH_ROLE.finditer(span):
            first = m.group(1)
            if re.search(r"[A-ZÀ-Ý][\w'’-]*\s+$", span[: m.start(1)]):
                continue  # "Sam Ito, our analytics lead": the end of a full name, read above
            unknown = lookup(first, directory) is None and [first.lower()] != mine
            if unknown and _name_words([first]):
                found.setdefault(first.lower(), first)
    return list(found.values())


# a first name alone, said with where the person works: "Mikkel from our Product team", "a
# Fernanda, nossa designer sênior", "Tomás, our VP of Risk"
_FIRST_NAME_WITH_ROLE = re.compile(
    r"(?<![\w.'’-])([A-ZÀ-Ý][a-zà-ÿ'’-]+)(?=\s+(?:from|of) (?:our|the) (?:[\w&-]+ ){0,2}"
    r"(?:team|department|side)\b|,\s+(?:our|my|nossa|nosso|notre|nuestra|nuestro|unsere?|unser)"
    r"\s+\w)"
)


# German capitalises its nouns: "Rundgang Prüffeld", "Bereichs Vorentwicklung" are no names
_GERMAN_NOUN = re.compile(
    r"(?:ung|keit|heit|schaft|tion|gang|feld|werk|halle|bereichs?|zentrum|raum|platz|stra(?:ß|ss)e"
    r"|technik|gespräch|termin)$"
)


def _name_words(words: list[str]) -> bool:
    days = set(lang.table("weekdays")) | set(lang.table("months"))
    return all(
        w[:1].isupper()
        and not w.isupper()
        and len(w.strip("'’-")) > 1
        and w.lower() not in _NOT_A_NAME
        and w.lower() not in days
        and not any(ch.isdigit() for ch in w)
        and not (len(w) >= 8 and _GERMAN_NOUN.search(w.lower()))
        and not _BRAND_CAPITAL.search(w)
        for w in words
    )


# a capital inside a word, as products and companies write it ("ActivPanel", "LinkedIn",
# "PowerPoint"); not as names do after a prefix ("McAllister", "MacLeod", "DeShawn", "O'Neil",
# "FitzGerald", "LeBlanc", "DiMaggio", "VanDyke")
_BRAND_CAPITAL = re.compile(
    r"^(?!(?:Mc|Mac|Fitz|De|Di|Da|Du|Le|La|Van|Von|St)[A-ZÀ-Ý])[A-ZÀ-Ý]?[a-zà-ÿ]+[A-ZÀ-Ý]"
)


def with_unknown(people: People, meetings: list[Meeting]) -> list[Meeting]:
    """Each meeting with the people named for it whose address is nowhere in the mailbox, and
    who arranged it (to ask them for it).

    A name belongs to the next meeting held after the message that gives it. The arranger is
    that message's writer when a person (not a scheduler), else the invitation's organizer,
    else the thread's recruiter, coordinator or assistant."""
    held = sorted((m for m in meetings if m.status in ("done", "scheduled")), key=_start_of)
    if not held:
        return meetings
    found: dict[int, tuple[dict[str, str], Message]] = {}
    for msg in people.thread.messages:
        if msg.sender is None or people.me.sent_by_me(msg) or msg.bulk:
            continue
        target = next((i for i, m in enumerate(held) if m.start >= msg.date), None)
        if target is None:
            continue
        met = {a.name.lower() for a in held[target].attendees if a.name}
        texts = [people.notes(msg).body] + [ev.description for ev in msg.events]
        for name in (n for text in texts for n in people.unknown_in(text)):
            if _among(bare(name).lower(), met):
                continue
            names = found.setdefault(target, ({}, msg))[0]
            names.setdefault(bare(name).lower(), name)
            found[target] = (names, msg)
    out = []
    for m in meetings:
        i = next((i for i, h in enumerate(held) if h is m), None)
        if i is None or i not in found:
            out.append(m)
            continue
        names, msg = found[i]
        out.append(
            replace(
                m,
                unknown=tuple(names.values()),
                arranged_by=_arranger(people, msg),
                unknown_evidence=f"{msg.message_id} names them; no address for them anywhere",
            )
        )
    return out


def _among(name: str, met: set[str]) -> bool:
    """`name` is one of the people met: written whole, or as the given names after a family
    name written first ("Wei Ming" of "Tan Wei Ming")."""
    return name in met or (" " in name and any(m.endswith(" " + name) for m in met))


@dataclass(frozen=True)
class Known:
    """What the whole mailbox knows: the names it gives an address for (lower case, whole and
    as first and last word), their last words, and the words of its organisations' domains.
    Only asked by membership (daemon/incremental.py traces each question)."""

    names: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    orgs: frozenset[str] = frozenset()

    @classmethod
    def of(cls, names: Iterable[str], orgs: Iterable[str]) -> Known:
        found = frozenset(names)
        return cls(found, frozenset(k.split()[-1] for k in found if k.strip()), frozenset(orgs))

    def has(self, name: str) -> bool:
        """The mailbox gives an address for this name: written whole, as first and last word
        ("Sam J. Ito"), or as a title and a surname ("Frau Kraus": a known Miriam Kraus)."""
        written = bare(name).lower()
        words = written.split()
        if not words:
            return False
        if written in self.names or f"{words[0]} {words[-1]}" in self.names:
            return True
        return len(words) == 1 and words[0] in self.surnames


def _arranger(people: People, msg: Message) -> Address | None:
    """Who to ask: the writer of the message that named them, when a person who does not only
    notify, else the thread's latest recruiter, coordinator or assistant."""
    sender = msg.sender
    if sender is not None and not msg.automated and people.person(sender.email):
        p = people.parties.get(sender.email)
        return p.address if p else sender
    for ev in msg.events:
        org = ev.organizer
        if org is not None and people.person(org.email, org.name):
            p = people.parties.get(org.email)
            return p.address if p else Address(org.email, org.name)
    ranked = sorted(
        (
            (_ARRANGERS.index(p.role), email)
            for email, p in people.parties.items()
            if p.role in _ARRANGERS and people.person(email)
        ),
    )
    return people.parties[ranked[0][1]].address if ranked else None


_ARRANGERS = ("coordinator", "assistant", "recruiter", "hr")


def _start_of(m: Meeting) -> datetime:
    return m.start
