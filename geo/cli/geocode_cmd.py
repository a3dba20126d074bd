"""``geo geocode``: placeholder until its issue lands."""

from __future__ import annotations

import click

__all__ = ["command"]


@click.command(name="geocode")
def command() -> None:
    """Not implemented yet."""
    raise click.ClickException("geo geocode is not implemented yet")
