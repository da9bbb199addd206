"""`followupd run`: the long-running loop. sync -> infer -> decide -> write drafts, per account,
plus the daily digest; owns start and stop.

Each account's tick runs on the main thread (one SQLite connection, one connection per
mailbox); an account whose connector can push (IMAP IDLE) gets a watcher thread that only wakes
the main thread. Jobs are scheduled with `schedule`, each wrapped so a failure is logged and
retried with back-off, never killing the loop; one account failing leaves the others running.
State lives in the store, not the scheduler, so a restart loses nothing.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Protocol, runtime_checkable

import schedule
import structlog

from daemon import delivery
from daemon.clock import Clock
from daemon.config import Account, Config, load_config
from daemon.delivery import LAST_DIGEST_KEY
from daemon.digest import DraftNote, build_digest, digest_message, digest_message_id, web_links
from daemon.errors import AuthError, ConfigError, FollowupdError, StateError
from daemon.locks import DaemonLock, WriterLock
from daemon.notify import Notifier
from daemon.scan import AccountResult, apply, compose_owed, decide_account, plan, sync
from daemon.sent_check import sent_since
from daemon.source import MailSource, tidy
from daemon.store import Store

log = structlog.get_logger(__name__)
MAX_BACKOFF = timedelta(hours=1)
REAUTH_KEY = "needs_reauth:{}"
WRITER_WAIT_SECONDS = 30.0  # a tick waits this long for a `scan` in progress, then backs off
FULL_COLLECTION_SECONDS = 3600.0  # how often the garbage collector looks at what is kept
__all__ = ["LAST_DIGEST_KEY", "REAUTH_KEY", "Service", "drafted_since"]


@runtime_checkable
class Pushes(Protocol):
    """A source that can wait for new mail (IMAP IDLE) instead of being polled."""

    def wait_for_change(self, timeout: float, stop: threading.Event) -> bool: ...


@dataclass
class AccountState:
    account: Account
    source: MailSource | None = None
    failures: int = 0
    next_try: datetime | None = None
    wake: threading.Event = field(default_factory=threading.Event)
    watcher: threading.Thread | None = None
    synced: bool = False  # synced at least once by this process (the digest relies on it)
    # One user of the connection at a time: the main thread sets `interrupt` and takes `lock`;
    # a watcher in IDLE sees the interrupt within a second and lets go.
    lock: threading.Lock = field(default_factory=threading.Lock)
    interrupt: threading.Event = field(default_factory=threading.Event)

    @contextlib.contextmanager
    def using(self) -> Iterator[None]:
        """Hold the account's connection for the main thread."""
        self.interrupt.set()
        with self.lock:
            try:
                yield
            finally:
                self.interrupt.clear()


