"""A `MailSource` over Gmail, synced the way Google recommends.

- Full sync: `users.getProfile` for the historyId first (so nothing that arrives meanwhile is
  missed), `messages.list` over the last `lookback_days`, then `messages.get` in batches of 50.
- Partial sync: `users.history.list` from the stored historyId, every page. A 404 (history too
  old) means a full sync again, reported as `restarted`, not an error loop.
- Each message is fetched once, as `format=raw`: a `messages.get` costs 5 units whatever the
  format, so fetching metadata first would add 5 units for every message whose body is needed
  and save none; Google's guide says to fetch the full message the first time and cache it,
  which the core does (`known`).

The cursor is JSON: the historyId, and the ids a rate-limited sync could not fetch yet, so a
large first sync makes progress across ticks instead of starting over. `ref` is Gmail's message
id, `folder` is "SENT" for a message labelled SENT and "INBOX" for any other mail (archived
mail included); drafts, spam, trash and chats are never returned. `thread_hint` is the threadId.
"""

from __future__ import annotations

import base64
import email.parser
import email.policy
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.message import Message as StdMessage
from email.utils import getaddresses, parseaddr
from typing import Any, TypeVar

import structlog

from connectors.gmail.api import (
    DEFAULT_BACKOFF,
    HTTP_TIMEOUT,
    Backoff,
    Fetched,
    GmailApi,
    NotFound,
    Quota,
    connect,
)
from connectors.gmail.auth import credentials_from, read_token, refresh, write_token
from connectors.gmail.options import GmailOptions
from daemon.errors import (
    AuthError,
    ConfigError,
    CursorExpired,
    MailboxError,
    MessageError,
    TransientError,
)
from daemon.source import Changes, RawMessage

log = structlog.get_logger(__name__)

INBOX = "INBOX"
SENT = "SENT"
_NOT_MAIL = frozenset({"DRAFT", "SPAM", "TRASH", "CHAT"})
_RESTORED = frozenset({"DRAFT", "SPAM", "TRASH"})  # removing one of these makes a message mail
_DISCARDED = frozenset({"SPAM", "TRASH"})  # adding one of these takes a message away
_CURSOR_VERSION = 1
RECENT_BYTES = 16 << 20  # the newest synced messages kept in memory for drafts to attach
T = TypeVar("T")


def folder_of(labels: Iterable[str]) -> str | None:
    """The folder a message with these labels counts as, or None if it is not mail to read."""
    found = set(labels)
    if found & _NOT_MAIL:
        return None
    return SENT if SENT in found else INBOX


@dataclass(frozen=True)
class SyncCursor:
    """Where the last sync stopped: Gmail's historyId, and ids still to fetch."""

    history_id: str
    pending: tuple[str, ...] = ()

    def dump(self) -> str:
        """The opaque text handed to the core."""
        data = {"v": _CURSOR_VERSION, "history_id": self.history_id, "pending": self.pending}
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def load(cls, text: str) -> SyncCursor | None:
        """The cursor in `text`, or None if it is not one of ours."""
        try:
            data = json.loads(text)
            history_id, pending = data["history_id"], data.get("pending", [])
        except (ValueError, TypeError, KeyError):
            return None
        if data.get("v") != _CURSOR_VERSION or not str(history_id).isdigit():
            return None
        return cls(str(history_id), tuple(str(p) for p in pending))


def read_history(records: list[dict[str, Any]]) -> tuple[list[str], set[str]]:
    """From history records: the ids of messages that became mail (in order), and the ids of
    messages that went away (deleted, or moved to spam or trash)."""
    labels: dict[str, list[str]] = {}
    order: list[str] = []
    gone: set[str] = set()
    for record in records:
        for item in record.get("messagesAdded", []):
            msg = item["message"]
            labels[msg["id"]] = msg.get("labelIds", [])
            order.append(msg["id"])
            gone.discard(msg["id"])
        for item in record.get("labelsRemoved", []):
            msg = item["message"]
            if set(item.get("labelIds", [])) & _RESTORED:
                order.append(msg["id"])
                gone.discard(msg["id"])
            labels[msg["id"]] = msg.get("labelIds", [])
        for item in record.get("labelsAdded", []):
            msg = item["message"]
            labels[msg["id"]] = msg.get("labelIds", [])
            if set(item.get("labelIds", [])) & _DISCARDED:
                gone.add(msg["id"])
        for item in record.get("messagesDeleted", []):
            gone.add(item["message"]["id"])
    added = [
        i
        for i in dict.fromkeys(order)
        if i not in gone and folder_of(labels.get(i, [])) is not None
    ]
    return added, gone


