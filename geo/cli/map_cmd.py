"""``geo map``: placeholder until its issue lands."""

from __future__ import annotations

import click

__all__ = ["command"]


@click.command(name="map")
def command() -> None:
    """Not implemented yet."""
    raise click.ClickException("geo map is not implemented yet")
