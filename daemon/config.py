"""The config file, read once into frozen dataclasses. Unknown keys and wrong types are refused
with the key's name and the file, before anything runs; every problem of the file is reported
in one run, and a misspelt key is answered with the key it was probably meant to be.

The account types and each type's own keys come from the registry in `connectors/__init__.py`
(a table that imports no connector until an account of that type is checked)."""

from __future__ import annotations

import difflib
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
    application_follow_up_business_days: int = 7
    networking_touch_days: int = 14
    stale_after_days: int = 14


@dataclass(frozen=True)
class Profile:
    """What the drafts say about the user: up to three reasons they fit, and a recent update."""

    reasons: tuple[str, ...] = ()
    recent_update: str = ""


@dataclass(frozen=True)
class Drafting:
    """How drafts are worded: `[drafting].templates` names a folder whose `<kind>.txt` files
    replace the built-in wording of that kind (daemon/drafting/overrides.py), read here once."""

    templates_dir: Path | None = None
    templates: tuple[tuple[str, str], ...] = ()  # (kind, the file's text)

    def template(self, kind: str) -> tuple[Path, str] | None:
        """The user's own template for `kind` (its file and text), or None."""
        for name, text in self.templates:
            if name == kind and self.templates_dir is not None:
                return self.templates_dir / f"{name}.txt", text
        return None


TEMPLATE_CHARS = 20_000  # a note is a few hundred words; a bigger file is a mistake


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
    drafting: Drafting = Drafting()
    digest: Digest = Digest()
    service: Service = Service()

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def resolve(self, value: str) -> Path:
        """A path from the config: `~` expanded, relative ones taken from the config's folder."""
        p = Path(value).expanduser()
        return p if p.is_absolute() else (self.base_dir / p)


_TOP = {"user", "accounts", "state", "rules", "profile", "drafting", "digest", "service"}
_MISSING = object()


