"""PNG snapshot of a map page through Debian's chromium driven by Playwright."""

from __future__ import annotations

import shutil
from pathlib import Path

from geo._atomic import atomic_path
from geo.exceptions import MapRenderError

__all__ = ["CHROMIUM_ARGS", "find_chromium", "screenshot"]

#: Flags that keep chromium from phoning home or needing a sandbox in containers.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
_INSTALL_HINT = "install Debian's chromium: apt-get install chromium (do not run `playwright install`)"


def find_chromium(explicit: str | None = None) -> str:
    """Path of the chromium executable: ``explicit``, else Debian's, else ``chromium`` on PATH."""
    if explicit is not None:
        if not Path(explicit).is_file():
            raise MapRenderError(f"chromium executable {explicit} does not exist; {_INSTALL_HINT}")
        return explicit
    for candidate in _CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    found = shutil.which("chromium")
    if found:
        return found
    raise MapRenderError(f"no chromium found (looked in {', '.join(_CANDIDATES)}); {_INSTALL_HINT}")


def screenshot(
    html_path: Path,
    *,
    out_png: Path,
    width: int = 1400,
    height: int = 900,
    chromium: str | None = None,
    timeout_s: float = 60.0,
) -> Path:
    """Open ``html_path`` in headless chromium, wait for the map, save a PNG.

    The picture is framed as the page opens (on the incidents, the border among
    them) and shows the title, legend, scale and attribution without the
    working controls (zoom, layers, date panel, export, table).

    The page is opened with every non-local request blocked, so a screenshot
    never touches the network (a map rendered with ``tiles=`` shows no tiles).

    Parameters
    ----------
    html_path : pathlib.Path
        A page written by :func:`geo.mapping.render.render_map`.
    out_png : pathlib.Path
        Where to write the PNG (atomically).
    width, height : int
        Viewport size in CSS pixels.
    chromium : str, optional
        Chromium executable (default ``/usr/bin/chromium``).
    timeout_s : float
        How long to wait for the map to be ready.

    Raises
    ------
    MapRenderError
        Chromium or Playwright is missing, or the page failed to load.
    """
    html_path = Path(html_path)
    if not html_path.is_file():
        raise MapRenderError(f"{html_path}: no such map page to screenshot")
    executable = find_chromium(chromium)
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise MapRenderError(
            "PNG output needs the Python package playwright (pip install playwright) "
            f"and {_INSTALL_HINT}"
        ) from None
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS))
            try:
                page = browser.new_page(viewport={"width": width, "height": height})
                page.route(
                    "**/*",
                    lambda route: route.continue_()
                    if route.request.url.split(":", 1)[0] in ("file", "data", "about", "blob")
                    else route.abort(),
                )
                page.goto(html_path.resolve().as_uri())
                page.wait_for_function(
                    "window.geoMap && window.geoMap.ready", timeout=timeout_s * 1000
                )
                page.evaluate("geoMap.snapshotMode()")
                page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
                with atomic_path(out_png) as tmp:
                    page.screenshot(path=str(tmp), type="png")
            finally:
                browser.close()
    except PlaywrightError as error:
        raise MapRenderError(f"{html_path}: screenshot with {executable} failed: {error}") from error
    return Path(out_png)
