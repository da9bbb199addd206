"""The sync cursor: per folder (UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ), as opaque JSON for the core.

A message's ref is "UIDVALIDITY:UID", so refs from before a UIDVALIDITY change can never be
mistaken for the messages that now carry the same UIDs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from daemon.errors import MessageError

VERSION = 1


@dataclass(frozen=True)
class FolderState:
    """What a folder looked like after the last sync that read it."""

    uidvalidity: int
    uidnext: int  # every UID below this has been seen (or was outside the look-back window)
    highestmodseq: int | None = None  # None where the server has no CONDSTORE


def load_cursor(text: str | None) -> dict[str, FolderState]:
    """The per-folder states in a cursor; an absent, foreign or damaged cursor gives none,
    which makes the next sync a first sync (the core's cache still filters what it knows)."""
    if not text:
        return {}
    try:
        data = json.loads(text)
        if data.get("v") != VERSION:
            return {}
        return {
            str(name): FolderState(int(v[0]), int(v[1]), None if v[2] is None else int(v[2]))
            for name, v in data["folders"].items()
        }
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return {}


def dump_cursor(states: dict[str, FolderState]) -> str:
    """The cursor for `states`, stable for equal states (sorted keys)."""
    folders = {
        name: [s.uidvalidity, s.uidnext, s.highestmodseq] for name, s in sorted(states.items())
    }
    return json.dumps({"v": VERSION, "folders": folders}, separators=(",", ":"))


def make_ref(uidvalidity: int, uid: int) -> str:
    """A message's ref within its folder."""
    return f"{uidvalidity}:{uid}"


def parse_ref(ref: str) -> tuple[int, int]:
    """(UIDVALIDITY, UID) of a ref; `MessageError` if it is not one of ours."""
    validity, colon, uid = ref.partition(":")
    if not colon or not validity.isdigit() or not uid.isdigit():
        raise MessageError(f"not an IMAP message reference: {ref!r}")
    return int(validity), int(uid)
