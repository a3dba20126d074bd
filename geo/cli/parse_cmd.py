"""``geo parse``: placeholder until its issue lands."""

from __future__ import annotations

import click

__all__ = ["command"]


@click.command(name="parse")
def command() -> None:
    """Not implemented yet."""
    raise click.ClickException("geo parse is not implemented yet")
