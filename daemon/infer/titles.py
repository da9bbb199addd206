"""The titles people write before a name, in the languages the mail is read in, kept in one
place: courtesy ("Ms", "Frau", "Sra."), academic and professional ("Dr.", "Mag.a", "DI",
"Ing.", "Lic."), and the ranks of aviation, the forces and the church ("Capt.", "Rev.").

names.py and met.py find people by them ("Mag.a Huber und DI Berger" are two people),
parties.without_title strips them from a name before looking it up ("Frau Mag. Katharina Hofer"
is Katharina Hofer), and annotate.py drops a courtesy before a full name written beside an
address. Their full stops end no sentence.

Example::

    >>> import re
    >>> re.sub(f"^(?:{before_name(strip=True)})+", "", "Frau Mag.a Katharina Hofer", flags=re.I)
    'Katharina Hofer'
"""

from __future__ import annotations

# written with a full stop, or a feminine ending after it: Austria's "Mag.a", "Dr.in",
# "Prof.in"; Portuguese and Spanish "Eng.ª", "Dra.", "Lic.da"
_ABBREVIATED = (
    "Dr",
    "Dra",
    "Mr",
    "Mrs",
    "Ms",
    "Mx",
    "Prof",
    "Mag",
    "MMag",
    "Ing",
    "Lic",
    "Licda",
    "Sra",
    "Srta",
    "Eng",
    "Arq",
    "Dott",
    "Mme",
    "Mlle",
    "Capt",
    "Col",
    "Maj",
    "Lt",
    "Sgt",
    "Cmdr",
    "Rev",
)
# the endings that follow a title's full stop: "Mag.a", "Dr.in", "Dott.ssa", "Lic.da"
_ENDINGS = r"(?:\.(?:a|in|ssa|da)\b)?"
# written out in full
_WORDS = (
    "Miss",
    "Captain",
    "Frau",
    "Herr",
    "Herrn",
    "Madame",
    "Monsieur",
    "Señora",
    "Señor",
    "Senhora",
    "Senhor",
    "Doña",
    # as the Philippines and India address people: "Sir Ramon", "Ma'am Liza Gatdula"
    "Sir",
    "Ma['’]am",
)
# capitals that are a title only as written: Austria's "DI" (Diplom-Ingenieur) is Italian's
# "di" in lower case
_CAPITALS = ("DI", "DDI")
# only removed from a name found otherwise: "M." (Monsieur) is an initial too, "Don" and "Dona"
# given names, and "Sr." heads English job titles ("Sr. Product Manager")
_STRIPPED_ONLY = ("M", "Sr", "C\\.P", "Dipl\\.?-Ing", "Don", "Dona")


# the courtesies alone, which say nothing of a degree or a rank: a full name written after one
# is the person's without it ("mit Herrn Patrick Olbrich" is Patrick Olbrich)
_COURTESIES = (
    "herrn?",
    "frau",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mme",
    "madame",
    "monsieur",
    "sr",
    "sra",
    "srta",
    "señora?",
    "senhora?",
    "dona",
)


def courtesy() -> str:
    """One courtesy and the space after it, as a regex to compile with re.I."""
    return rf"(?:{'|'.join(_COURTESIES)})\.?\s+"


def before_name(*, strip: bool = False) -> str:
    """One title and the space after it, as a regex: the titles that find a person when a
    capitalised word follows ("Mag.a Huber"); with `strip`, also those only removed from a name
    already found ("M. Dupont", "Don Ramón"). Compile it without re.I to find people; DI keeps
    its capitals under re.I."""
    short = [*_ABBREVIATED, *(_STRIPPED_ONLY if strip else ())]
    capitals = "|".join(_CAPITALS)
    return (
        rf"(?:(?:{'|'.join(short)}){_ENDINGS}[.ºª]*\s+|(?-i:(?:{capitals}))\.?\s+"
        rf"|(?:{'|'.join(_WORDS)})\s+)"
    )


def not_after_abbreviation() -> str:
    """Lookbehinds that keep a title's full stop from ending a sentence or a list's item: put
    before the pattern of a full stop ("Mr. Ito" is no sentence's end)."""
    return "".join(rf"(?<!\b{t})" for t in _ABBREVIATED if "\\" not in t)
