"""From threads to facts: which threads are the user's job search, their meetings, promises
and people, each with the evidence it rests on.

Two passes: the first decides each thread on its own evidence; the second adds what the first
found (the people and organisations of the job search) to the threads it did not take, so that
a thank-you in a new thread or an invite forwarded without a word joins the search.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo

from daemon.infer import lang
from daemon.infer.annotate import Annotations
from daemon.infer.applications import find_applications
from daemon.infer.autoreply import auto_replies
from daemon.infer.meetings import (
    Report,
    WordsResult,
    calendar_meetings,
    missed_elsewhere,
    missed_invite,
    missed_reports,
    moved_elsewhere,
    text_meetings,
)
from daemon.infer.met import People
from daemon.infer.names import Known, with_unknown
from daemon.infer.notices import join_notices
from daemon.infer.parties import Party, name_directory, thread_parties
from daemon.infer.people import (
    Identity,
    company_name,
    domain_of,
    is_personal_domain,
    is_service_domain,
    signed_employer,
)
from daemon.infer.promises import PromiseResult, find_own_promises, find_promises
from daemon.infer.signals import Decision, History, weigh_thread
from daemon.infer.signals import decide as decide_evidence
from daemon.model import (
    Application,
    AutoReply,
    Counterpart,
    Meeting,
    Message,
    Thread,
    ThreadFacts,
)


@dataclass
class _Read:
    """What one thread's own messages say, before the job-search decision."""

    thread: Thread
    parties: dict[str, Party]
    people: People
    words: WordsResult
    meetings: list[Meeting]
    promises: PromiseResult
    own: PromiseResult = field(default_factory=PromiseResult)  # the user's own promises
    applications: list[Application] = field(default_factory=list)
    # the meetings with the people named for them whose address is nowhere (`with_unknown`)
    named: list[Meeting] = field(default_factory=list)


def infer_facts(
    threads: list[Thread],
    me: Identity,
    tz: tzinfo,
    now: datetime,
    targets: Iterable[str] = (),
) -> list[ThreadFacts]:
    """Facts for every thread; threads that are not the user's job search get no meetings,
    promises or follow-ups, but keep the evidence that decided it."""
    notes = Annotations(tz)
    targets = tuple(targets)
    reads: dict[str, _Read] = {}
    threads = join_notices(threads, me)  # a scheduler's notice in a recruiter's name
    me = _with_colleagues(me, threads, notes)

    def people_of(thread_id: str) -> People:
        return reads[thread_id].people

    every = {t.id: thread_parties(t, notes, me) for t in threads}
    known = _known(threads, every, notes)
    roles = _roles_everywhere(every.values())
    for t in threads:
        # what someone does is known from any thread ("Dewi, EA to the CEO" signs elsewhere)
        parties = {
            e: p
            if p.role or e not in roles
            else replace(p, role=roles[e][0], role_evidence=roles[e][1])
            for e, p in every[t.id].items()
        }
        directory = name_directory(
            (p.address for p in parties.values()),
            t,
            notes,
            me,
            automated=(e for e, p in parties.items() if p.automated),
        )
        people = People(t, notes, me, parties, directory, known)
        reads[t.id] = _Read(t, parties, people, WordsResult(), [], PromiseResult())
    calendar = calendar_meetings(threads, me, now, people_of)
    family = _family(me, reads.values())
    for t in threads:
        r = reads[t.id]
        r.words = text_meetings(t, notes, me, now, tz, calendar, r.people)
    # an invitation whose meeting the mail around it, in any thread, says did not happen
    not_held = {k: v for r in reads.values() for k, v in r.words.not_held.items()}
    # ... or that mail from the other side says did not happen, in a thread of its own
    reports: dict[str, list[Report]] = {}
    for t in threads:
        for report in missed_reports(t, notes, me):
            reports.setdefault(report[0], []).append(report)
    for t in threads:
        r = reads[t.id]
        invited = [missed_invite(m, t, notes, not_held) for m in calendar.meetings.get(t.id, [])]
        said = [moved_elsewhere(m, not_held) for m in r.words.meetings]
        r.meetings = sorted((missed_elsewhere(m, reports) for m in invited + said), key=_start)
        r.promises = find_promises(t, notes, me, tz, family, r.meetings)
        r.own = find_own_promises(t, notes, me, tz, family, r.meetings)
        r.applications = find_applications(t, me, family)
        r.named = with_unknown(r.people, r.meetings)

    evidence = {
        t.id: weigh_thread(
            t,
            notes,
            me,
            reads[t.id].parties,
            reads[t.id].named,  # with the people named for it whose address is not given
            targets,
            reads[t.id].promises.promises + reads[t.id].own.promises,
            family,
        )
        for t in threads
    }

    def decide(t: Thread, history: History | None) -> Decision:
        return decide_evidence(evidence[t.id], me, history)

    decisions = {t.id: decide(t, None) for t in threads}
    first = dict(decisions)
    # the people and organisations of the search are those of threads that are job search on
    # their own evidence (two threads that are not must not lift each other); an invitation's
    # other versions follow it until nothing changes (a cancellation in a thread of its own)
    for _ in range(3):
        history = _history(first, decisions, reads)
        history.invites = _invite_uids(decisions, reads)
        changed = False
        for t in threads:
            if not first[t.id].process:
                again = decide(t, history)
                changed |= again.process != decisions[t.id].process
                decisions[t.id] = again
        if not changed:
            break
    return [_facts(reads[t.id], decisions[t.id], notes, me) for t in threads]


