"""The one vocabulary of follow-ups: what each state is called and how a deadline is said, for
`scan`, `status`, `explain` and the digest alike. A follow-up reads the same wherever it is
listed: its state's name is the one `--json` gives, and its deadline is one sentence.

Example::

    >>> from dataclasses import replace
    >>> from datetime import datetime, timedelta, timezone
    >>> from daemon.model import Address, Followup
    >>> now = datetime(2026, 3, 30, 12, 0, tzinfo=timezone.utc)
    >>> f = Followup("t1", "thank_you", "<a@x>", Address("a@x.test"),
    ...              due_at=now - timedelta(hours=1), overdue_at=now + timedelta(hours=7),
    ...              state="due", reason="")
    >>> deadline(f, now, timezone.utc)
    'due since Mon 30 Mar 11:00; overdue from Mon 30 Mar 19:00 (7 h left)'
    >>> deadline(replace(f, kind="callback", overdue_at=None), now, timezone.utc)
    'due since Mon 30 Mar 11:00 (1 h ago)'
    >>> deadline(replace(f, state="overdue", overdue_at=now - timedelta(hours=30)), now,
    ...          timezone.utc)
    'overdue since Sun 29 Mar 06:00 (1 d 6 h ago)'
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from daemon.followups import kind_of
from daemon.model import Followup

__all__ = ["OWED", "STATES", "deadline", "kind_words", "moment", "span"]

# the states in the order a person acts on them, each with what it means
STATES = {
    "overdue": "past the point it should have been sent",
    "due": "a draft is ready to review and send",
    "scheduled": "not due yet",
    "stale": "fell due too long ago to draft; worth a call or a note",
    "satisfied": "taken care of",
    "dismissed": "you said it is not needed",
}
OWED = ("overdue", "due")


def kind_words(kind: str) -> str:
    """'thank-you' for thank_you: the kind as a person writes it (each kind says its own)."""
    try:
        return kind_of(kind).words
    except KeyError:
        return kind.replace("_", "-")


def moment(t: datetime, tz: tzinfo) -> str:
    """A deadline's moment, the same everywhere: 'Mon 30 Mar 19:00' in the user's zone."""
    return t.astimezone(tz).strftime("%a %d %b %H:%M")


def span(t: timedelta) -> str:
    """A duration in whole hours, days past 24: '7 h', '2 d 3 h', 'under 1 h'."""
    hours = int(abs(t).total_seconds() // 3600)
    if hours == 0:
        return "under 1 h"
    return f"{hours // 24} d {hours % 24} h" if hours >= 24 else f"{hours} h"


def deadline(f: Followup, now: datetime, tz: tzinfo) -> str:
    """Where a follow-up stands against its deadline, in one phrase."""
    if f.state == "scheduled" and f.due_at <= now:  # held back (networking.wait_for_other_notes)
        return f"fell due {moment(f.due_at, tz)} ({span(now - f.due_at)} ago); held back"
    if f.state == "scheduled":
        return f"due {moment(f.due_at, tz)} (in {span(f.due_at - now)})"
    if f.state == "overdue":
        since = f.overdue_at or f.due_at
        return f"overdue since {moment(since, tz)} ({span(now - since)} ago)"
    if f.state == "due":
        if f.overdue_at is not None:
            return (
                f"due since {moment(f.due_at, tz)}; overdue from {moment(f.overdue_at, tz)} "
                f"({span(f.overdue_at - now)} left)"
            )
        return f"due since {moment(f.due_at, tz)} ({span(now - f.due_at)} ago)"
    if f.state == "stale":
        return f"fell due {moment(f.due_at, tz)} ({span(now - f.due_at)} ago); too late to draft"
    if f.state == "satisfied":
        return "taken care of"
    return "dismissed"
