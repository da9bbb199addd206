"""What a draft calls things: the company as it names itself, the role, and the subject.

People name their employer in their signature ("Keystone Interim Partners"), in the subject
("Prairie Loop – Product Data Analyst") and in the text ("the Logistics Analyst role at Bluefin
Insurance"); an ATS names it in its notices. An address only hints at it: "acmerobotics.com" is
"Acme Robotics", "alpinecu.org" "Alpine Credit Union". So names are taken from what people
wrote, and an address only picks among them (its letters spell the name, its initials or a
shortening of it); a name made from an address alone is a guess, and says so.

A draft's subject is the one a person used last in the thread, never a calendar's or an ATS's
("Invitation: ... @ Wed 18 Mar 2026 10:00 (GMT) (name@gmail.com)"), without their prefixes and
appended dates; with none, it is built from the role.

Example::

    >>> plain_subject("Re: Invitation: Onsite panel @ Fri Mar 13, 2026 9am - 1pm (CET) (a@b.c)")
    'Onsite panel'
    >>> plain_subject("Re: Interview confirmed: Senior Product Designer at Kiezkasse")
    'Senior Product Designer at Kiezkasse'
    >>> spells("alpinecu", "Alpine Credit Union")
    True
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from daemon.infer.lang import pattern
from daemon.infer.people import (
    Identity,
    domain_of,
    is_automated_address,
    is_personal_domain,
    is_service_domain,
    name_labels,
    organisation_in,
)
from daemon.model import Address, Message, Thread
from daemon.threading import base_subject, strip_prefixes

# a capitalised phrase: words that start with a capital, joined by spaces, "&", "of", "de"...
_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'.&-]*"
_JOIN = (
    r"(?:[ \t]+(?:of|the|and|for|de|del|la|las|los|y|et|du|des|für|und)[ \t]+|[ \t]*&[ \t]*|[ \t]+)"
)
_PHRASE = re.compile(rf"{_WORD}(?:{_JOIN}{_WORD})*")
# "@ Wed 18 Mar 2026 10:00 - 13:15 (GMT) (name@gmail.com)", " - 01:00pm Mon, Feb 23, 2026 - x"
_WEEKDAY = (
    r"(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so|"
    r"ju|vi|sá|dom)\w*\.?,?"
)
_CALENDAR_TAIL = re.compile(
    rf"\s+@\s+(?:{_WEEKDAY}\s|\d).*$|\s+[-–]\s+\d{{1,2}}[:.]\d{{2}}\s*[ap]m\b.*$"
    rf"|\s+[-–]\s+{_WEEKDAY}\s+(?:\d|\w+\s+\d).*$"
    # a slot a scheduler or recruiter appends: "… (Hiring Manager) - 06/04/2026, 4 PM IST"
    rf"|\s+[-–|,]\s+\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b.*$",
    re.IGNORECASE,
)
_EMAIL_TAIL = re.compile(r"\s*\([^()\s]+@[^()\s]+\)\s*$")
# labels of a domain that name no one: "careers.acme.com", "waikatodhb.govt.nz"
_GENERIC_LABELS = frozenset(
    {
        "mail",
        "email",
        "careers",
        "jobs",
        "hr",
        "talent",
        "recruiting",
        "govt",
        "gov",
        "edu",
        "ac",
        "co",
        "com",
        "org",
        "net",
        "nhs",
        "sch",
        "k12",
        "us",
        "eu",
        "apply",
        "hire",
    }
)
_ROLE_BODY = rf"({_WORD}(?:(?:\s+(?:&|and|of|for|de|du|des|del|und|für)\s+|\s+){_WORD}){{0,5}})"


@dataclass(frozen=True)
class Naming:
    """What a draft calls the company and the role, and the subject it gives itself."""

    company: str | None
    company_guessed: bool
    role: str | None
    subject: str  # without "Re: "
    subject_from_thread: bool  # a person's subject (answered with "Re: "), else one built


def naming(thread: Thread, to: Address, me: Identity, kind: str, language: str = "en") -> Naming:
    """The company (for a draft to `to`), the role and the subject of a draft in `thread` (a
    subject of its own in the draft's `language`)."""
    people = _people_names(thread, me)
    company, guessed = company_for(thread, to, me, people)
    role = role_in(thread, company, people)
    subject = human_subject(thread, me)
    if subject:
        return Naming(company, guessed, role, subject, True)
    built = _built_subject(kind, role, None if guessed else company, language)
    return Naming(company, guessed, role, built, False)


def by_a_person(msg: Message, me: Identity) -> bool:
    """Written by a person (the user or another), not a robot, a calendar or a notice (a
    calendar's answer sent in the user's name, "Accepted: Marcus / Jess @ …", is a notice)."""
    return (
        not msg.events
        and not _CALENDAR_REPLY.match(strip_prefixes(msg.subject))
        and written_by_a_person(msg, me)
    )


_CALENDAR_REPLY = re.compile(
    r"(?:accepted|declined|tentative(?:ly accepted)?|aceptad[oa]|rechazad[oa]|accepté|refusé|"
    r"angenommen|abgelehnt|zugesagt|abgesagt)\s*:",
    re.IGNORECASE,
)


def written_by_a_person(msg: Message, me: Identity) -> bool:
    """From a person's own address, a calendar invitation they sent with a note included."""
    if msg.sender is None or msg.automated or msg.bulk:
        return False
    return me.sent_by_me(msg) or not is_automated_address(msg.sender.email)


def plain_subject(subject: str) -> str:
    """The subject without reply, calendar and notice prefixes, and without the date and the
    address a calendar appends."""
    heads = (pattern("calendar_prefixes"), pattern("notice_subjects"))
    previous = None
    while previous != subject:
        previous = subject
        subject = strip_prefixes(subject)
        for head in heads:
            found = head.match(subject)
            if found and subject[found.end() :].lstrip().startswith(":"):
                subject = subject[found.end() :].lstrip()[1:].strip()
    subject = _EMAIL_TAIL.sub("", subject)
    return _CALENDAR_TAIL.sub("", subject).strip(" -–")


def human_subject(thread: Thread, me: Identity) -> str | None:
    """The latest subject a person used in the thread, made plain; None when only robots and
    calendars gave it one."""
    titles = event_titles(thread)
    for msg in reversed(thread.messages):
        # an invitation counts when a person titled it as mail ("Interview – Senior Pharmacist"),
        # not a calendar's "Invitation: Lorraine / Arjun @ Wed…", whose event title is no subject
        if written_by_a_person(msg, me) and not calendar_titled(msg):
            subject = plain_subject(msg.subject)
            if subject and not names_only(subject) and base_subject(subject) not in titles:
                return subject
    return None


def event_titles(thread: Thread) -> frozenset[str]:
    """The titles of the thread's calendar events, plain and lower case: a subject that is one
    of them is a calendar's, also where a person replied under it."""
    return frozenset(
        base_subject(plain_subject(ev.summary))
        for m in thread.messages
        for ev in m.events
        if ev.summary.strip()
    )


def calendar_titled(msg: Message) -> bool:
    """An invitation whose subject is the calendar's: a prefix a calendar adds ("Invitation:
    Lorraine / Arjun @ Wed…"), or the event's own title as an organiser's calendar sends it
    ("Interview: Priya Raghunathan - Records & IG Manager"). A person's mail that carries an
    invitation under a subject of their own is not."""
    if not msg.events:
        return False
    if plain_subject(msg.subject) != strip_prefixes(msg.subject):
        return True
    base = " ".join(strip_prefixes(msg.subject).split()).lower()
    return any(" ".join(ev.summary.split()).lower() == base for ev in msg.events)


def names_only(subject: str) -> bool:
    """A calendar's title made of the people meeting, not a subject anyone writes mail under:
    'Lorraine / Arjun', 'Catarina Lobo <> Arjun Pillai (Tanjong Pay)', 'Greg x Dana'. Titles
    joined so ('Analytics Manager / Data Lead') are a subject."""
    found = _NAMES_ONLY.fullmatch(subject.strip())
    return found is not None and not pattern("title_heads").search(subject)


_NAME_RUN = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.-]*){0,2}"
_NAMES_ONLY = re.compile(
    rf"{_NAME_RUN}(?:\s*(?:/|<>|<->|\+|&|\bx\b|\band\b)\s*{_NAME_RUN})+(?:\s*\([^()]*\))?"
)


