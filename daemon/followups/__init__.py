"""The kinds of follow-up, one module each, and the one registry the rules, the drafts, the
digest, the report and `explain` loop over.

Adding a kind is adding a module here (a `Kind` subclass and its payload: see `base.py`), its
name to `daemon.model.KindName`, an entry in `KINDS`, its `[rules]` keys to
`daemon.config.Rules` (and `config.example.toml`, the README), and its tests. Nothing else
picks by a kind's name.
"""

from __future__ import annotations

from typing import Any

from daemon.followups import (
    application,
    ask_for_address,
    callback,
    networking,
    own_promise,
    thank_you,
)
from daemon.followups.base import Kind

# in the order the digest shows them, and the order their follow-ups are decided in
KINDS: tuple[Kind[Any], ...] = (
    thank_you.KIND,
    ask_for_address.KIND,
    callback.KIND,
    application.KIND,
    own_promise.KIND,
    networking.KIND,
)


def kinds() -> tuple[Kind[Any], ...]:
    """Every kind, in order (read at each call: the registry is the one list)."""
    return KINDS


def kind_of(name: str) -> Kind[Any]:
    """The kind with this name; KeyError for one no module defines."""
    for kind in KINDS:
        if kind.name == name:
            return kind
    raise KeyError(name)
