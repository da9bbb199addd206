"""Every labelled case under tests/cases/ is written by its module: rebuilding it, in a process
of its own, gives the committed mailbox and case.json byte for byte, and its labels pass the
kit's check. A hand edit to a mailbox, or a module that no longer builds what was scored, fails
here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"

BUILD = """
import importlib.util, sys
sys.path.insert(0, {kit!r})
import casekit
spec = importlib.util.spec_from_file_location("case", {module!r})
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
case = module.build()
casekit.write_case(case, {out!r})
problems = casekit.check_labels(case)
print("\\n".join(problems))
sys.exit(1 if problems else 0)
"""


def _modules() -> list[Path]:
    return sorted(
        p for part in ("open", "sealed", "kinds") for p in (CASES / part).glob("[!_]*.py")
    )


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize("module", _modules(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_case_module_rebuilds_its_case(module: Path, tmp_path: Path) -> None:
    code = BUILD.format(kit=str(CASES), module=str(module), out=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    built, committed = _files(tmp_path / module.stem), _files(module.parent / module.stem)
    assert sorted(built) == sorted(committed)
    changed = [name for name in built if built[name] != committed[name]]
    assert not changed, f"{len(changed)} files differ, first {changed[:3]}"


VIGNETTES = """
import importlib.util, sys
sys.path.insert(0, {kit!r})
import casekit
spec = importlib.util.spec_from_file_location("vignettes", {module!r})
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
problems = []
for build in module.BUILDERS:
    case = build()
    casekit.write_case(case, {out!r})
    problems += [f"{{case.name}}: {{p}}" for p in casekit.check_labels(case)]
print("\\n".join(problems))
sys.exit(1 if problems else 0)
"""


@pytest.mark.parametrize(
    "module", sorted((CASES / "vignettes").glob("[!_]*.py")), ids=lambda p: f"vignettes/{p.stem}"
)
def test_a_vignette_module_rebuilds_its_vignettes(module: Path, tmp_path: Path) -> None:
    code = VIGNETTES.format(kit=str(CASES), module=str(module), out=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    built, committed = _files(tmp_path), _files(module.parent / module.stem)
    assert sorted(built) == sorted(committed)
    changed = [name for name in built if built[name] != committed[name]]
    assert not changed, f"{len(changed)} files differ, first {changed[:3]}"
