"""Another company's small calls beside one company's archive and event streams, through the real server process
and PostgreSQL, and the server's peak memory during an export.

Company A holds an archive of BENCH_DOCS documents (default 2,000 of 20 to 80 KB) and BENCH_LARGE PDFs of
BENCH_LARGE_MIB (default 8 of 8 MiB), and BENCH_EVENTS invoice events (default 9,800). Company B, from a process of
its own, asks GetInvoice of one of its small invoices every 20 ms. Phases of BENCH_SECONDS (default 20): B alone;
beside A's VerifyArchive in a loop (one at a time: a refusal waits as its RetryInfo says); beside BENCH_STREAMS
(default 32) of A's WatchInvoiceEvents each replaying A's events from the start and reopening; beside one
ExportArchive of A's whole archive, read as it comes (the phase lasts until it ends, at least BENCH_SECONDS).
Printed for each: B's p50 / p99 / max and their ratios to B alone in the same run, A's work done, the server's CPU
seconds and its peak RSS (sampled every 20 ms) over its RSS before the phase. The clients run at this process's
priority; run it under `nice -n 10` on a shared machine.

Run: `nice -n 10 .venv/bin/python -m bench.archive_neighbour_bench`.
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
import random
import sys
import time
from collections import Counter
from contextlib import AsyncExitStack
from datetime import date
from typing import Any

import grpc

from bench import grpc_bench as gateway
from bench.neighbour_bench import Calls, _cpu_seconds, _ms, _retry_delay, server_processes

MIB = 1024 * 1024
SUBMIT = "/pdpgateway.v1.InvoiceService/SubmitInvoice"


def _rss(pid: int) -> int:
    """Resident bytes of the server and its processes."""
    return sum(p.memory_info().rss for p in server_processes(pid))


async def _archive(pool: Any, company: str, docs: int, large: int, large_mib: int) -> int:
    """A's archive, a hundred documents a transaction; its bytes."""
    from adapters.postgres.records_uow import PgRecordsUnitOfWork
    from domain.archive_ports import ArchiveKind, ArchiveMetadata
    from domain.audit import Actor, acting_as
    from service.usecases.archive import archive_in

    rnd = random.Random(17)
    sizes = [rnd.randrange(20_000, 80_000) for _ in range(docs)] + [large_mib * MIB] * large
    rnd.shuffle(sizes)
    total = 0
    with acting_as(Actor.cli("bench")):
        for start in range(0, len(sizes), 100):
            async with PgRecordsUnitOfWork(pool) as uow:
                for n, size in enumerate(sizes[start : start + 100], start):
                    meta = ArchiveMetadata(
                        "application/pdf", date(2026, 1 + n % 12, 1 + n % 28), f"F-{n}.pdf"
                    )
                    kind = ArchiveKind.RENDERED_PDF
                    await archive_in(uow, company, kind, os.urandom(size), meta, at=_now())
                    total += size
                await uow.commit()
    return total


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


async def _events(pool: Any, company: str, count: int) -> None:
    """`count` events of A in all: copies of its one invoice's SUBMITTED event."""
    await pool.execute(
        """INSERT INTO invoice_events (invoice_id, company_siren, kind, state, at)
           SELECT e.invoice_id, e.company_siren, e.kind, e.state, e.at
             FROM (SELECT * FROM invoice_events WHERE company_siren = $1 ORDER BY id LIMIT 1) AS e,
                  generate_series(1, $2 - (SELECT count(*) FROM invoice_events WHERE company_siren = $1))""",
        company,
        count,
    )


