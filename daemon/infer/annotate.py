"""One read of a message's text: sentences, dates and times, addresses written in it, and its
signature set apart. Every inference reads this annotation instead of scanning the text again.

The annotation is pure: a message and the user's time zone in, an `Annotated` out. Relative
words ("tomorrow", "next Friday") are read against the message's own Date, in the sender's
offset, as the sender meant them.

Example::

    >>> from datetime import datetime, timezone
    >>> from daemon.model import Address, Message
    >>> text = "Hi,\\n\\nCould we talk Thursday at 2pm?\\n\\nBest,\\nDana Ruiz\\nRecruiter, Acme"
    >>> when = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)
    >>> dana = Address("dana@acme.example")
    >>> m = Message("a", "INBOX", "1", "<1@x>", "Chat", when, dana, text=text)
    >>> a = annotate(m, timezone.utc)
    >>> [s.flat for s in a.sentences]
    ['Hi,', 'Could we talk Thursday at 2pm?', 'Best,']
    >>> a.sentences[1].times[0].start.isoformat(), a.sentences[1].question
    ('2026-03-05T14:00:00+00:00', True)
    >>> a.signed_name, a.signature.splitlines()[1]
    ('Dana Ruiz', 'Recruiter, Acme')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, tzinfo

from daemon.infer import _date_words as lex
from daemon.infer import lang, titles
from daemon.infer.dates import TimeMention, Window, find_times, find_windows, writes_day_first
from daemon.mailtext import FORWARD_LINE
from daemon.model import Message

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])", re.I)
# A name written next to an address: up to four capitalised words ("Dr. Jane van Dyke").
_NAME_BEFORE = re.compile(
    r"((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:van|von|de|da|del|der|la|le|"
    r"bin|al|[A-ZÀ-Ý][\w'’.-]+)){0,3})[\s,:(<\[–—-]*$"
)
_NAME_AFTER = re.compile(r"^[\s>)\]]*[(–—-]\s*([A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,3})")
_NOT_NAMES = frozenset(
    {"email", "e-mail", "mail", "contact", "at", "to", "from", "cc", "reply", "write", "or", "and"}
)
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:[ap]\.m|mr|mrs|ms|dr|prof|st|no|vs|approx|e\.g|i\.e|etc|inc|ltd|co|jr|sr|dept|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
    r"nov|dec|mag|dipl|ing|lic|dra|sra|srta|eng|bzw|ggf|evtl|inkl|ca|nr|tel|str|sig|mme|mlle)"
    r"|\b[A-Z])\.$",
    re.IGNORECASE,
)
# "Donnerstag, den 19. März", "am 3. Juni um 10 Uhr", "am 20.04. um 10:00": a date's dot, not
# a sentence's end
_ORDINAL_DOT = re.compile(r"(?<![\d.])(?:\d{1,2}\.){1,2}$")
_AFTER_ORDINAL = re.compile(rf"\s+(?:{lex.MONTH}|\d{{1,2}}\.|(?-i:[a-zäöüß]))", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)]|[a-z][.)])\s+")
# a line of an itinerary, led by its time: "10:45  Sandra Lum", "0700-0900   Simulator", "9.30am –"
_TIMED = re.compile(
    r"^\s*(?:\d{1,2}[:.h]\d\d|(?:[01]\d|2[0-3])[0-5]\d(?=[-–\s])|\d{1,2}\s?[ap]\.?m\b)"
)
_LABEL = re.compile(r"^\s*[A-Z][\w /&-]{0,24}:\s")
_SENT_FROM = re.compile(r"^\s*(?:sent from my|get outlook for|sent via|von meinem)\b", re.I)
_SIGN_OFF_LINE: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a list item, or a 'Label: value' line) of the new text."""

    index: int
    paragraph: int
    span: tuple[int, int]  # in Annotated.body
    text: str  # as written: body[span[0]:span[1]]
    times: tuple[TimeMention, ...]  # moments that start inside it
    windows: tuple[Window, ...]  # deadline-like days that start inside it
    days: tuple[lex.DayExpr, ...]  # days named without a clock time ("Thursday works")
    question: bool
    # a day said with a part of it instead of a time ("Tues arvo", "first thing Monday"): the
    # part's nominal hour, for meetings only (a promise "by Thursday morning" is by Thursday)
    day_parts: tuple[TimeMention, ...] = ()

    @property
    def flat(self) -> str:
        """The sentence with its white space folded, for showing."""
        return " ".join(self.text.split())

    def at(self, offset: int) -> int:
        """A body offset (of a time or window) as an offset in this sentence's text."""
        return offset - self.span[0]