# a subject's first words, in the languages drafts are written in: thanks, following up
_SUBJECT_WORDS = {
    "en": ("Thank you", "Following up"),
    "fr": ("Merci", "Suivi"),
    "es": ("Gracias", "Seguimiento"),
    "de": ("Vielen Dank", "Nachfrage"),
    "pt": ("Agradecimento", "Acompanhamento"),  # "Obrigado/a" says the writer's gender
}


def _built_subject(kind: str, role: str | None, company: str | None, language: str = "en") -> str:
    """'Thank you – Logistics Analyst interview', 'Following up – Bluefin Insurance', 'Gracias
    – Ruta Norte'."""
    thanks, following = _SUBJECT_WORDS.get(language, _SUBJECT_WORDS["en"])
    start = thanks if kind == "thank_you" else following
    if role and language == "en" and kind == "thank_you":
        return f"{start} – {role} interview"
    if role:
        return f"{start} – {role}"
    return f"{start} – {company}" if company else start


# --- the company -----------------------------------------------------------------------------


def company_for(
    thread: Thread, to: Address, me: Identity, people: frozenset[str] | None = None
) -> tuple[str | None, bool]:
    """The company a draft to `to` names, and whether it is only a guess from an address.

    In order: the client an agency names ("Client is Cardinal Supply Co."); a name written in
    the thread that the recipient's address (then the thread's other addresses) spells; the
    organisation the recipient signs with; the one an ATS writes for; the address itself."""
    people = people if people is not None else _people_names(thread, me)
    others = [m for m in thread.messages if by_a_person(m, me) and not me.sent_by_me(m)]
    client = _client_named(others, people)
    if client:
        return client, False
    names = _names_written(thread, me, people)
    agencies = _agency_domains(others)
    for domain in _domains(thread, to, me):
        if domain in agencies:
            continue
        for label in _labels(domain):
            spelt = [name for name in names if spells(label, name)]
            if spelt:
                name = _expanded(spelt[0], spelt)
                return (None, False) if _is_agency(name) else (name, False)
    signed = _signed_organisation(others, to, people)
    if signed and domain_of(to.email) not in agencies:
        return signed, False
    for msg in thread.messages:
        sender = msg.sender
        if sender and not me.sent_by_me(msg) and is_automated_address(sender.email):
            service = _label(domain_of(sender.email))
            for part in re.split(r"\s*[|·•]\s*", sender.name or ""):
                name = organisation_in(part)
                if (
                    name
                    and not _is_person(name, people)
                    and not spells(service, name)
                    and not _is_agency(name)
                ):
                    return name, False
    for domain in _domains(thread, to, me):
        if domain not in agencies and len(_letters(_label(domain))) >= 4:
            words = re.split(r"[-_]", _label(domain))
            return " ".join(_spoken(w) for w in words if w), True
    return None, False


