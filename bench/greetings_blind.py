"""Greetings in threads written blind: the first and last words followupd would write, against
what a coach would accept.

The corpus (bench/phrases/greetings.jsonl; a held-out part in greetings_sealed.jsonl) was
written by someone who never read followupd's code, from DOMAIN.md and a brief: small
job-search threads in five languages, each naming the person a note goes to and labelled with
every opening line a careful coach would accept, the name as it must appear in it, the register
(formal, informal or either) and the acceptable sign-offs. Each thread is built as mail (RFC
5322, read by `parse_message` as every connector's mail is, so quoted replies are cut as they
are in a scan), read by `infer_facts`, and given the greeting and sign-off a thank-you note to
that person would carry, in the language the draft would be written in:

    .venv/bin/python bench/greetings_blind.py [--corpus FILE] [--show N] [--lang xx]

Printed per language: the opening line as accepted; the name right; the register right (our
greeting is formal when it starts with the language's formal word or gives a title); the
sign-off accepted; and the language chosen for the reply.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from daemon.drafting.language import thread_language  # noqa: E402
from daemon.drafting.voice import voice_for  # noqa: E402
from daemon.drafting.words import familiar_with, tongue, voice_in  # noqa: E402
from daemon.infer.facts import infer_facts  # noqa: E402
from daemon.infer.people import Identity  # noqa: E402
from daemon.model import Address, Thread  # noqa: E402
from daemon.parse import parse_message  # noqa: E402

CORPUS = ROOT / "bench" / "phrases" / "greetings.jsonl"
UTC = ZoneInfo("UTC")
# a greeting is formal when it opens with one of these words or gives a title
_FORMAL = re.compile(
    r"^(dear|sehr geehrte[rs]?|guten tag|grüezi|estimad[oa]s?|prezad[oa]s?|exm[oa]\.?|"
    r"car[oa]|cher|chère|"
    r"madame|monsieur|distinguid[oa]|respetad[oa]|good (?:morning|afternoon))\b"
    r"|\b(dr|dra|prof|mr|mrs|ms|mx|frau|herr|herrn|sr|sra|srta|señora?|senhora?|mme|m|lic|ing"
    r"|mag|di|eng|eng\.º|dr\.ª|dona|don|doña|madame|monsieur|maître|docteure?)\b\.?",
    re.IGNORECASE,
)


def _norm(line: str) -> str:
    """A greeting as compared: case, spacing, its end and a comma after its first word aside
    ("Olá, Marta," is "Olá Marta")."""
    said = re.sub(r"\s+", " ", line.strip().rstrip(",:;!.").strip()).casefold()
    return re.sub(r"^(\S+), ", r"\1 ", said)


def _address(d: dict[str, str]) -> str:
    return formataddr((d.get("name") or "", d["email"]))


def _raw(item: dict[str, Any], n: int, m: dict[str, Any]) -> bytes:
    msg = EmailMessage()
    msg["From"] = _address(m["from"])
    msg["To"] = ", ".join(_address(a) for a in m.get("to") or [item["me"]])
    if m.get("cc"):
        msg["Cc"] = ", ".join(_address(a) for a in m["cc"])
    msg["Subject"] = ("Re: " if n else "") + item.get("subject", "Interview")
    msg["Date"] = format_datetime(datetime.fromisoformat(m["date"]))
    msg["Message-ID"] = f"<{item['id']}.{n}@corpus>"
    if n:
        msg["In-Reply-To"] = f"<{item['id']}.{n - 1}@corpus>"
        msg["References"] = " ".join(f"<{item['id']}.{i}@corpus>" for i in range(n))
    msg.set_content(m["text"])
    return bytes(msg)


def voice(item: dict[str, Any]) -> tuple[str, str, str]:
    """The greeting, sign-off and language of a thank-you note to `item["to"]`."""
    me = Address(item["me"]["email"].lower(), item["me"]["name"])
    mine = frozenset({me.email})
    messages = tuple(
        parse_message(
            _raw(item, n, m),
            account="a",
            folder="Sent" if m["from"]["email"].lower() == me.email else "INBOX",
            ref=str(n),
            default_tz=UTC,
            sent_folder=m["from"]["email"].lower() == me.email,
        )
        for n, m in enumerate(item["messages"])
    )
    last = max(m.date for m in messages)
    [facts] = infer_facts(
        [Thread(messages[0].message_id, messages)],
        Identity(mine, name=me.name or ""),
        UTC,
        last + timedelta(days=2),
    )
    to = Address(item["to"]["email"].lower(), item["to"].get("name") or None)
    language = thread_language(facts, mine)
    t = tongue(language)
    if t is None:
        v = voice_for(to, facts, mine)
    else:
        familiar = "thank_you" in t.familiar_kinds and familiar_with(t, to, facts, mine)
        v = voice_in(t, to, facts, mine, familiar)
    return v.greeting, v.sign_off, language


def judge(item: dict[str, Any], greeting: str, sign_off: str) -> dict[str, bool]:
    expect = item["expect"]
    said = _norm(greeting)
    accepted = {_norm(g) for g in expect["greetings"]}
    # the name is right when the greeting ends with it, after the greeting's words ("Hi Kate");
    # a greeting with no name ("Madame,") is right only as one of the lines accepted
    name_ok = any(
        (said == n or said.endswith(" " + n)) if n else said in accepted
        for n in map(_norm, expect["names"])
    )
    register = "formal" if _FORMAL.search(greeting) else "informal"
    return {
        "line": said in accepted,
        "name": name_ok,
        "register": expect["register"] == "either" or expect["register"] == register,
        "sign_off": _norm(sign_off) in {_norm(s) for s in expect.get("sign_offs", [])},
    }


COLUMNS = ("items", "line", "name", "register", "ok", "sign_off", "language")


def row(label: str, c: Counter[str]) -> str:
    return f"{label:5}" + "".join(f" {c[k]:>8}" for k in COLUMNS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--show", type=int, default=0, help="print up to N misses per language")
    ap.add_argument("--lang", help="only this language's items")
    args = ap.parse_args()
    items = [json.loads(line) for line in args.corpus.read_text("utf-8").splitlines() if line]
    totals: dict[str, Counter[str]] = {}
    shown: Counter[str] = Counter()
    for item in items:
        if args.lang and item["lang"] != args.lang:
            continue
        greeting, sign_off, language = voice(item)
        verdict = judge(item, greeting, sign_off)
        c = totals.setdefault(item["lang"], Counter())
        c["items"] += 1
        c.update(k for k, ok in verdict.items() if ok)
        c["language"] += language == item["lang"]
        # as a coach would take it: a line they listed, or the right name in the right register
        c["ok"] += verdict["line"] or (verdict["name"] and verdict["register"])
        wrong = [k for k, ok in verdict.items() if not ok]
        if wrong and shown[item["lang"]] < args.show:
            shown[item["lang"]] += 1
            expect = item["expect"]
            print(f"{item['id']} [{item.get('situation', '')}]")
            print(f"  ours: {greeting!r} / {sign_off!r} ({language})")
            print(f"  want: {expect['greetings']} / {expect.get('sign_offs')}")
            print(f"  wrong: {', '.join(wrong)}; why: {expect.get('why', '')}")
    print(f"{'':5}" + "".join(f" {k[:8]:>8}" for k in COLUMNS))
    grand: Counter[str] = Counter()
    for lang in sorted(totals):
        grand.update(totals[lang])
        print(row(lang, totals[lang]))
    print(row("all", grand))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
