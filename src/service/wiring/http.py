"""The HTTP side of the process: probes and metrics now, webhook receivers later (mounted from the container)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence

import asyncpg
import uvicorn
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from adapters.host_faults import local_fault
from adapters.pdp.registry import WEBHOOKS
from adapters.postgres.operations import PgOperationsReader
from adapters.postgres.outage import is_outage
from aio.tally import Tally
from domain.platform_breaker import Breakers
from service.grpc.errors import RETRY_AFTER_S, SAID_EVERY_S, ErrorTable
from service.observability.business_metrics import WEBHOOK_DELIVERIES, DatabaseFigures, webhook_result
from service.observability.doctor import Result, check_database
from service.observability.metrics import (
    breakers_exposition,
    exposition,
    not_running_exposition,
    stalls_exposition,
    tasks_down_exposition,
)
from service.wiring.http_protocol import DEFAULT_HEADER_TIMEOUT_S, DEFAULT_MAX_CONNECTIONS, with_header_bounds
from service.workers.write_probe import WriteProbe

_log = logging.getLogger(__name__)

ReadyCheck = Callable[[], Awaitable[str | None]]  # None when ready, else what is down (as /readyz says it)
TasksDown = Callable[
    [], Mapping[str, str]
]  # background task name -> why it is down (service.workers.supervisor)
# relay task name -> how long its items in flight have finished none (service.workers.supervisor)
RelaysIdle = Callable[[], Mapping[str, float]]
WEBHOOK_PREFIX = "/webhooks/"
WEBHOOK_PATHS = frozenset(path for side in WEBHOOKS.values() for path in side.paths)
READY_TIMEOUT_S = 2.0


class Lifecycle:
    """What the probes report: the process is up until it exits; ready only while serving.

    `degraded`: parts of this replica that are not running while it still serves (a gRPC worker process restarting,
    or given up on after dying too often: service.wiring.processes). `/readyz` names them and stays 200, since the
    other processes take the calls; `doctor` warns."""

    def __init__(self) -> None:
        self.draining = False
        self.degraded: dict[str, str] = {}
        self.turned_away = (
            0  # the calls refused while draining (service.wiring.server.drain waits until they stop)
        )

    def turns_away(self) -> bool:
        """Whether a call that arrives now is refused (the replica drains); each one refused is counted."""
        if self.draining:
            self.turned_away += 1
        return self.draining


async def schema_check(pool: asyncpg.Pool) -> str | None:
    """Why the database's schema is not the one this code knows (doctor's database check: migrations missing, or
    a newer release's), None when it is; raises when the database does not answer within READY_TIMEOUT_S."""
    async with asyncio.timeout(READY_TIMEOUT_S):
        async with pool.acquire() as conn:
            database = await check_database(PgOperationsReader(conn))
    return f"database {database.detail}: {database.advice}" if database.result is Result.FAIL else None


def pool_ready(pool: asyncpg.Pool, writes: WriteProbe | None = None) -> ReadyCheck:
    """Ready for traffic: the database answers, carries every migration this code needs (doctor's check) and took
    the last write probe (`writes`). Else what is wrong, in the terms an operator acts on: unreachable, busy (every
    pooled connection in use: slow statements, a lock held by another session; the network and the server are
    fine), migrations missing, migrations of a newer release (this replica's code is older than its database), or
    it cannot write (its disk full, read-only: it answers reads)."""

    async def check() -> str | None:
        try:
            schema = await schema_check(pool)
            if schema is None and writes is not None and writes.refused is not None:
                return f"database cannot write: {writes.refused}"
            return schema
        except Exception as exc:  # any failure to reach the database means "not ready", never a 500
            _log.warning("readiness check failed: %s", type(exc).__name__, exc_info=not is_outage(exc))
            in_use, size = pool.get_size() - pool.get_idle_size(), pool.get_max_size()
            run_out = local_fault(exc)
            if run_out is not None:  # the database may be fine: this process could not open what it needed
                return f"this process ran out of {run_out}"
            if isinstance(exc, TimeoutError) and in_use >= size:
                return f"database busy: no free connection within {READY_TIMEOUT_S:g} s ({in_use} of {size} in use)"
            return "database unreachable"

    return check


