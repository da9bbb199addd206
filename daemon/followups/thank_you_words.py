"""The words of a thank-you, one way of saying it per kind of meeting (daemon/followups/
occasion.py), each built as DOMAIN.md says: thanks for their time; for an interview, at most
three reasons the user fits; interest, the user's next step, thanks again. A networking,
introduction or adviser note never pitches the user's reasons. After a rejection the note
thanks them and asks to be kept in mind for other openings; what happened since the meeting (a
promise of news, a take-home, a referral) is acknowledged in one clause; a late note says so.

Several people met at once get different words: `turn` (their place among the people met)
picks among ways of saying the same thing.
"""

from __future__ import annotations

from datetime import date

from daemon.drafting.templates import (
    business_days_on,
    news_from,
    signature,
    weekday_date,
    when_promised,
)
from daemon.followups.base import Writing
from daemon.followups.occasion import INTERVIEWS, Occasion, Since, is_recruiter
from daemon.infer.people import first_name
from daemon.model import Address, Meeting, Promise


def thank_you_text(
    to: Address,
    occasion: Occasion,
    when: str,
    since: Since,
    turn: int,
    w: Writing,
    session: str = "session",
    introducer: str | None = None,
) -> str:
    """The whole note to one person met (`when`: 'yesterday', 'on Thursday 5 March'; `turn`:
    their place among the people met; `session`: what a group session was called; the first
    name of who introduced them, if someone did)."""
    voice = w.voice(to)
    role = f"the {w.role} role" if w.role else "the role"
    at = f" at {w.company}" if w.company else ""
    if voice.close and occasion in _CONVERSATIONS and not since.rejected:
        return _to_a_friend(
            to, voice.greeting, voice.sign_off, occasion, when, since, introducer, w
        )
    opening = _opening(occasion, when, role, at, turn, session, introducer)
    if since.rejected or since.offered:  # the process is over: no "next steps" to hear of
        opening = opening.replace(" and what the next steps look like", "")
    if since.rejected:  # nor a place to help in
        opening = opening.replace(" and where I could help", "")
    if since.passed_via:
        opening += (
            f" I asked {since.passed_via} to pass on my thanks, but I wanted to write to you "
            "myself as well."
        )
    if since.written_since:
        opening = "I should have written sooner to thank you properly. " + opening
    elif since.late:
        opening = "I'm sorry for the delay in writing. " + opening
    if since.sent:
        opening += f" Thank you also for sending {since.sent}."
    parts = [voice.greeting, opening]
    if since.rejected:
        told = since.rejected_by is not None and since.rejected_by.email == to.email
        welcome = f"I would welcome being considered for other openings{at} in the future."
        if "pleasure" not in opening:  # said once: the opening may have said it already
            welcome = "It was a pleasure to meet you, and " + welcome
        decision = (
            "Thank you also for letting me know your decision, and for your feedback, which I "
            "will put to good use. "
            if told and since.feedback
            else "Thank you also for letting me know your decision. "
        )
        parts.append((decision if told else "") + welcome)
        parts.append(
            # thanks said three times already: the offer is welcomed, not thanked again
            "I would be glad to take you up on your kind offer to open doors, and I hope we can "
            "stay in touch."
            if since.referral
            else "I hope we can stay in touch. Thank you again for your time."
        )
    elif since.offered:  # the offer came: thanks, and no more case to make
        parts.append(
            "I was delighted to hear about the offer that followed, and our conversation was a "
            f"real part of what drew me to {role}{at}. Thank you again for your time and for "
            "your part in the process."
        )
    elif occasion in INTERVIEWS and (
        is_recruiter(to.email, w.facts)
        or _on_trial(occasion, session)
        or since.next_step
        or since.next_meeting is not None
    ):
        # a recruiter met beside the employer, or for their own screen; a day's work on trial,
        # which showed what the user can do; a next step already set up (the case was made):
        # interest, no pitch
        parts.append(_interview_close(since, turn, w, to, hiring=True))
    elif occasion in INTERVIEWS:
        parts.append(_reasons(w, turn))
        parts.append(_interview_close(since, turn, w, to))
    elif occasion == "look_round":  # before applying: no pitch, no chase; the application next
        parts.append(
            "It confirmed my interest, and I look forward to sending my application. Thank you "
            "again for your time."
        )
    elif occasion == "hiring":  # a chat about a role: interest and the next step, no pitch
        parts.append(_interview_close(since, turn, w, to, hiring=True, chase=False))
    elif occasion == "advised":
        parts.append(
            "I hope our conversation was useful, and I would be glad to talk again whenever it "
            "would help. Thank you again for reaching out."
        )
    elif occasion == "feedback":
        parts.append(
            "I will put what you said to good use as I go forward. Thank you again for your time."
        )
    else:
        parts.append(_networking_middle(occasion, since, w))
        parts.append(
            "I would be glad to keep in touch, and I will let you know how things develop. "
            "Thank you again for your time."
        )
    parts.append(voice.sign_off + "\n" + signature(w.user, w.sender_email))
    return "\n\n".join(parts) + "\n"


