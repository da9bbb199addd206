"""The config file, read once into frozen dataclasses. Unknown keys and wrong types are refused
with the key's name and the file, before anything runs."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daemon.errors import ConfigError


@dataclass(frozen=True)
class User:
    name: str
    emails: tuple[str, ...]
    timezone: str
    phone: str = ""
    signature: str = ""  # extra lines under the name (a title, a portfolio link)
    employer_domains: tuple[str, ...] = ()  # the current job's domains: never job search

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Rules:
    meeting_default_minutes: int = 60
    thank_you_draft_after_hours: float = 2
    thank_you_within_hours: float = 24
    callback_grace_business_days: int = 2
    stale_after_days: int = 14


@dataclass(frozen=True)
class Profile:
    """What the drafts say about the user: up to three reasons they fit, and a recent update."""

    reasons: tuple[str, ...] = ()
    recent_update: str = ""


@dataclass(frozen=True)
class Digest:
    """The daily email to the user's own address."""

    time: str = "08:00"  # local time in [user].timezone, HH:MM
    account: str | None = None  # the account that delivers it; default the first
    send_empty: bool = False  # send on a day with nothing owed
    enabled: bool = True


@dataclass(frozen=True)
class Service:
    """How `followupd run` paces itself."""

    poll_minutes: float = 5  # between syncs where the server offers no push (IDLE, history)
    retry_minutes: float = 2  # first wait after a failed tick; doubles up to an hour


@dataclass(frozen=True)
class Account:
    """One mailbox. `options` holds the type's own keys; its connector checks them."""

    name: str
    type: str
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Config:
    path: Path
    user: User
    accounts: tuple[Account, ...]
    state_path: Path
    rules: Rules = Rules()
    profile: Profile = Profile()
    digest: Digest = Digest()
    service: Service = Service()

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def resolve(self, value: str) -> Path:
        """A path from the config: `~` expanded, relative ones taken from the config's folder."""
        p = Path(value).expanduser()
        return p if p.is_absolute() else (self.base_dir / p)


ACCOUNT_TYPES = ("maildir", "imap", "gmail")
_TOP = {"user", "accounts", "state", "rules", "profile", "digest", "service"}


def load_config(path: Path) -> Config:
    """Read and check a config file; raise ConfigError naming the key and the file."""
    path = path.expanduser().resolve()
    where = str(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{where}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot read the config ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML ({exc})") from None

    _no_unknown(raw, _TOP, "", where)
    user = _user(_table(raw, "user", where, required=True), where)
    accounts = tuple(_account(a, i, where) for i, a in enumerate(_accounts(raw, where)))
    names = [a.name for a in accounts]
    if len(set(names)) != len(names):
        raise ConfigError(f"{where}: [[accounts]] names must be unique, got {names}")
    state = _table(raw, "state", where)
    _no_unknown(state, {"path"}, "state.", where)
    state_value = _typed(state, "path", str, "state.", where, default="followupd.sqlite3")
    base = path.parent
    state_path = Path(state_value).expanduser()
    return Config(
        path=path,
        user=user,
        accounts=accounts,
        state_path=state_path if state_path.is_absolute() else base / state_path,
        rules=_dataclass(Rules, _table(raw, "rules", where), "rules.", where),
        profile=_profile(_table(raw, "profile", where), where),
        digest=_digest(_table(raw, "digest", where), names, where),
        service=_dataclass(Service, _table(raw, "service", where), "service.", where),
    )


def _digest(table: dict[str, Any], accounts: list[str], where: str) -> Digest:
    _no_unknown(table, {f.name for f in fields(Digest)}, "digest.", where)
    at = _typed(table, "time", str, "digest.", where, default="08:00")
    hh, _, mm = at.partition(":")
    if not (hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60 and len(mm) == 2):
        raise ConfigError(f"{where}: 'digest.time' must be HH:MM (24-hour), got {at!r}")
    account = _typed(table, "account", str, "digest.", where)
    if account is not None and account not in accounts:
        raise ConfigError(f"{where}: 'digest.account' names no account: {account!r}")
    return Digest(
        time=f"{int(hh):02d}:{mm}",
        account=account,
        send_empty=_typed(table, "send_empty", bool, "digest.", where, default=False),
        enabled=_typed(table, "enabled", bool, "digest.", where, default=True),
    )


def _table(raw: dict[str, Any], key: str, where: str, required: bool = False) -> dict[str, Any]:
    value = raw.get(key)
    if value is None:
        if required:
            raise ConfigError(f"{where}: missing table [{key}]")
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: [{key}] must be a table")
    return value


def _accounts(raw: dict[str, Any], where: str) -> list[dict[str, Any]]:
    value = raw.get("accounts")
    if not value:
        raise ConfigError(f"{where}: no [[accounts]] configured")
    if not isinstance(value, list) or not all(isinstance(a, dict) for a in value):
        raise ConfigError(f"{where}: accounts must be written as [[accounts]] tables")
    return value


def _no_unknown(table: dict[str, Any], allowed: set[str], prefix: str, where: str) -> None:
    for key in table:
        if key not in allowed:
            raise ConfigError(f"{where}: unknown key '{prefix}{key}'")


def _typed(
    table: dict[str, Any],
    key: str,
    kind: type | tuple[type, ...],
    prefix: str,
    where: str,
    default: Any = None,
    required: bool = False,
) -> Any:
    if key not in table:
        if required:
            raise ConfigError(f"{where}: missing key '{prefix}{key}'")
        return default
    value = table[key]
    # TOML booleans are ints to Python; a number where a flag belongs (or back) is a mistake
    if isinstance(value, bool) and kind is not bool or not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ConfigError(f"{where}: '{prefix}{key}' must be {names}, got {value!r}")
    return value


def _user(table: dict[str, Any], where: str) -> User:
    _no_unknown(table, {f.name for f in fields(User)}, "user.", where)
    emails = _typed(table, "emails", list, "user.", where, required=True)
    if not emails or not all(isinstance(e, str) and "@" in e for e in emails):
        raise ConfigError(f"{where}: 'user.emails' must be a list of email addresses")
    tz = _typed(table, "timezone", str, "user.", where, required=True)
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"{where}: 'user.timezone' is not a known time zone: {tz!r}"
            " (use a name like 'America/Chicago')"
        ) from None
    return User(
        name=_typed(table, "name", str, "user.", where, required=True),
        emails=tuple(e.strip().lower() for e in emails),
        timezone=tz,
        phone=_typed(table, "phone", str, "user.", where, default=""),
        signature=_typed(table, "signature", str, "user.", where, default=""),
        employer_domains=tuple(
            d.strip().lower().lstrip("@")
            for d in _str_list(table, "employer_domains", "user.", where)
        ),
    )


