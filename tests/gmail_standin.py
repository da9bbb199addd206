"""A stand-in of the Gmail API on loopback, for google-api-python-client to talk to in tests.

It keeps real state: messages with labels and threads, a history log with ids, drafts; and it
answers what followupd calls, in Google's formats: users.getProfile, messages.list (q with
`newer_than:`, `after:`, `in:`/`label:`, `rfc822msgid:`; labelIds; pages), messages.get
(minimal, metadata with metadataHeaders, full, raw), history.list (startHistoryId,
historyTypes, pages; 404 once history is expired), drafts.create/list/get/delete,
messages.send, the batch endpoint (multipart/mixed in and out, Content-ID mapped), and OAuth's
authorization and token endpoints. Threading follows Gmail's rule: a message joins a thread only
if it references a message in it and its subject matches (prefixes like "Re:" aside); a draft
also needs the threadId.

Faults can be injected: rate limits (429, 403 userRateLimitExceeded), 5xx, per call even inside
a batch; a history 404; a revoked token. Every call is counted with its quota units.

    with GmailStandIn("me@example.com") as gmail:
        gmail.deliver(raw)
        endpoint = gmail.endpoint  # "http://127.0.0.1:PORT/"
"""

from __future__ import annotations

import base64
import email
import email.parser
import email.policy
import hashlib
import itertools
import json
import re
import threading
import urllib.parse
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

