"""Whether a given name is a woman's or a man's, where the published record agrees; and which
words of a display name are the given name and the surname.

German, French, Spanish and Portuguese greet a stranger by title and surname ("Sehr geehrter
Herr Wagner", "Bonjour Madame Lapointe"), and the title says the person's gender. When the
thread never titles someone, nor signs them with a gendered job noun, their given name is the
last thing to go on: data/given_names.tsv.gz lists the 10,576 names that at least 97% of the
people who bear them share one gender with, across many countries (see
data/build_given_names.py). A name not in it (Andrea, Sascha, Kim, Dominique) says nothing, and
the note greets the person by full name instead.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Literal

Gender = Literal["f", "m"]


@cache
def _names() -> dict[str, Gender]:
    raw = resources.files("daemon.drafting").joinpath("data/given_names.tsv.gz").read_bytes()
    out: dict[str, Gender] = {}
    for line in gzip.decompress(raw).decode("ascii").splitlines():
        name, _, g = line.partition("\t")
        out[name] = "f" if g == "f" else "m"
    return out


def plain(text: str) -> str:
    """Letters without accents: 'José' -> 'Jose', as addresses and the name list spell them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def letters(text: str) -> str:
    """The letters a-z of `text`, lower case and without accents: 'Hans-Peter' -> 'hanspeter',
    'j.frei' -> 'jfrei', to compare a name with an address."""
    return re.sub(r"[^a-z]", "", plain(text.lower()))


def gender_of(given: str) -> Gender | None:
    """The gender nearly everyone named `given` shares ('Michael' m, 'Petra' f), or None. A
    name of several parts ('Jean-Pierre', 'Ana Paula') counts when the parts the list knows
    agree ('Jean' it does not know either way; 'Pierre' it does)."""
    parts = [plain(p.lower()) for p in given.replace("-", " ").split()]
    found = {g for p in parts if (g := _names().get(p)) is not None}
    return found.pop() if len(found) == 1 else None


# the words a surname starts with: "von Arnim", "van der Berg", "de la Cruz", "da Silva"
_PARTICLES = frozenset(
    [
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "du",
        "da",
        "das",
        "dos",
        "la",
        "le",
        "ten",
        "ter",
        "zu",
        "vom",
        "zum",
    ]
)


def given_first(name: str) -> list[str]:
    """The words of a display name, the given name first: 'Ames, Katherine' -> Katherine Ames."""
    if "," in name:
        family, _, given = name.partition(",")
        name = f"{given} {family}"
    return name.split()


def shouted(words: list[str]) -> list[str]:
    """The words of a name written in capitals, when not all are: the surname, as many write it
    ('SATO Kenji', 'MOREAU Isabelle'); none for a name all in capitals."""
    found = [w for w in words if len(w) >= 2 and w.isalpha() and w.isupper()]
    return found if len(found) < len(words) else []


def name_parts(name: str) -> tuple[str | None, str | None]:
    """The given name and the surname of a display name: 'Konstantin von Arnim' -> ('Konstantin',
    'von Arnim'); 'Ames, Katherine' -> ('Katherine', 'Ames'); 'SATO Kenji', the surname in
    capitals as many write it first, -> ('Kenji', 'Sato'). One word gives no surname."""
    words = given_first(name)
    if len(words) < 2:
        return (words[0] if words else None), None
    if surname := shouted(words):
        given = next(w for w in words if w not in surname)
        return given, " ".join(w.capitalize() for w in surname)
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return words[0], " ".join(words[start:])