# the conversations a note to a friend is written for in their register (an interview is not;
# a catch-up where a friend raised a job is)
_CONVERSATIONS: frozenset[Occasion] = frozenset(
    {"informational", "introduction", "adviser", "advised", "hiring"}
)


def _to_a_friend(
    to: Address,
    greeting: str,
    sign_off: str,
    occasion: Occasion,
    when: str,
    since: Since,
    introducer: str | None,
    w: Writing,
) -> str:
    """A note after a conversation with someone the user writes to as a friend: warm and plain,
    still a professional note (DOMAIN.md: never casual), with no template's formal phrases."""
    sorry = "Sorry for the slow note. " if since.late else ""
    opening = f"{sorry}It was so good to talk {when}, and thank you for making the time" + (
        ", and for being so generous with your help." if occasion == "adviser" else "."
    )
    if since.may_put_forward:  # they asked leave to put the user forward: the note gives it
        middle = (
            "Thank you, too, for sending the details through. Yes, please do put my name "
            "forward; I am genuinely interested, and I would love to hear how it goes."
        )
    elif since.referral:
        middle = (
            "Thank you, too, for the introduction. I really appreciate you putting my name "
            "forward, and I will let you know how it goes."
        )
    elif occasion == "hiring":
        told = f"sending {since.sent}" if since.sent else "telling me about the team's plans"
        middle = (
            f"Thank you, too, for {told}; I am genuinely interested, and I would love to hear "
            "more."
        )
    elif since.promise is not None and since.promise.made_by.email == to.email:
        middle = (
            "Thank you, too, for what you offered to do; I look forward to hearing how it lands."
        )
    elif occasion == "advised":
        middle = (
            "I hope it was useful to talk it through, and I am happy to do it again whenever it "
            "would help."
        )
    else:
        middle = (
            "I came away with plenty to think about"
            + (
                f", and I am grateful to {introducer} for putting us in touch."
                if introducer
                else "."
            )
            + " I will let you know how things go."
        )
    close = "Thanks again for your time, and I hope we can catch up again soon."
    return (
        "\n\n".join(
            [greeting, opening, middle, close, sign_off + "\n" + signature(w.user, w.sender_email)]
        )
        + "\n"
    )


