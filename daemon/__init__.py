"""followupd: job-search follow-ups, drafted for you, never sent."""

__version__ = "0.1.0"
