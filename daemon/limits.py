"""Every bound followupd puts on what it reads, and a time limit for one unit of work.

Mail comes from strangers: any size, any nesting, any header. Each limit below is far above
what real mail needs (the corpora in shared/ stay well inside them) and low enough that one
message can never hold a scan for long. What exceeds a limit is cut with a note on the message,
or the message is refused with the reason; nothing waits on it.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from daemon.errors import MessageError

HEADER_BYTES = 256 * 1024  # a message's header block; Postfix's own default is 100 KiB
SUBJECT_CHARS = 500  # a subject longer than this is cut
NAME_CHARS = 100  # a display name (From, To, a calendar CN)
REFERENCES = 100  # ids kept from References: the first and the latest (RFC 5322 3.6.4)
ADDRESSES = 200  # addresses read from one header
MIME_PARTS = 500  # leaf parts looked at in one message
MIME_DEPTH = 20  # nesting of multiparts and attached messages
CALENDAR_PARTS = 5  # text/calendar parts read from one message
CALENDAR_EVENTS = 50  # VEVENTs read from one calendar part
ATTENDEES = 200  # attendees read from one event
EVENT_YEARS = (1970, 2100)  # a meeting outside these years is not a meeting
EVENT_DAYS = 31  # a meeting longer than this has no usable end
ATTACHED_MESSAGE_BYTES = 25 * 1024 * 1024  # the earlier email attached to a draft
LINE_OCTETS = 998  # RFC 5322 2.1.1: no line of a draft is longer

PARSE_SECONDS = 10.0  # reading one message
INFER_SECONDS_PER_MESSAGE = 0.5  # inference over a set of threads, per message in them
INFER_SECONDS_MIN = 30.0
COMPOSE_SECONDS = 10.0  # composing one draft


class TimeUp(MessageError):
    """One unit of work ran out of its time."""


@contextmanager
def deadline(seconds: float, what: str) -> Iterator[None]:
    """Raise `TimeUp` inside the block once `seconds` have passed.

    Uses the real-time interval timer, so it works only on the main thread (where every scan
    and every tick runs); elsewhere the block runs unbounded. Nested deadlines keep the
    earlier one. Pure-Python code and the `re` module are interrupted; the limits above keep
    the C-level work on one message small.
    """
    if threading.current_thread() is not threading.main_thread() or seconds <= 0:
        yield
        return
    outer_handler = signal.getsignal(signal.SIGALRM)
    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    if (outer_left and outer_left <= seconds) or outer_handler is None:
        # an enclosing deadline comes first (let it fire), or SIGALRM belongs to code outside
        # Python (a fuzzer's timer) that we could not give back
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise TimeUp(f"{what} took longer than {seconds:g} s")

    signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, outer_handler)
        if outer_left:
            # give the enclosing deadline what it had left
            remaining = outer_left - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(remaining, 0.001))