def _known(threads: list[Thread], every: dict[str, dict[str, Party]], notes: Annotations) -> Known:
    """Every name the mailbox gives an address for (someone named without one is asked for),
    and the words of the organisations' domains (a name that is one is no person)."""
    names: set[str] = set()
    orgs: set[str] = set()
    for t in threads:
        found_names, found_orgs = known_in(t, every[t.id], notes)
        names |= found_names
        orgs |= found_orgs
    return Known.of(names, orgs)


def known_in(
    thread: Thread, parties: dict[str, Party], notes: Annotations
) -> tuple[frozenset[str], frozenset[str]]:
    """One thread's share of `Known`: the names it gives an address for, in the forms they
    may be written, and the words of its parties' organisations' domains."""
    named = [p.address.name for p in parties.values()]
    named += [w.name for m in thread.messages for w in notes(m).addresses]
    orgs = {
        label
        for d in {domain_of(e) for e in parties}
        if not is_personal_domain(d)
        for label in re.split(r"[.-]", d)
        if len(label) > 2
    }
    return frozenset(n for name in named if name for n in _name_forms(name)), frozenset(orgs)


def _name_forms(name: str) -> list[str]:
    """A display name as it may be written: whole, and first and last word ("Sam J. Ito")."""
    words = name.lower().replace(",", " ").split()
    return [" ".join(words)] + ([f"{words[0]} {words[-1]}"] if len(words) > 2 else [])


def _invite_uids(decisions: dict[str, Decision], reads: dict[str, _Read]) -> dict[str, set[str]]:
    """The UIDs of the invitations in job-search threads, with those threads."""
    out: dict[str, set[str]] = {}
    for tid, d in decisions.items():
        if d.job_search:
            for m in reads[tid].thread.messages:
                for ev in m.events:
                    out.setdefault(ev.uid, set()).add(tid)
    return out


_ROLE_RANK = {"coordinator": 0, "assistant": 1, "recruiter": 2, "hr": 3}


def _roles_everywhere(
    parties: Iterable[dict[str, Party]],
) -> dict[str, tuple[str, str]]:
    """Each person's role as any thread shows it, the most specific first."""
    out: dict[str, tuple[str, str]] = {}
    for found in parties:
        for email, p in found.items():
            if p.role is None:
                continue
            kept = out.get(email)
            if kept is None or _ROLE_RANK[p.role] < _ROLE_RANK[kept[0]]:
                out[email] = (p.role, p.role_evidence)
    return out


