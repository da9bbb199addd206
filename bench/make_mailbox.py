#!/usr/bin/env python3
"""Synthetic Maildir++ mailboxes for followupd: a few job-search threads hidden in everyday mail.

`generate()` writes an INBOX (root/{cur,new,tmp}) and a Sent folder (root/.Sent/...) for one
fictional user: recruiter outreach, plain-email scheduling, Google and Outlook invites (some
moved, some cancelled), scheduler confirmations, thank-you notes (some never sent), dated
promises (some broken), rejections and networking coffees, buried in newsletters, receipts,
family mail and meetings at the user's current job. Everything derives from the seed, so the same
arguments give byte-identical files. Standard library only; all people and companies are invented.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

FIRST = [
    "Aditi",
    "Bram",
    "Carmen",
    "Dario",
    "Elena",
    "Farid",
    "Greta",
    "Hugo",
    "Imani",
    "Jonah",
    "Keiko",
    "Lars",
    "Mirela",
    "Nikhil",
    "Odette",
    "Pablo",
    "Quinn",
    "Rosalind",
    "Soren",
    "Tamsin",
    "Umar",
    "Vera",
    "Wendell",
    "Xiomara",
    "Yusuf",
    "Zadie",
    "Caleb",
    "Delphine",
    "Emeka",
    "Fiona",
    "Gideon",
    "Hana",
    "Ivo",
    "Jolene",
    "Kofi",
    "Leonie",
    "Mateo",
    "Noor",
    "Orla",
    "Petra",
    "Rafael",
    "Signe",
    "Teodor",
    "Wren",
    "Yara",
    "Zoë",
    "José",
    "Inés",
    "Renée",
    "Bastian",
    "Celeste",
    "Desmond",
]
LAST = [
    "Abernathy",
    "Baptiste",
    "Castellanos",
    "Duquesne",
    "Ellwood",
    "Fairbanks",
    "Gallardo",
    "Holloway",
    "Ishikawa",
    "Janssen",
    "Kowalczyk",
    "Lindgren",
    "Novak",
    "Oyelaran",
    "Pemberton",
    "Quintero",
    "Rasmussen",
    "Szabo",
    "Thorne",
    "Underhill",
    "Valdés",
    "Whitcombe",
    "Yamada",
    "Zielinski",
    "Brandt",
    "Calloway",
    "Dimitriou",
    "Eriksen",
    "Fontaine",
    "Hargreaves",
    "Iqbal",
    "Jaramillo",
    "Kaur",
    "Lacroix",
    "Moreau",
    "Nakagawa",
    "Okonkwo",
    "Petrov",
    "Rinaldi",
    "Sandoval",
    "Tanaka",
    "Vasquez",
    "Winslow",
    "Achterfeld",
    "Mbatha",
]
CO_A = [
    "Acme",
    "Birchwood",
    "Copperline",
    "Driftwood",
    "Emberly",
    "Foxglove",
    "Granite",
    "Halcyon",
    "Ironleaf",
    "Juniper",
    "Kestrel",
    "Larkspur",
    "Marigold",
    "Nimbus",
    "Orchardline",
    "Pinecrest",
    "Quarrystone",
    "Redfern",
    "Saltmarsh",
    "Thistle",
    "Umberfield",
    "Vantage",
    "Willowmere",
    "Yarrow",
    "Zephyr",
    "Bluefin",
    "Cinderpath",
    "Dovetail",
]
CO_B = [
    "Robotics",
    "Analytics",
    "Health",
    "Logistics",
    "Labs",
    "Software",
    "Insurance",
    "Energy",
    "Systems",
    "Foods",
    "Mobility",
    "Freight",
    "Media",
    "Bank",
]
ROLES = [
    "Operations Analyst",
    "Senior Operations Analyst",
    "Business Intelligence Analyst",
    "Supply Chain Planner",
    "Product Operations Manager",
    "Data Analyst II",
    "Program Manager, Fulfillment",
    "Analytics Engineer",
    "Revenue Operations Analyst",
    "Logistics Analyst",
    "Network Planning Analyst",
    "Customer Insights Analyst",
]
ZONES = ["America/New_York", "America/Denver", "America/Los_Angeles"]
WINDOWS_TZID = {
    "America/Chicago": "Central Standard Time",
    "America/New_York": "Eastern Standard Time",
    "America/Denver": "Mountain Standard Time",
    "America/Los_Angeles": "Pacific Standard Time",
    "Europe/Berlin": "W. Europe Standard Time",
    "Europe/London": "GMT Standard Time",
}
CAFES = [
    "Lantern Roasters",
    "the Brass Owl Café",
    "Fig & Thistle",
    "Third Shift Coffee",
    "the Copper Kettle",
    "Gristmill Bakery",
]
SCHEDULERS = [
    ("Calendly", "no-reply@calendly.com"),
    ("Ashby", "no-reply@ashbyhq.com"),
    ("Greenhouse", "no-reply@us.greenhouse-mail.io"),
    ("GoodTime", "no-reply@goodtime.io"),
]
EMPLOYER = ("Lakeshore Parcel Co.", "lakeshore-parcel.example")
REJECT = [
    "Thank you for the time you spent with us. After a lot of discussion we have decided to "
    "move forward with another candidate whose experience is closer to what the team needs "
    "right now.",
    "I wanted to tell you personally that we won't be moving ahead with your "
    "application. It was a close call, and I'd be glad to keep in touch for future openings.",
    "Unfortunately the team has chosen a different candidate for this role. We appreciated "
    "your thoughtful answers and wish you the best in your search.",
]
NEXT = [
    "Good news: the team would like to bring you back for a final conversation. I'll send a "
    "few options shortly.",
    "Quick update as promised: you're through to the next round, and "
    "the hiring manager will reach out about a case exercise.",
]
PROMISE = [
    "I'll get back to you by {d} with next steps.",
    "We expect to make a decision by {d}.",
    "You'll hear from me by {d} at the latest.",
    "I'll update you by end of day {d}.",
    "We plan to share next steps by {d}.",
]
THANKS = [
    "Thank you for taking the time to speak with me {w}. I enjoyed hearing about {t}, and it "
    "made me even more excited about the {r} role.",
    "Thanks so much for the conversation "
    "{w}. Learning how the team approaches {t} was really helpful, and I'd love to "
    "contribute to it.",
    "I really appreciated your time {w}; thank you. Our discussion of "
    "{t} stayed with me, and I'm very interested in the {r} position.",
    "Thank you for the coffee {w}! Your advice about {t} gave me a lot to think about.",
]
TOPICS = [
    "the carrier onboarding backlog",
    "forecasting for the weekly plan",
    "the move to a new warehouse system",
    "the returns dashboard",
    "on-time delivery metrics",
    "the regional expansion",
]
NEWSLETTERS = [
    (
        "The Ops Ledger",
        "ledger@opsledger.example",
        ["warehouse slotting", "carrier scorecards", "peak-season staffing", "dock scheduling"],
    ),
    (
        "Chart & Query Weekly",
        "digest@chartquery.example",
        ["window functions", "dashboard hygiene", "forecast error", "cohort tables"],
    ),
    (
        "Neighborhood Notes",
        "news@northside-notes.example",
        ["the farmers market", "street sweeping", "the library sale", "a new bike lane"],
    ),
    (
        "Trailhead Outfitters",
        "news@trailhead-outfitters.example",
        ["rain shells", "trail runners", "spring camping", "our repair program"],
    ),
    (
        "Morning Manifest",
        "hello@morningmanifest.example",
        ["port congestion", "rail rates", "last-mile robots", "fuel surcharges"],
    ),
    (
        "Stovetop Stories",
        "recipes@stovetop.example",
        ["weeknight soups", "sheet-pan dinners", "sourdough", "spring salads"],
    ),
]
SHOPS = [
    ("Pantry Box", "orders@pantrybox.example", ["oat milk (2)", "coffee beans", "rice"]),
    ("Volt & Wire", "no-reply@voltandwire.example", ["USB-C cable", "desk lamp"]),
    ("Paperleaf Books", "receipts@paperleaf.example", ["a paperback", "a gift card"]),
    ("CityRide", "no-reply@cityride.example", ["ride to the airport", "ride downtown"]),
]
NOTICES = [
    ("Lakeview Credit Union", "alerts@lakeview-cu.example", "Your statement is ready"),
    ("Gridline Power", "billing@gridline-power.example", "Payment received – thank you"),
    ("ParcelPeek", "updates@parcelpeek.example", "Your package is out for delivery"),
]
# Conversations: (subject, turns); the other side writes first, then the user, and so on.
FAMILY = [
    (
        "Sunday dinner?",
        [
            "Are you free for dinner on Sunday at 6? Papá is making his lentil soup.",
            "Yes! I'll bring bread and something sweet.",
            "Perfect. Come early if you can, the hallway light needs fixing.",
        ],
    ),
    (
        "Photos from the cabin",
        [
            "I finally sorted the photos from the cabin weekend: "
            "https://photos.example.com/a/cabin – the dog in the canoe is my favorite.",
            "These are wonderful, thank you! Printing the canoe one for my desk.",
        ],
    ),
    (
        "Present for Abuela",
        [
            "Any ideas for Abuela's birthday? I'll let you know by Friday "
            "what I ordered so we don't double up.",
            "Maybe the big-print crossword books? She finished the last batch in a week.",
            "Good idea. Ordering two.",
        ],
    ),
    (
        "Flight on the 21st",
        [
            "My flight lands at 4:15 pm on the 21st. Could you pick me up, "
            "or should I take the train?",
            "I'll pick you up – text me when you land.",
        ],
    ),
]
FRIENDS = [
    (
        "Trivia night?",
        [
            "Trivia at the Rusty Anchor on Thursday? We need someone who knows geography.",
            "Count me in, I'll be there around 7:30.",
            "Legend.",
        ],
    ),
    (
        "Book club – next pick",
        [
            "Next month's pick is a 600-page novel, sorry in advance. Meeting at mine as usual.",
            "Ha, starting tonight. Can I bring anything?",
        ],
    ),
    (
        "Moving help",
        [
            "Any chance you could carry boxes on Saturday morning? Pizza and "
            "eternal gratitude on offer.",
            "Sure, what time?",
            "Nine-ish? The van is ours until noon.",
        ],
    ),
    (
        "Climbing this week",
        ["Gym on Wednesday after work?", "Can't this week – rain check for next Wednesday?"],
    ),
]
WORK = [
    (
        "Weekly volume report",
        [
            "The weekly volume report shows a dip at the south hub – did "
            "the scanner feed drop on Tuesday?",
            "It missed about four hours. I've backfilled it and the numbers are corrected.",
            "Great, thanks for the quick turnaround.",
        ],
    ),
    (
        "Carrier invoice mismatch",
        [
            "Finance flagged a mismatch between carrier invoices and "
            "our shipment counts for last month. Could you look before month-end close?",
            "On it – I'll have a reconciliation sheet by Thursday.",
        ],
    ),
    (
        "Dock 3 scanner outage",
        [
            "Heads-up: dock 3 scanners are down again, so expect gaps in today's dwell-time data.",
            "Thanks for flagging, I'll annotate the dashboard.",
        ],
    ),
    (
        "Budget numbers",
        [
            "Finance is still finalizing the budget; I'll get back to you by "
            "Friday with the numbers you asked for.",
            "Thanks, no rush.",
        ],
    ),
    (
        "Draft: Q2 staffing model",
        [
            "Some thoughts on the Q2 staffing model below. I'm mostly "
            "worried about the overtime assumptions.",
            "Agree on overtime. I'd also stress-test absenteeism.",
            "Good call, adding a scenario.",
        ],
    ),
]
# "Interview panel" is a trap on purpose: the user interviews others at their current job.
MEETINGS = [
    "Ops weekly sync",
    "Q2 planning review",
    "Peak season retro",
    "Carrier scorecard review",
    "Interview panel – shift supervisor candidates",
    "1:1",
]


class _Past(Exception):
    """A message would be dated after `now`: the story stops there."""


@dataclass(frozen=True)
class P:
    """A person with an address, writing from time zone `tz` ('' for the user's)."""

    name: str
    email: str
    title: str = ""  # "ROOM" marks a meeting room in an invite
    tz: str = ""

    @property
    def first(self) -> str:
        return self.name.split()[0]


@dataclass(frozen=True)
class Co:
    """An invented company on a reserved domain, with its mail system and home time zone."""

    name: str
    domain: str
    client: str  # "google" or "outlook": Message-IDs, invites and quoting look like it
    tz: str

    @property
    def quote(self) -> str:
        return "outlook" if self.client == "outlook" else "gmail"


@dataclass
class Thread:
    """Linking state: the Message-IDs so far, and the last message (to quote it)."""

    subject: str
    job: bool
    ids: list[str] = field(default_factory=list)
    last: tuple[P, datetime, str] | None = None


@dataclass
class Meet:
    """A job-search meeting, and which of the people met were thanked after it began."""

    start: datetime
    end: datetime
    people: list[str]
    cancelled: bool = False
    moved: bool = False
    thanked: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Promise:
    """Someone at `domain` said, at `made`, they would be back in touch by the end of `day`."""

    domain: str
    made: datetime
    day: date


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _bday(d: date, n: int) -> date:
    """The n-th business day after d (weekends skipped)."""
    while n > 0:
        d += timedelta(days=1)
        n -= d.weekday() < 5
    return d


def _day(d: date | datetime) -> str:
    return f"{d:%A}, {d:%B} {d.day}"  # Thursday, March 12


def _clock(t: datetime) -> str:
    return f"{t.hour % 12 or 12}:{t:%M} {'am' if t.hour < 12 else 'pm'}"  # 8:30 am


def _gclock(t: datetime) -> str:
    return f"{t.hour % 12 or 12}{f':{t:%M}' if t.minute else ''}{'am' if t.hour < 12 else 'pm'}"


def _hdr(msg: EmailMessage, name: str, value: str) -> None:
    """Set a header. ASCII values are folded here at spaces and stored as they are: the library's
    header parser is its slowest part, and its folding of long ASCII values is odd (it can move
    the whole value to a continuation line). Other values need its RFC 2047 encoding."""
    if not value.isascii():
        msg[name] = value
        return
    lines, line = [], f"{name}:"
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line != f"{name}:":
            lines.append(line)
            line = ""
        line += " " + word
    msg.set_raw(name, "\n".join([*lines, line])[len(name) + 2 :])


def _fold(line: str) -> list[str]:
    """RFC 5545 folding: at most 75 octets a line, never splitting a UTF-8 character."""
    parts, cur, size, limit = [], "", 0, 75
    for ch in line:
        n = len(ch.encode())
        if size + n > limit:
            parts.append(cur)
            cur, size, limit = "", 0, 74  # continuation lines start with a space
        cur, size = cur + ch, size + n
    return [parts[0], *(" " + p for p in parts[1:]), " " + cur] if parts else [cur]


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _off(td: timedelta | None) -> str:
    s = int((td or timedelta()).total_seconds())
    return f"{'-' if s < 0 else '+'}{abs(s) // 3600:02d}{abs(s) % 3600 // 60:02d}"


_VTZ: dict[tuple[str, int, str], list[str]] = {}


def _vtimezone(zone: str, year: int, tzid: str) -> list[str]:
    """A VTIMEZONE with the real onsets of last year and this one, found by probing zoneinfo
    (an RRULE cannot be derived in general; dated onsets are valid RFC 5545)."""
    if (zone, year, tzid) in _VTZ:
        return _VTZ[(zone, year, tzid)]
    tz, lines = ZoneInfo(zone), ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    t = datetime(year - 1, 1, 1, tzinfo=UTC)
    prev, found = t.astimezone(tz).utcoffset(), False
    while t.year <= year:
        step = t + timedelta(hours=1)
        cur = step.astimezone(tz).utcoffset()
        if cur != prev:
            kind = "DAYLIGHT" if step.astimezone(tz).dst() else "STANDARD"
            onset = (step + (prev or timedelta())).replace(tzinfo=None)  # local, old offset
            lines += [
                f"BEGIN:{kind}",
                f"TZOFFSETFROM:{_off(prev)}",
                f"TZOFFSETTO:{_off(cur)}",
                f"TZNAME:{step.astimezone(tz).tzname()}",
                f"DTSTART:{onset:%Y%m%dT%H%M%S}",
                f"END:{kind}",
            ]
            prev, found = cur, True
        # a day at a time, hour by hour only across a change
        t = step if (t + timedelta(days=1)).astimezone(tz).utcoffset() != prev else t + timedelta(1)
    if not found:
        lines += [
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{_off(prev)}",
            f"TZOFFSETTO:{_off(prev)}",
            "DTSTART:19700101T000000",
            "END:STANDARD",
        ]
    _VTZ[(zone, year, tzid)] = lines = lines + ["END:VTIMEZONE"]
    return lines


class _Gen:
    """One mailbox being made: the random stream, the clock, and what was written so far."""

    def __init__(self, seed: int, now: datetime, user: dict[str, Any]) -> None:
        self.rng, self.now, self.seed = random.Random(seed), now, seed
        self.tzname = user["timezone"]
        self.tz = ZoneInfo(self.tzname)
        self.me = P(user["name"], user["emails"][0], tz=self.tzname)
        self.phone, self.home = user["phone"], self.me.email.rsplit("@", 1)[1]
        self.mails: list[tuple[datetime, int, bool, bool, bytes]] = []  # when, n, sent, unread
        self.ids: set[str] = set()
        self.threads: list[Thread] = []
        self.meets: list[Meet] = []
        self.promises: list[Promise] = []
        self.heard: list[tuple[str, datetime]] = []  # (sender's domain, date) of incoming mail
        self.names: set[str] = {self.me.name}
        self.firsts: set[str] = {self.me.first}
        self.bags: dict[str, list[tuple[str, list[str]]]] = {}
        self.cos: list[tuple[str, str]] = []  # companies not used yet, in random order
        self.prefixes: set[str] = set()
        self.rounds = 0
        self.crew = [self.person(EMPLOYER[1], t) for t in ("Director", "Analyst", "Planner")]
        last = user["name"].split()[-1]
        self.family = [
            P(f"{f} {last}", f"{_ascii(f)}.{_ascii(last)}@{d}")
            for f, d in (("Lucía", "example.com"), ("Marco", "example.org"))
        ]
        self.friends = [
            self.person(self.rng.choice(["example.com", "example.org"])) for _ in range(4)
        ]

    # --- people and time ----------------------------------------------------------------
    def person(self, domain: str, title: str = "", tz: str = "") -> P:
        """A new invented person, their name unique in this mailbox."""
        for attempt in range(10_000):  # a first name not used yet, while there are some
            first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            name = f"{first} {last}"
            if name not in self.names and (first not in self.firsts or attempt > 40):
                break
        self.names.add(name)
        self.firsts.add(first)
        return P(name, ".".join(map(_ascii, name.split())) + "@" + domain, title, tz or self.tzname)

    def company(self) -> Co:
        """A company not met before; its first word is new too while there are new ones."""
        while True:
            if not self.cos:  # all used: another round, told apart by the domain
                self.rounds += 1
                self.cos = [(a, b) for a in CO_A for b in CO_B]
                self.rng.shuffle(self.cos)
            a, b = self.cos.pop()
            if a not in self.prefixes or len(self.prefixes) == len(CO_A):
                break
        self.prefixes.add(a)
        dom = f"{a}-{b}".lower() + (f"-{self.rounds}" if self.rounds > 1 else "")
        return Co(
            f"{a} {b}",
            dom + self.rng.choice([".example", ".example", ".test"]),
            self.rng.choice(["google", "outlook"]),
            self.rng.choice([self.tzname] * 2 + ZONES),
        )

    def at(self, d: date, lo: float = 9, hi: float = 17.5, tz: str = "") -> datetime:
        """A moment on day d between lo and hi o'clock local time, to the minute."""
        m = self.rng.randint(int(lo * 60), int(hi * 60))
        return datetime.combine(d, time(m // 60, m % 60), ZoneInfo(tz or self.tzname))

    def later(self, t: datetime, lo_h: float, hi_h: float) -> datetime:
        """A moment lo_h..hi_h hours after t; at night or on a weekend, the next weekday morning."""
        t = (t + timedelta(hours=self.rng.uniform(lo_h, hi_h))).astimezone(self.tz)
        if t.hour < 7 or t.hour >= 21 or t.weekday() >= 5:
            d = t.date() + timedelta(days=t.hour >= 21)
            while d.weekday() >= 5:
                d += timedelta(days=1)
            t = self.at(d, 8, 10)
        return t.replace(second=0, microsecond=0)

    def slot(self, after: datetime, lo: int, hi: int, hours: tuple[float, ...]) -> datetime:
        """A meeting start on a weekday lo..hi days after `after`, at one of `hours`."""
        d = after.astimezone(self.tz).date() + timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        h = self.rng.choice(hours)
        return datetime.combine(d, time(int(h), int(h % 1 * 60)), self.tz)

    def mid(self, who: P, when: datetime, style: str) -> str:
        """A new Message-ID in the style of the sender's mail system."""
        while True:
            h, dom = f"{self.rng.getrandbits(96):024x}", who.email.rsplit("@", 1)[1]
            m = {
                "outlook": f"<{h[:20].upper()}@SA1PR{h[20:22]}MB{h[:4]}.namprd11.prod.outlook.com>",
                "google": f"<CA{h}{h[::-1][:12]}@mail.gmail.com>",
                "cal": f"<calendar-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:]}@google.com>",
                "auto": f"<{when.astimezone(UTC):%Y%m%d%H%M%S}.{h[:20]}@{dom}>",
            }.get(style, f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:]}@mail.{dom}>")
            if m not in self.ids:
                self.ids.add(m)
                return m

    # --- one message --------------------------------------------------------------------
    def emit(
        self,
        th: Thread,
        frm: P,
        to: list[P],
        when: datetime,
        body: str,
        *,
        cc: tuple[P, ...] = (),
        subject: str = "",
        style: str = "",
        htm: bool = False,
        cal: tuple[str, str] | None = None,
        cal_style: str = "",
        pdf: bool = False,
        headers: tuple[tuple[str, str], ...] = (),
        reply_to: P | None = None,
        quote: str = "gmail",
    ) -> datetime:
        """Write one message into the thread, as a reply to its last message (quoted unless
        `quote` is empty), and return its date. Raises _Past if that would be after `now`."""
        if when > self.now:
            raise _Past
        sent, msg = frm.email == self.me.email, EmailMessage(policy=POLICY)
        when = when.astimezone(ZoneInfo(frm.tz or self.tzname))
        if not sent:
            dom, ip = frm.email.rsplit("@", 1)[1], self.rng.randint(2, 250)
            got = (when + timedelta(seconds=self.rng.randint(3, 50))).astimezone(self.tz)
            _hdr(msg, "Return-Path", f"<{frm.email}>")
            _hdr(msg, "Delivered-To", self.me.email)
            _hdr(
                msg,
                "Received",
                f"from mail-{ip:02x}.{dom} (mail-{ip:02x}.{dom} "
                f"[198.51.100.{ip}]) by mx1.{self.home} (Postfix) with ESMTPS id "
                f"{self.rng.getrandbits(40):010X} for <{self.me.email}>; {format_datetime(got)}",
            )
            self.heard.append((dom, when))
        _hdr(msg, "From", str(Address(frm.name, addr_spec=frm.email)))
        _hdr(msg, "To", ", ".join(str(Address(p.name, addr_spec=p.email)) for p in to))
        if cc:
            _hdr(msg, "Cc", ", ".join(str(Address(p.name, addr_spec=p.email)) for p in cc))
        if reply_to:
            _hdr(msg, "Reply-To", str(Address(reply_to.name, addr_spec=reply_to.email)))
        _hdr(msg, "Subject", subject or (f"Re: {th.subject}" if th.ids else th.subject))
        _hdr(msg, "Date", format_datetime(when))
        _hdr(msg, "Message-ID", mid := self.mid(frm, when, style))
        if th.ids:
            _hdr(msg, "In-Reply-To", th.ids[-1])
            _hdr(msg, "References", " ".join(th.ids))
        for k, v in headers + ((("User-Agent", "Example Webmail 5.1"),) if sent else ()):
            _hdr(msg, k, v)
        full = body
        if quote and th.last:
            who, t, text = th.last[0], th.last[1].astimezone(self.tz), th.last[2]
            if quote == "outlook":
                full += (
                    f"\n\n________________________________\nFrom: {who.name} <{who.email}>\n"
                    f"Sent: {_day(t)}, {t.year} {_clock(t).upper()}\nSubject: {th.subject}"
                    f"\n\n{text}"
                )
            else:
                quoted = "\n".join(
                    ">" + (" " + ln if ln and ln[0] != ">" else ln) for ln in text.splitlines()[:80]
                )
                full += (
                    f"\n\nOn {t:%a, %b} {t.day}, {t.year} at {_clock(t).upper()} {who.name} "
                    f"<{who.email}> wrote:\n{quoted}"
                )
        msg.set_content(full)
        if htm:
            paras = "".join(
                "<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n"
                for p in body.split("\n\n")
            )
            msg.add_alternative(
                f'<!DOCTYPE html>\n<html><body style="font-family:Arial">\n{paras}</body></html>\n',
                subtype="html",
            )
        if cal and cal_style in ("google", "outlook"):  # inline, as calendar clients send it
            msg.add_alternative(
                cal[1].replace("\r\n", "\n"), subtype="calendar", params={"method": cal[0]}
            )
            if cal_style == "google":
                msg.add_attachment(cal[1].encode(), "application", "ics", filename="invite.ics")
        elif cal:  # schedulers and clinics attach the file instead
            msg.add_attachment(
                cal[1].encode(),
                "text",
                "calendar",
                params={"method": cal[0]},
                filename="appointment.ics" if cal[0] == "PUBLISH" else "invite.ics",
            )
        if pdf:
            first, last = self.me.name.split()[0], self.me.name.split()[-1]
            name = self.rng.choice(
                ["{f}_{l}_Resume.pdf", "{l}_{f}_CV_2026.pdf", "{f} {l} - Résumé.pdf"]
            ).format(f=first, l=last)
            msg.add_attachment(self.pdf(), "application", "pdf", filename=name)
        for i, part in enumerate(msg.walk()):
            if part is not msg:
                del part["MIME-Version"]  # the library repeats it on every part; mailers don't
            if part.is_multipart():  # fixed boundaries: the library would draw random ones
                part.set_boundary(f"----=_Part_{i}_{self.rng.getrandbits(64):016x}")
        th.ids.append(mid)
        th.last = (frm, when, full)
        if len(th.ids) == 1:
            self.threads.append(th)
        unread = not sent and self.now - when < timedelta(hours=30) and self.rng.random() < 0.6
        self.mails.append((when, len(self.mails), sent, unread, msg.as_bytes()))
        return when

    def pdf(self) -> bytes:
        """A few KB that look like a one-page PDF to anything that sniffs the header."""
        blob = self.rng.randbytes(self.rng.randint(1800, 4200))
        return (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"3 0 obj\n<< /Length " + str(len(blob)).encode() + b" /Filter /FlateDecode >>\n"
            b"stream\n" + blob + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        )

    def ics(
        self,
        method: str,
        uid: str,
        seq: int,
        start: datetime,
        end: datetime,
        summary: str,
        org: P,
        people: list[P],
        *,
        style: str,
        where: str = "",
        note: str = "",
        stamp: datetime | None = None,
        rrule: str = "",
    ) -> tuple[str, str]:
        """(METHOD, VCALENDAR text) as Google, Outlook (Windows zone names) or a scheduler (UTC)
        writes it; the user is an attendee who has yet to answer, except in their REPLY."""
        prod = {
            "google": "-//Google Inc//Google Calendar 70.9054//EN",
            "outlook": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        }.get(style, "-//Example//EN")
        lines = [
            "BEGIN:VCALENDAR",
            f"PRODID:{prod}",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            f"METHOD:{method}",
        ]
        zone = org.tz or self.tzname
        if style in ("google", "outlook"):
            tzid = WINDOWS_TZID.get(zone, zone) if style == "outlook" else zone
            lines += _vtimezone(zone, start.year, tzid)
            q = f'"{tzid}"' if " " in tzid else tzid
            t0, t1 = (
                f";TZID={q}:{t.astimezone(ZoneInfo(zone)):%Y%m%dT%H%M%S}" for t in (start, end)
            )
        else:
            t0, t1 = (f":{t.astimezone(UTC):%Y%m%dT%H%M%SZ}" for t in (start, end))
        lines += [
            "BEGIN:VEVENT",
            f"DTSTART{t0}",
            f"DTEND{t1}",
            f"DTSTAMP:{(stamp or start).astimezone(UTC):%Y%m%dT%H%M%SZ}",
            f'ORGANIZER;CN="{org.name}":mailto:{org.email}',
            f"UID:{uid}",
        ]
        for p in people:
            room, asked = p.title == "ROOM", p == self.me and method != "REPLY"
            lines.append(
                f"ATTENDEE;CUTYPE={'ROOM' if room else 'INDIVIDUAL'};ROLE="
                f"{'NON-PARTICIPANT' if room else 'REQ-PARTICIPANT'};PARTSTAT="
                f'{"NEEDS-ACTION;RSVP=TRUE" if asked else "ACCEPTED"};CN="{p.name}"'
                f":mailto:{p.email}"
            )
        lines += [f"DESCRIPTION:{_esc(note)}"] if note else []
        lines += [f"RRULE:{rrule}"] if rrule else []
        lines += [
            f"LOCATION:{_esc(where)}",
            f"SEQUENCE:{seq}",
            f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
            f"SUMMARY:{_esc(summary)}",
            "TRANSP:OPAQUE",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        return method, "".join(x + "\r\n" for ln in lines for x in _fold(ln))

    # --- job-search stories -------------------------------------------------------------
    def sig(self, who: P | None = None, co: Co | None = None) -> str:
        if who and co:
            return f"\n\n{who.first}\n\n{who.name}\n{who.title}, {co.name}"
        return f"\n\nBest,\n{self.me.first}\n\n{self.me.name}\n{self.phone}"

    def meeting(self, start: datetime, minutes: int, people: list[P]) -> Meet:
        end = start + timedelta(minutes=minutes)
        self.meets.append(Meet(start, end, [p.email for p in people]))
        return self.meets[-1]

    def thank(
        self, th: Thread | None, m: Meet, people: list[P], when: datetime, role: str | None
    ) -> datetime:
        """The user's thank-you (role None: for a coffee), in `th` or a new thread; the people
        written to count as thanked. Returns when it was sent."""
        gap = (when.astimezone(self.tz).date() - m.start.astimezone(self.tz).date()).days
        w = (
            "today"
            if gap == 0
            else "yesterday"
            if gap == 1
            else f"on {m.start.astimezone(self.tz):%A}"
        )
        th = th or Thread(
            self.rng.choice(
                [
                    "Thank you",
                    "Thank you!",
                    "Thanks for your time" if role else "Thanks for the coffee",
                ]
            ),
            True,
        )
        text = self.rng.choice(THANKS[:3]) if role else THANKS[3]
        body = (
            f"Hi {' and '.join(p.first for p in people)},\n\n"
            + text.format(w=w, t=self.rng.choice(TOPICS), r=role)
            + "\n\nPlease let me know if I can send anything else along."
            + self.sig()
        )
        when = self.emit(th, self.me, people, when, body)
        m.thanked.update(p.email for p in people)
        return when

    def promise(self, th: Thread, who: P, co: Co, when: datetime, outcome: str, lead: str) -> None:
        """A dated promise from `who`, then what came of it: kept (word by the day, at times a
        rejection), reject (a rejection before the day), broken (silence), late (silence past
        the day and its grace, then a rejection)."""
        if outcome == "none":
            return
        day = _bday(when.astimezone(self.tz).date(), self.rng.randint(2, 5))
        text = f"Hi {self.me.first},\n\n{lead} " + self.rng.choice(PROMISE).format(d=_day(day))
        when = self.emit(
            th, who, [self.me], when, text + self.sig(who, co), style=co.client, quote=co.quote
        )
        self.promises.append(Promise(co.domain, when, day))
        if outcome == "broken":
            return
        if outcome == "late":
            t, words = self.at(_bday(day, self.rng.randint(4, 8)), 9, 16, who.tz), REJECT
        else:
            made = when.astimezone(self.tz).date()
            t = self.at(made + timedelta(self.rng.randint(1, (day - made).days)), 9, 16, who.tz)
            words = REJECT if outcome == "reject" or self.rng.random() < 0.4 else NEXT
        self.emit(
            th,
            who,
            [self.me],
            t,
            f"Hi {self.me.first},\n\n{self.rng.choice(words)}\n\nKind regards,\n{who.first}",
            style=co.client,
            quote=co.quote,
        )

    def screen(self, d: date, thank: bool, outcome: str) -> None:
        """Recruiter outreach and a phone screen agreed in plain words, résumé attached."""
        co, role = self.company(), self.rng.choice(ROLES)
        rec = self.person(co.domain, "Senior Recruiter", co.tz)
        th = Thread(
            self.rng.choice(
                [
                    f"{co.name} – {role}",
                    f"{role} opportunity at {co.name}",
                    f"Your profile / {role} role",
                ]
            ),
            True,
        )
        t = self.at(d, 9, 16, rec.tz)
        call = self.slot(t, 2, 5, (9, 9.5, 10, 11, 13.5, 14, 15, 16))
        ask = self.rng.choice(
            [
                "Would {d} at {t} ({z}) work for a 30-minute phone call?",
                "Are you free for a 30-minute call on {d} at {t} ({z})?",
            ]
        )
        t = self.emit(
            th,
            rec,
            [self.me],
            t,
            f"Hi {self.me.first},\n\nI lead recruiting for the "
            f"operations team at {co.name}, and your background looks like a strong "
            f"match for our {role} opening. "
            + ask.format(d=_day(call), t=_clock(call), z=call.tzname())
            + self.sig(rec, co),
            style=co.client,
            quote="",
        )
        ok = self.rng.choice(
            [
                "{d} at {t} works perfectly.",
                "{d} at {t} works for me – talk then.",
                "Yes, {d} at {t} suits me well.",
            ]
        )
        t = self.emit(
            th,
            self.me,
            [rec],
            self.later(t, 1, 20),
            f"Hi {rec.first},\n\nThank you for "
            f"reaching out! {ok.format(d=_day(call), t=_clock(call))} I've attached my "
            f"résumé, and you can reach me at {self.phone}.{self.sig()}",
            pdf=True,
        )
        m = self.meeting(call, 30, [rec])
        if thank:
            t = self.thank(th, m, [rec], self.later(m.end, 0.3, 6), role)
        lead = "Thanks again for the great conversation." if thank else "Good to speak with you."
        self.promise(
            th,
            rec,
            co,
            self.later(max(m.end, t), 1, 28),
            outcome,
            lead + " I'm sharing my notes with the hiring manager now.",
        )

    def invite(self, d: date, variant: str, thanks: str, outcome: str) -> None:
        """An interview set by a Google or Outlook invite: plain, moved (SEQUENCE 1 with a later
        time) or cancelled (METHOD:CANCEL); thanked by all, the first person only, or no one."""
        co, role = self.company(), self.rng.choice(ROLES)
        g = co.client == "google"
        rec = self.person(co.domain, "Talent Acquisition Partner", co.tz)
        met = [
            self.person(co.domain, t, co.tz)
            for t in ("Head of Operations", "Senior Analyst", "Product Lead")[
                : self.rng.randint(1, 3)
            ]
        ]
        th = Thread(
            self.rng.choice(
                [
                    f"Next steps – {role}",
                    f"Interview with {co.name}",
                    f"{co.name}: {role} application",
                ]
            ),
            True,
        )
        also = " together with " + " and ".join(p.name for p in met[1:]) if met[1:] else ""
        t = self.emit(
            th,
            rec,
            [self.me],
            self.at(d, 9, 16, rec.tz),
            f"Hi {self.me.first},\n\n"
            f"The team enjoyed reading your application for the {role} role. "
            f"{met[0].name}, our {met[0].title}, would like to interview you{also}; "
            f"{met[0].first} will send you a calendar invitation shortly."
            f"{self.sig(rec, co)}",
            style=co.client,
            quote="",
        )
        if self.rng.random() < 0.6:
            t = self.emit(
                th,
                self.me,
                [rec],
                self.later(t, 0.5, 8),
                f"Hi {rec.first},\n\n"
                f"Wonderful news, thank you! I'll watch for the invitation.{self.sig()}",
                quote=co.quote,
            )
        start = self.slot(t, 3, 8, (9, 10, 10.5, 11, 13, 14, 15.5))
        mins = self.rng.choice([45, 60, 90])
        onsite = self.rng.random() < 0.3
        meet = "-".join(
            "".join(self.rng.choices("abcdefghijkmnopqrstuvwxyz", k=k)) for k in (3, 4, 3)
        )
        where = (
            f"{co.name}, {self.rng.randint(100, 999)} W Lake St, floor {self.rng.randint(2, 30)}"
            if onsite
            else f"https://meet.google.com/{meet}"
            if g
            else "Microsoft Teams Meeting"
        )
        room = (
            [
                P(
                    f"Room {self.rng.randint(2, 9)}{self.rng.choice('ABC')}",
                    f"room-{self.rng.randint(10, 99)}@{co.domain}",
                    "ROOM",
                )
            ]
            if onsite and not g
            else []
        )  # Outlook invites book the room as an attendee
        kind = self.rng.choice(["Interview", "Panel interview", "Case discussion"])
        summary = f"{co.name} – {kind}: {self.me.name}"
        uid = (
            f"{self.rng.getrandbits(128):032x}@google.com"
            if g
            else f"040000008200E00074C5B7101A82E008{self.rng.getrandbits(128):032X}"
        )
        note = (
            f"Looking forward to meeting you, {self.me.first}. We'll talk about your "
            "experience and walk through a short planning scenario; nothing to prepare."
        )
        ith = Thread(summary, True)

        def send(
            at: datetime, start: datetime, seq: int, method: str, text: str, verb: str
        ) -> datetime:
            loc = start.astimezone(self.tz)
            end = (start + timedelta(minutes=mins)).astimezone(self.tz)
            subject = (
                f"{verb}: {summary} @ {loc:%a %b} {loc.day}, {loc.year} {_gclock(loc)} - "
                f"{_gclock(end)} ({loc.tzname()}) ({self.me.email})"
                if g
                else summary
                if verb == "Invitation"
                else f"{verb}: {summary}"
            )
            body = (
                f"{text}\n\n{summary}\nWhen: {_day(loc)}, {loc.year} · {_clock(loc)} – "
                f"{_clock(end)} ({self.tzname})\nWhere: {where}\n\nGuests:\n"
                + "".join(f"- {p.name}\n" for p in met)
                + f"- {self.me.email}"
            )
            cal = self.ics(
                method,
                uid,
                seq,
                start,
                end,
                summary,
                met[0],
                [*met, self.me, *room],
                style=co.client,
                where=where,
                note=note,
                stamp=at,
            )
            sender = "Google Calendar <calendar-notification@google.com>"
            return self.emit(
                ith,
                met[0],
                [self.me, *met[1:]],
                at,
                body,
                subject=subject,
                cal=cal,
                cal_style=co.client,
                style="cal" if g else "outlook",
                quote="",
                headers=(("Sender", sender),) if g else (),
            )

        t = send(self.later(t, 2, 26), start, 0, "REQUEST", note, "Invitation")
        m = self.meeting(start, mins, met)
        if self.rng.random() < 0.5:
            t = self.emit(
                ith,
                self.me,
                [met[0]],
                self.later(t, 0.2, 5),
                f"{self.me.name} has accepted this invitation.",
                subject=f"Accepted: {summary}",
                quote="",
                cal=self.ics(
                    "REPLY",
                    uid,
                    0,
                    start,
                    m.end,
                    summary,
                    met[0],
                    [self.me],
                    style=co.client,
                    stamp=t,
                ),
                cal_style=co.client,
            )
        change = min(self.later(t, 10, 50), start - timedelta(hours=20))
        if variant == "moved":
            new = self.slot(start, 1, 4, (9, 10, 11, 14, 15))
            send(
                change,
                new,
                1,
                "REQUEST",
                "Apologies for the shuffle: I have to move our "
                f"conversation to {_day(new)} at {_clock(new)}. Same link, same people.",
                "Updated invitation",
            )
            m.start, m.end, m.moved = new, new + timedelta(minutes=mins), True
        elif variant == "cancel":
            send(
                change,
                start,
                1,
                "CANCEL",
                f"I'm sorry to say that the {role} search has been "
                "paused, so I have to cancel our interview. Our recruiting team will reach out if "
                "it reopens.",
                "Canceled event" if g else "Canceled",
            )
            m.cancelled = True
            return
        who = met if thanks == "all" else met[:1] if thanks == "first" else []
        t = self.later(m.end, 1, 8)
        # one note to the whole panel, or one note each
        for group in [who] if len(who) > 1 and self.rng.random() < 0.5 else [[p] for p in who]:
            t = self.thank(None, m, group, t, role) + timedelta(minutes=self.rng.randint(3, 15))
        team = " and the team" if met[1:] else ""
        self.promise(
            th,
            rec,
            co,
            self.later(max(t, m.end), 3, 30),
            outcome,
            f"Thank you for meeting with {met[0].first}{team}.",
        )

    def scheduler(self, d: date, thank: bool, outcome: str) -> None:
        """An ATS acknowledgement, a booking link, then a no-reply confirmation that names the
        interviewers (an invite attached or not)."""
        co, role = self.company(), self.rng.choice(ROLES)
        rec = self.person(co.domain, "Recruiting Coordinator", co.tz)
        ivs = [
            self.person(co.domain, t, co.tz)
            for t in ("Operations Manager", "Senior Planner")[: self.rng.randint(1, 2)]
        ]
        auto = (("Auto-Submitted", "auto-generated"),)
        name, noreply = self.rng.choice(SCHEDULERS)
        # the applicant tracking system acknowledges; it books the interview too if it can
        ats = noreply if name in ("Ashby", "Greenhouse") else self.rng.choice(SCHEDULERS[1:3])[1]
        self.emit(
            Thread(f"Thank you for applying to {co.name}", True),
            P(co.name, ats, tz="UTC"),
            [self.me],
            self.at(d, 7, 22),
            f"Hi {self.me.first},\n\nWe have received your "
            f"application for {role}. Our team reviews every application, and someone will "
            "contact you if there is a match.\n\nThis mailbox is not monitored.",
            style="auto",
            htm=True,
            headers=auto,
            quote="",
        )
        th = Thread(f"{role} – interview scheduling", True)
        mins = self.rng.choice([30, 45, 60])
        t = self.emit(
            th,
            rec,
            [self.me],
            self.at(_bday(d, self.rng.randint(2, 4)), 9, 16, rec.tz),
            f"Hi {self.me.first},\n\nThanks for applying for {role}! I'd like to set you "
            f"up for a {mins}-minute video interview with {ivs[0].name}, our "
            f"{ivs[0].title}. Please pick a time that suits you: https://{name.lower()}"
            f".example/book/{self.rng.getrandbits(32):08x}{self.sig(rec, co)}",
            style=co.client,
            quote="",
        )
        t = self.emit(
            th,
            self.me,
            [rec],
            self.later(t, 0.5, 20),
            f"Hi {rec.first},\n\nThank you! I've just booked a slot.{self.sig()}",
            quote=co.quote,
        )
        start = self.slot(t, 2, 6, (9, 10, 11.5, 13, 14.5, 16))
        loc, end = start.astimezone(self.tz), (start + timedelta(minutes=mins)).astimezone(self.tz)
        link = f"https://{co.domain.split('.')[0]}.zoom.example/j/{self.rng.randint(10**9, 10**10)}"
        cal = (
            self.ics(
                "REQUEST",
                f"{self.rng.getrandbits(128):032x}",
                0,
                start,
                end,
                f"{role} interview",
                ivs[0],
                [*ivs, self.me],
                style="utc",
                where=link,
                stamp=t,
            )
            if self.rng.random() < 0.7
            else None
        )
        people = "\n".join(f"Interviewer: {p.name}, {p.title} ({p.email})" for p in ivs)
        bot = P(f"{co.name} via {name}", noreply, tz="UTC")
        subject = f"Interview confirmed: {role} at {co.name} ({loc:%a, %b} {loc.day})"
        self.emit(
            Thread(subject, True),
            bot,
            [self.me],
            t + timedelta(minutes=1),
            f"Hi {self.me.first},\n\nYour interview has been scheduled.\n\nWhat: {role} "
            f"interview ({mins} min)\nWhen: {_day(loc)}, {loc.year}, {_clock(loc)} – "
            f"{_clock(end)} ({loc.tzname()})\n{people}\nWhere: {link}\n\nNeed a different "
            f"time? Contact {rec.email}.\n\nSent automatically by {name} on behalf of "
            f"{co.name}; replies are not read.",
            style="auto",
            htm=True,
            headers=auto,
            cal=cal,
            reply_to=ivs[0],
            quote="",
        )
        m = self.meeting(start, mins, ivs)
        t = self.later(m.end, 0.5, 7)
        if thank:
            t = self.thank(None, m, ivs, t, role)
        self.promise(
            th,
            rec,
            co,
            self.later(max(t, m.end), 2, 30),
            outcome,
            f"Thanks for speaking with {ivs[0].first}.",
        )

    def network(self, d: date, thank: bool) -> None:
        """A friend's introduction and a coffee agreed in plain words (length unstated)."""
        ref, co = self.rng.choice(self.friends), self.company()
        ct = self.person(co.domain, "Director of Fulfillment")  # local: they meet in person
        th = Thread(
            self.rng.choice(
                [
                    f"Intro: {self.me.first} <> {ct.first} ({co.name})",
                    f"Introducing {self.me.name} / {ct.name}",
                ]
            ),
            True,
        )
        me = self.me.first
        t = self.emit(
            th,
            ref,
            [self.me, ct],
            self.at(d, 8, 21),
            f"Hi both,\n\n{ct.first}, meet "
            f"{me}: we go back years, and {me} is exploring operations roles. {me}, "
            f"{ct.first} runs fulfillment at {co.name} and knows everyone worth knowing. "
            f"I'll let you two take it from here!\n\n{ref.first}",
            quote="",
        )
        t = self.emit(
            th,
            self.me,
            [ct],
            self.later(t, 1, 20),
            f"Thanks for the intro, {ref.first} "
            f"(moving you to bcc)!\n\n{ct.first}, lovely to e-meet you. Would you have "
            f"time for a coffee in the next couple of weeks?{self.sig()}",
            cc=(ref,),
        )
        c, cafe = self.slot(t, 2, 6, (8, 8.5, 12, 16.5)), self.rng.choice(CAFES)
        t = self.emit(
            th,
            ct,
            [self.me],
            self.later(t, 2, 30),
            f"Hi {me},\n\nHappy to! Would "
            f"{_day(c)} at {_clock(c)} work for coffee at {cafe}?\n\n{ct.first}",
            style=co.client,
            quote=co.quote,
        )
        t = self.emit(
            th,
            self.me,
            [ct],
            self.later(t, 0.5, 6),
            f"Hi {ct.first},\n\n{_day(c)} at "
            f"{_clock(c)} works perfectly. See you at {cafe}!{self.sig()}",
        )
        m = self.meeting(c, 60, [ct])
        pre = c - timedelta(hours=self.rng.uniform(13, 16))
        if not thank and pre > t + timedelta(hours=1) and self.rng.random() < 0.5:
            # thanks sent before the coffee do not count
            self.emit(
                th,
                self.me,
                [ct],
                pre,
                f"Hi {ct.first},\n\nThanks again for making time; "
                f"looking forward to it.{self.sig()}",
            )
        if thank:
            new_thread = self.rng.random() < 0.5
            self.thank(None if new_thread else th, m, [ct], self.later(m.end, 1, 10), None)

    def application(self, d: date, outcome: str) -> None:
        """The user applies by email with a résumé; the reply promises a date."""
        co, role = self.company(), self.rng.choice(ROLES)
        hm = self.person(co.domain, "Hiring Manager, Operations", co.tz)
        th = Thread(f"Application: {role} – {self.me.name}", True)
        t = self.emit(
            th,
            self.me,
            [hm],
            self.at(d, 8, 22),
            f"Dear {hm.first},\n\nI'm writing to "
            f"apply for the {role} position on your careers page. I've spent five years "
            f"running carrier and warehouse analytics at {EMPLOYER[0]}, and I'd love to "
            f"bring that to {co.name}. My résumé is attached.{self.sig()}",
            pdf=True,
            quote="",
        )
        self.promise(
            th,
            hm,
            co,
            self.later(t, 4, 60),
            outcome if outcome != "none" else "broken",
            "Thank you for your note – I've shared your résumé with the hiring team.",
        )

    # --- everyday noise -----------------------------------------------------------------
    def day(self) -> date:
        return (self.now - timedelta(days=self.rng.uniform(0, 59.5))).astimezone(self.tz).date()

    def chat(self, left: int, kind: str) -> None:
        """A short conversation with family, friends or colleagues; the user answers from Sent."""
        convos, people = {
            "family": (FAMILY, self.family),
            "friend": (FRIENDS, self.friends),
            "work": (WORK, self.crew),
        }[kind]
        # each conversation once before any comes round again
        bag = self.bags.setdefault(kind, [])
        bag.extend([] if bag else self.rng.sample(convos, len(convos)))
        subject, lines = bag.pop()
        other, th = self.rng.choice(people), Thread(subject, False)
        t = self.at(self.day(), 7.5, 21.5)
        for i, line in enumerate(lines[: min(left, self.rng.randint(1, len(lines)))]):
            frm, to = (other, self.me) if i % 2 == 0 else (self.me, other)
            self.emit(
                th,
                frm,
                [to],
                t,
                f"Hi {to.first},\n\n{line}\n\n{frm.first}",
                quote="outlook" if kind == "work" else "gmail",
                style="outlook" if frm.email.endswith(EMPLOYER[1]) else "",
            )
            t = self.later(t, 0.2, 22)

    def newsletter(self) -> None:
        name, addr, topics = self.rng.choice(NEWSLETTERS)
        d, dom, token = self.day(), addr.split("@")[1], f"{self.rng.getrandbits(32):08x}"
        issue, (topic, other) = (d - date(2023, 1, 1)).days, self.rng.sample(topics, 2)
        subject = self.rng.choice(
            [
                f"No. {issue}: what we learned about {topic}",
                f"Today: {topic}, plus reader mail",
                f"{name} – {topic}",
            ]
        )
        body = (
            f"{name} · No. {issue}\n\n1. A closer look at {topic}\n2. {other.capitalize()}: "
            f"three quick reads\n3. From the mailbag\n\nRead in your browser: https://{dom}/"
            f"issues/{issue}\n\nYou are getting this because you signed up at {dom}.\n"
            f"Unsubscribe: https://{dom}/u/{token}"
        )
        self.emit(
            Thread(subject, False),
            P(name, addr),
            [self.me],
            self.at(d, 5.5, 7.5),
            body,
            style="auto",
            htm=True,
            quote="",
            headers=(
                ("List-Id", f"<daily.{dom}>"),
                ("List-Unsubscribe", f"<https://{dom}/u/{token}>, <mailto:unsubscribe@{dom}>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk"),
            ),
        )

    def receipt(self) -> None:
        shop, addr, items = self.rng.choice(SHOPS)
        got = self.rng.sample(items, self.rng.randint(1, len(items)))
        order, cents = self.rng.randint(100000, 999999), [self.rng.randint(300, 6000) for _ in got]
        body = (
            f"Hi {self.me.first},\n\nThanks for your order #{order}.\n\n"
            + "".join(f"{it:<28}${c / 100:>8.2f}\n" for it, c in zip(got, cents, strict=True))
            + f"{'Total':<28}${sum(cents) / 100:>8.2f}\n\nQuestions? https://"
            f"{addr.split('@')[1]}/help"
        )
        self.emit(
            Thread(f"Your {shop} receipt (order #{order})", False),
            P(shop, addr),
            [self.me],
            self.at(self.day(), 0, 23.9),
            body,
            style="auto",
            htm=True,
            quote="",
        )

    def notice(self) -> None:
        name, addr, subject = self.rng.choice(NOTICES)
        self.emit(
            Thread(subject, False),
            P(name, addr),
            [self.me],
            self.at(self.day(), 1, 23),
            f"Hello {self.me.first},\n\n{subject}. Sign in at https://{addr.split('@')[1]} "
            f"for the details.\n\nReference: {self.rng.getrandbits(36):09X}",
            style="auto",
            quote="",
            headers=(("Auto-Submitted", "auto-generated"),),
        )

    def work_invite(self) -> None:
        """A meeting at the user's current job: an Outlook invite, the weekly ones recurring."""
        org, summary = self.rng.choice(self.crew), self.rng.choice(MEETINGS)
        summary = f"1:1 {self.me.first} / {org.first}" if summary == "1:1" else summary
        t = self.at(self.day(), 8, 17)
        start = self.slot(t, 1, 6, (8.5, 9, 10, 13, 14, 15.5))
        end = start + timedelta(minutes=self.rng.choice([30, 60]))
        others = [p for p in self.crew if p != org][:1]
        weekly = "sync" in summary or "1:1" in summary
        uid = f"040000008200E00074C5B7101A82E008{self.rng.getrandbits(128):032X}"
        cal = self.ics(
            "REQUEST",
            uid,
            0,
            start,
            end,
            summary,
            org,
            [self.me, *others],
            style="outlook",
            where="Microsoft Teams Meeting",
            note="Agenda in the shared folder.",
            stamp=t,
            rrule="FREQ=WEEKLY;COUNT=12" if weekly else "",
        )
        self.emit(
            Thread(summary, False),
            org,
            [self.me, *others],
            t,
            f"When: {_day(start)}, "
            f"{start.year} {_clock(start).upper()}-{_clock(end).upper()} ({self.tzname})\n"
            "Where: Microsoft Teams Meeting\n\nAgenda in the shared folder.",
            cal=cal,
            cal_style="outlook",
            style="outlook",
            quote="",
        )

    def dentist(self) -> None:
        clinic = P("Bright Harbor Dental", "appointments@brightharbor-dental.example")
        t = self.at(self.day(), 9, 17)
        appt = self.slot(t, 5, 20, (8, 9.5, 11, 15))
        uid = f"appt-{self.rng.getrandbits(48):012x}@brightharbor-dental.example"
        cal = self.ics(
            "PUBLISH",
            uid,
            0,
            appt,
            appt + timedelta(minutes=60),
            "Dental cleaning",
            clinic,
            [self.me],
            style="utc",
            stamp=t,
            where="Bright Harbor Dental, 12 Harbor Rd, Suite 3",
        )
        subject = f"Appointment confirmed: {appt:%a, %b} {appt.day} at {_clock(appt)}"
        self.emit(
            Thread(subject, False),
            clinic,
            [self.me],
            t,
            f"Hello {self.me.first},\n\n"
            f"Your cleaning is booked for {_day(appt)} at {_clock(appt)}. Please arrive "
            "ten minutes early; to change it, call the front desk.\n\nA calendar file is "
            "attached.",
            style="auto",
            cal=cal,
            quote="",
            headers=(("Auto-Submitted", "auto-generated"),),
        )

    # --- the whole mailbox --------------------------------------------------------------
    # The first job stories, in this order, cover every case the daemon must handle; each starts
    # so many days before `now` that its point (an overdue thank-you, a callback past its grace)
    # is due at `now` without being stale, so even a 50-message mailbox shows them.
    DECK: list[tuple[str, tuple[float, float], dict[str, Any]]] = [
        ("invite", (12, 18), dict(variant="plain", thanks="all", outcome="kept")),
        ("screen", (19.5, 21), dict(thank=False, outcome="broken")),
        ("scheduler", (15, 17), dict(thank=False, outcome="none")),
        ("invite", (6, 20), dict(variant="cancel", thanks="none", outcome="none")),
        ("network", (11, 14), dict(thank=False)),
        ("application", (10, 40), dict(outcome="reject")),
        ("invite", (18, 24), dict(variant="moved", thanks="first", outcome="late")),
        ("screen", (10, 30), dict(thank=True, outcome="kept")),
        ("network", (8, 20), dict(thank=True)),
        ("scheduler", (10, 30), dict(thank=True, outcome="kept")),
    ]

    def story(self) -> tuple[str, tuple[float, float], dict[str, Any]]:
        """A random job story with random outcomes, once the deck is used up."""
        c = self.rng.choices
        kind = c(["screen", "invite", "scheduler", "network", "application"], [25, 30, 20, 15, 10])[
            0
        ]
        kw = {
            "outcome": c(["kept", "broken", "late", "reject", "none"], [35, 20, 10, 20, 15])[0],
            "thank": self.rng.random() < 0.6,
        }
        if kind == "invite":
            kw = {
                "variant": c(["plain", "moved", "cancel"], [70, 15, 15])[0],
                "thanks": c(["all", "first", "none"], [50, 20, 30])[0],
                "outcome": kw["outcome"],
            }
        elif kind in ("network", "application"):
            del kw["outcome" if kind == "network" else "thank"]
        return kind, (2, 56), kw

    def run(self, n: int) -> None:
        """Job stories up to 3% of `n` (at least 25 messages if there is room), then noise up to
        exactly `n`: near the end only one-message kinds are drawn."""
        job_budget, i = (0 if n < 20 else min(n // 2, max(round(n * 0.03), 25))), 0
        while len(self.mails) < job_budget:
            # later stories start anywhere; those that start late are cut off by `now`
            kind, (lo, hi), kw = self.DECK[i] if i < len(self.DECK) else self.story()
            d = (self.now - timedelta(days=self.rng.uniform(lo, hi))).astimezone(self.tz).date()
            with contextlib.suppress(_Past):
                getattr(self, kind)(_bday(d, 1) if d.weekday() >= 5 else d, **kw)
            i += 1
        must = ["dentist", "work_invite", "newsletter", "receipt", "family", "work"]
        kinds = [
            "newsletter",
            "receipt",
            "notice",
            "work",
            "work_invite",
            "family",
            "friend",
            "dentist",
        ]
        while len(self.mails) < n:
            left = n - len(self.mails)
            kind = must.pop(0) if must else self.rng.choices(kinds, [32, 14, 8, 20, 6, 10, 9, 1])[0]
            with contextlib.suppress(_Past):
                if kind in ("family", "friend", "work"):
                    self.chat(left, kind)
                else:
                    getattr(self, kind)()

    def summary(self) -> dict[str, int]:
        """Counts recomputed from what was written (a story cut off by `now` counts as far as
        it got); see generate()."""

        def end(d: date) -> datetime:
            return datetime.combine(d, time(23, 59, 59), self.tz)

        def heard(p: Promise, until: datetime) -> bool:
            return any(dom == p.domain and p.made < t <= until for dom, t in self.heard)

        held = [m for m in self.meets if not m.cancelled and m.end <= self.now]
        broken = [p for p in self.promises if end(p.day) < self.now and not heard(p, end(p.day))]
        silent = [p for p in broken if not heard(p, self.now)]
        return {
            "messages": len(self.mails),
            "sent": sum(m[2] for m in self.mails),
            "unread": sum(m[3] for m in self.mails),
            "threads": len(self.threads),
            "job_threads": sum(t.job for t in self.threads),
            "meetings": len(held),
            "unthanked_meetings": sum(not set(m.people) <= m.thanked for m in held),
            "moved_meetings": sum(m.moved for m in self.meets),
            "cancelled_meetings": sum(m.cancelled for m in self.meets),
            "upcoming_meetings": sum(not m.cancelled and m.end > self.now for m in self.meets),
            "promises": len(self.promises),
            "broken_promises": len(broken),
            "callbacks_due": sum(end(_bday(p.day, 2)) < self.now for p in silent),
        }

    def write(self, root: Path) -> None:
        """Maildir++ files named from the date, a chronological counter and the seed."""
        for folder in (root, root / ".Sent"):
            for sub in ("cur", "new", "tmp"):
                (folder / sub).mkdir(parents=True, exist_ok=True)
        (root / ".Sent" / "maildirfolder").touch()
        in_order = sorted(self.mails, key=lambda m: m[:2])
        for k, (when, _, sent, unread, data) in enumerate(in_order, 1):
            base = f"{int(when.timestamp())}.M{k}P{self.seed}.gen,S={len(data)}"
            folder = root / ".Sent" if sent else root
            (folder / "new" / base if unread else folder / "cur" / f"{base}:2,S").write_bytes(data)


def generate(
    root: Path, messages: int, seed: int, now: datetime, user: dict[str, Any]
) -> dict[str, int]:
    """Write a Maildir++ mailbox of exactly `messages` messages (20 or more; smaller ones may run
    over) dated in the 60 days before `now`, byte-identical for the same arguments, into `root`
    (best absent or empty: files are added, never removed). `user` holds name, emails, phone and
    timezone (IANA). Returns counts of what was written: messages (sent, unread), threads,
    job_threads, meetings (job-search meetings over by `now`, not cancelled), unthanked_meetings
    (of those, where someone met got no note after it began), moved/cancelled/upcoming_meetings,
    promises (dated), broken_promises (day over, no word from the company by then) and
    callbacks_due (broken, no word from the company up to `now`, two business days past)."""
    if now.tzinfo is None:
        raise ValueError("now must carry a UTC offset")
    gen = _Gen(seed, now, user)
    gen.run(messages)
    gen.write(Path(root))
    return gen.summary()


DEFAULT_USER = {
    "name": "Alex Rivera",
    "emails": ["alex.rivera@example.net"],
    "phone": "+1 555 0100 200",
    "timezone": "America/Chicago",
}


def main(argv: list[str] | None = None) -> int:
    """CLI: write the mailbox, print the summary as JSON."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("out", type=Path, help="Maildir++ root to create")
    ap.add_argument("--messages", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--now", default="2026-03-18T11:00:00-05:00", help="ISO 8601, with offset")
    args = ap.parse_args(argv)
    now = datetime.fromisoformat(args.now)
    print(json.dumps(generate(args.out, args.messages, args.seed, now, DEFAULT_USER), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