def _opening(
    occasion: Occasion,
    when: str,
    role: str,
    at: str,
    turn: int,
    session: str,
    introducer: str | None,
) -> str:
    # a conversation about a role the thread never named is about the company ('about Quillpad')
    about = f"{role}{at}" if role != "the role" or not at else at.removeprefix(" at ")
    ways: dict[Occasion, tuple[str, ...]] = {
        "interview": (
            f"Thank you for taking the time to interview me {when} for {role}{at}. I enjoyed "
            "learning more about the team's work and talking through how I could contribute.",
            f"Thank you for meeting with me {when} to discuss {role}{at}. Our conversation "
            "gave me a much clearer picture of the work and where I could help.",
        ),
        "screen": (
            f"Thank you for speaking with me {when} about {role}{at}. It was helpful to hear "
            "how the role fits into the team and what the next steps look like.",
        ),
        "panel": (
            f"Thank you for being part of my interview panel {when} for {role}{at}. I "
            "appreciated your questions and hearing your view of the team's work.",
            f"Thank you for joining the panel {when}. Your questions gave me a clear sense "
            f"of what {role}{at} asks for, and I enjoyed the discussion.",
            # nothing said of what they told the user: a structured panel reads its questions
            f"I wanted to thank you for your time on the panel {when}. The conversation helped "
            f"me picture {role}{at} in practice.",
        ),
        "visit": (
            # not "hosting me": most of the people met on a visit were not its host
            f"Thank you for taking the time to meet me during my visit {when}. Seeing the team "
            f"at work and meeting the people behind it gave me a much clearer picture of "
            f"{role}{at}.",
            f"Thank you for the time you gave me during my visit {when}. Our conversation was "
            f"one of the highlights of the day, and it made {role}{at} feel very real.",
            f"Thank you for meeting with me during my visit {when}. I came away with a good "
            f"sense of how the team works, and I enjoyed hearing your part in it.",
        ),
        "look_round": (
            f"Thank you for showing me around {when}. Seeing the team at work and hearing how "
            f"the role fits in gave me a much clearer picture of {role}{at}.",
        ),
        "group": (
            f"Thank you for having me at the {session} {when}. I enjoyed working through the "
            f"tasks and seeing how the team works, and it confirmed my interest in "
            f"{role}{at}.",
            f"Thank you for your part in the {session} {when}. Taking part gave me a real "
            f"feel for the work behind {role}{at}.",
        ),
        "informational": (
            f"Thank you for making the time to talk with me {when}. I really enjoyed our "
            f"conversation and hearing about your work{at} and how you see the field.",
            f"Thank you for our conversation {when}. It was a pleasure to hear about your "
            f"work{at}, and I appreciated your time.",
        ),
        "introduction": (
            f"Thank you for making the time to speak with me {when}. I enjoyed hearing about "
            f"your work{at}"
            + (
                f", and I am grateful to {introducer} for putting us in touch."
                if introducer
                else " and how you came to it."
            ),
        ),
        "adviser": (
            f"Thank you for your time {when}, and for the thought you gave to my plans. Your "
            "perspective was very useful to me.",
        ),
        "hiring": (
            f"Thank you for making the time to talk with me {when} about {about}. I enjoyed "
            "hearing what the work involves and where the team is heading.",
            f"Thank you for our conversation {when} about {about}. It gave me a much "
            "clearer picture of the work and of the team.",
        ),
        "advised": (
            f"Thank you for making the time to talk {when}. I enjoyed hearing about your "
            f"plans{at} and thinking them through with you.",
        ),
        "feedback": (
            f"Thank you for taking me through the feedback {when}. It was useful to hear, and "
            "I appreciated how clearly and candidly you explained it.",
        ),
    }
    options = ways[occasion]
    chosen = options[turn % len(options)]
    if chosen.count("the role") > 1:  # "how the role fits in … a clearer picture of the role"
        head, _, tail = chosen.rpartition("the role")
        chosen = head + "the work" + tail
    if occasion == "hiring" and introducer:
        chosen += f" I am grateful to {introducer} for putting us in touch."
    return chosen


def _on_trial(occasion: Occasion, session: str) -> bool:
    return occasion == "group" and ("trial" in session or "working" in session)


def _reasons(w: Writing, turn: int) -> str:
    lead = (
        "From our conversation, I believe I would bring the following to the role:",
        "Having heard more about what the role needs, here is what I would bring:",
        "Three things I would bring to the team, from what we discussed:",
    )[turn % 3]
    reasons = w.profile.reasons[:3] or ("[add: up to three reasons you fit the role]",)
    if len(reasons) != 3 and lead.startswith("Three"):
        lead = "What I would bring to the team, from what we discussed:"
    return lead + "\n" + "\n".join(f"- {r}" for r in reasons)