def _spoken(label: str) -> str:
    """A domain label as a name is written: 'Northfieldpkg', or initials in capitals ('INFC',
    'QMES'): a short label with one vowel at most is not a word."""
    vowels = sum(ch in "aeiouy" for ch in label.lower())
    return label.upper() if len(label) <= 5 and vowels <= 1 else label.capitalize()


def _expanded(name: str, spelt: list[str]) -> str:
    """The name with its initials written out where the thread spells them out elsewhere:
    'Totara BS' gives 'Totara Building Services', 'QMES' 'Queensland Medicines Evaluation
    Service'. A name is otherwise kept as first found."""
    tokens = name.split()
    for other in spelt:
        words = other.split()
        if len(words) > len(tokens) and _spells_out(tokens, words):
            return other
    return name


def _spells_out(tokens: list[str], words: list[str]) -> bool:
    if not tokens:
        return not words
    head, rest = tokens[0], tokens[1:]
    if words and words[0] == head and _spells_out(rest, words[1:]):
        return True
    if len(head) >= 2 and head.isupper():  # initials: as many words as letters
        n = len(head)
        run = words[:n]
        initials = "".join(w[0] for w in run).upper()
        return len(run) == n and initials == head and _spells_out(rest, words[n:])
    return False


def _is_agency(name: str) -> bool:
    """A recruitment agency's name ("Marchmont Search", "Talentwerk Personalberatung")."""
    return bool(pattern("agency_names").search(name))


