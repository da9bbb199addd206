"""The user's own templates ([drafting].templates): the fixed placeholders filled, and a bad
template falling back to the built-in wording with a finding that says why."""

from __future__ import annotations

import doctest
from dataclasses import replace
from pathlib import Path

import pytest

import daemon.drafting.overrides
from daemon.config import Drafting, Profile
from daemon.drafting.compose import compose
from daemon.drafting.overrides import PLACEHOLDERS, TemplateError, render
from daemon.followups.thank_you import ThankYouFor
from daemon.model import Draft
from tests.test_drafting import ME, NOW, TZ, USER, _facts, _followup, _raw

ROOT = Path(__file__).resolve().parents[1]
OWN = (
    "{greeting}\n\n"
    "Many thanks for meeting me {meeting_day} about {subject}. I enjoyed learning how "
    "{company} plans its routes, and I would love to help with that work.\n\n"
    "Why I think I fit:\n{reasons}\n\n"
    "{recent_update} I will check in again on {check_in_day}. Thank you for your time.\n\n"
    "Best regards,\n{signature}\n"
)


def draft(template: str | None, profile: Profile | None = None) -> Draft:
    facts, raws = _facts([_raw("<p@fernweh.example>", "Interview", "See you at Fernweh Mobility")])
    fu = _followup(facts.thread.id)
    assert isinstance(fu.payload, ThankYouFor)
    drafting = Drafting(Path("/t"), (("thank_you", template),) if template is not None else ())
    return compose(
        fu,
        replace(facts, meetings=(fu.payload.meeting,)),
        USER,
        profile or Profile(),
        ME,
        TZ,
        NOW,
        lambda m: raws[m.ref],
        drafting,
    )


def test_the_users_template_is_used_with_its_placeholders() -> None:
    profile = Profile(
        ("five years of B2B design", "shipped a dispatch app"), "I just finished a UX course."
    )
    d = draft(OWN, profile)
    assert d.body.startswith(
        "Dear Felix,\n\nMany thanks for meeting me on Wednesday 18 March about Interview."
    )
    assert "- five years of B2B design\n- shipped a dispatch app" in d.body
    assert "Fernweh plans its routes" in d.body  # the name the address spells (naming.py)
    assert d.body.rstrip().endswith("jana@example.org")
    assert [x.code for x in d.lint] == []


@pytest.mark.parametrize(
    ("template", "why"),
    [
        ("{greeting} {salary}", "unknown placeholder {salary}"),
        ("{greeting.__class__}", "only plain {names}"),
        ("{greeting!r}", "only plain {names}"),
        ("{greeting:>40}", "only plain {names}"),
        ("{0}", "only plain {names}"),
        ("Dear {first_name", "expected '}'"),
        ("  \n", "the template is empty"),
    ],
)
def test_a_bad_template_falls_back_to_the_built_in_one(template: str, why: str) -> None:
    d = draft(template)
    built_in = draft(None)
    assert d.body == built_in.body
    found = [x for x in d.lint if x.code == "template_error"]
    assert len(found) == 1 and why in found[0].message and "/t/thank_you.txt" in found[0].message


def test_literal_braces_are_doubled() -> None:
    assert render("{{not a field}} {name}", {"name": "Dana"}) == "{not a field} Dana"
    with pytest.raises(TemplateError):
        render("a } alone", {})


def test_every_placeholder_is_documented() -> None:
    readme = (ROOT / "README.md").read_text()
    example = (ROOT / "config.example.toml").read_text()
    for name in PLACEHOLDERS:
        assert f"`{{{name}}}`" in readme, name
        assert f"{{{name}}}" in example, name
    assert doctest.testmod(daemon.drafting.overrides).failed == 0