def _promised_step(p: Promise, w: Writing, to: Address) -> str:
    """The news the other side promised, quoted as said while its day is ahead ('early next
    week, as you mentioned'; 'as Maeve mentioned' when someone else said it); once the day has
    come, no date: the note does not chase."""
    last = date.fromisoformat(p.last_day)
    if last <= w.now.astimezone(w.tz).date():
        return "I look forward to hearing about the next steps."
    heard = when_promised(
        p.text, last, w.tz, p.made_at.astimezone(w.tz).date(), w.now.astimezone(w.tz).date()
    )
    said = "you" if p.made_by.email == to.email else (first_name(p.made_by) or "the team")
    # "Dr. Thornbury asked me to pass along that she expects to be in touch": hers, not `to`'s
    source = news_from(p.text, to)
    return f"I look forward to hearing from {source} {heard}, as {said} mentioned."


def _interview_close(
    since: Since, turn: int, w: Writing, to: Address, hiring: bool = False, chase: bool = True
) -> str:
    interest = (
        (
            "I am very interested in the opportunity.",
            "What we discussed made me keen to take it further.",
        )[turn % 2]
        if hiring
        # the opening named the role and the company: the close does not say them again
        else (
            "I remain very interested in the role.",
            "I am keen to take the next step.",
            "I would very much like to be part of the team.",
        )[turn % 3]
    )
    if since.next_meeting is not None:  # the next meeting is booked: look forward to it
        step = _next_meeting(since.next_meeting, to, w)
    elif since.may_put_forward:
        step = "I would be glad for you to put my name forward, and I look forward to hearing more."
    elif since.next_step and not since.take_home:
        step = (
            "Thank you, too, for setting up the next step; I look forward to it."
            if since.next_step_by_them
            else "I look forward to the next step."
        )
    elif since.promise is not None:
        step = _promised_step(since.promise, w, to)
    elif since.take_home:
        step = "I look forward to working on the exercise and will send it as agreed."
    elif not chase:  # a chat about a role, with no process yet: no date to chase
        step = "I would be glad to talk about next steps whenever the timing suits you."
    else:
        step = f"I will check in again by {business_days_on(w.now, w.tz, 5)}."
    if since.referral:
        step = "Thank you, too, for your help with the introduction. " + step
    if "next step" in interest and "next step" in step:  # "keen to take the next step. … the
        # next steps" says it twice
        interest = "I remain very interested in the role."
    return f"{interest} {step} Thank you again for your time and consideration."


def _next_meeting(m: Meeting, to: Address, w: Writing) -> str:
    """'I look forward to meeting Gordon on Tuesday, April 21.'"""
    day = weekday_date(m.start.astimezone(w.tz).date(), w.tz)
    others = [
        name
        for a in m.attendees
        if a.email != to.email and a.email.lower() not in w.mine and (name := first_name(a))
    ]
    if others:
        names = others[0] if len(others) == 1 else ", ".join(others[:-1]) + " and " + others[-1]
        return f"I look forward to meeting {names} on {day}."
    return f"I look forward to our next conversation on {day}."


def _networking_middle(occasion: Occasion, since: Since, w: Writing) -> str:
    """What a note after a conversation says between its thanks and its close: true of any good
    conversation (it may have been a hiring chat read as networking), no pitch and no profile
    update (DOMAIN.md: a networking thank-you is about them, not the user)."""
    thanks_more = " Thank you, too, for your help with the introduction." if since.referral else ""
    if occasion == "adviser":
        return (
            f"I will follow up on your suggestions, and I am grateful for your help.{thanks_more}"
        )
    return f"Our conversation gave me a good deal to think about.{thanks_more}"
