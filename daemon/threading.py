"""Group messages into threads the way real mail links them (JWZ, simplified).

Parents come from References and In-Reply-To; a missing parent still joins its children; a
cycle is broken instead of followed; the subject joins a reply only when it has no headers to go
by. A provider's own thread id (Gmail's threadId) wins over all of that when present.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from daemon import limits
from daemon.model import Message, Thread

_PREFIX = re.compile(r"^\s*((re|aw|sv|antw|wg|fw|fwd|tr|r)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def strip_prefixes(subject: str) -> str:
    """The subject without its reply/forward prefixes ("Re: AW: Fwd: x" -> "x")."""
    return _PREFIX.sub("", subject).strip()


def base_subject(subject: str) -> str:
    """The subject without reply/forward prefixes, lower-cased and with spaces folded."""
    return " ".join(_PREFIX.sub("", subject).split()).lower()


def is_reply_subject(subject: str) -> bool:
    return bool(_PREFIX.match(subject))


def thread_messages(messages: Iterable[Message]) -> list[Thread]:
    """Threads, each oldest message first, ordered by their first message's date."""
    by_id: dict[str, Message] = {}
    for msg in sorted(messages, key=lambda m: (m.date, m.folder, m.ref)):
        kept = by_id.get(msg.message_id)
        # the same message in two folders (Sent and INBOX): keep one copy
        if kept is None:
            by_id[msg.message_id] = msg

    hinted: dict[str, list[Message]] = defaultdict(list)
    unhinted: list[Message] = []
    for msg in by_id.values():
        (hinted[msg.thread_hint] if msg.thread_hint else unhinted).append(msg)

    groups = [list(g) for g in hinted.values()] + _link(unhinted)
    threads = [
        Thread(id=ordered[0].message_id, messages=tuple(ordered))
        for ordered in (sorted(g, key=lambda m: (m.date, m.message_id)) for g in groups)
    ]
    return sorted(threads, key=lambda t: (t.messages[0].date, t.id))


def _link(messages: list[Message]) -> list[list[Message]]:
    """Group by References and In-Reply-To in time linear in the number of ids (union-find
    with path halving), whatever the headers hold: a References of 100,000 ids costs what it
    says, not its square. A message's chain is bounded as the parser bounds it."""
    parent: dict[str, str] = {}  # the JWZ tree: child -> parent
    union: dict[str, str] = {}  # union-find over the same nodes, for "same tree?" in O(1)

    def find(node: str) -> str:
        union.setdefault(node, node)
        while union[node] != node:
            union[node] = union[union[node]]
            node = union[node]
        return node

    def attach(child: str, to: str) -> None:
        # never make a cycle (`to` already in `child`'s tree), never re-parent a node
        if child == to or child in parent:
            return
        a, b = find(child), find(to)
        if a == b:
            return
        parent[child] = to
        union[a] = b

    for msg in messages:
        chain = list(_bounded(msg.references))
        if msg.in_reply_to and (not chain or chain[-1] != msg.in_reply_to):
            chain.append(msg.in_reply_to)
        for older, newer in zip(chain, chain[1:], strict=False):
            attach(newer, older)
        if chain:
            attach(msg.message_id, chain[-1])

    groups: dict[str, list[Message]] = defaultdict(list)
    for msg in messages:
        groups[find(msg.message_id)].append(msg)

    # Last resort: a "Re:" message with no headers to go by joins the earlier thread with its
    # subject, if that thread shares a participant with it.
    orphans = {
        r
        for r, g in groups.items()
        if len(g) == 1
        and g[0].message_id == r
        and not _has_refs(g[0])
        and is_reply_subject(g[0].subject)
    }
    by_subject: dict[str, list[str]] = defaultdict(list)
    for root, group in sorted(groups.items(), key=lambda kv: min(m.date for m in kv[1])):
        if root not in orphans:
            by_subject[base_subject(group[0].subject)].append(root)
    for root in sorted(orphans, key=lambda r: groups[r][0].date):
        msg = groups[root][0]
        for target in by_subject.get(base_subject(msg.subject), []):
            earlier = min(m.date for m in groups[target]) <= msg.date
            if earlier and _participants(groups[target]) & _participants([msg]):
                groups[target].append(msg)
                del groups[root]
                break
    return list(groups.values())


def _bounded(references: tuple[str, ...]) -> tuple[str, ...]:
    """The first id and the latest ones (RFC 5322 3.6.4), for messages cached before the
    parser bounded References."""
    if len(references) <= limits.REFERENCES:
        return references
    return references[:1] + references[-(limits.REFERENCES - 1) :]


def _has_refs(msg: Message) -> bool:
    return bool(msg.references or msg.in_reply_to)


def _participants(group: list[Message]) -> set[str]:
    out: set[str] = set()
    for msg in group:
        if msg.sender:
            out.add(msg.sender.email)
        out.update(a.email for a in msg.recipients())
    return out
