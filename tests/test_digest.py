"""The digest: the right things in the right order, every value from mail escaped, and an HTML
that a real browser (headless Chromium) shows as meant without running anything."""

from __future__ import annotations

import shutil
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.conftest import copy_tree

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "daemon" / "sample"
NOW = (SAMPLE / "NOW").read_text().strip()
HOSTILE = (
    "Interview <script>document.title='pwned'</script><img src=x onerror=\"document.title='img'\">"
)


def hostile_promise() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Mallory Vance <mallory.vance@evilcorp.example>"
    msg["To"] = "Alex Rivera <alex.rivera@example.net>"
    msg["Subject"] = HOSTILE
    msg["Date"] = "Mon, 02 Mar 2026 10:00:00 -0600"
    msg["Message-ID"] = "<hostile-1@evilcorp.example>"
    msg.set_content(
        "Thanks for applying to the analyst role. I'll get back to you by Wednesday, "
        "March 4 <b>about next steps</b>."
    )
    return msg.as_bytes()


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    home = copy_tree(SAMPLE, tmp_path / "sample")
    (home / "mailbox" / "cur").mkdir(exist_ok=True)
    (home / "mailbox" / "cur" / "1772467200.hostile.test:2,S").write_bytes(hostile_promise())
    return home


def followupd(home: Path, *args: str) -> str:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "daemon.cli",
            *args,
            "--config",
            str(home / "config.toml"),
            "--now",
            NOW,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_the_text_digest_lists_what_is_owed_in_order(sample: Path) -> None:
    followupd(sample, "scan")  # writes the drafts the digest then lists
    text = followupd(sample, "digest", "--print")
    order = [
        "THANK-YOUS OWED",
        "CALLBACKS TO CHASE",
        "DRAFTS WRITTEN SINCE THE LAST DIGEST",
        "COMING UP",
        "TOO LATE TO DRAFT",
        "PIPELINE",
    ]
    positions = [text.index(title) for title in order]
    assert positions == sorted(positions)
    owed = text[positions[0] : positions[1]]
    assert "Leonie Kowalczyk" in owed and "overdue since" in owed
    callbacks = text[positions[1] : positions[2]]
    assert "“I'll get back to you by Wednesday, March 4 <b>about next steps</b>.”" in callbacks
    assert "Mallory Vance" in callbacks


def test_an_empty_day_sends_nothing(tmp_path: Path) -> None:
    home = copy_tree(SAMPLE, tmp_path / "sample")
    shutil.rmtree(home / "mailbox")
    (home / "mailbox" / "cur").mkdir(parents=True)
    out = followupd(home, "digest")
    assert "Nothing owed today" in out
    assert not (home / "mailbox" / "new").exists()


def test_digest_delivery_goes_to_the_users_own_inbox(sample: Path) -> None:
    out = followupd(sample, "digest")
    assert out.startswith("Digest delivered: maildir:")
    [delivered] = list((sample / "mailbox" / "new").iterdir())
    raw = delivered.read_text()
    assert "To: Alex Rivera <alex.rivera@example.net>" in raw
    assert "Content-Type: text/html" in raw and "Content-Type: text/plain" in raw


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        raise RuntimeError(
            "headless Chromium is needed (Debian package chromium); .ci/run installs it"
        )
    return found


def browser(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_chromium_shows_the_digest_and_runs_no_script(sample: Path, tmp_path: Path) -> None:
    followupd(sample, "scan")
    page = tmp_path / "digest.html"
    followupd(sample, "digest", "--html", str(page))
    html = page.read_text()
    assert "<script" not in html and "onerror=" not in html.replace("onerror=&quot;", "")
    dom = browser("--dump-dom", page.as_uri(), profile=tmp_path / "profile").stdout
    assert "pwned" not in dom.split("<title>")[1].split("</title>")[0]
    assert "<script>document.title" not in dom  # shown as text, never a script element
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom  # as text
    assert "<img" not in dom
    for expected in (
        "Thank-yous owed",
        "Leonie Kowalczyk",
        "Callbacks to chase",
        "Pipeline",
        "Quarrystone Labs",
    ):
        assert expected in dom
    shot = tmp_path / "digest.png"
    browser(
        f"--screenshot={shot}",
        "--window-size=900,1400",
        page.as_uri(),
        profile=tmp_path / "profile",
    )
    assert shot.stat().st_size > 10_000


def test_html_says_where_it_wrote(sample: Path, tmp_path: Path) -> None:
    page = tmp_path / "digest.html"
    out = followupd(sample, "digest", "--html", str(page))
    assert out == f"Wrote the digest's HTML to {page} (open it in a browser)\n"
    assert page.read_text().startswith("<!DOCTYPE html>")
    nowhere = tmp_path / "no-such-folder" / "digest.html"
    proc = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "digest", "--html", str(nowhere)]
        + ["--config", str(sample / "config.toml"), "--now", NOW],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    said = proc.stderr.splitlines()[-1]  # after the JSON log lines
    assert said == f"followupd: cannot write {nowhere}: No such file or directory"


