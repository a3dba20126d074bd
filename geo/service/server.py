"""Run the service with uvicorn: :func:`serve` (blocking) and :func:`running` (a thread, for tests and benchmarks)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace

from geo.exceptions import ServiceError
from geo.service.config import ServiceSettings
from geo.service.ingest import Ingestor

__all__ = ["free_port", "running", "serve"]


def serve(settings: ServiceSettings, *, log_level: str = "info",
          on_ready: Callable[[], None] | None = None) -> None:
    """Serve until interrupted (Ctrl-C); ``on_ready`` is called once the store is open, before listening.

    Raises
    ------
    ServiceError
        The store cannot be served, or the address cannot be bound.
    """
    import uvicorn

    from geo.service.app import create_app

    app = create_app(settings)
    if on_ready is not None:
        on_ready()
    server = uvicorn.Server(uvicorn.Config(app, host=settings.host, port=settings.port, log_level=log_level,
                                           server_header=False, proxy_headers=False))
    server.run()
    if not server.started:
        raise ServiceError(f"cannot listen on {settings.host}:{settings.port}")


def free_port(host: str = "127.0.0.1") -> int:
    """A port free on ``host`` now (for tests and benchmarks)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def running(settings: ServiceSettings, *, ingestor: Ingestor | None = None,
            timeout: float = 30.0) -> Iterator[ServiceSettings]:
    """Serve in a background thread while the block runs; yields the settings with the port used.

    A ``port`` of 0 picks a free one.
    """
    import uvicorn

    from geo.service.app import create_app

    if settings.port == 0:
        settings = replace(settings, port=free_port(settings.host))
    app = create_app(settings, ingestor=ingestor)
    server = uvicorn.Server(uvicorn.Config(app, host=settings.host, port=settings.port, log_level="warning",
                                           server_header=False, lifespan="off"))
    thread = threading.Thread(target=server.run, name="geo-serve", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise ServiceError(f"the service did not start on {settings.host}:{settings.port}")
        time.sleep(0.02)
    try:
        yield settings
    finally:
        server.should_exit = True
        thread.join(timeout)
