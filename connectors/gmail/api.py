"""The Gmail API through google-api-python-client, and nothing else of Gmail's.

One place builds the client (static discovery document, the configured endpoint, an HTTP layer
with a timeout), sends batches to the configured endpoint, retries with back-off as Google asks
(429, 403 rate-limit reasons, 5xx, and the same inside a batch), counts quota units, and turns
the libraries' errors into followupd's.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import google.auth.exceptions
import google_auth_httplib2  # type: ignore[import-untyped]
import httplib2  # type: ignore[import-untyped]
import structlog
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import BatchError, HttpError
from googleapiclient.http import BatchHttpRequest

from connectors.gmail.auth import refresh, refresh_failure
from connectors.gmail.options import GmailOptions
from daemon.errors import (
    AuthError,
    ConfigError,
    CursorExpired,
    FollowupdError,
    MailboxError,
    RateLimited,
    TransientError,
)

log = structlog.get_logger(__name__)

# Quota units per call, from Google's table (users.drafts.list and .get as messages.list/get).
UNITS = {
    "users.getProfile": 1,
    "messages.list": 5,
    "messages.get": 5,
    "history.list": 2,
    "drafts.list": 5,
    "drafts.get": 5,
    "drafts.create": 10,
    "messages.send": 100,
}
BATCH_SIZE = 50  # Google: batches of more than 50 calls are likely to be rate limited
PAGE_SIZE = 500  # the most messages.list and history.list return per page
HTTP_TIMEOUT = 30.0  # seconds for one HTTP exchange; a batch of 50 raw messages fits easily
HISTORY_TYPES = ["messageAdded", "messageDeleted", "labelAdded", "labelRemoved"]
_RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
_DAILY_REASONS = frozenset({"dailyLimitExceeded", "quotaExceeded"})
_SCOPE_REASONS = frozenset({"insufficientPermissions", "ACCESS_TOKEN_SCOPE_INSUFFICIENT"})
_LIBRARY_ERRORS = (
    HttpError,
    BatchError,
    google.auth.exceptions.GoogleAuthError,
    httplib2.HttpLib2Error,
    OSError,  # timeouts, refused connections, resets
)


class NotFound(MailboxError):
    """Gmail answered 404 for the thing asked for."""


@dataclass
class Quota:
    """What this client has spent: calls per method (each inside a batch counts) and requests."""

    calls: Counter[str] = field(default_factory=Counter)
    http_requests: int = 0
    batches: int = 0

    @property
    def units(self) -> int:
        """Quota units by Google's table."""
        return sum(UNITS[method] * n for method, n in self.calls.items())


