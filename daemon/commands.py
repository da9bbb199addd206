"""The everyday commands: run, digest, status, explain, dismiss, redraft, doctor, init,
install-service.

Each takes parsed arguments, prints what the user asked for on stdout, and returns an exit code.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from daemon import delivery, units
from daemon.clock import Clock
from daemon.config import Account, Config, load_config
from daemon.digest import build_digest, digest_message, digest_message_id, web_links
from daemon.errors import ConfigError, FollowupdError
from daemon.explain import explain_thread, matches
from daemon.failures import failure_lines
from daemon.locks import WriterLock
from daemon.report import STATE_ORDER
from daemon.scan import AccountResult, in_config_order, open_all, plan_all
from daemon.sent_check import sent_since
from daemon.service import LAST_DIGEST_KEY, REAUTH_KEY, Service, drafted_since
from daemon.source import MailSource
from daemon.store import Store
from daemon.wording import deadline, kind_words

Opener = Callable[[Account, Config, Callable[[], datetime] | None], MailSource]
DEFAULT_CONFIG = Path("~/.config/followupd/config.toml")


def parse_now(value: str | None) -> datetime:
    """The clock for a command: --now (ISO 8601 with an offset), else the real time."""
    if value is None:
        return datetime.now().astimezone()
    try:
        now = datetime.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--now: not an ISO 8601 time: {value!r}") from None
    if now.tzinfo is None:
        raise ConfigError(f"--now: give a UTC offset, e.g. {value}-05:00")
    return now


@contextlib.contextmanager
def decided(
    cfg: Config, opener: Opener, now: datetime, fresh: bool
) -> Iterator[tuple[Store, list[AccountResult], list[MailSource]]]:
    """Decide for every account without writing any draft (`fresh` syncs first); the store
    and the sources stay open inside the block and are closed after it, whatever happens.
    The state database's writer lock is held throughout. An account that cannot be read
    gets a result that says why; the others are decided as usual."""
    with WriterLock(cfg.state_path):
        store = Store(cfg.state_path)
        sources: list[MailSource] = []
        try:
            opened, failed = open_all(cfg, lambda a: opener(a, cfg, lambda: now))
            sources += opened
            results = plan_all(sources, store, cfg, now, sync_first=fresh, write=False)
            yield store, in_config_order(cfg, [*results, *failed]), sources
        finally:
            store.close()
            for s in sources:
                s.close()


def decide_all(cfg: Config, opener: Opener, now: datetime, fresh: bool) -> list[AccountResult]:
    """The decisions alone, with everything closed again."""
    with decided(cfg, opener, now, fresh) as (_, results, _):
        return results


def cmd_doctor(args: argparse.Namespace, opener: Opener) -> int:
    from daemon.doctor import doctor

    return doctor(args, opener)


def cmd_run(args: argparse.Namespace, opener: Opener) -> int:
    start = parse_now(args.now) if args.now else None
    if args.clock_rate <= 0:
        raise ConfigError("--clock-rate must be positive")
    service = Service(Path(args.config), Clock(start, args.clock_rate), opener)
    service.install_signals()
    return service.run()


def cmd_digest(args: argparse.Namespace, opener: Opener) -> int:
    cfg = load_config(Path(args.config))
    now = parse_now(args.now)
    with decided(cfg, opener, now, fresh=True) as (store, results, sources):
        last = store.get(LAST_DIGEST_KEY)
        since = datetime.fromisoformat(last) if last else None
        drafted = drafted_since(store, results, since)
        sent = sent_since(results, since, now, cfg)
        warnings = delivery.warnings_for(store, cfg, REAUTH_KEY)
        warnings += [
            f"Account {r.account} could not be read: {r.error}" for r in results if r.error
        ]
        links = web_links(cfg.accounts, cfg.user)
        digest = build_digest(results, drafted, cfg.user, now, warnings, links, sent)
        if args.html:
            target = Path(args.html).expanduser().absolute()
            try:
                target.write_text(digest.html, encoding="utf-8")
            except OSError as exc:
                raise FollowupdError(f"cannot write {target}: {exc.strerror}") from None
            # on stderr when the text digest takes stdout
            print(
                f"Wrote the digest's HTML to {target} (open it in a browser)",
                file=sys.stderr if args.print else sys.stdout,
            )
        if args.print or args.html:
            if args.print:
                sys.stdout.write(digest.text)
            return 0
        if digest.empty and not warnings and not cfg.digest.send_empty:
            print(
                "Nothing owed today: no digest sent ([digest].send_empty = true sends one anyway)."
            )
            return 0
        name = cfg.digest.account or cfg.accounts[0].name
        source = next(s for s in sources if s.account == name)

        def build(message_id: str) -> bytes:
            return digest_message(digest, cfg.user, now, message_id).as_bytes()

        # the digest day in progress counts as done: the daemon sends no second one for it
        where = delivery.deliver_once(
            store,
            source,
            delivery.digest_day(cfg, now),
            now,
            build,
            cfg.user.emails[0],
            lambda: digest_message_id(cfg.user),
        )
        print(f"Digest delivered: {where}" if where else "Today's digest was delivered before.")
        return 0


def cmd_status(args: argparse.Namespace, opener: Opener) -> int:
    cfg = load_config(Path(args.config))
    now = parse_now(args.now)
    tz = cfg.user.tz
    results = decide_all(cfg, opener, now, fresh=not args.cached)
    subjects = {f.thread.id: f.thread.subject for r in results for f in r.facts}
    owed = sorted(
        (
            (r.account, f)
            for r in results
            for f in r.followups
            if f.state in ("overdue", "due", "scheduled")
        ),
        key=lambda held: (STATE_ORDER[held[1].state], held[1].due_at),
    )
    several = len(cfg.accounts) > 1
    for account, f in owed:
        where = f"   account {account}" if several else ""
        print(f"{f.state:10} {kind_words(f.kind)} to {f.to.email}   id {f.id}{where}")
        print(f"{'':10} {deadline(f, now, tz)}")
        print(f"{'':10} thread: {subjects.get(f.thread_id, '')[:90]}")
    if not owed:
        print("Nothing due, overdue or coming up.")
    problems = [f"account {r.account} could not be read: {r.error}" for r in results if r.error]
    problems += failure_lines([x for r in results for x in r.failures])
    if problems:
        print("\nSET ASIDE (each tried again when it changes)")
        for line in problems:
            print(f"  {line}")
    meetings = sorted(  # once, when two accounts hold the same conversation
        {
            (m.start, f.company or "", ", ".join(a.name or a.email for a in m.attendees))
            for r in results
            for f in r.facts
            if f.job_related
            for m in f.meetings
            if m.status == "scheduled"
        }
    )
    if meetings:
        print("\nMEETINGS COMING UP")
        for start, company, people in meetings:
            print(f"  {start.astimezone(tz):%a %d %b %H:%M}  {company}: {people}")
    return 0


def cmd_explain(args: argparse.Namespace, opener: Opener) -> int:
    cfg = load_config(Path(args.config))
    now = parse_now(args.now)
    results = decide_all(cfg, opener, now, fresh=False)
    found = [(r, f) for r in results for f in r.facts if matches(f, args.thread)]
    if not found:
        print(
            f"No thread matches {args.thread!r}: give a Message-ID, part of the subject or "
            "part of the company's name."
        )
        return 1
    for r, f in found[: args.limit]:
        mine = frozenset(e.lower() for e in cfg.user.emails)
        sys.stdout.write(explain_thread(f, r.followups, now, cfg.user.tz, mine))
    if len(found) > args.limit:
        print(
            f"... and {len(found) - args.limit} more threads match; narrow the words or give "
            "--limit."
        )
    return 0


def cmd_dismiss(args: argparse.Namespace, opener: Opener) -> int:
    cfg = load_config(Path(args.config))
    with WriterLock(cfg.state_path):
        store = Store(cfg.state_path)
        try:
            done = store.undismiss(args.followup) if args.undo else store.dismiss(args.followup)
            known = done or store.has_followup(args.followup)
        finally:
            store.close()
    if not known:
        print(f"No follow-up {args.followup!r}: `followupd status` lists their ids.")
        return 1
    if args.undo:
        print(
            f"{args.followup} is no longer dismissed: it is reported and drafted as usual."
            if done
            else f"{args.followup} was not dismissed."
        )
    else:
        print(f"Dismissed {args.followup}: it will not be drafted or reported as owed again.")
    return 0


def cmd_redraft(args: argparse.Namespace, opener: Opener) -> int:
    """Write a follow-up's draft again (daemon/redraft.py); 0 when written, 1 when not."""
    from daemon.redraft import redraft

    cfg = load_config(Path(args.config))
    now = parse_now(args.now)
    with decided(cfg, opener, now, fresh=True) as (store, results, sources):
        outcome = redraft(args.followup, cfg, store, results, sources, now)
    print(outcome.text)
    return 0 if outcome.written else 1


def cmd_init(args: argparse.Namespace, opener: Opener) -> int:
    from daemon.init import init_config

    return init_config(args)


def cmd_install_service(args: argparse.Namespace, opener: Opener) -> int:
    cfg = load_config(Path(args.config))
    exe = units.installed_executable()
    if platform.system() == "Darwin" or args.launchd:
        target = Path("~/Library/LaunchAgents").expanduser() / f"{units.LABEL}.plist"
        log_dir = Path("~/Library/Logs/followupd").expanduser()
        content = units.launchd_plist(exe, cfg.path, log_dir)
        start = f"launchctl bootstrap gui/{os.getuid()} {target}"
        if not args.print:
            log_dir.mkdir(parents=True, exist_ok=True)
    else:
        target = Path("~/.config/systemd/user/followupd.service").expanduser()
        content = units.unit_for(exe, cfg).encode()
        start = "systemctl --user daemon-reload && systemctl --user enable --now followupd"
    if args.print:
        sys.stdout.write(content.decode())
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    print(
        f"Wrote {target}\nStart it with:\n  {start}\nThen check: followupd doctor "
        f"--config {cfg.path}"
    )
    return 0