def spells(label: str, name: str) -> bool:
    """The domain label is made from the name's words: whole, by initials or shortened
    ("alpinecu" for "Alpine Credit Union", "northfieldpkg" for "Northfield Packaging"); the
    first word is always whole (or the whole label is initials), so a label spells few names."""
    want = _letters(label)
    words = [w for w in (_letters(t) for t in re.split(r"[\s&/-]+", name)) if w]
    words = [w for w in words if w not in ("of", "the", "and", "de", "la", "y", "et", "und")]
    if len(want) < 3 or not words:
        return False
    if want == "".join(w[0] for w in words) and len(words) >= 2:
        return True
    first = words[0]
    if not want.startswith(first):
        return False
    return _rest_spelled(want[len(first) :], tuple(words[1:]))


# what a domain adds after the name: "fieldnotehq", "kindlinghq"
_LABEL_TAILS = frozenset({"hq", "inc", "app", "co", "io", "group", "global", "team", "usa", "uk"})


@cache
def _rest_spelled(want: str, words: tuple[str, ...]) -> bool:
    if not want:
        # the label may leave out the words that say what kind of organisation it is
        kinds = pattern("organisation_words")
        return bool(kinds.fullmatch(" ".join(words))) or all(kinds.fullmatch(w) for w in words)
    if not words:
        return want in _LABEL_TAILS
    word, rest = words[0], words[1:]
    # the word whole, its initial, or a shortening that keeps its first letter ("pkg")
    for n in range(1, len(want) + 1):
        part = want[:n]
        if part[0] == word[0] and _subsequence(part, word) and _rest_spelled(want[n:], rest):
            return True
    return False


def _subsequence(part: str, word: str) -> bool:
    found = iter(word)
    return all(ch in found for ch in part)


def _letters(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"[^a-z0-9]", "", folded.replace("&", "and"))


def _labels(domain: str) -> list[str]:
    """The name-bearing label of a domain, whole and, when hyphenated, its first part:
    'stmarys-boston.org' gives 'stmarys-boston' and 'stmarys'."""
    parts = [p for p in name_labels(domain) if p not in _GENERIC_LABELS]
    if not parts:
        return [""]  # "nhs.net": a shared domain names no one employer
    label = parts[-1]
    head = label.split("-")[0]
    return [label] + ([head] if head != label and len(head) >= 4 else [])


def _label(domain: str) -> str:
    return _labels(domain)[0]


def _domains(thread: Thread, to: Address, me: Identity) -> list[str]:
    """The recipient's domain, then the thread's other companies' by how often they write."""
    counts: Counter[str] = Counter()
    for msg in thread.messages:
        for a in ((msg.sender,) if msg.sender else ()) + msg.recipients():
            if not me.is_me(a):
                counts[domain_of(a.email)] += 1
    ordered = [domain_of(to.email)] + [d for d, _ in counts.most_common()]
    return [
        d
        for d in dict.fromkeys(ordered)
        if not is_personal_domain(d) and not is_service_domain(d) and d not in me.employer_domains
    ]


def _names_written(thread: Thread, me: Identity, people: frozenset[str]) -> list[str]:
    """Every capitalised phrase of the subjects, the text and display names, and
    the invitations, each with the organisation words that follow it, not a person's."""
    texts = [m.subject for m in thread.messages]
    # the user's own words too: a name counts only where an address spells it
    texts += [m.text for m in thread.messages]
    texts += [a.name or "" for m in thread.messages for a in _everyone(m)]
    texts += [e.summary + "\n" + e.description for m in thread.messages for e in m.events]
    found: dict[str, None] = {}
    for text in texts:
        for m in _PHRASE.finditer(text):
            tokens = m.group(0).split()
            # every run of the phrase's words, longest first for each start
            for i in range(len(tokens)):
                for j in range(min(len(tokens), i + 6), i, -1):
                    if not (tokens[i][0].isupper() and tokens[j - 1][0].isupper()):
                        continue
                    name = re.sub(r"[’']s$", "", " ".join(tokens[i:j])).strip(" .,’'-&")
                    if name and not _is_person(name, people):
                        found[_with_organisation_words(name, tokens[j:])] = None
    return list(found)


