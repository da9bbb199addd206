"""The rules: facts and a clock in, follow-ups out. Pure: no I/O, time only from `now`."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Any, Protocol

from daemon.config import Rules
from daemon.infer import lang
from daemon.infer.dates import add_business_days
from daemon.infer.people import (
    Identity,
    domain_of,
    is_automated_address,
    is_personal_domain,
    organisation_in,
)
from daemon.mailtext import own_words
from daemon.model import Address, Followup, Meeting, Message, Promise, Thread, ThreadFacts
from daemon.tracing import digest


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
        whole: Callable[[Message], Message] | None = None,
        thanks: dict[tuple[str, ...], bool] | None = None,
    ) -> None:
        self.messages = messages
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
        whole: Callable[[Message], Message] | None = None,
        thanks: dict[tuple[str, ...], bool] | None = None,
        earlier: Mailbox | None = None,
    ) -> Mailbox:
        ordered = tuple(sorted((m for t in threads for m in t.messages), key=lambda m: m.date))
        if earlier is not None and earlier.extend(ordered):
            earlier._whole = whole or _itself
            return earlier
        return cls(ordered, whole, thanks)

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
            return not m.bulk and not me.sent_by_me(m) and m.sender is not None

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
    """What the rules ask of the mailbox (`Mailbox`, or `Remembered` answers)."""

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

    def _ask(self, key: str, ask: Callable[[Mailbox], Message | None]) -> Message | None:
        if key in self.answers:
            found = self.answers[key]
            if found is None:
                return None
            mid, when, sender, in_sent = found
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
        if self._mailbox is None:
            self._mailbox = self._open()
        answer = ask(self._mailbox)
        self.answers[key] = (
            None
            if answer is None
            else [
                answer.message_id,
                answer.date.isoformat(),
                [answer.sender.email, answer.sender.name] if answer.sender else None,
                answer.in_sent_folder,
            ]
        )
        return answer

    def thanked(
        self, person: Address, since: datetime, me: Identity, now: datetime
    ) -> Message | None:
        key = digest(("thanked", person.email, since.isoformat()))
        return self._ask(key, lambda mb: mb.thanked(person, since, me, now))

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
        bound = until.isoformat() if until < now else "now"
        key = digest(
            (
                "word",
                p.made_by.email,
                p.made_at.isoformat(),
                p.message_id,
                thread,
                f.company,
                bound,
                window_end.isoformat(),
            )
        )
        return self._ask(key, lambda mb: mb.word_since(p, f, until, window_end, me, now))


def followup_id(kind: str, to: str, anchor: str) -> str:
    """A stable id: the same follow-up gets the same id on every scan, also when earlier
    messages of its thread arrive later (the thread's id is its first message's, so it is not
    part of the id): a thank-you is the person and the meeting, a callback the person and the
    message that made the promise."""
    digest = hashlib.sha256(f"{kind}|{to.lower()}|{anchor}".encode()).hexdigest()
    return f"{kind}-{digest[:16]}"


def anchor_of(f: Followup) -> str:
    """What a follow-up is about: its meeting (UID, else start) or its promise's message."""
    if f.promise is not None:
        return f.promise.message_id
    if f.meeting is not None:
        return f.meeting.uid or f.meeting.start.isoformat()
    return f.id


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
    """Every thank-you and callback follow-up the facts call for, in its state at `now`."""
    out: list[Followup] = []
    for f in facts:
        if not f.job_related:
            continue
        thanks: list[Followup] = []
        for meeting in f.meetings:
            thanks += _thank_yous(f, meeting, mailbox, me, rules, tz, now)
        out += _one_note_each(thanks)
        out += _callbacks(f, mailbox, me, rules, tz, now)
    return out


def _one_note_each(thanks: list[Followup]) -> list[Followup]:
    """One thank-you owed per person in a thread: met on both days of a visit, or at a screen
    and then an onsite, and thanked for neither, they get one note, for the latest meeting."""
    owed = [t for t in thanks if t.state in ("due", "overdue", "stale")]
    latest: dict[str, Followup] = {}
    for t in owed:
        kept = latest.get(t.to.email)
        if kept is None or (t.meeting and kept.meeting and t.meeting.start > kept.meeting.start):
            latest[t.to.email] = t
    return [t for t in thanks if t not in owed or latest[t.to.email] is t]


