"""Who is who: the user, automated senders, the humans at a company, and the company's name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from publicsuffixlist import PublicSuffixList

from daemon.model import Address, Message, Thread

# Scheduler, ATS and notification services: they write on a company's behalf, nobody to thank.
SERVICE_DOMAINS = frozenset(
    {
        "calendly.com",
        "greenhouse.io",
        "greenhouse-mail.io",
        "us.greenhouse-mail.io",
        "lever.co",
        "hire.lever.co",
        "ashbyhq.com",
        "myworkday.com",
        "workday.com",
        "goodtime.io",
        "personio.de",
        "personio.com",
        "jobs.personio.de",
        "smartrecruiters.com",
        "icims.com",
        "jobvite.com",
        "teamtailor.com",
        "teamtailor-mail.com",
        "workable.com",
        "workablemail.com",
        "bamboohr.com",
        "successfactors.com",
        "taleo.net",
        "recruitee.com",
        "breezy.hr",
        "jazzhr.com",
        "paradox.ai",
        "linkedin.com",
        "indeed.com",
        "glassdoor.com",
        "zoom.us",
        "calendar.google.com",
        "doodle.com",
        "cronofy.com",
        "modernloop.io",
        "gem.com",
    }
)
# ICANN's suffixes only: a company's mail domain is never under a private one like github.io
_PSL = PublicSuffixList(only_icann=True)

_AUTOMATED_LOCAL = re.compile(
    r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|notify|mailer-daemon|postmaster|"
    r"bounces?|calendar-notification|invitations?|auto[-_.]?(reply|confirm)|alerts?|"
    r"news(letter)?|updates?|digest|billing|receipts?|orders?|estatements?|notices?)([-+.].*)?$"
)
# Personal mail providers: an address there says nothing about an employer. RFC 2606's example
# domains are reserved for documentation, where they stand for personal addresses.
PERSONAL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "ymail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "fastmail.com",
        "hey.com",
        "gmx.de",
        "gmx.net",
        "gmx.com",
        "web.de",
        "t-online.de",
        "posteo.de",
        "mailbox.org",
        "bigpond.com",
        "optusnet.com.au",
        "yandex.ru",
        "mail.ru",
        "qq.com",
        "163.com",
        # national providers and ISPs people keep for years
        "yahoo.co.uk",
        "yahoo.co.in",
        "yahoo.com.au",
        "yahoo.co.nz",
        "yahoo.ca",
        "yahoo.ie",
        "hotmail.co.uk",
        "hotmail.ca",
        "hotmail.fr",
        "live.co.uk",
        "live.ca",
        "live.com.au",
        "outlook.co.nz",
        "rediffmail.com",
        "xtra.co.nz",
        "slingshot.co.nz",
        "orcon.net.nz",
        "vodafone.co.nz",
        "clear.net.nz",
        "paradise.net.nz",
        "bigpond.net.au",
        "iinet.net.au",
        "tpg.com.au",
        "internode.on.net",
        "btinternet.com",
        "sky.com",
        "virginmedia.com",
        "talktalk.net",
        "ntlworld.com",
        "blueyonder.co.uk",
        "eircom.net",
        "rogers.com",
        "shaw.ca",
        "sympatico.ca",
        "telus.net",
        "videotron.ca",
        "comcast.net",
        "verizon.net",
        "att.net",
        "sbcglobal.net",
        "cox.net",
        "charter.net",
        "earthlink.net",
        "optonline.net",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "libero.it",
        "sapo.pt",
        "telkomsa.net",
        "mweb.co.za",
        "webmail.co.za",
        "wanadoo.fr",
        "sfr.fr",
        "neuf.fr",
        "bluewin.ch",
        "aon.at",
        "chello.at",
        "a1.net",
        "freenet.de",
        "arcor.de",
        "virgilio.it",
        "tiscali.it",
        "alice.it",
        "terra.es",
        "telefonica.net",
        "prodigy.net.mx",
        "uol.com.br",
        "bol.com.br",
        "terra.com.br",
        "ig.com.br",
        "netcabo.pt",
        "wp.pl",
        "o2.pl",
        "onet.pl",
        "interia.pl",
        "seznam.cz",
        "naver.com",
        "mail.com",
        "zoho.com",
        "tutanota.com",
        "tuta.io",
        "example.com",
        "example.net",
        "example.org",
    }
)
_ORG_NOISE = re.compile(
    r"\s*(\bvia\b.*|\b(recruiting|recruitment|careers?|talent( acquisition)?( team)?|"
    r"people team|hiring team|jobs|hr)\b.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Identity:
    """The user's own addresses."""

    emails: frozenset[str]
    employer_domains: frozenset[str] = frozenset()  # the current job: never job search
    name: str = ""  # the user's name, to tell family (the same surname) from contacts
    # the organisation the user's own signature names: threads with only its people are the
    # user's current job (inferred, so weighed, not absolute like employer_domains)
    colleague_domains: frozenset[str] = frozenset()

    def is_me(self, address: Address | str | None) -> bool:
        if address is None:
            return False
        value = address if isinstance(address, str) else address.email
        return value.lower() in self.emails

    def sent_by_me(self, msg: Message) -> bool:
        """From one of the user's addresses, or found in their Sent folder (an alias)."""
        return msg.in_sent_folder or self.is_me(msg.sender)


