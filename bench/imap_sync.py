"""Benchmark: the IMAP connector against a local Dovecot holding a generated 20,000-message mailbox.

Measures, each in its own process (so peak RSS is its own):

- baseline: a bare imapclient script that FETCHes BODY.PEEK[HEADER] of every message in the
  look-back window (INBOX and Sent, 500 UIDs per FETCH, as followupd batches);
- followupd's first sync (`ImapSource.changes` from no cursor: login, LIST, STATUS, EXAMINE,
  SEARCH, FETCH), then a no-change tick on the same session and one on a fresh session;
- new-message-to-draft latency with IDLE: a job thread is held back from the mailbox; after a
  first full scan (sync, infer, write drafts), the daemon-like loop waits in IDLE while the
  thread's messages are APPENDed, then syncs, decides and writes the draft.

Bytes read are the server's own count (Dovecot logs `out=` for every session). Baseline and
first sync alternate, `--rounds` times each, after a warm-up that lets Dovecot index the
mailbox; medians are reported. Ratios, not seconds, compare across machines.

    python bench/imap_sync.py [--messages 20000] [--seed 1] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
from make_mailbox import generate  # noqa: E402
from scan_bench import machine  # noqa: E402

NOW = "2026-03-18T11:00:00-05:00"
USER = {
    "name": "Alex Rivera",
    "emails": ["alex.rivera@example.net"],
    "phone": "+1 555 0100 200",
    "timezone": "America/Chicago",
}
LOOKBACK_DAYS = 60
IMAP_USER = "bench"
FOLDERS = ("INBOX", "Sent")
_OUT = re.compile(r"imap\(" + IMAP_USER + r"\).*Disconnected: Logged out in=(\d+) out=(\d+)")


def since() -> date:
    return (datetime.fromisoformat(NOW) - timedelta(days=LOOKBACK_DAYS)).date()


# -- the measured children -----------------------------------------------------------------------


def child_baseline(port: int, password: str) -> dict[str, Any]:
    from imapclient import IMAPClient

    began = time.perf_counter()
    client = IMAPClient("127.0.0.1", port=port, ssl=False, timeout=30)
    client.login(IMAP_USER, password)
    fetched = 0
    for folder in FOLDERS:
        client.select_folder(folder, readonly=True)
        uids = client.search(["SINCE", since()])
        for start in range(0, len(uids), 500):
            fetched += len(client.fetch(uids[start : start + 500], ["BODY.PEEK[HEADER]"]))
    client.logout()
    return {"seconds": time.perf_counter() - began, "messages": fetched}


def _source(port: int, password: str) -> Any:
    from connectors.imap import ImapSettings, ImapSource

    settings = ImapSettings(
        "bench", "127.0.0.1", port, "none", IMAP_USER, lookback_days=LOOKBACK_DAYS
    )
    return ImapSource(
        settings, password=lambda: password, clock=lambda: datetime.fromisoformat(NOW)
    )


def child_sync(port: int, password: str) -> dict[str, Any]:
    source = _source(port, password)
    began = time.perf_counter()
    first = source.changes(None, lambda folder, ref: False)
    first_s = time.perf_counter() - began
    seen = {(m.folder, m.ref) for m in first.new}
    commands = source.commands
    began = time.perf_counter()
    tick = source.changes(first.cursor, lambda folder, ref: (folder, ref) in seen)
    tick_s = time.perf_counter() - began
    tick_commands = source.commands - commands
    source.close()
    cold = _source(port, password)  # a new session: what `followupd scan` run by cron pays
    began = time.perf_counter()
    cold_tick = cold.changes(first.cursor, lambda folder, ref: (folder, ref) in seen)
    cold_s = time.perf_counter() - began
    cold.close()
    assert tick.new == [] and cold_tick.new == []
    return {
        "seconds": first_s,
        "messages": len(first.new),
        "data_bytes": sum(len(m.data) for m in first.new),
        "first_commands": commands,
        "tick_seconds": tick_s,
        "tick_commands": tick_commands,
        "cold_tick_seconds": cold_s,
        "cold_tick_commands": cold.commands,
    }


def child_latency(port: int, password: str, work: Path, held: list[list[str]]) -> dict[str, Any]:
    from imapclient import IMAPClient

    from daemon.config import load_config
    from daemon.scan import apply, plan, sync
    from daemon.store import Store

    cfg = load_config(write_config(work, port))
    now = datetime.fromisoformat(NOW)
    store = Store(cfg.state_path)
    source = _source(port, password)
    began = time.perf_counter()
    sync(source, store, cfg, now)
    first = plan(source, store, cfg, now)
    apply(source, store, first, now)
    first_scan_s = time.perf_counter() - began
    drafts_before = len(first.drafts)

    appended_at: list[float] = []

    def deliver() -> None:
        time.sleep(1.0)  # let the wait settle into IDLE
        client = IMAPClient("127.0.0.1", port=port, ssl=False, timeout=30)
        client.login(IMAP_USER, password)
        inbox = [Path(p) for folder, p in held if folder == "INBOX"]
        for folder, path in held:
            if folder != "INBOX":
                client.append(folder, Path(path).read_bytes(), flags=[b"\\Seen"])
        for i, path in enumerate(inbox):
            if i == len(inbox) - 1:
                appended_at.append(time.perf_counter())
            client.append("INBOX", path.read_bytes())
        client.logout()

    thread = threading.Thread(target=deliver)
    thread.start()
    changed = source.wait_for_change(120, threading.Event())
    noticed = time.perf_counter()
    thread.join()
    sync(source, store, cfg, now)
    synced = time.perf_counter()
    result = plan(source, store, cfg, now)
    apply(source, store, result, now)
    drafted = time.perf_counter()
    source.close()
    store.close()
    t0 = appended_at[0]
    return {
        "idle_seen": changed,
        "first_scan_seconds": first_scan_s,
        "drafts_first_scan": drafts_before,
        "drafts_after_news": len(result.drafts),
        "notice_seconds": noticed - t0,
        "synced_seconds": synced - t0,
        "draft_seconds": drafted - t0,
    }


def write_config(work: Path, port: int) -> Path:
    path = work / "config.toml"
    path.write_text(
        "[user]\n"
        + "".join(f"{k} = {json.dumps(v)}\n" for k, v in USER.items())
        + '\n[[accounts]]\nname = "bench"\ntype = "imap"\nhost = "127.0.0.1"\n'
        + f'port = {port}\nsecurity = "none"\nusername = "{IMAP_USER}"\n'
        + 'password_env = "FOLLOWUPD_BENCH_PASSWORD"\n'
        + f'\n[state]\npath = "{work / "state.sqlite3"}"\n'
    )
    return path


def child_main(kind: str, port: int, password: str, extra: str) -> None:
    if kind == "baseline":
        out = child_baseline(port, password)
    elif kind == "sync":
        out = child_sync(port, password)
    else:
        work, held = json.loads(extra)
        out = child_latency(port, password, Path(work), held)
    out["maxrss_mib"] = peak_rss_mib()
    print(json.dumps(out))


def peak_rss_mib() -> float:
    """This process's peak RSS. Linux keeps ru_maxrss across exec, so a child forked from a big
    parent would report the parent's peak; VmHWM belongs to the current program only."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the orchestra -------------------------------------------------------------------------------


