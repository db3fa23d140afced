"""The server process: gRPC services and the HTTP probes in one event loop, with a graceful stop.

`build_server(container, address)` is the production factory the e2e tests reuse on port 0. `Runner` owns the
process lifetime; `serve()` adds the signal handlers: SIGTERM or SIGINT turns health NOT_SERVING and readiness
off, lets in-flight calls finish within the grace period, stops the HTTP side, then releases the resources.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import logging
import os
import signal
from typing import Any

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from adapters.postgres.outage import CONNECT_ERRORS
from domain.operations import DatabaseUnreachable
from service.grpc.admission import AdmissionInterceptor
from service.grpc.arrival import RequestArrivalInterceptor
from service.grpc.auth import KEY_RECHECK_S, AuthInterceptor
from service.grpc.public_services import PublicRequestsInterceptor
from service.grpc.request_bytes import ACCEPTED_COMPRESSION
from service.grpc.services import GrpcService
from service.grpc.telemetry import TelemetryInterceptor
from service.grpc.undecodable import UndecodableInterceptor
from service.observability.logging import configure_logging
from service.wiring.container import Container
from service.wiring.http import EmbeddedUvicorn, Lifecycle, http_server
from service.wiring.ports import grpc_address, refuse_taken_port
from service.wiring.processes import GrpcWorkers, worker_env
from service.wiring.settings import cautions, check, typed
from service.wiring.temporary_files import choose_temporary_directory

_log = logging.getLogger(__name__)


# On SIGTERM the replica drains at least DRAIN_S before its port closes, and on while calls still arrive, until
# DRAIN_QUIET_CHECKS checks DRAIN_CHECK_S apart saw none, at most DRAIN_MOST_S. gRPC's stop cancels every call it
# holds but has not yet handed to a method: the client reads CANCELLED (which no client retries) for a call never
# processed; a burst of 200 SubmitInvoice at the stop saw 10 to 81. Meanwhile such calls reach the AuthInterceptor,
# which answers them UNAVAILABLE with RetryInfo (a few milliseconds each); calls already running finish within
# GRPC_GRACE_S after it. A fixed second was not enough on a loaded machine: the loop hands the held calls over one by
# one, and 52 to 107 of 200 were still held (CANCELLED) when it ended; counted in checks, a stalled loop is not
# mistaken for a quiet one.
DRAIN_S = 1.0
DRAIN_CHECK_S = 0.1
DRAIN_QUIET_CHECKS = 5
DRAIN_MOST_S = 3.0

# Each gRPC process has its own pool of up to DB_POOL_MAX (20) connections and its LISTENs (container.py:
# LISTEN_CONNECTIONS); PostgreSQL allows 100 by default.
AUTO_GRPC_PROCESSES_MAX = 4

# A connection with no call for this long is sent GOAWAY (a client reconnects as it calls again): the ones a client
# left open without a call free their place under GRPC_MAX_CONNECTIONS.
IDLE_CONNECTION_MS = 300_000


def grpc_processes(setting: int) -> int:
    """GRPC_WORKERS: the processes serving gRPC; 0 (the default) = one per core, the gateway being CPU-bound, at most
    AUTO_GRPC_PROCESSES_MAX (a larger setting is taken as is: the database must accept their connections)."""
    if setting < 0:
        raise ValueError(f"GRPC_WORKERS must be 0 (one per core) or more, not {setting}")
    return setting or min(os.cpu_count() or 1, AUTO_GRPC_PROCESSES_MAX)


async def resolve(provider: Any) -> Any:
    """A provider's value; providers depending on async resources return awaitables (and so do
    `init_resources`/`shutdown_resources` when any resource is async, which their stubs cannot say)."""
    value = provider()
    return await value if inspect.isawaitable(value) else value


async def build_server(
    container: Container, address: str, *, share_port: bool = False, key_recheck_s: float = KEY_RECHECK_S
) -> tuple[grpc.aio.Server, int]:
    """A configured, not yet started gRPC server listening on `address` ("[::]:0" picks a free port);
    `key_recheck_s`: how often a server stream checks that its API key is still active.

    `share_port`: SO_REUSEPORT, for the GRPC_WORKERS processes only. gRPC sets it by default, which would let a second
    gateway started by mistake on the same port take half of the connections silently; without it, that one fails
    to bind (and `serve` refuses a port already held before it binds: service.wiring.ports)."""
    services: list[GrpcService] = await resolve(container.grpc_services)
    health_servicer = await resolve(container.health_servicer)
    lifecycle = await resolve(container.lifecycle)
    errors = await resolve(container.error_table)
    max_message = typed(container.config, "GRPC_MAX_MESSAGE_MB")() << 20
    interceptors = [
        # outermost: a call's request must arrive, in time, before any other runs its method (service.grpc.arrival)
        RequestArrivalInterceptor(errors),
        TelemetryInterceptor(await resolve(container.rpc_metrics), await resolve(container.failed_call_log)),
        # outside auth: it looks at the company auth let in, and refuses past its share before the request is read
        AdmissionInterceptor(await resolve(container.call_slots), await resolve(container.call_rate), errors),
        AuthInterceptor(
            await resolve(container.authenticate),
            errors,
            key_recheck_s=key_recheck_s,
            stopping=lifecycle.turns_away,
        ),
        # innermost: the handler it returns is the one every other one wraps
        UndecodableInterceptor(max_message),
        PublicRequestsInterceptor(
            errors
        ),  # the same for health and reflection (UndecodableInterceptor skips them)
    ]
    max_streams = int(container.config.grpc.max_concurrent_streams())
    max_connections = typed(container.config, "GRPC_MAX_CONNECTIONS")()
    server = grpc.aio.server(
        interceptors=interceptors,
        options=[
            ("grpc.max_concurrent_streams", max_streams),
            ("grpc.so_reuseport", int(share_port)),
            ("grpc.max_receive_message_length", max_message),
            ("grpc.max_send_message_length", max_message),
            ("grpc.max_allowed_incoming_connections", max_connections),
            ("grpc.max_connection_idle_ms", IDLE_CONNECTION_MS),
            # a request is inflated by the gateway, within its method's bound (service.grpc.request_bytes)
            ("grpc.per_message_decompression", 0),
            ("grpc.compression_enabled_algorithms_bitset", ACCEPTED_COMPRESSION),
        ],
    )
    for service in services:
        service.add_to_server(service.servicer, server)
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    names = [s.name for s in services] + [health.SERVICE_NAME, reflection.SERVICE_NAME]
    reflection.enable_server_reflection(names, server)
    for name in ("", *names):
        await health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    port = server.add_insecure_port(address)
    return server, port


class Runner:
    """Start, run until asked to stop, drain, stop. `stop()` is idempotent and safe to call concurrently.

    The main process (`main=True`) also serves HTTP and starts the GRPC_WORKERS - 1 worker processes
    (service.wiring.processes) on its gRPC port; a worker serves gRPC only."""

    def __init__(self, container: Container, *, main: bool = True) -> None:
        self.container = container
        self.grpc_port = 0
        self.http_port = 0
        self.workers: GrpcWorkers | None = None
        self._main = main
        self._stop_requested = asyncio.Event()
        self._stopping: asyncio.Task[None] | None = None
        self._grpc: grpc.aio.Server | None = None
        self._http: EmbeddedUvicorn | None = None

    async def start(self) -> None:
        cfg = self.container.config
        try:  # the database alone first: had it failed among the others, their cancelled starts were ERROR records
            await resolve(self.container.db_pool)  # the pool migrates the schema before it is handed out
        except CONNECT_ERRORS as exc:
            raise DatabaseUnreachable(f"{type(exc).__name__}: {exc}") from exc
        await resolve(self.container.init_resources)
        processes = grpc_processes(typed(cfg, "GRPC_WORKERS")())
        shared = not self._main or processes > 1
        self._grpc, self.grpc_port = await build_server(
            self.container,
            grpc_address(typed(cfg, "GRPC_HOST")(), typed(cfg, "GRPC_PORT")()),
            share_port=shared,
        )
        await self._grpc.start()
        if not self._main:
            _log.info("grpc worker serving", extra={"grpc_port": self.grpc_port})
            return
        app = await resolve(self.container.http_app)
        self._http = http_server(
            app,
            typed(cfg, "HTTP_HOST")(),
            typed(cfg, "HTTP_PORT")(),
            typed(cfg, "GRPC_GRACE_S")(),
            max_connections=typed(cfg, "HTTP_MAX_CONNECTIONS")(),
        )
        self.http_port = await self._http.start_in_loop()
        extra = processes - 1
        if extra > 0:
            env = worker_env(self.grpc_port, await resolve(self.container.database_url))
            lifecycle = await resolve(self.container.lifecycle)
            self.workers = GrpcWorkers(
                extra, env, grace_s=typed(cfg, "GRPC_GRACE_S")(), degraded=lifecycle.degraded
            )
            await self.workers.start()
        _log.info(
            "serving",
            extra={"grpc_port": self.grpc_port, "http_port": self.http_port, "grpc_workers": extra + 1},
        )

    def request_stop(self) -> None:
        self._stop_requested.set()

    async def run_until_stopped(self) -> None:
        await self._stop_requested.wait()
        await self.stop()

    async def stop(self) -> None:
        if self._stopping is None:
            self._stopping = asyncio.create_task(self._stop())
        await asyncio.shield(self._stopping)

    async def _stop(self) -> None:
        _log.info("stopping: draining in-flight calls")
        (await resolve(self.container.lifecycle)).draining = True
        health_servicer = await resolve(self.container.health_servicer)
        await health_servicer.enter_graceful_shutdown()
        # The workers drain alongside this process, and are gone before the database they use stops.
        workers = asyncio.create_task(self.workers.stop()) if self.workers is not None else None
        if self._grpc is not None:
            await drain(await resolve(self.container.lifecycle))
            await self._grpc.stop(typed(self.container.config, "GRPC_GRACE_S")())
            # the counts of failed calls past the log's budget, written now rather than lost with the process
            (await resolve(self.container.failed_call_log)).flush_all()
        if workers is not None:
            await workers
        if self._http is not None:
            await self._http.stop_in_loop()
        await resolve(self.container.shutdown_resources)
        _log.info("stopped")


async def drain(lifecycle: Lifecycle) -> None:
    """While the calls gRPC holds reach the AuthInterceptor (told to retry): DRAIN_S, then until they stop coming."""
    loop = asyncio.get_running_loop()
    start, seen, quiet = loop.time(), lifecycle.turned_away, 0
    while loop.time() - start < DRAIN_MOST_S:
        await asyncio.sleep(DRAIN_CHECK_S)
        quiet = quiet + 1 if lifecycle.turned_away == seen else 0
        seen = lifecycle.turned_away
        if quiet >= DRAIN_QUIET_CHECKS and loop.time() - start >= DRAIN_S:
            return


async def serve(container: Container, *, main: bool = True, stop: asyncio.Event | None = None) -> None:
    """Until SIGTERM/SIGINT, or until `stop` is set. `main=False`: a gRPC worker (see Runner)."""
    cfg = container.config
    check(cfg)  # a bad setting stops here, before the database or a port is opened
    if main:  # so does a port another process holds (a worker shares its main process's gRPC port)
        await refuse_taken_port("GRPC_PORT", "GRPC_HOST", cfg.grpc.host(), typed(cfg, "GRPC_PORT")())
        await refuse_taken_port("HTTP_PORT", "HTTP_HOST", cfg.http.host(), typed(cfg, "HTTP_PORT")())
    configure_logging(typed(cfg, "LOG_LEVEL")())
    if main:
        for caution in cautions(cfg):
            _log.warning("setting: %s", caution)
    choose_temporary_directory()
    runner = Runner(container, main=main)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, runner.request_stop)
    stopper = asyncio.create_task(_relay(stop, runner)) if stop is not None else None
    try:
        await runner.start()
        # What start-up built (modules, artifacts, pools) lives as long as the process: moved out of the collector's
        # reach, so that its full collections walk only the objects calls allocate (shorter pauses, less CPU).
        gc.collect()
        gc.freeze()
        await runner.run_until_stopped()
    finally:
        if stopper is not None:
            stopper.cancel()
        await runner.stop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)


async def _relay(stop: asyncio.Event, runner: Runner) -> None:
    await stop.wait()
    runner.request_stop()