def _str_list(table: dict[str, Any], key: str, prefix: str, where: str) -> list[str]:
    values = _typed(table, key, list, prefix, where, default=[])
    if not all(isinstance(v, str) for v in values):
        raise ConfigError(f"{where}: '{prefix}{key}' must be a list of strings")
    return list(values)


def _account(table: dict[str, Any], index: int, where: str) -> Account:
    prefix = f"accounts[{index}]."
    kind = _typed(table, "type", str, prefix, where, required=True)
    if kind not in ACCOUNT_TYPES:
        raise ConfigError(
            f"{where}: '{prefix}type' must be one of {', '.join(ACCOUNT_TYPES)}, got {kind!r}"
        )
    name = _typed(table, "name", str, prefix, where, default=f"{kind}{index}")
    options = {k: v for k, v in table.items() if k not in ("name", "type")}
    return Account(name=name, type=kind, options=options)


def _dataclass(cls: type, table: dict[str, Any], prefix: str, where: str) -> Any:
    allowed = {f.name: f for f in fields(cls)}
    _no_unknown(table, set(allowed), prefix, where)
    values: dict[str, Any] = {}
    for key, f in allowed.items():
        if key in table:
            kind: tuple[type, ...] = (int, float) if f.type in ("float", float) else (int,)
            value = _typed(table, key, kind, prefix, where)
            if value < 0:
                raise ConfigError(f"{where}: '{prefix}{key}' must not be negative")
            values[key] = value
    return cls(**values)


def _profile(table: dict[str, Any], where: str) -> Profile:
    _no_unknown(table, {"reasons", "recent_update"}, "profile.", where)
    reasons = _typed(table, "reasons", list, "profile.", where, default=[])
    if not all(isinstance(r, str) for r in reasons):
        raise ConfigError(f"{where}: 'profile.reasons' must be a list of strings")
    return Profile(
        tuple(reasons), _typed(table, "recent_update", str, "profile.", where, default="")
    )


def account_option(
    account: Account,
    key: str,
    kind: type | tuple[type, ...],
    where: str,
    default: Any = None,
    required: bool = False,
) -> Any:
    """One of an account's own keys, type-checked; connectors use this to read their options."""
    idx = f"accounts[{account.name}]."
    return _typed(account.options, key, kind, idx, where, default=default, required=required)


def reject_unknown_options(account: Account, allowed: set[str], where: str) -> None:
    """Refuse keys the account's connector does not know."""
    _no_unknown(account.options, allowed, f"accounts[{account.name}].", where)