def run_child(server: Any, kind: str, sessions: int, extra: str = "") -> dict[str, Any]:
    """Run one measured child, which opens `sessions` IMAP sessions; add the bytes Dovecot
    sent to them (what the child read)."""
    from tests.dovecot import PASSWORD

    log_before = len(server.log())
    env = {**os.environ, "FOLLOWUPD_BENCH_PASSWORD": PASSWORD}
    proc = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(server.port), PASSWORD, extra],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{proc.stderr[-3000:]}")
    out: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    # Dovecot logs a session's byte counts as it ends, a moment after the client has gone
    deadline = time.monotonic() + 10
    while len(_OUT.findall(server.log()[log_before:])) < sessions and time.monotonic() < deadline:
        time.sleep(0.05)
    ended = _OUT.findall(server.log()[log_before:])
    out["bytes_read"] = sum(int(sent) for _, sent in ended)
    out["sessions"] = len(ended)
    return out


def hold_back_a_thread(maildir: Path, hold: Path) -> tuple[list[list[str]], str]:
    """Pick a job thread that owes a draft (a Maildir dry run says which), move its files out.
    Returns [folder, path] of each held file, oldest first, and what is owed."""
    from connectors.maildir import MaildirSource
    from daemon.config import load_config
    from daemon.scan import plan, sync
    from daemon.store import Store

    work = hold / "probe"
    work.mkdir(parents=True)
    cfg_path = work / "config.toml"
    cfg_path.write_text(
        "[user]\n"
        + "".join(f"{k} = {json.dumps(v)}\n" for k, v in USER.items())
        + f'\n[[accounts]]\nname = "probe"\ntype = "maildir"\npath = "{maildir}"\n'
        + f'\n[state]\npath = "{work / "state.sqlite3"}"\n'
    )
    cfg = load_config(cfg_path)
    now = datetime.fromisoformat(NOW)
    store = Store(cfg.state_path)
    source = MaildirSource("probe", maildir)
    sync(source, store, cfg, now)
    result = plan(source, store, cfg, now)
    store.close()
    draft = next(d for d in result.drafts if d.kind == "thank_you")
    thread = next(f.thread for f in result.facts if f.thread.id == draft.thread_id)
    held: list[list[str]] = []
    for msg in sorted(thread.messages, key=lambda m: m.date):
        directory = maildir if msg.folder == "INBOX" else maildir / f".{msg.folder}"
        for sub in ("cur", "new"):
            for path in (directory / sub).glob(f"{msg.ref}*"):
                target = hold / path.name
                shutil.move(path, target)
                held.append(["INBOX" if msg.folder == "INBOX" else "Sent", str(target)])
    return held, f"{draft.kind} in a thread of {len(thread.messages)} messages"


