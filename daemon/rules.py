"""The rules: facts and a clock in, follow-ups out. Pure: no I/O, time only from `now`.

Each kind of follow-up decides for itself (daemon/followups/, one module per kind); this module
runs them over the job-search threads, and holds the `Mailbox`: the one place a kind asks what
was written across threads ("did the user write to X since T", "did anyone from Y write since
T"), answered from indexes, and `Remembered`, the same answers kept from the last plan.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import lru_cache
from typing import Any, Protocol, TypeVar

from daemon.config import Rules
from daemon.followups import kinds
from daemon.followups.base import followup_id
from daemon.infer import lang
from daemon.infer.autoreply import is_auto_reply
from daemon.infer.people import (
    Identity,
    domain_of,
    is_automated_address,
    is_personal_domain,
    is_service_domain,
    organisation_in,
)
from daemon.mailtext import own_words
from daemon.model import Address, Followup, Message, Promise, Thread, ThreadFacts
from daemon.tracing import digest

__all__ = [
    "Answers",
    "Mailbox",
    "Remembered",
    "anchor_of",
    "decide",
    "endings_of",
    "followup_id",
    "legacy_followup_id",
]


@dataclass(frozen=True)
class Ending:
    """A rejection or an offer: when, which message, and from which organisation."""

    at: datetime
    message_id: str
    domain: str  # the sender's, or "" on a personal provider's domain
    company: str  # the thread's company, letters and digits only ("fernhillenergy")


def _ending(f: ThreadFacts) -> Ending | None:
    if not f.job_related or f.closed_by is None:
        return None
    msg = next((m for m in f.thread.messages if m.message_id == f.closed_by), None)
    if msg is None or msg.sender is None:
        return None
    domain = domain_of(msg.sender.email)
    if is_personal_domain(domain) or is_service_domain(domain):
        domain = ""
    return Ending(msg.date, msg.message_id, domain, _letters(f.company))


def _letters(name: str | None) -> str:
    return "".join(ch for ch in (name or "").lower() if ch.isalnum())


def endings_of(facts: Sequence[ThreadFacts]) -> tuple[Ending, ...]:
    """The rejections and offers the facts found, for `Mailbox.ended`."""
    return tuple(e for f in facts if (e := _ending(f)) is not None)


class Mailbox:
    """Every message, for the questions rules ask across threads (was she thanked elsewhere?
    did the company write since?), answered from indexes: the user's sent mail by recipient,
    incoming mail by sender, by domain and by the organisation an automated sender writes for,
    each in date order and bisected on date. One pass builds them; no question loops over the
    mailbox. The answers are those of a walk over `messages` in order (oldest first; messages of
    the same moment in thread order), the first that fits."""

    def __init__(
        self,
        messages: tuple[Message, ...],
        endings: tuple[Ending, ...] = (),
        whole: Callable[[Message], Message] | None = None,
        thanks: dict[tuple[str, ...], bool] | None = None,
    ) -> None:
        self.messages = messages
        # the rejections and offers of the job-search threads (`endings_of`)
        self.endings = endings
        # whether a message of the user's thanks, by its place, id, date and subject: kept by
        # the caller between scans (a message's words do not change under the same key)
        self._thanked_in = thanks if thanks is not None else {}
        # messages may come as heads (daemon/store.py): the whole message (its words, its
        # invitations) is then read on demand
        self._whole = whole or _itself
        self._me: Identity | None = None
        self._dates: list[datetime] = []
        self._mine_to: dict[str, list[int]] = {}
        self._by_sender: dict[str, list[int]] = {}
        self._by_domain: dict[str, list[int]] = {}
        self._by_id: dict[str, list[int]] = {}
        self._by_org: dict[str, list[int]] | None = None

    @classmethod
    def of(
        cls,
        threads: list[Thread],
        facts: Sequence[ThreadFacts] = (),
        *,
        whole: Callable[[Message], Message] | None = None,
        thanks: dict[tuple[str, ...], bool] | None = None,
        earlier: Mailbox | None = None,
    ) -> Mailbox:
        """The messages of `threads` (the earlier mailbox extended, when they are its messages
        and later ones), and the rejections and offers `facts` found."""
        ordered = tuple(sorted((m for t in threads for m in t.messages), key=lambda m: m.date))
        if earlier is not None and earlier.extend(ordered):
            earlier._whole = whole or _itself
            earlier.endings = endings_of(facts)
            return earlier
        return cls(ordered, endings_of(facts), whole, thanks)

    def extend(self, ordered: tuple[Message, ...]) -> bool:
        """Become the mailbox of `ordered` when it is this one's messages (the same objects,
        in the same order) followed by later ones: their indexes are extended, not rebuilt.
        False (nothing changed) otherwise."""
        old = self.messages
        if len(ordered) < len(old) or any(a is not b for a, b in zip(old, ordered, strict=False)):
            return False
        added = ordered[len(old) :]
        if old and added and added[0].date <= old[-1].date:
            return False  # a message of the same moment may sort among the old ones
        self.messages = ordered
        if self._me is not None:
            for i in range(len(old), len(ordered)):
                self._add(i, ordered[i], self._me)
                if self._by_org is not None:
                    self._add_org(i, ordered[i], self._me)
        return True

    def _index(self, me: Identity) -> None:
        if self._me == me:
            return
        self._me = me
        self._dates = []
        self._mine_to, self._by_sender, self._by_domain, self._by_id = {}, {}, {}, {}
        self._by_org = None
        for i, m in enumerate(self.messages):
            self._add(i, m, me)

    def _add(self, i: int, m: Message, me: Identity) -> None:
        self._dates.append(m.date)
        self._by_id.setdefault(m.message_id, []).append(i)
        if me.sent_by_me(m):
            for email in {a.email for a in m.recipients()}:
                self._mine_to.setdefault(email, []).append(i)
        elif m.sender is not None:
            self._by_sender.setdefault(m.sender.email, []).append(i)
            self._by_domain.setdefault(domain_of(m.sender.email), []).append(i)

    def _add_org(self, i: int, m: Message, me: Identity) -> None:
        s = m.sender
        assert self._by_org is not None
        if s is not None and s.name and not me.sent_by_me(m) and is_automated_address(s.email):
            self._by_org.setdefault(_organisation(s.name), []).append(i)

    def _organisations(self) -> dict[str, list[int]]:
        """Incoming mail from automated senders, by the organisation their name writes for."""
        if self._by_org is None:
            assert self._me is not None
            self._by_org = {}
            for i, m in enumerate(self.messages):
                self._add_org(i, m, self._me)
        return self._by_org

    def _first(
        self, positions: list[int], after: datetime, strict: bool, fits: _Fits
    ) -> int | None:
        """The first of `positions` (in order) dated after `after` (or at it, unless `strict`)
        for which `fits` holds; positions are in date order, so the start is bisected."""
        dates = self._dates
        lo, hi = 0, len(positions)
        while lo < hi:  # bisect over the positions' dates
            mid = (lo + hi) // 2
            d = dates[positions[mid]]
            if d < after or (strict and d == after):
                lo = mid + 1
            else:
                hi = mid
        for k in range(lo, len(positions)):
            verdict = fits(positions[k])
            if verdict is None:
                return None  # past the last moment that can fit
            if verdict:
                return positions[k]
        return None

    def thanked(
        self, person: Address, since: datetime, me: Identity, now: datetime
    ) -> Message | None:
        """The user's first message to this person, sent after the meeting began, that thanks
        them."""
        self._index(me)

        def fits(i: int) -> bool | None:
            m = self.messages[i]
            if m.date > now:
                return None
            key = (m.folder, m.ref, m.message_id, m.date.isoformat(), m.subject)
            found = self._thanked_in.get(key)
            if found is None:
                found = self._thanked_in[key] = _thanks(self._whole(m))
            return found

        found = self._first(self._mine_to.get(person.email, []), since, False, fits)
        return None if found is None else self.messages[found]

    def word_since(
        self,
        p: Promise,
        f: ThreadFacts,
        until: datetime,
        window_end: datetime,
        me: Identity,
        now: datetime,
    ) -> Message | None:
        """A message from the company after the promise (from its people, in the thread, or
        from an ATS writing in its name), or the user's own chase after the window."""
        self._index(me)
        messages = self.messages
        company = domain_of(p.made_by.email)
        # on personal mail the person is the company: another gmail.com sender is not them
        personal = is_personal_domain(company)
        # the user's own chase: to the person who promised or to someone in the promise's
        # thread (a note to a colleague who shares the domain, nhs.net say, is not a chase)
        thread_people = {
            a.email for m in f.thread.messages for a in (m.sender, *m.recipients()) if a is not None
        }

        def chase(i: int) -> bool | None:
            m = messages[i]
            if m.date > now:
                return None
            return not m.bulk and m.date > window_end

        def word(i: int) -> bool | None:
            m = messages[i]
            if m.date > now or m.date > until:
                return None
            # an out-of-office answers nothing
            return (
                not m.bulk and not me.sent_by_me(m) and m.sender is not None and not self._auto(i)
            )

        found: list[int] = []
        for email in {p.made_by.email} | thread_people:
            hit = self._first(self._mine_to.get(email, []), p.made_at, True, chase)
            if hit is not None:
                found.append(hit)
        theirs = (
            self._by_sender.get(p.made_by.email, [])
            if personal
            else self._by_domain.get(company, [])
        )
        in_thread = sorted(
            {i for m in f.thread.messages for i in self._by_id.get(m.message_id, [])}
        )

        def news(i: int) -> bool | None:
            # an ATS writing in the company's name: its notices about a meeting are not news
            fits = word(i)
            return fits and not _meeting_notice(self._whole(messages[i]))

        asked: list[tuple[list[int], _Fits]] = [(theirs, word), (in_thread, word)]
        if f.company:
            asked.append((self._organisations().get(f.company.lower(), []), news))
        for positions, fits in asked:
            hit = self._first(positions, p.made_at, True, fits)
            if hit is not None:
                found.append(hit)
        return messages[min(found)] if found else None

    def wrote_to(
        self, me: Identity, email: str, since: datetime, now: datetime, strict: bool = False
    ) -> Message | None:
        """The user's first message to `email` (To or Cc) in any thread, dated after `since`
        (or at it, unless `strict`)."""
        self._index(me)
        found = self._first(self._mine_to.get(email, []), since, strict, self._until(now))
        return None if found is None else self.messages[found]

    def answered(
        self, me: Identity, email: str, since: datetime, until: datetime, now: datetime
    ) -> Message | None:
        """The first message a person at the organisation of `email` wrote after `since`, up
        to `until`, in any thread: its domain, or the address alone on a personal provider's.
        Not list mail, an acknowledgement, an out-of-office or a notification."""
        self._index(me)
        domain = domain_of(email)
        theirs = (
            self._by_sender.get(email, [])
            if is_personal_domain(domain)
            else self._by_domain.get(domain, [])
        )

        def fits(i: int) -> bool | None:
            m = self.messages[i]
            if m.date > now or m.date > until:
                return None
            return (
                not m.bulk
                and not m.automated
                and m.sender is not None
                and not is_automated_address(m.sender.email)
                and not self._auto(i)
            )

        found = self._first(theirs, since, True, fits)
        return None if found is None else self.messages[found]

    def exchanges(
        self, me: Identity, email: str, since: datetime, now: datetime
    ) -> tuple[list[datetime], list[datetime]]:
        """When the user wrote to `email` and when `email` wrote back (list mail left out), in
        any thread, from `since` on, oldest first."""
        self._index(me)
        messages = self.messages
        mine = [messages[i] for i in self._span(self._mine_to.get(email, []), since, now)]
        theirs = [messages[i] for i in self._span(self._by_sender.get(email, []), since, now)]
        return [m.date for m in mine], [m.date for m in theirs if not m.bulk]

    def ended(self, email: str, company: str | None, since: datetime, now: datetime) -> str | None:
        """Did the organisation of `email` (or `company`, as an ATS writes in its name) reject
        or make an offer after `since`, in any thread: the message's Message-ID."""
        domain = domain_of(email)
        name = _letters(company)
        for e in self.endings:
            if since < e.at <= now and (
                (e.domain and e.domain == domain) or (name and e.company == name)
            ):
                return e.message_id
        return None

    def _auto(self, i: int) -> bool:
        """An out-of-office or other automatic reply (a head has no words: one flagged automated
        is read whole)."""
        m = self.messages[i]
        return is_auto_reply(self._whole(m) if m.automated else m)

    def _until(self, now: datetime) -> _Fits:
        def fits(i: int) -> bool | None:
            return None if self.messages[i].date > now else True

        return fits

    def _span(self, positions: list[int], since: datetime, until: datetime) -> list[int]:
        """The positions (in date order) dated from `since` to `until`, both included."""
        dates = self._dates
        lo = bisect_left(positions, since, key=lambda i: dates[i])
        hi = bisect_right(positions, until, key=lambda i: dates[i])
        return positions[lo:hi]


