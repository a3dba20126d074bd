"""``geo geocode``: look a place name up in the offline gazetteer."""

from __future__ import annotations

import json

import click

from geo.cli._common import user_errors

__all__ = ["command"]


@click.command(name="geocode")
@click.argument("name")
@click.option("--country", "countries", multiple=True, metavar="CC",
              help="Only places in this country (ISO alpha-2, repeatable).")
@click.option("--all", "show_all", is_flag=True, help="Every candidate, ranked, not just the best.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of records (docs/GEOCODE.md).")
@click.option("--no-border-bias", is_flag=True,
              help="Do not prefer places near the Kyrgyz-Tajik conflict area.")
@click.option("--online", metavar="SERVICE", default=None,
              help="Also ask this geopy service (e.g. nominatim) when the gazetteer has "
                   "nothing. Off by default; needs network and --user-agent.")
@click.option("--user-agent", default=None, help="User agent for --online services.")
def command(
    name: str, countries: tuple[str, ...], show_all: bool, as_json: bool,
    no_border_bias: bool, online: str | None, user_agent: str | None,
) -> None:
    """Geocode NAME offline: best candidate, or all ranked with --all."""
    from geo.exceptions import NoMatchError
    from geo.gazetteer.geocoder import OfflineGazetteer, location_record

    with user_errors():
        geocoder = OfflineGazetteer(country_codes=countries or None, border_bias=not no_border_bias)
        records = [location_record(s) for s in geocoder.rank(name)]
        if not records and online:
            from geo.gazetteer.online import online_lookup

            records = online_lookup(name, service=online, user_agent=user_agent,
                                    country_codes=countries)
        if not records:
            where = f" in {', '.join(c.upper() for c in countries)}" if countries else ""
            raise NoMatchError(f"nothing matched {name!r}{where}")
        if not show_all:
            records = records[:1]
        if as_json:
            click.echo(json.dumps(records, ensure_ascii=False, indent=2))
            return
        for record in records:
            click.echo(
                f"{record['name']}\t{record['lat']:.5f}\t{record['lon']:.5f}\t"
                f"{record['country_code']}\t{record['admin1'] or ''}\t"
                f"{record['feature_class']}.{record['feature_code']}\t"
                f"pop {record['population']}\t{record['source']}\tscore {record['score']}"
            )
