"""`followupd init`: a first config from a few questions (or flags), each answer checked as it
is given and asked again when it is wrong; the file is written only once it is valid.

Pure checks (`check_*`) return the value to write or raise `Invalid` with words a person can
act on; `init_config` asks, and writes the file atomically after `load_config` accepts it.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daemon.config import load_config
from daemon.errors import ConfigError

_ADDRESS = re.compile(r"[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\".]+")
_PHONE = re.compile(r"\+?[\d\s().\-/]+(?:\s*(?:ext\.?|x)\s*\d+)?", re.IGNORECASE)


MAX_REASONS = 3  # DOMAIN.md: at most three reasons, bullets preferred
REASON_CHARS = 150
UPDATE_CHARS = 300


class Invalid(ValueError):
    """An answer that cannot be used; the message says why and what would do."""


def check_name(value: str) -> str:
    """Your name as it signs the drafts.

    Example::

        >>> check_name("  Jordan Lee ")
        'Jordan Lee'
    """
    name = " ".join(value.split())
    if not name:
        raise Invalid("give the name your drafts are signed with, e.g. Jordan Lee")
    return name


def check_emails(value: str) -> list[str]:
    """Your addresses, comma-separated; each must be a plain address.

    Example::

        >>> check_emails("jordan@example.net, J.Lee@Example.org")
        ['jordan@example.net', 'j.lee@example.org']
    """
    found = [e.strip() for e in re.split(r"[,;\s]+", value) if e.strip()]
    if not found:
        raise Invalid("give at least one address, e.g. jordan@example.net")
    bad = [e for e in found if not _ADDRESS.fullmatch(e)]
    if bad:
        raise Invalid(f"not an email address: {', '.join(bad)} (e.g. jordan@example.net)")
    return [e.lower() for e in found]


def check_timezone(value: str) -> str:
    """An IANA time zone name.

    Example::

        >>> check_timezone("Europe/Berlin")
        'Europe/Berlin'
    """
    zone = value.strip()
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise Invalid(
            f"unknown time zone {zone!r}: give a name like America/Chicago or Europe/London"
        ) from None
    return zone


def check_phone(value: str) -> str:
    """A phone number for the signature, or nothing."""
    phone = value.strip()
    if phone and not (_PHONE.fullmatch(phone) and sum(c.isdigit() for c in phone) >= 5):
        raise Invalid(f"{phone!r} is not a phone number (e.g. +1 312 555 0142); Enter for none")
    return phone


def check_maildir(value: str) -> str:
    """The root of an existing Maildir (it has cur/ and new/ folders), as an absolute path."""
    if not value.strip():
        raise Invalid("give the folder of your Maildir, e.g. ~/Maildir")
    path = Path(value.strip()).expanduser().absolute()
    if not path.is_dir():
        raise Invalid(
            f"{path} does not exist: give the folder your mail is synced to (e.g. by mbsync)"
        )
    if not ((path / "cur").is_dir() and (path / "new").is_dir()):
        raise Invalid(f"{path} is not a Maildir: it has no cur/ and new/ folders")
    return str(path)


def check_reasons(value: str) -> list[str]:
    """Up to three reasons you fit the roles you seek, separated by ';'; none is fine (the
    drafts then carry an [add: ...] slot).

    Example::

        >>> check_reasons(" eight years of SQL and Python;  led a team of four ; ")
        ['eight years of SQL and Python', 'led a team of four']
        >>> check_reasons("")
        []
    """
    reasons = [r for r in (_one_line(r, "a reason") for r in value.split(";")) if r]
    if len(reasons) > MAX_REASONS:
        raise Invalid(
            f"{len(reasons)} reasons: give at most {MAX_REASONS}, the strongest, separated by ';'"
        )
    for r in reasons:
        if len(r) > REASON_CHARS:
            raise Invalid(
                f"keep each reason under {REASON_CHARS} characters (a bullet of a short note): "
                f"{r[:40]}..."
            )
    return reasons


def check_update(value: str) -> str:
    """A recent course, project or result, in a sentence; none is fine.

    Example::

        >>> check_update("I finished a course in  cloud data engineering.")
        'I finished a course in cloud data engineering.'
    """
    update = _one_line(value, "the update")
    if len(update) > UPDATE_CHARS:
        raise Invalid(f"keep it to a sentence or two, under {UPDATE_CHARS} characters")
    return update


def _one_line(value: str, what: str) -> str:
    text = " ".join(value.split())
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise Invalid(f"{what} holds a control character; type it as plain text")
    if any(c in text for c in "[]{}"):
        raise Invalid(f"leave [ ] and {{ }} out of {what}: the drafts' check takes them for a slot")
    return text


@dataclass(frozen=True)
class Question:
    """One question of `init`: its flag, its words, its check, the default it offers, whether
    it may be left empty, and a line saying what it is for (shown once, before it is asked)."""

    flag: str
    text: str
    check: Callable[[str], object]
    default: Callable[[], str] = lambda: ""
    optional: bool = False
    why: str = ""


def _existing_maildir() -> str:
    home = Path("~/Maildir").expanduser()
    return "~/Maildir" if (home / "cur").is_dir() else ""


QUESTIONS = (
    Question("name", "Your name (signs your drafts)", check_name),
    Question("email", "Your email addresses, comma-separated", check_emails),
    Question("timezone", "Your time zone", check_timezone, lambda: local_zone()),
    Question(
        "phone", "Phone number for your signature (Enter for none)", check_phone, optional=True
    ),
    Question("maildir", "Path of your Maildir", check_maildir, _existing_maildir),
    Question(
        "reasons",
        "Up to three reasons you fit, separated by ';' (Enter for none)",
        check_reasons,
        optional=True,
        why="Your profile: your thank-you notes list up to three reasons you fit the role, and "
        "later follow-ups share a recent update. Left empty, the drafts carry an [add: ...] "
        "slot for you to fill in before sending (you can fill [profile] in the config later).",
    ),
    Question(
        "recent_update",
        "A recent course, project or result, in a sentence (Enter for none)",
        check_update,
        optional=True,
    ),
)


def local_zone() -> str:
    """This machine's zone name, or '' when it cannot be told."""
    if os.environ.get("TZ", "").count("/") == 1:
        return os.environ["TZ"]
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return ""
    return target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""


