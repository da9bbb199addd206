"""How the user speaks to one person, read from the thread: the greeting and the sign-off.

The user who wrote "Hi Kate," and signed "Best," to someone gets a draft that does the same;
someone the user addressed as "Dear Dr. Osei" is greeted so again; the name greeted is the one
the person signs with ("Kate", "Mary Ann") when it is a form of their own name. With nothing to
go on the draft says "Dear <first name>," and "Best regards,". Pure: a thread in, words out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from daemon.drafting.given_names import gender_of, given_first, letters, name_parts, shouted
from daemon.infer.lang import pattern
from daemon.infer.people import first_name, full_name
from daemon.model import Address, Message, ThreadFacts

_TITLES = ("dr", "prof", "professor", "mr", "mrs", "ms", "mx", "dame", "sir")
_OPENING = re.compile(
    r"^\s*(dear|hi|hello|hey)\s+((?:(?:dr|prof|mr|mrs|ms|mx)\.?\s+)?[^\W\d_][\w'’-]*"
    r"(?:\s+[^\W\d_][\w'’-]*)?)\s*(?:[,!:–—]|\s-\s|$)",
    re.IGNORECASE,
)
# a line that is a name alone: "Don,", "Mr. Schaefer,"
_BARE_OPENING = re.compile(
    r"^\s*((?:(?:dr|prof|mr|mrs|ms|mx)\.?\s+)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*,\s*$",
    re.IGNORECASE,
)
# sign-offs a professional note can repeat; a casual one ("Cheers", "xx") is not copied
_SIGN_OFF = re.compile(
    r"^\s*(best|best regards|kind regards|regards|warm regards|warmest regards|best wishes|"
    r"many thanks|thanks|thank you|thanks again|thanks so much|with thanks|all the best|"
    r"sincerely|yours sincerely|warmly|with best wishes)\s*[,.!]?\s*$",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"^[-–—~\s]*([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)\s*$")
DEFAULT_SIGN_OFF = "Best regards,"
_ROLE_LOCAL = re.compile(
    r"office|info|admin|hr|jobs|careers|recruit(ment|ing)?|reception|enquiries|inquiries|"
    r"admissions|hello|contact|team|talent|hiring|people|principal|secretary|"
    # the same in the languages we write: karriere@, bewerbung@, rh@, rrhh@, empleo@, vagas@
    r"rh|rrhh|rs|drh|personal|empleo|emploi|vagas|selecao|seleccion|contacto|contato|kontakt"
)
_ROLE_STEM = re.compile(
    r"recruit|career|admission|office|enquir|inquir|talent|hiring|karriere|bewerb|recrut|"
    r"reclut|candidat|carriere|jobs"
)
_ROLE_NAME = re.compile(
    r"\b(office|team|admissions|reception|recruitment|recruiting|careers|human resources|"
    r"HR|talent acquisition|people ops|enquiries|secretary's|"
    r"karriere-team|\w*team|bewerbermanagement|personalabteilung|recrutement|ressources humaines|"
    r"recrutamento|recursos humanos|candidaturas|reclutamiento|selección|seleção|talento)\b",
    re.IGNORECASE,
)


# how friends write to each other: a bare name hailed ("Lorraine!", "hey eli"), a sign-off of
# an initial or a kiss ("H", "- K", "xx"), a mate's words
# a hail: "hey eli", "Maria!!", "Rach! So good to…", "L - heard Helix closed…"
_HAILED = re.compile(
    r"^\s*(?:(?:hey|oi|hiya)\s+[^\W\d_]+[!,.]*\s*$|[^\W\d_][\w'’-]*\s*!+(?:\s|$)|"
    r"(?-i:[A-Z])\s+[-–—]\s)",
    re.IGNORECASE,
)
_INITIAL = re.compile(r"^[-–—~ ]*[^\W\d_]\.?\s*$")
_KISS = re.compile(r"(?:^[-–—~ ]*|\s)x{1,3}\s*$", re.IGNORECASE)  # "xx", "See you then x"
_MATES = re.compile(
    r"\b(mate|lol|haha+|long time|beijinhos|un abrazo|bisous|abrazo|cheers mate|"
    # "long time no see" in the languages we write: old friends' words
    r"lange nicht gesehen|ewig nicht gesehen|ça fait une éternité|ça fait longtemps|"
    r"cuánto tiempo|tanto tiempo|hace siglos)(?!\w)",
    re.IGNORECASE,
)
FRIENDLY_SIGN_OFF = "Best,"


@dataclass(frozen=True)
class Voice:
    """The first and last words of a note to one person."""

    greeting: str  # "Hi Kate,"
    sign_off: str  # "Best,"
    close: bool = False  # they write to each other as friends do: warm words, not a template


def voice_for(to: Address, facts: ThreadFacts | None, mine: Iterable[str]) -> Voice:
    """The greeting and sign-off for a note to `to`, from how the user wrote to them in the
    thread (`mine`: the user's addresses)."""
    me = {e.lower() for e in mine}
    messages = facts.thread.messages if facts is not None else ()
    sent = [m for m in messages if m.sender is not None and m.sender.email.lower() in me]
    to_them = [m for m in sent if to.email in {a.email for a in m.recipients()}]
    theirs = [m for m in messages if m.sender is not None and m.sender.email == to.email]
    to = named_by_signature(in_given_order(to, messages), theirs)
    if role_mailbox(to):  # "Castlebrook CS Office": greet whoever signs for it, or no one
        signer = _signer(theirs)
        name = (title_used(signer, messages) or signer.split()[0]) if signer else None
    elif _ROLE_NAME.search(to.name or ""):  # "HR" <fatima.benali@…>: the address names her
        name = signed_name(to, theirs) or first_name(Address(to.email))
    else:
        name = (
            asked_name(theirs)
            or signed_name(to, theirs)
            or title_used(full_name(to), messages)
            or written_given_name(to, messages)
            or _titled(to)
            or _family_first(to)
            or first_name(to)
        )
    shown_as = (to.name or "").strip()
    if name is not None and shown_as and pattern("title_heads").match(shown_as):
        name = first_name(Address(to.email))  # "Head of Talent" is no one's first name
    word, written = "Dear", None
    for m in reversed(to_them):
        opening = _opening(m.text)
        if opening is not None and _is_them(opening[1], to, name):
            if asked_name(theirs, after=m.date):
                break  # "Dear Dr. Reyes" then "Please, call me Sam": not written again
            word, written = opening
            break
    chosen = bool(word) and written is not None  # the user's own greeting word, kept
    if not chosen:
        # the user never greeted them, or named them bare ("Don,"): the word from the register
        # they wrote in ("Hey Ben" gets "Hi", never "Hey": DOMAIN.md's notes stay professional
        # however friendly)
        word = "Dear"
        theirs_opening = next((o for m in reversed(theirs) if (o := _opening(m.text))), None)
        shown_name = written or name
        titled = shown_name is not None and shown_name.split()[0].rstrip(".").lower() in _TITLES
        if theirs_opening is not None and _titled_word(theirs_opening[1]) and not written:
            # "Dear Mr. Lindqvist" to the user: the note answers in kind ("Dear Ms. Moreno")
            name = _formally(to, messages) or name
        elif theirs_opening is not None and theirs_opening[0] in ("Hi", "Hello") and not titled:
            word = "Hi"
        elif theirs_opening is None and not titled and _greets_with_hi(sent):
            word = "Hi"  # they never wrote a greeting: the user's own "Hi Kyle" sets the tone
    if written is not None and written == written.lower():
        written = " ".join(w[:1].upper() + w[1:] for w in written.split())  # "hi jamal"
    shown = written or name
    close = friends(theirs, to_them)
    sign_off = _sign_off(to_them) or _sign_off(sent)
    if sign_off is None and word == "Hi":
        sign_off = FRIENDLY_SIGN_OFF  # "Hi Jess, … Best regards," is half one register
    if not shown and role_mailbox(to):
        return Voice("Hello,", sign_off or DEFAULT_SIGN_OFF)
    if close and word == "Dear" and not chosen:
        word = "Hi"  # a friend is not greeted "Dear" unless the user does so
    greeting = f"{word} {shown}," if shown else f"{word} [add: their name],"
    return Voice(greeting, sign_off or (FRIENDLY_SIGN_OFF if close else DEFAULT_SIGN_OFF), close)


# "Please, call me Sam", "Appelez-moi Claire", "Llámame Pepe", "Pode me chamar de Zé",
# "Nennen Sie mich gern Sami": the name someone asks to be called
_CALL_ME = (
    re.compile(r"\bcall me\s+([A-ZÀ-Þ][\w'’-]+)"),
    re.compile(r"\bappele[zr]?-moi\s+([A-ZÀ-Þ][\w'’-]+)", re.IGNORECASE),
    re.compile(r"\bll[áa]m(?:ame|eme)\s+([A-ZÀ-Þ][\w'’-]+)", re.IGNORECASE),
    re.compile(
        r"\b(?:me )?(?:chame|pode(?:s)? me chamar)(?: de)?\s+([A-ZÀ-Þ][\w'’-]+)", re.IGNORECASE
    ),
    re.compile(r"\bnenn(?:e|en Sie|t)? mich (?:gerne? )?([A-ZÀ-Þ][\w'’-]+)", re.IGNORECASE),
)


def asked_name(theirs: Iterable[Message], after: datetime | None = None) -> str | None:
    """The name someone asked, in their own latest words, to be called ("call me Sam"); only
    in words written `after` a moment, when given."""
    for m in reversed(list(theirs)):
        if after is not None and m.date <= after:
            return None
        for asking in _CALL_ME:
            found = asking.search(m.text)
            if found and found.group(1)[0].isupper():
                return found.group(1)
    return None


def named_by_signature(to: Address, theirs: Iterable[Message]) -> Address:
    """`to` with the full name they sign with, when their mail shows none ('dprice@' who signs
    'Daniel Price'): the name signed is theirs when their address spells it."""
    if to.name:
        return to
    local = letters(to.email.split("@", 1)[0])
    signer = _signer(theirs)
    if signer is None or not local:
        return to
    first, last = (letters(w) for w in signer.split())
    if local in {first + last, first[:1] + last, last + first, last + first[:1], last, first}:
        return Address(to.email, signer)
    return to


def in_given_order(to: Address, messages: Iterable[Message]) -> Address:
    """`to` with the given name first, where a directory shows the surname first ('Frei Jonas'
    <jonas.frei@…>, as many Swiss and Hungarian firms do): the address, or the thread's own
    words ('1:1 with Dr. Jonas Frei'), spell the name the other way round."""
    words = (to.name or "").split()
    if len(words) != 2 or "," in (to.name or ""):
        return to
    family, given = words
    local = letters(to.email.split("@", 1)[0])
    spelled = local == letters(given + family) and local != letters(family + given)
    said = re.compile(rf"\b{re.escape(given)}\s+{re.escape(family)}\b")
    shown = re.compile(rf"\b{re.escape(family)}\s+{re.escape(given)}\b")
    texts = [m.text for m in messages]
    written = any(said.search(t) for t in texts) and not any(shown.search(t) for t in texts)
    return Address(to.email, f"{given} {family}") if spelled or written else to


def _titled_word(written: str) -> bool:
    """A greeting's name starts with a title: 'Mr. Lindqvist', 'Ms Okafor', 'Dr Osei'."""
    head = written.split()[0].rstrip(".").lower() if written.split() else ""
    return head in _TITLES and len(written.split()) >= 2


def _formally(to: Address, messages: Iterable[Message]) -> str | None:
    """How to greet `to` by title and surname: as the thread titles them ('Ms Kinsella'), else
    by the title their given name says ('Mr. Tanaka' for Tanaka Hiroshi), else by full name."""
    given, surname = name_parts(full_name(to) or "")
    if surname is None:
        return None
    said = title_used(f"{given} {surname}", messages)
    if said:
        return said
    g = gender_of(given) if given else None
    return f"{'Ms.' if g == 'f' else 'Mr.'} {surname}" if g else f"{given} {surname}"


def _family_first(to: Address) -> str | None:
    """'TANAKA Hiroshi', the surname written in capitals before the given name as many in East
    Asia and France write it: 'Mr. Tanaka' (or 'Hiroshi Tanaka' when the name does not say)."""
    return _formally(to, ()) if shouted((to.name or "").split()) else None


def _greets_with_hi(sent: list[Message]) -> bool:
    """The user's latest greeting in the thread, to anyone, is a "Hi" or "Hello"."""
    for m in reversed(sent):
        opening = _opening(m.text)
        if opening is not None and opening[0]:
            return opening[0] in ("Hi", "Hello")
    return False


def friends(theirs: Iterable[Message], mine: Iterable[Message]) -> bool:
    """The two write as friends do: one hails the other by a bare name ("Maria!!", "hey eli"),
    sends a kiss ("xx") or a mate's words; or both sign with an initial ("H" and "L"). An
    initial on one side alone is how many busy people sign any mail ("J." under a recruiter's
    note): not enough."""
    initials = []
    for side in (theirs, mine):
        signed = False
        for m in side:
            lines = _unquoted(m.text)
            if not lines:
                continue
            hailed = _HAILED.match(lines[0])
            first = re.split(r"[\s!,.]+", lines[0].strip())[0].lower()
            if hailed and first not in _EXCLAIMED:
                return True
            if _MATES.search("\n".join(lines)) or any(_KISS.search(ln) for ln in lines):
                return True
            signed = signed or any(_INITIAL.match(ln) for ln in lines[1:])
        initials.append(signed)
    return all(initials)


_EXCLAIMED = frozenset(
    {
        *("thanks", "thank", "congrats", "congratulations", "great", "hello", "hi", "wow"),
        *("perfect", "sure", "yes", "excellent", "fantastic", "awesome", "brilliant"),
        *("amazing", "welcome", "good", "hooray", "done", "noted", "lovely", "gracias"),
        *("merci", "danke", "hola", "salut", "hallo", "bonjour"),
    }
)
_QUOTE_HEAD = re.compile(r"^(on|le|el|am|em) .{0,200}(wrote|écrit|escribió|schrieb|escreveu)", re.I)


def _unquoted(text: str) -> list[str]:
    """A message's non-empty lines down to where it quotes an earlier one."""
    lines: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith(">") or _QUOTE_HEAD.match(line) or line.startswith("-----"):
            break
        if line:
            lines.append(line)
    return lines


def name_words(to: Address) -> list[str]:
    """The words of `to`'s name, the given name first ('Ames, Katherine' -> Katherine Ames)."""
    return given_first(full_name(to) or "")


def signed_name(to: Address, theirs: Iterable[Message]) -> str | None:
    """The name `to` signs their messages with, when it is a form of their own name: 'Kate'
    for Katherine Ames, 'Mary Ann' for Mary Ann Lee (whose first word alone is not it)."""
    words = name_words(to)
    for m in reversed(list(theirs)):
        signed = _signed(m.text) or _name_last(m.text)
        if signed is None:
            continue
        parts = signed.split()
        if len(parts) == 2:
            # "Mary Ann" of "Mary Ann Lee"; "Owen Sinclair" is a full name, greeted "Owen"
            if len(words) >= 3 and [p.lower() for p in parts] == [w.lower() for w in words[:2]]:
                return signed
            continue
        if _form_of(parts[0], words, to.email):
            return parts[0]
    return None


def role_mailbox(to: Address) -> bool:
    """An office's or a team's shared address, not one person's: office@, 'Castlebrook CS
    Office', 'Talent Acquisition Team'."""
    parts = re.split(r"[._+-]", to.email.split("@", 1)[0].lower())
    if any(_ROLE_LOCAL.fullmatch(p) or _ROLE_STEM.search(p) for p in parts):
        return True
    if len(parts) == 2 and all(p.isalpha() and len(p) >= 2 for p in parts):
        return False  # first.last@: one person, whatever the display name says
    return bool(_ROLE_NAME.search(to.name or ""))


def _signer(theirs: Iterable[Message]) -> str | None:
    """The full name signed under the latest message from a shared address ('Gillian Doyle')."""
    for m in reversed(list(theirs)):
        signed = _signed(m.text)
        if signed is not None and len(signed.split()) == 2:
            return signed
    return None


_WRITTEN_NAME = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}\b")


