"""The HTTP side of the process: probes and metrics now, webhook receivers later (mounted from the container)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence

import asyncpg
import uvicorn
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

_log = logging.getLogger(__name__)

ReadyCheck = Callable[[], Awaitable[bool]]
READY_TIMEOUT_S = 2.0


class Lifecycle:
    """What the probes report: the process is up until it exits; ready only while serving."""

    def __init__(self) -> None:
        self.draining = False


def pool_ready(pool: asyncpg.Pool) -> ReadyCheck:
    async def check() -> bool:
        try:
            async with asyncio.timeout(READY_TIMEOUT_S):
                async with pool.acquire() as conn:
                    return await conn.fetchval("SELECT 1") == 1
        except Exception:  # any failure to reach the database means "not ready", never a 500
            _log.warning("readiness check failed", exc_info=True)
            return False

    return check


def build_http_app(
    lifecycle: Lifecycle,
    ready: ReadyCheck,
    registry: CollectorRegistry,
    routes: Sequence[BaseRoute] = (),
) -> Starlette:
    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "up"})

    async def readyz(request: Request) -> Response:
        if lifecycle.draining:
            return JSONResponse({"status": "draining"}, status_code=503)
        if not await ready():
            return JSONResponse({"status": "database unreachable"}, status_code=503)
        return JSONResponse({"status": "ready"})

    async def metrics(request: Request) -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    probes = [Route("/healthz", healthz), Route("/readyz", readyz), Route("/metrics", metrics)]
    return Starlette(routes=[*probes, *routes])


class EmbeddedUvicorn(uvicorn.Server):
    """uvicorn inside our event loop: the process owns the signals, so uvicorn must not capture them."""

    _main_task: asyncio.Task[None] | None = None

    def capture_signals(self) -> contextlib.AbstractContextManager[None]:  # type: ignore[override]
        return contextlib.nullcontext()

    async def start_in_loop(self) -> int:
        """Binds and serves from the running loop; returns the bound port (port 0 binds a free one)."""
        self.config.load()
        self.lifespan = self.config.lifespan_class(self.config)
        await self.startup()
        port: int = self.servers[0].sockets[0].getsockname()[1]
        self._main_task = asyncio.create_task(self.main_loop(), name="http-main-loop")
        return port

    async def stop_in_loop(self) -> None:
        """Graceful: in-flight requests finish (within the config's timeout_graceful_shutdown). Idle if never
        started."""
        task, self._main_task = self._main_task, None
        if task is None:
            return
        self.should_exit = True
        await task
        await self.shutdown()

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[int]:
        """Serving for the block; yields the bound port."""
        port = await self.start_in_loop()
        try:
            yield port
        finally:
            await self.stop_in_loop()


def http_server(app: Starlette, host: str, port: int, grace_s: float) -> EmbeddedUvicorn:
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        lifespan="off",
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=int(grace_s),
    )
    return EmbeddedUvicorn(config)
