"""The one clock every rule reads. Real by default; tests and demos start it elsewhere and may
run it faster, so that a meeting can end and a digest fall due in seconds."""

from __future__ import annotations

import time
from datetime import datetime, timedelta


class Clock:
    """`now()` = start + (real time elapsed since creation) × rate."""

    def __init__(self, start: datetime | None = None, rate: float = 1.0) -> None:
        self._start = start or datetime.now().astimezone()
        self._t0 = time.monotonic()
        self.rate = rate

    def now(self) -> datetime:
        return self._start + timedelta(seconds=(time.monotonic() - self._t0) * self.rate)

    def real_seconds(self, clock_seconds: float) -> float:
        """How long to really wait for `clock_seconds` to pass on this clock."""
        return clock_seconds / self.rate
