"""A field's pattern, its phrases grouped by their first character, matches exactly what the
plain alternation of the same phrases matches."""

from __future__ import annotations

import doctest
import re
import sys

import pytest

from daemon.infer import lang
from tests.conftest import every_case_dir

# words that fold to an ASCII letter under IGNORECASE without being one, beside ordinary mail
ODD = "İnterview ınterview ſalary ſtart Kandidat KPI Job offer JOB OFFER job-offer jobs"


def plain(items: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(f"(?:{lang.spaced(p)})" for p in items) or r"(?!x)x"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def mail_texts() -> list[str]:
    """The start of every case message (its headers and first words), each case's first 20."""
    texts = [ODD]
    for case in every_case_dir():
        paths = sorted(p for p in (case / "mailbox").rglob("*") if p.is_file())
        texts += [p.read_bytes()[:2000].decode("utf-8", "replace") for p in paths[:20]]
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return mail_texts()


@pytest.mark.parametrize("field", lang.phrase_fields())
def test_a_grouped_field_matches_what_the_plain_alternation_matches(
    field: lang.PhraseField, texts: list[str]
) -> None:
    items = lang.phrases(field)
    grouped, flat = lang.pattern(field), plain(items)
    # every phrase's own example is the phrase with its spaces as written, where it is literal
    examples = [p for p in items if re.fullmatch(r"[\w' -]+", p)]
    for text in [*texts, "\n".join(examples)]:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_no_character_starts_two_groups() -> None:
    """Under IGNORECASE each character matches at most one ASCII letter or digit, on this
    Python: the groups' lookaheads never overlap."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    seen: dict[str, str] = {}
    for key in sorted(lang._DISPATCHED):
        for ch in re.findall(re.escape(key), everything, re.IGNORECASE):
            assert seen.setdefault(ch, key) == key, (ch, key, seen[ch])


def test_a_numbered_group_is_left_ungrouped() -> None:
    items = [f"w{i}" for i in range(10)] + ["(a)b"]
    assert lang.by_first_character(items) == "|".join(f"(?:{a})" for a in items)


def test_the_example_holds() -> None:
    runner = doctest.DocTestRunner()
    for test in doctest.DocTestFinder().find(lang.by_first_character, globs=vars(lang)):
        runner.run(test)
    assert runner.summarize(verbose=False) == (0, 1)


def test_the_job_search_fields_match_nothing_before_any_of_them_does(texts: list[str]) -> None:
    """The weighing looks for its fields' words from where the first of any of them is."""
    from daemon.infer.signals import _OWN_FIELDS, _any_own_word

    for text in texts:
        first = _any_own_word().search(text)
        at = len(text) + 1 if first is None else first.start()
        for field in _OWN_FIELDS:
            every = [m.span() for m in lang.pattern(field).finditer(text)]
            assert [m.span() for m in lang.pattern(field).finditer(text, at)] == every
