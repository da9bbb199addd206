"""What every draft body shares: the greeting, the signature, and days said in words.

Each kind's own wording is in its module (daemon/followups/), built the way DOMAIN.md says a
good note is built. A thank-you: thanks for their time; at most three reasons the user fits;
interest, the next follow-up the user will make, thanks again; full contact details. A later
follow-up: a pleasantry; where things were left; something of value; the user's own next step.
A slot we cannot fill is left as a plain `[add: ...]` marker for the user and reported by the
lint.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from daemon.config import User
from daemon.infer.dates import add_business_days
from daemon.infer.people import first_name
from daemon.model import Address


def greeting(to: Address) -> str:
    """'Dear Dana,' (the first name), or a slot to fill when no name is known."""
    name = first_name(to)
    return f"Dear {name}," if name else "Dear [add: their name],"


def signature(user: User, sender_email: str) -> str:
    """The user's name, signature lines, phone and the address the draft is sent from."""
    lines = [user.name]
    lines += [ln for ln in user.signature.splitlines() if ln.strip()]
    if user.phone:
        lines.append(user.phone)
    lines.append(sender_email)
    return "\n".join(lines)


def day_phrase(start: datetime, tz: tzinfo, now: datetime) -> str:
    """'today', 'yesterday' or 'on Thursday, 5 March', as seen from `now`."""
    day = start.astimezone(tz).date()
    today = now.astimezone(tz).date()
    if day == today:
        return "today"
    if day == today - timedelta(days=1):
        return "yesterday"
    return f"on {weekday_date(day)}"


def weekday_date(day: date) -> str:
    """'Thursday, 5 March'."""
    return f"{day.strftime('%A')}, {day.day} {day.strftime('%B')}"


def business_days_on(now: datetime, tz: tzinfo, days: int) -> str:
    """The weekday `days` business days after today, in words: when the user says they will
    check in again."""
    return weekday_date(add_business_days(now.astimezone(tz).date(), days))
