"""The `followupd` command. Wires connectors to the core from the config; the only place that
prints to stdout."""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from importlib import resources
from pathlib import Path

import structlog

from connectors import account_type, authorizable
from daemon import __version__, commands, logs
from daemon.config import Account, Config, did_you_mean, load_config
from daemon.errors import AuthError, ConfigError, FollowupdError, MailboxError, StateError
from daemon.locks import WriterLock
from daemon.report import report_json, report_text
from daemon.scan import AccountResult, in_config_order, open_all, scan
from daemon.source import MailSource
from daemon.store import Store

log = structlog.get_logger(__name__)


def open_source(
    account: Account, cfg: Config, clock: Callable[[], datetime] | None = None
) -> MailSource:
    """The connector for one account, from the registry of account types. `clock` is the
    run's clock, for connectors that count a look-back window themselves."""
    return account_type(account.type).open(account, cfg, clock)


def scan_accounts(cfg: Config, now: datetime, dry_run: bool) -> list[AccountResult]:
    """One scan of every account, with the store and the connections closed after it. Holds
    the state database's writer lock throughout, so a daemon's tick or another scan never
    writes the same drafts at the same time."""
    with WriterLock(cfg.state_path):
        store = Store(cfg.state_path)
        sources: list[MailSource] = []
        try:
            opened, failed = open_all(
                cfg, lambda a: open_source(a, cfg, lambda: now), tidy_first=not dry_run
            )
            sources += opened
            return in_config_order(cfg, [*scan(sources, store, cfg, now, dry_run), *failed])
        finally:
            store.close()
            for s in sources:
                s.close()


def cmd_scan(args: argparse.Namespace) -> int:
    cfg = load_config(Path(args.config))
    # what start-up made (the modules, the config) lives as long as the process: set apart
    # from the garbage collector, whose full collections a large mailbox's scan sets off
    gc.freeze()
    now = commands.parse_now(args.now)
    results = scan_accounts(cfg, now, dry_run=args.dry_run)
    tz = cfg.user.tz
    if args.json:
        _write_json(report_json(results, now, tz))
    else:
        sys.stdout.write(report_text(results, now, tz, args.dry_run))
    for r in results:
        if r.error is not None:
            kind = "authorisation needed" if r.needs_auth else "mailbox error"
            print(f"followupd: {kind}: account {r.account}: {r.error}", file=sys.stderr)
    return exit_status(results)


def _write_json(report: dict[str, object]) -> None:
    """The report, indented, as `json.dump` writes it, but a few thousand pieces at a time:
    `json.dump` writes each of its pieces (219,122 at 100,000 messages), and every piece is a
    system call when Python's output is unbuffered (PYTHONUNBUFFERED, services); one string
    of it all would hold the pieces and the whole text at once."""
    pieces = json.JSONEncoder(indent=2, ensure_ascii=False).iterencode(report)
    while batch := list(itertools.islice(pieces, 4096)):
        sys.stdout.write("".join(batch))
    sys.stdout.write("\n")


def exit_status(results: list[AccountResult]) -> int:
    """0 when every account was read; 3 when one needs re-authorising; else 4 when one could
    not be read. The other accounts are scanned and reported either way."""
    if any(r.needs_auth for r in results):
        return 3
    return 4 if any(r.error for r in results) else 0