class Service:
    """The daemon. `run()` blocks until `stop` is set (SIGTERM, SIGINT) and returns 0."""

    def __init__(
        self,
        config_path: Path,
        clock: Clock,
        open_source: Callable[[Account, Config, Callable[[], datetime] | None], MailSource],
        notifier: Notifier | None = None,
    ) -> None:
        self.config_path = config_path
        self.clock = clock
        self.open_source = open_source
        self.notifier = notifier or Notifier()
        self.stop = threading.Event()
        self.reload = threading.Event()
        self.woken = threading.Event()  # an account's watcher has news: the loop runs at once
        self.cfg = load_config(config_path)
        self.lock = DaemonLock(self.cfg.state_path)
        self.store: Store | None = None
        self.accounts: dict[str, AccountState] = {}
        self.scheduler = schedule.Scheduler()
        self.ready = False
        self._full_collection: float | None = None  # when (monotonic) kept objects were looked at

    # --- lifecycle ---------------------------------------------------------------------------

    def install_signals(self) -> None:
        signal.signal(signal.SIGTERM, lambda *_: self.request_stop())
        signal.signal(signal.SIGINT, lambda *_: self.request_stop())
        signal.signal(signal.SIGHUP, lambda *_: self.reload.set())

    def request_stop(self) -> None:
        """Stop soon: the loop ends, and watchers leave IDLE within a second."""
        self.stop.set()
        self.woken.set()
        for state in list(self.accounts.values()):
            state.interrupt.set()

    def run(self) -> int:
        """The loop. Returns 0 when stopped; nothing a message or a server does ends it."""
        if not self._retrying(self.lock.acquire):
            return 0
        try:
            self.store = self._open_store()
            if self.store is None:
                return 0  # stopped while the state database was unavailable
            self._setup()
            log.info("daemon_started", accounts=len(self.accounts), pid=os.getpid())
            while not self.stop.is_set():
                self._step()
                self.notifier.watchdog()
                self.woken.wait(self._pause())
                self.woken.clear()
            return 0
        finally:
            self.notifier.stopping()
            self._teardown()
            self.lock.release()
            log.info("daemon_stopped")

    def _step(self) -> None:
        """One turn of the loop; a failure is logged and the loop goes on."""
        try:
            if self.reload.is_set():
                self._reload()
            self.scheduler.run_pending()
            ticked = False
            for state in list(self.accounts.values()):
                if state.wake.is_set() and not self.stop.is_set():
                    self._tick(state)
                    ticked = True
            if ticked:
                self._settle()
        except Exception:  # a bug of ours must not end the service; it is logged whole
            log.exception("loop_failed")
            self.stop.wait(1.0)

    def _settle(self) -> None:
        """After ticks: collect what they left, then set what survives apart from the garbage
        collector (`gc.freeze`). The daemon keeps each account's heads and kept inference between
        ticks, millions of objects on a large mailbox, and a full collection walks all of them
        (about half a second at 20,000 messages), which would otherwise fall in the middle of
        the next tick, between new mail and its draft. Frozen objects are still freed when no
        longer referenced; only those caught in reference cycles wait for the hourly full
        collection, which looks at everything again."""
        now = time.monotonic()
        if self._full_collection is None or now - self._full_collection >= FULL_COLLECTION_SECONDS:
            gc.unfreeze()
            self._full_collection = now
        gc.collect()
        gc.freeze()

    def _open_store(self) -> Store | None:
        """The state database, retried with back-off while it cannot be opened."""
        opened: list[Store] = []
        if self._retrying(lambda: opened.append(Store(self.cfg.state_path))):
            return opened[0]
        return None

    def _retrying(self, action: Callable[[], object]) -> bool:
        """Run `action` until the state folder lets it (back-off from 1 s to an hour); False
        if stopped first."""
        wait = 1.0
        while not self.stop.is_set():
            try:
                action()
                return True
            except StateError as exc:
                log.error("state_unavailable", reason=str(exc), retry_in=wait)
                self.notifier.watchdog()
                self.stop.wait(wait)
                wait = min(wait * 2, MAX_BACKOFF.total_seconds())
        return False

    def _pause(self) -> float:
        idle = self.scheduler.idle_seconds
        return max(0.05, min(1.0, idle if idle is not None else 1.0))

    def _setup(self) -> None:
        assert self.store is not None
        self.store.ticking = True  # keep what the next tick needs (daemon/thread_keep.py)
        poll = _seconds(self.clock.real_seconds(self.cfg.service.poll_minutes * 60))
        for account in self.cfg.accounts:
            state = AccountState(account)
            self.accounts[account.name] = state
            state.wake.set()  # a first tick at once
            self.scheduler.every(poll).seconds.do(self._guarded, "tick", state.wake.set)
        if self.cfg.digest.enabled:
            every = _seconds(self.clock.real_seconds(60))
            self.scheduler.every(every).seconds.do(self._guarded, "digest", self.digest_if_due)

    def _teardown(self) -> None:
        self.request_stop()
        for state in self.accounts.values():
            if state.watcher is not None:
                state.watcher.join(timeout=5)
            if state.source is not None:
                try:
                    state.source.close()
                except Exception:  # closing is best effort on the way out
                    log.warning("source_close_failed", account=state.account.name)
        self.scheduler.clear()
        self.accounts.clear()
        if self.store is not None:
            self.store.close()
            self.store = None

    def _reload(self) -> None:
        self.reload.clear()
        try:
            new = load_config(self.config_path)
        except ConfigError as exc:
            log.error("config_reload_refused", reason=str(exc))
            return
        stop, self.stop = self.stop, threading.Event()
        self._teardown()
        self.stop = stop
        self.cfg = new
        self.store = self._open_store()
        if self.store is None:
            return
        self._setup()
        log.info("config_reloaded", accounts=len(self.accounts))

    def _guarded(self, job: str, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception:  # a job's failure is logged and the job runs again on schedule
            log.exception("job_failed", job=job)

    # --- an account's tick -------------------------------------------------------------------

    def _away(self) -> set[str]:
        """The accounts backing off after a failure: what they hold is drafted by the others."""
        return {name for name, st in self.accounts.items() if st.next_try is not None}

    def _tick(self, state: AccountState) -> AccountResult | None:
        """Sync, decide and write drafts for one account; failures back off, never propagate."""
        state.wake.clear()
        name = state.account.name
        now = self.clock.now()
        if state.next_try is not None and now < state.next_try:
            return None
        assert self.store is not None
        try:
            with (
                WriterLock(self.cfg.state_path, WRITER_WAIT_SECONDS, self.stop),
                state.using(),
            ):
                if state.source is None:
                    state.source = self.open_source(state.account, self.cfg, self.clock.now)
                    tidy(state.source)
                sync(state.source, self.store, self.cfg, now)
                state.synced = True
                decided = decide_account(state.source, self.store, self.cfg, now)
                result = compose_owed(
                    state.source, self.store, self.cfg, now, decided, self._away()
                )
                apply(state.source, self.store, result, now)
                self.store.put(REAUTH_KEY.format(name), None, now)
            self._watch(state)
        except AuthError as exc:
            with contextlib.suppress(StateError):
                self.store.put(REAUTH_KEY.format(name), str(exc), now)
            log.error("account_needs_reauth", account=name, reason=str(exc))
            self._back_off(state, now, at_least=MAX_BACKOFF)
            return None
        except StateError as exc:
            log.error("state_unavailable", account=name, reason=str(exc))
            self._back_off(state, now)
            return None
        except (FollowupdError, OSError) as exc:
            log.warning("tick_failed", account=name, error=exc.__class__.__name__, reason=str(exc))
            self._drop_source(state)
            self._back_off(state, now)
            return None
        except Exception:  # a bug of ours: logged whole, the account backs off, others go on
            log.exception("tick_crashed", account=name)
            self._drop_source(state)
            self._back_off(state, now)
            return None
        state.failures, state.next_try = 0, None
        log.info(
            "tick_done",
            account=name,
            drafts=len(result.drafts),
            due=sum(1 for f in result.followups if f.state in ("due", "overdue")),
        )
        if not self.ready:
            self.ready = True
            self.notifier.ready()
        return result

    def _back_off(
        self, state: AccountState, now: datetime, at_least: timedelta = timedelta(0)
    ) -> None:
        state.failures += 1
        wait = timedelta(minutes=self.cfg.service.retry_minutes) * 2 ** (state.failures - 1)
        state.next_try = now + max(at_least, min(wait, MAX_BACKOFF))
        real = self.clock.real_seconds((state.next_try - now).total_seconds())
        self.scheduler.every(_seconds(real)).seconds.do(self._once, state)

    def _once(self, state: AccountState) -> schedule.CancelJob:
        state.wake.set()
        return schedule.CancelJob()

    def _drop_source(self, state: AccountState) -> None:
        with state.using():
            if state.source is not None:
                with contextlib.suppress(Exception):  # already broken; nothing to save
                    state.source.close()
                state.source = None

    def _watch(self, state: AccountState) -> None:
        """Wake this account's tick when its server says new mail came (IMAP IDLE)."""
        source = state.source
        if not isinstance(source, Pushes) or state.watcher is not None:
            return
        poll = max(1.0, self.clock.real_seconds(self.cfg.service.poll_minutes * 60))

        def watch() -> None:
            while not self.stop.is_set() and state.source is source:
                with state.lock:
                    if not state.interrupt.is_set() and state.source is source:
                        try:
                            source.wait_for_change(poll, state.interrupt)
                        except Exception:  # the next tick reconnects; this watcher ends
                            log.warning("watch_failed", account=state.account.name)
                            state.wake.set()
                            state.watcher = None
                            return
                        if not state.interrupt.is_set():
                            state.wake.set()  # new mail, or the time is up: tick either way
                            self.woken.set()
                # let the main thread take the connection and tick before waiting again
                while (state.interrupt.is_set() or state.wake.is_set()) and not self.stop.is_set():
                    self.stop.wait(0.05)
            state.watcher = None

        state.watcher = threading.Thread(
            target=watch, name=f"watch-{state.account.name}", daemon=True
        )
        state.watcher.start()

    # --- the digest --------------------------------------------------------------------------

    def digest_if_due(self) -> bool:
        """Send the digest once for each digest day (see daemon/delivery.py)."""
        assert self.store is not None
        now = self.clock.now()
        with WriterLock(self.cfg.state_path, WRITER_WAIT_SECONDS, self.stop):
            day = delivery.due_day(self.store, self.cfg, now)
            if day is None:
                return False
            return self.send_digest(now, day)

    def send_digest(self, now: datetime, day: date) -> bool:
        """Build the digest for `day` and deliver it, unless it went out before."""
        assert self.store is not None
        cfg = self.cfg
        target = self.accounts.get(cfg.digest.account or cfg.accounts[0].name)
        if target is None or target.source is None or not target.synced:
            log.warning("digest_postponed", reason="the delivering account is not connected")
            return False
        results = []
        for state in self.accounts.values():
            if state.source is not None:
                with state.using():
                    results.append(plan(state.source, self.store, cfg, now))
        warnings = delivery.warnings_for(self.store, cfg, REAUTH_KEY)
        last = self.store.get(LAST_DIGEST_KEY)
        since = datetime.fromisoformat(last) if last else None
        drafted = drafted_since(self.store, results, since)
        sent = sent_since(results, since, now, cfg)
        digest = build_digest(
            results, drafted, cfg.user, now, warnings, web_links(cfg.accounts, cfg.user), sent
        )
        if digest.empty and not warnings and not cfg.digest.send_empty:
            delivery.mark_done(self.store, day, now)
            log.info("digest_skipped_empty")
            return False
        source = target.source

        def build(message_id: str) -> bytes:
            return digest_message(digest, cfg.user, now, message_id).as_bytes()

        with target.using():
            where = delivery.deliver_once(
                self.store,
                source,
                day,
                now,
                build,
                cfg.user.emails[0],
                partial(digest_message_id, cfg.user),
            )
        return where is not None


def _seconds(real: float) -> int:
    """The scheduler counts whole seconds; never less than one."""
    return max(1, round(real))


def drafted_since(
    store: Store, results: list[AccountResult], since: datetime | None
) -> list[DraftNote]:
    """The drafts written since `since`, with their follow-ups and lint where known."""
    followups = {f.id: f for r in results for f in r.followups}
    return [
        DraftNote(followups.get(fid), location, lint)
        for fid, _, location, _, lint in store.drafts_since(since)
    ]
