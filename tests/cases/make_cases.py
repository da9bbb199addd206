#!/usr/bin/env python3
"""Rebuild and check every labelled case written with casekit.

    python3 tests/cases/make_cases.py            # rebuild open/, sealed/ and kinds/, then check
    python3 tests/cases/make_cases.py --check    # only check what is on disk

Each case is one module, `open/<name>.py` or `sealed/<name>.py`, whose `build()` returns a
`casekit.Case`; its mailbox and case.json go to the folder beside it. Python standard library
only, byte-identical on every run. The cases in sealed/ are scored only in aggregate until the
inference work they judge is done (tests/cases/README.md); the cases in kinds/ label the
follow-up kinds of KINDS.md and are scored once followupd knows them (issue 12).
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import casekit  # noqa: E402


def modules():
    for part in ("open", "sealed", "kinds"):
        folder = os.path.join(HERE, part)
        for fn in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
            if fn.endswith(".py") and not fn.startswith("_"):
                yield folder, os.path.join(folder, fn)


def main(argv):
    failed = 0
    for folder, path in modules():
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        failed |= casekit.run(module.build, folder, argv)
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
