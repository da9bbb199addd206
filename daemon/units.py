"""Service definitions: a systemd user unit and a launchd agent, with absolute paths filled in.

The files under `systemd/` in the repository are these templates rendered with placeholder
paths; a test keeps them in step.
"""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

LABEL = "io.followupd.agent"


def systemd_unit(executable: str, config: Path, state_dir: Path) -> str:
    """A Type=notify user service, restarted on failure, hardened, writing only its state."""
    return f"""[Unit]
Description=followupd: job-search follow-ups, drafted for you
Documentation=https://example.invalid/followupd#readme
After=network-online.target
Wants=network-online.target

[Service]
Type=notify
ExecStart={executable} run --config {config}
ExecReload=/bin/kill -HUP $MAINPID
Restart=on-failure
RestartSec=30
# a config error exits 2: restarting would only repeat it
RestartPreventExitStatus=2
TimeoutStopSec=20
WatchdogSec=120
NotifyAccess=main
NoNewPrivileges=yes
ProtectSystem=strict
ProtectHome=read-only
ReadWritePaths={state_dir}
PrivateTmp=yes
PrivateDevices=yes
ProtectKernelTunables=yes
ProtectControlGroups=yes
RestrictSUIDSGID=yes
LockPersonality=yes

[Install]
WantedBy=default.target
"""


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