def written_given_name(to: Address, messages: Iterable[Message]) -> str | None:
    """The given name as the thread writes it, when the address runs it together: 'Ana Paula'
    for anapaula.reyes@ ('Ana Paula Reyes, VP de Clientes'), not the 'Anapaula' the address
    spells. None when the thread writes no such name."""
    local = to.email.split("@", 1)[0].lower()
    spelled = re.sub(r"[^a-z]", "", local)
    shown = re.sub(r"[^a-z]", "", (to.name or "").lower())
    if len(spelled) < 6 or (shown and shown != spelled):
        return None  # a display name of their own, not the address spelled out
    for m in messages:
        for found in _WRITTEN_NAME.finditer(m.text):
            words = found.group(0).split()
            if letters("".join(words)) == spelled and len(words) >= 3:
                return " ".join(words[:-1])
    return None


def title_used(name: str | None, messages: Iterable[Message]) -> str | None:
    """'Ms Kinsella' where the thread speaks of or to the person so ('Ms Kinsella asked me to
    let you know'): a register the note keeps."""
    name = name or ""
    if "," in name:  # "Mabry, Curtis W CIV DSRA": the surname before the comma
        family, _, given = name.partition(",")
        words = [*given.split()[:1], *family.split()[-1:]]
    else:
        words = name.split()
    if len(words) < 2:
        return None
    surname = words[-1]
    found = re.compile(
        rf"\b(Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Capt|Captain|{'|'.join(_FOREIGN_TITLES)})(\.?)\s+"
        rf"(?:{re.escape(words[0])}\s+)?(?:[A-Z]\.?\s+)?{re.escape(surname)}\b"
    )
    for m in messages:
        hit = found.search(m.text)
        if hit:
            title = _FOREIGN_TITLES.get(hit.group(1))
            return f"{title} {surname}" if title else f"{hit.group(1)}{hit.group(2)} {surname}"
    return None


