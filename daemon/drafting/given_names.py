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


def _plain(word: str) -> str:
    """'François' -> 'francois', as the list spells names."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def gender_of(given: str) -> Gender | None:
    """The gender nearly everyone named `given` shares ('Michael' m, 'Petra' f), or None. A
    name of several parts ('Jean-Pierre', 'Ana Paula') counts when the parts the list knows
    agree ('Jean' it does not know either way; 'Pierre' it does)."""
    parts = [_plain(p) for p in given.replace("-", " ").split()]
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


def name_parts(name: str) -> tuple[str | None, str | None]:
    """The given name and the surname of a display name: 'Konstantin von Arnim' -> ('Konstantin',
    'von Arnim'); 'Ames, Katherine' -> ('Katherine', 'Ames'); 'SATO Kenji', the surname in
    capitals as many write it first, -> ('Kenji', 'Sato'). One word gives no surname."""
    if "," in name:
        family, _, rest = name.partition(",")
        name = f"{rest.strip()} {family.strip()}"
    words = name.split()
    if len(words) < 2:
        return (words[0] if words else None), None
    shouted = [w for w in words if len(w) >= 2 and w.isalpha() and w.isupper()]
    if shouted and len(shouted) < len(words):
        given = next(w for w in words if w not in shouted)
        return given, " ".join(w.capitalize() for w in shouted)
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return words[0], " ".join(words[start:])
