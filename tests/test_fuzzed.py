"""Generated hostile input (hypothesis): random headers and encodings, nested MIME, calendars
with absurd recurrences and zones, names and subjects full of control characters. Whatever
comes in, parsing refuses with a reason or returns clean, bounded data; threading is a
partition; a draft keeps RFC 5322's limits."""

from __future__ import annotations

import time
import zoneinfo
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daemon import limits
from daemon.config import Profile, User
from daemon.drafting.compose import compose
from daemon.errors import MessageError
from daemon.followups.thank_you import ThankYouFor
from daemon.infer.people import Identity
from daemon.mailtext import clean_address
from daemon.model import Address, Followup, Meeting, Message, Thread, ThreadFacts
from daemon.parse import parse_calendar, parse_message
from daemon.threading import thread_messages

TZ = zoneinfo.ZoneInfo("America/Chicago")
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u2028\u2029\u202e\ufeff\r\n\t"
hostile_text = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(CONTROLS)), max_size=80
)
header_names = st.sampled_from(
    [
        "From",
        "To",
        "Cc",
        "Reply-To",
        "Subject",
        "Date",
        "Message-ID",
        "References",
        "In-Reply-To",
        "Content-Type",
        "Content-Transfer-Encoding",
        "List-Id",
        "Auto-Submitted",
    ]
) | st.from_regex(r"X-[A-Za-z]{1,10}", fullmatch=True)
charsets = st.sampled_from(
    ["utf-8", "idna", "utf-7", "utf-16", "rot13", "x-unknown", "utf\x00-8", "base64", ""]
) | st.text(max_size=12)


def _encoded_word(text: str, charset: str) -> str:
    import base64

    return f"=?{charset}?b?{base64.b64encode(text.encode('utf-8', 'surrogatepass')).decode()}?="


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        name = draw(header_names)
        value = draw(hostile_text)
        if draw(st.booleans()):
            value = _encoded_word(value, draw(charsets))
        lines.append(f"{name}: {value}")
    if draw(st.booleans()):
        lines.append("Date: Mon, 09 Mar 2026 10:00:00 -0500")
    depth = draw(st.integers(0, 30))
    body = draw(st.binary(max_size=300))
    charset = draw(charsets)
    leaf = f"Content-Type: text/plain; charset={charset}\r\n\r\n".encode() + body
    for level in range(depth):
        b = f"b{level}".encode()
        kind = draw(st.sampled_from([b"multipart/mixed", b"multipart/alternative"]))
        leaf = (
            b"Content-Type: "
            + kind
            + b'; boundary="'
            + b
            + b'"\r\n\r\n--'
            + b
            + b"\r\n"
            + leaf
            + b"\r\n--"
            + b
            + b"--\r\n"
        )
    head = "\r\n".join(lines).encode("utf-8", "surrogatepass")
    return head + b"\r\n" + leaf


def _check(m: Message) -> None:
    assert not any(c in m.subject for c in CONTROLS) and len(m.subject) <= limits.SUBJECT_CHARS
    for a in (m.sender, *m.to, *m.cc, *m.reply_to):
        if a is not None:
            assert clean_address(a.email) == a.email
            assert a.name is None or not any(c in a.name for c in "\x00\r\n\x1b\u2028")
    assert len(m.references) <= limits.REFERENCES
    for ev in m.events:
        assert limits.EVENT_YEARS[0] <= ev.start.year <= limits.EVENT_YEARS[1]
        for a in (ev.organizer, *ev.attendees):
            if a is not None:
                assert clean_address(a.email) == a.email


@FAST
@given(messages())
def test_any_message_parses_clean_or_is_refused_with_a_reason(data: bytes) -> None:
    began = time.monotonic()
    try:
        m = parse_message(data, account="a", folder="INBOX", ref="r", default_tz=TZ)
    except MessageError as exc:
        assert str(exc)
        return
    finally:
        assert time.monotonic() - began < limits.PARSE_SECONDS
    _check(m)


