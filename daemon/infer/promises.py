"""Promises: someone at the company said they would be back in touch by a day or in a window."""

from __future__ import annotations

import re
from datetime import datetime, time, tzinfo

from daemon.infer.dates import Window, find_times, find_windows
from daemon.infer.people import Identity, domain_of, is_automated_address, is_personal_domain
from daemon.model import Message, Promise, Thread

_COMMIT = re.compile(
    r"(?:\b(?:will|shall|going to|expect to|hope to|plan to|aim to|should|let me)|'ll)\s+"
    r"(?:[\w’'-]+,?\s+){0,10}?"
    r"(?P<verb>get back|come back|let you know|update you|give you an update|be in touch|"
    r"get in touch|"
    r"reach out|follow up|decide|make (?:a|the|our) (?:decision|call)|"
    r"have (?:(?:a|an|some|any|more) )?(?:decision|answer|update|news|feedback)|"
    r"respond|reply|revert|come back|"
    r"send (?:you )?(?:an? |our )?(?:update|answer|decision|news|feedback|next steps)|"
    r"share (?:an? |our )?(?:update|next steps|feedback|decision)|circle back|"
    r"call you (?:back|with)|be back|hear (?:back )?from (?:us|me))"
    r"|\byou(?:'ll| will| should) hear (?:back )?from (?:us|me)"
    r"|\bexpect (?:an? |our |my )?(?:update|answer|decision|news) from (?:us|me)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def find_promises(thread: Thread, me: Identity, tz: tzinfo) -> list[Promise]:
    """Dated promises made by people at a company (not the user, not a robot, not family)."""
    out: list[Promise] = []
    for msg in thread.messages:
        if not _may_promise(msg, me):
            continue
        assert msg.sender is not None
        local_day = msg.date.astimezone(tz).date()
        for sentence in _sentences(msg.text):
            commit = _COMMIT.search(sentence)
            # "I'll call you on Wednesday at 16:00" sets an appointment; it promises no news;
            # "you should reply by Friday" asks something of the user
            if (
                not commit
                or find_times(sentence, msg.date, tz)
                or re.search(r"\byou\s*$", sentence[: commit.start()], re.IGNORECASE)
            ):
                continue
            # the window the promise names follows its verb ("... tomorrow and will update
            # you by Thursday" promises Thursday)
            at = commit.start("verb") if commit.group("verb") else commit.start()
            window = _window_for(find_windows(sentence, local_day), at)
            if window is None or window.last_day < local_day:
                continue
            out.append(
                Promise(
                    thread_id=thread.id,
                    made_by=msg.sender,
                    message_id=msg.message_id,
                    made_at=msg.date,
                    last_day=window.last_day.isoformat(),
                    due=datetime.combine(window.last_day, time(23, 59, 59), tz),
                    text=" ".join(sentence.split()),
                )
            )
    return out


def _may_promise(msg: Message, me: Identity) -> bool:
    sender = msg.sender
    return (
        sender is not None
        and not me.sent_by_me(msg)
        and not msg.automated
        and not is_automated_address(sender.email)
        and not is_personal_domain(domain_of(sender.email))
    )


def _sentences(text: str) -> list[str]:
    """Sentences, with hard-wrapped lines of a paragraph joined again."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        # "p.m." and "a.m." would end a sentence early; fold them first
        joined = re.sub(r"\b([ap])\.m\.", r"\1m", " ".join(paragraph.split()))
        out += [s.strip() for s in _SENTENCE.findall(joined) if s.strip()]
    return out


def _window_for(windows: list[Window], commit_at: int) -> Window | None:
    """The window the promise names: the first after its verb, else the nearest before it."""
    after = [w for w in windows if w.span[0] >= commit_at]
    if after:
        return after[0]
    before = [w for w in windows if w.span[0] < commit_at]
    return before[-1] if before else None
