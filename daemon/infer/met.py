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
from datetime import datetime, timedelta

from daemon.infer import lang, titles
from daemon.infer.annotate import Annotated, written_addresses
from daemon.infer.names import Known, bare, written_names
from daemon.infer.parties import Party, lookup
from daemon.infer.people import Identity, is_automated_address, name_pattern
from daemon.model import Address, Attendee, CalendarEvent, Message, Thread

Notes = Callable[[Message], Annotated]
_NAME = re.compile(rf"{titles.before_name()}*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){{0,3}}")
NAMED = "named for the meeting"
NAMED_BEFORE_MOVE = "named for the meeting it moves"
JOINING = "said they would take part"
UNKNOWN = "named for it, but nobody whose address the thread gives"
_TIME_LINE = re.compile(
    # "10:45", "9 am", and "1000-1100" as aviation and the forces write a range
    r"^\s*(?:[-*•·–]\s*)?(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:(?:[-–—]|to)\s*\d{1,2}"
    r"(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?)?|(?:[01]\d|2[0-3])[0-5]\d[-–](?:[01]\d|2[0-3])[0-5]\d)"
    r"\s*(?:[-–—:|]\s*|\s{2,}|\t)\S",
    re.I,
)


def _named_first(line: str) -> str:
    """An agenda line up to its first comma when what comes before it is a name (capitalised
    words, after a time or a dash), else the whole line."""
    head, comma, _ = line.partition(",")
    words = re.sub(r"^[\s\d:.h–—|-]*(?:(?i:[ap])\.?(?i:m)\.?)?[\s–—|-]*", "", head).split()
    named = comma and 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words)
    return head if named else line


def agenda_lines(text: str) -> list[str]:
    """The lines of an itinerary or agenda: each line that opens with a time ("10:45  Sandra
    Lum, CPO"), and the line right under it, where an agenda names who leads the session
    ("9:00 - 9:45 AM | System Design" over "Owen Castellanos, Staff Engineer (owen@...)"). Mail
    made from HTML puts a blank line after every line: there the line below is the next line
    with words."""
    lines = text.split("\n")
    filled = [bool(line.strip()) for line in lines]
    if not any(a and b for a, b in zip(filled, filled[1:], strict=False)):  # no two lines together
        lines = [line for line in lines if line.strip()]
    out = []
    for n, line in enumerate(lines):
        if not _TIME_LINE.match(line):
            continue
        out.append(line)
        # the line under it; or the indented lines under it, one person each
        for k, below in enumerate(lines[n + 1 : n + 4]):
            if not below.strip() or _TIME_LINE.match(below) or (k and not below[:1].isspace()):
                break
            out.append(below)
            if not below[:1].isspace():
                break
    return out


