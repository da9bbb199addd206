"""Messages a stranger can send that once stopped followupd (issue 9), each as a job-search
thread whose thank-you falls due, so that parsing, threading, inference, the rules, composing
and attaching all meet it.

The user is the one of the public case `sample-analyst-chicago` (Maya Okafor), scanned at the
case's `now`: each invite's interview ended the day before, so a draft is owed for each.
"""

from __future__ import annotations

import base64
from collections.abc import Callable

ME = "maya.okafor@example.net"
NOW = "2026-03-18T11:00:00-05:00"


def _ics(n: int, attendee: str, dtstart: str = "20260317T150000Z") -> str:
    return (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:-//hostile//EN\r\nVERSION:2.0\r\n"
        f"BEGIN:VEVENT\r\nUID:hostile-{n}@co{n}.example\r\nSEQUENCE:0\r\n"
        f"DTSTART:{dtstart}\r\nDTEND:20260317T160000Z\r\n"
        f"SUMMARY:Interview: Maya Okafor / Dana Ruiz\r\n"
        f"ORGANIZER;CN=Dana Ruiz:mailto:dana.ruiz@co{n}.example\r\n"
        f"{attendee}\r\n"
        "ATTENDEE;CN=Maya Okafor:mailto:maya.okafor@example.net\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def invite(
    n: int,
    *,
    attendee: str | None = None,
    dtstart: str = "20260317T150000Z",
    subject: str = "Interview: Data Analyst at Company {n}",
    extra_headers: str = "",
    body: bytes | None = None,
    charset: str = "utf-8",
    calendars: int = 1,
    text_line: bytes = b"",
) -> bytes:
    """An interview invite from Dana Ruiz at co{n}.example, with one hostile feature."""
    attendee = attendee or f"ATTENDEE;CN=Dana Ruiz:mailto:dana.ruiz@co{n}.example"
    ics = _ics(n, attendee, dtstart).encode()
    text = body or (
        b"Thanks for applying! Here is the invite for your interview with me about the "
        b"Data Analyst role.\r\n" + text_line
    )
    boundary = f"hostile-{n}-boundary"
    parts = [
        f"--{boundary}\r\nContent-Type: text/plain; charset={charset}\r\n\r\n".encode() + text,
    ]
    for _ in range(calendars):
        parts.append(
            f"--{boundary}\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n".encode() + ics
        )
    head = (
        f"From: Dana Ruiz <dana.ruiz@co{n}.example>\r\n"
        f"To: Maya Okafor <{ME}>\r\n"
        f"Subject: {subject.format(n=n)}\r\n"
        "Date: Mon, 09 Mar 2026 10:00:00 -0500\r\n"
        f"Message-ID: <hostile-{n}@co{n}.example>\r\n"
        f"{extra_headers}"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
    ).encode()
    return head + b"\r\n".join(parts) + f"\r\n--{boundary}--\r\n".encode()


def _encoded(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


def _deep(n: int, depth: int) -> bytes:
    head = (
        f"From: Dana Ruiz <dana.ruiz@co{n}.example>\r\nTo: {ME}\r\n"
        f"Subject: Interview nested\r\nDate: Mon, 09 Mar 2026 10:00:00 -0500\r\n"
        f"Message-ID: <hostile-{n}@co{n}.example>\r\nMIME-Version: 1.0\r\n"
    ).encode()
    body = b"I'll get back to you by Friday, March 13.\r\n"
    for level in range(depth):
        b = f"b{level}".encode()
        body = (
            b'Content-Type: multipart/mixed; boundary="'
            + b
            + b'"\r\n\r\n--'
            + b
            + b"\r\n"
            + body
            + b"\r\n--"
            + b
            + b"--\r\n"
        )
    return head + body


HOSTILE: dict[str, Callable[[], bytes]] = {
    # a CN with an RFC 6868 newline, trying to add a header to the draft
    "cn_newline": lambda: invite(
        1, attendee='ATTENDEE;CN="Dana^nBcc: victim@evil.example":mailto:dana.ruiz@co1.example'
    ),
    "mailto_quoted": lambda: invite(2, attendee='ATTENDEE;CN=Dana:"mailto:dana.ruiz@co2.example"'),
    "mailto_space": lambda: invite(3, attendee="ATTENDEE;CN=Dana:mailto:dana ruiz@co3.example"),
    "mailto_two": lambda: invite(
        4, attendee="ATTENDEE;CN=Dana:mailto:dana.ruiz@co4.example,sam.ito@co4.example"
    ),
    "mailto_newline": lambda: invite(
        5, attendee="ATTENDEE;CN=Dana:mailto:dana.ruiz@co5.example\\nBcc:victim@evil.example"
    ),
    "year_9999": lambda: invite(6, dtstart="99991231T230000Z"),
    "charset_idna": lambda: invite(7, charset="idna"),
    "charset_nul": lambda: invite(8, charset='"utf\x00-8"'),
    "subject_controls": lambda: invite(
        9, subject=_encoded("Interview\x00 next\x1b[31m steps\u2028Bcc: victim@evil.example")
    ),
    "references_100k": lambda: invite(
        10,
        extra_headers="References: "
        + "\r\n ".join(f"<r{i}@co10.example>" for i in range(100_000))
        + "\r\n",
    ),
    "references_2k": lambda: invite(
        11,
        extra_headers="References: "
        + "\r\n ".join(f"<r{i}@co11.example>" for i in range(2_000))
        + "\r\n",
    ),
    "subject_1mb": lambda: invite(12, subject="Interview " + "x" * (1 << 20)),
    "subject_100k": lambda: invite(13, subject="Interview " + "y" * 100_000),
    "calendar_parts_5000": lambda: invite(14, calendars=5000),
    "line_10mib": lambda: invite(15, text_line=b"z" * (10 << 20) + b"\r\n"),
    "nested_5000": lambda: _deep(16, 5000),
    "nested_50": lambda: _deep(17, 50),
    "header_nul_esc": lambda: invite(
        18, extra_headers="X-Note: a\x00b\x1bc\r\n", subject="Interview\x1b]0;pwned\x07 at Co 18"
    ),
}
