"""`followupd init` checks each answer as it is given, asks again for a wrong one (on a real
pseudo-terminal), and writes the file only when followupd accepts it."""

from __future__ import annotations

import doctest
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import daemon.init
from daemon.config import load_config

ROOT = Path(__file__).resolve().parents[1]


def maildir(where: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (where / sub).mkdir(parents=True)
    return where


def init(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "daemon.cli", "init", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )


def test_the_checks_examples_hold() -> None:
    result = doctest.testmod(daemon.init)
    assert result.attempted >= 3 and result.failed == 0


def test_bad_flags_are_all_named_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    proc = init(
        "--config",
        str(path),
        "--name",
        "Jordan Lee",
        "--email",
        "jordan at example.net",
        "--timezone",
        "Europe/Berlinn",
        "--maildir",
        str(tmp_path / "no-such-Maildir"),
    )
    assert proc.returncode == 2
    for flag, words in (
        ("--email", "not an email address: jordan"),
        ("--timezone", "unknown time zone 'Europe/Berlinn'"),
        ("--maildir", "does not exist"),
    ):
        assert any(flag in ln and words in ln for ln in proc.stderr.splitlines()), proc.stderr
    assert not path.exists() and list(tmp_path.iterdir()) == []


def test_a_folder_that_is_not_a_maildir_is_refused(tmp_path: Path) -> None:
    (tmp_path / "Mail").mkdir()
    proc = init(
        "--config",
        str(tmp_path / "config.toml"),
        "--name",
        "J",
        "--email",
        "j@example.net",
        "--timezone",
        "UTC",
        "--maildir",
        str(tmp_path / "Mail"),
    )
    assert proc.returncode == 2 and "is not a Maildir: it has no cur/ and new/" in proc.stderr
    assert not (tmp_path / "config.toml").exists()


def converse(args: list[str], answers: list[str], home: Path) -> str:
    """Run followupd on a pseudo-terminal, typing each answer after the prompt that asks it."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "daemon.cli", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env={**os.environ, "HOME": str(home), "TZ": "Europe/Madrid"},
        close_fds=True,
    )
    os.close(slave)
    screen = b""
    pending = list(answers)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # the other side closed: the program ended
                    break
                if not chunk:
                    break
                screen += chunk
                if screen.rstrip().endswith(b":") and pending:
                    os.write(master, pending.pop(0).encode() + b"\n")
            elif proc.poll() is not None:
                break
        assert proc.wait(timeout=10) == 0, screen.decode()
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    assert not pending, screen.decode()
    return screen.decode().replace("\r\n", "\n")


def test_a_wrong_answer_is_asked_again_and_the_rest_kept(tmp_path: Path) -> None:
    box = maildir(tmp_path / "Maildir")
    path = tmp_path / "cfg" / "config.toml"
    screen = converse(
        ["init", "--config", str(path)],
        [
            "",  # no name: asked again
            "Jordan Lee",
            "jordan@example.net, jlee",  # one bad address: asked again
            "jordan@example.net, j.lee@example.org",
            "Mars/Olympus",  # asked again, the answers before it kept
            "",  # the offered default, this machine's zone
            "call me",  # not a phone number
            "",  # none
            str(tmp_path / "missing"),
            str(box),
            "",  # no reasons: the drafts carry a slot
            "",  # no update
        ],
        tmp_path,
    )
    assert "Your name (signs your drafts): " in screen  # no default offered: not the login name
    assert "[root]" not in screen and "[-]" not in screen
    assert screen.count("Your time zone [Europe/Madrid]: ") == 2
    assert "unknown time zone 'Mars/Olympus'" in screen
    assert "not an email address: jlee" in screen
    assert "does not exist" in screen and "is not a phone number" in screen
    assert screen.count("Your name") == 2 and screen.count("Path of your Maildir") == 2
    cfg = load_config(path)
    assert cfg.user.name == "Jordan Lee" and cfg.user.timezone == "Europe/Madrid"
    assert cfg.user.emails == ("jordan@example.net", "j.lee@example.org")
    assert cfg.user.phone == "" and cfg.accounts[0].options["path"] == str(box)
    assert f"Next: followupd doctor --config {path}" in screen
    assert "Your profile: your thank-you notes list" in screen
    assert cfg.profile.reasons == () and cfg.profile.recent_update == ""


def test_the_profile_is_asked_and_said_what_it_is_for(tmp_path: Path) -> None:
    box = maildir(tmp_path / "Maildir")
    path = tmp_path / "cfg" / "config.toml"
    screen = converse(
        ["init", "--config", str(path)],
        [
            "Jordan Lee",
            "jordan@example.net",
            "",
            "",
            str(box),
            "SQL; Python; a team of four; a budget",  # four: asked again
            "eight years of SQL and Python; led a team of four",
            "[add: something]",  # a slot is not an update: asked again
            "I finished a course in cloud data engineering.",
        ],
        tmp_path,
    )
    assert screen.index("Your profile:") < screen.index("Up to three reasons")
    assert "[add: ...] slot" in screen
    assert "4 reasons: give at most 3" in screen and "leave [ ] and { } out" in screen
    cfg = load_config(path)
    assert cfg.profile.reasons == ("eight years of SQL and Python", "led a team of four")
    assert cfg.profile.recent_update == "I finished a course in cloud data engineering."


def test_the_profile_from_flags(tmp_path: Path) -> None:
    box = maildir(tmp_path / "Maildir")
    path = tmp_path / "config.toml"
    common = ["--config", str(path), "--name", "J", "--email", "j@example.net"]
    common += ["--timezone", "UTC", "--maildir", str(box)]
    bad = init(*common, "--reasons", "a; b; c; d", "--recent-update", "done {x}")
    assert bad.returncode == 2 and not path.exists()
    assert "--reasons: 4 reasons" in bad.stderr and "--recent-update: leave" in bad.stderr
    good = init(*common, "--reasons", 'a quote "here"; b\\c', "--recent-update", "shipped")
    assert good.returncode == 0, good.stderr
    cfg = load_config(path)
    assert cfg.profile.reasons == ('a quote "here"', "b\\c")
    assert cfg.profile.recent_update == "shipped"
    assert init(*common[:2], "--force", *common[2:]).returncode == 0
    assert load_config(path).profile.reasons == ()