# A team's shared mailbox ("interviews@", "careers@"): it arranges a meeting or takes an
# application, but nobody sits in a meeting as "interviews@"
_ROLE_MAILBOX = re.compile(
    r"(?:(?:early|campus|graduate|university)[-_.]?)?"
    r"(?:interviews?|interviewing|recruit(?:ing|ment|ers)?|careers?|jobs?|talent|hiring|"
    r"scheduling|candidates?|hr|staffing|applications?|apply|resumes?)(?:[-_.+][^@]*)?@",
    re.I,
)
# an event for many, not a meeting with someone: "Graduate Engineering Program Info Session"
_GROUP_EVENT = re.compile(
    r"\b(?:webinar|info(?:rmation(?:al)?)? session|open (?:day|house|evening)|career(?:s)? fair|"
    r"job fair|recruitment fair|séance d['’]information|webinaire|charla informativa|"
    r"sesión informativa|infoveranstaltung|informationsveranstaltung|palestra informativa)\b",
    re.I,
)
_ABSENT = re.compile(
    r"(?P<who>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})\s+(?:"
    # "Dewi will not be on the call", "Raj can no longer make it"; "Lucy Mwende (HR) has set
    # this up on the panel's behalf and will not be on the call", "Lena organises but won't be
    # in the session"
    r"(?:\([^)\n]{1,40}\)\s+)?(?:[a-z'’ -]{1,60}?\s+(?:and|but)\s+)?"
    r"(?:will not|won't|is not|isn't|cannot|can't|will be unable to|is unable to|can no longer"
    r"|won't be able to|will no longer|is no longer)\s+(?:be\s+)?(?:on|at|in|joining|attending"
    r"|join|attend|present|there|sitting in|make it|available)\b"
    # "Raj has been called out to a site", "Mia sends her apologies", "Tom is off sick"
    r"|(?:has been|was|got|has|had) (?:called|pulled) (?:out|away|into)\b"
    r"|(?:sends|sent|has sent) (?:his|her|their) apologies\b"
    r"|(?:is|has) (?:off sick|out sick|unwell|indisposed|come down with|been taken ill)\b"
    # "Natasha's come down with flu"
    r"|(?<=['’]s\s)(?:off sick|out sick|unwell|come down with|been taken ill)\b"
    r"|(?:has had|had|has) to (?:drop out|pull out|step out|step away|take (?:leave|time off"
    r"|a day off))\b"
    r"|(?:is|will be) (?:on leave|on holiday|on vacation|on annual leave|off sick)\b"
    r"|(?:couldn't|could not|didn't|did not) (?:make it|come|join|attend)\b"
    # "Mathilde est souffrante et ne pourra pas assurer l'entretien"
    r"|(?:est|sera) (?:souffrante?|malade|absente?|en congé|indisponible)\b"
    r"|ne (?:pourra|peut|pouvait|pourra finalement) pas (?:assurer|être présente?|participer"
    r"|se joindre|venir|être là)\b|a (?:dû|du) se désister\b"
    r"|a (?:un|eu un) (?:empêchement|imprévu)\b"
    # "Stefan Meier ist krank", "kann leider nicht dabei sein", "fällt aus"
    r"|(?:ist|wird) (?:leider )?(?:krank|erkrankt|verhindert|im urlaub|nicht dabei)\b"
    r"|(?:kann|konnte) (?:leider )?nicht (?:dabei sein|teilnehmen|kommen)\b"
    # "Reto Meier (HR) organisiert, nimmt aber nicht teil"
    r"|(?:\([^)\n]{1,40}\)\s+)?(?:[a-zäöüß'’ -]{1,60}?,?\s+)?(?:nimmt|nehmen) (?:aber |jedoch "
    r"|selbst |leider )*nicht (?:selbst )?(?:am gespräch |am interview )?teil\b"
    r"|fällt (?:leider )?(?:kurzfristig )?aus\b|musste (?:leider )?(?:kurzfristig )?absagen\b"
    # "Renato não pôde vir", "está doente"; "Ana está enferma", "no podrá asistir"
    r"|(?:se encuentra|se encontra) (?:incapacitad|enferm|indispuest|indisponível)[oa]?\b"
    # "Nadia est retenue en comité de direction cet après-midi"
    r"|(?:est|sera|était) retenue? (?:en|par|sur|à|au)\b"
    r"|(?:está|estará|ficou) (?:doente|de licença|de férias|indisponível|enferm[oa]"
    r"|incapacitad[oa]|de baja|de vacaciones)\b"
    r"|não (?:poderá|pode|pôde|vai poder|conseguiu) (?:participar|estar presente|comparecer|vir)\b"
    r"|no (?:podrá|puede|pudo) (?:estar|asistir|participar|acompañarnos|conectarse)\b"
    r"|(?:teve um|tuvo un) imprevisto\b|(?:não veio|no vino|no asistió|não compareceu)\b"
    r")"
)
# someone said, after a meeting, not to have been in it: "Sorry again Fiona couldn't make it",
# "Mathilde n'a pas pu se joindre à nous", "Ana no pudo conectarse"
_ABSENT_AFTER = re.compile(
    # an aside between the name and what is said of them: "M. Kouassi, retenu sur le chantier,"
    r"(?P<who>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})(?:,[^,\n]{1,60},)?\s+(?:"
    r"(?:couldn't|could not|didn't|did not|wasn't able to|was not able to|was unable to)"
    r" (?:make it|come|join|attend|be there|be on)"
    r"|(?:got|was|had been) (?:dragged|pulled|called) (?:onto|into|away|out)"
    r"|n['’]a pas pu (?:venir|être présente?|participer|se joindre|assister|siéger)"
    # "M. Kouassi, retenu ce matin sur le chantier, tient à s'excuser de n'avoir pu siéger"
    r"|(?:tient à s'excuser|s'excuse|regrette) de n['’](?:avoir|a) pu "
    r"(?:siéger|venir|participer|être présente?|se joindre)"
    r"|no (?:pudo|alcanzó a) (?:asistir|venir|estar|conectarse|participar|acompañarnos)"
    r"|não (?:pôde|conseguiu) (?:vir|participar|estar|comparecer)"
    r"|konnte (?:leider |doch )?nicht (?:dabei sein|teilnehmen|kommen|dazukommen)"
    r")"
)
# someone said, after a meeting, to have been in it: "I'm glad Ingrid was able to hop on for
# the second half", "Sam joined us for the last twenty minutes"
_JOINED_AFTER = re.compile(
    r"(?P<who>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})(?:,\s*(?:who|que|qui|der|die))?"
    # "Jaco from your engineering team joined for the second half"
    r"(?:\s+(?:from|of|at)\s+(?:[a-z'’]+\s+){0,3}[a-z'’]+)?\s+(?:"
    r"(?:was|were) able to (?:join|hop on|jump on|sit in|dial in|make it)"
    r"|(?:joined|hopped on|jumped on|sat in|dialled in|dialed in) (?:us|the call|for|on|at)"
    # "Hope you didn't mind Nurul popping in halfway"
    r"|(?:popping|popped|dropping|dropped|jumping|jumped) in\b"
    r"|(?:a pu|a pu se) joindre|s['’]est joint"
    r"|(?:pudo|alcanzó a) (?:unirse|sumarse|conectarse)|se (?:unió|sumó)"
    r"|(?:konnte|ist) (?:noch |auch )?(?:dazukommen|dazugekommen|dazustoßen|dazugestoßen)"
    r"|(?:conseguiu|pôde) (?:participar|entrar|se juntar)|se juntou"
    r")\b"
)
# German puts the verb last: "Meine Kollegin Jana Petersen aus der Logistik, die heute spontan
# dazugestoßen ist"
_JOINED_AFTER_VERB_LAST = re.compile(
    r"(?P<who>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})"
    r"(?:\s+(?:aus|von)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?,\s*(?:der|die)\s+(?:[a-zäöüß]+\s+){0,3}"
    r"(?:dazugestoßen|dazugekommen|hinzugekommen|dabei gewesen|eingesprungen)\s+(?:ist|war)\b"
)
# the writer, after a meeting, of having been in it: "Great talking with you last night",
# "Ravie d'avoir échangé avec vous", "Fue un gusto conversar contigo", "Foi um prazer conversar
# com você", "Hat mich gefreut, Sie kennenzulernen"
_TALKED = re.compile(
    r"\b(?:great|good|lovely|nice|wonderful|a pleasure|so good) (?:talking|speaking|chatting|"
    r"meeting|to (?:talk|speak|chat|meet)) (?:with |to )?you\b"
    r"|\b(?:ravie?|contente?|heureux|heureuse) d['’](?:avoir (?:échangé|discuté|parlé)|échanger)"
    r"|\b(?:fue|ha sido) un (?:gusto|placer) (?:hablar|conversar|charlar|conocer)"
    r"|\bfoi um prazer (?:conversar|falar|conhecer)|\badorei (?:conversar|falar) com"
    r"|\b(?:hat mich|habe mich) (?:sehr )?gefreut, (?:Sie|dich) kennenzulernen"
    # "Marie-Claude et moi avons bien apprécié notre échange", "I really enjoyed our conversation"
    r"|\b(?:avons|ai) (?:bien |beaucoup |vraiment )?(?:apprécié|aimé) (?:notre|nos|cet|cette|l['’])"
    r" ?(?:échange|entretien|entrevue|conversation|rencontre|discussion)"
    r"|\b(?:I|we) (?:really |very much |thoroughly )?enjoyed (?:our|the|today's|yesterday's) "
    r"(?:conversation|chat|call|discussion|meeting)",
    re.IGNORECASE,
)
# lower-case words that are also names in some thread ("will", "may", "mark")
_LIST_GOES_ON = re.compile(r"[^\n]*(?:(?<=,|&)[ \t]*\n[^\n]*|(?<=\band)[ \t]*\n[^\n]*)*")
# a sentence hard-wrapped: "Joe Whitaker (cc'd), our\nother Lead Level Designer, will take"
_WRAP = re.compile(r"(?<=[\w,)])\n(?=[a-z])")
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
# someone who meets the user at the door and takes them to the meeting, not in it: "Achieng will
# receive you and take you up", "Karen will meet you in the lobby"
_ESCORT = re.compile(
    r"\b(?:take|bring|escort|accompany|walk) you (?:up|down|over|upstairs|downstairs|to the)\b"
    r"|\b(?:at|in) (?:the )?(?:[\w-]+ )?(?:reception|lobby|front desk|front gate|gatehouse)\b"
    r"|\bà l['’]accueil\b|\bvous (?:accompagner|conduire)a?\b|\ben (?:la )?recepción\b"
    r"|\b(?:te|lo|la) (?:acompañará|llevará)\b|\bna (?:receção|recepção|portaria)\b"
    r"|\bam Empfang\b",
    re.I,
)
# where the naming of people stops: a sentence's end (not the dot inside an address or after
# "Mr"), a line's end (not a hard wrap before a bracketed address: "with Ravi, our CTO\n
# (ravi@…)"), or a place, day or topic
_NAME_BREAK = re.compile(
    rf"[;!?]|{titles.not_after_abbreviation()}\.(?![\w-])"
    # a line break, unless an address in brackets or the rest of a list follows it ("..., and
    # \nMs Priscilla Goh from Finance")
    r"|(?<!,)(?<!\band)(?<!&)\n(?![ \t]*\(\S+@)"
    r"|\s(?:at|on|from|for|about|to discuss)\s"
)