# a title the thread gives in another language, as an English note says it ("Frau Kraus": Ms.)
_FOREIGN_TITLES = {
    "Frau": "Ms.",
    "Herr": "Mr.",
    "Mme": "Ms.",
    "Madame": "Ms.",
    "Monsieur": "Mr.",
    "Sra": "Ms.",
    "Señora": "Ms.",
    "Sr": "Mr.",
    "Señor": "Mr.",
}


def _titled(to: Address) -> str | None:
    """'Dr Sim' for a display name that starts with a title ('Dr Andrew Sim')."""
    words = (full_name(to) or "").split()
    if len(words) >= 2 and words[0].rstrip(".").lower() in _TITLES:
        return f"{words[0]} {words[-1]}"
    return None


def _signed(text: str) -> str | None:
    lines = [ln.strip() for ln in text.splitlines()]
    for i in range(len(lines) - 1, -1, -1):
        if _SIGN_OFF.match(lines[i]):
            rest = [ln for ln in lines[i + 1 :] if ln]
            if rest:
                found = _SIGNED.match(rest[0])
                return found.group(1) if found else None
            return None
    return None


# what a phone or a mail program adds under the writer's own last line
_DEVICE = re.compile(
    r"^(sent from|sent via|get outlook|envoyé de|envoyé depuis|enviado desde|enviado do|"
    r"von meinem|gesendet von)\b",
    re.IGNORECASE,
)