def test_lint_findings_are_in_words(tmp_path: Path) -> None:
    home = copy_tree(SAMPLE, tmp_path / "sample")
    config = home / "config.toml"
    config.write_text(config.read_text().split("[profile]")[0])  # drafts then carry [add: ...]
    followupd(home, "scan")
    text = followupd(home, "digest", "--print")
    drafted = text.split("DRAFTS WRITTEN SINCE THE LAST DIGEST")[1].split("COMING UP")[0]
    assert "fill in [add:" in drafted
    assert "unfilled_slot" not in text and "_" not in drafted.replace("Message-ID", "")


def test_a_phone_shows_the_digest_without_scrolling_sideways(sample: Path, tmp_path: Path) -> None:
    followupd(sample, "scan")
    page = tmp_path / "digest.html"
    followupd(sample, "digest", "--html", str(page))
    html = page.read_text()
    assert '<meta name="viewport" content="width=device-width' in html
    # a phone's 390 px viewport: the page in a frame that wide (headless Chromium's window is
    # never narrower than 500 px), measured by the frame's parent; the digest has no script
    probe = tmp_path / "phone.html"
    probe.write_text(
        '<!DOCTYPE html><html><head><title>probe</title></head><body style="margin:0">'
        f'<iframe id="phone" src="{page.name}" style="width:390px;height:844px;border:0">'
        '</iframe><script>window.addEventListener("load", function () {'
        'var w = document.getElementById("phone").contentWindow, d = w.document.documentElement;'
        'document.title = ["layout", d.scrollWidth, d.clientWidth, w.innerWidth].join(" ");'
        "});</script></body></html>"
    )
    dom = browser(
        "--allow-file-access-from-files", "--dump-dom", probe.as_uri(), profile=tmp_path / "p1"
    ).stdout
    title = dom.split("<title>layout ")[1].split("</title>")[0]
    scroll_width, client_width, viewport = (int(n) for n in title.split())
    assert viewport == 390
    assert scroll_width <= client_width, "the digest scrolls sideways on a phone"
    dom = browser("--dump-dom", page.as_uri(), profile=tmp_path / "p2").stdout
    for words in ("Leonie Kowalczyk", "overdue since", "Message-ID", "Find it"):
        assert words in dom
    shot = tmp_path / "phone.png"
    browser(f"--screenshot={shot}", "--window-size=390,844", page.as_uri(), profile=tmp_path / "p2")
    assert shot.stat().st_size > 10_000


def test_a_follow_up_the_user_sent_is_linted_in_the_next_digest(sample: Path) -> None:
    """The lint reads what the user actually sent, not only the drafts: a thank-you that
    settles a follow-up but greets the wrong person and asks to be called back."""
    msg = EmailMessage()
    msg["From"] = "Alex Rivera <alex.rivera@example.net>"
    msg["To"] = "Leonie Kowalczyk <leonie.kowalczyk@quarrystone-labs.test>"
    msg["Subject"] = "Thank you"
    msg["Date"] = "Tue, 17 Mar 2026 20:00:00 -0500"
    msg["Message-ID"] = "<sent-thanks-1@example.net>"
    msg.set_content("Hi Sally,\n\nThanks for the interview. Can you call me back?\n\nAlex\n")
    (sample / "mailbox" / "cur" / "1773795600.sent.test:2,S").write_bytes(msg.as_bytes())
    text = followupd(sample, "digest", "--print")
    title = "FOLLOW-UPS YOU SENT SINCE THE LAST DIGEST"
    assert title in text
    part = text[text.index(title) : text.index("COMING UP")]
    assert "Leonie Kowalczyk" in part and "Sally" in part
    assert "call" in part.lower()
