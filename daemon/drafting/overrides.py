"""The user's own wording for a kind of follow-up: a `<kind>.txt` file in the folder
`[drafting].templates` names, with a fixed set of {placeholders} (`PLACEHOLDERS`).

Kept small and safe: `str.format_map` with plain strings only, every field checked first (a
name from the fixed set, no attribute, index, conversion or format spec). A template that
cannot be used gives a lint finding that says why, and the built-in wording is used instead.

Example::

    >>> render("{greeting}\\n\\nThanks for {meeting_day}.", {"greeting": "Dear Dana,",
    ...        "meeting_day": "yesterday"})
    'Dear Dana,\\n\\nThanks for yesterday.'
    >>> render("Hi {first_name.upper}", {"first_name": "Dana"})
    Traceback (most recent call last):
    ...
    daemon.drafting.overrides.TemplateError: {first_name.upper}: only plain {names} may be used
"""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path
from typing import Any

import structlog

from daemon.drafting import foreign
from daemon.drafting.templates import (
    business_days_on,
    day_phrase,
    greeting,
    signature,
    weekday_date,
)
from daemon.followups.base import Kind, Writing
from daemon.infer.people import first_name
from daemon.model import Followup, LintFinding, Meeting, Promise

log = structlog.get_logger(__name__)

# name -> what it holds (README and config.example.toml list the same)
PLACEHOLDERS = {
    "greeting": "'Dear Dana,' (a slot to fill when no name is known)",
    "first_name": "their first name, or a slot",
    "name": "their name as the thread gives it, else their address",
    "company": "the company, or a slot",
    "role": "the role the thread names, or 'the role'",
    "subject": "the thread's subject",
    "meeting_day": "'yesterday', 'on Thursday, 5 March': the meeting's day (kinds after a "
    "meeting), else empty",
    "promised_day": "'Friday, 6 March': the promised day (callbacks, your own promises), else "
    "empty",
    "check_in_day": "the weekday five business days from now, when you will check in again",
    "reasons": "your [profile].reasons as '- ' bullets, or a slot",
    "recent_update": "your [profile].recent_update, or a slot",
    "signature": "your name, signature lines, phone and address, as the built-in drafts end",
    "my_name": "your name",
    "my_phone": "your phone (may be empty)",
    "my_email": "the address the draft is sent from",
}


class TemplateError(ValueError):
    """A template that cannot be used; the message says which field or why."""


def render(text: str, values: dict[str, str]) -> str:
    """`text` with its {placeholders} filled from `values`; TemplateError for any field that
    is not a plain name of `values`, or for stray braces ('{{' and '}}' are literal braces)."""
    if not text.strip():
        raise TemplateError("the template is empty")
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise TemplateError(f"{exc} (write '{{{{' and '}}}}' for a literal brace)") from None
    for _, name, spec, conversion in fields:
        if name is None:
            continue
        shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
        if not name.isidentifier() or spec or conversion:
            raise TemplateError(f"{shown}}}: only plain {{names}} may be used")
        if name not in values:
            raise TemplateError(f"unknown placeholder {{{name}}}; known: {', '.join(values)}")
    return text.format_map(values)


def values_for(f: Followup, w: Writing) -> dict[str, str]:
    """Every placeholder's value for one follow-up."""
    payload: Any = f.payload
    meeting = getattr(payload, "meeting", None)
    promise = getattr(payload, "promise", None)
    reasons = w.profile.reasons[:3]
    return {
        "greeting": greeting(f.to),
        "first_name": first_name(f.to) or "[add: their name]",
        "name": f.to.name or f.to.email,
        "company": w.company or "[add: the company]",
        "role": w.role or "the role",
        "subject": w.subject,
        "meeting_day": day_phrase(meeting.start, w.tz, w.now)
        if isinstance(meeting, Meeting)
        else "",
        "promised_day": weekday_date(date.fromisoformat(promise.last_day))
        if isinstance(promise, Promise)
        else "",
        "check_in_day": business_days_on(w.now, w.tz, 5),
        "reasons": "\n".join(f"- {r}" for r in reasons)
        or "[add: up to three reasons you fit the role]",
        "recent_update": w.profile.recent_update
        or "[add: a recent update worth sharing, such as a finished course or a result]",
        "signature": signature(w.user, w.sender_email),
        "my_name": w.user.name,
        "my_phone": w.user.phone,
        "my_email": w.sender_email,
    }


def wording(
    kind: Kind[Any], f: Followup, w: Writing, own: tuple[Path, str] | None
) -> tuple[str, tuple[LintFinding, ...]]:
    """The draft's text: the user's own template (`own`: its file and text) when it can be
    used, else the kind's built-in wording, with a finding that says why."""
    built_in = foreign.body(kind, f, w) or kind.body(f, kind.payload(f), w)
    if own is None:
        return built_in, ()
    path, text = own
    try:
        return render(text, values_for(f, w)), ()
    except TemplateError as exc:
        log.warning("template_not_used", kind=f.kind, file=path.name, reason=str(exc))
        return built_in, (
            LintFinding(
                "template_error",
                f"your template {path} was not used ({exc}); the built-in wording was",
            ),
        )
