"""The repository carries copies of the project's shared contracts and corpora (tests/contracts,
tests/corpora) so a plain clone tests itself; when shared/ is beside the checkout, the copies
must still match it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CONTRACTS, CORPORA, SHARED


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.mark.skipif(not SHARED.is_dir(), reason="no shared/ beside the checkout (a plain clone)")
def test_the_contract_copies_match_shared() -> None:
    assert _files(CONTRACTS) == _files(SHARED / "contracts")


@pytest.mark.skipif(not SHARED.is_dir(), reason="no shared/ beside the checkout (a plain clone)")
@pytest.mark.parametrize(
    "name", ["cpython_test_email", "flanker_messages", "mailparser_mails", "ics_fixtures"]
)
def test_the_corpus_copies_match_shared(name: str) -> None:
    assert _files(CORPORA / name) == _files(SHARED / "corpora" / name)


@pytest.mark.skipif(not SHARED.is_dir(), reason="no shared/ beside the checkout (a plain clone)")
def test_the_spamassassin_subset_is_byte_for_byte_from_shared() -> None:
    here = _files(CORPORA / "spamassassin_sample")
    there = _files(SHARED / "corpora" / "spamassassin_sample")
    mail = {k: v for k, v in here.items() if k not in ("README.md", "index.csv")}
    assert len(mail) > 400 and all(there[k] == v for k, v in mail.items())


@pytest.mark.skipif(not SHARED.is_dir(), reason="no shared/ beside the checkout (a plain clone)")
def test_the_domain_rules_copy_matches_shared() -> None:
    root = Path(__file__).resolve().parents[1]
    assert (root / "docs" / "DOMAIN.md").read_bytes() == (SHARED / "DOMAIN.md").read_bytes()