@dataclass(frozen=True)
class WrittenAddress:
    """An address written in the text, with the name written beside it, if any."""

    email: str
    name: str | None
    line: str


@dataclass(frozen=True)
class Annotated:
    """A message read once: what every inference looks at. Its sentences, with their dates and
    times, are read when first asked for (most messages of a mailbox, newsletters and receipts,
    never are), and then kept."""

    message: Message
    body: str  # the new text, signature cut off
    signature: str  # the block after the sign-off line ("" when none was found)
    signed_name: str | None  # the name the sender signed with
    addresses: tuple[WrittenAddress, ...]  # in body and signature
    tz: tzinfo  # the zone for times the text gives without one

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self._dated[0]

    @property
    def times(self) -> tuple[TimeMention, ...]:
        return self._dated[1]

    @property
    def windows(self) -> tuple[Window, ...]:
        return self._dated[2]

    @functools.cached_property
    def _dated(self) -> tuple[tuple[Sentence, ...], tuple[TimeMention, ...], tuple[Window, ...]]:
        return _sentences(self.body, self.message.date, self.tz)

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.span[0] <= offset < s.span[1]:
                return s
        return None

    def previous(self, s: Sentence) -> Sentence | None:
        """The sentence just before `s` (in its paragraph or the one before)."""
        return next((x for x in self.sentences if x.index == s.index - 1), None)

    def paragraph(self, index: int) -> str:
        return " ".join(s.flat for s in self.sentences if s.paragraph == index)


def annotate(msg: Message, tz: tzinfo) -> Annotated:
    """Read a message's new text once. `tz` is the zone for times the text gives without one."""
    own, _, forwarded = msg.text.partition(FORWARD_LINE)
    body, signature = split_signature(own, msg.sender.name if msg.sender else None)
    if forwarded.strip():  # the message a forward passes on is read too, without its signature
        body = f"{body}\n\n{split_signature(forwarded.strip())[0]}"
    return Annotated(
        msg,
        body,
        signature,
        _signed_name(signature),
        written_addresses(body + "\n" + signature),
        tz,
    )


def _sentences(
    body: str, sent: datetime, tz: tzinfo
) -> tuple[tuple[Sentence, ...], tuple[TimeMention, ...], tuple[Window, ...]]:
    """The body's sentences, each with the times, windows and days that start inside it; and
    all its times and windows."""
    day_first = writes_day_first(body, sent)
    times = tuple(find_times(body, sent, tz, day_first))
    windows = tuple(find_windows(body, sent.date(), day_first))
    timed = [t.span for t in times]
    days = [
        d
        for d in lex.scan_days(body, sent.date(), lex.skip_spans(body), day_first)
        if not any(a <= d.start < b for a, b in timed)
    ]
    sentences = []
    for i, (para, start, end) in enumerate(_sentence_spans(body)):
        text = body[start:end]
        sentences.append(
            Sentence(
                i,
                para,
                (start, end),
                text,
                tuple(t for t in times if start <= t.span[0] < end),
                tuple(w for w in windows if start <= w.span[0] < end),
                tuple(d for d in days if start <= d.start < end),
                text.rstrip().endswith("?"),
                _day_parts(body, [d for d in days if start <= d.start < end], tz),
            )
        )
    return tuple(sentences), times, windows


