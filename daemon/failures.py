"""What was set aside, in the words `status`, `doctor`, the digest and the report use."""

from __future__ import annotations

from collections import defaultdict

from daemon.store import Failure

_SAID = {
    "read": ("message could not be read", "messages could not be read"),
    "message": ("message could not be understood", "messages could not be understood"),
    "thread": ("thread could not be understood", "threads could not be understood"),
    "followup": ("draft could not be written", "drafts could not be written"),
}
SHOWN = 10  # per kind; the rest are counted


def failure_lines(failures: list[Failure]) -> list[str]:
    """One line per kind of failure, naming each (Message-ID and reason) up to `SHOWN`:
    "1 message could not be read: <id@x> (no usable Date or Received header)"."""
    by_unit: dict[str, list[Failure]] = defaultdict(list)
    for f in failures:
        by_unit[f.unit].append(f)
    lines = []
    for unit, (one, many) in _SAID.items():
        found = by_unit.get(unit, [])
        if not found:
            continue
        named = "; ".join(f"{f.message_id or f.key} ({f.reason})" for f in found[:SHOWN])
        more = f"; and {len(found) - SHOWN} more" if len(found) > SHOWN else ""
        lines.append(f"{len(found)} {one if len(found) == 1 else many}: {named}{more}")
    return lines
