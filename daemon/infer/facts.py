"""From threads to facts: which threads are job search, their meetings, promises and people."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from daemon.infer.classify import Verdict, closing_message, job_signals
from daemon.infer.meetings import calendar_meetings, text_meetings
from daemon.infer.people import (
    Identity,
    company_name,
    domain_of,
    is_automated_address,
    is_personal_domain,
    is_service_domain,
)
from daemon.infer.promises import find_promises
from daemon.model import Address, Counterpart, Meeting, Message, Thread, ThreadFacts


def infer_facts(
    threads: list[Thread], me: Identity, tz: tzinfo, now: datetime
) -> list[ThreadFacts]:
    """Facts for every thread; non-job threads get no meetings or promises."""
    calendar = calendar_meetings(threads, me, now)
    # a company the job search is with makes its other threads (an invite in German, a
    # thank-you in a new thread) job search too
    job_domains: set[str] = set()
    verdicts = {t.id: job_signals(t) for t in threads}
    for t in threads:
        domains = _company_domains(_people(t, me))
        if verdicts[t.id].job_related and (domains or _via_service(t)):
            job_domains.update(d for d in domains if d not in me.employer_domains)
    return [
        _thread_facts(
            t,
            me,
            tz,
            now,
            calendar.meetings.get(t.id, []),
            calendar.instants,
            job_domains,
            verdicts[t.id],
        )
        for t in threads
    ]


def _company_domains(people: list[tuple[Address, bool]]) -> list[str]:
    return [
        domain_of(a.email)
        for a, automated in people
        if not automated and not is_personal_domain(domain_of(a.email))
    ]


def _via_service(thread: Thread) -> bool:
    return any(
        m.sender is not None and is_service_domain(domain_of(m.sender.email))
        for m in thread.messages
    )


def _thread_facts(
    thread: Thread,
    me: Identity,
    tz: tzinfo,
    now: datetime,
    invites: list[Meeting],
    instants: dict[datetime, frozenset[str]],
    job_domains: set[str],
    verdict: Verdict,
) -> ThreadFacts:
    people = _people(thread, me)
    company_domains = _company_domains(people)
    evidence = list(verdict.evidence)
    job_related = verdict.job_related and bool(company_domains or _via_service(thread))
    if company_domains and set(company_domains) <= me.employer_domains:
        job_related = False
        evidence.append("with the current employer ([user].employer_domains)")
    shared = sorted(set(company_domains) & job_domains)
    if not job_related and shared:
        job_related = True
        evidence.append(f"with {shared[0]}, a company of the job search")
    meetings: list[Meeting] = []
    promises = []
    closed = None
    if job_related:
        meetings = invites + text_meetings(thread, me, tz, now, instants)
        promises = find_promises(thread, me, tz)
        from_company = [
            m for m in thread.messages if m.sender and domain_of(m.sender.email) in company_domains
        ]
        closed = closing_message(thread, from_company)
        evidence += [m.evidence for m in meetings] + [
            f"{p.message_id}: '{p.text}'" for p in promises
        ]
    attendees = {a.email for m in meetings for a in m.attendees}
    counterparts = tuple(
        Counterpart(
            a.email,
            a.name,
            "automated" if automated else ("interviewer" if a.email in attendees else None),
        )
        for a, automated in people
    )
    return ThreadFacts(
        thread=thread,
        job_related=job_related,
        category=_category(thread, job_related, verdict.networking, meetings, closed),
        company=company_name(thread, me, company_domains) if job_related else None,
        counterparts=counterparts,
        meetings=tuple(sorted(meetings, key=lambda m: m.start)),
        promises=tuple(promises),
        closed_by=closed[0] if closed else None,
        evidence=tuple(evidence),
    )


def _people(thread: Thread, me: Identity) -> list[tuple[Address, bool]]:
    """Everyone but the user and meeting rooms, with whether they are automated."""
    found: dict[str, tuple[Address, bool]] = {}
    for msg in thread.messages:
        for addr in _addresses(msg):
            if me.is_me(addr):
                continue
            automated = is_automated_address(addr.email) or (msg.automated and addr == msg.sender)
            kept = found.get(addr.email)
            if kept is None or (kept[1] and not automated):
                found[addr.email] = (addr if addr.name or kept is None else kept[0], automated)
    return list(found.values())


def _addresses(msg: Message) -> list[Address]:
    out = ([msg.sender] if msg.sender else []) + list(msg.recipients()) + list(msg.reply_to)
    for ev in msg.events:
        for a in ((ev.organizer,) if ev.organizer else ()) + ev.attendees:
            if a.cutype in ("INDIVIDUAL", "UNKNOWN", "GROUP"):
                out.append(Address(a.email, a.name))
    return out


def _category(
    thread: Thread,
    job_related: bool,
    networking: bool,
    meetings: list[Meeting],
    closed: tuple[str, str] | None,
) -> str:
    if not job_related:
        return "other"
    if closed:
        return closed[1]
    words = " ".join(m.subject + " " + m.text for m in thread.messages)
    interviewish = re.search(r"\b(interview\w*|phone screen|panel|onsite|screening)\b", words, re.I)
    if networking and not interviewish:
        return "networking"
    if meetings or interviewish:
        return "interview" if interviewish or not networking else "networking"
    if re.search(r"\b(appl(y|ied|ying|ication)|bewerbung)\b", words, re.IGNORECASE):
        return "application"
    return "recruiter"
