"""A throwaway Dovecot IMAP server on a free loopback port, for tests and benchmarks.

Debian's `dovecot-imapd` (2.3.x) is required: a missing binary is an error, never a skip, so CI
cannot pass without exercising the IMAP connector against a real server.

Every test user logs in with `PASSWORD` (a static passdb accepts any user name), so each test
takes a fresh user name and gets a fresh, empty mailbox with the special-use folders Sent,
Drafts, Trash and Junk. Mail is kept as Maildir++ under the server's root directory.

Dovecot refuses to run mail processes as root. Started by root (CI containers), the mail
processes therefore chroot into the mail directory and run as `nobody`; started by anyone else,
everything runs as that user and no chroot is needed.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from imapclient import IMAPClient

PASSWORD = "correct-horse-battery-staple"
DOVECOT_PATHS = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")
# What Dovecot 2.3 offers after login, minus IDLE, CONDSTORE and QRESYNC: a server that can
# only be polled (Outlook and some others behave like this).
BARE_CAPABILITIES = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE SORT THREAD=REFERENCES MULTIAPPEND UNSELECT "
    "CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 ESEARCH SEARCHRES WITHIN "
    "LIST-STATUS BINARY MOVE SPECIAL-USE LITERAL+"
)
_NOBODY = "nobody"


class DovecotMissing(RuntimeError):
    """Dovecot is not installed: the IMAP tests cannot run (install dovecot-imapd)."""


def find_dovecot() -> Path:
    """The dovecot binary; raises `DovecotMissing` (a failure, not a skip) when there is none."""
    found = shutil.which("dovecot")
    for candidate in (found, *DOVECOT_PATHS):
        if candidate and os.access(candidate, os.X_OK):
            return Path(candidate)
    raise DovecotMissing(
        "dovecot not found: the IMAP tests need a real server "
        "(Debian: apt-get install -y dovecot-imapd, then stop the system instance)"
    )


def dovecot_version(binary: Path) -> tuple[int, int]:
    """(major, minor) of the installed Dovecot."""
    out = subprocess.run(
        [str(binary), "--version"], capture_output=True, text=True, check=True, timeout=10
    ).stdout
    m = re.match(r"(\d+)\.(\d+)", out.strip())
    if m is None:
        raise RuntimeError(f"cannot read Dovecot's version from {out!r}")
    return int(m.group(1)), int(m.group(2))


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class TlsFiles:
    """A self-signed certificate for 127.0.0.1 and localhost, and its key."""

    cert: Path
    key: Path


def make_certificate(directory: Path) -> TlsFiles:
    """Create a self-signed certificate (it is also its own CA) with openssl."""
    directory.mkdir(parents=True, exist_ok=True)
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    return TlsFiles(cert, key)


@dataclass
class DovecotServer:
    """One Dovecot instance: start, stop, restart, and its users' mailboxes."""

    root: Path
    capabilities: str | None = None  # replaces what Dovecot offers after login
    tls: TlsFiles | None = None  # with it: STARTTLS on `port`, implicit TLS on `tls_port`
    port: int = 0
    tls_port: int = 0
    binary: Path = field(default_factory=find_dovecot)
    _proc: subprocess.Popen[bytes] | None = None

    def __post_init__(self) -> None:
        self.version = dovecot_version(self.binary)
        if self.version[0] != 2 or self.version[1] < 2:
            raise RuntimeError(
                f"Dovecot {self.version[0]}.{self.version[1]} is installed; this fixture writes "
                "a 2.2/2.3 config (Debian bookworm's dovecot-imapd)"
            )
        self.root.mkdir(parents=True, exist_ok=True)
        self.as_root = os.geteuid() == 0
        self.mail_root.mkdir(exist_ok=True)
        if self.as_root:
            nobody = pwd.getpwnam(_NOBODY)
            os.chown(self.mail_root, nobody.pw_uid, nobody.pw_gid)

    @property
    def mail_root(self) -> Path:
        return self.root / "mail"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    def maildir(self, user: str) -> Path:
        """Where `user`'s Maildir++ lies on disk (the INBOX is its root)."""
        return self.mail_root / user / "Maildir"

    def hand_over(self, path: Path) -> None:
        """Give files written by the test process to the mail user (root only)."""
        if not self.as_root:
            return
        nobody = pwd.getpwnam(_NOBODY)
        for p in [path, *path.rglob("*")] if path.is_dir() else [path]:
            os.chown(p, nobody.pw_uid, nobody.pw_gid, follow_symlinks=False)
        parent = path.parent
        while parent != self.mail_root and self.mail_root in parent.parents:
            os.chown(parent, nobody.pw_uid, nobody.pw_gid)
            parent = parent.parent

    # -- running -------------------------------------------------------------------------------

    def start(self) -> None:
        """Start Dovecot in the foreground as our child and wait until it accepts logins."""
        if self._proc is not None:
            raise RuntimeError("Dovecot is already running")
        for attempt in range(5):
            if not self.port or attempt:
                self.port = free_port()
                self.tls_port = free_port() if self.tls else 0
            conf = self.root / "dovecot.conf"
            conf.write_text(self._config())
            with (self.root / "dovecot.stderr").open("ab") as stderr:
                self._proc = subprocess.Popen(
                    [str(self.binary), "-F", "-c", str(conf)],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=stderr,
                    # its own process group: stop() ends the master and every child it forked,
                    # as a real restart does (an imap process left behind would keep serving)
                    start_new_session=True,
                )
            if self._wait_ready():
                return
            self.stop()
            if attempt == 0 and self.port and not self._port_taken(self.port):
                break  # not a port clash: something else is wrong
        raise RuntimeError(
            f"Dovecot did not start; see {self.log_path} and {self.root / 'dovecot.stderr'}:\n"
            + self._tail()
        )

    def stop(self) -> None:
        """Stop our Dovecot (SIGTERM to the master we started, which stops its children)."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        _signal_group(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            _signal_group(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
        deadline = time.monotonic() + 5
        while _signal_group(proc.pid, 0) and time.monotonic() < deadline:
            time.sleep(0.05)
        _signal_group(proc.pid, signal.SIGKILL)  # a child that ignored SIGTERM
        # the login and imap children outlive the master by a moment; wait until the port is free
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self._port_taken(self.port):
            time.sleep(0.05)

    def restart(self) -> None:
        """Stop and start again on the same port with the same mailboxes."""
        self.stop()
        self.start()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self._proc is None or self._proc.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    s.settimeout(2)
                    if s.recv(4).startswith(b"* OK"):
                        return True
            except OSError:
                time.sleep(0.05)
        return False

    @staticmethod
    def _port_taken(port: int) -> bool:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return True
        return False

    def _tail(self) -> str:
        text = ""
        for name in ("dovecot.log", "dovecot.stderr"):
            with contextlib.suppress(OSError):
                text += (self.root / name).read_text(errors="replace")[-3000:]
        return text

    # -- a user's own mail client --------------------------------------------------------------

    def client(self, user: str, password: str = PASSWORD) -> IMAPClient:
        """A logged-in imapclient for `user`: the tests' stand-in for the user's mail program."""
        c = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        c.login(user, password)
        return c

    def log(self) -> str:
        """Dovecot's log so far."""
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    # -- configuration -------------------------------------------------------------------------

    def _config(self) -> str:
        """dovecot.conf for this instance (Dovecot 2.2/2.3 syntax); nothing from /etc is read."""
        base = self.root / "run"
        base.mkdir(exist_ok=True)
        if self.as_root:
            # mail processes may not run as root: chroot (done while still root) into the mail
            # directory, then drop to nobody; nothing above it needs to be readable by nobody
            nobody = pwd.getpwnam(_NOBODY)
            login_user, internal_user, internal_group = "dovenull", "dovecot", "dovecot"
            mail = f"mail_chroot = {self.mail_root}\nmail_location = maildir:~/Maildir"
            userdb = f"uid={nobody.pw_uid} gid={nobody.pw_gid} home=/%u"
            chroot = ""
        else:
            # not root: every process runs as us, and none may chroot
            login_user = internal_user = pwd.getpwuid(os.geteuid()).pw_name
            internal_group = grp.getgrgid(os.getegid()).gr_name
            mail = f"mail_location = maildir:{self.mail_root}/%u/Maildir"
            userdb = f"home={self.mail_root}/%u"
            chroot = "chroot ="
        if self.tls:
            ssl = f"ssl = yes\nssl_cert = <{self.tls.cert}\nssl_key = <{self.tls.key}"
            imaps = f"address = 127.0.0.1\nport = {self.tls_port}\nssl = yes"
        else:
            ssl, imaps = "ssl = no", "port = 0"
        mailboxes = "\n  ".join(
            f"mailbox {name} {{\n    special_use = \\{name}\n    auto = subscribe\n  }}"
            for name in ("Sent", "Drafts", "Trash", "Junk")
        )
        return f"""
base_dir = {base}
state_dir = {self.root / "state"}
instance_name = followupd-test-{self.port}
listen = 127.0.0.1
protocols = imap
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
# a wrong password is answered at once
auth_failure_delay = 0
log_path = {self.log_path}
info_log_path = {self.log_path}
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {internal_group}
first_valid_uid = 1
{mail}
imap_capability = {self.capabilities or "+SPECIAL-USE"}
passdb {{
  driver = static
  args = password={PASSWORD}
}}
userdb {{
  driver = static
  args = {userdb}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    {imaps}
  }}
  # one login process for every connection: no fork per login
  service_count = 0
  {chroot}
}}
service anvil {{
  client_limit = 250
  {chroot}
  # no auth penalty (Dovecot's documented switch): after the wrong-password tests every
  # later login from 127.0.0.1 would wait up to 15 s
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
  {mailboxes}
}}
"""


