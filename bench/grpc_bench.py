"""SubmitInvoice throughput and latency through the real server process and PostgreSQL, next to a bare grpc.aio
echo server carrying the same payload size: the ratio says what the gateway costs above gRPC itself.

The gateway runs as `python -m service serve` in a subprocess (LOG_LEVEL=WARNING: no access log line per call),
the echo server in as many processes as the gateway has gRPC processes; the client is this process (grpc.aio,
BENCH_CHANNELS channels, i.e. connections, default 8, calls spread over them). Each call submits a distinct
10-line invoice with its own request id. Knobs: BENCH_SECONDS (per level, default 10), BENCH_LEVELS ("1,8,32"),
BENCH_COMPANIES (issuing companies the calls rotate over, default 1), BENCH_GRPC_WORKERS (the gateway's
GRPC_WORKERS, default one per core as `serve`; 1 shows what one process does), BENCH_PIPELINE (default 0: the transmission
pipeline is off, so its render/validate workers do not take the cores the submit path is measured on; 1: as
`serve` runs it in production), BENCH_PROFILE (a file: the gateway's event-loop thread runs under cProfile and
writes its stats there on exit; figures are then meaningless, only the breakdown is).
Targets on 2 cores: >= 1,500 submits/s at concurrency 32 with p99 < 50 ms.
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc

from bench.cpu import postgres_cpu, spent, tree_cpu

ROOT = Path(__file__).resolve().parent.parent
ECHO_METHOD = "/bench.Echo/Echo"


@dataclass
class Result:
    name: str
    concurrency: int
    calls: int
    seconds: float
    latencies: list[float]

    @property
    def rate(self) -> float:
        return self.calls / self.seconds

    def quantile(self, q: float) -> float:
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[int(q * 100) - 1] * 1000

    def line(self) -> str:
        return (
            f"{self.name:<14} c={self.concurrency:<3} {self.rate:9.0f} calls/s   p50 {self.quantile(0.5):6.2f} ms"
            f"   p99 {self.quantile(0.99):6.2f} ms   ({self.calls} calls)"
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


@contextmanager
def _process(args: list[str], env: dict[str, str]) -> Any:
    proc = subprocess.Popen([sys.executable, *args], env=env, cwd=ROOT)
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


async def _wait_listening(port: int, processes: int, timeout: float = 60) -> None:
    """Until `processes` sockets listen on 127.0.0.1:`port` (Linux): the kernel only spreads connections over the
    processes already listening, so the load starts once every one of them is."""

    def listening() -> int:
        rows = [
            row.split()
            for table in ("tcp", "tcp6")
            for row in Path(f"/proc/net/{table}").read_text().splitlines()[1:]
        ]
        return sum(1 for r in rows if r[1].endswith(f"0100007F:{port:04X}") and r[3] == "0A")

    deadline = time.monotonic() + timeout
    while listening() < processes:
        if time.monotonic() > deadline:
            raise TimeoutError(f"fewer than {processes} processes listen on port {port}")
        await asyncio.sleep(0.2)


def _channel(port: int) -> grpc.aio.Channel:
    # Its own subchannel pool: each channel is its own TCP connection, as separate clients' are.
    return grpc.aio.insecure_channel(f"127.0.0.1:{port}", options=[("grpc.use_local_subchannel_pool", 1)])


async def _load(name: str, concurrency: int, seconds: float, call: Callable[[int], Awaitable[Any]]) -> Result:
    latencies: list[float] = []
    counter = iter(range(10**9))
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        while time.perf_counter() < deadline:
            n = next(counter)
            started = time.perf_counter()
            await call(n)
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Result(name, concurrency, len(latencies), time.perf_counter() - started, latencies)


async def _echo_server(port: int) -> None:
    async def echo(request: bytes, context: grpc.aio.ServicerContext) -> bytes:
        return request

    server = grpc.aio.server()
    handler = grpc.method_handlers_generic_handler(
        "bench.Echo", {"Echo": grpc.unary_unary_rpc_method_handler(echo)}
    )
    server.add_generic_rpc_handlers((handler,))
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    await server.wait_for_termination()


def _invoices(sirens: list[str], count: int) -> list[bytes]:
    """`count` distinct SubmitInvoiceRequests, request n issued by sirens[n % len(sirens)] (invoice numbers are
    unique per seller), serialized up front."""
    from dataclasses import replace

    from domain.identifiers import french_vat_number
    from domain.invoice import Identifier
    from pdpgateway.v1 import invoice_service_pb2 as svc
    from service.grpc.mapping import invoice_to_proto
    from tests.builders import a_seller, an_invoice

    templates = []
    for siren in sirens:
        seller = replace(
            a_seller(siren), vat_id=french_vat_number(siren), electronic_address=Identifier(siren, "0225")
        )
        templates.append(invoice_to_proto(an_invoice(lines=10, seller=seller)))
    requests = []
    for n in range(count):
        siren, template = sirens[n % len(sirens)], templates[n % len(sirens)]
        template.number = f"BENCH-{siren}-{n}"
        requests.append(
            svc.SubmitInvoiceRequest(request_id=f"bench-{siren}-{n}", invoice=template).SerializeToString()
        )
    return requests


async def bench_database(stack: AsyncExitStack) -> tuple[str, Any]:
    """A migrated database of its own for the bench (DATABASE_URL's server, else an embedded one), and a small
    pool on it: until `stack` closes."""
    from adapters.postgres.embedded import database_dsn
    from adapters.postgres.pool import init_pool

    tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="pdpg-bench-"))
    dsn_gen = database_dsn(os.environ.get("DATABASE_URL", ""), Path(tmp) / "pgdata", "pdp_gateway_bench")
    dsn = await anext(dsn_gen)
    stack.push_async_callback(dsn_gen.aclose)
    pool_gen = init_pool(dsn, min_size=1, max_size=2)
    pool = await anext(pool_gen)  # migrates
    stack.push_async_callback(pool_gen.aclose)
    return dsn, pool


async def authorizations(pool: Any, sirens: list[str]) -> list[tuple[tuple[str, str]]]:
    """An API key of each company, as the `authorization` metadata of its calls."""
    from datetime import UTC, datetime

    from adapters.postgres.api_key_repository import PgApiKeyRepository
    from service.usecases.api_keys import create_api_key

    class Clock:
        def now(self) -> Any:
            return datetime.now(UTC)

    keys = [
        (await create_api_key(s, "bench", keys=PgApiKeyRepository(pool), clock=Clock())).secret
        for s in sirens
    ]
    return [(("authorization", f"Bearer {k}"),) for k in keys]


def start_gateway(stack: AsyncExitStack, dsn: str, workers: int) -> tuple[int, int, int]:
    """`serve` (as _gateway runs it) on `dsn` with `workers` gRPC processes, on free local ports, until `stack`
    closes: its gRPC port, its HTTP port and its pid."""
    gw_port, http_port = _free_port(), _free_port()
    gateway = _env(
        DATABASE_URL=dsn,
        GRPC_PORT=str(gw_port),
        GRPC_HOST="127.0.0.1",
        HTTP_PORT=str(http_port),
        HTTP_HOST="127.0.0.1",
        LOG_LEVEL="WARNING",
        GRPC_WORKERS=str(workers),
    )
    pid = stack.enter_context(_process(["-m", "bench.grpc_bench", "--gateway"], gateway)).pid
    return gw_port, http_port, pid


async def _main() -> None:
    from service.wiring.server import grpc_processes
    from tests.random_refs import random_siren

    seconds = float(os.environ.get("BENCH_SECONDS", "10"))
    levels = [int(c) for c in os.environ.get("BENCH_LEVELS", "1,8,32").split(",")]
    companies = int(os.environ.get("BENCH_COMPANIES", "1"))
    workers = grpc_processes(int(os.environ.get("BENCH_GRPC_WORKERS", "0")))  # as `serve` counts them
    channel_count = int(os.environ.get("BENCH_CHANNELS", "8"))
    async with AsyncExitStack() as stack:
        dsn, pool = await bench_database(stack)
        sirens = [random_siren() for _ in range(companies)]
        metadata = await authorizations(pool, sirens)
        payloads = _invoices(sirens, 200_000 if seconds > 5 else 60_000)

        echo_port = _free_port()
        gw_port, http_port, gateway_pid = start_gateway(stack, dsn, workers)
        for _ in range(workers):  # the ceiling has the gateway's shape: as many processes on one port
            stack.enter_context(_process(["-m", "bench.grpc_bench", "--echo-server", str(echo_port)], _env()))
        await _wait_listening(gw_port, workers)
        await _wait_listening(echo_port, workers)

        identity = lambda b: b  # noqa: E731 - requests are pre-serialized
        submits, echoes = [], []
        for _ in range(channel_count):
            submits.append(
                (await stack.enter_async_context(_channel(gw_port))).unary_unary(
                    "/pdpgateway.v1.InvoiceService/SubmitInvoice",
                    request_serializer=identity,
                    response_deserializer=identity,
                )
            )
            echoes.append(
                (await stack.enter_async_context(_channel(echo_port))).unary_unary(
                    ECHO_METHOD, request_serializer=identity, response_deserializer=identity
                )
            )

        def submit(n: int) -> Awaitable[Any]:
            return submits[n % channel_count](payloads[n], metadata=metadata[n % companies])

        def echo(n: int) -> Awaitable[Any]:
            return echoes[n % channel_count](payloads[0])

        print(
            f"payload: {len(payloads[0])} bytes per SubmitInvoiceRequest (10 lines); {seconds:.0f} s per level;"
            f" {companies} issuing companies; pipeline {'on' if os.environ.get('BENCH_PIPELINE') == '1' else 'off'};"
            f" {os.cpu_count()} CPUs; GRPC_WORKERS={workers} (echo: as many processes); {channel_count} client"
            " channels (connections)"
        )
        await _load(
            "warm-up", max(levels), 2, submit
        )  # every gateway process and connection, at the top level
        offset = 10_000
        for c in levels:
            base = offset
            batches_before = await _batches(http_port)
            cpu_before = (tree_cpu(gateway_pid), await postgres_cpu(pool), time.process_time())
            sub = await _load("SubmitInvoice", c, seconds, lambda n, base=base: submit(base + n))
            gateway_cpu, db_cpu = (
                spent(cpu_before[0], tree_cpu(gateway_pid)),
                spent(cpu_before[1], await postgres_cpu(pool)),
            )
            client_cpu = time.process_time() - cpu_before[2]
            batched, batches = (
                after - before
                for after, before in zip(await _batches(http_port), batches_before, strict=True)
            )
            offset += sub.calls
            ceiling = await _load("echo ceiling", c, seconds, echo)
            print(sub.line())
            print(ceiling.line())
            print(f"{'':14} c={c:<3} gateway / echo = {sub.rate / ceiling.rate:.1%}", flush=True)
            print(
                f"{'':14} c={c:<3} CPU per call: gateway {gateway_cpu * 1000 / sub.calls:.2f} ms (all its"
                f" processes), PostgreSQL {db_cpu * 1000 / sub.calls:.2f} ms, this client"
                f" {client_cpu * 1000 / sub.calls:.2f} ms",
                flush=True,
            )
            if batches:
                print(
                    f"{'':14} c={c:<3} {batched / batches:.1f} new invoices per transaction on average"
                    f" ({batches:.0f} group commits in the main process; workers keep their own counts)",
                    flush=True,
                )


async def _batches(http_port: int) -> tuple[float, float]:
    """Invoices written by group commit and their batches so far, from the gateway's /metrics (0, 0 when off)."""
    import httpx

    async with httpx.AsyncClient(timeout=10) as client:
        text = (await client.get(f"http://127.0.0.1:{http_port}/metrics")).text
    figures = dict(
        line.split(" ", 1) for line in text.splitlines() if line.startswith("pdp_gateway_submit_batch_")
    )
    return (
        float(figures.get("pdp_gateway_submit_batch_size_sum", 0)),
        float(figures.get("pdp_gateway_submit_batch_size_count", 0)),
    )


def _gateway() -> None:
    """`pdp-gateway serve`, without the transmission pipeline unless BENCH_PIPELINE=1, under cProfile when
    BENCH_PROFILE names a file."""
    import cProfile

    from dependency_injector import providers

    from service.wiring.container import Container
    from service.wiring.event_loop import run as run_loop
    from service.wiring.server import serve

    container = Container()
    if os.environ.get("BENCH_PIPELINE", "0") != "1":
        container.dispatcher.override(providers.Object(None))
    profile_path = os.environ.get("BENCH_PROFILE", "")
    profiler = cProfile.Profile() if profile_path else None
    if profiler is not None:
        profiler.enable()
    try:
        run_loop(serve(container))  # uvloop, as `pdp-gateway serve` runs
    finally:
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(profile_path)


def run() -> None:
    asyncio.run(_main())


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--echo-server":
        asyncio.run(_echo_server(int(sys.argv[2])))
    elif sys.argv[1:] == ["--gateway"]:
        _gateway()
    else:
        run()