def absent_names(text: str) -> list[str]:
    """The names a text says will not take part, as written ("Mathilde est souffrante"),
    for meetings whose people another thread lists."""
    return [re.sub(r"['’]s$", "", m.group("who")) for m in _ABSENT.finditer(text)]


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
        known: Known | None = None,
    ) -> None:
        self.thread, self.notes, self.me = thread, notes, me
        self.parties, self.directory = parties, directory
        self.known = known or Known()
        # what an invitation calls a room or a resource is never a person, wherever it is named
        self.rooms = {
            a.email
            for m in thread.messages
            for ev in m.events
            for a in ev.attendees
            if a.cutype in ("ROOM", "RESOURCE")
        }
        self._common: set[str] | None = None

    def person(self, email: str, name: str | None = None) -> bool:
        p = self.parties.get(email)
        return (
            email not in self.rooms
            and not self.me.is_me(email)
            and not is_automated_address(email)
            and (p is None or not p.automated)
            and not is_room(email, name or (p.address.name if p else None))
            and not _ROLE_MAILBOX.match(email)
        )

    def unknown_in(self, text: str) -> list[str]:
        """The people a text names as taking part whose address is nowhere in the mailbox:
        `unresolved` names that no other thread gives an address for either, and that are not
        an organisation's name or words the thread writes in lower case."""
        if self._common is None:
            # words the thread writes in lower case are words, not names ("customer success")
            self._common = {
                w
                for m in self.thread.messages
                for w in re.findall(r"(?<![\w@.])[a-zà-ÿ][\w'’-]+", self.notes(m).body)
            }
        out = []
        mine = set(bare(self.me.name).lower().split())
        for name in self.unresolved(text):
            words = bare(name).lower().split()
            if set(words) <= mine:  # the user, named shorter ("Valeria Ochoa" of "... Ochoa Ríos")
                continue
            if self.known.has(name) or any(
                w in self.known.orgs or w in self._common for w in words
            ):
                continue
            if "".join(words) in self.known.orgs:  # "Ridgeway Telecom": ridgewaytelecom.ca
                continue
            out.append(name)
        return out

    def schedules_only(self, email: str) -> bool:
        p = self.parties.get(email)
        return p is not None and p.role in ("coordinator", "assistant")

    def _tails(self, text: str) -> Iterable[str]:
        """What follows each word that introduces the people taking part, up to where the
        naming stops."""
        for cue in lang.pattern("participants_before").finditer(text):
            tail = text[cue.end() : cue.end() + 600]
            lead = re.match(r"\s*(?:with|to|by)?\s*:?[ \t]*\n", tail)
            if lead:  # "You'll be meeting with:" and a list
                yield _list_after(tail[lead.end() :])
            elif cue.group(0).endswith(":"):  # "Who: Curtis ... for the walk; then Ray Dupree"
                # a line that ends mid-list goes on ("You'll meet: Mr Lim Wei Ming, Head of Data
                # Platform (weiming.lim@…), and\nMs Priscilla Goh from Finance")
                yield m[0] if (m := _LIST_GOES_ON.match(tail)) else ""
            else:
                stop = _NAME_BREAK.search(tail[:200])
                yield tail[: stop.start()] if stop else tail[:200]

    def named(self, text: str) -> list[Address]:
        """The people a text names as taking part, in the order named."""
        found: dict[str, Address] = {}
        for tail in self._tails(text):
            for addr in self._names_in(tail):
                found.setdefault(addr.email, addr)
        for cue in lang.pattern("participants_after").finditer(text):
            if _ESCORT.search(re.split(r"[.;!?](?:\s|$)|\n", text[cue.start() :], maxsplit=1)[0]):
                continue
            head = _WRAP.sub(" ", text[max(0, cue.start() - 120) : cue.start()])
            head = re.split(r"[.;!?](?:\s|$)|\n", head)[-1]  # not at the dot of an address
            names = list(self._names_in(head))
            for addr in names[-3:]:
                found.setdefault(addr.email, addr)
        for line in agenda_lines(text):  # an itinerary: "10:45  Sandra Lum, CPO - ..."
            for addr in self._names_in(line):
                found.setdefault(addr.email, addr)
        low = text.lower()  # addresses are found in lower case: once for all of them
        for w in written_addresses(text):
            if self._cued(text, low, w.email, w.line) and self.person(w.email):
                found.setdefault(
                    w.email, self.directory.get((w.name or "").lower()) or Address(w.email, w.name)
                )
        return [a for a in found.values() if self.person(a.email)]

    def _cued(self, text: str, low: str, email: str, line: str) -> bool:
        """An address written where the people taking part are named: on its line, or in the
        sentence that leads to it across hard wraps ("Vous serez reçue par ... et par Thomas
        \nGirard, responsable acquisition (thomas.girard@…)")."""
        if lang.pattern("participants_before").search(line):
            return True
        at = low.find(email)
        if at < 0:
            return False
        lead = re.split(r"[.!?](?:\s|$)|\n[ \t]*\n", text[max(0, at - 240) : at])[-1]
        return bool(lang.pattern("participants_before").search(lead))

    def unresolved(self, text: str) -> list[str]:
        """The names a text gives for the people taking part ("you'll meet Sam Ito", an
        itinerary's "10:45  Jo Park, CPO") that nobody in the thread answers to: people met
        whose address the thread does not give. Only full names (two or three words) that
        read as a person's, not a day, a place or an organisation."""
        spans = list(self._tails(text))
        for cue in lang.pattern("participants_after").finditer(text):
            head = _WRAP.sub(" ", text[max(0, cue.start() - 120) : cue.start()])
            spans.append(re.split(r"[.;!?](?:\s|$)|\n", head)[-1])
        # an agenda's line that names someone first and their post after ("Priya Nair, Senior
        # Manager, Regulatory Reporting"): what follows the first comma is no one; a sentence
        # under a time ("you'll be chatting with Marcus Webb, ..., and Priyanka Desai") is read
        # whole
        spans += [_named_first(line) for line in agenda_lines(text)]
        return written_names(spans, self.directory, self.me.name)

    def described(self, text: str) -> list[Address]:
        """The people an invitation's agenda or description names ("pairing (Alicia Wong)"),
        whether or not with a cue: the people of an interview's agenda take part; a line that
        gives a contact ("Questions? Lorraine Beckett") does not count."""
        found: dict[str, Address] = {}
        for line in re.split(r"\n|(?<=[.;])\s+", _unsigned(text)):
            if _CONTACT_LINE.search(line) or _ESCORT.search(line):
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

    def absent_after(self, start: datetime) -> set[str]:
        """People the thread says, in the three days after `start`, were not in the meeting
        after all ("Sorry again Fiona couldn't make it")."""
        out = set()
        for msg in self._soon_after(start):
            for m in _ABSENT_AFTER.finditer(self.notes(msg).body):
                out |= {a.email for a in self._names_in(m.group("who"))}
        return out

    def _soon_after(self, start: datetime) -> list[Message]:
        """The thread's messages of the three days after `start`, where people say who was in
        a meeting and who was not."""
        return [m for m in self.thread.messages if start < m.date <= start + timedelta(days=3)]

    def joined_after(self, start: datetime) -> list[Address]:
        """People the thread says, in the three days after `start`, were in the meeting: named
        so by either side ("Jaco ... joined for the second half"), or writing so themselves
        ("Great talking with you last night")."""
        out: dict[str, Address] = {}
        for msg in self._soon_after(start):
            sender = msg.sender
            mine = self.me.sent_by_me(msg)  # the user too: "Jaco ... joined for the second half"
            talked = sender and not mine and _TALKED.search(self.notes(msg).body)
            if sender and talked and self.person(sender.email):
                party = self.parties.get(sender.email)
                out.setdefault(sender.email, party.address if party else sender)
            body = self.notes(msg).body
            for m in (*_JOINED_AFTER.finditer(body), *_JOINED_AFTER_VERB_LAST.finditer(body)):
                for addr in self._names_in(m.group("who")):
                    if self.person(addr.email):
                        out.setdefault(addr.email, addr)
        return list(out.values())

    def not_joining(self, until: datetime) -> set[str]:
        """Senders who said, before `until`, that they will not be in the meeting."""
        out = set()
        for msg in self.thread.messages:
            said = msg.sender and lang.pattern("not_joining").search(self.notes(msg).body)
            if said and msg.sender and msg.date <= until and not self.me.sent_by_me(msg):
                out.add(msg.sender.email)
        return out

    def introducers(self, until: datetime) -> set[str]:
        """Whoever introduced the user to someone else before `until`, in one mail to both
        ("Hélène, je te présente Camille"): they step aside, and meet no one. Only the mail
        that introduces, the first to say so: not a reply that thanks them for it."""
        for msg in self.thread.messages:
            if msg.date > until or msg.sender is None:
                break
            if not lang.pattern("introductions").search(self.notes(msg).body):
                continue
            others = {a.email for a in (*msg.to, *msg.cc)} - {msg.sender.email}
            mine = {e for e in others if self.me.is_me(e)}
            if self.me.sent_by_me(msg) or not mine or mine == others:
                return set()
            return {msg.sender.email}
        return set()

    def joining(self, msg: Message) -> bool:
        """The message's sender says they take part ("with me", "I'll call you"), in words
        that are not someone else's part ("Ana Paula ... quiere conocerte")."""
        return self.joining_in(self.notes(msg).body)

    def joining_in(self, body: str) -> bool:
        """A text says its writer takes part (an invitation's description, in the organizer's
        own words: "Sending the invite for our chat")."""
        others = [m.span() for m in lang.pattern("participants_after").finditer(body)]
        return any(
            not any(a < m.end() and m.start() < b for a, b in others)
            for m in lang.pattern("joining").finditer(body)
        )


