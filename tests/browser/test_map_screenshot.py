"""PNG snapshots through Debian's chromium.

In its own module: Playwright's sync API cannot start while another module's
browser fixture keeps its event loop running.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geo.mapping import render_map, screenshot
from geo.mapping.testing import synthetic_incidents, tiny_border_layers

pytest.importorskip("playwright.sync_api")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path("/usr/bin/chromium").is_file() and not os.environ.get("GEO_REQUIRE_BROWSER"),
        reason="Debian chromium is not installed (CI sets GEO_REQUIRE_BROWSER=1 to fail instead)",
    ),
]


def test_screenshot_writes_a_png(tmp_path):
    page = render_map(synthetic_incidents(20), layers=tiny_border_layers(), out_path=tmp_path / "m.html")
    out = screenshot(page, out_png=tmp_path / "shots" / "map.png", width=800, height=600)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    assert [p.name for p in out.parent.iterdir()] == ["map.png"]



def test_cli_png_option(tmp_path):
    import json
    from dataclasses import fields

    from click.testing import CliRunner

    from geo.cli import cli

    border = tmp_path / "border.gpkg"
    layers = tiny_border_layers()
    for field in fields(layers):
        getattr(layers, field.name).to_file(border, layer=field.name, driver="GPKG")
    incidents = tmp_path / "incidents.geojson"
    incidents.write_text(json.dumps(synthetic_incidents(5)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["map", str(incidents), "--border", str(border),
                                      "--out", str(tmp_path / "m.html"), "--png", str(tmp_path / "m.png")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "m.png").read_bytes()[:4] == b"\x89PNG"