def _name_last(text: str) -> str | None:
    """A name alone on the last line of the writer's own words, with no sign-off above it, as
    friends sign ("À+\n\nMax", "see you then\nDan"); the device's footer is not a line of theirs."""
    lines = [ln for ln in _unquoted(text) if not _DEVICE.match(ln)]
    if len(lines) < 2:
        return None
    found = re.fullmatch(r"[-–—~\s]*([^\W\d_][\w'’-]*)\s*", lines[-1])
    return found.group(1) if found else None


def _form_of(word: str, name_words: list[str], email: str) -> bool:
    """`word` is a name of this person: a word of their name, the start of their address, or
    a short form of their first name ('Kate' of 'Katherine', 'Alex' of 'Alexandra')."""
    low = word.lower()
    if low in {w.lower().strip(",") for w in name_words}:
        return True
    local = re.split(r"[._-]", email.split("@", 1)[0])[0].lower()
    if len(low) >= 3 and local == low:
        return True
    first = name_words[0].lower() if name_words else ""
    return len(low) >= 3 and first.startswith(low[:3]) and len(low) < len(first)


def _opening(text: str) -> tuple[str, str] | None:
    for line in text.splitlines():
        if not line.strip():
            continue
        found = _OPENING.match(line)
        if found is None:
            bare = _BARE_OPENING.match(line)  # "Don," / "Mr. Schaefer,": no greeting word
            return ("", bare.group(1)) if bare else None
        word = found.group(1).capitalize()
        return ("Hi" if word == "Hey" else word), found.group(2).strip()
    return None


def _is_them(written: str, to: Address, name: str | None) -> bool:
    """The name in the user's greeting is this person's ('Dr. Osei', 'Kate'), not another's."""
    parts = written.replace(".", ". ").split()
    plain = [p for p in parts if p.rstrip(".").lower() not in _TITLES]
    if not plain or len(plain) > 2:
        return False
    words = name_words(to) + ([name] if name else [])
    return _form_of(plain[0], words, to.email) or (
        name is not None and plain[0].lower() == name.split()[0].lower()
    )


def _sign_off(messages: list[Message]) -> str | None:
    for m in reversed(messages):
        for line in reversed(m.text.splitlines()):
            found = _SIGN_OFF.match(line)
            if found:
                words = found.group(1)
                return words[0].upper() + words[1:].lower() + ","
    return None