def organisation_in(display_name: str) -> str:
    """The organisation a service's display name writes for: "Acme Robotics Recruiting" and
    "Acme Robotics via Greenhouse" give "Acme Robotics"."""
    return _ORG_NOISE.sub("", display_name).strip(" -–—|,")


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower()


def is_service_domain(domain: str) -> bool:
    """A scheduler, ATS or notification service's domain, or a subdomain of one."""
    parts = domain.lower().split(".")
    return any(".".join(parts[i:]) in SERVICE_DOMAINS for i in range(len(parts) - 1))


def is_automated_address(address: str) -> bool:
    """No-reply, ATS, scheduler and notification addresses: never a person to write to."""
    local, _, domain = address.lower().partition("@")
    return bool(_AUTOMATED_LOCAL.match(local)) or is_service_domain(domain)


# the big providers under every country's suffix: gmx.at, yahoo.es, hotmail.it, outlook.com.br
_PROVIDERS = frozenset(
    {"gmail", "googlemail", "gmx", "hotmail", "outlook", "live", "yahoo", "ymail", "aol", "icloud"}
)


def is_personal_domain(domain: str) -> bool:
    """Mail people keep for themselves, not an organisation's: gmail.com, gmx.at, orange.fr."""
    labels = name_labels(domain)
    return domain in PERSONAL_DOMAINS or (len(labels) == 1 and labels[0] in _PROVIDERS)


def org_label(domain: str) -> str:
    """The name-bearing label of a domain, the one just left of its public suffix:
    'tidewater' for careers.tidewater.com.au, 'qmes' for qmes.qld.gov.au."""
    parts = name_labels(domain)
    return parts[-1] if parts else domain.lower()


@cache
def name_labels(domain: str) -> tuple[str, ...]:
    """The labels of a domain left of its public suffix (the Public Suffix List's, so
    'qld.gov.au', 'gc.ca' and 'co.uk' count as one suffix): ('careers', 'tidewater') for
    careers.tidewater.com.au; empty when the domain is a suffix itself."""
    domain = domain.lower().strip(".")
    suffix = _PSL.publicsuffix(domain) or domain.rpartition(".")[2]
    if domain == suffix or not domain.endswith("." + suffix):
        return ()
    return tuple(domain[: -len(suffix) - 1].split("."))


def first_name(address: Address) -> str | None:
    """A name to greet someone by: the display name's first word, else from first.last@."""
    if address.name:
        name = address.name.strip().strip('"')
        if "," in name:  # "Lund, Henrik"
            name = name.split(",", 1)[1]
        words = name.split()
        parts = re.split(r"[._-]", address.email.split("@", 1)[0].lower())
        # "Chong Li Ting" <liting.chong@>: the family name first, as the address shows
        if (
            len(words) >= 3
            and len(parts) == 2
            and words[0].lower() == parts[1]
            and "".join(words[1:]).lower() == parts[0]
        ):
            return " ".join(words[1:])
        # "Ma. Lourdes Santiago": an abbreviated first name is not the one to greet
        if len(words) >= 3 and re.fullmatch(r"[^\W\d_]{1,3}\.", words[0]):
            words = words[1:]
        word = words[0] if words else ""
        if word and word[0].isalpha() and not is_automated_address(address.email):
            return word
    local = address.email.split("@", 1)[0]
    parts = re.split(r"[._-]", local)
    if len(parts) >= 2 and parts[0].isalpha() and len(parts[0]) > 1:
        return parts[0].capitalize()
    return None


def full_name(address: Address) -> str | None:
    if address.name and not is_automated_address(address.email):
        return address.name.strip().strip('"')
    local = address.email.split("@", 1)[0]
    parts = [p for p in re.split(r"[._-]", local) if p.isalpha()]
    if len(parts) >= 2:
        return " ".join(p.capitalize() for p in parts)
    return None


