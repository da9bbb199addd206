"""One error tree, split by what fixes it. Library errors are translated at the edge."""

from __future__ import annotations


class FollowupdError(Exception):
    """Base of every error followupd raises on purpose."""


class ConfigError(FollowupdError):
    """The config is wrong: the user must edit it. Exit, do not restart in a loop.

    `problems` holds each problem found, every one naming its key; the message lists them all,
    so one run shows everything to fix."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems or (message,)

    @classmethod
    def listing(cls, where: str, problems: list[str]) -> ConfigError:
        """One error for every problem found in the file `where`."""
        if len(problems) == 1:
            return cls(f"{where}: {problems[0]}", tuple(problems))
        lines = "\n".join(f"  - {p}" for p in problems)
        return cls(f"{where}: {len(problems)} problems:\n{lines}", tuple(problems))


class AuthError(FollowupdError):
    """Login failed or a token was revoked: the user must re-authorise the account."""


class TransientError(FollowupdError):
    """A network or server hiccup: back off and try again later."""


class RateLimited(TransientError):
    """The provider asked us to slow down."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class CursorExpired(FollowupdError):
    """The stored sync cursor is no longer valid: do a full resync."""


class MessageError(FollowupdError):
    """One message could not be read: skip it, log it, go on."""


class MailboxError(FollowupdError):
    """The mailbox itself cannot be reached or written (missing folder, no permission)."""


class StateError(TransientError):
    """The state database cannot be read or written (disk full, read-only, locked, damaged):
    say which; the daemon keeps its loop and tries again later, a command exits 5."""


class Busy(TransientError):
    """Another followupd is writing to the same state database; this one waited long enough."""