def cmd_inspect(args: argparse.Namespace) -> int:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from daemon.infer.people import Identity
    from daemon.inspect import inspect_file

    me, tz = Identity(frozenset()), None
    if args.config:
        cfg = load_config(Path(args.config))
        me = Identity(
            frozenset(cfg.user.emails), frozenset(cfg.user.employer_domains), cfg.user.name
        )
        tz = cfg.user.tz
    if args.tz:
        try:
            tz = ZoneInfo(args.tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(
                f"--tz: {args.tz!r} is not a time zone (e.g. Europe/London)"
            ) from None
    for name in args.files:
        line = inspect_file(Path(name), me, tz or ZoneInfo("UTC"))
        if args.json:
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(_inspect_text(line))
        sys.stdout.flush()
    return 0


def _inspect_text(line: dict[str, object]) -> str:
    if line["error"]:
        return f"{line['file']}: {line['error']}\n\n"
    out = [
        f"{line['file']}  {line['message_id']}  {line['date']}",
        f"  job-related: {'yes' if line['job_related'] else 'no'}; about an interview: "
        f"{'yes' if line['about_interview'] else 'no'}; category: {line['category'] or '-'}",
    ]
    for m in line["meetings"]:  # type: ignore[attr-defined]
        people = ", ".join(p["email"] or p["name"] for p in m["people"])
        out.append(f"  meeting {m['start']} ({m['status']}){' with ' + people if people else ''}")
    for p in line["promises"]:  # type: ignore[attr-defined]
        out.append(f"  promise by {p['last_day']} from {p['made_by']}: {p['evidence']}")
    out += [f"  evidence: {e}" for e in line["evidence"]]  # type: ignore[attr-defined]
    return "\n".join(out) + "\n\n"


def cmd_demo(args: argparse.Namespace) -> int:
    sample = resources.files("daemon") / "sample"
    work = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="followupd-demo-"))
    with resources.as_file(sample) as src:
        shutil.copytree(src, work, dirs_exist_ok=True)
    now_text = (work / "NOW").read_text().strip()
    cfg = load_config(work / "config.toml")
    now = commands.parse_now(now_text)
    results = scan_accounts(cfg, now, dry_run=False)
    out = sys.stdout
    out.write(f"Demo: a sample mailbox copied to {work}, scanned as if it were {now_text}.\n\n")
    out.write(report_text(results, now, cfg.user.tz, dry_run=False))
    drafts = [d for r in results for d in r.drafts]
    out.write(f"\n{len(drafts)} drafts written to {work / 'mailbox' / '.Drafts' / 'cur'}\n")
    if drafts:
        first = drafts[0]
        head, _, _ = first.raw.partition(b"\r\n\r\n")
        out.write("\nThe first one, as your mail client will show it:\n\n")
        for line in head.decode("utf-8", "replace").split("\r\n"):
            if line.split(":", 1)[0] in (
                "From",
                "To",
                "Subject",
                "In-Reply-To",
                "References",
                "Message-ID",
            ):
                out.write(f"  {line}\n")
        out.write("\n" + "\n".join("  " + ln for ln in first.body.splitlines()) + "\n")
        out.write(
            f"\n  attached: {', '.join(a.filename or a.content_type for a in first.attachments)}\n"
        )
    out.write(
        f"\nNext, on your own mail:\n  {_command()} init\n"
        "It asks for your name, addresses, time zone, Maildir and profile and writes the config;\n"
        'then follow "Using it on your own mail" in README.md.\n'
    )
    return 0


def _command() -> str:
    """How to run followupd from here: its name when that is on PATH, else its full path
    (`./dev demo` runs it from .venv/bin, which is not on PATH)."""
    from daemon.units import installed_executable

    exe = installed_executable()
    on_path = shutil.which("followupd")
    return "followupd" if on_path and Path(on_path).resolve() == Path(exe).resolve() else exe


def cmd_auth(args: argparse.Namespace) -> int:
    cfg = load_config(Path(args.config))
    account = next((a for a in cfg.accounts if a.name == args.account), None)
    if account is None:
        names = [a.name for a in cfg.accounts]
        raise ConfigError(
            f"{cfg.path}: no account named '{args.account}'"
            f"{did_you_mean(args.account, set(names))} (have: {', '.join(names)})"
        )
    if account.type != args.kind:
        kind = account_type(account.type)
        fix = (
            f"; run: followupd auth {account.type} {account.name}"
            if kind.authorizes
            else f"; a {account.type} account needs no authorisation"
        )
        raise ConfigError(
            f"{cfg.path}: account '{account.name}' is of type '{account.type}', "
            f"not '{args.kind}'{fix}"
        )
    account_type(args.kind).authorize(account, cfg)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="followupd",
        description="Watches your Sent and Inbox for job-search follow-ups you owe (thank-yous "
        "after meetings, chasing promised callbacks) and writes drafts for you to "
        "review. The only mail it sends is a daily digest, to you.",
    )
    p.add_argument("--version", action="version", version=f"followupd {__version__}")
    p.add_argument("--debug", action="store_true", help="verbose logs, addresses not redacted")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("scan", help="sync, find what is owed, write drafts; print a report")
    s.add_argument(
        "--config",
        default=str(commands.DEFAULT_CONFIG.expanduser()),
        help=f"the TOML config file (default {commands.DEFAULT_CONFIG})",
    )
    s.add_argument("--now", help="the clock for this run, ISO 8601 with offset (default: now)")
    s.add_argument(
        "--dry-run",
        action="store_true",
        help="plan and report the drafts but write nothing to the mailbox",
    )
    s.add_argument(
        "--json",
        action="store_true",
        help="print one JSON document (contracts/scan-report.schema.json)",
    )
    s.set_defaults(func=cmd_scan)
    a = sub.add_parser("auth", help="store an account's password or OAuth token in the keyring")
    a.add_argument("kind", choices=authorizable(), help="the account's type")
    a.add_argument("account", help="the account's name in the config")
    a.add_argument(
        "--config",
        default=str(commands.DEFAULT_CONFIG.expanduser()),
        help=f"the TOML config file (default {commands.DEFAULT_CONFIG})",
    )
    a.set_defaults(func=cmd_auth)
    n = sub.add_parser(
        "inspect",
        help="what followupd understands from single message files, from no one's side",
    )
    n.add_argument("files", nargs="+", metavar="FILE", help="RFC 5322 message files")
    n.add_argument(
        "--config", help="a config whose [user] says which addresses are yours (default: none)"
    )
    n.add_argument(
        "--tz",
        help="the zone for times a message gives without one (default: the config's, else UTC)",
    )
    n.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per file (contracts/inspect.schema.json)",
    )
    n.set_defaults(func=cmd_inspect)
    d = sub.add_parser("demo", help="scan a bundled sample mailbox and show the drafts")
    d.add_argument("--dir", help="copy the sample here instead of a new temporary folder")
    d.set_defaults(func=cmd_demo)
    _everyday(sub)
    return p


