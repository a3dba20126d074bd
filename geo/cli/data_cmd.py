"""``geo data``: placeholder until its issue lands."""

from __future__ import annotations

import click

__all__ = ["command"]


@click.command(name="data")
def command() -> None:
    """Not implemented yet."""
    raise click.ClickException("geo data is not implemented yet")