class Problems:
    """Every problem found in one config file, each naming its key. Reading goes on after a
    problem (with a stand-in value), so one run reports them all."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def add(self, text: str) -> None:
        """Record one problem; `text` names the key and says what would be right."""
        self.found.append(text)

    def unknown(self, table: dict[str, Any], allowed: set[str], prefix: str) -> None:
        """A problem for each key not in `allowed`, with the likeliest meant key."""
        for key in table:
            if key not in allowed:
                self.add(f"unknown key '{prefix}{key}'{did_you_mean(key, allowed, prefix)}")

    def typed(
        self,
        table: dict[str, Any],
        key: str,
        kind: type | tuple[type, ...],
        prefix: str,
        default: Any = None,
        required: bool = False,
    ) -> Any:
        """`table[key]` when it has the right type; else a problem, and `default`."""
        if key not in table:
            if required:
                self.add(f"missing key '{prefix}{key}'")
            return default
        value = table[key]
        # TOML booleans are ints to Python; a number where a flag belongs (or back) is a mistake
        if isinstance(value, bool) and kind is not bool or not isinstance(value, kind):
            names = (
                kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            )
            self.add(f"'{prefix}{key}' must be {_KIND_WORDS.get(names, names)}, got {value!r}")
            return default
        return value


_KIND_WORDS = {
    "str": "a string",
    "int": "a whole number",
    "int or float": "a number",
    "bool": "true or false",
    "list": "a list",
}


def did_you_mean(key: str, allowed: set[str], prefix: str = "") -> str:
    """' (did you mean 'x'?)' for the allowed key closest to a misspelt one, else ''."""
    close = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.6)
    return f" (did you mean '{prefix}{close[0]}'?)" if close else ""


def load_config(path: Path) -> Config:
    """Read and check a config file; raise one ConfigError naming the file and every problem,
    each with its key."""
    path = path.expanduser().resolve()
    where = str(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"{where}: config file not found; `followupd init` writes one "
            "(or give another with --config)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot read the config ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML ({exc})") from None

    p = Problems()
    p.unknown(raw, _TOP, "")
    user = _user(_table(raw, "user", p, required=True), p)
    accounts = tuple(_account(a, i, p) for i, a in enumerate(_accounts(raw, p)))
    names = [a.name for a in accounts]
    if len(set(names)) != len(names):
        p.add(f"[[accounts]] names must be unique, got {names}")
    state = _table(raw, "state", p)
    p.unknown(state, {"path"}, "state.")
    state_value = p.typed(state, "path", str, "state.", default="followupd.sqlite3")
    state_path = Path(state_value).expanduser()
    cfg = Config(
        path=path,
        user=user,
        accounts=accounts,
        state_path=state_path if state_path.is_absolute() else path.parent / state_path,
        rules=_dataclass(Rules, _table(raw, "rules", p), "rules.", p),
        profile=_profile(_table(raw, "profile", p), p),
        drafting=_drafting(_table(raw, "drafting", p), path.parent, p),
        digest=_digest(_table(raw, "digest", p), names, p),
        service=_dataclass(Service, _table(raw, "service", p), "service.", p),
    )
    # each account's own keys, checked by its connector without connecting
    for account in accounts:
        p.found += _account_problems(account, cfg)
    if p.found:
        raise ConfigError.listing(where, p.found)
    return cfg


def _account_problems(account: Account, cfg: Config) -> list[str]:
    from connectors import ACCOUNT_TYPES

    if account.type not in ACCOUNT_TYPES:
        return []  # already reported
    try:
        ACCOUNT_TYPES[account.type].check(account, cfg)
    except ConfigError as exc:
        prefix = f"{cfg.path}: "
        return [q.removeprefix(prefix) for q in exc.problems]
    return []


def _digest(table: dict[str, Any], accounts: list[str], p: Problems) -> Digest:
    p.unknown(table, {f.name for f in fields(Digest)}, "digest.")
    at = p.typed(table, "time", str, "digest.", default="08:00")
    hh, _, mm = at.partition(":")
    if not (hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60 and len(mm) == 2):
        p.add(f"'digest.time' must be HH:MM (24-hour), got {at!r}")
        hh, mm = "8", "00"
    account = p.typed(table, "account", str, "digest.")
    if account is not None and account not in accounts:
        p.add(
            f"'digest.account' names no account: {account!r}" + did_you_mean(account, set(accounts))
        )
    return Digest(
        time=f"{int(hh):02d}:{mm}",
        account=account,
        send_empty=p.typed(table, "send_empty", bool, "digest.", default=False),
        enabled=p.typed(table, "enabled", bool, "digest.", default=True),
    )


def _table(raw: dict[str, Any], key: str, p: Problems, required: bool = False) -> dict[str, Any]:
    value = raw.get(key)
    if value is None:
        if required:
            p.add(f"missing table [{key}]")
        return {}
    if not isinstance(value, dict):
        p.add(f"[{key}] must be a table")
        return {}
    return value


def _accounts(raw: dict[str, Any], p: Problems) -> list[dict[str, Any]]:
    value = raw.get("accounts")
    if not value:
        p.add("no [[accounts]] configured")
        return []
    if not isinstance(value, list) or not all(isinstance(a, dict) for a in value):
        p.add("accounts must be written as [[accounts]] tables")
        return []
    return value


def _user(table: dict[str, Any], p: Problems) -> User:
    p.unknown(table, {f.name for f in fields(User)}, "user.")
    emails = p.typed(table, "emails", list, "user.", default=[], required=True)
    if "emails" in table and not (emails and all(isinstance(e, str) and "@" in e for e in emails)):
        p.add("'user.emails' must be a list of email addresses")
        emails = []
    tz = p.typed(table, "timezone", str, "user.", default="UTC", required=True)
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        p.add(
            f"'user.timezone' is not a known time zone: {tz!r} (use a name like 'America/Chicago')"
        )
        tz = "UTC"
    return User(
        name=p.typed(table, "name", str, "user.", default="", required=True),
        emails=tuple(e.strip().lower() for e in emails if isinstance(e, str)),
        timezone=tz,
        phone=p.typed(table, "phone", str, "user.", default=""),
        signature=p.typed(table, "signature", str, "user.", default=""),
        employer_domains=tuple(
            d.strip().lower().lstrip("@") for d in _str_list(table, "employer_domains", "user.", p)
        ),
    )


def _str_list(table: dict[str, Any], key: str, prefix: str, p: Problems) -> list[str]:
    values = p.typed(table, key, list, prefix, default=[])
    if not all(isinstance(v, str) for v in values):
        p.add(f"'{prefix}{key}' must be a list of strings")
        return []
    return list(values)


def _account(table: dict[str, Any], index: int, p: Problems) -> Account:
    from connectors import ACCOUNT_TYPES

    prefix = f"accounts[{index}]."
    kind = p.typed(table, "type", str, prefix, default="", required=True)
    if "type" in table and kind not in ACCOUNT_TYPES:
        p.add(
            f"'{prefix}type' must be one of {', '.join(ACCOUNT_TYPES)}, got {kind!r}"
            + did_you_mean(kind, set(ACCOUNT_TYPES))
        )
    name = p.typed(table, "name", str, prefix, default=f"{kind}{index}")
    options = {k: v for k, v in table.items() if k not in ("name", "type")}
    return Account(name=name, type=kind, options=options)


def _dataclass(cls: type, table: dict[str, Any], prefix: str, p: Problems) -> Any:
    allowed = {f.name: f for f in fields(cls)}
    p.unknown(table, set(allowed), prefix)
    values: dict[str, Any] = {}
    for key, f in allowed.items():
        if key in table:
            kind: tuple[type, ...] = (int, float) if f.type in ("float", float) else (int,)
            value = p.typed(table, key, kind, prefix, default=_MISSING)
            if value is _MISSING:
                continue
            if value < 0:
                p.add(f"'{prefix}{key}' must not be negative")
                continue
            values[key] = value
    return cls(**values)


def _profile(table: dict[str, Any], p: Problems) -> Profile:
    p.unknown(table, {"reasons", "recent_update"}, "profile.")
    reasons = _str_list(table, "reasons", "profile.", p)
    return Profile(tuple(reasons), p.typed(table, "recent_update", str, "profile.", default=""))


def _drafting(table: dict[str, Any], base: Path, p: Problems) -> Drafting:
    """The templates folder and its files: each `<kind>.txt` of a known kind, UTF-8 text."""
    from typing import get_args

    from daemon.model import KindName

    p.unknown(table, {"templates"}, "drafting.")
    value = p.typed(table, "templates", str, "drafting.")
    if value is None:
        return Drafting()
    folder = Path(value).expanduser()
    folder = folder if folder.is_absolute() else base / folder
    if not folder.is_dir():
        p.add(f"'drafting.templates': {folder} is not a folder (it holds <kind>.txt files)")
        return Drafting()
    kinds = set(get_args(KindName))
    found: list[tuple[str, str]] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        kind = path.name.removesuffix(".txt")
        if not path.name.endswith(".txt") or kind not in kinds:
            p.add(
                f"'drafting.templates': {path.name} is not a template's name: use <kind>.txt, "
                f"kind one of {', '.join(sorted(kinds))}"
                + did_you_mean(kind, {f"{k}" for k in kinds}).replace("'?", ".txt'?")
            )
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            p.add(f"'drafting.templates': cannot read {path.name} as UTF-8 text ({exc})")
            continue
        if len(text) > TEMPLATE_CHARS:
            p.add(f"'drafting.templates': {path.name} is over {TEMPLATE_CHARS} characters")
            continue
        found.append((kind, text))
    return Drafting(folder, tuple(found))


class AccountKeys:
    """An account's own keys, as its connector reads them: each problem is collected and
    `checked()` raises them all at once (one ConfigError), so one run names every bad key.

    Example::

        keys = AccountKeys(account, str(cfg.path), {"host", "port"})
        host = keys.get("host", str, default="", required=True)
        keys.checked()  # raises if 'host' was missing or not a string, or a key is unknown
    """

    def __init__(self, account: Account, where: str, allowed: set[str]) -> None:
        self.account = account
        self.where = where
        self.prefix = f"accounts[{account.name}]."
        self._problems = Problems()
        self._problems.unknown(account.options, allowed, self.prefix)

    def get(
        self,
        key: str,
        kind: type | tuple[type, ...],
        default: Any = None,
        required: bool = False,
    ) -> Any:
        """The key's value, type-checked; `default` when it is absent or wrong."""
        return self._problems.typed(self.account.options, key, kind, self.prefix, default, required)

    def problem(self, key: str, text: str) -> None:
        """Record that key `key` is wrong: `text` says how, e.g. "must be a port"."""
        self._problems.add(f"'{self.prefix}{key}' {text}")

    def checked(self) -> None:
        """Raise every problem found so far, together."""
        if self._problems.found:
            raise ConfigError.listing(self.where, self._problems.found)


def account_option(
    account: Account,
    key: str,
    kind: type | tuple[type, ...],
    where: str,
    default: Any = None,
    required: bool = False,
) -> Any:
    """One of an account's own keys, type-checked (ConfigError at once when wrong)."""
    keys = AccountKeys(account, where, set(account.options))
    value = keys.get(key, kind, default=default, required=required)
    keys.checked()
    return value


def reject_unknown_options(account: Account, allowed: set[str], where: str) -> None:
    """Refuse keys the account's connector does not know."""
    AccountKeys(account, where, allowed).checked()