_ITEM = re.compile(r"[ \t]*(?:[-*•·–]|\d+[.)])[ \t]")


def _list_after(text: str) -> str:
    """The list a label introduces, up to a blank line; or, where every item is a paragraph of
    its own (mail rendered from HTML), up to the first block that is not an item."""
    blocks = re.split(r"\n[ \t]*\n", text)
    taken = blocks[:1]
    if _ITEM.match(taken[0]):
        for block in blocks[1:]:
            if not _ITEM.match(block):
                break
            taken.append(block)
    return "\n".join(taken)


def _unsigned(text: str) -> str:
    """A description without its sign-off and signature ("Kind regards,\nMia"): who signs an
    invitation sent it, and takes part only if it says so."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        bare = line.strip().rstrip(",.!")
        if bare and len(bare) <= 40 and lang.pattern("sign_offs").fullmatch(bare):
            return "\n".join(lines[:i])
    return text


def _signs_only(who: Address, text: str) -> bool:
    """Whether every line of `text` that names `who` is their name alone, a signature ("Kayla"
    above a Teams block), not a part in the meeting."""
    words = [w for w in re.split(r"\s+", who.name or "") if w][:1]
    if not words:
        return False
    first = re.compile(rf"\b{re.escape(words[0])}\b")
    lines = [line.strip() for line in text.splitlines() if first.search(line)]
    return bool(lines) and all(_SIGNED_NAME.fullmatch(line) for line in lines)


# a name alone on a line, as people sign a short note: "Kayla", "— Sam Ito"
_SIGNED_NAME = re.compile(r"(?:[-–—]\s*)?[A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+)?\.?")


def met_in_words(
    people: People, agreed: list[Message], start: datetime, until: datetime | None = None
) -> tuple[tuple[Address, ...], str]:
    """The people met at a meeting agreed in the messages `agreed` (proposal, acceptance), and
    why: named for it, joining themselves, or the one the time was agreed with. A meeting moved
    or called off is read in the messages up to `until`, the one that moved it."""
    last = start if until is None else min(start, until)
    before = [m for m in people.thread.messages if m.date <= last]
    # an absence said on an earlier day where the meeting is moved, or before, is why it moved:
    # "Nadia est retenue en comité cet après-midi. Pouvons-nous décaler à jeudi ?"; not one
    # said on the day ("Aisha is unwell today ... Ben will step in instead")
    moving = [bool(lang.pattern("move_cues").search(people.notes(m).body)) for m in before]
    moves = [i for i, said in enumerate(moving) if said]
    day = start.date()
    still = [
        m
        for i, m in enumerate(before)
        if not moves or i > moves[-1] or m.date.astimezone(start.tzinfo).date() >= day
    ]
    skip = (
        people.not_joining(start)
        | people.absent_after(start)
        | people.absent("\n".join(people.notes(m).body for m in still))
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
    carried = False
    if not named and since is not None:
        moved = {m.message_id for m, said in zip(before, moving, strict=True) if said}
        earlier = [m for m in before if m.date < since]
        named = _named_for_the_slot_moved(people, earlier, about, moved)
        carried = bool(named)
    joiners = {
        m.sender.email: people.parties[m.sender.email].address
        for m in about
        if m.sender and m.sender.email in people.parties and _joins(people, m)
    }
    chosen = {**named, **{e: a for e, a in joiners.items() if e not in named}}
    skip |= people.introducers(start) - set(joiners)
    kept = {e: a for e, a in chosen.items() if e not in skip}
    late = [a for a in people.joined_after(start) if a.email not in skip]
    if kept:
        kept |= {a.email: a for a in late if a.email not in kept}
        why = (NAMED_BEFORE_MOVE if carried else NAMED) if named else JOINING
        return tuple(kept.values()), why
    if named:  # "Mr Adeyemi will no longer be available": not met, nor is whoever set it up
        return (), f"everyone named for it said they would not take part: {', '.join(named)}"
    texts = [people.notes(m).body for m in about] + [
        ev.description for m in about for ev in m.events
    ]
    unresolved = [name for text in texts for name in people.unresolved(text)]
    missing = [name for name in unresolved if not people.known.has(name)]
    if missing:
        # "you'll meet Paul Desjardins", "an interview with Ridgeway Telecom tomorrow": the
        # meeting is with the people or the organisation named, not with whoever the time was
        # agreed with (someone named whose address another thread gives is left as it was)
        return (), f"{UNKNOWN}: {', '.join(dict.fromkeys(missing))}"
    # everyone on the other side of the messages that agreed it (a reply to two people), and
    # anyone the other side says joined ("glad Ingrid was able to hop on")
    other = [a for msg in agreed for a in _other_side(msg, people)]
    if other:
        found = {a.email: a for a in [*other, *late] if a.email not in skip}
        return tuple(found.values()), "the time was agreed with them"
    return (), "nobody named, and it was agreed with someone who only schedules"


def _joins(people: People, msg: Message) -> bool:
    """The message's writer, a person on the other side who does more than schedule, says they
    take part ("with me", "I'll call you")."""
    who = msg.sender
    return (
        who is not None
        and not people.me.sent_by_me(msg)
        and people.person(who.email)
        and not people.schedules_only(who.email)
        and people.joining(msg)
    )


def _named_for_the_slot_moved(
    people: People, earlier: list[Message], about: list[Message], moved: set[str]
) -> dict[str, Address]:
    """The people named for an earlier slot that this meeting moves: the latest message before
    it that names anyone, when it or a message after it says the meeting moves (the Message-IDs
    of `moved`: "l'entretien avec Nadia Tazi", then "Pouvons-nous décaler à jeudi ?"); nobody
    when nothing says so (a second meeting set up after the first is its own)."""
    for i in range(len(earlier) - 1, -1, -1):
        msg = earlier[i]
        texts = [people.notes(msg).body, *(ev.description for ev in msg.events)]
        found = {a.email: a for text in texts for a in people.named(text)}
        if not found:
            continue
        # "A conversa será comigo e com o Paulo Antunes": the writer too
        sender = msg.sender
        if sender and sender.email in people.parties and _joins(people, msg):
            found.setdefault(sender.email, people.parties[sender.email].address)
        return found if any(m.message_id in moved for m in (*earlier[i:], *about)) else {}
    return {}


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
    if _GROUP_EVENT.search(ev.summary):
        return ()  # a webinar or an info session: an audience, no one met to thank
    skip = people.not_joining(ev.start) | people.absent_after(ev.start)
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
    # a note that names who the meeting is with ("your conversation with Derek Haldane and Luis
    # Treviño") and is signed "Kayla" is Kayla's arranging; a signed note that names no one else
    # ("sorry, I have to fly to Penang on Thursday ... Jason") is the organizer's own meeting
    with_cue = people.named(ev.description)
    in_description = with_cue + [
        a
        for a in people.described(ev.description)
        if not (with_cue and a.email in arranging and _signs_only(a, ev.description))
    ]
    described = (
        in_description
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
    # someone the other side adds after sending it ("me tomé la libertad de invitar a la
    # entrevista de mañana a Juliana Restrepo (jrestrepo@…)")
    since = sent_by.date if sent_by is not None else None
    for m in people.thread.messages:
        if since is not None and since < m.date <= ev.start and not people.me.sent_by_me(m):
            for added in people.named(people.notes(m).body):
                if added.email not in arranging:
                    out.setdefault(added.email, added)
    if org is not None and _attends(org, people) and not people.schedules_only(org.email):
        # "With Oliver Hastings (Head of Client Services) and Marta Ibáñez": the organizer's full
        # name among the agenda's people, not on a line that gives a contact
        whole = name_pattern(org.name or "")
        named_in_text = org.email in {a.email for a in in_description} or (
            whole is not None
            and any(
                whole.search(line)
                for line in ev.description.splitlines()
                if not _CONTACT_LINE.search(line)
            )
        )
        joins = (
            sent_by is not None
            and sent_by.sender is not None
            and (sent_by.sender.email == org.email and people.joining(sent_by))
        ) or people.joining_in(_unsigned(ev.description))
        # alone on the invitation, the organizer is who the user meets; not when it names a
        # panel whose addresses it does not give ("Panel: Ravi Teja Konda and Shalini M.")
        alone = not out and not people.unresolved(f"{ev.description}\n{body}")
        if alone or named_in_text or joins:
            out.setdefault(org.email, _known(org, people))
    # anyone the thread says, after it, joined it ("Hope you didn't mind Nurul popping in")
    for late in people.joined_after(ev.start):
        out.setdefault(late.email, late)
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
    return (
        bool(_ROOM.search(name or ""))
        # "Tessellate - 4F Lakeview (8)", "HQ-3-Oak (12)": a floor, a seat count
        or bool(re.search(r"\b\d{1,2}F\b|\(\d{1,3}\)\s*$", name or ""))
        or bool(re.search(r"(?:room|boardroom|conf|virt|resource)[-_.]?\w*\d", local, re.I))
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
