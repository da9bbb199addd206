"""Build given_names.tsv.gz: the given names whose gender the published record agrees on.

The source is the name data of nomquamgender (Van Buskirk, Clauset and Larremore, "An
open-source cultural consensus approach to name-based gender classification", ICWSM 2023;
MIT licence, copied in NOTICE beside this file): for each name (lower case, without accents),
how many of its 36 sources list it, how many people bear it, and the share of them who are
women. A name is kept when at least 10 sources and 500 people give it, and 97% or more of them
are one gender: enough to greet 'Frau Schmidt' rather than 'Petra Schmidt' in a language that
needs it, never a guess between two (Andrea, Sascha, Kim, Dominique, Jean and Gabriele are not
kept). Run it by hand when the source changes; the drafts read only the file it writes:

    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg && \\
    python daemon/drafting/data/build_given_names.py /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

SOURCES, PEOPLE, SURE = 10, 500, 0.97
OUT = Path(__file__).with_name("given_names.tsv.gz")


def main(wheel: str) -> int:
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(z.read("nomquamgender/name_data.json"))
    kept = {}
    for name, (sources, people, women, *_) in data.items():
        known = name.isascii() and name.isalpha() and sources >= SOURCES and people >= PEOPLE
        if known and (women >= SURE or women <= 1 - SURE):
            kept[name] = "f" if women >= SURE else "m"
    text = "".join(f"{name}\t{g}\n" for name, g in sorted(kept.items()))
    OUT.write_bytes(gzip.compress(text.encode("ascii"), 9, mtime=0))
    print(f"{len(kept)} names written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