def _everyday(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The commands of daily use, from daemon.commands."""
    config_help = f"the TOML config file (default {commands.DEFAULT_CONFIG})"

    def add(name: str, help_: str, func: Callable[..., int]) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=help_)
        parser.add_argument(
            "--config", default=str(commands.DEFAULT_CONFIG.expanduser()), help=config_help
        )
        parser.set_defaults(func=lambda args: func(args, open_source))
        return parser

    r = add(
        "run", "the background service: sync, draft and send the daily digest", commands.cmd_run
    )
    r.add_argument("--now", help="start the clock at this moment (ISO 8601 with offset)")
    r.add_argument(
        "--clock-rate",
        type=float,
        default=1.0,
        help="run the clock this many times faster (tests and demos)",
    )
    g = add("digest", "build today's digest and deliver it to your own inbox", commands.cmd_digest)
    g.add_argument("--print", action="store_true", help="print it instead of delivering it")
    g.add_argument("--html", metavar="FILE", help="write its HTML to FILE instead")
    g.add_argument("--now", help="the clock for this run (ISO 8601 with offset)")
    st = add("status", "follow-ups due, overdue and coming up, and meetings", commands.cmd_status)
    st.add_argument("--now", help="the clock for this run (ISO 8601 with offset)")
    st.add_argument("--cached", action="store_true", help="do not sync first")
    e = add(
        "explain",
        "the evidence behind each inference and rule for one thread",
        commands.cmd_explain,
    )
    e.add_argument(
        "thread", help="a Message-ID in the thread, part of its subject, or part of the company"
    )
    e.add_argument("--now", help="the clock for this run (ISO 8601 with offset)")
    e.add_argument("--limit", type=int, default=5, help="show at most this many threads")
    x = add("dismiss", "decide a follow-up is not needed; it stays dismissed", commands.cmd_dismiss)
    x.add_argument("followup", help="the follow-up's id, as `status` shows it")
    x.add_argument("--undo", action="store_true", help="take a dismissal back")
    w = add(
        "redraft",
        "write a follow-up's draft again (after you changed [profile] or deleted the draft); "
        "nothing is written while the earlier draft is still in your drafts",
        commands.cmd_redraft,
    )
    w.add_argument("followup", help="the follow-up's id, as `status` shows it")
    w.add_argument("--now", help="the clock for this run (ISO 8601 with offset)")
    add(
        "doctor",
        "check the config, keyring, accounts, state, clock and service",
        commands.cmd_doctor,
    )
    i = add("init", "write a config from questions or flags", commands.cmd_init)
    for flag in ("name", "email", "timezone", "phone", "maildir"):
        i.add_argument(f"--{flag}")
    i.add_argument(
        "--reasons", help="up to three reasons you fit, separated by ';' (drafts list them)"
    )
    i.add_argument(
        "--recent-update", help="a recent course, project or result (follow-ups share it)"
    )
    i.add_argument("--force", action="store_true", help="replace an existing config")
    v = add(
        "install-service",
        "install the systemd user unit (Linux) or launchd agent (macOS)",
        commands.cmd_install_service,
    )
    v.add_argument("--print", action="store_true", help="only show what would be installed")
    v.add_argument("--launchd", action="store_true", help="the launchd agent, on any system")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # the demo prints its own story, and a command run at a terminal prints its report: info
    # lines would only drown them (the daemon, and anything logging to a file or journald,
    # keeps them)
    quiet = args.command == "demo" or (args.command != "run" and sys.stderr.isatty())
    logs.configure(debug=args.debug, quiet=quiet and not args.debug)
    try:
        code: int = args.func(args)
        return code
    except ConfigError as exc:
        print(f"followupd: config error: {exc}", file=sys.stderr)
        return 2
    except AuthError as exc:
        print(f"followupd: authorisation needed: {exc}", file=sys.stderr)
        return 3
    except MailboxError as exc:
        print(f"followupd: mailbox error: {exc}", file=sys.stderr)
        return 4
    except StateError as exc:
        print(f"followupd: {exc}", file=sys.stderr)
        return 5
    except FollowupdError as exc:
        print(f"followupd: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `followupd status | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