def _with_organisation_words(name: str, after: list[str]) -> str:
    """'St. Mary's' followed by 'Medical Center' is 'St. Mary's Medical Center'."""
    words = pattern("organisation_words")
    if words.fullmatch(name.split()[-1]):
        return name  # "Piedmont Parcel Services", not "... Services College" (a place)
    taken: list[str] = []
    for token in after:
        trial = " ".join(taken + [token]).strip(" .,")
        if words.fullmatch(trial) or words.fullmatch(token.strip(" .,")):
            taken.append(token)
        else:
            break
    return " ".join([name] + taken).strip(" ,") if taken else name


def _client_named(others: list[Message], people: frozenset[str]) -> str | None:
    """The company an agency hires for, when it names it: "Client is Cardinal Supply Co."."""
    for msg in reversed(others):
        for cue in pattern("client_words").finditer(msg.text):
            if re.search(r"\b(?:a|an)$", cue.group(0), re.IGNORECASE):
                continue  # "advising a Toronto-headquartered business": not named
            after = msg.text[cue.end() : cue.end() + 80]
            found = re.match(rf"\s*(?:is|,|:|-|–|ist|es|est)?\s*({_PHRASE.pattern})", after)
            # the name ends with its sentence ("Client is Cardinal Supply Co. Laura ...")
            name = re.split(r"(?<=\w{2}\.)\s", found.group(1))[0] if found else ""
            if name and not _is_person(name, people):
                return name.strip(" .,")
    return None


def _agency_domains(others: list[Message]) -> set[str]:
    """The domains of people who write of a client: an agency, not the employer."""
    return {
        domain_of(m.sender.email)
        for m in others
        if m.sender and pattern("client_words").search(m.text)
    }


# a legal form, which letterheads carry and sentences drop: "Straits Meridian Holdings Ltd",
# "Plásticos Técnicos de Jalisco, S.A. de C.V."
LEGAL_FORM = re.compile(
    r",?\s+(?:Inc|Ltd|LLC|LLP|PLC|plc|(?:Pte|Pty|Pvt)\.? Ltd|Private Limited|GmbH|AG|"
    r"S\.?A\.?(?: de C\.?V\.?)?|B\.?V\.?|Corp|Limited|S\.?L\.?|SAS|SARL|S\.?r\.?l\.?|Lda|Ltda)\.?$"
)


def _signed_organisation(others: list[Message], to: Address, people: frozenset[str]) -> str | None:
    """The organisation the recipient names in their signature: a line near the end of their
    message that is a capitalised phrase, neither a name nor a title."""
    for msg in reversed(others):
        if msg.sender is None or msg.sender.email != to.email:
            continue
        lines = [ln.strip() for ln in msg.text.strip().splitlines() if ln.strip()][-8:]
        # a signature starts with the writer's name: the organisation comes after it
        first = _letters((msg.sender.name or "").replace(",", " ").split(" ")[0])
        starts = [i for i, ln in enumerate(lines) if first and _letters(ln).startswith(first)]
        if not starts:
            continue
        for line in lines[starts[-1] + 1 :]:
            # a name before a legal form names an organisation, whatever its words
            legal = LEGAL_FORM.search(line)
            parts = re.split(r"\s*[|·•,]\s*|\s+[–—-]\s+", line[: legal.start()] if legal else line)
            for n, part in enumerate(parts):
                part = part.strip(" .")
                if (
                    _PHRASE.fullmatch(part)
                    and len(part.split()) <= 6
                    and not _is_person(part, people)
                    and not pattern("title_heads").search(part)
                    and not pattern("recruiting_titles").search(part)
                    and not pattern("sign_offs").fullmatch(part)
                    and not _is_agency(part)
                    and (
                        (legal is not None and n == len(parts) - 1)
                        or _names_an_organisation(part, to)
                    )
                ):
                    return part
    return None