def answers(
    args: argparse.Namespace, interactive: bool, ask: Callable[[str], str] = input
) -> dict[str, object]:
    """Every question's checked answer: from its flag, else asked. Asked again (when
    interactive) until it is right; otherwise every problem is raised together."""
    found: dict[str, object] = {}
    problems: list[str] = []
    for q in QUESTIONS:
        given: str | None = getattr(args, q.flag)
        default = q.default()
        flag = "--" + q.flag.replace("_", "-")
        if given is None and interactive and q.why:
            print(f"\n{q.why}")
        while True:
            if given is None and interactive:
                shown = f" [{default}]" if default else ""
                given = ask(f"{q.text}{shown}: ").strip() or default
            elif given is None:
                given = default
                if not given and not q.optional:
                    problems.append(f"{flag}: needed ({q.text.lower()})")
                    break
            try:
                found[q.flag] = q.check(given)
                break
            except Invalid as exc:
                if not interactive:
                    problems.append(f"{flag}: {exc}")
                    break
                print(f"  {exc}", file=sys.stderr)
                given = None
    if problems:
        raise ConfigError("init: nothing written:\n  - " + "\n  - ".join(problems), tuple(problems))
    return found


def config_text(a: dict[str, object]) -> str:
    """The config file for checked answers."""
    emails, reasons = a["email"], a.get("reasons", [])
    assert isinstance(emails, list) and isinstance(reasons, list)
    return (
        "# Written by `followupd init`; config.example.toml in the source shows every key.\n\n"
        "[user]\n"
        f"name = {_toml(str(a['name']))}\n"
        f"emails = [{', '.join(_toml(e) for e in emails)}]\n"
        f"phone = {_toml(str(a['phone']))}\n"
        f"timezone = {_toml(str(a['timezone']))}\n\n"
        '[[accounts]]\nname = "mail"\ntype = "maildir"\n'
        f"path = {_toml(str(a['maildir']))}\n\n"
        '[state]\npath = "followupd.sqlite3"\n\n'
        "[profile]\n"
        "# What your drafts say about you; left empty, they carry an [add: ...] slot to fill.\n"
        f"reasons = [{', '.join(_toml(r) for r in reasons)}]\n"
        f"recent_update = {_toml(str(a.get('recent_update', '')))}\n"
    )


def write_config(path: Path, text: str) -> None:
    """Write `text` to `path` only if followupd accepts it: checked in a file beside it, then
    renamed into place, so a refused config never replaces anything."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
    trial = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        load_config(trial)
        os.replace(trial, path)
    finally:
        trial.unlink(missing_ok=True)


def init_config(args: argparse.Namespace) -> int:
    """`followupd init`: ask, check, write; prints what to run next."""
    path = Path(args.config).expanduser().absolute()
    if path.exists() and not args.force:
        raise ConfigError(f"{path} exists; use --force to replace it")
    found = answers(args, interactive=sys.stdin.isatty())
    write_config(path, config_text(found))
    default = Path("~/.config/followupd/config.toml").expanduser()
    flag = "" if path == default else f" --config {path}"
    print(
        f"Wrote {path}.\nNext: followupd doctor{flag}\n"
        f"Then: followupd scan{flag} --dry-run   (shows what is owed; writes nothing)"
    )
    return 0


def _toml(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