class GmailSource:
    """One Gmail mailbox: reads mail, writes drafts in their threads, sends only the digest."""

    def __init__(
        self,
        opts: GmailOptions,
        own_addresses: Iterable[str],
        *,
        backoff: Backoff = DEFAULT_BACKOFF,
        sleep: Callable[[float], None] = time.sleep,
        timeout: float = HTTP_TIMEOUT,
    ) -> None:
        """Nothing is contacted until the first call: a source that cannot authorise must not
        keep the other accounts from opening."""
        self.account = opts.account
        self._opts = opts
        self._own = frozenset(a.strip().lower() for a in own_addresses)
        self._backoff, self._sleep, self._timeout = backoff, sleep, timeout
        self._api: GmailApi | None = None
        self._token: str | None = None
        self._refused_token: str | None = None
        self.quota = Quota()  # what this source has spent, across reconnections
        # the newest messages' bytes, as synced: a draft attaches the message it answers,
        # which was nearly always downloaded moments before (5 units a messages.get saved)
        self._recent: dict[str, tuple[int, bytes]] = {}  # ref -> (internalDate, bytes)
        self._recent_bytes = 0
        self.needs_reauthorisation: str | None = None  # why, while the token is refused

    # --- reading -------------------------------------------------------------------------------

    def changes(self, cursor: str | None, known: Callable[[str, str], bool]) -> Changes:
        """Messages added since `cursor` (a full sync without one), minus those `known`."""
        return self._guarded(lambda api: self._changes(api, cursor, known))

    def _changes(
        self, api: GmailApi, cursor: str | None, known: Callable[[str, str], bool]
    ) -> Changes:
        state = SyncCursor.load(cursor) if cursor is not None else None
        if state is None:
            if cursor is not None:
                log.warning("gmail_cursor_unreadable", account=self.account)
            return self._full_sync(api, known, restarted=cursor is not None)
        spent = self.quota.units
        try:
            records, latest = api.history(state.history_id)
        except CursorExpired:
            log.warning("gmail_history_expired", account=self.account, since=state.history_id)
            return self._full_sync(api, known, restarted=True)
        added, gone = read_history(records)
        wanted = [i for i in dict.fromkeys([*state.pending, *added]) if not _known(known, i)]
        new, fetched = self._fetch_many(api, wanted)
        gone |= set(fetched.missing)
        for ref in gone & self._recent.keys():
            self._recent_bytes -= len(self._recent.pop(ref)[1])
        log.info(
            "gmail_synced",
            account=self.account,
            mode="partial",
            records=len(records),
            new=len(new),
            gone=len(gone),
            pending=len(fetched.pending),
            units=self.quota.units - spent,
        )
        return Changes(
            new=new,
            cursor=SyncCursor(latest, tuple(fetched.pending)).dump(),
            gone=[(folder, i) for i in sorted(gone) for folder in (INBOX, SENT)],
        )

    def _full_sync(
        self, api: GmailApi, known: Callable[[str, str], bool], restarted: bool
    ) -> Changes:
        spent = self.quota.units
        start = str(api.profile()["historyId"])
        listed = api.message_ids(f"newer_than:{self._opts.lookback_days}d -in:drafts")
        # after a restart the core forgets its cache, so what it knew must come again
        wanted = listed if restarted else [i for i in listed if not _known(known, i)]
        new, fetched = self._fetch_many(api, wanted)
        log.info(
            "gmail_synced",
            account=self.account,
            mode="full",
            listed=len(listed),
            new=len(new),
            pending=len(fetched.pending),
            restarted=restarted,
            units=self.quota.units - spent,
        )
        return Changes(
            new=new, cursor=SyncCursor(start, tuple(fetched.pending)).dump(), restarted=restarted
        )

    def _fetch_many(self, api: GmailApi, ids: list[str]) -> tuple[list[RawMessage], Fetched]:
        fetched = api.get_many(ids, "raw")
        for message_id, reason in fetched.failed.items():
            log.warning(
                "gmail_message_unreadable", account=self.account, ref=message_id, why=reason
            )
        found = sorted(fetched.messages.values(), key=lambda m: int(m.get("internalDate", 0)))
        new = []
        for m in found:
            raw = _raw_message(m)
            if raw is not None:
                new.append(raw)
                self._keep(raw.ref, int(m.get("internalDate", 0)), raw.data)
        return new, fetched

    def _keep(self, ref: str, when: int, data: bytes) -> None:
        """Keep a synced message's bytes while they are among the newest `RECENT_BYTES`."""
        if len(data) > RECENT_BYTES or ref in self._recent:
            return
        self._recent[ref] = (when, data)
        self._recent_bytes += len(data)
        if self._recent_bytes > RECENT_BYTES:
            for old in sorted(self._recent, key=lambda r: self._recent[r][0]):
                if self._recent_bytes <= RECENT_BYTES * 3 // 4:
                    break
                self._recent_bytes -= len(self._recent.pop(old)[1])

    def fetch(self, folder: str, ref: str) -> bytes:
        """The RFC 822 bytes of message `ref`; `MessageError` if Gmail no longer has it. A
        message synced lately is answered from memory, without a request."""
        kept = self._recent.get(ref)
        if kept is not None:
            return kept[1]

        def get(api: GmailApi) -> bytes:
            try:
                return _unb64(api.get(ref, "raw")["raw"])
            except NotFound:
                raise MessageError(f"Gmail message {ref} is gone") from None

        return self._guarded(get)

    def marked(self, mark: str) -> set[tuple[str, str]]:
        """(folder, ref) of every message labelled `mark` (a `label:` search; a label that does
        not exist marks nothing)."""
        query = f"label:{mark}"
        ids = self._guarded(lambda api: api.message_ids(query))
        return {(folder, i) for i in ids for folder in (INBOX, SENT)}

    # --- drafts --------------------------------------------------------------------------------

    def find_draft(self, message_id: str) -> str | None:
        """The draft whose Message-ID is `message_id` (an `rfc822msgid:` search), or None."""
        query = _msgid_query(message_id)
        if query is None:
            return None
        found = self._guarded(lambda api: api.drafts(query))
        return _draft_location(found[0]) if found else None

    def write_draft(self, raw: bytes, message_id: str, thread_hint: str | None) -> str:
        """`users.drafts.create` in the thread `thread_hint`. Gmail threads a draft only when it
        names the threadId, has In-Reply-To/References, and its Subject matches; the core's
        drafts have all three, and a draft that still lands elsewhere is logged."""
        headers = _headers(raw)
        if (headers["Message-ID"] or "").strip() != message_id.strip():
            raise ValueError("draft's Message-ID header does not match message_id")
        query = _msgid_query(message_id)
        message: dict[str, Any] = {"raw": _b64(raw)}
        if thread_hint:
            message["threadId"] = thread_hint
            if not headers["In-Reply-To"] or not headers["Subject"]:
                log.warning("gmail_draft_lacks_threading_headers", account=self.account)

        def create(api: GmailApi) -> dict[str, Any]:
            def recover() -> dict[str, Any] | None:
                found = api.drafts(query) if query else []
                return found[0] if found else None

            return api.create_draft(message, recover)

        draft = self._guarded(create)
        thread = draft.get("message", {}).get("threadId")
        if thread_hint and thread != thread_hint:
            log.warning(
                "gmail_draft_not_in_thread",
                account=self.account,
                draft=draft.get("id"),
                wanted=thread_hint,
                got=thread,
            )
        log.info("gmail_draft_created", account=self.account, draft=draft.get("id"), thread=thread)
        return _draft_location(draft)

    def deliver_digest(self, raw: bytes, to: str) -> str:
        """Send the digest with `users.messages.send`, only to the user's own addresses: `to`
        and every To/Cc/Bcc of `raw` must be one of `user.emails`."""
        address = parseaddr(to)[1].strip().lower()
        if address not in self._own:
            raise ConfigError(
                f"the digest is sent only to your own addresses (user.emails in "
                f"{self._opts.config_path}); {to!r} is not one of them"
            )
        headers = _headers(raw)
        named = [headers.get_all(h, []) for h in ("To", "Cc", "Bcc")]
        recipients = {a.strip().lower() for _, a in getaddresses([v for vs in named for v in vs])}
        recipients.discard("")
        if address not in recipients or recipients - self._own:
            raise MailboxError(
                "refusing to send the digest: its To/Cc/Bcc must be your own addresses only "
                f"({len(recipients - self._own)} other recipient(s) found)"
            )
        sent = self._guarded(lambda api: api.send(_b64(raw)))
        log.info("gmail_digest_sent", account=self.account, message=sent.get("id"))
        return f"gmail:message:{sent.get('id')}"

    def close(self) -> None:
        """Close the HTTP connections; the next call opens new ones."""
        if self._api is not None:
            self._api.close()
            self._api = None

    # --- the client and its token -------------------------------------------------------------

    def _guarded(self, operation: Callable[[GmailApi], T]) -> T:
        try:
            return operation(self._client())
        except AuthError as exc:
            self._refused(exc)
            raise

    def _client(self) -> GmailApi:
        if self._api is not None:
            return self._api
        token = read_token(self.account)
        if self.needs_reauthorisation is not None and token == self._refused_token:
            # the same token Google refused: asking again would only be refused again
            raise AuthError(self.needs_reauthorisation)
        self._token = token
        creds = credentials_from(token, self._opts)
        if not creds.valid:
            refresh(creds, self._opts)
            self._save(creds.to_json())  # type: ignore[no-untyped-call]
        if self.needs_reauthorisation is not None:
            log.info("gmail_reauthorised", account=self.account)
            self.needs_reauthorisation = None
        self._api = connect(
            creds, self._opts, self._backoff, self._sleep, self._timeout, quota=self.quota
        )
        return self._api

    def _save(self, token: str) -> None:
        # keeps the fresh access token for the next process; not fatal if it cannot be kept
        try:
            write_token(self.account, token)
            self._token = token
        except (ConfigError, TransientError) as exc:
            log.warning("gmail_token_not_saved", account=self.account, error=type(exc).__name__)

    def _refused(self, exc: AuthError) -> None:
        if self.needs_reauthorisation is None:
            log.error("gmail_reauthorisation_needed", account=self.account, reason=str(exc))
        self.needs_reauthorisation = str(exc)
        self._refused_token = self._token
        self.close()


def _known(known: Callable[[str, str], bool], message_id: str) -> bool:
    # a Gmail id names one message whatever its labels, so either folder counts
    return known(INBOX, message_id) or known(SENT, message_id)


def _raw_message(found: dict[str, Any]) -> RawMessage | None:
    folder = folder_of(found.get("labelIds", []))
    if folder is None or "raw" not in found:
        return None
    return RawMessage(
        folder=folder,
        ref=found["id"],
        data=_unb64(found["raw"]),
        sent_folder=folder == SENT,
        thread_hint=found.get("threadId"),
    )


def _headers(raw: bytes) -> StdMessage:
    return email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)


def _msgid_query(message_id: str) -> str | None:
    """`rfc822msgid:` search for a Message-ID; None for one that cannot be searched for."""
    bare = message_id.strip().removeprefix("<").removesuffix(">")
    if not bare or any(c.isspace() or c in '"<>()' for c in bare):
        return None
    return f"rfc822msgid:{bare}"


def _draft_location(draft: dict[str, Any]) -> str:
    return f"gmail:draft:{draft['id']}"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