def _with_colleagues(me: Identity, threads: list[Thread], notes: Annotations) -> Identity:
    """The user, with the organisation their own signature names (their current job)."""
    signatures = [notes(m).signature for t in threads for m in t.messages if me.sent_by_me(m)]
    domains = [
        domain_of(a.email)
        for t in threads
        for m in t.messages
        for a in ((m.sender,) if m.sender else ()) + m.recipients()
        if not me.is_me(a)
    ]
    return replace(me, colleague_domains=signed_employer(signatures, domains))


def _start(m: Meeting) -> datetime:
    return m.start


def _history(
    own: dict[str, Decision], now: dict[str, Decision], reads: dict[str, _Read]
) -> History:
    """The people and organisations of threads that are job search on their own evidence
    (`own`), and those of threads that are still not job search (`now`)."""
    history = History(linked=_linked(reads.values()))
    for tid in own:
        for email, p in reads[tid].parties.items():
            if p.automated:
                continue
            domain = domain_of(email)
            org = not is_personal_domain(domain) and not is_service_domain(domain)
            if own[tid].job_search:
                history.people.add(email)
                if org:
                    history.domains.add(domain)
            elif not now[tid].job_search:
                history.other_people.setdefault(email, set()).add(tid)
                if org:
                    history.other_domains.setdefault(domain, set()).add(tid)
    return history


def _linked(reads: Collection[_Read]) -> dict[str, set[str]]:
    """For each thread, the other threads whose messages it answers or that answer it (`reads`
    is gone over twice: a view whose values are made as they are reached, one at a time)."""
    home = {m.message_id: r.thread.id for r in reads for m in r.thread.messages}
    out: dict[str, set[str]] = {}
    for r in reads:
        for m in r.thread.messages:
            for ref in {m.in_reply_to, *m.references} - {None}:
                other = home.get(ref or "")
                if other is not None and other != r.thread.id:
                    out.setdefault(r.thread.id, set()).add(other)
                    out.setdefault(other, set()).add(r.thread.id)
    return out


def _family(me: Identity, reads: Iterable[_Read]) -> frozenset[str]:
    """People on personal mail who share the user's surname."""
    surname = me.name.split()[-1].lower() if me.name.split() else ""
    if len(surname) < 2:
        return frozenset()
    out = set()
    for r in reads:
        for email, p in r.parties.items():
            name = (p.address.name or "").lower().split()
            if name and name[-1] == surname and is_personal_domain(domain_of(email)):
                out.add(email)
    return frozenset(out)


def _facts(r: _Read, d: Decision, notes: Annotations, me: Identity) -> ThreadFacts:
    thread = r.thread
    evidence = [f"{s.name} ({s.weight:+d}): {s.evidence}" for s in d.signals]
    hiring = "; the user is the one hiring" if d.side == "hiring" else ""
    verdict = "job search" if d.job_search else "not job search"
    evidence.append(f"decision: {verdict} (weight {d.weight}, needs 3{hiring})")
    meetings: list[Meeting] = []
    promises = PromiseResult()
    own = PromiseResult()
    applications: list[Application] = []
    replies: list[AutoReply] = []
    closed = None
    considered: list[str] = []
    company_domains = [
        domain_of(e)
        for e, p in r.parties.items()
        if not p.automated and not is_personal_domain(domain_of(e))
    ]
    if d.job_search:
        meetings = r.named
        promises = r.promises
        from_company = [
            m for m in thread.messages if m.sender and not me.sent_by_me(m) and not m.bulk
        ]
        closed = closing_message(from_company)
        own = r.own
        applications = r.applications
        replies = auto_replies(thread, notes)
        evidence += [m.evidence for m in meetings]
        evidence += [f"{p.message_id}: '{p.text}'" for p in promises.promises]
        considered = r.words.considered + promises.considered + r.own.considered
    else:  # what was read and weighed, for `explain`: none of it is acted on
        considered = [f"{_said(m, notes.tz)}: not used, not job search" for m in r.named]
        considered += [
            f"{p.message_id}: '{p.text}': news by {p.last_day}, not used, not job search"
            for p in r.promises.promises
        ]
    attendees = {a.email for m in meetings for a in m.attendees}
    counterparts = tuple(
        Counterpart(
            email,
            p.address.name,
            "automated"
            if p.automated
            # a recruiter met is still a recruiter: the note to them makes no pitch
            else p.role
            if p.role == "recruiter"
            else ("interviewer" if email in attendees else p.role),
        )
        for email, p in r.parties.items()
    )
    category = _category(d, meetings, closed)
    meetings = [
        replace(m, networking=True) if _networking(m, d, r.parties, thread, notes) else m
        for m in meetings
    ]
    return ThreadFacts(
        thread=thread,
        job_related=d.job_search,
        category=category,
        company=company_name(thread, me, company_domains) if d.job_search else None,
        counterparts=counterparts,
        meetings=tuple(meetings),
        promises=tuple(promises.promises),
        closed_by=closed[0] if closed else None,
        evidence=tuple(evidence),
        signals=d.signals,
        side=d.side,
        considered=tuple(considered),
        applications=tuple(applications),
        own_promises=tuple(own.promises),
        auto_replies=tuple(replies),
    )


