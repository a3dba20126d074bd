"""``geo run``: the main job, from article files to exports and the map."""

from __future__ import annotations

from pathlib import Path

import click

from geo.cli._common import user_errors
from geo.options import DEFAULT_FORMATS

__all__ = ["command"]


@click.command(name="run")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("maps"), show_default=True, help="Output folder.")
@click.option("--format", "formats", multiple=True,
              type=click.Choice([*DEFAULT_FORMATS, "png"]),
              help="Outputs to write (repeatable; default: all).")
@click.option("--zone-km", type=click.FloatRange(min=0), default=20.0, show_default=True,
              help="Width of the border zone.")
@click.option("--merge-km", type=click.FloatRange(min=0), default=10.0, show_default=True,
              help="Places closer than this are one incident place.")
@click.option("--png", is_flag=True, help="Also write map.png (needs Debian's chromium).")
@click.option("--max-file-mb", type=click.FloatRange(min=0, min_open=True), default=10.0,
              show_default=True, help="Skip (and report) input files larger than this.")
@click.option("--lang", "languages", multiple=True, metavar="CODE",
              help="Read only articles in this language (repeatable: en, ru; default: all).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Parse on a local Dask cluster of this many processes (needs the dask extra); "
                   "1 parses in this process.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Parse on the running Dask cluster at ADDRESS (tcp://host:8786) instead.")
@click.option("--read-on-workers/--read-here", "read_on_workers", default=None,
              help="Whether Dask workers read the input files themselves (they must see them under the "
                   "same names) or this process reads them and sends the articles. Default: the workers "
                   "of a local cluster read them; for --scheduler, this process does.")
def command(inputs: tuple[Path, ...], out_dir: Path, formats: tuple[str, ...],
            zone_km: float, merge_km: float, png: bool, max_file_mb: float,
            languages: tuple[str, ...], workers: int, scheduler: str | None,
            read_on_workers: bool | None) -> None:
    """Geoparse INPUTS (default: seeds/) into incidents.geojson, incidents.gpkg,
    incidents.csv (ACLED columns), incidents_ucdp.csv, incidents.parquet and map.html
    in --out (default: maps/).

    Exits with status 1 when any input file failed; the others are still processed.
    With --workers N or --scheduler ADDRESS the articles are parsed on Dask;
    the outputs are the same bytes as a run in one process.
    """
    from geo.options import RunOptions
    from geo.paths import REPO_ROOT
    from geo.run import run_pipeline

    if not inputs:
        inputs = (Path("seeds") if Path("seeds").is_dir() else REPO_ROOT / "seeds",)
    with user_errors():
        options = RunOptions(
            inputs=inputs, out_dir=out_dir, formats=formats or DEFAULT_FORMATS,
            zone_width_km=zone_km, merge_km=merge_km, png=png,
            max_bytes=int(max_file_mb * 1_000_000), languages=languages or None,
            workers=workers, scheduler=scheduler, read_on_workers=read_on_workers,
        )
        summary, _ = run_pipeline(
            options,
            progress=lambda line: click.echo(f"  {line}", err=True),
            on_error=lambda error: click.echo(f"skipped: {error}", err=True),
        )
    click.echo(
        f"articles read: {summary.articles}, failed: {len(summary.failed)}; "
        + (f"other languages: {summary.other_language}; " if summary.other_language else "")
        + f"mentions: {summary.mentions} ({summary.incident_mentions} incident); "
        f"incidents: {summary.incidents}; {summary.seconds:.1f} s"
    )
    for path in summary.written:
        click.echo(f"wrote {path}")
    if not summary.ok:
        raise SystemExit(1)