UNITS = {  # Google's quota table, per call
    "users.getProfile": 1,
    "messages.list": 5,
    "messages.get": 5,
    "messages.send": 100,
    "history.list": 2,
    "drafts.list": 5,
    "drafts.get": 5,
    "drafts.create": 10,
    "drafts.delete": 10,
}
CLIENT_ID = "standin-client.apps.googleusercontent.com"
CLIENT_SECRET = "standin-secret"
SCOPES = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
)
MSGID = re.compile(r"<[^<>\s]+>")
_PREFIX = re.compile(r"^\s*((re|fwd?|aw|wg|sv|antw|tr)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_SYSTEM = {"inbox": "INBOX", "sent": "SENT", "drafts": "DRAFT", "draft": "DRAFT", "spam": "SPAM"}
_SYSTEM |= {"trash": "TRASH", "unread": "UNREAD", "starred": "STARRED", "chats": "CHAT"}
_HISTORY_KINDS = {  # historyTypes values -> the record's field
    "messageAdded": "messagesAdded",
    "messageDeleted": "messagesDeleted",
    "labelAdded": "labelsAdded",
    "labelRemoved": "labelsRemoved",
}
Response = tuple[int, dict[str, str], bytes]


class ApiError(Exception):
    """An error answer in Google's JSON format."""

    def __init__(
        self, status: int, reason: str, message: str, headers: dict[str, str] | None = None
    ):
        super().__init__(message)
        self.status, self.reason, self.message = status, reason, message
        self.headers = headers or {}

    def response(self) -> Response:
        statuses = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED"}
        statuses |= {404: "NOT_FOUND", 429: "RESOURCE_EXHAUSTED", 500: "INTERNAL"}
        statuses |= {503: "UNAVAILABLE"}
        body = {
            "error": {
                "code": self.status,
                "message": self.message,
                "errors": [{"message": self.message, "domain": "global", "reason": self.reason}],
                "status": statuses.get(self.status, "UNKNOWN"),
            }
        }
        return _json(self.status, body, self.headers)


@dataclass
class Stored:
    id: str
    thread_id: str
    labels: set[str]
    raw: bytes
    internal_date: int  # ms since the epoch
    history_id: int
    message_id: str
    subject: str  # without reply prefixes, lower case
    references: list[str]
    snippet: str = ""


@dataclass
class Fault:
    method: str  # "messages.get", "history.list", "batch", "token", ... or "*"
    status: int
    reason: str
    times: int
    after: bool = False  # do the work, then fail (a response lost on the way back)


@dataclass
class Stats:
    calls: Counter[str] = field(default_factory=Counter)  # each call inside a batch counts
    http_requests: int = 0  # API requests on the wire (a batch is one), token endpoint apart
    batch_sizes: list[int] = field(default_factory=list)
    token_requests: int = 0
    bytes_out: int = 0

    @property
    def units(self) -> int:
        return sum(UNITS.get(m, 0) * n for m, n in self.calls.items())


class GmailStandIn:
    """One user's mailbox behind a real HTTP server on 127.0.0.1."""

    def __init__(self, email_address: str, now: datetime | None = None) -> None:
        self.email = email_address
        self.now = now or datetime.now(UTC)  # the server's clock, for newer_than:
        self.messages: dict[str, Stored] = {}
        self.drafts: dict[str, str] = {}  # draft id -> message id
        self.history: list[dict[str, Any]] = []
        self.history_id = 1000
        self.history_floor = 0  # startHistoryId below this answers 404
        self.sent: list[bytes] = []  # what messages.send sent
        self.stats = Stats()
        self.faults: list[Fault] = []
        self.refresh_tokens: set[str] = set()
        self.access_tokens: set[str] = set()
        self.codes: dict[str, tuple[str, str | None]] = {}  # code -> (scope, PKCE challenge)
        self.granted_scopes = " ".join(SCOPES)  # what the consent screen grants
        self._ids = itertools.count(0x18F0000000000001)
        self._lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- life ----------------------------------------------------------------------------------

    def __enter__(self) -> GmailStandIn:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True
        server.standin = self  # type: ignore[attr-defined]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="gmail-standin")
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            assert self._thread is not None
            self._thread.join()
            self._server = None

    @property
    def endpoint(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    @property
    def token_uri(self) -> str:
        return self.endpoint + "token"

    # --- test controls -------------------------------------------------------------------------

    def issue_token(self, scopes: tuple[str, ...] = SCOPES) -> dict[str, Any]:
        """An authorized-user token as `Credentials.to_json()` writes it (no access token yet)."""
        refresh = f"rt-{uuid.uuid4().hex}"
        self.refresh_tokens.add(refresh)
        return {
            "refresh_token": refresh,
            "token_uri": self.token_uri,
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "scopes": list(scopes),
        }

    def client_secrets(self) -> dict[str, Any]:
        """A "Desktop app" client whose endpoints are this stand-in."""
        return {
            "installed": {
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
                "auth_uri": self.endpoint + "auth",
                "token_uri": self.token_uri,
                "redirect_uris": ["http://localhost"],
            }
        }

    def revoke(self) -> None:
        """The user removed the app's access (or a Testing client's 7 days ran out)."""
        with self._lock:
            self.refresh_tokens.clear()
            self.access_tokens.clear()

    def expire_access_tokens(self) -> None:
        with self._lock:
            self.access_tokens.clear()

    def expire_history(self) -> None:
        """Forget all history so far: an older startHistoryId now answers 404."""
        with self._lock:
            self.history_floor = self.history_id

    def inject(
        self, method: str, status: int, times: int = 1, reason: str = "", after: bool = False
    ) -> None:
        """The next `times` calls of `method` fail with `status`."""
        default = {429: "rateLimitExceeded", 403: "userRateLimitExceeded", 401: "authError"}
        self.faults.append(
            Fault(method, status, reason or default.get(status, "backendError"), times, after)
        )

    def reset_stats(self) -> None:
        self.stats = Stats()

    # --- the mailbox ---------------------------------------------------------------------------

    def deliver(
        self,
        raw: bytes,
        labels: tuple[str, ...] = ("INBOX", "UNREAD"),
        thread_id: str | None = None,
        internal_date: datetime | None = None,
    ) -> str:
        """Add a message as Gmail would on receipt (or import); returns its id."""
        with self._lock:
            head = _parse_headers(raw)
            message_id = _first_id(head.get("Message-ID", "")) or f"<{uuid.uuid4().hex}@standin>"
            references = MSGID.findall(head.get("References", "") or "")
            references += MSGID.findall(head.get("In-Reply-To", "") or "")
            subject = base_subject(_decode(head.get("Subject", "") or ""))
            when = internal_date or _date(head.get("Date")) or self.now
            gid = f"{next(self._ids):016x}"
            thread = self._thread_for(references, subject, thread_id) or gid
            self.history_id += 1
            stored = Stored(
                gid,
                thread,
                set(labels),
                raw,
                int(when.timestamp() * 1000),
                self.history_id,
                message_id,
                subject,
                references,
                _snippet(raw),
            )
            self.messages[gid] = stored
            self._record("messagesAdded", stored)
            return gid

    def load_maildir(self, root: Path) -> dict[str, str]:
        """Import a Maildir++ tree (INBOX, .Sent, .Drafts, other folders as labels), oldest
        first so replies find their threads. Returns Message-ID -> Gmail id."""
        found: list[tuple[datetime, bytes, tuple[str, ...], bool]] = []
        for folder in [root, *sorted(p for p in root.iterdir() if p.name.startswith("."))]:
            name = folder.name[1:] if folder != root else "INBOX"
            for sub in ("cur", "new"):
                for path in sorted((folder / sub).glob("*")) if (folder / sub).is_dir() else []:
                    raw = path.read_bytes()
                    when = _date(_parse_headers(raw).get("Date")) or self.now
                    labels = _folder_labels(name, sub == "new")
                    found.append((when, raw, labels, name.lower() == "drafts"))
        ids: dict[str, str] = {}
        for when, raw, labels, draft in sorted(found, key=lambda f: f[0]):
            gid = self.deliver(raw, labels, internal_date=when)
            if draft:
                self.drafts[f"r-{gid}"] = gid
            ids[self.messages[gid].message_id] = gid
        return ids

    def modify(self, gid: str, add: tuple[str, ...] = (), remove: tuple[str, ...] = ()) -> None:
        """Change a message's labels, as the user would in Gmail."""
        with self._lock:
            msg = self.messages[gid]
            added, removed = set(add) - msg.labels, set(remove) & msg.labels
            msg.labels = (msg.labels | added) - removed
            self.history_id += 1
            msg.history_id = self.history_id
            if added:
                self._record("labelsAdded", msg, sorted(added))
            if removed:
                self._record("labelsRemoved", msg, sorted(removed))

    def delete_message(self, gid: str) -> None:
        with self._lock:
            msg = self.messages.pop(gid)
            self.history_id += 1
            self._record("messagesDeleted", msg)

    def delete_draft(self, draft_id: str) -> None:
        """The user deleted a draft in Gmail."""
        with self._lock:
            self.delete_message(self.drafts.pop(draft_id))

    def draft_messages(self) -> list[Stored]:
        return [self.messages[m] for m in self.drafts.values()]

    def thread_of(self, message_id: str) -> str | None:
        """The threadId of the (non-draft) message with this RFC 822 Message-ID."""
        for msg in self.messages.values():
            if msg.message_id == message_id and "DRAFT" not in msg.labels:
                return msg.thread_id
        return None

    def _thread_for(self, refs: list[str], subject: str, wanted: str | None) -> str | None:
        """Gmail's rule: join a thread the message references, if the subjects match; with a
        threadId asked for (a draft, an insert), only that thread."""
        for msg in sorted(self.messages.values(), key=lambda m: -m.internal_date):
            if wanted is not None and msg.thread_id != wanted:
                continue
            if msg.message_id in refs and msg.subject == subject:
                return msg.thread_id
        return None

    def _record(self, kind: str, msg: Stored, labels: list[str] | None = None) -> None:
        brief = {"id": msg.id, "threadId": msg.thread_id, "labelIds": sorted(msg.labels)}
        item: dict[str, Any] = {"message": brief}
        if labels is not None:
            item["labelIds"] = labels
        self.history.append({"id": str(self.history_id), "messages": [brief], kind: [item]})

    # --- the API -------------------------------------------------------------------------------

    def handle(
        self, method: str, target: str, headers: dict[str, str], body: bytes, batched: bool
    ) -> Response:
        """One API request (on the wire, or one part of a batch)."""
        url = urllib.parse.urlsplit(target)
        query = urllib.parse.parse_qs(url.query)
        path = url.path
        with self._lock:
            try:
                if path == "/token" and method == "POST" and not batched:
                    return self._token(headers, body)
                if path == "/auth" and method == "GET" and not batched:
                    return self._authorize(query)
                if path == "/batch/gmail/v1" and method == "POST" and not batched:
                    return self._batch(headers, body)
                name, args = _route(method, path)
                self.stats.calls[name] += 1
                if not batched:
                    self.stats.http_requests += 1
                self._check_token(headers)
                fault = self._fault(name)
                if fault is not None and not fault.after:
                    raise ApiError(fault.status, fault.reason, f"injected {fault.status}")
                result = getattr(self, "_" + name.replace(".", "_"))(query, body, *args)
                if fault is not None:
                    raise ApiError(fault.status, fault.reason, f"injected {fault.status}")
                return _json(200, result)
            except ApiError as exc:
                return exc.response()

    def _fault(self, name: str) -> Fault | None:
        for fault in self.faults:
            if fault.method in (name, "*") and fault.times > 0:
                fault.times -= 1
                return fault
        return None

    def _check_token(self, headers: dict[str, str]) -> None:
        auth = headers.get("authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.access_tokens:
            raise ApiError(
                401,
                "authError",
                "Request had invalid authentication credentials.",
                {"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'},
            )

    def _token(self, headers: dict[str, str], body: bytes) -> Response:
        self.stats.token_requests += 1
        form = {k: v[0] for k, v in urllib.parse.parse_qs(body.decode()).items()}
        fault = self._fault("token")
        if fault is not None:
            return _json(fault.status, {"error": "server_error", "error_description": "injected"})
        basic = headers.get("authorization", "")
        if basic.startswith("Basic "):  # RFC 6749 2.3.1: the client may authenticate either way
            user, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
            form.setdefault("client_id", urllib.parse.unquote(user))
            form.setdefault("client_secret", urllib.parse.unquote(secret))
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return _json(401, {"error": "invalid_client", "error_description": "Unauthorized"})
        scope = " ".join(SCOPES)
        refresh = None
        if form.get("grant_type") == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return _json(
                    400,
                    {
                        "error": "invalid_grant",
                        "error_description": "Token has been expired or revoked.",
                    },
                )
        elif form.get("grant_type") == "authorization_code":
            code = self.codes.pop(form.get("code", ""), None)
            if code is None or not _pkce_ok(code[1], form.get("code_verifier")):
                return _json(400, {"error": "invalid_grant", "error_description": "Bad code."})
            scope = code[0]
            refresh = f"rt-{uuid.uuid4().hex}"
            self.refresh_tokens.add(refresh)
        else:
            return _json(400, {"error": "unsupported_grant_type"})
        access = f"at-{uuid.uuid4().hex}"
        self.access_tokens.add(access)
        answer: dict[str, Any] = {
            "access_token": access,
            "expires_in": 3599,
            "scope": scope,
            "token_type": "Bearer",
        }
        if refresh:
            answer["refresh_token"] = refresh
        return _json(200, answer)

    def _authorize(self, query: dict[str, list[str]]) -> Response:
        """The consent screen, clicked through: redirect back with a code."""
        redirect = query["redirect_uri"][0]
        if query.get("client_id", [""])[0] != CLIENT_ID or query.get("response_type") != ["code"]:
            return 400, {"Content-Type": "text/plain"}, b"bad authorization request"
        code = f"code-{uuid.uuid4().hex}"
        self.codes[code] = (self.granted_scopes, query.get("code_challenge", [None])[0])
        params = {"code": code, "state": query.get("state", [""])[0], "scope": self.granted_scopes}
        location = redirect + "?" + urllib.parse.urlencode(params)
        return 302, {"Location": location, "Content-Type": "text/plain"}, b""

    def _batch(self, headers: dict[str, str], body: bytes) -> Response:
        self.stats.http_requests += 1
        fault = self._fault("batch")
        if fault is not None:
            raise ApiError(fault.status, fault.reason, f"injected {fault.status}")
        ctype = headers.get("content-type", "")
        if not ctype.startswith("multipart/mixed"):
            raise ApiError(400, "badRequest", "batch must be multipart/mixed")
        whole = email.message_from_bytes(b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body)
        parts = whole.get_payload()
        if not isinstance(parts, list) or len(parts) > 100:
            raise ApiError(400, "badRequest", "a batch holds 1 to 100 calls")
        self.stats.batch_sizes.append(len(parts))
        boundary = f"batch_{uuid.uuid4().hex}"
        out: list[bytes] = []
        for part in parts:
            assert isinstance(part, email.message.Message)
            content_id = str(part["Content-ID"]).strip().strip("<>")
            inner = part.get_payload()
            if not isinstance(inner, str):
                raise ApiError(400, "badRequest", "each part must be application/http")
            status, part_headers, part_body = self.handle(*_inner_request(inner), True)
            reason = {200: "OK", 404: "Not Found", 429: "Too Many Requests"}.get(status, "Error")
            lines = [f"HTTP/1.1 {status} {reason}"]
            lines += [f"{k}: {v}" for k, v in part_headers.items()]
            lines += [f"Content-Length: {len(part_body)}", "", ""]
            out.append(
                f"--{boundary}\r\nContent-Type: application/http\r\n"
                f"Content-ID: <response-{content_id}>\r\n\r\n".encode()
                + "\r\n".join(lines).encode()
                + part_body
                + b"\r\n"
            )
        payload = b"".join(out) + f"--{boundary}--\r\n".encode()
        return 200, {"Content-Type": f"multipart/mixed; boundary={boundary}"}, payload

    # --- the methods (query, body, path arguments) -> JSON ---------------------------------------

    def _users_getProfile(self, query: dict[str, list[str]], body: bytes) -> dict[str, Any]:
        return {
            "emailAddress": self.email,
            "messagesTotal": len(self.messages),
            "threadsTotal": len({m.thread_id for m in self.messages.values()}),
            "historyId": str(self.history_id),
        }

    def _messages_list(self, query: dict[str, list[str]], body: bytes) -> dict[str, Any]:
        found = self._search(_one(query, "q"), include_spam_trash=_one(query, "includeSpamTrash"))
        wanted = set(query.get("labelIds", []))
        found = [m for m in found if wanted <= m.labels]
        page, token = _page(found, query, default=100)
        answer: dict[str, Any] = {"resultSizeEstimate": len(found)}
        if page:
            answer["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in page]
        if token:
            answer["nextPageToken"] = token
        return answer

    def _messages_get(self, query: dict[str, list[str]], body: bytes, gid: str) -> dict[str, Any]:
        msg = self.messages.get(gid)
        if msg is None:
            raise ApiError(404, "notFound", "Requested entity was not found.")
        return _message_json(msg, _one(query, "format") or "full", query.get("metadataHeaders"))

    def _messages_send(self, query: dict[str, list[str]], body: bytes) -> dict[str, Any]:
        request = json.loads(body or b"{}")
        raw = _unb64(request.get("raw", ""))
        if not raw:
            raise ApiError(400, "invalidArgument", "Invalid raw message")
        head = _parse_headers(raw)
        rcpts = {
            a.lower() for _, a in getaddresses(head.get_all("To", []) + head.get_all("Cc", []))
        }
        self.sent.append(raw)
        labels = ("SENT", "INBOX", "UNREAD") if self.email.lower() in rcpts else ("SENT",)
        gid = self.deliver(raw, labels, thread_id=request.get("threadId"), internal_date=self.now)
        msg = self.messages[gid]
        return {"id": gid, "threadId": msg.thread_id, "labelIds": sorted(msg.labels)}

    def _history_list(self, query: dict[str, list[str]], body: bytes) -> dict[str, Any]:
        start = _one(query, "startHistoryId")
        if not start or not start.isdigit():
            raise ApiError(400, "invalidArgument", "Invalid startHistoryId")
        if int(start) < self.history_floor:
            raise ApiError(404, "notFound", "Requested entity was not found.")
        kinds = {_HISTORY_KINDS[t] for t in query.get("historyTypes", [])} or set(
            _HISTORY_KINDS.values()
        )
        records = []
        for record in self.history:
            if int(record["id"]) <= int(start):
                continue
            kept = {k: v for k, v in record.items() if k in kinds}
            if kept:
                records.append({"id": record["id"], "messages": record["messages"], **kept})
        page, token = _page(records, query, default=100)
        answer: dict[str, Any] = {"historyId": str(self.history_id)}
        if page:
            answer["history"] = page
        if token:
            answer["nextPageToken"] = token
        return answer

    def _drafts_create(self, query: dict[str, list[str]], body: bytes) -> dict[str, Any]:
        request = json.loads(body or b"{}").get("message", {})
        raw = _unb64(request.get("raw", ""))
        if not raw:
            raise ApiError(400, "invalidArgument", "Missing draft message")
        thread = request.get("threadId")
        if thread is not None and not any(m.thread_id == thread for m in self.messages.values()):
            raise ApiError(404, "notFound", "Requested entity was not found.")
        # a draft that fails a threading condition goes to a new thread without a word, as in
        # Gmail; the answer's threadId is the only sign of it
        gid = self.deliver(raw, ("DRAFT",), thread_id=thread, internal_date=self.now)
        draft_id = f"r{next(self._ids) % 10**18}"
        self.drafts[draft_id] = gid
        return self._draft_json(draft_id, "minimal")

    def _drafts_list(self, query: dict[str, list[str]], body: bytes) -> dict[str, Any]:
        in_drafts = {m: d for d, m in self.drafts.items()}
        found = [m for m in self._search(_one(query, "q"), True) if m.id in in_drafts]
        page, token = _page(found, query, default=100)
        answer: dict[str, Any] = {"resultSizeEstimate": len(found)}
        if page:
            answer["drafts"] = [
                {"id": in_drafts[m.id], "message": {"id": m.id, "threadId": m.thread_id}}
                for m in page
            ]
        if token:
            answer["nextPageToken"] = token
        return answer

    def _drafts_get(
        self, query: dict[str, list[str]], body: bytes, draft_id: str
    ) -> dict[str, Any]:
        if draft_id not in self.drafts:
            raise ApiError(404, "notFound", "Requested entity was not found.")
        return self._draft_json(draft_id, _one(query, "format") or "full")

    def _drafts_delete(
        self, query: dict[str, list[str]], body: bytes, draft_id: str
    ) -> dict[str, Any]:
        if draft_id not in self.drafts:
            raise ApiError(404, "notFound", "Requested entity was not found.")
        self.delete_draft(draft_id)
        return {}

    def _draft_json(self, draft_id: str, fmt: str) -> dict[str, Any]:
        msg = self.messages[self.drafts[draft_id]]
        return {"id": draft_id, "message": _message_json(msg, fmt, None)}

    def _search(self, q: str | None, include_spam_trash: Any) -> list[Stored]:
        """Messages matching a Gmail search, newest first."""
        tests = [_term(t, self.now) for t in (q or "").split()]
        spam_trash = include_spam_trash in (True, "true", "True")
        found = [
            m
            for m in self.messages.values()
            if (spam_trash or not m.labels & {"SPAM", "TRASH"}) and all(t(m) for t in tests)
        ]
        return sorted(found, key=lambda m: (-m.internal_date, m.id))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Google's front end

    def _serve(self) -> None:
        standin: GmailStandIn = self.server.standin  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length", 0) or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, out_headers, payload = standin.handle(
            self.command, self.path, headers, body, batched=False
        )
        self.send_response(status)
        for key, value in out_headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
        standin.stats.bytes_out += len(payload)

    do_GET = do_POST = do_DELETE = do_PUT = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: the tests read stats, not access logs


def _route(method: str, path: str) -> tuple[str, tuple[str, ...]]:
    parts = path.strip("/").split("/")
    if parts[:3] != ["gmail", "v1", "users"] or len(parts) < 5:
        raise ApiError(404, "notFound", f"no such method: {method} {path}")
    rest = parts[4:]
    routes = {
        ("GET", "profile"): "users.getProfile",
        ("GET", "messages"): "messages.list",
        ("POST", "messages/send"): "messages.send",
        ("GET", "history"): "history.list",
        ("GET", "drafts"): "drafts.list",
        ("POST", "drafts"): "drafts.create",
    }
    name = routes.get((method, "/".join(rest)))
    if name is not None:
        return name, ()
    if len(rest) == 2 and rest[0] in ("messages", "drafts"):
        verbs = {"GET": "get", "DELETE": "delete"}
        if method in verbs:
            return f"{rest[0]}.{verbs[method]}", (urllib.parse.unquote(rest[1]),)
    raise ApiError(404, "notFound", f"no such method: {method} {path}")


def _inner_request(text: str) -> tuple[str, str, dict[str, str], bytes]:
    """One part of a batch: "GET /path HTTP/1.1", headers, a blank line, a body."""
    first, _, rest = text.lstrip("\r\n").partition("\n")
    method, target, _ = first.strip().split(" ", 2)
    inner = email.parser.Parser(policy=email.policy.compat32).parsestr(rest)
    headers = {k.lower(): v for k, v in inner.items()}
    payload = inner.get_payload()
    body = payload.encode() if isinstance(payload, str) else b""
    return method, target, headers, body


Test = Callable[[Stored], bool]


def _term(token: str, now: datetime) -> Test:
    """One search term as a test on a message; a term we do not know is a 400, as a typo in
    the connector's query must not pass unnoticed."""
    negate = token.startswith("-")
    key, _, value = token.lstrip("-").partition(":")
    key = key.lower()
    if key in ("newer_than", "older_than"):
        m = re.fullmatch(r"(\d+)([dmy])", value)
        if m is None:
            raise ApiError(400, "invalidArgument", f"Invalid query: {token}")
        days = int(m[1]) * {"d": 1, "m": 30, "y": 365}[m[2]]
        edge = (now - timedelta(days=days)).timestamp() * 1000
        newer = key == "newer_than"
    elif key in ("after", "before"):
        edge = _day_or_epoch(value) * 1000
        newer = key == "after"
    elif key in ("in", "label", "rfc822msgid"):
        edge, newer = 0.0, False
    else:
        raise ApiError(400, "invalidArgument", f"Invalid query: {token}")
    label = _SYSTEM.get(value.lower(), value)
    wanted_id = "<" + value.strip("<>") + ">"

    def test(msg: Stored) -> bool:
        if key == "rfc822msgid":
            found = msg.message_id == wanted_id
        elif key in ("in", "label"):
            found = value.lower() == "anywhere" or label in msg.labels
        else:
            found = (msg.internal_date >= edge) == newer
        return found != negate

    return test


def _pkce_ok(challenge: str | None, verifier: str | None) -> bool:
    if challenge is None:
        return True
    digest = hashlib.sha256((verifier or "").encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=") == challenge


def _day_or_epoch(value: str) -> float:
    if value.isdigit():
        return float(value)
    try:
        return datetime.strptime(value, "%Y/%m/%d").replace(tzinfo=UTC).timestamp()
    except ValueError:
        raise ApiError(400, "invalidArgument", f"Invalid query date: {value}") from None


def _page(
    items: list[Any], query: dict[str, list[str]], default: int
) -> tuple[list[Any], str | None]:
    size = min(int(_one(query, "maxResults") or default), 500)
    start = int(_one(query, "pageToken") or 0)
    end = start + size
    return items[start:end], (str(end) if end < len(items) else None)


def _message_json(msg: Stored, fmt: str, wanted: list[str] | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": msg.id,
        "threadId": msg.thread_id,
        "labelIds": sorted(msg.labels),
        "snippet": msg.snippet,
        "historyId": str(msg.history_id),
        "internalDate": str(msg.internal_date),
        "sizeEstimate": len(msg.raw),
    }
    if fmt == "raw":
        out["raw"] = base64.urlsafe_b64encode(msg.raw).decode()
    elif fmt == "metadata":
        head = _parse_headers(msg.raw)
        names = {w.lower() for w in wanted} if wanted else None
        out["payload"] = {
            "partId": "",
            "mimeType": head.get_content_type(),
            "filename": "",
            "headers": [
                {"name": k, "value": v} for k, v in head.items() if not names or k.lower() in names
            ],
        }
    elif fmt == "full":
        out["payload"] = _part_json(email.message_from_bytes(msg.raw), "")
    return out


def _part_json(part: email.message.Message, part_id: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "partId": part_id,
        "mimeType": part.get_content_type(),
        "filename": part.get_filename() or "",
        "headers": [{"name": k, "value": str(v)} for k, v in part.items()],
    }
    if part.is_multipart():
        children = part.get_payload()
        assert isinstance(children, list)
        data["body"] = {"size": 0}
        data["parts"] = [
            _part_json(c, f"{part_id}.{i}" if part_id else str(i)) for i, c in enumerate(children)
        ]
    else:
        payload = part.get_payload(decode=True) or b""
        assert isinstance(payload, bytes)
        data["body"] = {"size": len(payload), "data": base64.urlsafe_b64encode(payload).decode()}
    return data


def _snippet(raw: bytes) -> str:
    msg = email.message_from_bytes(raw)
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            text = part.get_payload(decode=True)
            if isinstance(text, bytes):
                return " ".join(text.decode("utf-8", "replace").split())[:120]
    return ""


def _parse_headers(raw: bytes) -> email.message.Message:
    return email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)


def _folder_labels(folder: str, unread: bool) -> tuple[str, ...]:
    name = folder.lower()
    if name == "inbox":
        return ("INBOX", "UNREAD") if unread else ("INBOX",)
    if name == "sent":
        return ("SENT",)
    if name == "drafts":
        return ("DRAFT",)
    if name in ("trash", "spam", "junk"):
        return ("SPAM",) if name != "trash" else ("TRASH",)
    return (f"Label_{folder}",)  # a user label; not in the inbox: archived


def _decode(value: str) -> str:
    try:
        return str(make_header(decode_header(value)))
    except (UnicodeDecodeError, LookupError, ValueError):
        return value


def base_subject(subject: str) -> str:
    return " ".join(_PREFIX.sub("", subject).split()).lower()


def _first_id(value: str) -> str | None:
    found = MSGID.findall(value or "")
    return found[0] if found else None


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _one(query: dict[str, list[str]], key: str) -> str | None:
    values = query.get(key)
    return values[0] if values else None


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except ValueError:
        raise ApiError(400, "invalidArgument", "raw is not base64url") from None


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    out = {"Content-Type": "application/json; charset=UTF-8", **(headers or {})}
    return status, out, json.dumps(body).encode()