@dataclass(frozen=True)
class Backoff:
    """Exponential back-off with jitter, as Google's guidance asks for."""

    attempts: int = 5  # tries of one call, the first one included
    first: float = 1.0  # seconds before the second try
    cap: float = 32.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait after the `attempt`-th failed try."""
        base = min(self.cap, self.first * 2.0 ** max(0, attempt - 1))
        wait = base / 2 + random.uniform(0, base / 2)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.cap))
        return wait


@dataclass(frozen=True)
class Failure:
    """What a library error means to us."""

    error: FollowupdError
    retry: bool  # another try may succeed
    ambiguous: bool = False  # the server may have done it before failing (a 5xx, a timeout)
    retry_after: float | None = None
    not_found: bool = False


@dataclass
class Fetched:
    """The outcome of getting many messages."""

    messages: dict[str, dict[str, Any]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # 404: gone since it was listed
    failed: dict[str, str] = field(default_factory=dict)  # refused for good: id -> reason
    pending: list[str] = field(default_factory=list)  # still limited after every retry


DEFAULT_BACKOFF = Backoff()


class GmailApi:
    """The calls followupd makes to one mailbox, with retries and quota counting."""

    def __init__(
        self,
        service: Any,
        http: Any,
        opts: GmailOptions,
        backoff: Backoff = DEFAULT_BACKOFF,
        sleep: Callable[[float], None] = time.sleep,
        quota: Quota | None = None,
    ) -> None:
        self._service = service
        # each .messages() call builds a Resource from the discovery document anew (about 3 ms,
        # more than the rest of a message's fetch), so each is built once
        self._users = service.users()
        self._messages = self._users.messages()
        self._history = self._users.history()
        self._drafts = self._users.drafts()
        self._http = http
        self._opts = opts
        self.backoff = backoff
        self._sleep = sleep
        self.quota = quota if quota is not None else Quota()

    # --- reading -----------------------------------------------------------------------------

    def profile(self) -> dict[str, Any]:
        """users.getProfile: the address and the current historyId."""
        found: dict[str, Any] = self._call(
            "users.getProfile", lambda: self._users.getProfile(userId="me")
        )
        return found

    def message_ids(self, query: str) -> list[str]:
        """The ids of every message matching `query`, following every page."""
        ids: list[str] = []
        token: str | None = None
        while True:
            page = self._call(
                "messages.list",
                partial(
                    self._messages.list,
                    userId="me",
                    q=query,
                    maxResults=PAGE_SIZE,
                    pageToken=token,
                ),
            )
            ids.extend(m["id"] for m in page.get("messages", []))
            token = page.get("nextPageToken")
            if not token:
                return ids

    def history(self, start: str) -> tuple[list[dict[str, Any]], str]:
        """History records after `start`, every page, and the mailbox's current historyId.
        `CursorExpired` when Gmail no longer has history that old (404)."""
        records: list[dict[str, Any]] = []
        token: str | None = None
        latest = start
        while True:
            try:
                page = self._call(
                    "history.list",
                    partial(
                        self._history.list,
                        userId="me",
                        startHistoryId=start,
                        historyTypes=HISTORY_TYPES,
                        maxResults=PAGE_SIZE,
                        pageToken=token,
                    ),
                )
            except NotFound:
                raise CursorExpired(f"Gmail has no history since {start}") from None
            records.extend(page.get("history", []))
            latest = str(page.get("historyId", latest))
            token = page.get("nextPageToken")
            if not token:
                return records, latest

    def get(self, message_id: str, fmt: str = "raw") -> dict[str, Any]:
        """One message (`NotFound` if it is gone)."""
        found: dict[str, Any] = self._call(
            "messages.get",
            lambda: self._messages.get(userId="me", id=message_id, format=fmt),
        )
        return found

    def get_many(self, ids: Iterable[str], fmt: str = "raw") -> Fetched:
        """Many messages in batches of at most 50 calls. A call limited or failed inside a batch
        goes back in the queue, after a back-off; one still limited after every try stops the
        run, and what is left is returned as `pending` for the next sync."""
        fetched = Fetched()
        queue: deque[tuple[str, int]] = deque((i, 0) for i in dict.fromkeys(ids))
        setbacks = 0  # batches in a row that met a limit
        while queue:
            chunk = [queue.popleft() for _ in range(min(BATCH_SIZE, len(queue)))]
            again, retry_after = self._batch(chunk, fmt, fetched)
            if not again:
                setbacks = 0
                continue
            if any(tries >= self.backoff.attempts for _, tries in again):
                fetched.pending = [i for i, _ in again] + [i for i, _ in queue]
                log.warning(
                    "gmail_fetch_deferred", account=self._opts.account, left=len(fetched.pending)
                )
                break
            queue.extend(again)
            setbacks += 1
            wait = self.backoff.delay(setbacks, retry_after)
            log.info("gmail_batch_retry", account=self._opts.account, calls=len(again), wait=wait)
            self._sleep(wait)
        return fetched

    def _batch(
        self, chunk: list[tuple[str, int]], fmt: str, fetched: Fetched
    ) -> tuple[list[tuple[str, int]], float | None]:
        """Send one batch; returns the calls to try again and a server-given wait, if any."""
        tries = dict(chunk)
        again: list[tuple[str, int]] = []
        waits: list[float] = []
        fatal: list[FollowupdError] = []

        def done(request_id: str, response: Any, exc: Exception | None) -> None:
            if exc is None:
                fetched.messages[request_id] = response
                return
            failure = self._classify(exc)
            if failure.not_found:
                fetched.missing.append(request_id)
            elif failure.retry:
                again.append((request_id, tries[request_id] + 1))
                if failure.retry_after is not None:
                    waits.append(failure.retry_after)
            elif isinstance(failure.error, AuthError | ConfigError):
                fatal.append(failure.error)
            else:
                fetched.failed[request_id] = str(failure.error)

        # BatchHttpRequest, not service.new_batch_http_request(): that one posts to Google's
        # host whatever api_endpoint says
        batch = BatchHttpRequest(callback=done, batch_uri=self._opts.batch_uri)
        for message_id, _ in chunk:
            batch.add(
                self._messages.get(userId="me", id=message_id, format=fmt),
                request_id=message_id,
            )
        # a stale token is renewed here, with our timeout and a session we close:
        # BatchHttpRequest would renew it through a throwaway httplib2.Http with neither
        creds = self._http.credentials
        if not creds.valid:
            refresh(creds, self._opts)
        self.quota.calls["messages.get"] += len(chunk)
        self.quota.http_requests += 1
        self.quota.batches += 1
        try:
            batch.execute(http=self._http)
        except _LIBRARY_ERRORS as exc:
            failure = self._classify(exc)
            if not failure.retry:
                raise failure.error from None
            return [(i, n + 1) for i, n in chunk], failure.retry_after
        if fatal:
            raise fatal[0]
        return again, max(waits) if waits else None

    def drafts(self, query: str) -> list[dict[str, Any]]:
        """Drafts matching a search (`rfc822msgid:...`), as {id, message: {id, threadId}}."""
        page = self._call(
            "drafts.list", lambda: self._drafts.list(userId="me", q=query, maxResults=10)
        )
        found: list[dict[str, Any]] = page.get("drafts", [])
        return found

    # --- writing -----------------------------------------------------------------------------

    def create_draft(
        self, message: dict[str, Any], recover: Callable[[], dict[str, Any] | None]
    ) -> dict[str, Any]:
        """users.drafts.create. Before trying again after a failure that may have created it
        anyway (a 5xx, a timeout), `recover()` looks for it, so no second draft is made."""
        created: dict[str, Any] = self._call(
            "drafts.create",
            lambda: self._drafts.create(userId="me", body={"message": message}),
            recover=recover,
        )
        return created

    def send(self, raw_b64: str) -> dict[str, Any]:
        """users.messages.send. Retried only when Gmail said it did not send (a rate limit):
        after a 5xx or a timeout it may have, and a digest twice is worse than once late."""
        sent: dict[str, Any] = self._call(
            "messages.send",
            lambda: self._messages.send(userId="me", body={"raw": raw_b64}),
            retry_ambiguous=False,
        )
        return sent

    def close(self) -> None:
        """Close the HTTP connections."""
        self._service.close()

    # --- the one way a call is made ------------------------------------------------------------

    def _call(
        self,
        method: str,
        make: Callable[[], Any],
        *,
        retry_ambiguous: bool = True,
        recover: Callable[[], dict[str, Any] | None] | None = None,
    ) -> Any:
        attempt = 0
        while True:
            attempt += 1
            self.quota.calls[method] += 1
            self.quota.http_requests += 1
            try:
                return make().execute(num_retries=0)  # our own retries, with our own policy
            except _LIBRARY_ERRORS as exc:
                failure = self._classify(exc)
            if failure.not_found:
                raise NotFound(f"{method}: not found") from None
            last = attempt >= self.backoff.attempts
            if not failure.retry or last or (failure.ambiguous and not retry_ambiguous):
                raise failure.error from None
            wait = self.backoff.delay(attempt, failure.retry_after)
            log.info(
                "gmail_retry",
                account=self._opts.account,
                method=method,
                attempt=attempt,
                error=failure.error.__class__.__name__,
                wait=round(wait, 2),
            )
            self._sleep(wait)
            if failure.ambiguous and recover is not None:
                found = recover()
                if found is not None:
                    return found

    def _classify(self, exc: BaseException) -> Failure:
        """Translate a library error at the edge."""
        if isinstance(exc, HttpError):
            return _http_failure(exc, self._opts)
        if isinstance(exc, google.auth.exceptions.RefreshError):
            error = refresh_failure(exc, self._opts)
            return Failure(error, retry=isinstance(error, TransientError))
        if isinstance(exc, BatchError):
            return Failure(TransientError(f"malformed batch response: {exc}"), retry=True)
        # a timeout or a broken connection: the server may have acted on the request
        what = exc.__class__.__name__
        return Failure(TransientError(f"Gmail did not answer ({what})"), retry=True, ambiguous=True)


def _http_failure(exc: HttpError, opts: GmailOptions) -> Failure:
    status = int(exc.resp.status)
    reasons, message = _details(exc)
    retry_after = _retry_after(exc.resp.get("retry-after"))
    if status == 404:
        return Failure(NotFound("not found"), retry=False, not_found=True)
    if status == 429 or (status == 403 and reasons & _RATE_REASONS):
        return Failure(
            RateLimited(f"Gmail rate limit ({status}): {message}", retry_after),
            retry=True,
            retry_after=retry_after,
        )
    if status == 403 and reasons & _DAILY_REASONS:
        return Failure(RateLimited(f"Gmail daily quota used up: {message}", 3600.0), retry=False)
    if status == 401 or (status == 403 and reasons & _SCOPE_REASONS):
        return Failure(
            AuthError(
                f"Gmail refused the token of account '{opts.account}' ({status}: {message}): "
                f"run `{opts.reauth_hint}`"
            ),
            retry=False,
        )
    if status >= 500:
        return Failure(
            TransientError(f"Gmail server error {status}: {message}"),
            retry=True,
            ambiguous=True,
            retry_after=retry_after,
        )
    # 400, or a 403 such as "Gmail API has not been used in project ...": a person must act
    return Failure(MailboxError(f"Gmail refused the request ({status}): {message}"), retry=False)


def _details(exc: HttpError) -> tuple[frozenset[str], str]:
    """The error's reasons (errors[].reason, status, details[].reason) and message."""
    try:
        error = json.loads(exc.content)["error"]
    except (ValueError, TypeError, KeyError):
        return frozenset(), str(exc.resp.reason)[:200]
    if not isinstance(error, dict):
        return frozenset(), str(error)[:200]
    reasons = {str(e.get("reason")) for e in error.get("errors", []) if isinstance(e, dict)}
    reasons |= {str(d.get("reason")) for d in error.get("details", []) if isinstance(d, dict)}
    if isinstance(error.get("status"), str):
        reasons.add(error["status"])
    return frozenset(reasons), str(error.get("message", ""))[:200]


def _retry_after(value: object) -> float | None:
    try:
        seconds = float(str(value))
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


def connect(
    creds: Credentials,
    opts: GmailOptions,
    backoff: Backoff = DEFAULT_BACKOFF,
    sleep: Callable[[float], None] = time.sleep,
    timeout: float = HTTP_TIMEOUT,
    quota: Quota | None = None,
) -> GmailApi:
    """A client for the configured endpoint, built from the bundled discovery document."""
    # our own httplib2.Http so the timeout is ours; the default is the socket default or 60 s
    http = google_auth_httplib2.AuthorizedHttp(creds, http=httplib2.Http(timeout=timeout))
    service = build(
        "gmail",
        "v1",
        http=http,
        static_discovery=True,
        cache_discovery=False,
        client_options={"api_endpoint": opts.api_endpoint},
    )
    return GmailApi(service, http, opts, backoff, sleep, quota)
