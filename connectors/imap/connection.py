"""One IMAP session: connect (TLS, STARTTLS or loopback plain), log in, run commands.

The only module that touches sockets. Every imapclient, imaplib, socket and ssl error is
translated here into `daemon.errors`, with a message that says what to do. A connection that
failed at the network level is dropped; the next call opens a new one.
"""

from __future__ import annotations

import ast
import contextlib
import re
import socket
import ssl
from collections.abc import Callable
from typing import Any, TypeVar

import structlog
from imapclient import IMAPClient
from imapclient import exceptions as imap_errors
from imapclient.imapclient import SocketTimeout

from connectors.imap.settings import ImapSettings
from daemon.errors import AuthError, ConfigError, FollowupdError, MailboxError, TransientError
from daemon.logs import mask

log = structlog.get_logger(__name__)
T = TypeVar("T")
# Response codes (RFC 5530) that mean "try again later", not "you asked for something wrong".
_TRANSIENT_CODES = ("[UNAVAILABLE]", "[SERVERBUG]", "[INUSE]", "[LIMIT]", "[OVERQUOTA]")


class Connection:
    """A lazily opened, logged-in IMAP session for one account.

    `run` is the way every command is sent: it counts commands (a no-change tick must cost a
    handful) and translates errors. `generation` goes up on each new login, so callers can tell
    that what they learnt about the old session (folders, the selected mailbox) is void.
    """

    def __init__(self, settings: ImapSettings, password: Callable[[], str]) -> None:
        self.settings = settings
        self._password_source = password
        self._password: str | None = None
        self._client: IMAPClient | None = None
        self.capabilities: frozenset[str] = frozenset()
        self.selected: str | None = None
        self._condstore_enabled = False
        self.generation = 0
        self.commands = 0  # IMAP commands sent over every session so far

    # -- session -------------------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self._client is not None

    def has(self, capability: str) -> bool:
        """Whether the logged-in server offers `capability` (connects if needed)."""
        self.client()
        return capability.upper() in self.capabilities

    def client(self) -> IMAPClient:
        """The logged-in client, connecting and logging in first if there is none."""
        if self._client is None:
            self._client = self._open()
        return self._client

    def _open(self) -> IMAPClient:
        s = self.settings
        if self._password is None:
            self._password = self._password_source()
        context = self._tls_context() if s.security != "none" else None
        client: IMAPClient | None = None
        try:
            client = IMAPClient(
                s.host,
                port=s.port,
                ssl=s.security == "tls",
                ssl_context=context,
                timeout=SocketTimeout(connect=s.timeout, read=s.timeout),
            )
            if s.security == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise ConfigError(
                        f"{s.where} does not offer STARTTLS, so the password would travel "
                        'unencrypted; refusing. Use security = "tls" (usually port 993).'
                    )
                client.starttls(context)
                self.commands += 2  # STARTTLS, then CAPABILITY again over TLS
            client.login(s.username, self._password)
            self.commands += 1
            caps = frozenset(c.decode("ascii", "replace").upper() for c in client.capabilities())
        except Exception as exc:
            if client is not None:
                _shutdown(client)
            if isinstance(exc, imap_errors.LoginError):
                self._password = None  # perhaps changed in the keyring since: read it again
            raise self.translate(exc, "logging in") from exc
        self.capabilities = caps
        self.generation += 1
        self.selected = None
        self._condstore_enabled = False
        log.info(
            "imap_connected",
            account=s.account,
            host=s.host,
            security=s.security,
            idle="IDLE" in caps,
            condstore="CONDSTORE" in caps,
            gmail="X-GM-EXT-1" in caps,
        )
        return client

    def _tls_context(self) -> ssl.SSLContext:
        ca = self.settings.tls_ca_file
        try:
            # verification and host name checks on: the defaults of create_default_context
            return ssl.create_default_context(cafile=str(ca) if ca else None)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(
                f"account '{self.settings.account}': cannot load tls_ca_file {ca}: {exc}"
            ) from exc

    def run(self, doing: str, command: Callable[[IMAPClient], T], counted: bool = True) -> T:
        """Send one IMAP command (`command` gets the client) and translate any failure.

        `doing` names the step for error messages ("reading INBOX"). A network failure drops
        the session, so the next call reconnects. `counted=False` for what sends no command
        of its own (reading IDLE's news, ending IDLE with DONE).
        """
        client = self.client()
        self.commands += counted
        try:
            return command(client)
        except Exception as exc:
            raise self.translate(exc, doing) from exc

    def examine(self, folder: str) -> dict[bytes, Any]:
        """Open `folder` read-only (EXAMINE): nothing we do can then change a flag."""
        self.client()
        if not self._condstore_enabled and {"CONDSTORE", "ENABLE"} <= self.capabilities:
            # before the session's first SELECT, so every mailbox reports HIGHESTMODSEQ; not at
            # login, so a tick that finds nothing new (STATUS only) does not pay for it
            self.run("enabling CONDSTORE", lambda c: c.enable("CONDSTORE"))
            self._condstore_enabled = True
        response: dict[bytes, Any] = self.run(
            f"opening {folder}", lambda c: c.select_folder(folder, readonly=True)
        )
        self.selected = folder
        return response

    def unselect(self) -> None:
        """Leave the selected folder, so STATUS is never asked of the selected one."""
        if self.selected is None or self._client is None:
            return
        if "UNSELECT" in self.capabilities:
            self.run("closing the folder", lambda c: c.unselect_folder())
        else:
            # CLOSE expunges only in read-write mode; our folders are always EXAMINEd
            self.run("closing the folder", lambda c: c.close_folder())
        self.selected = None

    def check(self) -> None:
        """NOOP on a session kept from before: a dead one fails here, before anything is sent
        that must not be sent twice."""
        if self._client is not None:
            self.run("checking the connection", lambda c: c.noop())

    def drop(self) -> None:
        """Forget the session without a word to the server (it is gone or broken)."""
        client, self._client = self._client, None
        self.selected = None
        if client is not None:
            _shutdown(client)

    def close(self) -> None:
        """LOGOUT politely; a server that is already gone is no error."""
        client, self._client = self._client, None
        self.selected = None
        if client is None:
            return
        try:
            self.commands += 1
            client.logout()
        except Exception:  # logging out of a dead session: nothing left to release
            _shutdown(client)

    # -- errors --------------------------------------------------------------------------------

    def translate(self, exc: BaseException, doing: str) -> FollowupdError:
        """Our error for a library error; drops the session when the network failed."""
        if isinstance(exc, FollowupdError):
            return exc
        error = _translate(exc, self.settings, doing)
        if isinstance(error, TransientError | ConfigError):
            self.drop()
        return error


