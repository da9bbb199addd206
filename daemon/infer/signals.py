"""Is a thread the user's job search? Evidence of several kinds, each weighed, none deciding
alone: who writes, what happens (a meeting with someone at an organisation, an introduction, a
résumé sent), what is said (job words, a job title, talk about a career), and what came before
with the same people. Evidence against counts too: bulk mail, errands, the work of the job the
user has now, and the user being the one who hires.

A thread is about a hiring process or a career search when its weight reaches `THRESHOLD`; it
is the user's own job search when, besides, the user is not the one interviewing candidates.
Every signal keeps the words it was seen in, so `followupd explain` can show the decision.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from daemon.infer import lang
from daemon.infer.annotate import Annotated
from daemon.infer.applications import is_resume
from daemon.infer.names import person_like
from daemon.infer.parties import Party
from daemon.infer.people import (
    Identity,
    domain_of,
    is_personal_domain,
    is_service_domain,
    name_pattern,
)
from daemon.model import CalendarEvent, Meeting, Message, Promise, Signal, Thread

THRESHOLD = 3
Notes = Callable[[Message], Annotated]

# "Ana Lobo <> Arjun Pillai (Tanjong Pay)", "Jana ↔ Anja": two people put in touch
_PAIR = re.compile(r"\w\s*(?:<>|<->|↔|⇄|&lt;&gt;)\s*\w")
_CANDIDATES = re.compile(
    r"(?<!other\s)(?<!all\s)(?<!fellow\s)(?<!of\s)\b(?:candidates|applicants|finalists)\b", re.I
)
# an application that is not for a job: "Sublet application - Apt. 9C", "planning application"
_OTHER_APPLICATION = re.compile(
    r"\b(?:sublet|planning|mortgage|loan|visa|permit|passport|rental|tenancy|grant|school|"
    r"college|admissions?|insurance|licen[cs]e|building|zoning|credit card)\s+$",
    re.I,
)
# "CV_Kevin_Ramirez.pdf": a file name joins its words with underscores, which \b does not split
_RESUME_FILE = re.compile(
    r"r[ée]sum[ée]|(?<![a-z])cv(?![a-z])|curriculum|lebenslauf|portfolio", re.I
)
_SENIORITY = (
    r"(?:(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|chief|head|associate|assistant|"
    r"deputy|graduate|entry[- ]level|regional|national|global|area|general|executive|"
    r"registered|qualified|trainee|clinical|customer|product|data|software|backend|back-end|"
    r"frontend|front-end|full[- ]stack|sales|marketing|operations|supply chain|logistics|"
    r"project|program|programme|account|business|financial|legal|in-house|corporate|site|"
    r"maths?|physics|science|english|electrical|mechanical|civil|ux|ui|design|research|"
    r"success|development|devops|platform|cloud|security|infrastructure|analytics|"
    r"[A-Z][\w&/-]+)\s+){0,4}"
)


@dataclass(frozen=True)
class Decision:
    """The job-search decision for one thread."""

    process: bool  # about a hiring process or someone's career search, either side
    job_search: bool  # the user's own job search
    side: str  # "candidate", "hiring" (the user interviews others) or "none"
    networking: bool  # introductions, career talk, social meetings
    interviewing: bool  # interview words or an interview-like meeting
    signals: tuple[Signal, ...]
    informal: bool = False  # career talk, an introduction or a coffee named, job words or not

    @property
    def weight(self) -> int:
        return sum(s.weight for s in self.signals)


@dataclass
class History:
    """What other threads already showed: people and organisations of the job search."""

    people: set[str] = field(default_factory=set)
    domains: set[str] = field(default_factory=set)
    # domains also seen in threads that are not job search, with those threads
    other_domains: dict[str, set[str]] = field(default_factory=dict)

    # people also seen in threads that are not job search, with those threads
    other_people: dict[str, set[str]] = field(default_factory=dict)

    # threads that answer a message of another thread, both ways: one conversation a provider
    # split in two ("Accepted: ..." under a new subject is a thread of its own in Gmail)
    linked: dict[str, set[str]] = field(default_factory=dict)

    def _conversation(self, thread_id: str) -> set[str]:
        """This thread and the threads of its own conversation."""
        return {thread_id} | self.linked.get(thread_id, set())

    def elsewhere(self, domain: str, thread_id: str) -> bool:
        """The domain is in a thread that is not job search, other than this one and the
        threads of its own conversation."""
        return bool(self.other_domains.get(domain, set()) - self._conversation(thread_id))

    def met_elsewhere(self, email: str, thread_id: str) -> bool:
        """The person is in a thread that is not job search, other than this one (and its own
        conversation's); or, on an organisation's domain, someone from there is."""
        domain = domain_of(email)
        return bool(self.other_people.get(email, set()) - self._conversation(thread_id)) or (
            not is_personal_domain(domain) and self.elsewhere(domain, thread_id)
        )

    # UIDs of the invitations in job-search threads, with those threads
    invites: dict[str, set[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Evidence:
    """A thread's own evidence, weighed once: everything but what other threads showed."""

    thread: Thread
    parties: dict[str, Party]
    signals: tuple[Signal, ...]
    hiring: tuple[str, ...]  # where the user is the one hiring, if anywhere
    candidate: tuple[str, ...]  # where the user is the candidate, if anywhere
    networking: bool
    interviewing: bool
    informal: bool = False


def weigh_thread(
    thread: Thread,
    notes: Notes,
    me: Identity,
    parties: dict[str, Party],
    meetings: Iterable[Meeting],
    targets: Iterable[str] = (),
    promises: Iterable[Promise] = (),
    family: frozenset[str] = frozenset(),
) -> Evidence:
    """A thread's own evidence for and against being job search; `targets` are the user's
    target roles and companies."""
    found: list[Signal] = []
    # once a thread names "interview" in another sense ("parent-teacher interviews"), its bare
    # "interviews" mean that too; so do they when its words are a reporter's or a lawyer's more
    # than a recruiter's
    readable = [m for m in thread.messages if not m.bulk or me.sent_by_me(m)]
    words = "\n".join(m.subject + "\n" + notes(m).body for m in readable)
    other_sense = bool(lang.pattern("other_interviews").search(words)) or other_sense_of(words)
    own = _OwnWords(other_sense)
    for msg in readable:
        own.read(msg, notes(msg), by_me=me.sent_by_me(msg), others=_resume_of_another(msg, me))
    found += own.signals(targets)
    found += _who_writes(thread, me, parties)
    found += _what_happens(thread, me, parties, list(meetings), list(promises))
    if all(m.bulk and not me.sent_by_me(m) for m in thread.messages):
        found.append(
            Signal("bulk or list mail only", -6, f"{thread.messages[0].message_id}: list headers")
        )
    employer = sorted(
        {domain_of(e) for e, p in parties.items() if not p.automated} & set(me.employer_domains)
    )
    if employer:
        found.append(Signal("the current employer", -10, f"[user].employer_domains: {employer[0]}"))
    humans = [e for e, p in parties.items() if not p.automated]
    colleagues = me.colleague_domains
    all_colleagues = bool(humans) and all(domain_of(e) in colleagues for e in humans)
    if all_colleagues:
        found.append(
            Signal(
                "colleagues at the user's current job (from the user's signature)", -4, humans[0]
            )
        )
    at_work = [
        ev.organizer.email
        for m in thread.messages
        for ev in m.events
        if ev.organizer is not None and domain_of(ev.organizer.email) in colleagues
    ]
    if at_work and not all_colleagues:
        found.append(Signal("an invitation from the user's current job", -4, at_work[0]))
    named = _named_for_the_user(thread, me)
    if named is not None:
        found.append(Signal("an invitation named for the user", 2, named))
    if humans and all(e in family for e in humans):
        found.append(Signal("family (the user's surname, on personal mail)", -5, humans[0]))
    on_panel, named_candidate = _labelled_sides(thread, notes, me)
    candidate_named = (
        _someone_else_interviewed(thread, me) or on_panel or _someone_elses_resume(thread, me)
    )
    hiring = own.hiring + ([candidate_named] if candidate_named else [])
    return Evidence(
        thread,
        parties,
        tuple(found),
        tuple(hiring),
        # a meeting named for the user is about the user: its "debrief" is theirs with them
        tuple(own.candidate)
        + ((named,) if named is not None else ())
        + (("a 'Candidate:' line names the user",) if named_candidate else ()),
        own.networking,
        own.interviewing,
        own.informal,
    )


def decide(
    evidence: Evidence,
    me: Identity,
    history: History | None = None,
    threshold: int = THRESHOLD,
) -> Decision:
    """The decision from a thread's evidence and what other threads showed (`history`: the
    people, organisations and invitations of the job search)."""
    found = list(evidence.signals)
    if history is not None:
        found += _history(evidence.thread, me, evidence.parties, history)
    process = sum(s.weight for s in found) >= threshold
    hiring = bool(evidence.hiring) and not evidence.candidate
    if hiring and process:
        found.append(Signal("the user is the one hiring", 0, evidence.hiring[0]))
    elif evidence.hiring and process:  # said both ways: show what made the user the candidate
        found.append(
            Signal(
                "the user is the candidate, not the one hiring",
                0,
                f"{evidence.candidate[0]}, over {evidence.hiring[0]}",
            )
        )
    side = "hiring" if hiring else ("candidate" if process else "none")
    return Decision(
        process=process,
        job_search=process and side == "candidate",
        side=side,
        networking=evidence.networking,
        interviewing=evidence.interviewing,
        signals=tuple(found),
        informal=evidence.informal,
    )


def decide_thread(
    thread: Thread,
    notes: Notes,
    me: Identity,
    parties: dict[str, Party],
    meetings: Iterable[Meeting],
    history: History | None = None,
    targets: Iterable[str] = (),
    promises: Iterable[Promise] = (),
    threshold: int = THRESHOLD,
) -> Decision:
    """Weigh a thread's evidence and decide, in one call."""
    evidence = weigh_thread(thread, notes, me, parties, meetings, targets, promises)
    return decide(evidence, me, history, threshold)


def _named_for_the_user(thread: Thread, me: Identity) -> str | None:
    """An invitation from someone at an organisation (not the user's own) whose title carries
    the user's full name ("Tanamera – Session 2 (Rachel Ong)", "Onsite panel: Maya Okafor"): a
    meeting set up about the user, as candidates' are."""
    name = name_pattern(me.name, re.I)
    if name is None:
        return None
    # "Oral Board - Fleet Services Supervisor - L. Ortega": an initial and the surname
    words = me.name.split()
    initial = re.compile(rf"\b{re.escape(words[0][0])}\.\s*{re.escape(words[-1])}\b", re.I)
    for msg in thread.messages:
        for ev in msg.events:
            org = ev.organizer
            if org is None or me.is_me(org.email):
                continue
            domain = domain_of(org.email)
            if domain in me.colleague_domains or domain in me.employer_domains:
                continue
            # "Kennenlernen Mira x Feldwerk", "Jordan <> Acme": the first name paired with the
            # organisation's
            label = domain.split(".")[0]
            paired = re.search(
                rf"\b{re.escape(words[0])}\s*(?:x|<>|/|&|\+|and|und|et|y|e)\s*{re.escape(label)}\b",
                ev.summary,
                re.I,
            )
            named = name.search(ev.summary) or initial.search(ev.summary) or paired
            if named and not lang.pattern("other_interviews").search(ev.summary):
                return f"{msg.message_id}: '{ev.summary}'"
    return None


_PANEL_LABEL = re.compile(
    r"\b(?:panel(?:ists)?|board|jury|interviewers?|assessors?|selection committee|hiring committee)"
    r"[^:\n]{0,24}:[^\n]{0,160}",
    re.I,
)


_CANDIDATE_LABEL = re.compile(
    r"\b(?:candidate|applicant|candidat[oae]?|kandidat(?:in)?|bewerber(?:in)?|postulante)"
    r"(?: name)?(?: / \w+)? ?:[ \t]*([^\n|]{2,80})",
    re.I,
)


def _labelled_sides(thread: Thread, notes: Notes, me: Identity) -> tuple[str | None, bool]:
    """What the label lines of mail and invitations from others say of the user's side, in one
    pass: the first that puts the user among the interviewers (the user named in the list of a
    panel, board or jury, "Board / Jury : Paul Nguyen (chair), Élise Marchand (peer
    assessor)", or a "Candidate:" line naming someone else), and whether a "Candidate:" line
    names the user (the meeting is about the user, whatever words for rating and panels it
    also has)."""
    name = name_pattern(me.name, re.I)
    if name is None:
        return None, False
    # "Espinoza, D.", "D. Espinoza", "Dana Espinoza": the surname is enough on a label line
    surname = re.compile(r"\b" + re.escape(me.name.split()[-1]) + r"\b", re.I)
    on_panel: str | None = None
    candidate = False
    for msg in thread.messages:
        if me.sent_by_me(msg):
            continue
        # "Entrevista técnica – Analista de Datos Jr. | Candidato: Sebastián Molina": a subject
        # is labelled too
        texts = [msg.subject, notes(msg).body] + [ev.description for ev in msg.events]
        for text in texts:
            for line in _PANEL_LABEL.finditer(text):
                # a list that names the user among others; "Onsite panel: Maya Okafor" alone
                # names the candidate the panel is for
                value = line.group(0).split(":", 1)[1]
                if (
                    on_panel is None
                    and name.search(value)
                    and _names_a_person(name.sub("", value).lstrip(" ,;&"))
                ):
                    on_panel = f"{msg.message_id}: the user is on '{line.group(0)[:60]}'"
            for label in _CANDIDATE_LABEL.finditer(text):
                if surname.search(label.group(1)):
                    candidate = True
                elif on_panel is None and _names_a_person(label.group(1)):
                    on_panel = (
                        f"{msg.message_id}: someone else is the candidate: '{label.group(0)[:60]}'"
                    )
    return on_panel, candidate


_PERSON = re.compile(r"(?:^|[,;&(]\s*|\band\s+)[A-Z][\w'’-]+,? (?:[A-Z]\.|[A-Z][\w'’-]+)")


def _names_a_person(text: str) -> bool:
    """A label's value names a person, at its start or after a list separator: two capitalised
    words, or "Surname, I."."""
    return bool(_PERSON.search(text.strip()))


_INTERVIEW_WORD = re.compile(
    r"interview|entrevista|entrevue|entretien|vorstellungsgespr|bewerbungsgespr", re.I
)


def _someone_else_interviewed(thread: Thread, me: Identity) -> str | None:
    """An interview invitation from an organisation that names, in its title, a guest on
    personal mail who is not the user: that guest is the candidate, and the user sits on the
    other side ("Interview: Site Engineer - Kagiso Mahlaba")."""
    for msg in thread.messages:
        for ev in msg.events:
            title = f"{ev.summary} {msg.subject}"
            org = ev.organizer
            if not _INTERVIEW_WORD.search(title) or org is None:
                continue
            if is_personal_domain(domain_of(org.email)) or me.is_me(org.email):
                continue
            for a in ev.attendees:
                name = (a.name or "").strip()
                if (
                    name
                    and not me.is_me(a.email)
                    and is_personal_domain(domain_of(a.email))
                    and re.search(rf"\b{re.escape(name)}\b", title, re.I)
                ):
                    return (
                        f"{msg.message_id}: the invitation names {name}, a guest on personal mail"
                    )
            named = _stranger_in_title(ev, me)
            if named is not None:
                return (
                    f"{msg.message_id}: the invitation's title names {named}, not among its guests"
                )
    return None


_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+|\s*[|:]\s*")


def _stranger_in_title(ev: CalendarEvent, me: Identity) -> str | None:
    """A part of an interview's title that is a person's name, not the user's and not any
    guest's: the candidate the user interviews ("Interview Junior UX Designer – Paul Berger",
    sent to the user by a colleague). Someone met is a guest, or named "with" them in one part
    ("conversation with Anders Bech"), which is no name alone."""
    mine = name_pattern(me.name, re.I)
    if mine is None:
        return None
    guests = [ev.organizer, *ev.attendees] if ev.organizer else list(ev.attendees)
    known = " ".join(f"{a.name or ''} {a.email.split('@')[0]}" for a in guests).lower()
    for piece in (p.strip() for p in _TITLE_PARTS.split(ev.summary)):
        stranger = not any(w.lower() in known for w in piece.split())
        if person_like(piece) and not mine.search(piece) and stranger:
            return piece
    return None


# the words of a résumé's file name that are not a name: "Lebenslauf", "CV", "final", "2026"
_FILE_WORDS = re.compile(
    r"^(?:r[ée]sum[ée]s?|cv|curriculum|vitae|lebenslauf|anschreiben|portfolio|cover|letter|"
    r"lettre|motivation|carta|presentaci[óo]n|final|updated|new|v\d+|\d+|en|fr|de|es|pt|pdf|docx?|"
    r"templates?|tips|guides?|guidelines|examples?|samples?|format|job|description|review|"
    r"feedback|notes|checklist|instructions|form|questions|brief|info|my|your|the|and|of)$",
    re.I,
)


def _someone_elses_resume(thread: Thread, me: Identity) -> str | None:
    """A résumé the other side sends whose file name names someone who is not the user
    ("Lebenslauf_Tobias_Lang.pdf" to Anja Kellermann): someone else's application, sent to
    the user to weigh."""
    return next(filter(None, (_resume_of_another(msg, me) for msg in thread.messages)), None)


def _resume_of_another(msg: Message, me: Identity) -> str | None:
    """The evidence that one message from the other side attaches someone else's résumé."""
    mine = {w.lower() for w in re.findall(r"\w+", me.name)}
    if not mine or me.sent_by_me(msg) or msg.bulk:
        return None
    for a in msg.attachments:
        if not a.filename or not _RESUME_FILE.search(a.filename):
            continue
        stem = a.filename.rsplit(".", 1)[0]
        words = [w for w in re.split(r"[\W_]+", stem) if w and not _FILE_WORDS.match(w)]
        if words and not {w.lower() for w in words} & mine:
            return f"{msg.message_id}: attached '{a.filename}', someone else's"
    return None


def other_sense_of(text: str) -> bool:
    """The text's interviews are of another kind: its words of the press, the law or research
    outnumber its words of hiring."""
    press = len({m.group(0).lower() for m in lang.pattern("press_context").finditer(text)})
    hiring = len({m.group(0).lower() for m in lang.pattern("hiring_context").finditer(text)})
    return press > hiring


_THANKS_FOR_TIME = re.compile(
    r"(?:thank you|thanks)(?: both| all)? for (?:your time|meeting)", re.I
)
# a subject that forwards: "Fwd:", "FW:", "TR:" (fr), "WG:" (de), "RV:" (es), "ENC:" (pt)
_FORWARD = re.compile(r"\s*(?:(?:re|aw|sv)\s*:\s*)*(?:fwd?|tr|wg|rv|enc)\s*:", re.I)


class _OwnWords:
    """What the thread's own words say, read message by message, counted once per kind."""

    def __init__(self, other_sense: bool) -> None:
        self.other_sense = other_sense
        self.strong: dict[str, str] = {}  # word -> evidence
        self.weak: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.career: list[str] = []
        self.intro: list[str] = []
        self.closing: list[str] = []
        self.errands: dict[str, str] = {}
        self.internal: dict[str, str] = {}
        self.hiring: list[str] = []
        self.candidate: list[str] = []
        self.seekers: set[str] = set()  # who asked the user for advice on their own career
        self.resume: list[str] = []
        self.social: list[str] = []
        self.networking = False
        self.informal = False
        self.interviewing = False
        self.target: list[str] = []
        self._texts: list[str] = []

    def read(
        self, msg: Message, note: Annotated, by_me: bool = False, others: str | None = None
    ) -> None:
        """Take in one message's words; `others` when it attaches someone else's résumé."""
        mid = msg.message_id
        subject = _neutral(msg.subject)
        # an invitation's own words count with the message's: its title and agenda
        invite = "\n".join(f"{ev.summary}\n{ev.description}" for ev in msg.events)
        body = _neutral(note.body + "\n" + invite)
        text = subject + "\n" + body
        self._texts.append(text)
        # "Job evaluation appeal": a job word inside the words of the job the user has now
        # where the first word of any field below is: none is before it (most mail has none)
        first = _any_own_word().search(text)
        at = len(text) + 1 if first is None else first.start()
        internal = list(lang.pattern("internal_work").finditer(text, at))
        work = [w.span() for w in internal]
        # a weak word inside a strong one ("job" of "job description") adds nothing
        strong: list[tuple[int, int]] = []
        for m in lang.pattern("job_words").finditer(text, at):
            if self.other_sense and m.group(0).lower().startswith("interview"):
                continue
            if any(a <= m.start() < b for a, b in work):
                continue
            if _OTHER_APPLICATION.search(text, max(0, m.start() - 20), m.start()):
                continue
            strong.append(m.span())
            self.strong.setdefault(m.group(0).lower(), f"{mid}: '{m.group(0)}'")
        for m in lang.pattern("weak_job_words").finditer(text, at):
            if any(a <= m.start() < b for a, b in work + strong):
                continue
            self.weak.setdefault(m.group(0).lower(), f"{mid}: '{m.group(0)}'")
        for m in _title_pattern().finditer(subject):
            # a title as postings write one ("Project Supervisor"), not "plumber" in a note home
            if m.group(0) != m.group(0).lower():
                self.titles.setdefault(m.group(0).lower(), f"{mid}: subject '{m.group(0)}'")
        for m in _role_title_pattern().finditer(body):
            found = m.group(1) or m.group(2) or m.group(3) or m.group(4)
            self.titles.setdefault(found.lower(), f"{mid}: '{m.group(0)}'")
        fields: tuple[tuple[lang.PhraseField, list[str]], ...] = (
            ("career_talk", self.career),
            ("rejections", self.closing),
            ("offers", self.closing),
            ("hiring_side", self.hiring),
            ("social_meetings", self.social),
        )
        seen: dict[str, re.Match[str] | None] = {}
        for name, bucket in fields:
            seen[name] = found = lang.pattern(name).search(text, at)
            if found:
                bucket.append(f"{mid}: '{found.group(0)}'")
        # "we'd love to meet you" is said to the candidate; said by the user, either way round,
        # but for thanks for someone's time, which candidates write to whoever met them
        # someone who asked the user for advice on their own career: the user is the adviser,
        # and that person's later "thank you for your time" thanks the adviser
        sender = msg.sender.email if msg.sender else ""
        if found := lang.pattern("advice_sought").search(text, at):
            if by_me:
                self.candidate.append(f"{mid}: '{found.group(0)}'")
            else:
                self.hiring.append(f"{mid}: '{found.group(0)}', asked of the user")
                self.seekers.add(sender)
        found = lang.pattern("candidate_side").search(text, at)
        thanks = bool(found) and bool(_THANKS_FOR_TIME.match(found.group(0) if found else ""))
        if found and (not by_me or thanks) and not (thanks and sender in self.seekers):
            self.candidate.append(f"{mid}: '{found.group(0)}'")
        # "your interview", "your CV": the one written to is the candidate; "my interview", "I
        # applied": the one who writes is. Not beside someone else's résumé, whose "su CV" (his,
        # her or your CV in Spanish) is that person's
        if others is None and (found := lang.pattern("to_a_candidate").search(text, at)):
            (self.hiring if by_me else self.candidate).append(f"{mid}: '{found.group(0)}'")
        if found := lang.pattern("from_a_candidate").search(text, at):
            (self.candidate if by_me else self.hiring).append(f"{mid}: '{found.group(0)}'")
        # a rejection or an offer sent to the user makes the user the candidate, whatever
        # else its words say ("decided to go with a candidate whose background ...")
        if not by_me and (found := seen["rejections"] or seen["offers"]):
            self.candidate.append(f"{mid}: '{found.group(0)}'")
        # ... and one the user writes ("I'd love to offer you a casual role") makes the one
        # written to the candidate; not the user's own offer, forwarded to someone
        elif (
            by_me
            and not _FORWARD.match(msg.subject)
            and (found := seen["rejections"] or seen["offers"])
        ):
            self.hiring.append(f"{mid}: '{found.group(0)}'")
        # a subject about candidates, plural ("Interview panel – shift supervisor candidates"):
        # others are being weighed, and the reader is weighing them
        if found := _CANDIDATES.search(subject):
            self.hiring.append(f"{mid}: subject '{found.group(0)}'")
        intro = lang.pattern("introductions").search(subject) or _PAIR.search(subject)
        if intro is None and msg.in_reply_to is None:
            intro = lang.pattern("introductions").search(body)
        if intro is not None:
            self.intro.append(f"{mid}: '{intro.group(0)}'")
        for m in lang.pattern("errands").finditer(text, at):
            self.errands.setdefault(m.group(0).lower(), f"{mid}: '{m.group(0)}'")
        for m in internal:
            self.internal.setdefault(m.group(0).lower(), f"{mid}: '{m.group(0)}'")
        for a in msg.attachments:
            if a.filename and (_RESUME_FILE.search(a.filename) or is_resume(a.filename)):
                self.resume.append(f"{mid}: attached '{a.filename}'")

    def signals(self, targets: Iterable[str]) -> list[Signal]:
        out: list[Signal] = []
        if self.strong:
            words = list(self.strong) + list(self.weak)[:1]
            weight = min(4, 2 + len(words) - 1)
            shown = list(self.strong.values())[:3] + list(self.weak.values())[:1]
            out.append(Signal("job words", weight, "; ".join(shown)))
        elif self.weak:
            out.append(Signal("words a job search also uses", 1, next(iter(self.weak.values()))))
        if self.titles:
            out.append(Signal("a job title", 2, next(iter(self.titles.values()))))
        if self.career:
            out.append(Signal("talk about a career or search", 2, self.career[0]))
        if self.intro:
            out.append(Signal("an introduction", 2, self.intro[0]))
        if self.closing:
            out.append(Signal("a rejection or an offer", 3, self.closing[0]))
        if self.resume:
            out.append(Signal("a résumé or portfolio attached", 3, self.resume[0]))
        if self.errands:
            weight = -min(3, len(self.errands))
            out.append(Signal("errands: appointments, orders, bills", weight, _first(self.errands)))
        if len(self.internal) > 1:  # one word ("offsite") is anyone's; several are a job's
            weight = -min(3, len(self.internal) - 1)
            out.append(Signal("the work of a current job", weight, _first(self.internal)))
        joined = "\n".join(self._texts).lower()
        for target in targets:
            if target and target.lower() in joined:
                out.append(Signal("a target role or company ([profile])", 2, f"'{target}'"))
                break
        self.informal = bool(self.career or self.intro or self.social)
        self.networking = self.informal and not self.strong
        self.interviewing = any(
            re.match(r"interview|phone screen|screening|onsite|on-site|assessment|trial|demo", w)
            for w in self.strong
        )
        return out


def _first(found: dict[str, str]) -> str:
    return "; ".join(list(found.values())[:3])


def _neutral(text: str) -> str:
    """The text with "interview" in its other senses (press, parent-teacher) blanked out."""
    return lang.pattern("other_interviews").sub(lambda m: " " * len(m.group(0)), text)


# the fields `_OwnWords.read` looks for in a message's words
_OWN_FIELDS: tuple[lang.PhraseField, ...] = (
    "internal_work",
    "job_words",
    "weak_job_words",
    "career_talk",
    "rejections",
    "offers",
    "hiring_side",
    "candidate_side",
    "to_a_candidate",
    "from_a_candidate",
    "advice_sought",
    "social_meetings",
    "errands",
)


@functools.cache
def _any_own_word() -> re.Pattern[str]:
    """Any phrase of `_OWN_FIELDS`: where it first matches, none of theirs matches earlier (a
    field's match is one of this pattern's, at the same place), so each field is looked for
    from there on, with the same matches; and not at all where it matches nothing."""
    return lang.compile_phrases(
        tuple(dict.fromkeys(p for f in _OWN_FIELDS for p in lang.phrases(f)))
    )


_TITLE: re.Pattern[str] | None = None
_ROLE_TITLE: re.Pattern[str] | None = None


def _title_pattern() -> re.Pattern[str]:
    global _TITLE
    if _TITLE is None:
        heads = lang.by_first_character(list(lang.phrases("title_heads")))
        _TITLE = re.compile(rf"(?<!\w){_SENIORITY}(?:{heads})(?!\w)", re.I)
    return _TITLE


def _role_title_pattern() -> re.Pattern[str]:
    """A title named as the job: "the Senior Analyst role", "for the post of Staff Nurse", "will
    need a Group CFO", "to find its next Chief Financial Officer"."""
    global _ROLE_TITLE
    if _ROLE_TITLE is None:
        title = _title_pattern().pattern
        _ROLE_TITLE = re.compile(
            rf"(?:(?:the|a|an|your|our|this)\s+({title})\s+(?:role|position|post|opening|"
            rf"vacancy|job|opportunity|search|seat|requisition)"
            rf"|(?:role|position|post|vacancy|job) (?:of|as) (?:an? )?({title})"
            rf"|\b(?:need|needs|hire|hiring|recruit|recruiting|looking for|searching for|seeking"
            rf"|find|appoint|appointing)\s+(?:a|an|its|their|our|a new|its next|their next|"
            rf"our next|a permanent|an interim)\s+({title})"
            # "para la posición de Product Owner", "le poste de Chef de produit", "a vaga de"
            rf"|\b(?:posición|puesto|vacante|plaza|cargo|poste|vaga|stelle|position)\s+"
            rf"(?:de|d'|als|como)\s+(?:an? )?({title}))",
            re.I,
        )
    return _ROLE_TITLE


def _who_writes(thread: Thread, me: Identity, parties: dict[str, Party]) -> list[Signal]:
    out: list[Signal] = []
    senders = {m.sender.email: m for m in thread.messages if m.sender and not me.sent_by_me(m)}
    writing = [p for e, p in parties.items() if p.role and e in senders and not senders[e].bulk]
    recruiters = [p for p in writing if p.role in ("recruiter", "coordinator")]
    hr = [p for p in writing if p.role == "hr"]
    if recruiters:
        p = recruiters[0]
        out.append(
            Signal(
                "a recruiter or coordinator writes",
                3,
                f"{p.address.email} ({p.role}: {p.role_evidence})",
            )
        )
    elif hr:
        p = hr[0]
        out.append(Signal("someone in HR writes", 1, f"{p.address.email} ({p.role_evidence})"))
    services = [
        m
        for m in thread.messages
        if m.sender and is_service_domain(domain_of(m.sender.email)) and not m.bulk
    ]
    if services:
        out.append(
            Signal(
                "an applicant-tracking or scheduling service writes",
                2,
                f"{services[0].message_id}: {domain_of(services[0].sender.email)}"
                if services[0].sender
                else services[0].message_id,
            )
        )
    return out


def _what_happens(
    thread: Thread,
    me: Identity,
    parties: dict[str, Party],
    meetings: list[Meeting],
    promises: list[Promise],
) -> list[Signal]:
    out: list[Signal] = []
    at_org = [
        p
        for p in promises
        if p.made_to is None and not is_personal_domain(domain_of(p.made_by.email))
    ]
    if at_org:
        p = at_org[0]
        out.append(
            Signal("news promised by someone at an organisation", 1, f"{p.message_id}: '{p.text}'")
        )
    # the user's own dated promise to someone at an organisation ("I'll send you the draft by
    # Wednesday"): something the user does with them
    to_org = [
        p
        for p in promises
        if p.made_to is not None
        and not is_personal_domain(d := domain_of(p.made_to.email))
        and not is_service_domain(d)
    ]
    if to_org:
        p = to_org[0]
        out.append(
            Signal(
                "a promise of yours to someone at an organisation", 1, f"{p.message_id}: '{p.text}'"
            )
        )
    # a meeting with people named whose address is not given ("Chef Haddad would like to meet
    # you"), set up by someone at their organisation, is held with that organisation
    held = [m for m in meetings if m.attendees or m.unknown or m.source == "ics"]
    with_org = [
        m
        for m in held
        if any(
            not is_personal_domain(domain_of(a.email)) and not me.is_me(a.email)
            for a in m.attendees
            + ((m.arranged_by,) if m.unknown and m.arranged_by is not None else ())
        )
    ]
    if with_org:
        out.append(Signal("a meeting with someone at an organisation", 1, with_org[0].evidence))
    elif held:  # friends meet too: on personal mail alone, a meeting says nothing either way
        out.append(Signal("a meeting agreed, on personal mail", 0, held[0].evidence))
    return out


def _history(
    thread: Thread, me: Identity, parties: dict[str, Party], history: History
) -> list[Signal]:
    shared = [
        ev
        for m in thread.messages
        for ev in m.events
        if history.invites.get(ev.uid, set()) - {thread.id}
    ]
    if shared:  # another version of an invitation the search already has
        return [Signal("the same invitation as a job-search thread", 3, f"UID {shared[0].uid}")]
    # a colleague at the user's own job is no sign of the search, whatever threads they are in
    work = me.colleague_domains | me.employer_domains
    people = sorted(
        e
        for e, p in parties.items()
        if not p.automated and e in history.people and domain_of(e) not in work
    )
    if people:
        # someone the user also deals with otherwise (a colleague who made an introduction)
        # counts less than someone met only in the search
        only = [e for e in people if not history.met_elsewhere(e, thread.id)]
        if only:
            return [Signal("people seen only in the job search", 2, only[0])]
        return [Signal("people already in the job search", 1, people[0])]
    domains = sorted(
        d
        for d in {domain_of(e) for e, p in parties.items() if not p.automated}
        if d in history.domains and not is_personal_domain(d) and d not in me.employer_domains
    )
    if domains:
        # an organisation seen only in the job search counts more than one the user also
        # deals with otherwise (a college's placement cell and its exams)
        only = [d for d in domains if not history.elsewhere(d, thread.id)]
        if only:
            return [Signal("an organisation seen only in the job search", 2, only[0])]
        return [Signal("an organisation already in the job search", 1, domains[0])]
    return []
