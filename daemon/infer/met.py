"""Who was met: the people a meeting's own words name as taking part.

The people named for a meeting ("you'll meet Sam Ito and Jo Park", "Interviewers: ...", an
invitation's attendees, or its description) are the ones met; a sender who says they join ("with
me", "I'll call you") is met too. Someone who arranges without attending (a coordinator, an
assistant, a recruiter who says "I won't join") is not. When nobody is named, the person the time
was agreed with is the one met, unless they only schedule for others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime

from daemon.infer import lang
from daemon.infer.annotate import Annotated, written_addresses
from daemon.infer.parties import Party, lookup
from daemon.infer.people import Identity, is_automated_address, is_personal_domain
from daemon.model import Address, Attendee, CalendarEvent, Meeting, Message, Thread

Notes = Callable[[Message], Annotated]
_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}")
NAMED = "named for the meeting"
JOINING = "said they would take part"
_TIME_LINE = re.compile(
    r"^\s*(?:[-*•·–]\s*)?\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:(?:[-–—]|to)\s*\d{1,2}"
    r"(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*(?:[-–—:|]\s*|\s{2,}|\t)\S",
    re.I,
)
_ABSENT = re.compile(
    r"(?P<who>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})\s+(?:"
    # "Dewi will not be on the call", "Raj can no longer make it"
    r"(?:will not|won't|is not|isn't|cannot|can't|will be unable to|is unable to|can no longer"
    r"|won't be able to|will no longer|is no longer)\s+(?:be\s+)?(?:on|at|in|joining|attending"
    r"|join|attend|present|there|sitting in|make it|available)\b"
    # "Raj has been called out to a site", "Mia sends her apologies", "Tom is off sick"
    r"|(?:has been|was|got|has|had) (?:called|pulled) (?:out|away|into)\b"
    r"|(?:sends|sent|has sent) (?:his|her|their) apologies\b"
    r"|(?:is|has) (?:off sick|out sick|unwell|come down with|been taken ill)\b"
    r"|(?:has had|had|has) to (?:drop out|pull out|step out|step away|take (?:leave|time off"
    r"|a day off))\b"
    r"|(?:is|will be) (?:on leave|on holiday|on vacation|on annual leave|off sick)\b"
    r")"
)
# lower-case words that are also names in some thread ("will", "may", "mark")
_COMMON_WORDS = frozenset(
    re.findall(
        r"\w+",
        """will may mark bill pat art rose grace hope joy faith dawn april june august sue rob
        jack frank sandy rich ray chase hunter carter mason summer autumn iris ivy lily""",
    )
)
_CONTACT_LINE = re.compile(
    r"\b(?:questions?|contact|reach (?:out|me)|resched\w*|if (?:anything|you need)|help|assist\w*"
    r"|location|where|venue|room|address|parking|reception|dial-?in|join (?:by|via|on)"
    r"|coordinat\w*|point of contact|call me|phone|mobile|dial|on behalf|(?:scheduled|organi[sz]ed"
    r"|arranged|set up|booked|sent) by|recruiter)\b",
    re.I,
)
_NAME_BREAK = re.compile(r"[.;!?\n]|\s(?:at|on|from|for|about|to discuss)\s")


class People:
    """What a thread says about who takes part: its directory of names, roles, and who said
    they would not join."""

    def __init__(
        self,
        thread: Thread,
        notes: Notes,
        me: Identity,
        parties: dict[str, Party],
        directory: dict[str, Address],
    ) -> None:
        self.thread, self.notes, self.me = thread, notes, me
        self.parties, self.directory = parties, directory

    def person(self, email: str, name: str | None = None) -> bool:
        p = self.parties.get(email)
        return (
            not self.me.is_me(email)
            and not is_automated_address(email)
            and (p is None or not p.automated)
            and not is_room(email, name or (p.address.name if p else None))
        )

    def schedules_only(self, email: str) -> bool:
        p = self.parties.get(email)
        return p is not None and p.role in ("coordinator", "assistant")

    def named(self, text: str) -> list[Address]:
        """The people a text names as taking part, in the order named."""
        found: dict[str, Address] = {}
        for cue in lang.pattern("participants_before").finditer(text):
            tail = text[cue.end() : cue.end() + 600]
            lead = re.match(r"\s*(?:with|to|by)?\s*:?[ \t]*\n", tail)
            if lead:  # "You'll be meeting with:" and a list
                tail = re.split(r"\n[ \t]*\n", tail[lead.end() :], maxsplit=1)[0]
            else:
                stop = _NAME_BREAK.search(tail[:200])
                tail = tail[: stop.start()] if stop else tail[:200]
            for addr in self._names_in(tail):
                found.setdefault(addr.email, addr)
        for cue in lang.pattern("participants_after").finditer(text):
            head = text[max(0, cue.start() - 120) : cue.start()]
            head = re.split(r"[.;!?](?:\s|$)|\n", head)[-1]  # not at the dot of an address
            names = list(self._names_in(head))
            for addr in names[-3:]:
                found.setdefault(addr.email, addr)
        for line in text.split("\n"):  # an itinerary or agenda: "10:45  Sandra Lum, CPO - ..."
            if _TIME_LINE.match(line):
                for addr in self._names_in(line):
                    found.setdefault(addr.email, addr)
        for w in written_addresses(text):
            line = w.line.lower()
            if lang.pattern("participants_before").search(line) and self.person(w.email):
                found.setdefault(
                    w.email, self.directory.get((w.name or "").lower()) or Address(w.email, w.name)
                )
        return [a for a in found.values() if self.person(a.email)]

    def unresolved(self, text: str) -> list[str]:
        """The names a text gives for the people taking part ("you'll meet Sam Ito", an
        itinerary's "10:45  Jo Park, CPO") that nobody in the thread answers to: people met
        whose address the thread does not give. Only full names (two or three words) that
        read as a person's, not a day, a place or an organisation."""
        spans: list[str] = []
        for cue in lang.pattern("participants_before").finditer(text):
            tail = text[cue.end() : cue.end() + 600]
            lead = re.match(r"\s*(?:with|to|by)?\s*:?[ \t]*\n", tail)
            if lead:
                tail = re.split(r"\n[ \t]*\n", tail[lead.end() :], maxsplit=1)[0]
            else:
                stop = _NAME_BREAK.search(tail[:200])
                tail = tail[: stop.start()] if stop else tail[:200]
            spans.append(tail)
        for cue in lang.pattern("participants_after").finditer(text):
            head = text[max(0, cue.start() - 120) : cue.start()]
            spans.append(re.split(r"[.;!?](?:\s|$)|\n", head)[-1])
        spans += [line for line in text.split("\n") if _TIME_LINE.match(line)]
        found: dict[str, str] = {}
        for span in spans:
            for m in _NAME.finditer(span):
                written = " ".join(m.group(0).split())
                name = _bare(written)
                titled = name != written and len(name.split()) == 1  # "Frau Kraus"
                if (
                    (_person_like(name) or (titled and _name_words([name])))
                    and lookup(name, self.directory) is None
                    and name.lower() != self.me.name.lower()
                ):
                    found.setdefault(name.lower(), written if titled else name)
        return list(found.values())

    def described(self, text: str) -> list[Address]:
        """The people an invitation's agenda or description names ("pairing (Alicia Wong)"),
        whether or not with a cue: the people of an interview's agenda take part; a line that
        gives a contact ("Questions? Lorraine Beckett") does not count."""
        found: dict[str, Address] = {}
        for line in re.split(r"\n|(?<=[.;])\s+", text):
            if _CONTACT_LINE.search(line):
                continue
            for addr in self._names_in(line):
                if self.person(addr.email, addr.name):
                    found.setdefault(addr.email, addr)
        return list(found.values())

    def absent(self, text: str) -> set[str]:
        """People a text says will not take part ("Dewi will not be on the call")."""
        out = set()
        for m in _ABSENT.finditer(text):
            for addr in self._names_in(m.group("who")):
                out.add(addr.email)
        return out

    def _names_in(self, span: str) -> Iterable[Address]:
        for w in written_addresses(span):
            yield Address(w.email, w.name)
        for m in _NAME.finditer(span):
            who = lookup(m.group(0), self.directory)
            if who is not None:
                yield who
        # a name written in lower case on a phone ("want u to meet jess (cc'd)"), when only
        # one person in the thread has it
        for word in re.findall(r"\b[a-z][a-z'’-]{2,}\b", span):
            who = self.directory.get(word)
            if who is not None and word not in _COMMON_WORDS:
                yield who

    def not_joining(self, until: datetime) -> set[str]:
        """Senders who said, before `until`, that they will not be in the meeting."""
        out = set()
        for msg in self.thread.messages:
            said = msg.sender and lang.pattern("not_joining").search(self.notes(msg).body)
            if said and msg.sender and msg.date <= until and not self.me.sent_by_me(msg):
                out.add(msg.sender.email)
        return out

    def joining(self, msg: Message) -> bool:
        """The message's sender says they take part ("with me", "I'll call you"), in words
        that are not someone else's part ("Ana Paula ... quiere conocerte")."""
        body = self.notes(msg).body
        others = [m.span() for m in lang.pattern("participants_after").finditer(body)]
        return any(
            not any(a < m.end() and m.start() < b for a, b in others)
            for m in lang.pattern("joining").finditer(body)
        )


def met_in_words(
    people: People, agreed: list[Message], start: datetime
) -> tuple[tuple[Address, ...], str]:
    """The people met at a meeting agreed in the messages `agreed` (proposal, acceptance), and
    why: named for it, joining themselves, or the one the time was agreed with."""
    me = people.me
    before = [m for m in people.thread.messages if m.date <= start]
    skip = people.not_joining(start) | people.absent(
        "\n".join(people.notes(m).body for m in before)
    )
    # who takes part is said where this meeting was set up, not in the introduction before it
    # or about an earlier meeting in the thread
    since = min((m.date for m in agreed), default=None)
    about = [m for m in before if since is None or m.date >= since]
    named: dict[str, Address] = {}
    for msg in about:
        for a in people.named(people.notes(msg).body):
            named.setdefault(a.email, a)
        for ev in msg.events:
            for a in people.named(ev.description):
                named.setdefault(a.email, a)
    joiners = {
        m.sender.email: people.parties[m.sender.email].address
        for m in about
        if m.sender
        and m.sender.email in people.parties
        and not me.sent_by_me(m)
        and people.person(m.sender.email)
        and not people.schedules_only(m.sender.email)
        and people.joining(m)
    }
    chosen = {**named, **{e: a for e, a in joiners.items() if e not in named}}
    chosen = {e: a for e, a in chosen.items() if e not in skip}
    if chosen:
        why = NAMED if named else JOINING
        return tuple(chosen.values()), why
    for msg in agreed:
        other = _other_side(msg, people)
        if other:
            return tuple(a for a in other if a.email not in skip), "the time was agreed with them"
    return (), "nobody named, and it was agreed with someone who only schedules"


def _other_side(msg: Message, people: People) -> list[Address]:
    me = people.me
    if me.sent_by_me(msg):
        cands = [a for a in msg.to if not me.is_me(a)]
    elif msg.sender and people.person(msg.sender.email):
        cands = [msg.sender]
    else:  # a scheduler writing for someone: its reply-to, or the people it names
        cands = list(msg.reply_to) + [
            Address(w.email, w.name) for w in people.notes(msg).addresses if w.name
        ]
    return [
        people.parties[a.email].address if a.email in people.parties else a
        for a in cands
        if people.person(a.email) and not people.schedules_only(a.email)
    ]


def met_by_invite(
    people: People, ev: CalendarEvent, sent_by: Message | None
) -> tuple[Address, ...]:
    """The people met at a meeting a calendar invite sets: its attendees, the people its
    description names, and the organizer when they take part (no one else is invited, the
    description names them, or they say they join)."""
    skip = people.not_joining(ev.start)
    # the invitation's description, the mail that carried it, and any word before the start
    # that someone will not be there ("Raj has been called out to a site, so it'll be me")
    before = [
        people.notes(m).body
        for m in people.thread.messages
        if m.date <= ev.start and m is not sent_by and not people.me.sent_by_me(m)
    ]
    skip |= people.absent(
        "\n".join([ev.description, people.notes(sent_by).body if sent_by else "", *before])
    )
    # the invitation's own agenda, and the mail that carried it (a scheduler's confirmation),
    # whose writer and organizer are named there as the ones arranging, not taking part
    arranging = {
        sent_by.sender.email if sent_by and sent_by.sender else "",
        ev.organizer.email if ev.organizer else "",
    }
    body = people.notes(sent_by).body if sent_by is not None else ""
    described = (
        people.named(ev.description)
        + people.described(ev.description)
        + [a for a in people.described(body) if a.email not in arranging]
        + [
            Address(w.email, w.name)
            for w in written_addresses(ev.description)
            if people.person(w.email, w.name) and not _CONTACT_LINE.search(w.line)
        ]
    )
    described_emails = {a.email for a in described}
    out: dict[str, Address] = {}
    org = ev.organizer
    for a in ev.attendees:
        if org is not None and a.email == org.email:
            continue  # Google lists the organizer among the guests: the organizer rule decides
        if _attends(a, people) and (
            not people.schedules_only(a.email) or a.email in described_emails
        ):
            out[a.email] = _known(a, people)
    for named in described:
        known = people.parties.get(named.email)
        out.setdefault(named.email, known.address if known else named)
    if org is not None and _attends(org, people) and not people.schedules_only(org.email):
        named_in_text = org.email in {
            a.email for a in people.named(ev.description) + people.described(ev.description)
        }
        joins = (
            sent_by is not None
            and sent_by.sender is not None
            and (sent_by.sender.email == org.email and people.joining(sent_by))
        )
        if not out or named_in_text or joins:
            out.setdefault(org.email, _known(org, people))
    return tuple(a for e, a in out.items() if e not in skip)


def _attends(a: Attendee, people: People) -> bool:
    return (
        a.cutype in ("INDIVIDUAL", "UNKNOWN")
        and (a.role or "").upper() != "NON-PARTICIPANT"
        and not is_room(a.email, a.name)
        and people.person(a.email)
    )


_ROOM = re.compile(
    r"\b(?:room|boardroom|conference|conférence|salle|sala|meeting ?room|zoom ?room|huddle|"
    r"auditorium|resource|"
    r"projector|equipment|suite \d|floor \d|level \d)\b",
    re.I,
)


def is_room(email: str, name: str | None) -> bool:
    """A meeting room or resource invited as if it were a person ("Zoom Room LUM-VIRT-07",
    boardroom3.mis@)."""
    local = email.split("@")[0]
    return bool(_ROOM.search(name or "")) or bool(
        re.search(r"(?:room|boardroom|conf|virt|resource)[-_.]?\w*\d", local, re.I)
    )


def _known(a: Attendee, people: People) -> Address:
    p = people.parties.get(a.email)
    return Address(a.email, a.name or (p.address.name if p else None))


def _mentioned(a: Attendee, text: str) -> bool:
    name = (a.name or "").strip()
    if not name or not text:
        return False
    parts = [p for p in re.split(r"[\s,]+", name) if len(p) > 1]
    return any(re.search(rf"\b{re.escape(p)}\b", text) for p in parts[:1] + parts[-1:])


_HONORIFIC = re.compile(
    r"^(?:dr|mr|mrs|ms|miss|mx|prof|frau|herr|mme|madame|mlle|monsieur|m|sr|sra|srta|don|doña"
    r"|dott|dott\.ssa)\.?\s+",
    re.I,
)
# words that make a run of capitalised words something other than a person's name: teams,
# places, organisations, roles, parts of a day and time zones
_NOT_A_NAME = frozenset(
    re.findall(
        r"[\w'’-]+",
        """team teams group labs lab inc ltd llc plc gmbh ag sa co corp company university college
        school academy hospital clinic trust bank health office department dept talent
        recruiting recruitment people chief officer president partner partners senior principal
        staff the our your and for with from via video call zoom google meet microsoft webex
        interview interviews panel room building floor street road avenue campus centre center
        house hall suite level reception lobby tower park plaza square morning afternoon
        evening today tomorrow week next this please thanks thank regards best hi hello dear
        kind warm cheers board committee council ministry agency services service solutions
        systems technologies technology global international consulting holdings foundation
        institute customer customers success platform payments data critical care adult
        nursing finance transformation operations product products marketing sales design
        support engineering technical business development strategy risk audit tax legal
        compliance clinical medical pharmacy ward unit account accounts client clients general
        corporate deputy counsel secretary assistant coordinator recruiter leadership executive
        human resources capital acquisition research science analytics digital innovation
        teamleiter teamleiterin leiter leiterin leitung abteilung geschäftsführer
        geschäftsführerin personal équipe responsable directeur directrice ressources humaines
        equipo jefe jefa gerente director directora coordinador coordinadora recursos humanos
        area área""",
    )
)


def _bare(name: str) -> str:
    return " ".join(_HONORIFIC.sub("", name.strip()).split())


def _person_like(name: str) -> bool:
    """Two or three capitalised words that are not a day, a month, an acronym, a role or a
    team ("Sam Ito", "Mary-Jo O'Neil"; not "Acme Labs", "Customer Success", "AM ET")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or lang.pattern("title_heads").search(name):
        return False
    return _name_words(words)


def _name_words(words: list[str]) -> bool:
    days = set(lang.table("weekdays")) | set(lang.table("months"))
    return all(
        w[:1].isupper()
        and not w.isupper()
        and len(w.strip("'’-")) > 1
        and w.lower() not in _NOT_A_NAME
        and w.lower() not in days
        and not any(ch.isdigit() for ch in w)
        for w in words
    )


def with_unknown(
    people: People, meetings: list[Meeting], known: frozenset[str]
) -> list[Meeting]:
    """Each meeting with the people named for it whose address is nowhere in the mailbox
    (`known`: every name, lower-cased, the mailbox gives an address for), and who arranged it.

    A name belongs to the next meeting held after the message that gives it. The arranger is
    that message's writer when a person (not a scheduler), else the thread's latest recruiter,
    coordinator or assistant to write."""
    held = sorted((m for m in meetings if m.status in ("done", "scheduled")), key=_start_of)
    if not held:
        return meetings
    org = {
        label
        for e in people.parties
        if not is_personal_domain(domain := e.rsplit("@", 1)[-1])
        for label in re.split(r"[.-]", domain)
        if len(label) > 2
    }
    # words the thread writes in lower case are words, not names ("customer success")
    common = {
        w
        for m in people.thread.messages
        for w in re.findall(r"(?<![\w@.])[a-zà-ÿ][\w'’-]+", people.notes(m).body)
    }
    found: dict[int, tuple[dict[str, str], Message]] = {}
    for msg in people.thread.messages:
        if msg.sender is None or people.me.sent_by_me(msg) or msg.bulk:
            continue
        target = next((i for i, m in enumerate(held) if m.start >= msg.date), None)
        if target is None:
            continue
        met = {a.name.lower() for a in held[target].attendees if a.name}
        texts = [people.notes(msg).body] + [ev.description for ev in msg.events]
        for name in (n for text in texts for n in people.unresolved(text)):
            if _known_name(name, known | met) or any(
                w in org or w in common for w in _bare(name).lower().split()
            ):
                continue
            names, _ = found.setdefault(target, ({}, msg))
            names.setdefault(name.lower(), name)
            found[target] = (names, msg)
    if not found:
        return meetings
    out = []
    for m in meetings:
        i = next((i for i, h in enumerate(held) if h is m), None)
        if i is None or i not in found:
            out.append(m)
            continue
        names, msg = found[i]
        out.append(
            replace(
                m,
                unknown=tuple(names.values()),
                arranged_by=_arranger(people, msg),
                unknown_evidence=f"{msg.message_id} names them; no address for them anywhere",
            )
        )
    return out


def _known_name(name: str, known: frozenset[str] | set[str]) -> bool:
    """The mailbox gives an address for this name: written whole, as first and last word
    ("Sam J. Ito"), or as a title and a surname ("Frau Kraus": a known Miriam Kraus)."""
    bare = _bare(name).lower()
    words = bare.split()
    if bare in known or f"{words[0]} {words[-1]}" in known:
        return True
    if len(words) == 1:
        return any(k.split()[-1] == words[0] for k in known if k)
    return False


def _arranger(people: People, msg: Message) -> Address | None:
    """Who to ask: the writer of the message that named them, when a person who does not only
    notify, else the thread's latest recruiter, coordinator or assistant."""
    sender = msg.sender
    if sender is not None and not msg.automated and people.person(sender.email):
        p = people.parties.get(sender.email)
        return p.address if p else sender
    for m in reversed(people.thread.messages):
        if m.sender is None or m.automated or not people.person(m.sender.email):
            continue
        p = people.parties.get(m.sender.email)
        if p is not None and p.role in ("coordinator", "assistant", "recruiter", "hr"):
            return p.address
    return None


def _start_of(m: Meeting) -> datetime:
    return m.start