def name_pattern(name: str, flags: int = 0) -> re.Pattern[str] | None:
    """A full name as a pattern (its words, any white space between), when it has two words or
    more; None for a single word."""
    words = name.split()
    if len(words) < 2:
        return None
    return re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", flags)


def signed_employer(signatures: Iterable[str], domains: Iterable[str]) -> frozenset[str]:
    """The domains of the organisation the user names in their own signature ("Rachel Ong |
    Regional Marketing Manager | Brightwell Nutrition" -> brightwellnutrition.com): a
    domain's name-bearing label spelled by a phrase of the signature."""
    phrases: set[str] = set()
    for signature in signatures:
        for line in signature.split("\n")[:6]:
            for part in re.split(r"\s*[|,·•–—]\s*|\s+(?:at|@)\s+", line):
                squashed = re.sub(r"[^a-z0-9]", "", part.lower())
                if 4 <= len(squashed) <= 40:
                    phrases.add(squashed)
    out = set()
    for domain in set(domains):
        if is_personal_domain(domain) or is_service_domain(domain):
            continue
        label = re.sub(r"[^a-z0-9]", "", org_label(domain))
        if len(label) >= 4 and any(p == label or p.startswith(label) for p in phrases):
            out.add(domain)
    return frozenset(out)


def company_name(thread: Thread, me: Identity, domains: Iterable[str]) -> str | None:
    """The company a thread is with: its name as written in the thread, else from the domain."""
    counts = Counter(d for d in domains if not is_personal_domain(d) and not is_service_domain(d))
    text = "\n".join(
        [m.subject for m in thread.messages]
        + [m.text for m in thread.messages]
        + [a.name or "" for m in thread.messages for a in _everyone(m)]
    )
    for domain, _ in counts.most_common():
        found = _name_in_text(org_label(domain), text)
        if found:
            return found
    # an ATS or scheduler writing for the company names it in the display name
    # ("Tallgrass Health <no-reply@...>", "Tidewater Insurance via GoodTime"), unless the
    # name is only the service's own ("Calendly") or a person's, who writes from an address
    # of their own too (a recruiter's name on a Greenhouse notice)
    people = {
        (m.sender.name or "").lower()
        for m in thread.messages
        if m.sender and not is_automated_address(m.sender.email)
    }
    for msg in thread.messages:
        sender = msg.sender
        if sender and not me.is_me(sender) and is_automated_address(sender.email):
            name = _ORG_NOISE.sub("", sender.name or "").strip()
            service = org_label(domain_of(sender.email)).replace("-", "")
            if (
                name
                and name.lower().replace(" ", "") not in (service, service.split("mail")[0])
                and name.lower() not in people
            ):
                return name
    if counts:
        label = org_label(counts.most_common(1)[0][0])
        return " ".join(w.capitalize() for w in re.split(r"[-_]", label))
    return None


def _everyone(msg: Message) -> tuple[Address, ...]:
    return ((msg.sender,) if msg.sender else ()) + msg.recipients() + msg.reply_to


_CAPS = re.compile(r"[A-ZÄÖÜ][\w’'.]*(?:(?:\s+|\s*[&·-]\s*)(?:[A-ZÄÖÜ&][\w’'.]*|and|und))*")


def _name_in_text(label: str, text: str) -> str | None:
    """The capitalised phrase whose letters spell the domain's label ('Harbor & Pine')."""
    want = re.sub(r"[^a-z0-9]", "", label)
    if len(want) < 3:
        return None
    best: str | None = None
    for m in _CAPS.finditer(text):
        words = re.split(r"(\s+|\s*[&·-]\s*)", m.group(0))
        # try every run of words inside the capitalised phrase
        tokens = [w for w in words if w.strip()]
        for i in range(len(tokens)):
            for j in range(i + 1, min(len(tokens), i + 5) + 1):
                run = tokens[i:j]
                letters = re.sub(
                    r"[^a-z0-9]", "", "".join("and" if t.strip() == "&" else t for t in run).lower()
                )
                if letters == want or (
                    letters.startswith(want)
                    and j - i > 1
                    and letters[len(want) :].isalpha()
                    and best is None
                ):
                    phrase = " ".join(t.strip() for t in run).replace(" & ", " & ")
                    phrase = re.sub(r"\s+", " ", phrase).strip(" .·-")
                    if letters == want:
                        return phrase
                    best = phrase
    return best