def _said(m: Meeting, tz: tzinfo) -> str:
    """A meeting in a line: when, with whom, and what said so."""
    people = ", ".join(a.email for a in m.attendees) or "nobody whose address is known"
    unknown = f" (named without an address: {', '.join(m.unknown)})" if m.unknown else ""
    return (
        f"a meeting {m.start.astimezone(tz):%a %d %b %Y %H:%M} ({m.status}) with {people}"
        f"{unknown}, because {m.evidence}"
    )


def _networking(
    m: Meeting, d: Decision, parties: dict[str, Party], thread: Thread, notes: Annotations
) -> bool:
    """A coffee, a catch-up, an informational or introduction call: career talk, an
    introduction or a social meeting in the thread, no interview named before the meeting (a
    "good luck with your interview" after a coffee does not make it one), no job title, and no
    recruiter met (a recruiter's chat about a role is a screen, not networking)."""
    if not d.informal or any(s.name == "a job title" for s in d.signals):
        return False
    met = [parties[a.email] for a in m.attendees if a.email in parties]
    names = {s.name for s in d.signals}
    # a friend's introduction to someone who works in HR, with no word of a job, is still a
    # coffee: their post says what they do, not what the meeting was for
    introduced = "an introduction" in names and "job words" not in names
    if not introduced and any(p.role in ("recruiter", "hr", "coordinator") for p in met):
        return False
    # a recruiter who set up a meeting about a job with someone elsewhere ("j'ai présenté votre
    # parcours à Marc Lefebvre ... il rencontre encore deux autres candidats") set up their
    # client's interview; an alumni office putting two people in touch (no job words, or an
    # introduction) stays networking
    attending = {a.email for a in m.attendees}
    sides = {domain_of(e) for e in attending}
    about_a_job = "job words" in names and "an introduction" not in names
    if about_a_job and any(
        p.role == "recruiter" and domain_of(e) not in sides
        for e, p in parties.items()
        if e not in attending
    ):
        return False
    before = "\n".join(
        f"{msg.subject}\n{notes(msg).body}" for msg in thread.messages if msg.date <= m.start
    )
    return not any(
        _INTERVIEW.match(w.group(0).lower()) for w in lang.pattern("job_words").finditer(before)
    )


_INTERVIEW = re.compile(r"interview|phone screen|screening|onsite|on-site|assessment|trial|demo")


def closing_message(from_company: list[Message]) -> tuple[str, str] | None:
    """The latest rejection or offer from the other side: (Message-ID, 'rejection'|'offer')."""
    for msg in reversed(from_company):
        text = msg.subject + "\n" + msg.text
        if lang.pattern("rejections").search(text):
            return msg.message_id, "rejection"
        if lang.pattern("offers").search(text):
            return msg.message_id, "offer"
    return None


def _category(d: Decision, meetings: list[Meeting], closed: tuple[str, str] | None) -> str:
    if not d.job_search:
        return "other"
    if closed:
        return closed[1]
    if d.interviewing:
        return "interview"
    if d.networking:
        return "networking"
    if meetings:
        return "interview"
    names = {s.name for s in d.signals}
    if "a recruiter or coordinator writes" in names:
        return "recruiter"
    if any(re.match(r"job words", n) for n in names):
        return "application"
    return "networking"