@st.composite
def calendars(draw: st.DrawFn) -> bytes:
    year = draw(st.integers(1, 9999))
    start = f"{year:04d}{draw(st.integers(1, 12)):02d}{draw(st.integers(1, 28)):02d}T100000"
    freq = draw(st.sampled_from(["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "YEARLY", "BOGUS"]))
    rrule = f"RRULE:FREQ={freq};COUNT={draw(st.integers(0, 10**9))};BYSECOND=" + ",".join(
        str(draw(st.integers(0, 60))) for _ in range(draw(st.integers(1, 60)))
    )
    tzid = draw(st.sampled_from(["Evil/Zone", "America/Chicago", "W. Europe Standard Time", ""]))
    zone = (
        f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
        f"RRULE:FREQ={freq}\r\nTZOFFSETFROM:{draw(st.sampled_from(['+0100', '+9999', '-2500']))}"
        f"\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    attendee = draw(
        st.sampled_from(
            [
                'ATTENDEE;CN="A^nB":mailto:a@x.example',
                'ATTENDEE:"mailto:a@x.example"',
                "ATTENDEE:mailto:a b@x.example",
                "ATTENDEE:mailto:a@x.example,b@x.example",
                "ATTENDEE;CN=A:mailto:a@x.example\\nBcc:c@x.example",
            ]
        )
    )
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{n}\r\nDTSTART;TZID={tzid}:{start}\r\n"
        f"DURATION:P{draw(st.integers(0, 10**6))}D\r\n{rrule}\r\n{attendee}\r\nEND:VEVENT\r\n"
        for n in range(draw(st.integers(1, 80)))
    )
    text = f"BEGIN:VCALENDAR\r\nMETHOD:{draw(hostile_text)}\r\n{zone}{events}END:VCALENDAR\r\n"
    return text.encode("utf-8", "surrogatepass")


@FAST
@given(calendars())
def test_any_calendar_gives_bounded_clean_events(data: bytes) -> None:
    began = time.monotonic()
    events = parse_calendar(data, TZ)
    assert time.monotonic() - began < 5
    assert len(events) <= limits.CALENDAR_EVENTS
    for ev in events:
        assert limits.EVENT_YEARS[0] <= ev.start.year <= limits.EVENT_YEARS[1]
        assert ev.end is None or ev.start <= ev.end <= ev.start + timedelta(days=31)
        assert all(clean_address(a.email) == a.email for a in ev.attendees)


ids = st.integers(0, 30).map(lambda n: f"<m{n}@x.example>")


@FAST
@given(st.lists(st.tuples(ids, st.lists(ids, max_size=40)), max_size=40))
def test_threads_are_a_partition_whatever_the_references(
    spec: list[tuple[str, list[str]]],
) -> None:
    base = datetime(2026, 3, 1, tzinfo=TZ)
    msgs = [
        Message(
            "a",
            "INBOX",
            str(i),
            mid,
            "Re: x",
            base + timedelta(minutes=i),
            None,
            references=tuple(refs),
        )
        for i, (mid, refs) in enumerate(spec)
    ]
    threads = thread_messages(msgs)
    seen = [m.message_id for t in threads for m in t.messages]
    assert sorted(seen) == sorted({m.message_id for m in msgs})


def test_threading_is_linear_in_the_number_of_ids() -> None:
    base = datetime(2026, 3, 1, tzinfo=TZ)

    def took(n: int) -> float:
        refs = tuple(f"<r{i}@x.example>" for i in range(n))
        msgs = [Message("a", "INBOX", "1", "<m@x.example>", "s", base, None, references=refs)]
        began = time.perf_counter()
        thread_messages(msgs)
        return time.perf_counter() - began

    # 100,000 ids (8,000 took 4.5 s before); bounded to 100 ids from the first and the last
    assert took(100_000) < 1.0


USER = User(name="Maya Okafor", emails=("maya@example.net",), timezone="America/Chicago")


@FAST
@given(hostile_text, hostile_text, hostile_text)
def test_a_draft_from_hostile_names_and_subjects_keeps_rfc_5322_limits(
    name: str, subject: str, company: str
) -> None:
    start = datetime(2026, 3, 17, 10, tzinfo=TZ)
    to = Address("dana@co.example", name or None)
    parent = Message(
        "a", "INBOX", "1", "<p@co.example>", subject, start, to, to=(Address("maya@example.net"),)
    )
    thread = Thread(parent.message_id, (parent,))
    meeting = Meeting(thread.id, start, start + timedelta(hours=1), "done", (to,), "ics", "")
    followup = Followup(
        "thank_you-x",
        "thank_you",
        thread.id,
        to,
        start,
        start,
        "due",
        "t",
        payload=ThankYouFor(meeting),
    )
    facts = ThreadFacts(thread, True, "interview", company or None, ())
    try:
        draft = compose(
            followup,
            facts,
            USER,
            Profile(),
            Identity(frozenset(USER.emails)),
            TZ,
            start + timedelta(days=1),
            lambda m: b"not a message",
        )
    except MessageError:
        return
    lines = draft.raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 998
    head = draft.raw.split(b"\r\n\r\n", 1)[0]
    assert not any(c in head for c in b"\x00\x1b\x7f") and b"\n" not in head.replace(b"\r\n", b"")
