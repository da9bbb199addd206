#!/usr/bin/env python3
"""The machinery for writing labelled cases (CASES.md format), deterministically.

This is the format layer of shared/contracts/cases/make_cases.py, with none of its cases:
people, calendar text, messages, Maildir++ serialising, and the checks that recompute every
label from the facts a case records. A case module builds a `Case` and calls `run`:

    def build() -> Case: ...
    if __name__ == "__main__":
        sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))

`python3 tests/cases/make_cases.py` rebuilds and checks every case under tests/cases/.

Python standard library only.  Every run writes byte-identical files: Message-IDs,
ICS UIDs and Maildir file names are derived from hashes of fixed strings (not from
email.utils.make_msgid, which mixes in the clock, the pid and a random number),
and dates come from the data below, never from the clock.

Each case is one person's mailbox (Maildir++: mailbox/{cur,new,tmp} is the INBOX,
mailbox/.Sent/{cur,new,tmp} what the user sent) plus case.json, in the format of
../CASES.md.  Alongside the messages, each case records the facts its labels rest
on (meetings and who was met, promises and what answered them); check_labels()
recomputes every thank-you and callback deadline from those facts under the
default rules, and fails if the labels, the three-hour margin around `now`, or the
mailbox itself (thank-you notes, company replies) disagree.
"""

import base64
import datetime as dt
import hashlib
import json
import os
import shutil
import sys
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from email import message_from_bytes
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)

# Defaults from CASES.md ([rules] in the config).
MEETING_DEFAULT = dt.timedelta(minutes=60)
DRAFT_AFTER = dt.timedelta(hours=2)
THANK_WITHIN = dt.timedelta(hours=24)
GRACE_BUSINESS_DAYS = 2
STALE_AFTER = dt.timedelta(days=14)
MARGIN = dt.timedelta(hours=3)


def digest(*parts, n=40):
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:n]


def b64id(*parts, n=32):
    raw = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return base64.b64encode(raw).decode().replace("/", "x").replace("+", "Q").rstrip("=")[:n]


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------

class Person:
    """Someone who sends or receives mail.

    style picks the shape of their Message-IDs, reply quoting and subject
    prefixes: gmail (Google Workspace / Gmail), outlook (Exchange Online),
    webmail (the users' own provider), or auto (notification systems).
    """

    def __init__(self, name, email, tz="UTC", style="gmail", sig=None, locale="en",
                 auto=False, msgid_domain=None, region="namprd11"):
        self.name = name
        self.email = email
        self.tz = ZoneInfo(tz)
        self.style = style
        self.sig = sig
        self.locale = locale
        self.auto = auto
        self.msgid_domain = msgid_domain or email.split("@", 1)[1]
        self.region = region

    @property
    def domain(self):
        return self.email.split("@", 1)[1]

    def addr(self):
        return formataddr((self.name, self.email)) if self.name else self.email

    def shown(self):
        """How a mail client writes the address in a quoted header: unencoded."""
        return "%s <%s>" % (self.name, self.email) if self.name else self.email


# --------------------------------------------------------------------------
# Calendar (RFC 5545) text, written by hand
# --------------------------------------------------------------------------

