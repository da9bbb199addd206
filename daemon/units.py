"""Service definitions: a systemd user unit and a launchd agent, with absolute paths filled in.

The files under `systemd/` in the repository are these templates rendered with placeholder
paths; a test keeps them in step.
"""

from __future__ import annotations

import plistlib
import sys
from collections.abc import Sequence
from pathlib import Path

from daemon.config import Config

LABEL = "io.followupd.agent"
INSTANCE_DIR = "%E/followupd/%i"  # %E: the user's config home (~/.config) in a user manager


def systemd_unit(
    executable: str,
    config: Path,
    state_dir: Path,
    writable: Sequence[Path] = (),
    network: bool = True,
    *,
    instance: bool = False,
) -> str:
    """A Type=notify user service, restarted on failure, hardened as far as a user service
    allows (`systemd-analyze security` rates it 1.5 with network, lower without): the OS and
    home read-only except the state folder and `writable` (each Maildir account, whose drafts
    folder it writes), no new privileges or capabilities, a system-call allow list, only the
    socket families it uses, private /tmp, devices, users and namespaces. `network=False`
    (only Maildir accounts) cuts the network off entirely."""
    paths = " ".join(_quoted(p) for p in dict.fromkeys([state_dir, *writable]))
    families = "AF_UNIX AF_INET AF_INET6" if network else "AF_UNIX"
    config_arg = _quoted(config)
    name = ""
    if instance:  # a template: the instance's name picks its config and state folder
        config_arg, paths, name = f"{INSTANCE_DIR}/config.toml", INSTANCE_DIR, " (%i)"
    return f"""[Unit]
Description=followupd: job-search follow-ups, drafted for you{name}
Documentation=https://example.invalid/followupd#readme
After=network-online.target
Wants=network-online.target

[Service]
Type=notify
ExecStart={executable} run --config {config_arg}
ExecReload=/bin/kill -HUP $MAINPID
Restart=on-failure
RestartSec=30
# a config error exits 2: restarting would only repeat it
RestartPreventExitStatus=2
TimeoutStopSec=20
WatchdogSec=120
NotifyAccess=main
# what it may write: its state, and each Maildir account (drafts, the digest)
UMask=0077
ProtectSystem=strict
ProtectHome=read-only
ReadWritePaths={paths}
PrivateTmp=yes
PrivateDevices=yes
PrivateUsers=yes
PrivateMounts=yes
{"" if network else "PrivateNetwork=yes" + chr(10)}NoNewPrivileges=yes
CapabilityBoundingSet=
AmbientCapabilities=
RestrictSUIDSGID=yes
RestrictRealtime=yes
RestrictNamespaces=yes
LockPersonality=yes
MemoryDenyWriteExecute=yes
RemoveIPC=yes
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectClock=yes
ProtectHostname=yes
ProtectProc=invisible
ProcSubset=pid
# IMAP and Gmail need IP; the keyring (D-Bus) and systemd's notify socket need AF_UNIX
RestrictAddressFamilies={families}
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallFilter=~@privileged @resources
SystemCallErrorNumber=EPERM

[Install]
WantedBy=default.target
"""


def template_unit(executable: str) -> str:
    """`followupd@.service`: one instance per config, `followupd@NAME` reading
    `~/.config/followupd/NAME/config.toml` (its state beside it, the default), hardened as the
    single unit is. Each instance's Maildir folders are made writable (and, for Maildir-only
    configs, the network cut) by the drop-in `instance_dropin` writes. docs/SCALING.md says how
    many of these a machine runs, and how a career centre would run thousands."""
    return systemd_unit(executable, Path(), Path(), instance=True)


def instance_dropin(cfg: Config) -> str:
    """`followupd@NAME.service.d/accounts.conf` for one instance: its Maildir accounts'
    folders writable, and no network when every account is a Maildir."""
    maildirs, network = _accounts(cfg)
    lines = ["[Service]"]
    if maildirs:
        lines.append("ReadWritePaths=" + " ".join(_quoted(p) for p in dict.fromkeys(maildirs)))
    if not network:
        lines += [
            "PrivateNetwork=yes",
            "RestrictAddressFamilies=",
            "RestrictAddressFamilies=AF_UNIX",
        ]
    return "\n".join(lines) + "\n"


def _accounts(cfg: Config) -> tuple[list[Path], bool]:
    maildirs = [
        cfg.resolve(str(a.options["path"])).resolve()
        for a in cfg.accounts
        if a.type == "maildir" and isinstance(a.options.get("path"), str)
    ]
    return maildirs, any(a.type != "maildir" for a in cfg.accounts)


def unit_for(executable: str, cfg: Config) -> str:
    """The unit for a config: its state folder and every Maildir account's folder writable;
    the network only when an account needs it."""
    maildirs, network = _accounts(cfg)
    return systemd_unit(executable, cfg.path, cfg.state_path.parent.resolve(), maildirs, network)


def _quoted(path: Path) -> str:
    """A path as systemd reads it: spaces and quotes escaped (C-style), specifiers doubled."""
    text = str(path).replace("\\", "\\\\").replace("%", "%%")
    return f'"{text}"' if any(c in text for c in " \t\"'") else text


def launchd_plist(executable: str, config: Path, log_dir: Path) -> bytes:
    """A launchd agent: started at login, restarted when it fails, logs to files."""
    return plistlib.dumps(
        {
            "Label": LABEL,
            "ProgramArguments": [executable, "run", "--config", str(config)],
            "RunAtLoad": True,
            "KeepAlive": {"SuccessfulExit": False},
            "ThrottleInterval": 30,
            "ProcessType": "Background",
            "StandardOutPath": str(log_dir / "followupd.out.log"),
            "StandardErrorPath": str(log_dir / "followupd.err.log"),
        }
    )


def installed_executable() -> str:
    """The `followupd` script next to this interpreter, else `python -m daemon.cli`."""
    script = Path(sys.executable).with_name("followupd")
    return str(script) if script.exists() else f"{sys.executable} -m daemon.cli"