def _day_parts(body: str, days: list[lex.DayExpr], tz: tzinfo) -> tuple[TimeMention, ...]:
    if not days:  # most sentences name no day: nothing to look around
        return ()
    parts = lang.table("day_parts")
    if not parts:
        return ()
    words = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
    before, after = _day_part_patterns(words)
    out = []
    for d in days:
        m = after.match(body, d.end, d.end + 20) or before.search(
            body, max(0, d.start - 20), d.start
        )
        if m is None:
            continue
        said = re.search(words, m.group(0), re.I)
        if said is None:
            continue
        hour = parts[" ".join(said.group(0).lower().split())]
        start = datetime.combine(d.day, time(hour), tz)
        span = (min(d.start, m.start()), max(d.end, m.end()))
        out.append(TimeMention(start, None, body[span[0] : span[1]], span))
    return tuple(out)


@functools.lru_cache(maxsize=8)
def _day_part_patterns(words: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns for a part of the day just before and just after a day, compiled once
    (the standard library's cache of compiled patterns is too small to keep them)."""
    before = re.compile(rf"(?:{words})\s*(?:on\s+|,\s*)?$", re.I)
    after = re.compile(rf"\s*,?\s*(?:the\s+)?(?:{words})\b", re.I)
    return before, after


class Annotations:
    """Annotations of many messages, each computed once (by Message-ID and location)."""

    def __init__(self, tz: tzinfo) -> None:
        self.tz = tz
        self._done: dict[tuple[str, str, str], Annotated] = {}

    def __call__(self, msg: Message) -> Annotated:
        key = (msg.message_id, msg.folder, msg.ref)
        found = self._done.get(key)
        if found is None:
            found = self._done[key] = annotate(msg, self.tz)
        return found

    def forget(self, messages: Iterable[Message]) -> None:
        """Let these messages' annotations go (they are made again if asked for): a mailbox
        read one thread at a time holds one thread's annotations at a time."""
        for msg in messages:
            self._done.pop((msg.message_id, msg.folder, msg.ref), None)


# --- signature ---------------------------------------------------------------------------------
def _sign_off() -> re.Pattern[str]:
    global _SIGN_OFF_LINE
    if _SIGN_OFF_LINE is None:
        words = lang.by_first_character(list(lang.phrases("sign_offs")))
        _SIGN_OFF_LINE = re.compile(rf"^\s*(?:{words})\s*[,.!]*\s*$|^--\s*$", re.IGNORECASE)
    return _SIGN_OFF_LINE


def split_signature(text: str, sender_name: str | None = None) -> tuple[str, str]:
    """(body, signature): the signature is what follows the last sign-off line ("Best,",
    "v/r", "-- ") or the line that is the sender's own name ("Chris"), when at most ten short
    lines follow it; a phone's "Sent from my ..." line and what follows it are dropped. The
    sign-off or name line itself stays in the body."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _SENT_FROM.match(line):
            lines = lines[:i]
            break
    pattern = _sign_off()
    names = _own_names(sender_name)
    sign_off = name_line = None
    rest = 0  # the lines after line i that are not blank
    too_long = False  # one of them is longer than 120 characters
    for i in range(len(lines) - 1, max(-1, len(lines) - 16), -1):
        if rest > 10 or too_long:
            break
        line = lines[i].strip()
        if pattern.match(lines[i]) and sign_off is None:
            sign_off = i
        elif _is_own_name(_NAME_MARKS.sub("", line).lower(), names):
            name_line = i
        if line:
            rest += 1
            too_long = too_long or len(lines[i]) > 120
    cut = sign_off if sign_off is not None else name_line
    if cut is None:
        return "\n".join(lines).rstrip(), ""
    keep = lines[:cut] if lines[cut].strip().startswith("--") else lines[: cut + 1]
    return "\n".join(keep).rstrip(), "\n".join(lines[cut + 1 :]).strip()


_NAME_MARKS = re.compile(r"^[-–—~]\s*|[,.!]+$")  # "- Chris", "Chris,"


def _is_own_name(line: str, names: set[str]) -> bool:
    """The line is the sender's name as they sign it: as given, or with a middle name or
    initial ("Rowena M. Castillo" for "Rowena Castillo")."""
    if line in names:
        return True
    words = line.split()
    if not 3 <= len(words) <= 4:
        return False
    return f"{words[0]} {words[-1]}" in names and all(len(w.strip(".")) <= 12 for w in words)


def _own_names(sender_name: str | None) -> set[str]:
    words = re.sub(r"[\"(].*$", "", sender_name or "").replace(",", " ").split()
    if not words:
        return set()
    names = {" ".join(words).lower(), words[0].lower()}
    if len(words) > 1:
        names.add(words[-1].lower())  # "Lund, Henrik" or a surname sign-off
        names.add("".join(w[0] for w in words).lower())  # initials
    return names


def _signed_name(signature: str) -> str | None:
    """The name a signature starts with; "Dana" then "Dana Ruiz" gives the fuller one."""
    lines = [ln.strip() for ln in signature.split("\n") if ln.strip()][:2]
    names = [n for n in (_name_line(ln) for ln in lines) if n]
    if len(names) == 2 and names[1].split()[0] == names[0] and len(names[1].split()) > 1:
        return names[1]
    return names[0] if names else None


def _name_line(line: str) -> str | None:
    first = re.split(r"\s*[|,–—]\s*", line)[0]
    words = first.split()
    named = 1 <= len(words) <= 4 and all(
        w[:1].isupper() or w in ("van", "de", "von") for w in words
    )
    if named and not _EMAIL.search(first) and not any(ch.isdigit() for ch in first):
        return first
    return None


# --- sentences ---------------------------------------------------------------------------------
def _sentence_spans(body: str) -> list[tuple[int, int, int]]:
    """(paragraph, start, end) of each sentence, list item or labelled line, in text order."""
    out: list[tuple[int, int, int]] = []
    para = 0
    pos = 0
    for block in re.split(r"(\n[ \t]*\n)", body):
        if not block.strip() or re.fullmatch(r"\n[ \t]*\n", block):
            pos += len(block)
            if block.strip() == "" and out and out[-1][0] == para:
                para += 1
            continue
        out += [(para, pos + a, pos + b) for a, b in _block_sentences(block)]
        pos += len(block)
    return out


def _block_sentences(block: str) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph: hard-wrapped lines are joined, but a list item, a
    'Label: value' line or a line after one ending in ':' starts anew."""
    pieces: list[tuple[int, int]] = []
    start = 0
    offset = 0
    lines = block.split("\n")
    for n, line in enumerate(lines):
        line_start = offset
        if n > 0:
            prev = lines[n - 1].rstrip()
            if (
                _BULLET.match(line)
                or _TIMED.match(line)
                or _LABEL.match(line)
                or _LABEL.match(lines[n - 1])
                or prev.endswith(":")
                or (len(prev) < 45 and not prev.endswith((",", "-")))
            ) and block[start:line_start].strip():
                pieces.append((start, line_start - 1))
                start = line_start
        offset += len(line) + 1
    pieces.append((start, len(block)))
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        out += _split_on_stops(block, a, b)
    return [(a, b) for a, b in out if block[a:b].strip()]


def _split_on_stops(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    base = start
    for m in re.finditer(r"[.!?]+(?=\s|$)", text[base:end]):
        stop = base + m.end()
        if stop <= start or (
            m.group(0) == "."
            and (
                _ABBREVIATIONS.search(text[max(start, stop - 8) : stop])
                or (
                    _ORDINAL_DOT.search(text[max(start, stop - 7) : stop])
                    and _AFTER_ORDINAL.match(text, stop, end)
                )
            )
        ):
            continue
        out.append((start, stop))
        start = stop
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out


# --- addresses written in the text -------------------------------------------------------------
# "Dr. Rajiv Malhotra, Professor, Chair of the Search Committee (rmalhotra@...)": the person is
# the first chunk of the line (after a label, a bullet or a time), not the committee before "(".
_LEADING_NAME = re.compile(
    r"^\s*(?:[-*•·–]\s*)?(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]\s*\d{1,2}[:.h]\d{2}"
    r"\s*(?:[ap]\.?m\.?)?)?\s*[-–—:|]?\s*)?(?:[A-Z][\w ]{0,30}:\s*)?"
    r"((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+(?:van|von|de|da|del|der|la|le|"
    r"[A-ZÀ-Ý][\w'’-]+)){1,3})\s*(?:,|\(|<|[-–—]\s|$)"
)


_CAPITALISED_RUN = re.compile(
    # a surname's particles too: "Anneke de Vries" for a.devries@, not "Vries"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:van|von|de|da|del|der|den|di|du"
    r"|dos|das|la|le|ter|ten|bin|al)\s+){0,2}[A-ZÀ-Ý][\w'’-]+){0,3}"
)


def _name_like_address(text: str, email: str) -> str | None:
    """The capitalised name near an address that its local part spells ("Nadia Smit" for
    nadia.smit@, "Dr. Elena Blum" for eblum@)."""
    local = re.sub(r"[^a-z]", " ", email.split("@")[0].lower()).split()
    squashed = "".join(local)
    best, score = None, 0
    for m in _CAPITALISED_RUN.finditer(text):
        words = [w.lower() for w in re.sub(r"^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+", "", m.group(0)).split()]
        hits = sum(1 for w in words if len(w) > 1 and (w in local or w in squashed))
        if hits > score:
            best, score = m.group(0).strip(), hits
    return best


def _leading_name(segment: str) -> str | None:
    m = _LEADING_NAME.match(segment)
    if m is None:
        return None
    name = m.group(1).strip()
    return None if name.split()[-1].lower() in _NOT_NAMES else name


# a line that opens with an address in brackets, hard-wrapped from the name before it:
# "... 3:30–4:15pm PT with Viktor Hale\n(viktor@cedarline.io). He'll call ..."
_WRAPPED_ADDRESS = re.compile(r"\n[ \t]*(?=[(<][^\s@()<>]+@)")


def _unwrapped(text: str) -> list[str]:
    return _WRAPPED_ADDRESS.sub(" ", text).split("\n")


_COURTESY = re.compile(rf"^{titles.courtesy()}(?=\S+\s+\S)", re.IGNORECASE)


def written_addresses(text: str) -> tuple[WrittenAddress, ...]:
    """Every address in text, with the name beside it: "Jane Doe (jane@x.com)", "Jane Doe
    <jane@x.com>", "Interviewers: Jane Doe - jane@x.com", "jane@x.com (Jane Doe)"."""
    out: dict[str, WrittenAddress] = {}
    for line in _unwrapped(text):
        last = 0
        for m in _EMAIL.finditer(line):
            email = m.group(0).lower().rstrip(".")
            before = line[last : m.start()]
            name = _name_like_address(before + " " + line[m.end() : m.end() + 60], email)
            name = name or _leading_name(before)
            if name is None and (b := _NAME_BEFORE.search(before)) is not None:
                name = b.group(1).strip()
            # a name found already stands: "Mark Brennan (mark@…) - Head of …" is not "Head"
            if name is None and (a := _NAME_AFTER.match(line[m.end() :])) is not None:
                name = a.group(1).strip()
            if name and name.split()[-1].lower() in _NOT_NAMES:
                name = None
            # "mit Herrn Patrick Olbrich (patrick.olbrich@…)": the name, not the courtesy before
            # it, which a draft's To would carry in the wrong case ("Herrn")
            name = _COURTESY.sub("", name) if name else name
            if email not in out or (name and not out[email].name):
                out[email] = WrittenAddress(email, name, line.strip())
            last = m.end()
    return tuple(out.values())