VTIMEZONES = {
    "America/Chicago": ("America/Chicago", [
        ("DAYLIGHT", "-0600", "-0500", "CDT", "19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
        ("STANDARD", "-0500", "-0600", "CST", "19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
    ]),
    "Central Standard Time": ("America/Chicago", [
        ("STANDARD", "-0500", "-0600", None, "19701101T020000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"),
        ("DAYLIGHT", "-0600", "-0500", None, "19700308T020000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"),
    ]),
    "America/Denver": ("America/Denver", [
        ("DAYLIGHT", "-0700", "-0600", "MDT", "19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
        ("STANDARD", "-0600", "-0700", "MST", "19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
    ]),
    "Europe/Berlin": ("Europe/Berlin", [
        ("DAYLIGHT", "+0100", "+0200", "CEST", "19700329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
        ("STANDARD", "+0200", "+0100", "CET", "19701025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
    ]),
    # Outlook names zones after Windows; the VTIMEZONE carries the rules.
    "W. Europe Standard Time": ("Europe/Berlin", [
        ("STANDARD", "+0200", "+0100", None, "19701025T030000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"),
        ("DAYLIGHT", "+0100", "+0200", None, "19700329T020000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"),
    ]),
    "Australia/Sydney": ("Australia/Sydney", [
        ("STANDARD", "+1100", "+1000", "AEST", "19700405T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
        ("DAYLIGHT", "+1000", "+1100", "AEDT", "19701004T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"),
    ]),
    "AUS Eastern Standard Time": ("Australia/Sydney", [
        ("STANDARD", "+1100", "+1000", None, "19700405T030000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4"),
        ("DAYLIGHT", "+1000", "+1100", None, "19701004T020000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=10"),
    ]),
    "W. Australia Standard Time": ("Australia/Perth", [
        ("STANDARD", "+0800", "+0800", None, "19700101T000000", None),
    ]),
}


def _us_zone(iana, std, dst, std_name, dst_name, windows):
    rules = [("DAYLIGHT", std, dst, dst_name, "19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
             ("STANDARD", dst, std, std_name, "19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU")]
    VTIMEZONES[iana] = (iana, rules)
    if windows:
        VTIMEZONES[windows] = (iana, [r[:3] + (None,) + r[4:] for r in reversed(rules)])


def _eu_zone(iana, std, dst, std_name, dst_name, windows):
    rules = [("DAYLIGHT", std, dst, dst_name, "19700329T%s" % ("010000" if std == "+0000" else
              "020000"), "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
             ("STANDARD", dst, std, std_name, "19701025T%s" % ("020000" if std == "+0000" else
              "030000"), "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")]
    VTIMEZONES[iana] = (iana, rules)
    if windows:
        VTIMEZONES[windows] = (iana, [r[:3] + (None,) + r[4:] for r in reversed(rules)])


def _fixed_zone(iana, offset, name, windows):
    VTIMEZONES[iana] = (iana, [("STANDARD", offset, offset, name, "19700101T000000", None)])
    if windows:
        VTIMEZONES[windows] = (iana, [("STANDARD", offset, offset, None, "19700101T000000", None)])


# More zones, each under its IANA name and (where Outlook would use one) its Windows name.
_us_zone("America/New_York", "-0500", "-0400", "EST", "EDT", "Eastern Standard Time")
_us_zone("America/Toronto", "-0500", "-0400", "EST", "EDT", None)
_us_zone("America/Los_Angeles", "-0800", "-0700", "PST", "PDT", "Pacific Standard Time")
_us_zone("America/Vancouver", "-0800", "-0700", "PST", "PDT", None)
_us_zone("America/Halifax", "-0400", "-0300", "AST", "ADT", "Atlantic Standard Time")
_us_zone("America/Edmonton", "-0700", "-0600", "MST", "MDT", "Mountain Standard Time")
_eu_zone("Europe/London", "+0000", "+0100", "GMT", "BST", "GMT Standard Time")
_eu_zone("Europe/Dublin", "+0000", "+0100", "GMT", "IST", None)
_eu_zone("Europe/Lisbon", "+0000", "+0100", "WET", "WEST", None)
_eu_zone("Europe/Paris", "+0100", "+0200", "CET", "CEST", "Romance Standard Time")
_eu_zone("Europe/Amsterdam", "+0100", "+0200", "CET", "CEST", None)
_fixed_zone("Asia/Kolkata", "+0530", "IST", "India Standard Time")
_fixed_zone("America/Phoenix", "-0700", "MST", "US Mountain Standard Time")
_fixed_zone("Africa/Johannesburg", "+0200", "SAST", "South Africa Standard Time")
_fixed_zone("Asia/Hong_Kong", "+0800", "HKT", "China Standard Time")
_fixed_zone("Asia/Jakarta", "+0700", "WIB", "SE Asia Standard Time")
_fixed_zone("Asia/Singapore", "+0800", "+08", "Singapore Standard Time")
_fixed_zone("Asia/Dubai", "+0400", "+04", "Arabian Standard Time")
_fixed_zone("Asia/Tokyo", "+0900", "JST", "Tokyo Standard Time")
_fixed_zone("Australia/Brisbane", "+1000", "AEST", "E. Australia Standard Time")
_fixed_zone("America/Mexico_City", "-0600", "CST", "Central Standard Time (Mexico)")
_fixed_zone("America/Sao_Paulo", "-0300", "-03", "E. South America Standard Time")
VTIMEZONES["Pacific/Auckland"] = ("Pacific/Auckland", [
    ("STANDARD", "+1300", "+1200", "NZST", "19700405T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
    ("DAYLIGHT", "+1200", "+1300", "NZDT", "19700927T020000", "FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU"),
])
VTIMEZONES["New Zealand Standard Time"] = ("Pacific/Auckland", [
    (k, a, b, None, d, r) for k, a, b, _, d, r in VTIMEZONES["Pacific/Auckland"][1]])
VTIMEZONES["Australia/Melbourne"] = ("Australia/Melbourne", VTIMEZONES["Australia/Sydney"][1])


def ics_escape(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def ics_fold(line):
    """Fold one content line at 75 octets (RFC 5545 3.1), never inside a character."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with a space
        if size + n > limit:
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return "\r\n ".join(out)


def ics_time(t, tzid=None):
    if tzid is None:
        return ":" + t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    local = t.astimezone(ZoneInfo(VTIMEZONES[tzid][0]))
    return ";TZID=%s:%s" % (tzid if " " not in tzid else '"%s"' % tzid, local.strftime("%Y%m%dT%H%M%S"))


def make_ics(*, method, uid, stamp, start, end, summary, organizer, attendees=(),
             tzid=None, location=None, description=None, sequence=0, status="CONFIRMED",
             prodid="-//Google Inc//Google Calendar 70.9054//EN", rrule=None, extra=()):
    """attendees: (Person or (name, email), partstat, cutype) triples."""
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:" + method]
    if tzid:
        _, comps = VTIMEZONES[tzid]
        L += ["BEGIN:VTIMEZONE", "TZID:" + tzid]
        for kind, off_from, off_to, name, start_s, rule in comps:
            L += ["BEGIN:" + kind, "TZOFFSETFROM:" + off_from, "TZOFFSETTO:" + off_to]
            if name:
                L.append("TZNAME:" + name)
            L.append("DTSTART:" + start_s)
            if rule:
                L.append("RRULE:" + rule)
            L.append("END:" + kind)
        L.append("END:VTIMEZONE")
    L += ["BEGIN:VEVENT",
          "DTSTART" + ics_time(start, tzid),
          "DTEND" + ics_time(end, tzid)]
    if rrule:
        L.append("RRULE:" + rrule)
    L += ["DTSTAMP" + ics_time(stamp),
          'ORGANIZER;CN="%s":mailto:%s' % (organizer.name, organizer.email),
          "UID:" + uid]
    for who, partstat, cutype in attendees:
        name, email = (who.name, who.email) if isinstance(who, Person) else who
        role = "NON-PARTICIPANT" if cutype in ("ROOM", "RESOURCE") else "REQ-PARTICIPANT"
        rsvp = ";RSVP=TRUE" if partstat == "NEEDS-ACTION" else ""
        L.append('ATTENDEE;CUTYPE=%s;ROLE=%s;PARTSTAT=%s%s;CN="%s":mailto:%s'
                 % (cutype, role, partstat, rsvp, name, email))
    L.append("CREATED" + ics_time(stamp))
    if description:
        L.append("DESCRIPTION:" + ics_escape(description))
    L.append("LAST-MODIFIED" + ics_time(stamp))
    if location:
        L.append("LOCATION:" + ics_escape(location))
    L += ["SEQUENCE:%d" % sequence, "STATUS:" + status, "SUMMARY:" + ics_escape(summary),
          "TRANSP:OPAQUE"]
    L += list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(ics_fold(x) + "\r\n" for x in L)


def make_pdf(lines):
    """A small but well-formed one-page PDF (Helvetica, ASCII text)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y, ops = 740, ["BT", "/F1 11 Tf"]
    for i, line in enumerate(lines):
        size = 16 if i == 0 else 11
        ops.append("/F1 %d Tf 1 0 0 1 72 %d Tm (%s) Tj" % (size, y, esc(line)))
        y -= 22 if i == 0 else 15
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# --------------------------------------------------------------------------
# Messages and mailboxes
# --------------------------------------------------------------------------

WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WD_DE_SHORT = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]


def clock12(t):
    return t.strftime("%I:%M %p").lstrip("0")


class Msg:
    pass


class Case:
    def __init__(self, name, description, user, now, summary):
        self.name = name
        self.description = description
        self.user = user            # dict for case.json
        self.me = None              # Person for the user
        self.now = now
        self.summary = summary      # README paragraph
        self.msgs = []
        self.by_key = {}
        self.threads = []           # (root_key, job_related, category, company, note)
        self.expected = []          # dicts with kind, thread(root key), to, promised?, why
        self.forbidden = []         # dicts with thread(root key), to, why
        self.meetings = []          # facts for check_labels
        self.promises = []
        self.applications = []      # the other kinds (tests/cases/KINDS.md)
        self.own_promises = []

    # ---- time helpers
    def at(self, s, person=None):
        tz = (person or self.me).tz
        return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)

    # ---- messages
    def add(self, key, sender, to, when, body, *, subject=None, parent=None, cc=(), bcc=(),
            reply_to=None, quote=True, sig=True, html=None, ics=None, ics_mode=None,
            attachments=(), headers=None, unread=None, prefix=None, html_only=False):
        assert key not in self.by_key, key
        m = Msg()
        m.key = key
        m.sender = sender
        m.to = list(to)
        m.cc = list(cc)
        m.bcc = list(bcc)
        m.reply_to = reply_to
        m.date = (self.at(when, sender) if isinstance(when, str) else when).astimezone(sender.tz)
        m.parent = self.by_key[parent] if parent else None
        m.root = m.parent.root if m.parent else key
        if subject is None:
            assert m.parent is not None, key
            base = m.parent.subject
            for p in ("Re: ", "RE: ", "AW: ", "SV: "):
                if base.startswith(p):
                    base = base[len(p):]
            if prefix is None:
                prefix = {"outlook": "RE: "}.get(sender.style, "Re: ")
                if sender.style == "outlook" and sender.locale == "de":
                    prefix = "AW: "
            subject = prefix + base
        m.subject = subject
        m.folder = "sent" if sender is self.me else "inbox"
        if unread is None:
            unread = m.folder == "inbox" and self.now - m.date < dt.timedelta(hours=18)
        m.unread = unread
        m.message_id = self._msgid(sender, key, m.date)
        if m.parent:
            m.in_reply_to = m.parent.message_id
            m.references = m.parent.references + [m.parent.message_id]
        else:
            m.in_reply_to = None
            m.references = []
        text = body.strip("\n") + "\n"
        if sig and sender.sig:
            text += "\n" + sender.sig.strip("\n") + "\n"
        if quote and m.parent:
            text += "\n" + self._quote(sender, m.parent, m.date)
        m.text = text
        m.html = html
        m.html_only = html_only  # the body is sent as text/html alone (no text/plain part)
        assert not html_only or html, key
        m.ics = ics
        m.ics_mode = ics_mode
        m.attachments = list(attachments)
        m.headers = dict(headers or {})
        self.msgs.append(m)
        self.by_key[key] = m
        return m

    def _msgid(self, sender, key, date):
        seed = (self.name, key)
        style = sender.style
        if style == "gmail":
            return "<CA%s@mail.gmail.com>" % b64id(*seed, n=44)
        if style == "outlook":
            host = "%s%dPR%02dMB%04d" % (("CH", "SA", "BN")[int(digest(*seed, "h", n=2), 16) % 3]
                                       if sender.region.startswith("nam") else
                                       ("AS", "DB", "PA")[int(digest(*seed, "h", n=2), 16) % 3]
                                       if sender.region.startswith("eur") else "SY",
                                       1 + int(digest(*seed, "k", n=2), 16) % 8,
                                       int(digest(*seed, "n", n=2), 16) % 20,
                                       int(digest(*seed, "m", n=4), 16) % 10000)
            return "<%s%s@%s.%s.prod.outlook.com>" % (host, digest(*seed, n=24).upper(), host,
                                                       sender.region)
        if style == "gcal":
            d = digest(*seed, n=32)
            return "<calendar-%s-%s-%s-%s-%s@google.com>" % (d[:8], d[8:12], d[12:16], d[16:20],
                                                            d[20:32])
        if style == "webmail":
            d = digest(*seed, n=32)
            return "<%s-%s-%s-%s-%s@%s>" % (d[:8], d[8:12], d[12:16], d[16:20], d[20:32],
                                            sender.msgid_domain)
        return "<%s.%s@%s>" % (date.astimezone(UTC).strftime("%Y%m%d%H%M%S"),
                               digest(*seed, n=20), sender.msgid_domain)

    def _quote(self, replier, parent, when):
        ps = parent.sender
        t = parent.date.astimezone(replier.tz)
        if replier.style == "outlook":
            to = "; ".join(p.shown() for p in parent.to)
            cc = "; ".join(p.shown() for p in parent.cc)
            if replier.locale == "de":
                head = ("Von: %s\nGesendet: %s, %d. %s %d %s\nAn: %s\n%sBetreff: %s"
                        % (ps.shown(), WEEKDAYS_DE[t.weekday()], t.day, MONTHS_DE[t.month - 1],
                           t.year, t.strftime("%H:%M"), to, "Cc: %s\n" % cc if cc else "",
                           parent.subject))
            else:
                head = ("From: %s\nSent: %s, %s %d, %d %s\nTo: %s\n%sSubject: %s"
                        % (ps.shown(), t.strftime("%A"), t.strftime("%B"), t.day, t.year,
                           clock12(t), to, "Cc: %s\n" % cc if cc else "", parent.subject))
            return "________________________________\n" + head + "\n\n" + parent.text
        if replier.locale == "de":
            head = "Am %s, %d. %s %d um %s Uhr schrieb %s:" % (
                WD_DE_SHORT[t.weekday()], t.day, MONTHS_DE[t.month - 1], t.year,
                t.strftime("%H:%M"), ps.shown())
        elif replier.style == "webmail":
            head = "On %s, %d %s %d, at %s, %s wrote:" % (
                t.strftime("%a"), t.day, t.strftime("%b"), t.year, t.strftime("%H:%M"), ps.shown())
        else:
            head = "On %s, %s %d, %d at %s %s wrote:" % (
                t.strftime("%a"), t.strftime("%b"), t.day, t.year, clock12(t), ps.shown())
        quoted = "\n".join((">" + (" " + line if not line.startswith(">") else line)) if line else ">"
                           for line in parent.text.rstrip("\n").split("\n"))
        return head + "\n" + quoted + "\n"

    # ---- labels and facts
    def thread(self, root, job_related, category, company, note):
        self.threads.append((root, job_related, category if job_related else None,
                             company, note))

    def expect(self, kind, root, to, why, promised=None):
        e = {"kind": kind, "thread": root, "to": to, "why": why}
        if promised:
            e["promised"] = promised
        self.expected.append(e)

    def forbid(self, root, to, why):
        self.forbidden.append({"thread": root, "to": to, "why": why})

    def meeting(self, root, start, end=None, met=(), status="done", thanks=None, job=True,
                what="", networking=False, unknown=(), arranged_by=None):
        """A meeting in thread `root`.  `met`: addresses of the people met.  `thanks`:
        address -> key of the user's message that thanked them (or list of keys).
        `networking`: a networking meeting, after which each person met is touched again
        (KINDS.md).  `unknown`: names of people met whose address the mailbox never gives;
        `arranged_by`: the address of whoever arranged the meeting, to ask."""
        self.meetings.append(dict(root=root, start=start, end=end, met=list(met),
                                  status=status, thanks=dict(thanks or {}), job=job, what=what,
                                  networking=networking, unknown=list(unknown),
                                  arranged_by=arranged_by))

    def promise(self, root, msg, by, last_day, answered_by=None, job=True, ended_by=None,
                back=None):
        """`last_day`: date (YYYY-MM-DD) the window ends.  `answered_by`: key of the
        message (from the company, or the user's follow-up after the window) that
        settles it; `ended_by`: key of a rejection/offer that ends it.  `back`: the return
        date (YYYY-MM-DD) an out-of-office reply from the promiser gave."""
        self.promises.append(dict(root=root, msg=msg, by=by,
                                  last_day=dt.date.fromisoformat(last_day),
                                  answered_by=answered_by, ended_by=ended_by, job=job,
                                  back=dt.date.fromisoformat(back) if back else None))

    def application(self, root, msg, to, answered_by=None, ended_by=None, job=True):
        """The user's message `msg` applies (or sends a résumé) to `to` (KINDS.md).
        `answered_by`: key of the first message from a person at that organisation, or of
        the user's own later message to `to`, that settles it; `ended_by`: a rejection or
        offer that ends it."""
        self.applications.append(dict(root=root, msg=msg, to=to, answered_by=answered_by,
                                      ended_by=ended_by, job=job))

    def own_promise(self, root, msg, to, last_day, kept_by=None, job=True):
        """The user's message `msg` promises `to` something by `last_day` (YYYY-MM-DD).
        `kept_by`: key of the user's later message to `to` that settles it."""
        self.own_promises.append(dict(root=root, msg=msg, to=to,
                                      last_day=dt.date.fromisoformat(last_day),
                                      kept_by=kept_by, job=job))


# --------------------------------------------------------------------------
# Serialising
# --------------------------------------------------------------------------

def received_headers(case, m):
    me = case.me
    ip = "198.51.100.%d" % (10 + int(digest(case.name, m.key, "ip", n=2), 16) % 200)
    host = "mail-%s.%s" % (digest(case.name, m.key, "host", n=6), m.sender.domain)
    qid = digest(case.name, m.key, "qid", n=10).upper()
    recv = (m.date + dt.timedelta(seconds=2 + int(digest(case.name, m.key, "s", n=2), 16) % 40))
    recv = recv.astimezone(me.tz)
    return [
        ("Return-Path", "<%s>" % m.sender.email),
        ("Delivered-To", me.email),
        ("Received", "from %s (%s [%s]) by mx1.%s (Postfix) with ESMTPS id %s for <%s>; %s"
         % (host, host, ip, me.domain, qid, me.email, format_datetime(recv))),
    ]


OUT_POLICY = policy.default.clone(refold_source="none")


def build_email(case, m):
    e = EmailMessage(policy=policy.default)
    if m.folder == "inbox":
        for k, v in received_headers(case, m):
            e[k] = v
    e["From"] = m.sender.addr()
    e["To"] = ", ".join(p.addr() for p in m.to)
    if m.cc:
        e["Cc"] = ", ".join(p.addr() for p in m.cc)
    if m.bcc and m.folder == "sent":
        e["Bcc"] = ", ".join(p.addr() for p in m.bcc)
    if m.reply_to:
        e["Reply-To"] = m.reply_to.addr()
    e["Subject"] = m.subject
    e["Date"] = format_datetime(m.date)
    e["Message-ID"] = m.message_id
    if m.in_reply_to:
        # Written pre-folded, one msg-id a line: the library would otherwise fold a long
        # msg-id into RFC 2047 encoded-words, which msg-ids must never be.
        e.set_raw("In-Reply-To", m.in_reply_to)
        e.set_raw("References", "\n ".join(m.references))
    for k, v in m.headers.items():
        e[k] = v
    if m.sender is case.me:
        e["User-Agent"] = "Example Webmail 4.2"
    if m.html_only:
        e.set_content(m.html, subtype="html")
    else:
        e.set_content(m.text)
        if m.html:
            e.add_alternative(m.html, subtype="html")
    if m.ics:
        method = [l for l in m.ics.split("\r\n") if l.startswith("METHOD:")][0][7:]
        mode = m.ics_mode or "google"
        if mode in ("google", "outlook"):
            # inline text/calendar alternative (the part calendar clients act on)
            e.add_alternative(m.ics, subtype="calendar", params={"method": method})
        if mode == "google":
            e.add_attachment(m.ics.encode("utf-8"), maintype="application", subtype="ics",
                             filename="invite.ics")
        elif mode == "attach":
            e.add_attachment(m.ics.encode("utf-8"), maintype="text", subtype="calendar",
                             filename="invite.ics", params={"method": method})
        elif mode == "publish":
            e.add_attachment(m.ics.encode("utf-8"), maintype="text", subtype="calendar",
                             filename="appointment.ics", params={"method": method})
    for filename, ctype, data in m.attachments:
        maintype, subtype = ctype.split("/")
        e.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for i, part in enumerate(e.walk()):
        if part is not e and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():   # the library would pick random boundaries
            part.set_boundary("----=_Part_%d_%s" % (i, digest(case.name, m.key, i, n=20)))
    return e.as_bytes(policy=OUT_POLICY)


def write_case(case, out_dir):
    root = os.path.join(out_dir, case.name)
    box = os.path.join(root, "mailbox")
    if os.path.isdir(box):
        shutil.rmtree(box)
    for folder in ("", ".Sent"):
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(box, folder, sub))
    with open(os.path.join(box, ".Sent", "maildirfolder"), "wb"):
        pass
    for i, m in enumerate(sorted(case.msgs, key=lambda m: m.date), 1):
        data = build_email(case, m)
        folder = os.path.join(box, ".Sent" if m.folder == "sent" else "")
        epoch = int(m.date.timestamp())
        base = "%d.M%06dP%d.followupd-cases,S=%d" % (epoch, i * 1013 % 1000000,
                                                      4000 + i, len(data))
        if m.unread:
            path = os.path.join(folder, "new", base)
        else:
            path = os.path.join(folder, "cur", base + ":2,S")
        with open(path, "wb") as f:
            f.write(data)

    by_root = {}
    for m in sorted(case.msgs, key=lambda m: m.date):
        by_root.setdefault(m.root, []).append(m)
    mid = lambda key: case.by_key[key].message_id
    threads = []
    for troot, job, category, company, note in case.threads:
        msgs = by_root[troot]
        threads.append({
            "message_ids": [m.message_id for m in msgs],
            "job_related": job,
            "category": category,
            "company": company,
            "counterparts": counterparts(case, msgs),
            "note": note,
        })
    doc = {
        "description": case.description,
        "user": case.user,
        "now": case.now.isoformat(),
        "threads": threads,
        "expected_actions": [
            dict({"kind": e["kind"], "thread": mid(e["thread"]), "to": e["to"]},
                 **({"promised": e["promised"]} if "promised" in e else {}))
            for e in case.expected],
        "forbidden_actions": [
            {"thread": mid(f["thread"]), "to": f["to"], "why": f["why"]} for f in case.forbidden],
    }
    with open(os.path.join(root, "case.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")


def ics_people(ics):
    """(email, cutype) for ORGANIZER and ATTENDEE lines of an ICS text."""
    text = ics.replace("\r\n ", "")
    out = []
    for line in text.split("\r\n"):
        if line.startswith("ORGANIZER") or line.startswith("ATTENDEE"):
            params, _, value = line.partition(":mailto:")
            cutype = "INDIVIDUAL"
            if "CUTYPE=" in params:
                cutype = params.split("CUTYPE=")[1].split(";")[0]
            out.append((value.lower(), cutype))
    return out


def counterparts(case, msgs, include_rooms=False):
    """Every address in the thread other than the user's, rooms and resources left out."""
    seen = []
    def add(email):
        email = email.lower()
        if email != case.me.email and email not in seen:
            seen.append(email)
    for m in msgs:
        for p in [m.sender] + m.to + m.cc + m.bcc + ([m.reply_to] if m.reply_to else []):
            add(p.email)
        if m.ics:
            for email, cutype in ics_people(m.ics):
                if include_rooms or cutype not in ("ROOM", "RESOURCE"):
                    add(email)
    return seen


# --------------------------------------------------------------------------
# Checking the labels against the rules, and the files against the format
# --------------------------------------------------------------------------

def midnight_after(day, tz):
    return dt.datetime.combine(day + DAY, dt.time(0), tzinfo=tz)


def add_business_days(day, n):
    while n:
        day += DAY
        if day.weekday() < 5:
            n -= 1
    return day


def callback_due(last_day, tz):
    """End of the window's last day plus the grace, in business days."""
    return midnight_after(add_business_days(last_day, GRACE_BUSINESS_DAYS), tz)


def thanks_text(m):
    return "thank" in m.text.split("\n>")[0].split("________________________________")[0].lower()


def auto_replied(m):
    """An out-of-office or other automatic reply (KINDS.md): not a person writing."""
    return m.headers.get("Auto-Submitted", "no").lower().startswith("auto-replied")


def answers_of(case, pm, company, window_end, due):
    """Messages that settle a promise by `due`: any from the company after it was made, or
    the user's own follow-up to the company after the window ended."""
    out = [m for m in case.msgs if m.sender.domain == company and pm.date < m.date <= due
           and not auto_replied(m)]
    out += [m for m in case.msgs if m.sender is case.me and window_end <= m.date <= due
            and any(p.email.endswith("@" + company) for p in m.to + m.cc + m.bcc)]
    return out


def check_labels(case):
    """Recompute every follow-up from the case's facts; return a list of problems."""
    problems = []
    tz = case.me.tz
    now = case.now
    deadlines = []          # (time, what) for the margin check
    due = {}                # (kind, root, to) -> why/promised
    roots = [t[0] for t in case.threads]
    if len(set(roots)) != len(roots):
        problems.append("a thread is listed twice")
    for m in case.msgs:
        if m.root not in roots:
            problems.append("message %s belongs to no listed thread" % m.key)
    user_msgs = [m for m in case.msgs if m.sender is case.me]

    def recipients(m):
        return {p.email.lower() for p in m.to + m.cc + m.bcc}

    for mt in case.meetings:
        start = mt["start"]
        end = mt["end"] or start + MEETING_DEFAULT
        what = "%s meeting %s" % (mt["root"], start.isoformat())
        deadlines += [(start, what + " start"), (end, what + " end")]
        if mt["status"] == "scheduled" and start <= now:
            problems.append("%s is marked scheduled but has started" % what)
        if mt["status"] == "done" and end >= now:
            problems.append("%s is marked done but has not ended" % what)
        if mt["status"] != "done":
            continue
        deadlines += [(end + DRAFT_AFTER, what + " draft"), (end + THANK_WITHIN, what + " overdue"),
                      (end + DRAFT_AFTER + STALE_AFTER, what + " stale")]
        if not mt["job"]:
            continue
        for person in mt["met"]:
            key = mt["thanks"].get(person)
            thanked = [m for m in user_msgs if m.date >= start and person in recipients(m)
                       and thanks_text(m)]
            if key:
                m = case.by_key[key]
                if m not in thanked:
                    problems.append("%s: %s does not thank %s after the start" % (what, key, person))
                continue
            if thanked:
                problems.append("%s: %s is thanked by %s but the facts say not"
                                % (what, person, [m.key for m in thanked]))
            d = end + DRAFT_AFTER
            if d <= now and now - d <= STALE_AFTER:
                due[("thank_you", mt["root"], person)] = None

    for pr in case.promises:
        pm = case.by_key[pr["msg"]]
        if pm.sender.email != pr["by"]:
            problems.append("promise %s is not from %s" % (pr["msg"], pr["by"]))
        window_end = midnight_after(pr["last_day"], tz)
        counted = max(pr["last_day"], pr["back"] or pr["last_day"])  # after an out-of-office
        d = callback_due(counted, tz)
        what = "%s promise %s" % (pr["root"], pr["last_day"])
        deadlines += [(window_end, what + " window end"), (d, what + " due"),
                      (d + STALE_AFTER, what + " stale")]
        if not pr["job"]:
            continue
        company = pr["by"].split("@")[1]
        answers = answers_of(case, pm, company, window_end, d)
        named = pr["answered_by"] or pr["ended_by"]
        # A reading one business day shorter must not change the answer either.
        d_alt = midnight_after(add_business_days(counted, max(GRACE_BUSINESS_DAYS - 1, 0)), tz)
        deadlines.append((d_alt, what + " due (one business day shorter)"))
        if bool(answers_of(case, pm, company, window_end, d_alt)) != bool(
                answers_of(case, pm, company, window_end, d)):
            problems.append("%s: settled or not depends on the grace reading" % what)
        if not (answers or pr["ended_by"]) and (d_alt <= now) != (d <= now):
            problems.append("%s: due or not depends on the grace reading" % what)
        if named and case.by_key[named] not in answers:
            problems.append("%s: %s does not settle it in time" % (what, named))
        if answers and not named:
            problems.append("%s: settled by %s but the facts say not"
                            % (what, [m.key for m in answers]))
        if answers or pr["ended_by"]:
            continue
        if d <= now and now - d <= STALE_AFTER:
            due[("callback", pr["root"], pr["by"])] = str(pr["last_day"])

    problems += _other_kinds(case, due, deadlines, recipients, user_msgs)

    for t, what in deadlines:
        if abs(t - now) < MARGIN:
            problems.append("now is within 3 hours of %s (%s)" % (what, t.isoformat()))

    labelled = {(e["kind"], e["thread"], e["to"]): e.get("promised") for e in case.expected}
    if labelled != due:
        problems.append("expected %s but the rules give %s"
                        % (sorted(labelled.items()), sorted(due.items())))
    exp_pairs = {(e["thread"], e["to"]) for e in case.expected}
    thread_people = {}
    for root in roots:
        msgs = [m for m in case.msgs if m.root == root]
        thread_people[root] = counterparts(case, msgs, include_rooms=True) + written_in(msgs)
    for f in case.forbidden:
        pair = (f["thread"], f["to"])
        if pair in exp_pairs:
            problems.append("forbidden %s is also expected" % (pair,))
        if any((r, k) == pair for (_, r, k) in due):
            problems.append("forbidden %s is due under the rules" % (pair,))
        if f["to"] not in thread_people.get(f["thread"], ()):
            problems.append("forbidden %s: address not in the thread" % (pair,))
    for e in case.expected:
        if e["to"] not in thread_people.get(e["thread"], ()):
            problems.append("expected %s: address not in the thread" % ((e["thread"], e["to"]),))
    return problems


APPLICATION_BUSINESS_DAYS = 7
NETWORKING_TOUCH = dt.timedelta(days=14)
_AUTOMATED_LOCAL = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply",
                    "notifications", "notification", "mailer-daemon", "alerts", "jobs-noreply")


def person_writing(m):
    """A message a person wrote (not an automatic reply, a notice or a no-reply sender)."""
    local = m.sender.email.lower().split("@")[0]
    return not m.headers.get("Auto-Submitted") and local not in _AUTOMATED_LOCAL


def _other_kinds(case, due, deadlines, recipients, user_msgs):
    """The kinds of KINDS.md: application, networking, ask_for_address, own_promise."""
    problems = []
    tz, now = case.me.tz, case.now

    def settled(what, named, answers, ended=None):
        if named and case.by_key[named] not in answers and named != ended:
            problems.append("%s: %s does not settle it in time" % (what, named))
        if answers and not named:
            problems.append("%s: settled by %s but the facts say not"
                            % (what, [m.key for m in answers]))
        return bool(answers or ended)

    for ap in case.applications:
        am = case.by_key[ap["msg"]]
        what = "%s application %s" % (ap["root"], ap["msg"])
        if am.sender is not case.me or ap["to"] not in recipients(am):
            problems.append("%s is not the user's message to %s" % (what, ap["to"]))
        d = midnight_after(add_business_days(am.date.astimezone(tz).date(),
                                             APPLICATION_BUSINESS_DAYS), tz)
        deadlines += [(d, what + " due"), (d + STALE_AFTER, what + " stale")]
        domain = ap["to"].split("@")[1]
        personal = domain in ("gmail.com", "outlook.com", "hotmail.com", "yahoo.com",
                              "icloud.com")
        answers = [m for m in case.msgs if am.date < m.date <= d and person_writing(m)
                   and m.sender is not case.me
                   and (m.sender.email == ap["to"] if personal else m.sender.domain == domain)]
        answers += [m for m in user_msgs if am.date < m.date <= d and ap["to"] in recipients(m)]
        if settled(what, ap["answered_by"], answers, ap["ended_by"]) or not ap["job"]:
            continue
        if d <= now and now - d <= STALE_AFTER:
            due[("application", ap["root"], ap["to"])] = None

    for mt in case.meetings:
        start, end = mt["start"], mt["end"] or mt["start"] + MEETING_DEFAULT
        if mt["status"] != "done" or not mt["job"]:
            continue
        what = "%s meeting %s" % (mt["root"], start.isoformat())
        for person in mt["met"] if mt["networking"] else ():
            exchanges = [m.date for m in case.msgs if start <= m.date <= now
                         and ((m.sender is case.me and person in recipients(m))
                              or m.sender.email == person)]
            last = max([end] + exchanges)
            d = midnight_after(last.astimezone(tz).date() + NETWORKING_TOUCH, tz)
            deadlines += [(d, "%s touch %s" % (what, person)),
                          (d + STALE_AFTER, "%s touch %s stale" % (what, person))]
            if d <= now and now - d <= STALE_AFTER:
                due[("networking", mt["root"], person)] = None
        if mt["unknown"]:
            asked = mt["arranged_by"]
            if not asked:
                problems.append("%s: unknown addresses but no arranged_by" % what)
                continue
            d = end + DRAFT_AFTER
            if any(start <= m.date <= now and asked in recipients(m) for m in user_msgs):
                continue
            if d <= now and now - d <= STALE_AFTER:
                due[("ask_for_address", mt["root"], asked)] = None

    for op in case.own_promises:
        om = case.by_key[op["msg"]]
        what = "%s own promise %s" % (op["root"], op["msg"])
        if om.sender is not case.me or op["to"] not in recipients(om):
            problems.append("%s is not the user's message to %s" % (what, op["to"]))
        d = midnight_after(op["last_day"], tz)
        deadlines += [(d, what + " due"), (d + STALE_AFTER, what + " stale")]
        kept = [m for m in user_msgs if om.date < m.date <= now and op["to"] in recipients(m)]
        if settled(what, op["kept_by"], kept) or not op["job"]:
            continue
        if d <= now and now - d <= STALE_AFTER:
            due[("own_promise", op["root"], op["to"])] = None
    return problems


def written_in(msgs):
    """Addresses written in the messages' own text (not their quoted parts): a label may name
    someone whose address the thread gives only in words ("Interviewers: Jo Park, jo@...")."""
    import re
    out = []
    for m in msgs:
        own = m.text.split("\n>")[0].split("________________________________")[0]
        own += "\n" + (m.ics or "").replace("\r\n ", "")
        out += [a.lower() for a in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", own)]
    return out


def check_files(root):
    """Parse what is on disk and check case.json against it; return problems."""
    problems = []
    box = os.path.join(root, "mailbox")
    ids = {}
    for folder in ("", ".Sent"):
        for sub in ("cur", "new", "tmp"):
            d = os.path.join(box, folder, sub)
            if not os.path.isdir(d):
                problems.append("missing %s" % d)
                continue
            for fn in sorted(os.listdir(d)):
                raw = open(os.path.join(d, fn), "rb").read()
                msg = message_from_bytes(raw, policy=policy.default)
                for k in ("From", "To", "Date", "Subject", "Message-ID"):
                    if msg[k] is None:
                        problems.append("%s: no %s" % (fn, k))
                parsedate_to_datetime(str(msg["Date"]))
                mid = str(msg["Message-ID"]).strip()
                for k in ("Message-ID", "In-Reply-To", "References"):
                    v = msg[k]
                    if v is not None and ("=?" in str(v) or not all(
                            t.startswith("<") and t.endswith(">") and t.count("@") == 1
                            for t in str(v).split())):
                        problems.append("%s: malformed %s" % (fn, k))
                if raw.count(b"=?utf-8?q?=3C") or any(len(l) > 998 for l in raw.split(b"\n")):
                    problems.append("%s: encoded msg-id or overlong line" % fn)
                ids[mid] = ids.get(mid, 0) + 1
                for part in msg.walk():
                    ctype = part.get_content_type()
                    if part.is_multipart():
                        continue
                    part.get_content()  # must decode
                    if ctype in ("text/calendar", "application/ics"):
                        data = part.get_payload(decode=True)
                        lines = data.split(b"\r\n")
                        if part["Content-Transfer-Encoding"] == "base64":
                            if not data.endswith(b"\r\n") or any(b"\n" in l for l in lines):
                                problems.append("%s: calendar part without CRLF" % fn)
                        else:
                            lines = data.replace(b"\r\n", b"\n").split(b"\n")
                        if any(len(l) > 75 for l in lines):
                            problems.append("%s: calendar line over 75 octets" % fn)
                        text = b"\n".join(lines).decode()
                        for needed in ("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:", "BEGIN:VEVENT",
                                       "UID:", "DTSTAMP", "DTSTART", "END:VCALENDAR"):
                            if needed not in text:
                                problems.append("%s: calendar lacks %s" % (fn, needed))
                    if ctype == "application/pdf":
                        data = part.get_payload(decode=True)
                        if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
                            problems.append("%s: bad PDF" % fn)
    for mid, n in ids.items():
        if n != 1:
            problems.append("Message-ID %s appears %d times" % (mid, n))
    doc = json.load(open(os.path.join(root, "case.json"), encoding="utf-8"))
    listed = [i for t in doc["threads"] for i in t["message_ids"]]
    for i in listed:
        if i not in ids:
            problems.append("case.json lists %s, which is not in the mailbox" % i)
    for i in ids:
        if listed.count(i) != 1:
            problems.append("%s is listed %d times in case.json" % (i, listed.count(i)))
    firsts = {t["message_ids"][0] for t in doc["threads"]}
    for a in doc["expected_actions"] + doc["forbidden_actions"]:
        if a["thread"] not in firsts:
            problems.append("action thread %s is not a thread's first Message-ID" % a["thread"])
    for t in doc["threads"]:
        if t["job_related"] and t["category"] not in ("interview", "networking", "application",
                                                      "recruiter", "offer", "rejection"):
            problems.append("bad category %r" % t["category"])
        if not t["job_related"] and t["category"] is not None:
            problems.append("non-job thread with a category")
    dt.datetime.fromisoformat(doc["now"])
    return problems, len(ids)


# --------------------------------------------------------------------------
# Shared bits for the cases
# --------------------------------------------------------------------------

def html_of(text, title=None):
    import html as _h
    paras = [p for p in text.strip().split("\n\n")]
    body = "".join("<p>%s</p>\n" % _h.escape(p).replace("\n", "<br>\n") for p in paras)
    head = "<title>%s</title>" % _h.escape(title) if title else ""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">%s</head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s</body></html>\n"
            % (head, body))


def bulk_headers(list_id, unsub):
    return {"List-Id": list_id,
            "List-Unsubscribe": "<%s>, <mailto:unsubscribe@%s>" % (unsub, list_id.strip("<>").split(".", 1)[1]),
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk"}


AUTO = {"Auto-Submitted": "auto-generated"}
GCAL = {"Sender": "Google Calendar <calendar-notification@google.com>"}


def uid_google(*seed):
    return digest(*seed, n=26) + "@google.com"


def uid_outlook(*seed):
    return "040000008200E00074C5B7101A82E00800000000" + digest(*seed, n=48).upper()


def uid_uuid(*seed):
    d = digest(*seed, n=32)
    return "%s-%s-%s-%s-%s" % (d[:8], d[8:12], d[12:16], d[16:20], d[20:32])




def run(build, out_dir, argv=None):
    """Build one case into out_dir/<name>/ (unless --check), then check it; exit status."""
    argv = sys.argv[1:] if argv is None else argv
    case = build()
    if "--check" not in argv:
        write_case(case, out_dir)
    problems = check_labels(case)
    fproblems, n = check_files(os.path.join(out_dir, case.name))
    problems += fproblems
    print("%-36s %s  threads=%d messages=%d expected=%d forbidden=%d"
          % (case.name, "ok" if not problems else "FAILED", len(case.threads), n,
             len(case.expected), len(case.forbidden)))
    for p in problems:
        print("   - " + p)
    return 1 if problems else 0
