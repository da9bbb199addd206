"""The time limit on one unit of work, and small things issue 9 found at the edges."""

from __future__ import annotations

import time

import pytest

from connectors.imap.settings import ImapSettings
from daemon.limits import TimeUp, deadline
from daemon.logs import mask
from daemon.mailtext import clean_address, clean_line


def test_a_unit_that_runs_too_long_is_stopped() -> None:
    began = time.monotonic()
    with (
        pytest.raises(TimeUp, match="reading the message took longer than 0.2 s"),
        deadline(0.2, "reading the message"),
    ):
        while True:
            pass
    assert time.monotonic() - began < 1


def test_an_inner_deadline_gives_the_outer_one_its_time_back() -> None:
    with pytest.raises(TimeUp, match="outer"), deadline(0.5, "outer"):
        with deadline(5, "inner"):
            pass
        while True:
            pass


def test_a_bracketed_loopback_host_is_the_address_itself() -> None:
    s = ImapSettings(account="a", host="[::1]", port=143, security="none", username="u")
    assert s.host == "::1"


def test_addresses_in_error_lines_are_masked() -> None:
    text = "127.0.0.1:993 refused the login of jordan.lee@example.net (bad)"
    assert mask(text) == "127.0.0.1:993 refused the login of j***@example.net (bad)"
    assert mask("<id@example.net>") == "<id@example.net>"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"mailto:Dana@Acme.example"', "dana@acme.example"),
        ("MAILTO:dana@acme.example", "dana@acme.example"),
        ("<dana@acme.example>", "dana@acme.example"),
        ("dana ruiz@acme.example", None),
        ("dana@acme.example,sam@acme.example", None),
        ("dana@acme.example\nBcc:x@evil.example", None),
        ("dana@[127.0.0.1]", None),
        ("dana@localhost", None),
        ("x" * 65 + "@acme.example", None),
        ("dana@bücher.example", "dana@xn--bcher-kva.example"),
    ],
)
def test_only_a_plain_address_is_an_address(value: str, expected: str | None) -> None:
    assert clean_address(value) == expected


def test_a_line_loses_every_control_and_break() -> None:
    assert clean_line("a\x00b\x1b[31mc\u2028d\r\ne\u202ef", 100) == "ab[31mc d ef"
    assert len(clean_line("x" * 5000, 998)) == 998