def _signal_group(pgid: int, sig: int) -> bool:
    """Send `sig` to the process group we started; False once the group is empty."""
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        return False
    return True


# Maildir info flags and the IMAP system flags they stand for.
_MAILDIR_FLAGS = {"S": b"\\Seen", "R": b"\\Answered", "F": b"\\Flagged", "D": b"\\Draft"}


def load_maildir(client: IMAPClient, root: Path) -> dict[str, int]:
    """APPEND every message of a Maildir++ tree, as a mail program migrating it would: the
    INBOX's files to INBOX, `.Sent` to the folder marked \\Sent, `.Drafts` to \\Drafts, any
    other `.Name` to a folder of that name. Each keeps its flags and, as INTERNALDATE, the
    delivery time its file name begins with. Returns how many went into each folder."""
    special = {}
    for flags, _, name in client.list_folders():
        for flag in flags:
            special[flag.decode().lower()] = name
    counts: dict[str, int] = {}
    folders = [(root, "INBOX")] + sorted(
        (p, p.name[1:]) for p in root.iterdir() if p.is_dir() and p.name.startswith(".")
    )
    for directory, name in folders:
        target = special.get("\\" + name.lower(), name)
        if not client.folder_exists(target):
            client.create_folder(target)
        for sub in ("new", "cur"):
            if not (directory / sub).is_dir():
                continue
            for path in sorted((directory / sub).iterdir()):
                info = path.name.split(":2,", 1)[1] if ":2," in path.name else ""
                flags = [_MAILDIR_FLAGS[c] for c in info if c in _MAILDIR_FLAGS]
                stamp = path.name.split(".", 1)[0]
                when = datetime.fromtimestamp(int(stamp), UTC) if stamp.isdigit() else None
                client.append(target, path.read_bytes(), flags=flags, msg_time=when)
                counts[target] = counts.get(target, 0) + 1
    return counts
