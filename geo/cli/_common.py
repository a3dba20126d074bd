"""Helpers shared by the command modules."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import click

from geo.exceptions import GeoError

__all__ = ["user_errors"]


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Turn a :class:`GeoError` into a ``click`` error: message, exit code 1, no traceback."""
    try:
        yield
    except GeoError as error:
        raise click.ClickException(str(error)) from error
