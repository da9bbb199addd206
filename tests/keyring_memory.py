"""The one test keyring that tests/keyring_backend.py (shared by every connector) does not have:
a plain-file keyring that says it is one.

`PlaintextFileKeyring` keeps secrets like `keyring_backend.FileKeyring` (the JSON file named by
FOLLOWUPD_TEST_KEYRING, shared with subprocesses) but has the priority keyring gives a backend
it does not recommend, 0.5, as keyrings.alt's PlaintextKeyring has. followupd must refuse it for
a Gmail token unless the account sets `allow_plaintext_keyring = true`.

    PYTHON_KEYRING_BACKEND=tests.keyring_memory.PlaintextFileKeyring
"""

from __future__ import annotations

from tests.keyring_backend import ENV_FILE, FileKeyring

__all__ = ["ENV_FILE", "PlaintextFileKeyring"]


class PlaintextFileKeyring(FileKeyring):
    """Secrets in a plain JSON file, and honest about it."""

    priority = 0.5  # type: ignore[assignment]