class Sampler:
    """The server's RSS every 20 ms while running: its peak."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.before = _rss(pid)
        self.peak = self.before
        self._task = asyncio.create_task(self._sample())

    async def _sample(self) -> None:
        while True:
            self.peak = max(self.peak, _rss(self.pid))
            await asyncio.sleep(0.02)

    async def stop(self) -> str:
        self._task.cancel()
        self.peak = max(self.peak, _rss(self.pid))
        return f"RSS {self.before / MIB:.0f} MiB before, peak {self.peak / MIB:.0f} MiB (+{(self.peak - self.before) / MIB:.0f})"


async def _verify_loop(stub: Any, metadata: Any, deadline: float, done: Counter[str]) -> None:
    from pdpgateway.v1 import archive_service_pb2 as apb

    while time.perf_counter() < deadline:
        try:
            await stub.VerifyArchive(apb.VerifyArchiveRequest(), metadata=metadata, timeout=600)
            done["verified"] += 1
        except grpc.aio.AioRpcError as exc:
            done[exc.code().name] += 1
            await asyncio.sleep(_retry_delay(exc) if exc.code() is grpc.StatusCode.RESOURCE_EXHAUSTED else 1)


async def _replays(stub: Any, metadata: Any, deadline: float, events: int, done: Counter[str]) -> None:
    from pdpgateway.v1 import invoice_service_pb2 as svc

    while time.perf_counter() < deadline:
        call = stub.WatchInvoiceEvents(svc.WatchInvoiceEventsRequest(after_event_id=0), metadata=metadata)
        got = 0
        try:
            async for _ in call:
                got += 1
                done["events"] += 1
                if got == events or time.perf_counter() >= deadline:
                    break
            done["replays" if got == events else "cut at the phase's end"] += 1
        except grpc.aio.AioRpcError as exc:
            done[exc.code().name] += 1
            await asyncio.sleep(1)
        finally:
            call.cancel()


async def _export(stub: Any, metadata: Any, done: Counter[str]) -> None:
    from pdpgateway.v1 import archive_service_pb2 as apb

    started = time.perf_counter()
    async for chunk in stub.ExportArchive(apb.ExportArchiveRequest(), metadata=metadata, timeout=1800):
        done["MiB"] += len(chunk.data)
    done["MiB"] //= MIB
    done["seconds"] = round(time.perf_counter() - started)


async def _main() -> None:
    from pdpgateway.v1 import archive_service_pb2_grpc as apb_grpc
    from pdpgateway.v1 import invoice_service_pb2 as svc
    from pdpgateway.v1 import invoice_service_pb2_grpc as svc_grpc
    from tests.random_refs import random_siren

    seconds = float(os.environ.get("BENCH_SECONDS", "20"))
    docs, large = int(os.environ.get("BENCH_DOCS", "2000")), int(os.environ.get("BENCH_LARGE", "8"))
    large_mib, events = (
        int(os.environ.get("BENCH_LARGE_MIB", "8")),
        int(os.environ.get("BENCH_EVENTS", "9800")),
    )
    streams = int(os.environ.get("BENCH_STREAMS", "32"))
    async with AsyncExitStack() as stack:
        dsn, pool = await gateway.bench_database(stack)
        a, b = random_siren(), random_siren()
        auth_a, auth_b = await gateway.authorizations(pool, [a, b])
        loaded = time.perf_counter()
        archived = await _archive(pool, a, docs, large, large_mib)
        port, _, pid = gateway.start_gateway(stack, dsn, 1)
        await gateway._wait_listening(port, 1)
        channel = await stack.enter_async_context(gateway._channel(port))
        submit = channel.unary_unary(
            SUBMIT, request_serializer=lambda r: r, response_deserializer=svc.SubmitInvoiceResponse.FromString
        )
        payload_a, payload_b = gateway._invoices([a, b], 2)
        await submit(payload_a, metadata=auth_a, timeout=30)
        invoice_b = (await submit(payload_b, metadata=auth_b, timeout=30)).invoice.id
        await _events(pool, a, events)
        print(
            f"A: {docs + large} documents ({archived / MIB:.0f} MiB, {large} of {large_mib} MiB), {events} events;"
            f" loaded in {time.perf_counter() - loaded:.0f} s; {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f};"
            f" {seconds:.0f} s a phase",
            flush=True,
        )
        archive = apb_grpc.ArchiveServiceStub(channel)
        invoices = svc_grpc.InvoiceServiceStub(channel)
        probe = [str(port), auth_b[0][1], invoice_b, str(seconds)]

        async def phase(name: str, load: Any = None) -> dict[str, Any]:
            done: Counter[str] = Counter()
            cpu, sampler = _cpu_seconds(pid), Sampler(pid)
            deadline = time.perf_counter() + seconds
            work = [] if load is None else [asyncio.ensure_future(load(deadline, done))]
            await asyncio.sleep(1 if work else 0)  # the load under way
            found = await _probe(name, *probe)
            await asyncio.gather(*work)
            found.update(done=dict(done), cpu=_cpu_seconds(pid) - cpu, memory=await sampler.stop())
            return found

        alone = await phase("B alone")
        results = [
            alone,
            await phase("B beside A's VerifyArchive loop", functools.partial(_verify_loop, archive, auth_a)),
            await phase(
                f"B beside {streams} of A's replays",
                lambda deadline, done: asyncio.gather(
                    *(_replays(invoices, auth_a, deadline, events, done) for _ in range(streams))
                ),
            ),
            await phase("B beside one ExportArchive of A", lambda _, done: _export(archive, auth_a, done)),
        ]
        for r in results:
            print(
                f"{r['name']:<36} p50 {r['p50']:7.1f} ms ({r['p50'] / alone['p50']:4.1f}x)"
                f"  p99 {r['p99']:7.1f} ms ({r['p99'] / alone['p99']:4.1f}x)  max {r['max']:7.1f} ms"
                f"  n={r['n']} {r['codes']}\n    A: {r['done']}; server CPU {r['cpu']:.1f} s; {r['memory']}",
                flush=True,
            )


async def _probe(name: str, *args: str) -> dict[str, Any]:
    """B's calls, from a process of its own (its own loop, as another client's)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.archive_neighbour_bench",
        "--probe",
        name,
        *args,
        env=gateway._env(),
        stdout=asyncio.subprocess.PIPE,
    )
    output, _ = await process.communicate()
    found: dict[str, Any] = json.loads(output)
    return found


async def _probe_calls(name: str, port: str, authorization: str, invoice_id: str, seconds: str) -> None:
    """GetInvoice of B's invoice every 20 ms for `seconds`: its latencies, as JSON."""
    from pdpgateway.v1 import invoice_service_pb2 as svc
    from pdpgateway.v1 import invoice_service_pb2_grpc as svc_grpc

    calls = Calls()
    metadata = (("authorization", authorization),)
    async with gateway._channel(int(port)) as channel:
        stub = svc_grpc.InvoiceServiceStub(channel)
        request = svc.GetInvoiceRequest(invoice_id=invoice_id)
        deadline = time.perf_counter() + float(seconds)
        while time.perf_counter() < deadline:
            await calls.make(stub.GetInvoice(request, metadata=metadata, timeout=60))
            await asyncio.sleep(0.02)
    lat = calls.latencies
    print(
        json.dumps(
            {
                "name": name,
                "n": len(lat),
                "p50": _ms(lat, 0.5),
                "p99": _ms(lat, 0.99),
                "max": max(lat, default=0) * 1000,
                "codes": dict(calls.codes),
            }
        )
    )


def run() -> None:
    asyncio.run(_main())


if __name__ == "__main__":
    asyncio.run(_probe_calls(*sys.argv[2:]) if sys.argv[1:2] == ["--probe"] else _main())
