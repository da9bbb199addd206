"""The config: the contract's minimal file is accepted unchanged; mistakes name key and file."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from daemon.config import load_config
from daemon.errors import ConfigError
from tests.conftest import CONTRACTS

MINIMAL = CONTRACTS / "config-minimal.toml"
GOOD = """
[user]
name = "Jordan Lee"
emails = ["jordan.lee@example.net"]
timezone = "America/Chicago"

[[accounts]]
type = "maildir"
path = "mailbox"
"""


def test_the_minimal_contract_config_is_accepted(tmp_path: Path) -> None:
    cfg_path = tmp_path / "config.toml"
    cfg_path.write_text(MINIMAL.read_text())
    cfg = load_config(cfg_path)
    assert cfg.user.emails == ("jordan.lee@example.net",)
    assert cfg.accounts[0].type == "maildir"
    assert cfg.state_path == tmp_path / "followupd.sqlite3"
    assert cfg.rules.callback_grace_business_days == 2 and cfg.rules.stale_after_days == 14


def test_the_example_config_is_accepted() -> None:
    cfg = load_config(Path(__file__).resolve().parents[1] / "config.example.toml")
    assert cfg.rules.meeting_default_minutes == 60


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            '[user]\nname = "x"\nemails = ["a@b.c"]\ntimezone = "UTC"\nnickname = "j"\n',
            "user.nickname",
        ),
        (GOOD + '\n[rules]\nstale_after_days = "two weeks"\n', "rules.stale_after_days"),
        (GOOD + "\n[rules]\nstale_after_days = true\n", "rules.stale_after_days"),
        (GOOD + "\n[rules]\ngrace = 3\n", "rules.grace"),
        (GOOD.replace("America/Chicago", "Mars/Olympus"), "user.timezone"),
        (GOOD.replace('type = "maildir"', 'type = "pop3"'), "type"),
        (GOOD.replace('emails = ["jordan.lee@example.net"]', 'emails = "jordan"'), "user.emails"),
        ("[user\nname=", "not valid TOML"),
        (GOOD.split("[[accounts]]")[0], "no [[accounts]]"),
    ],
)
def test_mistakes_are_refused_by_name(tmp_path: Path, change: str, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(change)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert message in str(err.value) and str(path) in str(err.value)


def test_scan_exits_non_zero_with_one_line_for_a_bad_config(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(GOOD + "\n[rules]\nthank_you_within = 24\n")
    proc = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "scan", "--config", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "rules.thank_you_within" in lines[0]


def test_an_unknown_maildir_key_is_refused(tmp_path: Path) -> None:
    (tmp_path / "mailbox").mkdir()
    path = tmp_path / "config.toml"
    path.write_text(GOOD + 'folder = "INBOX"\n')
    proc = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "scan", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "folder" in proc.stderr


def test_a_missing_mailbox_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(GOOD)
    proc = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "scan", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 4 and "mailbox" in proc.stderr.lower()


def test_every_problem_is_reported_in_one_run(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        GOOD.replace("America/Chicago", "Mars/Olympus")
        + 'drafts_folder = 3\nfolder = "INBOX"\n'
        + '\n[[accounts]]\nname = "fm"\ntype = "imap"\nport = "993"\n'
        + '\n[rules]\nstale_after_days = -1\n[digest]\ntime = "8am"\n'
    )
    with pytest.raises(ConfigError) as err:
        load_config(path)
    problems = err.value.problems
    for key in (
        "user.timezone",
        "accounts[maildir0].drafts_folder",
        "accounts[maildir0].folder",
        "accounts[fm].port",
        "accounts[fm].host",
        "accounts[fm].username",
        "rules.stale_after_days",
        "digest.time",
    ):
        assert sum(key in p for p in problems) == 1, (key, problems)
    assert str(err.value).startswith(f"{path}: {len(problems)} problems:\n  - ")


@pytest.mark.parametrize(
    ("change", "suggestion"),
    [
        (
            GOOD + "\n[rules]\nthank_you_within = 24\n",
            "did you mean 'rules.thank_you_within_hours'",
        ),
        (GOOD.replace("timezone", "time_zone"), "did you mean 'user.timezone'"),
        (GOOD + "\n[rule]\n", "did you mean 'rules'"),
        (GOOD + 'sent_folder = ["Sent"]\n', "did you mean 'accounts[maildir0].sent_folders'"),
        (GOOD.replace('type = "maildir"', 'type = "mailDir"'), "did you mean 'maildir'"),
    ],
)
def test_a_misspelt_key_gets_a_did_you_mean(tmp_path: Path, change: str, suggestion: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(change)
    with pytest.raises(ConfigError, match=re.escape(suggestion)):
        load_config(path)


def test_a_missing_config_points_at_init(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="followupd init"):
        load_config(tmp_path / "nowhere.toml")


def test_a_templates_folder_is_read_once_and_checked(tmp_path: Path) -> None:
    (tmp_path / "mailbox").mkdir()
    folder = tmp_path / "my-templates"
    folder.mkdir()
    (folder / "thank_you.txt").write_text("{greeting}\n\nThanks.\n\n{signature}\n")
    (tmp_path / "config.toml").write_text(GOOD + '\n[drafting]\ntemplates = "my-templates"\n')
    cfg = load_config(tmp_path / "config.toml")
    assert cfg.drafting.templates_dir == folder
    text = "{greeting}\n\nThanks.\n\n{signature}\n"
    assert cfg.drafting.template("thank_you") == (folder / "thank_you.txt", text)
    assert cfg.drafting.template("callback") is None
    (folder / "thankyou.txt").write_text("x")
    (folder / "callback.txt").write_bytes(b"\xff\xfe bad")
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / "config.toml")
    assert "thankyou.txt is not a template's name" in str(err.value)
    assert "did you mean 'thank_you.txt'?" in str(err.value)
    assert "cannot read callback.txt as UTF-8" in str(err.value)
    (tmp_path / "config.toml").write_text(GOOD + '\n[drafting]\ntemplates = "nowhere"\n')
    with pytest.raises(ConfigError, match="nowhere is not a folder"):
        load_config(tmp_path / "config.toml")
