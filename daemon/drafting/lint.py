"""The lint: every mistake DOMAIN.md's table lists, checked on every draft.

Each finding has a code (kept in the drafts ledger, shown by `--json`) and words a person can
act on (the digest shows those). What each row of the table becomes:

| mistake (DOMAIN.md)                  | codes                                                  |
| ------------------------------------ | ------------------------------------------------------ |
| scathing or bitter                   | `negative_tone`                                        |
| impatience                           | `too_early`                                            |
| one-line "Can you call me back?"     | `one_liner`, `too_short`, `asks_callback`              |
| one note to several interviewers     | `several_recipients`, `group_note`                     |
| careless copy and paste              | `greeting_missing`, `greeting_name`, `company_guessed`,|
|                                      | `company_not_in_thread`, `not_in_meeting`,             |
|                                      | `meeting_not_held`, `meeting_day`                      |
| misspellings                         | `spelling`, `name_spelling`                            |
| gimmicks                             | `gift`                                                 |
| missing contact details              | `missing_contact`                                      |
| unfilled placeholders                | `unfilled_slot`                                        |
| brief beats thorough                 | `too_long`, `hard_to_read`                             |
| reply in their language              | `thread_language`, `register`                          |

Length and reading level are measured on the note itself (the greeting, the sign-off and the
signature left out): 50 to 125 words at a plain reading level get the most replies. A draft in
French, Spanish, German or Portuguese (daemon/drafting/words/) gets every check but the two that
only know English: the list of misspellings and the reading grade.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

from daemon.drafting.language import ENGLISH, language_name
from daemon.drafting.readability import reading_level
from daemon.drafting.spelling import slips
from daemon.drafting.templates import signature, weekday_date
from daemon.drafting.voice import signed_name
from daemon.drafting.words import familiar_with, tongue
from daemon.followups import kind_of
from daemon.followups.base import Writing, local
from daemon.infer.people import first_name
from daemon.model import Address, Followup, LintFinding, Meeting, ThreadFacts

MIN_WORDS = 50
MAX_WORDS = 125
HARDEST_GRADE = 10  # past this school year a busy reader skims; our own notes read at 5 to 8

# the greetings and closings of the languages we write (daemon/drafting/words/) too
_GREETING = re.compile(
    r"^\s*(dear|hi|hello|hallo|hey|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|"
    r"cher|chère|sehr geehrte[rs]?|guten tag|liebe[rs]?|hola|estimad[oa]|querid[oa]|olá|oi|"
    r"prezad[oa]|car[oa]|bom dia|boa tarde|boa noite)\b"
    r"[ \t]*,?[ \t]*(.*?)[ \t]*[,:!]?[ \t]*$",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^\s*((best|kind|warm|warmest|many)?\s*(regards|wishes)|sincerely|yours( sincerely| truly)?|"
    r"best|thanks( again)?|thank you|cheers|respectfully|all the best|(bien )?cordialement|"
    r"bien à vous|(meilleures |sincères )?salutations|au plaisir|mit freundlichen grü(ß|ss)en|"
    r"(viele|beste|liebe|herzliche|freundliche) grü(ß|ss)e|(un )?saludos?( cordiales)?|"
    r"atentamente|un abrazo|atenciosamente|(com os )?(melhores )?cumprimentos|"
    r"(um )?abraços?),?\s*$",
    re.IGNORECASE,
)
_SLOT = re.compile(r"\[[^\]\n]{1,200}\]|\{[A-Za-z_]{1,40}\}")
_CALL_BACK = re.compile(
    r"\b(call me( back)?|give me a (call|ring)|ring me|call back|phone me|"
    r"(please|could you|can you|would you) (call|ring|phone))\b",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    r"\b(disappoint\w*|frustrat\w*|unacceptable|unprofessional|ignored|ignoring|rude|"
    r"still haven'?t heard|never heard back|waste of (my )?time|ridiculous|appalling|insulting|"
    r"how dare|i expected better|no one bothered|furious|annoyed|shame on)\b",
    re.IGNORECASE,
)
_GIFTS = re.compile(
    r"\b(flowers|gifts?|chocolates?|hampers?|bouquets?|gift cards?|cookies|cupcakes|"
    r"bottle of wine|balloons)\b",
    re.IGNORECASE,
)
_GROUP_WORDS = re.compile(
    r"\b(you all|all of you|each of you|both of you|y'?all)\b",
    re.IGNORECASE,
)
_GROUP_GREETING = {"all", "team", "everyone", "everybody", "folks", "panel", "both", "and", "&"}
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "herr", "frau", "sir"}
_TITLES |= {"madame", "monsieur", "mme", "m", "sr", "sra", "senor", "senora", "don", "dona"}
_TITLES |= {"dra", "senhor", "senhora", "doutor", "doutora"}
_PHONE = re.compile(r"\+?\d[\d\s().-]{6,}\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_MEETING_WORDS = re.compile(
    r"\b(speak|spoke|speaking|talk|talked|talking|meet|met|meeting|conversation|interview\w*|"
    r"call|visit|coffee|lunch|chat)\b",
    re.IGNORECASE,
)
_DAY_WORDS = re.compile(
    r"\b(today|yesterday|this morning|this afternoon|tonight|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_LEGAL = {"inc", "ltd", "llc", "llp", "gmbh", "ag", "plc", "corp", "co", "sa", "bv", "limited"}


@dataclass(frozen=True)
class Parts:
    """A draft's text cut in three: the greeting line, the note, and the sign-off with the
    signature (either may be empty when the draft has none)."""

    greeting: str
    note: str
    closing: str

    @classmethod
    def of(cls, body: str, w: Writing) -> Parts:
        lines = body.strip("\n").split("\n")
        greeting = ""
        first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
        if first is not None and _GREETING.match(lines[first]):
            greeting = lines[first]
            lines = lines[first + 1 :]
        text = "\n".join(lines)
        cut = text.rfind(signature(w.user, w.sender_email))
        if cut < 0:  # a template of the user's own: the last closing line, else a name
            marks = [i for i, ln in enumerate(lines) if _CLOSING.match(ln)]
            if marks:
                cut = len("\n".join(lines[: marks[-1]]))
            elif w.user.name and w.user.name in text:
                cut = text.rfind(w.user.name)
        if cut < 0:
            return cls(greeting, text.strip("\n"), "")
        note, closing = text[:cut], text[cut:].strip("\n")
        kept = note.rstrip().split("\n")
        if kept and _CLOSING.match(kept[-1]):  # "Best regards," goes with the signature
            closing = kept.pop() + "\n" + closing
        return cls(greeting, "\n".join(kept).strip("\n"), closing)


def lint_draft(
    body: str,
    f: Followup,
    facts: ThreadFacts,
    w: Writing,
    to: tuple[Address, ...] | None = None,
) -> tuple[LintFinding, ...]:
    """Findings for one draft of `f` in its thread (`facts`), as `w` wrote it, addressed to
    `to` (the follow-up's person when not given); an empty tuple means nothing to fix."""
    parts = Parts.of(body, w)
    english = tongue(w.language) is None  # a draft we write in English
    found = [
        *_recipients(to if to is not None else (f.to,), parts),
        *_greeting(parts, f.to, facts),
        *_company(body, w, facts),
        *_meeting(f, facts, w, parts),
        *_timing(f, w),
        *_words(body, parts, english),
        *_contact(parts),
        *_length(parts, english),
        *_language(f, w),
    ]
    return tuple(found)


def _recipients(to: tuple[Address, ...], parts: Parts) -> Iterator[LintFinding]:
    if len(to) != 1:
        yield LintFinding(
            "several_recipients", f"addressed to {len(to)} people; write to each person separately"
        )
    named = set(_tokens(_greeted(parts.greeting)))
    group = _GROUP_WORDS.search(parts.note)
    if named & _GROUP_GREETING or group:
        said = group.group(0) if group else parts.greeting.strip()
        yield LintFinding(
            "group_note",
            f"speaks to several people ('{said}'); write one note to each person, by name",
        )


def _greeting(parts: Parts, to: Address, facts: ThreadFacts) -> Iterator[LintFinding]:
    if not parts.greeting:
        yield LintFinding("greeting_missing", "no greeting with the person's name")
        return
    named = _greeted(parts.greeting)
    words = [t for t in _tokens(named) if t not in _TITLES]
    known = _names_for(to, facts)
    if not words or "[" in named or not known or set(words) & known["tokens"]:
        return
    spelt = sorted(known["tokens"])
    close = [c for t in words for c in difflib.get_close_matches(t, spelt, n=1, cutoff=0.75)]
    shown = sorted(known["shown"])[0]
    if close:
        yield LintFinding(
            "name_spelling", f"greets '{named}'; the thread spells the name '{shown}'"
        )
    else:
        yield LintFinding(
            "greeting_name",
            f"greets '{named}', but the thread calls {to.email} '{shown}': check who it is for",
        )


def _company(body: str, w: Writing, facts: ThreadFacts) -> Iterator[LintFinding]:
    company = (w.company or "").strip()
    if not company or _plain(company) not in _plain(body):
        return
    if w.company_guessed:
        yield LintFinding(
            "company_guessed",
            f"the company '{company}' was worked out from an email address, not read in the "
            "thread: check its name and spelling",
        )
        return
    said = _plain(" ".join(_thread_words(facts)))
    core = [t for t in _tokens(company) if t not in _LEGAL]
    if _plain(company) in said or (core and all(re.search(rf"\b{t}\b", said) for t in core)):
        return
    yield LintFinding(
        "company_not_in_thread",
        f"'{company}' is not written anywhere in the thread: check the company's name",
    )


def _meeting(f: Followup, facts: ThreadFacts, w: Writing, parts: Parts) -> Iterator[LintFinding]:
    meeting = getattr(f.payload, "meeting", None)
    if not isinstance(meeting, Meeting):
        return
    when = local(meeting.start, w.tz)
    met = {a.email.lower() for a in meeting.attendees}
    if kind_of(f.kind).to_someone_met and f.to.email.lower() not in met:
        people = ", ".join(a.name or a.email for a in meeting.attendees) or "nobody named"
        yield LintFinding(
            "not_in_meeting",
            f"thanks {f.to.email} for the meeting of {when}, but they were not in it "
            f"(met: {people})",
        )
    same = [
        m
        for m in facts.meetings
        if (meeting.uid and m.uid == meeting.uid) or (not meeting.uid and m.start == meeting.start)
    ]
    if not same:
        yield LintFinding(
            "meeting_not_held",
            f"the meeting of {when} is not in the thread: check it took place before sending",
        )
    elif same[-1].status in ("cancelled", "moved"):
        yield LintFinding(
            "meeting_not_held",
            f"the meeting of {when} was {same[-1].status}: check it took place as the note says",
        )
    elif meeting.start > w.now:
        yield LintFinding(
            "meeting_not_held", f"the meeting of {when} is still ahead: send this after it"
        )
    yield from _meeting_day(meeting, w, parts)


def _meeting_day(meeting: Meeting, w: Writing, parts: Parts) -> Iterator[LintFinding]:
    """The day a sentence about the meeting gives ('yesterday', 'on Tuesday') is its day."""
    day = meeting.start.astimezone(w.tz).date()
    today = w.now.astimezone(w.tz).date()
    right = {day.strftime("%A").lower()}
    if day == today:
        right |= {"today", "this morning", "this afternoon", "tonight"}
    if day == today - timedelta(days=1):
        right.add("yesterday")
    for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", parts.note):
        if not _MEETING_WORDS.search(sentence):
            continue
        said = [d.lower() for d in _DAY_WORDS.findall(sentence)]
        if said and not set(said) & right:
            yield LintFinding(
                "meeting_day",
                f"says '{said[0]}' of the meeting, but it was on {weekday_date(day)}",
            )
            return


def _timing(f: Followup, w: Writing) -> Iterator[LintFinding]:
    if w.now < f.due_at:
        yield LintFinding(
            "too_early",
            f"drafted before it is due ({local(f.due_at, w.tz)}): give them until then",
        )


def _words(body: str, parts: Parts, english: bool) -> Iterator[LintFinding]:
    for slot in dict.fromkeys(_SLOT.findall(body)):
        yield LintFinding("unfilled_slot", f"fill in {slot}")
    if _CALL_BACK.search(parts.note):
        yield LintFinding(
            "asks_callback", "asks them to call back; say when you will follow up instead"
        )
    if _NEGATIVE.search(parts.note):
        yield LintFinding("negative_tone", "sounds bitter or impatient; keep it positive")
    if _GIFTS.search(parts.note):
        yield LintFinding("gift", "mentions a gift; a note is enough")
    found = slips(parts.greeting + "\n" + parts.note) if english else []  # English words only
    if found:
        yield LintFinding("spelling", "check the spelling: " + ", ".join(found))


def _contact(parts: Parts) -> Iterator[LintFinding]:
    tail = parts.closing or "\n".join(parts.note.rstrip().split("\n")[-6:])
    if not (_PHONE.search(tail) or _EMAIL.search(tail)):
        yield LintFinding(
            "missing_contact",
            "the signature has no phone or email; set [user].phone, or add them under your name",
        )


def _language(f: Followup, w: Writing) -> Iterator[LintFinding]:
    """A thread in a language we do not write (Italian, Swedish...) gets an English draft,
    and a draft that says "vous" to someone the user says "tu" to: the user should know before
    sending it."""
    t = tongue(w.language)
    if (
        t is not None
        and f.kind not in t.familiar_kinds
        and familiar_with(t, f.to, w.facts, w.user.emails)
    ):
        yield LintFinding(
            "register",
            f"you write to {f.to.name or f.to.email} with '{t.familiar_word}' in this thread, "
            f"but this draft says '{t.formal_word}': change it before sending",
        )
    if w.language == ENGLISH or t is not None:
        return
    name = language_name(w.language)
    yield LintFinding(
        "thread_language",
        f"the thread is in {name}, but this draft is in English: rewrite it in {name} if you "
        "reply in that language",
    )


def _length(parts: Parts, english: bool) -> Iterator[LintFinding]:
    level = reading_level(parts.note)
    figures = level.in_words()
    if level.sentences <= 1:
        yield LintFinding("one_liner", f"one sentence only ({figures}); thank them and add a point")
    if level.words < MIN_WORDS:
        yield LintFinding(
            "too_short", f"{figures}: {MIN_WORDS} to {MAX_WORDS} words read best; say a little more"
        )
    elif level.words > MAX_WORDS:
        yield LintFinding(
            "too_long", f"{figures}: {MIN_WORDS} to {MAX_WORDS} words read best; cut it down"
        )
    # the reading grade is an English measure; a few words say little
    if english and level.grade > HARDEST_GRADE and level.words >= MIN_WORDS:
        yield LintFinding("hard_to_read", f"{figures}: use shorter sentences and plainer words")


def _greeted(greeting: str) -> str:
    m = _GREETING.match(greeting)
    return m.group(2).strip() if m else ""


def _names_for(to: Address, facts: ThreadFacts) -> dict[str, set[str]]:
    """The names the thread gives `to`'s address: as written ('shown') and as words."""
    shown = {n for n in _display_names(to.email.lower(), facts) if n}
    if to.name:
        shown.add(to.name)
    theirs = [m for m in facts.thread.messages if m.sender and m.sender.email.lower() == to.email]
    signed = signed_name(to, theirs)  # "Kate", for a Katherine who signs so
    if signed:
        shown.add(signed)
    guessed = first_name(Address(to.email))
    tokens = {t for n in shown for t in _tokens(n)}
    if guessed:
        tokens.add(_plain(guessed))
    return {"shown": shown or ({guessed} if guessed else set()), "tokens": tokens} if tokens else {}


def _display_names(email: str, facts: ThreadFacts) -> Iterator[str | None]:
    for m in facts.thread.messages:
        for a in ((m.sender,) if m.sender else ()) + m.to + m.cc + m.reply_to:
            if a.email.lower() == email:
                yield a.name
        for ev in m.events:
            for at in ev.attendees + ((ev.organizer,) if ev.organizer else ()):
                if at.email.lower() == email:
                    yield at.name
    for c in facts.counterparts:
        if c.email.lower() == email:
            yield c.name


def _thread_words(facts: ThreadFacts) -> Iterator[str]:
    """What the thread itself says: subjects, texts, people's names, invites."""
    for m in facts.thread.messages:
        yield m.subject
        yield m.text
        for a in ((m.sender,) if m.sender else ()) + m.to + m.cc:
            yield a.name or ""
        for ev in m.events:
            yield f"{ev.summary} {ev.description} {ev.location}"


def _plain(text: str) -> str:
    """Lower case, accents and extra spaces taken off: how names are compared."""
    bare = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[^\w&]+", _plain(text)) if t]
