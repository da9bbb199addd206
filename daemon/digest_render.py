"""The digest's sections as plain text and as HTML that reads on a phone.

Each row is a block, not a table row: its first value in bold, then one line per other value
with its label, so a 390 px wide screen shows everything without scrolling sideways. Every value
came from mail or from the user and is escaped; links are only ever http(s) addresses.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    """One part of the digest: rows of plain strings under labels, each row with the web
    address that opens it where there is one."""

    title: str
    rows: list[list[str]]
    header: list[str]
    links: list[str | None] = field(default_factory=list)

    def link(self, index: int) -> str | None:
        """The row's web address, if any (only http and https are ever linked)."""
        url = self.links[index] if index < len(self.links) else None
        return url if url and url.startswith(("https://", "http://")) else None


def render_text(subject: str, sections: list[Section], notes: list[str]) -> str:
    """The digest as plain text: a heading per section, a line per row."""
    out = [subject, ""]
    out += [f"! {n}" for n in notes] + ([""] if notes else [])
    for s in sections:
        out.append(s.title.upper())
        if not s.rows:
            out.append("  nothing")
        for i, row in enumerate(s.rows):
            out.append("  - " + " | ".join(c for c in row if c))
            url = s.link(i)
            if url:
                out.append(f"    open: {url}")
        out.append("")
    out.append("followupd writes drafts; it never sends mail for you.")
    return "\n".join(out) + "\n"


_MUTED = "color:#6b7280"
_WRAP = "overflow-wrap:anywhere;word-break:break-word"


def render_html(subject: str, sections: list[Section], notes: list[str]) -> str:
    """The digest as one HTML page (inline styles only: mail clients drop style sheets)."""
    e = html.escape
    parts = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(subject)}</title></head>",
        '<body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;'
        f"color:#111827;max-width:760px;margin:0 auto;padding:12px;font-size:15px;"
        f'line-height:1.4;{_WRAP}">',
        f'<h1 style="font-size:19px;margin:0 0 14px 0">{e(subject)}</h1>',
    ]
    for n in notes:
        parts.append(f'<p style="background:#fef3c7;padding:8px;border-radius:4px">{e(n)}</p>')
    for s in sections:
        parts.append(f'<h2 style="font-size:16px;margin:18px 0 4px 0">{e(s.title)}</h2>')
        if not s.rows:
            parts.append(f'<p style="{_MUTED};margin:0 0 12px 0">Nothing.</p>')
            continue
        for i, row in enumerate(s.rows):
            parts.append('<div style="border-bottom:1px solid #e5e7eb;padding:8px 0">')
            parts.append(f'<div style="font-weight:600">{e(row[0])}</div>')
            for label, value in zip(s.header[1:], row[1:], strict=False):
                if value:
                    parts.append(f'<div><span style="{_MUTED}">{e(label)}:</span> {e(value)}</div>')
            url = s.link(i)
            if url:
                parts.append(
                    f'<div><a href="{e(url, quote=True)}" style="color:#1d4ed8">'
                    "Open the conversation</a></div>"
                )
            parts.append("</div>")
    parts.append(
        f'<p style="{_MUTED};font-size:12px">followupd writes drafts; it never '
        "sends mail for you.</p></body></html>"
    )
    return "".join(parts)