def _names_an_organisation(line: str, to: Address) -> bool:
    """A signature line names the writer's organisation when it says what kind of one it is
    ("Ledgerline Labs", "Bank of Ireland"); from a personal address, two capitalised words do
    ("Keystone Interim"). A department or a region ("Nursing", "Western Region") does not."""
    words = line.split()
    if any(pattern("organisation_words").fullmatch(w.strip(".,")) for w in words):
        return True
    return is_personal_domain(domain_of(to.email)) and len(words) >= 2


def _people_names(thread: Thread, me: Identity) -> frozenset[str]:
    """Each person's name in the thread, as its letters and as its words ("jane doe"); a
    robot's display name ("Acme Recruiting") is no one's."""
    names = {me.name}
    for msg in thread.messages:
        names.update(a.name or "" for a in _everyone(msg) if not is_automated_address(a.email))
        for ev in msg.events:
            names.update(a.name or "" for a in ev.attendees)
    out = set()
    for name in filter(None, names):
        words = [_letters(w) for w in name.replace(",", " ").split()]
        out.add(_letters(name))
        out.add(" ".join(w for w in words if w))
    return frozenset(out)


def _is_person(name: str, people: frozenset[str]) -> bool:
    """A person's name, or a part of one ("Jane Doe", "Jane", "Doe")."""
    words = {w for w in (_letters(w) for w in name.split()) if w}
    if _letters(name) in people:
        return True
    return bool(words) and any(words <= set(p.split()) for p in people if " " in p)


def _everyone(msg: Message) -> tuple[Address, ...]:
    return ((msg.sender,) if msg.sender else ()) + msg.recipients() + msg.reply_to


# --- the role --------------------------------------------------------------------------------


def role_in(thread: Thread, company: str | None, people: frozenset[str]) -> str | None:
    """The role the thread names: "the X role", "interview for X", "X at <company>", or a part
    of a subject that ends with a job title's last word; None when unsure."""
    nouns = pattern("role_nouns").pattern
    # "Strategy Manager at Orbis" for Orbis Mobility: its first word will do
    spoken = rf"{re.escape(company)}|{re.escape(company.split()[0])}\b" if company else ""
    at_company = rf"\s+(?:at|with|bei|chez|en)\s+(?:{spoken})" if company else r"(?!x)x"
    subjects = [plain_subject(m.subject) for m in reversed(thread.messages)]
    texts = [m.text for m in reversed(thread.messages)]
    for text in subjects + texts:
        # "Confidential: FP&A Manager role - Series C fintech": after a label's colon too
        said = rf"(?:^|(?<=: )|\b(?:the|a|an|our|your|this|for|as)\s+){_ROLE_BODY}"
        # "the Lead Data Engineer (Remote, EU) role": a note in brackets before the noun
        for found in re.finditer(rf"{said}(?:\s*\([^()\n]{{1,40}}\))?\s+(?:{nouns})\b", text, re.M):
            if role := _trimmed_role(found.group(1), people, company, strong=True):
                return role
        for found in re.finditer(rf"{said}{at_company}", text, re.M):
            if _SELF.search(text[: found.start() + 4]):
                continue  # "I'm the Head of Design at Loomwork": the writer's own job
            if role := _trimmed_role(found.group(1), people, company, strong=False):
                return role
        # "interview for X", "Final round for X", "a screen for the X"
        asked = re.search(rf"\b(?:{_MEETING_FOR}) for (?:the )?{_ROLE_BODY}", text)
        if asked and (role := _trimmed_role(asked.group(1), people, company, strong=True)):
            return role
    # an invitation's title is a subject too: "Onsite - Catarina Lobo (Senior Backend Engineer)"
    titles = [plain_subject(ev.summary) for m in thread.messages for ev in m.events]
    for subject in subjects + titles:
        if role := _between_company_and_meeting(subject, people, company):
            return role
        # "Second Round: Naomi Castellano (Senior Counsel, Litigation & Investigations)": a title
        # in brackets after a name is tried after the rest; "(Remote, EU)" is no part of one
        bracketed = re.findall(r"\(([^()]{4,60})\)", subject)
        subject = re.sub(r"\s*\(.*?\)\s*", " ", subject)
        segments = re.split(r"\s+[–—|/-]\s+|:\s+|\s+@\s+|\s+w/\s+", subject) + bracketed
        for before, segment in zip(["", *segments], segments, strict=False):
            # "Oportunidade: Designer Instrucional Sênior (remoto) | Trilha": what an opening's
            # word for a vacancy introduces is the title, whatever its last word
            if _VACANCY_WORD.fullmatch(before.strip()) and (
                role := _trimmed_role(segment, people, company, strong=True)
            ):
                return role
            pieces = segment.split(", ")
            # "Vice President, Litigation Counsel": one title, a comma inside it
            first = _subject_role(pieces[0], people, company)
            if first and len(pieces) == 2 and _PHRASE.fullmatch(pieces[1].strip()):
                whole = f"{first}, {pieces[1].strip()}"
                if len(whole.split()) <= 7 and not _is_person(pieces[1].strip(), people):
                    return whole
            for part in pieces:
                if role := _subject_role(part, people, company):
                    return role
    return None


