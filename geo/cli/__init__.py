"""The ``geo`` command line: a click group, one module per command.

Every command module exposes a ``command`` (a ``click.Command``) and is
listed once in :data:`COMMAND_MODULES`; ``tests/test_cli_registry.py``
checks that each listed module loads and is registered. Commands stay thin:
they parse options, call the library and translate :class:`geo.exceptions.GeoError`
into a readable message and a non-zero exit code.
"""

from __future__ import annotations

import importlib

import click

from geo import __version__

__all__ = ["COMMAND_MODULES", "cli", "main"]

#: Command modules, in the order ``geo --help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "geo.cli.run_cmd",
    "geo.cli.parse_cmd",
    "geo.cli.geocode_cmd",
    "geo.cli.map_cmd",
    "geo.cli.data_cmd",
    "geo.cli.serve_cmd",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geo")
def cli() -> None:
    """Turn news reporting on the Kyrgyz-Tajik border into a map of incidents, offline."""


for _module_name in COMMAND_MODULES:
    cli.add_command(importlib.import_module(_module_name).command)


def main() -> None:
    """Entry point of the ``geo`` console script."""
    cli(prog_name="geo")
