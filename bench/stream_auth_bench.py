"""What the API key's watch costs a server stream (WatchInvoiceEvents, the exports): events a second and the event
loop's CPU per event, with the AuthInterceptor's re-check of the key (`checked`) and without it (`bare`), in the
same run, rounds alternated.

A subprocess serves two grpc.aio servers on uvloop, as `serve` does: `bare` streams prebuilt
WatchInvoiceEventsResponse messages (a SENT event) from an async generator; `checked` streams the same through
`AuthInterceptor` (a key store answering at once: the re-check itself comes every KEY_RECHECK_S, 10 s, so what is
measured is the watch's cost per event). The client (this process) reads each stream to its end; the server reports
its event-loop thread's CPU time (`time.thread_time`) around each round. Knobs: BENCH_EVENTS (per stream, default
20,000), BENCH_STREAMS (at once, default 4), BENCH_ROUNDS (default 3 of each).
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from typing import Any

import grpc
from google.protobuf import timestamp_pb2

from domain.ports import ApiKey
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import invoice_service_pb2 as svc
from service.wiring import event_loop

STREAM = "/pdpgateway.v1.InvoiceService/WatchInvoiceEvents"
CPU = "/bench.Cpu/Read"
EVENT = svc.WatchInvoiceEventsResponse(
    event=pb.InvoiceEvent(
        event_id=12345,
        invoice_id="0b6f8c1e-6a43-4c7e-9d7e-5f0c7c0c2a11",
        kind="SENT",
        at=timestamp_pb2.Timestamp(seconds=1_796_000_000),
        state=pb.PROCESSING_STATE_SENDING,
        detail="sent to the platform",
    )
).SerializeToString()


async def _serve(bare_port: int, checked_port: int, events: int) -> None:
    from adapters.postgres.outage import is_outage
    from service.grpc.auth import AuthInterceptor
    from service.grpc.errors import ErrorTable

    key = ApiKey(
        id="k", company_siren="732829320", name="bench", prefix="pdpg_ben", created_at=datetime.now(UTC)
    )

    async def authenticate(secret: str) -> ApiKey:
        return key

    async def stream(request: bytes, context: Any) -> Any:
        for _ in range(events):
            yield EVENT

    async def cpu(request: bytes, context: Any) -> bytes:
        return repr(time.thread_time()).encode()

    def handlers() -> grpc.GenericRpcHandler:
        return grpc.method_handlers_generic_handler(
            "pdpgateway.v1.InvoiceService",
            {"WatchInvoiceEvents": grpc.unary_stream_rpc_method_handler(stream)},
        )

    servers = []
    for port, interceptors in (
        (bare_port, []),
        (checked_port, [AuthInterceptor(authenticate, ErrorTable(is_outage))]),
    ):
        server = grpc.aio.server(interceptors=interceptors)
        server.add_generic_rpc_handlers(
            (
                handlers(),
                grpc.method_handlers_generic_handler(
                    "bench.Cpu", {"Read": grpc.unary_unary_rpc_method_handler(cpu)}
                ),
            )
        )
        server.add_insecure_port(f"127.0.0.1:{port}")
        await server.start()
        servers.append(server)
    await asyncio.Event().wait()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _round(port: int, streams: int) -> tuple[float, float, int]:
    """(seconds, server loop CPU seconds, events) of `streams` streams read to their end at once."""
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        read_cpu = channel.unary_unary(CPU)
        watch = channel.unary_stream(STREAM)
        metadata = (("authorization", "Bearer bench"),)

        async def one() -> int:
            return sum([1 async for _ in watch(b"", metadata=metadata)])

        before = float(await read_cpu(b"", metadata=metadata))
        start = time.perf_counter()
        counts = await asyncio.gather(*(one() for _ in range(streams)))
        seconds = time.perf_counter() - start
        after = float(await read_cpu(b"", metadata=metadata))
    return seconds, after - before, sum(counts)


async def _measure(events: int, streams: int, rounds: int) -> None:
    bare, checked = _free_port(), _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.stream_auth_bench", "--serve", str(bare), str(checked), str(events)],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        for port in (bare, checked):
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                await asyncio.wait_for(channel.channel_ready(), timeout=30)
        results: dict[str, list[tuple[float, float, int]]] = {"bare": [], "checked": []}
        for _ in range(rounds):
            for name, port in (("bare", bare), ("checked", checked)):
                results[name].append(await _round(port, streams))
        per_event = {}
        for name, runs in results.items():
            rates = [n / s for s, _, n in runs]
            cpu_us = [c / n * 1e6 for _, c, n in runs]
            per_event[name] = statistics.median(cpu_us)
            print(
                f"stream_auth {name:<8} {statistics.median(rates):9.0f} events/s   loop CPU"
                f" {per_event[name]:6.1f} µs/event   (rounds: {', '.join(f'{r:.0f}' for r in rates)} events/s;"
                f" {', '.join(f'{c:.1f}' for c in cpu_us)} µs)"
            )
        print(f"stream_auth checked/bare loop CPU per event: {per_event['checked'] / per_event['bare']:.2f}")
    finally:
        server.terminate()
        server.wait(timeout=30)


def run() -> None:
    asyncio.run(
        _measure(
            int(os.environ.get("BENCH_EVENTS", "20000")),
            int(os.environ.get("BENCH_STREAMS", "4")),
            int(os.environ.get("BENCH_ROUNDS", "3")),
        )
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        event_loop.run(_serve(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
    else:
        run()