_VACANCY_WORD = re.compile(
    r"(?:new )?(?:opportunity|oportunidade|oportunidad|opportunité|vaga|vacante|vacancy|"
    r"stelle|stellenangebot|offre|poste|position|role)",
    re.IGNORECASE,
)
_MEETING_FOR = r"interview(?:ing)?|round|screen(?:ing)?|call|conversation|next steps"
_MEETING_SEGMENT = re.compile(
    r"(?:(?:first|second|final|phone|video)\s+)?(?:interview|entrevista|entrevue|entretien|"
    r"gespräch|vorstellungsgespräch|screen|call|onsite|round)",
    re.IGNORECASE,
)


def _between_company_and_meeting(
    subject: str, people: frozenset[str], company: str | None
) -> str | None:
    """A subject of parts, the company's, the meeting's and one more: that one is the title, job
    words or not ("Luminar Pharma – MSL Cardiometabolic (Brisbane) – Interview")."""
    if not company:
        return None
    parts = [
        _REFERENCE_HEAD.sub("", p.strip())
        for p in re.split(r"\s+[–—|-]\s+", re.sub(r"\s*\([^()]*\)", "", subject))
    ]
    if len(parts) != 3:
        return None
    rest = [
        p for p in parts if _letters(p) != _letters(company) and not _MEETING_SEGMENT.fullmatch(p)
    ]
    if len(rest) != 1 or len(rest[0].split()) > 5 or not _PHRASE.fullmatch(rest[0]):
        return None
    return _trimmed_role(rest[0], people, company, strong=True)


# an interview's own word around the title in a subject: "Store Director Interview", "Entrevista
# Head of CS", "Ops Analyst Interview with Jessica Lindahl on Monday"
_INTERVIEW_WORD = re.compile(
    r"^(?:interview|entrevista|entrevue|entretien)\s+|"
    r"\s+(?:interview|entrevista|entrevue|entretien)(?:\s+(?:with|w/|con|avec)\s+.*)?$",
    re.IGNORECASE,
)


# the writer naming their own job: "I'm the …", "as the … at …", "I lead …"
_SELF = re.compile(r"\b(?:i'm|i am|i've been|as|my role as|i work as)\s+(?:the|a|an)\s*$", re.I)
_PLATFORMS = re.compile(
    r"\b(linkedin|indeed|glassdoor|seek|reddit|twitter|facebook|instagram|handshake|"
    r"greenhouse|lever|workday|ziprecruiter|monster|xing|welcome to the jungle)\b",
    re.IGNORECASE,
)
_SENTENCE_END = r"(?<!\bJr)(?<!\bSr)(?<!\bSnr)(?<!\bSt)(?<!\bDr)[.!?;]\s"


