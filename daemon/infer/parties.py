"""Who is in a thread: every person but the user, the name they go by, and what they do there
(a recruiter, a coordinator who schedules for others), read from names, signatures and what
others write about them."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from daemon.infer import lang, titles
from daemon.infer.annotate import Annotated
from daemon.infer.people import Identity, full_name, is_automated_address
from daemon.model import Address, Message, Thread

Notes = Callable[[Message], Annotated]

_TEAM_MAILBOX = re.compile(
    r"^(?:talent|recruit\w*|careers?|jobs|hiring|hr|people|staffing|resourcing)(?:[-_.+].*)?$"
)


@dataclass(frozen=True)
class Party:
    """A person (or team mailbox) in a thread."""

    address: Address
    automated: bool
    role: str | None  # "coordinator", "assistant", "recruiter", "hr" or None
    role_evidence: str = ""


def thread_parties(thread: Thread, notes: Notes, me: Identity) -> dict[str, Party]:
    """Everyone in the thread but the user and meeting rooms, by address, with their role."""
    names: dict[str, str | None] = {}
    automated: dict[str, bool] = {}
    for msg in thread.messages:
        for addr in _everyone(msg):
            if me.is_me(addr):
                continue
            robot = is_automated_address(addr.email) or (msg.automated and addr == msg.sender)
            automated[addr.email] = automated.get(addr.email, True) and robot
            if addr.name and not names.get(addr.email):
                names[addr.email] = addr.name
            names.setdefault(addr.email, None)
        note = notes(msg)
        if msg.sender and not me.is_me(msg.sender) and note.signed_name:
            names.setdefault(msg.sender.email, note.signed_name)
            if not names[msg.sender.email]:
                names[msg.sender.email] = note.signed_name
    roles = _roles(thread, notes, names, me)
    return {
        email: Party(Address(email, names[email]), automated[email], *roles.get(email, (None, "")))
        for email in names
    }


def _everyone(msg: Message) -> list[Address]:
    out = ([msg.sender] if msg.sender else []) + list(msg.recipients()) + list(msg.reply_to)
    for ev in msg.events:
        for a in ((ev.organizer,) if ev.organizer else ()) + ev.attendees:
            if a.cutype in ("INDIVIDUAL", "UNKNOWN", "GROUP"):
                out.append(Address(a.email, a.name))
    return out


def _roles(
    thread: Thread, notes: Notes, names: dict[str, str | None], me: Identity
) -> dict[str, tuple[str, str]]:
    """A role for each person whose name, signature or mailbox says it, or whom others name
    with one ("Jo Park, our recruiting coordinator")."""
    ranked = [
        ("coordinator", lang.pattern("coordinator_titles")),
        ("assistant", lang.pattern("assistant_titles")),
        ("recruiter", lang.pattern("recruiting_titles")),
        ("hr", lang.pattern("hr_titles")),
    ]
    found: dict[str, tuple[str, str]] = {}

    def note(email: str, text: str, where: str) -> None:
        for rank, (role, pattern) in enumerate(ranked):
            kept = found.get(email)
            if kept is not None and [r for r, _ in ranked].index(kept[0]) <= rank:
                return
            if pattern.search(text):
                found[email] = (role, where)
                return

    for email, name in names.items():
        if name:
            note(email, _after_name(name), f"named '{name}'")
        if email not in found and _TEAM_MAILBOX.match(email.split("@")[0]):
            found[email] = ("recruiter", f"writes from {email}")
    for msg in thread.messages:
        if msg.sender is None or me.sent_by_me(msg):
            continue
        sig = notes(msg).signature
        if sig:
            # the lines under the name; the name may have stayed in the body as its last line
            lines = sig.split("\n")
            words = {w.lower() for w in re.findall(r"[^\W\d_]{2,}", msg.sender.name or "")}
            named = bool(words & {w.lower() for w in re.findall(r"[^\W\d_]{2,}", lines[0])})
            title = " ".join(lines[1:4] if named or not words else lines[:3])
            note(msg.sender.email, title, f"signs '{' '.join(title.split())[:60]}'")
    directory = name_directory(
        (Address(e, n) for e, n in names.items()), thread, notes, me, automated=()
    )
    described = re.compile(
        r"(?:(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),?\s+(?:our|my|the|who is our|"
        r"who's our)\s+(?P<title>[\w -]{3,40}?)(?=[,.;)]|\s+(?:will|who|is|and|has)\b))"
        r"|(?:(?:my|our)\s+(?P<title2>(?:executive |personal )?assistant|coordinator|"
        r"recruiter|colleague in (?:hr|talent)),?\s+(?P<name2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))"
    )
    for msg in thread.messages:
        for m in described.finditer(notes(msg).body):
            name, title = m["name"] or m["name2"], m["title"] or m["title2"]
            who = lookup(name, directory)
            if who is not None and not me.is_me(who):
                note(who.email, title, f"called '{title.strip()}' by {msg.message_id}")
    return found


def _after_name(display: str) -> str:
    """The part of a display name that is a title or team ("Jo Park | Talent" -> "Talent")."""
    parts = re.split(r"\s*[|,(–—-]\s*|\s+(?:at|from|via)\s+", display, maxsplit=1)
    return parts[1] if len(parts) > 1 else (display if len(display.split()) > 3 else display)


def name_directory(
    people: Iterable[Address],
    thread: Thread,
    notes: Notes,
    me: Identity,
    automated: Iterable[str] = (),
) -> dict[str, Address]:
    """Names by which people in a thread can be written about, lower-cased, to their address:
    full names, signed names, names beside addresses written in the text, and first or last
    names that belong to only one person."""
    skip = set(automated)
    found: dict[str, Address] = {}
    by_part: dict[str, set[str]] = defaultdict(set)  # a first or last name -> whose
    every = list(people)
    for msg in thread.messages:
        every += [Address(w.email, w.name) for w in notes(msg).addresses]
        for ev in msg.events:
            every += [
                Address(a.email, a.name)
                for a in ev.attendees
                if a.cutype not in ("ROOM", "RESOURCE")
            ]
            every += [Address(w.email, w.name) for w in _described(ev.description)]
    for addr in every:
        if me.is_me(addr) or addr.email in skip or is_automated_address(addr.email):
            continue
        name = full_name(addr)
        if not name:
            continue
        clean = without_title(name.lower())
        found.setdefault(clean, Address(addr.email, addr.name or name))
        # every word: "el Ing. Ibarra" is Jorge Ibarra Quintero, by his first surname
        for part in set(clean.split()) - _PARTICLES:
            by_part[part].add(addr.email)
    for part, emails in by_part.items():
        if len(emails) == 1:
            email = next(iter(emails))
            found.setdefault(part, next(a for a in found.values() if a.email == email))
    return found


# the small words inside names ("Anneke de Vries"), which are nobody's name alone
_PARTICLES = frozenset(
    {"de", "del", "della", "di", "da", "das", "do", "dos", "la", "le", "van", "von", "der"}
    | {"den", "ten", "ter", "du", "y", "e"}
)


def _described(text: str) -> list[Address]:
    from daemon.infer.annotate import written_addresses

    return [Address(w.email, w.name) for w in written_addresses(text)]


def without_title(name: str) -> str:
    """A name without the courtesy titles before it ("Dr. Jo Park" -> "Jo Park", "Frau Mag.
    Katharina Hofer" -> "Katharina Hofer", "Eng.º Rui Pacheco" -> "Rui Pacheco")."""
    return re.sub(_TITLES, "", name, flags=re.I)


_TITLES = rf"^(?:{titles.before_name(strip=True)})+"


def lookup(name: str, directory: dict[str, Address]) -> Address | None:
    """The person a written name stands for: the longest leading run of its words that the
    directory knows ("Sam Ito, our analytics lead" -> Sam Ito)."""
    # "Natasha's come down with flu": the name, not its possessive
    words = [re.sub(r"['’]s$", "", w) for w in without_title(name.strip()).split()]
    for n in range(len(words), 0, -1):
        hit = directory.get(" ".join(words[:n]).lower())
        if hit:
            return hit
    # two given names run together in an address ("Ana Paula Reyes", anapaula.reyes@)
    if len(words) >= 3:
        joined = " ".join(["".join(words[:-1]), words[-1]]).lower()
        return directory.get(joined)
    return None
