"""structlog set-up: JSON lines on stderr when not on a terminal, readable on one. Never bodies."""

from __future__ import annotations

import logging
import re
import sys
from typing import Any

import structlog

# an address, but not a Message-ID ("<...@...>"), which is an id and stays readable
_EMAIL = re.compile(r"(?<![<\w.+-])([\w.+-])[\w.+-]*@([\w-]+(\.[\w-]+)+)")


def mask(text: str) -> str:
    """`text` with every address shortened to its first letter and domain (j***@example.net);
    Message-IDs stay as they are."""
    return _EMAIL.sub(r"\1***@\2", text)


def _redact(_: Any, __: str, event: dict[str, Any]) -> dict[str, Any]:
    for key, value in event.items():
        if isinstance(value, str) and key != "event":
            event[key] = mask(value)
    return event


def configure(debug: bool = False, quiet: bool = False) -> None:
    """Log to stderr; addresses are redacted unless debugging; `quiet` keeps only warnings."""
    processors: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    if not debug:
        processors.append(_redact)
    if sys.stderr.isatty():
        processors.append(structlog.dev.ConsoleRenderer())
    else:
        processors.append(structlog.processors.JSONRenderer())
    structlog.configure(
        processors=processors,
        wrapper_class=structlog.make_filtering_bound_logger(
            logging.DEBUG if debug else logging.WARNING if quiet else logging.INFO
        ),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