def _translate(exc: BaseException, s: ImapSettings, doing: str) -> FollowupdError:
    where = s.where
    if isinstance(exc, imap_errors.LoginError):
        if any(code in str(exc).upper() for code in _TRANSIENT_CODES):
            # "[UNAVAILABLE] Temporary authentication failure": the password may be right
            return TransientError(f"{where} cannot log anyone in right now: {_server_text(exc)}")
        how = (
            f"check the variable {s.password_env} (password_env)"
            if s.password_env
            else f"store the right one with: {s.auth_command}"
        )
        return AuthError(
            f"{where} refused the login of {mask(s.username)} ({_server_text(exc)}). "
            f"Check the username and password; {how}"
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return ConfigError(
            f"the TLS certificate of {where} could not be verified ({exc.verify_message}). "
            "Check that host is the server's real name; if it uses its own certificate "
            "authority, point tls_ca_file at that authority's certificate"
        )
    if isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError):
        return TransientError(f"the TLS connection to {where} was cut while {doing}; will retry")
    if isinstance(exc, ssl.SSLError):
        return ConfigError(
            f"TLS with {where} failed ({exc.reason or exc}). Check port and security: "
            'implicit TLS is security = "tls" (usually port 993), STARTTLS is '
            'security = "starttls" (usually port 143)'
        )
    if isinstance(exc, TimeoutError):
        return TransientError(
            f"{where} did not answer within {s.timeout:.0f} s while {doing}; will retry"
        )
    if isinstance(exc, socket.gaierror):
        return TransientError(
            f"cannot find the server {s.host} ({exc.strerror}); check host in the config "
            "and the network"
        )
    if isinstance(exc, ConnectionRefusedError):
        return TransientError(
            f"{where} refused the connection: is the server up and the port right?"
        )
    if isinstance(exc, imap_errors.IMAPClientAbortError):
        return TransientError(f"the connection to {where} was lost while {doing} ({exc})")
    if isinstance(exc, OSError):
        return TransientError(
            f"network error with {where} while {doing}: {exc.strerror or exc}; will retry"
        )
    if isinstance(exc, imap_errors.IMAPClientError):
        text = _server_text(exc)
        if any(code in text.upper() for code in _TRANSIENT_CODES):
            return TransientError(f"{where} is busy or unavailable while {doing}: {text}")
        return MailboxError(f"{where} refused {doing}: {text}")
    raise exc  # a bug of ours, not the server's: let it surface as itself


def _server_text(exc: BaseException) -> str:
    """The server's own words, never Python's: imapclient and imaplib carry the response as
    bytes (`b'[AUTHENTICATIONFAILED] Authentication failed.'`), decoded here."""
    raw = exc.args[0] if exc.args else str(exc)
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    text = _BYTES_REPR.sub(lambda m: _bytes_text(m.group(0)), text)
    # imaplib prefixes "login failed: " and the like; keep the server's own words
    return text.split(": ", 1)[1] if ": " in text else text


_BYTES_REPR = re.compile(r"b'(?:[^'\\]|\\.)*'" + r'|b"(?:[^"\\]|\\.)*"')


def _bytes_text(literal: str) -> str:
    try:
        value = ast.literal_eval(literal)
    except (ValueError, SyntaxError):
        return literal
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else literal


def _shutdown(client: IMAPClient) -> None:
    # the socket may already be closed: then there is nothing left to release
    with contextlib.suppress(Exception):
        client.shutdown()