def _thank_yous(
    f: ThreadFacts,
    meeting: Meeting,
    mailbox: Answers,
    me: Identity,
    rules: Rules,
    tz: tzinfo,
    now: datetime,
) -> list[Followup]:
    if meeting.status not in ("done", "scheduled"):
        return []
    end = meeting.end or meeting.start + timedelta(minutes=rules.meeting_default_minutes)
    due_at = end + timedelta(hours=rules.thank_you_draft_after_hours)
    overdue_at = end + timedelta(hours=rules.thank_you_within_hours)
    out = []
    for person in meeting.attendees:
        if me.is_me(person) or is_automated_address(person.email):
            continue
        thanks = mailbox.thanked(person, meeting.start, me, now)
        when = meeting.start.isoformat()
        if thanks is not None:
            state, reason = "satisfied", f"thanked on {_local(thanks.date, tz)}"
        else:
            state = _state(now, due_at, overdue_at, rules)
            source = {"ics": "calendar invite", "text": "agreed by email"}.get(
                meeting.source, meeting.source
            )
            reason = (
                f"met {person.name or person.email} on {_local(meeting.start, tz)} ({source}); "
                "no thank-you sent to them since"
            )
        out.append(
            Followup(
                id=followup_id("thank_you", person.email, meeting.uid or when),
                kind="thank_you",
                thread_id=f.thread.id,
                to=person,
                due_at=due_at,
                overdue_at=overdue_at,
                state=state,
                reason=reason,
                satisfied_by=thanks.message_id if thanks else None,
                meeting=meeting,
            )
        )
    return out


def _callbacks(
    f: ThreadFacts, mailbox: Answers, me: Identity, rules: Rules, tz: tzinfo, now: datetime
) -> list[Followup]:
    latest: dict[str, Promise] = {}
    for p in sorted(f.promises, key=lambda p: p.made_at):
        latest[p.made_by.email] = p  # a newer promise by the same person replaces the older
    out = []
    closing = next((m for m in f.thread.messages if m.message_id == f.closed_by), None)
    for p in latest.values():
        last_day = date.fromisoformat(p.last_day)
        due_day = add_business_days(last_day, rules.callback_grace_business_days)
        due_at = datetime.combine(due_day, time(23, 59, 59), tz)
        window_end = datetime.combine(last_day, time(23, 59, 59), tz)
        answer = mailbox.word_since(p, f, min(now, due_at), window_end, me, now)
        if closing is not None and closing.date > p.made_at:
            state, reason, by = "satisfied", "a rejection or offer ended it", closing.message_id
        elif answer is not None:
            state, by = "satisfied", answer.message_id
            reason = (
                "you followed up after the window"
                if me.sent_by_me(answer)
                else f"{domain_of(p.made_by.email)} wrote on {_local(answer.date, tz)}"
            )
        else:
            state, by = _state(now, due_at, None, rules), None
            reason = (
                f"{p.made_by.name or p.made_by.email} promised news by {p.last_day}: "
                f"'{p.text}'; nothing from {domain_of(p.made_by.email)} since"
            )
        out.append(
            Followup(
                id=followup_id("callback", p.made_by.email, p.message_id),
                kind="callback",
                thread_id=f.thread.id,
                to=p.made_by,
                due_at=due_at,
                overdue_at=None,
                state=state,
                reason=reason,
                satisfied_by=by,
                promise=p,
            )
        )
    return out


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


def _state(now: datetime, due_at: datetime, overdue_at: datetime | None, rules: Rules) -> str:
    if now < due_at:
        return "scheduled"
    # elapsed time, as `now - due_at` measures it, but read as a comparison with the moment
    if now > due_at.astimezone(UTC) + timedelta(days=rules.stale_after_days):
        return "stale"
    if overdue_at is not None and now >= overdue_at:
        return "overdue"
    return "due"


def _local(when: datetime, tz: tzinfo) -> str:
    return when.astimezone(tz).strftime("%a %d %b %Y %H:%M")
