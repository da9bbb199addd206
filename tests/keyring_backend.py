"""Keyring backends for tests, so no test ever reads or writes the real user keyring.

- `MemoryKeyring`: a dict, for tests in this process (`keyring.set_keyring(MemoryKeyring())`,
  or the `memory_keyring` helper below, which puts the previous backend back).
- `FileKeyring`: a JSON file named by the environment variable `FOLLOWUPD_TEST_KEYRING`, for
  subprocesses: run them with `PYTHON_KEYRING_BACKEND=tests.keyring_backend.FileKeyring`.
- `LockedKeyring`: every call fails as a locked keyring does, to test the error messages.

Shared by every connector's tests (IMAP passwords, Gmail tokens); nothing here knows either.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.core
import keyring.errors

ENV_FILE = "FOLLOWUPD_TEST_KEYRING"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Secrets in a dict that lives as long as the backend object."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(f"no secret for {service}/{username}")


class FileKeyring(keyring.backend.KeyringBackend):
    """Secrets in a JSON file (path in $FOLLOWUPD_TEST_KEYRING), shared with subprocesses."""

    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        value = os.environ.get(ENV_FILE)
        if not value:
            raise keyring.errors.KeyringError(f"{ENV_FILE} is not set: no test keyring file")
        return Path(value)

    def _load(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self.path.read_text())
        except FileNotFoundError:
            return {}
        return data

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        tmp.replace(self.path)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\0{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(f"no secret for {service}/{username}")
        self.path.write_text(json.dumps(data))


class LockedKeyring(keyring.backend.KeyringBackend):
    """A keyring that refuses everything, as a locked desktop keyring does."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the test keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the test keyring is locked")


@contextlib.contextmanager
def use_keyring(
    backend: keyring.backend.KeyringBackend,
) -> Iterator[keyring.backend.KeyringBackend]:
    """Make `backend` the keyring for the block, then put the previous one back (or, if none
    was chosen yet, an empty `MemoryKeyring`, so that no later test reaches the real one)."""
    # read without initialising: keyring.get_keyring() would go and probe the real keyring
    previous = getattr(keyring.core, "_keyring_backend", None)
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous if previous is not None else MemoryKeyring())
