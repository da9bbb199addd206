"""How long and how plain a draft's text is: words, sentences, syllables, and the Flesch
figures computed from them. English rules of thumb, enough to tell a plain note from a dense
one; no dictionary.

Example::

    >>> syllables("interview"), syllables("the"), syllables("opportunity")
    (3, 1, 5)
    >>> level = reading_level("Thank you for your time today. I enjoyed our talk.")
    >>> level.words, level.sentences, level.syllables, round(level.ease)
    (10, 2, 12, 100)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-z]+)?|\d+(?:[.,:]\d+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n\s*\n|\n\s*[-*•]\s")
_VOWELS = re.compile(r"[aeiouyàâäéèêëïîôöùûü]+")


@dataclass(frozen=True)
class ReadingLevel:
    """Counts of a text and its Flesch reading ease (higher is plainer; 60 to 70 is plain
    English) and Flesch-Kincaid grade (the school year that reads it easily)."""

    words: int
    sentences: int
    syllables: int

    @property
    def ease(self) -> float:
        if not self.words:
            return 100.0
        return (
            206.835 - 1.015 * (self.words / self.sentences) - 84.6 * (self.syllables / self.words)
        )

    @property
    def grade(self) -> float:
        if not self.words:
            return 0.0
        return 0.39 * (self.words / self.sentences) + 11.8 * (self.syllables / self.words) - 15.59

    def in_words(self) -> str:
        """'112 words, reading ease 61, grade 8'."""
        return f"{self.words} words, reading ease {self.ease:.0f}, grade {max(self.grade, 0):.0f}"


def words(text: str) -> list[str]:
    """The words of a text, numbers included, punctuation left out."""
    return _WORD.findall(text)


def syllables(word: str) -> int:
    """A word's syllables, by vowel groups less a silent final 'e' (at least one)."""
    w = word.lower()
    if w.isdigit():
        return max(1, len(w) // 2)
    count = len(_VOWELS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def reading_level(text: str) -> ReadingLevel:
    """The counts of `text`; a bullet or a paragraph ends a sentence as a full stop does."""
    found = words(text)
    pieces = [p for p in _SENTENCE_END.split(text) if words(p)]
    return ReadingLevel(len(found), max(1, len(pieces)), sum(syllables(w) for w in found))
