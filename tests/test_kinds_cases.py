"""The blind cases labelled for every kind of follow-up (tests/cases/kinds, KINDS.md) and the blind
vignettes (tests/cases/vignettes: one meeting each, and whether it happened, with whom), through
the real `followupd scan`, as tests/test_cases.py scores the others: each expected and each
forbidden follow-up is its own test, every kind is scored, and a label the code knowingly does
not meet is listed in KNOWN with its reason (xfail, strict: it fails the day it passes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args

import jsonschema
import pytest

from daemon.model import KindName
from tests.conftest import copy_tree, kinds_case_dirs, scan, vignette_dirs, write_config
from tests.test_cases import (
    DUE,
    SCHEMA,
    drafts_in,
    dry_report,
    load,
    recipients,
    roots,
)

SCORED = set(get_args(KindName))
SCORED_DIRS = kinds_case_dirs() + vignette_dirs()

# (case, kind or "any", address) -> why the code does not meet the label yet
KNOWN: dict[tuple[str, str, str], str] = {
    # round 4 (2026-12-07), what is left after working on it
    ("designer-saopaulo", "networking", "rafael.duarte@ondalabs.pt"): (
        "the coffee is set in Portuguese as 'Quarta 1/4 de manhã? Tipo 9h no Café Jacarandá' and "
        "'Fechado. 9h lá!': an hour written '9h' after 'tipo' is not read as a time"
    ),
    # the meeting vignettes (2026-12-07), what is left after working on them
    ("en-17-panellist-did-not-come", "thank_you", "mark.sorensen@bunyacivil.com.au"): (
        "the panellist's absence is told after the interview, in the chair's reply in another "
        "thread ('Mark got called out to the Burpengary site ... so it ended up just being Tom and "
        "me'), where no address is known for Mark"
    ),
    ("en-17-panellist-did-not-come", "any", "mark.sorensen@bunyacivil.com.au"): (
        "as above: an absence told after the meeting, in another thread"
    ),
    ("intl-03-qc-entrevue-deplacee-deux-fois", "thank_you", "me.tremblay@laurentidemedia.ca"): (
        "moved twice: the reason for the second move ('l'opération de ma fille a été devancée à "
        "mercredi après-midi') is read as a meeting that afternoon, and the recruiter who said "
        "'et moi-même' of the first slot is not carried to the final invitation"
    ),
    ("intl-16-co-feria-de-empleo", "thank_you", "natalia.ospina@textilesaburra.com.co"): (
        "a talk at a job-fair stand, known only from the mail written that evening: a meeting "
        "said after it happened, and never arranged, is not read"
    ),
    (
        "intl-22-ch-vertretung-ohne-adresse",
        "ask_for_address",
        "corinne.steiner@rheinfels-pharma.ch",
    ): (
        "the stand-in is announced with the verb first ('Leider ist Herr Meier heute krank ... "
        "übernimmt Frau Dr. Brunner das Gespräch'), in the coordinator's thread, not the "
        "scheduler's: neither the absence nor the stand-in is read"
    ),
    ("intl-22-ch-vertretung-ohne-adresse", "thank_you", "stefan.meier@rheinfels-pharma.ch"): (
        "as above: 'Leider ist Herr Meier heute krank' is not read as his absence"
    ),
    ("intl-22-ch-vertretung-ohne-adresse", "any", "stefan.meier@rheinfels-pharma.ch"): (
        "as above: 'Leider ist Herr Meier heute krank' is not read as his absence"
    ),
    # round 7 (2026-12-07, opened the next stop), what is left after working on it
    ("pilot-dallas", "networking", "jolene.harker@lodestarcargo.com"): (
        "a meet-and-greet at a job fair set with 'See you Saturday' and no time of day: a "
        "meeting is read from a day and a time, so the talk is not a meeting to follow up"
    ),
    ("policy-lisbon", "ask_for_address", "katarzyna.nowak@eadc.europa.eu"): (
        "the committee is named, without addresses, in the invitation mail, and the Teams "
        "invitation is a thread of its own whose only other person is the HR assistant who "
        "sent it: the people a mail names are not carried to an invitation in another thread"
    ),
    ("policy-lisbon", "thank_you", "katarzyna.nowak@eadc.europa.eu"): (
        "as above: the assistant who sent the Teams invitation is taken for the one met"
    ),
    # round 9 (2026-12-07, opened when round 10 was sealed), what is left after working on it
    ("accountant-manila", "ask_for_address", "bec.nguyen@ledgerbird.com"): (
        "the panel is announced twice, in the recruiter's own thread and in Greenhouse's "
        "confirmation (no ICS, Reply-To her): the two are one meeting, and the request for the "
        "panellists' addresses is drafted in her thread, where the label wants Greenhouse's"
    ),
    # the second vignettes (en2, intl2, written blind on 2026-12-07), what is left after working
    # on them the same day
    ("en2-21-ea-arranged-deputy-unknown", "ask_for_address", "jocelyn.ramos@visayasagri.com.ph"): (
        "'Sir Ramon Aquino would like to have a call with you': the call is read with the "
        "president alone, and the vice-president who joined, with no address, is not asked for"
    ),
}


def due_in(case_dir: Path) -> tuple[set[tuple[str, str, str]], set[tuple[str, str]]]:
    """(kind, thread root, to) of the follow-ups due, and (thread root, to) of any due."""
    report = dry_report(case_dir)
    root_of = roots(load(case_dir))
    thread_root = {t["id"]: root_of.get(t["message_ids"][0]) for t in report["threads"]}
    due = [f for f in report["followups"] if f["state"] in DUE]
    scored = {
        (f["kind"], thread_root.get(f["thread"]) or "?", f["to"].lower())
        for f in due
        if f["kind"] in SCORED
    }
    return scored, {(thread_root.get(f["thread"]) or "?", f["to"].lower()) for f in due}


def labelled(kind: str) -> list[Any]:
    out = []
    for case_dir in SCORED_DIRS:
        for action in load(case_dir)[kind]:
            key = (case_dir.name, action.get("kind", "any"), action["to"].lower())
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN[key])] if key in KNOWN else []
            out.append(
                pytest.param(case_dir, action, id=f"{case_dir.name}:{key[1]}:{key[2]}", marks=marks)
            )
    return out


@pytest.mark.parametrize("case_dir", SCORED_DIRS, ids=lambda p: p.name)
def test_the_report_matches_the_schema(case_dir: Path) -> None:
    report = dry_report(case_dir)
    jsonschema.validate(report, SCHEMA)
    assert len(report["drafts"]) == sum(f["state"] in DUE for f in report["followups"])


@pytest.mark.parametrize(("case_dir", "action"), labelled("expected_actions"))
def test_an_expected_follow_up_is_due(case_dir: Path, action: dict[str, Any]) -> None:
    scored, _ = due_in(case_dir)
    assert (action["kind"], action["thread"], action["to"].lower()) in scored


@pytest.mark.parametrize(("case_dir", "action"), labelled("forbidden_actions"))
def test_a_forbidden_follow_up_is_not_due(case_dir: Path, action: dict[str, Any]) -> None:
    _, any_due = due_in(case_dir)
    assert (action["thread"], action["to"].lower()) not in any_due, action["why"]


@pytest.mark.parametrize("case_dir", SCORED_DIRS, ids=lambda p: p.name)
def test_nothing_else_is_due(case_dir: Path) -> None:
    """expected_actions is complete for every kind: any other follow-up due is a false alarm."""
    scored, _ = due_in(case_dir)
    want = {(a["kind"], a["thread"], a["to"].lower()) for a in load(case_dir)["expected_actions"]}
    extra = {s for s in scored - want if (case_dir.name, s[0], s[2]) not in KNOWN}
    assert extra == set()


@pytest.mark.parametrize("case_dir", SCORED_DIRS, ids=lambda p: p.name)
def test_every_kind_is_drafted_in_its_thread_to_one_person(case_dir: Path, tmp_path: Path) -> None:
    data = load(case_dir)
    mailbox = copy_tree(case_dir / "mailbox", tmp_path / "mailbox")
    proc = scan(write_config(data, mailbox, tmp_path), data["now"])
    assert proc.returncode == 0, proc.stderr[-2000:]
    root_of = roots(data)
    drafts = drafts_in(mailbox)
    for action in data["expected_actions"]:
        if (case_dir.name, action["kind"], action["to"].lower()) in KNOWN:
            continue  # not due yet (its own test is marked xfail): no draft either
        ids = {m for m, root in root_of.items() if root == action["thread"]}
        assert any(
            recipients(d) == [action["to"].lower()] and str(d["In-Reply-To"]).strip() in ids
            for d in drafts
        ), (action["kind"], action["to"])
    for d in drafts:
        assert len(recipients(d)) == 1 and str(d["Subject"]).startswith("Re: ")
        attached = [p for p in d.walk() if p.get_content_type() == "message/rfc822"]
        assert len(attached) == 1
