"""A tiny systemd notifier: READY=1, WATCHDOG=1, STOPPING=1. Does nothing without NOTIFY_SOCKET."""

from __future__ import annotations

import os
import socket


class Notifier:
    """Speaks sd_notify(3) over the socket systemd gives a Type=notify service."""

    def __init__(self, address: str | None = None) -> None:
        address = address if address is not None else os.environ.get("NOTIFY_SOCKET")
        if address and address.startswith("@"):
            address = "\0" + address[1:]  # an abstract socket
        self._address = address or None

    @property
    def active(self) -> bool:
        return self._address is not None

    def notify(self, state: str) -> bool:
        """Send one state line; False when there is no systemd to tell or it did not listen."""
        if self._address is None:
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.connect(self._address)
                sock.sendall(state.encode())
            return True
        except OSError:
            return False

    def ready(self) -> bool:
        return self.notify("READY=1")

    def watchdog(self) -> bool:
        return self.notify("WATCHDOG=1")

    def stopping(self) -> bool:
        return self.notify("STOPPING=1")