_Fits = Callable[[int], "bool | None"]


@lru_cache(maxsize=1 << 14)
def _organisation(display_name: str) -> str:
    return organisation_in(display_name).lower()


def _itself(m: Message) -> Message:
    return m


def _thanks(m: Message) -> bool:
    """Whether the user's message thanks, in its own words (not in the text it quotes or
    forwards)."""
    return bool(lang.pattern("thanks").search(m.subject + "\n" + own_words(m.text)))


class Answers(Protocol):
    """What the kinds ask of the mailbox (`Mailbox`, or `Remembered` answers): each question
    is one of `Mailbox`'s, which says what it answers."""

    def thanked(
        self, person: Address, since: datetime, me: Identity, now: datetime
    ) -> Message | None: ...

    def word_since(
        self,
        p: Promise,
        f: ThreadFacts,
        until: datetime,
        window_end: datetime,
        me: Identity,
        now: datetime,
    ) -> Message | None: ...

    def wrote_to(
        self, me: Identity, email: str, since: datetime, now: datetime, strict: bool = False
    ) -> Message | None: ...

    def answered(
        self, me: Identity, email: str, since: datetime, until: datetime, now: datetime
    ) -> Message | None: ...

    def exchanges(
        self, me: Identity, email: str, since: datetime, now: datetime
    ) -> tuple[list[datetime], list[datetime]]: ...

    def ended(
        self, email: str, company: str | None, since: datetime, now: datetime
    ) -> str | None: ...


