"""Which keyring is here, and whether it is fit for a secret: one rule for `auth imap`,
`auth gmail`, the Gmail connector and `doctor`, so that they never disagree.

A backend that stores nothing (keyring's `fail` and `null` backends), or whose priority says
it is not viable, cannot hold a password or a token. A backend keyring itself does not
recommend (priority below 1: keyrings.alt's plain-file keyring has 0.5) keeps secrets in a file
anyone who can read the home folder can read: followupd refuses it unless the config says so.
Where there is no keyring service (a server, a container), the password comes from the
environment instead (`password_env`, README: "Passwords without a keyring").
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring

_NO_STORE = frozenset({"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"})
_PLAINTEXT = frozenset({"keyrings.alt.file.PlaintextKeyring"})
NO_KEYRING_ADVICE = (
    "install and unlock a keyring service (GNOME Keyring or KWallet through the Secret "
    "Service, the macOS Keychain, Windows Credential Manager), or, for an IMAP account, give "
    'the password by environment with password_env (README: "Passwords without a keyring")'
)


@dataclass(frozen=True)
class KeyringState:
    """The backend secrets would be written to, and what it is fit for."""

    name: str  # module.Class, as `keyring --list-backends` shows it
    stores: bool  # it can keep a secret at all
    plaintext: bool  # it keeps secrets in a plain file

    @property
    def fit(self) -> bool:
        """Fit for a password or a token without the user's explicit consent."""
        return self.stores and not self.plaintext


def keyring_state() -> KeyringState:
    """The keyring `set_password` writes to (the chainer writes to its first backend)."""
    backend: object | None = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    if isinstance(chained, list):
        backend = chained[0] if chained else None
    if backend is None:
        return KeyringState("none", stores=False, plaintext=False)
    kind = type(backend)
    name = f"{kind.__module__}.{kind.__qualname__}"
    priority = _priority(backend)
    stores = name not in _NO_STORE and priority > 0
    # keyring's own rule: a backend below priority 1 is not recommended
    return KeyringState(name, stores, stores and (name in _PLAINTEXT or priority < 1))


def _priority(backend: object) -> float:
    try:
        return float(type(backend).priority)  # type: ignore[attr-defined]
    except Exception:  # a backend whose priority cannot be computed is not viable
        return -1.0
