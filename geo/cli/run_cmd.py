"""``geo run``: placeholder until its issue lands."""

from __future__ import annotations

import click

__all__ = ["command"]


@click.command(name="run")
def command() -> None:
    """Not implemented yet."""
    raise click.ClickException("geo run is not implemented yet")
