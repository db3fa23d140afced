"""Serve an ASGI app with uvicorn on 127.0.0.1, on a free port, inside the test's own event loop."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import uvicorn

from service.wiring.http import EmbeddedUvicorn


@contextlib.asynccontextmanager
async def serve_app(app: Any, **config: Any) -> AsyncIterator[str]:
    """Yields the base URL; the server stops (gracefully) when the block ends."""
    server = EmbeddedUvicorn(
        uvicorn.Config(
            app, host="127.0.0.1", port=0, lifespan="off", log_config=None, access_log=False, **config
        )
    )
    async with server.running() as port:
        yield f"http://127.0.0.1:{port}"