T = TypeVar("T")


class Remembered:
    """The answers of an earlier scan over the same messages, asked again.

    Every message the rules see is dated up to `now` (later ones wait), so over the same
    messages an answer does not depend on `now`: "dated up to `until`" is "up to the window's
    grace" when that has passed, and always true when it has not. A question not asked before
    goes to the mailbox `open_mailbox` builds, and its answer is remembered too.
    """

    def __init__(self, answers: dict[str, Any], open_mailbox: Callable[[], Mailbox]) -> None:
        self.answers = answers
        self._open = open_mailbox
        self._mailbox: Mailbox | None = None

    def _ask(
        self,
        question: tuple[Any, ...],
        ask: Callable[[Mailbox], T],
        dump: Callable[[T], Any],
        load: Callable[[Any], T],
    ) -> T:
        key = digest(question)
        if key in self.answers:
            return load(self.answers[key])
        if self._mailbox is None:
            self._mailbox = self._open()
        answer = ask(self._mailbox)
        self.answers[key] = dump(answer)
        return answer

    def _message(
        self, question: tuple[Any, ...], ask: Callable[[Mailbox], Message | None]
    ) -> Message | None:
        return self._ask(question, ask, _dump_message, _load_message)

    def thanked(
        self, person: Address, since: datetime, me: Identity, now: datetime
    ) -> Message | None:
        question = ("thanked", person.email, since.isoformat())
        return self._message(question, lambda mb: mb.thanked(person, since, me, now))

    def word_since(
        self,
        p: Promise,
        f: ThreadFacts,
        until: datetime,
        window_end: datetime,
        me: Identity,
        now: datetime,
    ) -> Message | None:
        thread = [(m.message_id, m.sender, m.recipients()) for m in f.thread.messages]
        question = (
            "word",
            p.made_by.email,
            p.made_at.isoformat(),
            p.message_id,
            thread,
            f.company,
            _bound(until, now),
            window_end.isoformat(),
        )
        return self._message(question, lambda mb: mb.word_since(p, f, until, window_end, me, now))

    def wrote_to(
        self, me: Identity, email: str, since: datetime, now: datetime, strict: bool = False
    ) -> Message | None:
        question = ("wrote_to", email, since.isoformat(), strict)
        return self._message(question, lambda mb: mb.wrote_to(me, email, since, now, strict))

    def answered(
        self, me: Identity, email: str, since: datetime, until: datetime, now: datetime
    ) -> Message | None:
        question = ("answered", email, since.isoformat(), _bound(until, now))
        return self._message(question, lambda mb: mb.answered(me, email, since, until, now))

    def exchanges(
        self, me: Identity, email: str, since: datetime, now: datetime
    ) -> tuple[list[datetime], list[datetime]]:
        def dump(found: tuple[list[datetime], list[datetime]]) -> Any:
            return [[d.isoformat() for d in dates] for dates in found]

        def load(kept: Any) -> tuple[list[datetime], list[datetime]]:
            mine, theirs = ([datetime.fromisoformat(d) for d in dates] for dates in kept)
            return mine, theirs

        question = ("exchanges", email, since.isoformat())
        return self._ask(question, lambda mb: mb.exchanges(me, email, since, now), dump, load)

    def ended(self, email: str, company: str | None, since: datetime, now: datetime) -> str | None:
        def kept(found: Any) -> str | None:
            return None if found is None else str(found)

        question = ("ended", email, company, since.isoformat())
        answer: str | None = self._ask(
            question, lambda mb: mb.ended(email, company, since, now), kept, kept
        )
        return answer