def _subject_role(part: str, people: frozenset[str], company: str | None) -> str | None:
    part = part.strip()
    part = _REFERENCE_TAIL.sub("", part)  # "Senior Pharmacist QLD/QMES/1427"
    part = _REFERENCE_HEAD.sub("", part)  # "Competition 26-031 Senior Engineer, Capital Works"
    # "Ihre Bewerbung als Lead Data Engineer", "Poste de sous-chef": what follows is the title,
    # whatever its last word ("Entwicklungsingenieur Bremsregelsysteme")
    applied = _APPLIED_AS.match(part) is not None
    part = _APPLIED_AS.sub("", part)
    part = _INTERVIEW_WORD.sub("", part).strip()
    # "Teacher of Mathematics with Physics" is one title; "Vice President, Litigation" one too
    joined = re.sub(r"(?<=\s)with(?=\s)", "and", part).replace(", ", " and ")
    if _PHRASE.fullmatch(joined):
        return _trimmed_role(part, people, company, strong=applied)
    # "Poste d'infirmière": French writes a title after "poste de" in lower case
    if applied and re.fullmatch(r"[^\W\d_][\w’'-]*(?: [^\W\d_][\w’'-]*){0,4}", part):
        return _trimmed_role(part, people, company, strong=True)
    return None


# what an application's subject says before the title: "Ihre Bewerbung als", "Application for"
_APPLIED_AS = re.compile(
    r"^(?:(?:your |ihre |deine |votre |su |tu |sua )?(?:application|bewerbung|candidature|"
    r"postulaci[óo]n|solicitud|candidatura)\s+(?:as|for|als|f[üu]r|au poste de|pour le poste de|"
    r"para|como|de|à|a)\s+(?:the |a |an |la |el |o |a )?"
    r"|(?:le |el |la |a |die )?(?:poste|puesto|vacante|vaga|stelle|position)\s+(?:de |d['’]|als "
    r"|as |para (?:a |o )?|of (?:the )?)"
    # a vacancy's subject names the title straight after: "Vacante Planeador(a) de Demanda"
    r"|(?:vacante|vaga)\s+(?=(?-i:[A-ZÀ-Ý])))",
    re.IGNORECASE,
)
# a vacancy's reference after its title: "QLD/QMES/1427", "Ref CCS/26/03", "R-20418"
_REFERENCE_TAIL = re.compile(r"(\s+(ref\.?|req\.?|job|id)?\s*[\w-]*[\d/][\w/-]*)+$", re.I)
# ... and before it, as public bodies number their competitions: "Competition 26-031", "Posting
# #4417", "Req. R-20418"
_REFERENCE_HEAD = re.compile(
    r"^(?:competition|posting|requisition|req\.?|ref\.?|job(?: id)?|vacancy)\s*(?:no\.?|#)?\s*"
    r"[\w-]*\d[\w/-]*\s+",
    re.I,
)


def _trimmed_role(
    text: str, people: frozenset[str], company: str | None, strong: bool
) -> str | None:
    """A role title, or None: a person's name, the company, a notice's words; said without
    "the X role" around it, it must end with a job title's last word ("Analyst")."""
    words = text.split()
    while words and words[0].lower() in {"the", "a", "an", "our", "your", "this", "re"}:
        words = words[1:]
    role = " ".join(words).strip(" ,.")
    # "Jr. Developer": an abbreviation's full stop ends no sentence
    if len(_letters(role)) < 4 or len(words) > 7 or re.search(_SENTENCE_END, role):
        return None  # a title is one phrase, not the end of a sentence and the next's start
    heads = pattern("title_heads")
    # "Head of Marketing"; a Romance title puts its head first too: "Analista de Planeación"
    head_first = (
        len(words) > 2
        and heads.fullmatch(words[0])
        and words[1].lower() in ("of", "for", "de", "del", "da", "do", "des", "du", "d'")
    )
    lead = heads.match(role)  # a title of several words first: "Head of Marketing", "VP Sales"
    named = head_first or (lead is not None and " " in lead.group(0))
    if not strong and not heads.search(words[-1]) and not named:
        return None
    if _is_person(role, people) or (company and _letters(company) in _letters(role)):
        return None
    if _PLATFORMS.search(role):  # "your LinkedIn post", "the Indeed posting": where, not what
        return None
    if pattern("notice_subjects").search(role) or pattern("calendar_prefixes").match(role):
        return None
    return role