def retry_after_header(seconds: float) -> dict[str, str]:
    """Retry-After takes whole seconds (RFC 9110): round up, at least 1."""
    return {"Retry-After": str(max(1, math.ceil(seconds)))}


class UnavailableOnOutage:
    """ASGI middleware: a request that fails because the database (or another dependency) is down is answered
    503 + Retry-After, as decided by the gateway's one error table, instead of a 500. A webhook sender retries a
    503 later; nothing was stored, so nothing is lost. Other failures propagate (a bug stays a 500)."""

    def __init__(self, app: ASGIApp, errors: ErrorTable) -> None:
        self.app = app
        self._errors = errors
        # a count every 10 s at most, not a line a request: a platform retrying its callbacks through an outage
        self._said = Tally(
            _log, "%d HTTP request(s) answered 503, the last: %s: %s: %s", every_s=SAID_EVERY_S
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception as exc:
            delay = self._errors.retry_after(exc)
            if delay is None or started:
                raise
            self._said.add(scope.get("path"), type(exc).__name__, exc)
            response = JSONResponse(
                {"error": "temporarily unavailable; retry later"},
                status_code=503,
                headers=retry_after_header(delay),
            )
            await response(scope, receive, send)


def build_http_app(
    lifecycle: Lifecycle,
    ready: ReadyCheck,
    registry: CollectorRegistry,
    routes: Sequence[BaseRoute] = (),
    tasks_down: TasksDown = dict,
    figures: DatabaseFigures | None = None,
    *,
    errors: ErrorTable,
    writes: WriteProbe | None = None,
    breakers: Breakers | None = None,
    relays_idle: RelaysIdle = dict,
    tasks_stalled: TasksDown = dict,
) -> Starlette:
    """`errors`: the gateway's error table, with its outage check: a request failing on a database outage is 503 +
    Retry-After, never a 500. `writes`: the database's write probe, on /metrics. `breakers`: the process's platform
    breakers: an open one is named by /readyz (still ready: submissions keep being stored) and on /metrics, and so
    is a platform whose last call never left this process for a resource of its own run out (open files).
    `relays_idle`: how long each relay has shown no sign of life, on /metrics. `tasks_stalled`: the relays that run
    but are stalled (also among `tasks_down`).

    Liveness and readiness answer different questions. `/readyz` is 503 only when this replica cannot serve a call
    (draining, its database unreachable, busy, unmigrated or refusing writes, the process out of a resource): a
    balancer then sends the calls elsewhere, which helps them. A background task dead (restarting with backoff) or
    stalled is named under `down` with the replica still ready (200): the queues are shared, another replica's
    relays carry the work, and taking this one from its balancer would not send anything; since one cause (a hung
    platform, a bug) stalls every replica alike, a 503 for it took the whole API out of its balancer while gRPC
    served. A stall is what a restart mends: `/healthz` is 503 naming it, and a liveness probe restarts the process
    (the rows' leases expire, another replica or the restarted one redoes them). A dead task is restarted by the
    supervisor itself, so it fails no probe; `pdp_gateway_background_task_down` and its alert say both."""

    async def healthz(request: Request) -> Response:
        stalled = dict(tasks_stalled())
        if stalled:
            return JSONResponse({"status": "stalled", "stalled": stalled}, status_code=503)
        return JSONResponse({"status": "up"})

    async def readyz(request: Request) -> Response:
        if lifecycle.draining:
            return JSONResponse(
                {"status": "draining"}, status_code=503, headers=retry_after_header(RETRY_AFTER_S)
            )
        # background tasks dead (restarting with backoff), paused or stalled, parts not running, and platforms whose
        # calls are held: said, the replica still ready when nothing else is wrong
        down = dict(tasks_down())
        held = breakers.open() if breakers is not None else {}
        not_reached = breakers.not_reached() if breakers is not None else {}
        degraded = (
            ({"down": down} if down else {})
            | ({"degraded": dict(lifecycle.degraded)} if lifecycle.degraded else {})
            | ({"platforms_down": held} if held else {})
            | ({"platforms_not_reached": not_reached} if not_reached else {})
        )
        not_ready = await ready()
        if not_ready is not None:
            return JSONResponse(
                {"status": not_ready} | degraded, status_code=503, headers=retry_after_header(RETRY_AFTER_S)
            )
        return JSONResponse({"status": "ready"} | degraded)

    async def metrics(request: Request) -> Response:
        text = (
            exposition(registry)
            + not_running_exposition(lifecycle.degraded)
            + (await figures.text() if figures is not None else b"")
            + (writes.exposition() if writes is not None else b"")
            + (breakers_exposition(breakers) if breakers is not None else b"")
            + stalls_exposition(relays_idle())
            + tasks_down_exposition(tasks_down())
        )
        return Response(text, media_type=CONTENT_TYPE_LATEST)

    probes = [Route("/healthz", healthz), Route("/readyz", readyz), Route("/metrics", metrics)]
    # Outermost, WebhookCounting also counts the 503 of UnavailableOnOutage.
    return Starlette(
        routes=[*probes, *routes],
        middleware=[Middleware(WebhookCounting), Middleware(UnavailableOnOutage, errors=errors)],
    )


def route_label(path: str) -> str:
    """A webhook path as a metric label: a profile's route (/webhooks/<profile>/afnor/flow) is counted under its
    provider's route, so the label set stays the few known routes (never one per profile name or stray path)."""
    if path in WEBHOOK_PATHS:
        return path
    _, _, _, rest = (path.split("/", 3) + ["", "", "", ""])[:4]
    generic = WEBHOOK_PREFIX + rest
    return generic if generic in WEBHOOK_PATHS else "other"


class WebhookCounting:
    """Counts every answer to a platform webhook by route and result (pdp_gateway_webhook_deliveries_total), and
    says the ones refused for their signature as a count: a secret changed on one side only refused every callback
    without a log line (a forger's are refused the same way, so a count, never a line each)."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app
        self._forged: dict[str, Tally] = {}  # per route label: a few

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not path.startswith(WEBHOOK_PREFIX):
            await self._app(scope, receive, send)
            return
        answered: list[int] = []

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                answered.append(message["status"])
            await send(message)

        try:
            await self._app(scope, receive, counting_send)
        finally:
            route, result = route_label(path), webhook_result(answered[0] if answered else 500)
            WEBHOOK_DELIVERIES.labels(route, result).inc()
            if result == "bad_signature":
                self._refused(route)

    def _refused(self, route: str) -> None:
        tally = self._forged.get(route)
        if tally is None:
            tally = self._forged[route] = Tally(_log, _FORGED, every_s=60.0)
        tally.add(route)


_FORGED = (
    "%d webhook(s) on %s refused for their signature (since the last such line, said once a minute at most): the"
    " webhook secret of that platform profile (doctor's webhook-secret check names its setting) must be the"
    " platform's; a forger's are counted too"
)


class EmbeddedUvicorn(uvicorn.Server):
    """uvicorn inside our event loop: the process owns the signals, so uvicorn must not capture them."""

    _main_task: asyncio.Task[None] | None = None

    def capture_signals(self) -> contextlib.AbstractContextManager[None]:  # type: ignore[override]  # uvicorn's is a generator
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


def http_server(
    app: Starlette,
    host: str,
    port: int,
    grace_s: float,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
    header_timeout_s: float = DEFAULT_HEADER_TIMEOUT_S,
) -> EmbeddedUvicorn:
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        # headers within a deadline and a size; connections within a count that never locks out a probe
        http=with_header_bounds(header_timeout_s, max_connections=max_connections),
        lifespan="off",
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=int(grace_s),
    )
    return EmbeddedUvicorn(config)