def _bound(until: datetime, now: datetime) -> str:
    """An answer "up to `until`" for the key of a remembered question: up to `until` when that
    has passed, up to whatever the scan sees when it has not."""
    return until.isoformat() if until < now else "now"


def _dump_message(answer: Message | None) -> Any:
    if answer is None:
        return None
    sender = [answer.sender.email, answer.sender.name] if answer.sender else None
    return [answer.message_id, answer.date.isoformat(), sender, answer.in_sent_folder]


def _load_message(kept: Any) -> Message | None:
    """The parts of a remembered answer the kinds read: its id, date, sender and folder."""
    if kept is None:
        return None
    mid, when, sender, in_sent = kept
    return Message(
        account="",
        folder="",
        ref="",
        message_id=mid,
        subject="",
        date=datetime.fromisoformat(when),
        sender=Address(*sender) if sender else None,
        in_sent_folder=in_sent,
    )


# "Interview Cancelled: ...", "Reminder: your call with ...": a scheduler's notice
_NOTICE = re.compile(
    r"(?:(?:interview|meeting|call|event|appointment) )?"
    r"(?:cancell?ed|confirmed|rescheduled|scheduled|reminder|invitation|updated)\b",
    re.I,
)


def _meeting_notice(msg: Message) -> bool:
    """A scheduler's notice about a meeting (an invitation, a confirmation, a cancellation):
    machinery around a meeting, not word on what the company decided."""
    return bool(msg.events) or bool(_NOTICE.match(msg.subject.strip()))


def anchor_of(f: Followup) -> str:
    """What a follow-up is about: its meeting (UID, else start), its promise's message, ..."""
    return f.payload.anchor or f.id


def legacy_followup_id(f: Followup) -> str:
    """The id this follow-up had before ids left the thread out (schema 5 and earlier), so a
    draft written or a dismissal made then still counts."""
    text = f"{f.kind}|{f.thread_id}|{f.to.email.lower()}|{anchor_of(f)}"
    return f"{f.kind}-{hashlib.sha256(text.encode()).hexdigest()[:16]}"


def decide(
    facts: list[ThreadFacts],
    mailbox: Answers,
    me: Identity,
    rules: Rules,
    tz: tzinfo,
    now: datetime,
) -> list[Followup]:
    """Every follow-up of every kind the facts call for, in its state at `now`."""
    out: list[Followup] = []
    for f in facts:
        if not f.job_related:
            continue
        for kind in kinds():
            out += kind.detect(f, mailbox, me, rules, tz, now)
    return out
