"""`followupd explain`: a thread's facts in words, so that a miss or a false alarm can be
understood by reading it. Pure: facts and follow-ups in, text out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo

from daemon.followups import kind_of, kinds
from daemon.model import Followup, Meeting, ThreadFacts
from daemon.wording import deadline, kind_words

SOURCES = {"ics": "calendar invite", "text": "agreed by email", "scheduler": "scheduler"}


def matches(f: ThreadFacts, wanted: str) -> bool:
    """A thread matches a Message-ID (of any of its messages), part of its subject, or part of
    the company's name."""
    w = wanted.strip().lower()
    if not w:
        return False
    ids = {m.message_id.lower() for m in f.thread.messages}
    if w in ids or f"<{w.strip('<>')}>" in ids:
        return True
    if len(w) < 3:
        return False
    return w in f.thread.subject.lower() or (f.company is not None and w in f.company.lower())


def explain_thread(
    f: ThreadFacts,
    followups: Iterable[Followup],
    now: datetime,
    tz: tzinfo,
    mine: frozenset[str] = frozenset(),
) -> str:
    """Everything followupd concluded about one thread, and why (`mine`: the user's addresses,
    for what shapes each draft)."""
    t = f.thread
    first, last = t.messages[0], t.messages[-1]
    out = [
        f"Thread {t.id}",
        f"  subject: {t.subject}",
        f"  messages: {len(t.messages)}, from {_when(first.date, tz)} to {_when(last.date, tz)}",
    ]
    weight = sum(s.weight for s in f.signals)
    verdict = "job search" if f.job_related else "not job search"
    side = "; the user is the one hiring" if f.side == "hiring" else ""
    out.append(f"  decision: {verdict} (evidence weighs {weight}; 3 or more is job search{side})")
    for s in sorted(f.signals, key=lambda s: -abs(s.weight)):
        out.append(f"    {s.weight:+d} {s.name}: {s.evidence}")
    if not f.signals:
        out.append("    (no evidence either way)")
    out.append(f"  category: {f.category}; company: {f.company or '-'}")
    for c in f.counterparts:
        role = f" ({c.role})" if c.role else ""
        out.append(f"  person: {c.email}{' ' + repr(c.name) if c.name else ''}{role}")
    for m in f.meetings:
        out += _meeting(m, tz)
    for p in f.promises:
        out.append(f"  promise: {p.made_by.email}, by {p.last_day}: '{p.text}'")
    for kind in kinds():
        out += kind.facts_lines(f, tz)
    if f.job_related and not f.meetings and not f.promises and not f.considered:
        out.append("  no meeting or promise: no sentence names a time or a window for news")
    if f.considered:
        out.append("  considered, not taken:")
        out += [f"    {c}" for c in f.considered]
    if f.closed_by:
        out.append(f"  ended by: {f.closed_by} ({f.category})")
    for fu in followups:
        if fu.thread_id == t.id:
            out.append(
                f"  follow-up {fu.id} ({fu.state}): {kind_words(fu.kind)} to {fu.to.email}; "
                f"{deadline(fu, now, tz)}"
            )
            out.append(f"    because {fu.reason}")
            if fu.state in ("due", "overdue", "stale"):
                out += kind_of(fu.kind).draft_lines(fu, f, mine, now)
    return "\n".join(out) + "\n"


def _meeting(m: Meeting, tz: tzinfo) -> list[str]:
    end = f"-{m.end.astimezone(tz):%H:%M}" if m.end else ""
    people = ", ".join(f"{a.name} <{a.email}>" if a.name else a.email for a in m.attendees)
    return [
        f"  meeting: {_when(m.start, tz)}{end} ({m.status}, {SOURCES.get(m.source, m.source)}) "
        f"with {people or 'nobody whose address is known'}",
        f"    because {m.evidence}",
    ]


def _when(value: datetime, tz: tzinfo) -> str:
    return value.astimezone(tz).strftime("%a %d %b %Y %H:%M")
