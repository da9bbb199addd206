"""The README's install line, `pipx install .`, from the project's own files into a fresh
pipx home: the command is there, says its version, and runs the bundled demo from the installed
package (not from the checkout)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from daemon import __version__

ROOT = Path(__file__).resolve().parents[1]


def tracked(*tops: str) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--", *tops], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.split("\n")
    return [name for name in listed if name]


def test_pipx_install_gives_a_working_followupd(tmp_path: Path) -> None:
    pipx = Path(sys.executable).with_name("pipx")
    assert pipx.exists(), "pipx is a test dependency: pip install -e '.[test]'"
    # the files a clone has, and only those: no build output or state of this checkout
    source = tmp_path / "clone"
    for name in tracked("pyproject.toml", "README.md", "daemon", "connectors"):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    env = {
        **os.environ,
        "PIPX_HOME": str(tmp_path / "pipx"),
        "PIPX_BIN_DIR": str(tmp_path / "bin"),
        "PIPX_MAN_DIR": str(tmp_path / "man"),
    }
    installed = subprocess.run(
        [str(pipx), "install", "."],
        capture_output=True,
        text=True,
        cwd=source,
        env=env,
        timeout=600,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    followupd = tmp_path / "bin" / "followupd"
    version = subprocess.run([str(followupd), "--version"], capture_output=True, text=True)
    assert version.stdout == f"followupd {__version__}\n"
    shutil.rmtree(source)  # whatever runs now comes from the installed package
    demo = subprocess.run(
        [str(followupd), "demo", "--dir", str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={**env, "PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}"},
    )
    assert demo.returncode == 0, demo.stderr
    assert "3 drafts written to" in demo.stdout
    # the bin folder is on PATH, so the demo's last word is the plain command
    assert "\n  followupd init\n" in demo.stdout and "README.md" in demo.stdout
