"""Draft bodies, in our own words, built the way DOMAIN.md says a good note is built.

A thank-you: thanks for their time; at most three reasons the user fits; interest, the next
follow-up the user will make, thanks again; full contact details. A later follow-up: a
pleasantry; where things were left; something of value; the user's own next step. A slot we
cannot fill is left as a plain `[add: ...]` marker for the user and reported by the lint.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from daemon.config import Profile, User
from daemon.infer.dates import add_business_days
from daemon.infer.people import first_name
from daemon.model import Address, Followup


def greeting(to: Address) -> str:
    name = first_name(to)
    return f"Dear {name}," if name else "Dear [add: their name],"


def signature(user: User, sender_email: str) -> str:
    lines = [user.name]
    lines += [ln for ln in user.signature.splitlines() if ln.strip()]
    if user.phone:
        lines.append(user.phone)
    lines.append(sender_email)
    return "\n".join(lines)


def thank_you_body(
    f: Followup,
    company: str | None,
    user: User,
    profile: Profile,
    sender_email: str,
    tz: tzinfo,
    now: datetime,
) -> str:
    meeting = f.meeting
    when = _day_phrase(meeting.start, tz, now) if meeting else "recently"
    with_whom = company or "your team"
    reasons = profile.reasons[:3] or ("[add: up to three reasons you fit the role]",)
    follow_up_on = _weekday_date(add_business_days(now.astimezone(tz).date(), 5))
    parts = [
        greeting(f.to),
        f"Thank you for taking the time to speak with me {when}. I appreciated the chance to "
        f"learn more about the work at {with_whom} and to talk through how I could contribute.",
        "From our conversation, I believe I would bring the following to the role:\n"
        + "\n".join(f"- {r}" for r in reasons),
        f"I remain very interested in the opportunity. If it would help, I am glad to send "
        f"anything further, and I will check in again by {follow_up_on}. Thank you again for "
        f"your time and consideration.",
        "Best regards,\n" + signature(user, sender_email),
    ]
    return "\n\n".join(parts) + "\n"


def callback_body(
    f: Followup,
    company: str | None,
    user: User,
    profile: Profile,
    sender_email: str,
    tz: tzinfo,
    now: datetime,
) -> str:
    promise = f.promise
    promised = _weekday_date(date.fromisoformat(promise.last_day)) if promise else "recently"
    update = profile.recent_update or (
        "[add: a recent update worth sharing, such as a finished course, a project or a result]"
    )
    next_try = _weekday_date(add_business_days(now.astimezone(tz).date(), 5))
    where = f" at {company}" if company else ""
    parts = [
        greeting(f.to),
        "I hope your week is going well.",
        f"When we were last in touch, you mentioned that you expected to have news by "
        f"{promised}. I wanted to check in on where things stand, as I am still very "
        f"interested in the role{where}.",
        f"In the meantime, an update from my side: {update}",
        f"I will follow up again on {next_try}. You can also reach me at "
        f"{user.phone or sender_email}.",
        "Best regards,\n" + signature(user, sender_email),
    ]
    return "\n\n".join(parts) + "\n"


def _day_phrase(start: datetime, tz: tzinfo, now: datetime) -> str:
    day = start.astimezone(tz).date()
    today = now.astimezone(tz).date()
    if day == today:
        return "today"
    if day == today - timedelta(days=1):
        return "yesterday"
    return f"on {_weekday_date(day)}"


def _weekday_date(day: date) -> str:
    return f"{day.strftime('%A')}, {day.day} {day.strftime('%B')}"