def warm_up(server: Any) -> None:
    """Let Dovecot build its indexes and caches, so no measured run pays for them."""
    from tests.dovecot import PASSWORD

    client = server.client(IMAP_USER, PASSWORD)
    for folder in FOLDERS:
        client.select_folder(folder, readonly=True)
        uids = client.search("ALL")
        for start in range(0, len(uids), 1000):
            client.fetch(
                uids[start : start + 1000], ["BODY.PEEK[HEADER]", "BODYSTRUCTURE", "RFC822.SIZE"]
            )
    client.logout()
    deadline = time.monotonic() + 10
    while not _OUT.search(server.log()) and time.monotonic() < deadline:
        time.sleep(0.05)  # its log line must not be counted against the first measured run


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    from tests.dovecot import DovecotServer

    work = Path(tempfile.mkdtemp(prefix="followupd-imap-bench-"))
    server = DovecotServer(work / "dovecot")
    try:
        maildir = server.maildir(IMAP_USER)
        began = time.perf_counter()
        summary = generate(maildir, args.messages, args.seed, datetime.fromisoformat(NOW), USER)
        for path in maildir.rglob("*"):
            stamp = path.name.split(".", 1)[0]
            if path.is_file() and stamp.isdigit():
                os.utime(path, (int(stamp), int(stamp)))  # INTERNALDATE: the delivery time
        held, owed = hold_back_a_thread(maildir, work / "held")
        server.hand_over(server.mail_root / IMAP_USER)
        prepared = time.perf_counter() - began
        server.start()
        warm_up(server)
        base: list[dict[str, Any]] = []
        ours: list[dict[str, Any]] = []
        for _ in range(args.rounds):
            base.append(run_child(server, "baseline", sessions=1))
            ours.append(run_child(server, "sync", sessions=2))
        latency = run_child(server, "latency", 2, json.dumps([str(work), held]))
        version = ".".join(map(str, server.version))
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    report(args, summary, prepared, owed, version, base, ours, latency)
    return 0


def report(
    args: argparse.Namespace,
    summary: dict[str, int],
    prepared: float,
    owed: str,
    version: str,
    base: list[dict[str, Any]],
    ours: list[dict[str, Any]],
    latency: dict[str, Any],
) -> None:
    def med(runs: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(r[key] for r in runs))

    b, f = med(base, "seconds"), med(ours, "seconds")
    print(f"machine: {machine()}, Dovecot {version}")
    print(
        f"mailbox: {args.messages} messages (seed {args.seed}; {summary['job_threads']} job "
        f"threads), generated and loaded in {prepared:.1f} s; window: {LOOKBACK_DAYS} days"
    )
    print(f"runs: {args.rounds} of each, medians; every run in its own process")
    print()
    print("| run | wall time | vs baseline | IMAP commands | bytes read | peak RSS |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    print(
        f"| baseline: FETCH BODY.PEEK[HEADER] of {base[0]['messages']} messages "
        f"| {b:.2f} s | 1.00 x | | {med(base, 'bytes_read') / 1e6:.1f} MB "
        f"| {med(base, 'maxrss_mib'):.0f} MiB |"
    )
    print(
        f"| followupd first sync ({ours[0]['messages']} messages) | {f:.2f} s | {f / b:.2f} x "
        f"| {ours[0]['first_commands']} | {med(ours, 'bytes_read') / 1e6:.1f} MB "
        f"| {med(ours, 'maxrss_mib'):.0f} MiB |"
    )
    print(
        f"| no-change tick, same session | {med(ours, 'tick_seconds') * 1000:.1f} ms | "
        f"| {ours[0]['tick_commands']} | | |"
    )
    print(
        f"| no-change tick, new session (login, LIST, STATUS, LOGOUT) "
        f"| {med(ours, 'cold_tick_seconds') * 1000:.1f} ms | "
        f"| {ours[0]['cold_tick_commands']} | | |"
    )
    print()
    rounds = [round(o["seconds"] / x["seconds"], 2) for o, x in zip(ours, base, strict=True)]
    print(f"first sync / baseline, each round: {rounds}")
    print(
        f"new message to draft with IDLE ({owed} held back, then APPENDed): "
        f"IDLE noticed it after {latency['notice_seconds']:.2f} s, synced at "
        f"{latency['synced_seconds']:.2f} s, draft written at {latency['draft_seconds']:.2f} s "
        f"({latency['drafts_after_news']} draft(s); seen by IDLE: {latency['idle_seen']})"
    )
    print(
        f"first full scan over IMAP (sync, infer, write {latency['drafts_first_scan']} drafts): "
        f"{latency['first_scan_seconds']:.1f} s, peak RSS {latency['maxrss_mib']:.0f} MiB"
    )
    target = "met" if f / b <= 1.5 and ours[0]["tick_commands"] < 5 else "NOT met"
    print(f"targets (first sync <= 1.5 x baseline, no-change tick < 5 commands): {target}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
        sys.exit(0)
    sys.exit(main())
