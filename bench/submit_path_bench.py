"""The CPU of SubmitInvoice's in-process steps, one by one, for the gRPC bench's 10-line invoice (no server, no
database): what the gateway spends per call above gRPC's own server and asyncpg's round trip.

Steps, each timed alone over the same requests (µs per call, CPU time of this process, best of 3 rounds):
parse (SubmitInvoiceRequest.FromString), mapping (invoice_from_proto), fingerprint (invoice_fingerprint with the
production canonical text), accept (the use case's totals, rules and aggregate, fingerprint reused), row
(new_invoice_row: the group commit's encoding), response (BASIC view, serialized), and all of them in one pass
as the submitting task runs them (one `reusing_encodings` block). With BENCH_DB=1, on an embedded PostgreSQL
(this process's CPU only, PostgreSQL's own time excluded): `insert_new_invoices` per invoice (asyncpg's encoding and
protocol), batches of BENCH_DB_BATCH (default 2, as the gRPC bench's group commits at c=32); and "use case": the
servicer's work without gRPC (parse, InvoiceUseCases.submit through the group-commit writer, response), 32
submissions at a time on uvloop, as the gateway's event loop runs them.

Run: `PYTHONPATH=src:. python -m bench.submit_path_bench` (BENCH_SECONDS per step, default 1).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def _requests(count: int) -> list[bytes]:
    from bench.grpc_bench import _invoices
    from tests.random_refs import random_siren

    return _invoices([random_siren()], count)


class _Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def _per_call(step: Callable[[int], Any], count: int, seconds: float) -> float:
    """µs of CPU per call of `step(n)`, n over range(count), best of 3 rounds of about seconds / 3."""
    best = float("inf")
    for _ in range(3):
        calls, cpu_started, deadline = 0, time.process_time(), time.perf_counter() + seconds / 3
        while time.perf_counter() < deadline:
            for n in range(count):
                step(n)
            calls += count
        best = min(best, (time.process_time() - cpu_started) / calls * 1e6)
    return best


def run() -> dict[str, float]:
    from adapters.json_text import canonical_json
    from adapters.postgres.invoice_repository import new_invoice_row
    from domain.rules import validate_invoice
    from domain.serialization import invoice_fingerprint, reusing_encodings
    from pdpgateway.v1 import invoice_pb2 as pb
    from pdpgateway.v1 import invoice_service_pb2 as svc
    from service.grpc.mapping import invoice_from_proto, outbound_to_proto
    from service.usecases.emission.invoices import SubmitInvoice, _accept, new_invoice_id

    seconds = float(os.environ.get("BENCH_SECONDS", "1"))
    count = 200
    payloads = _requests(count)
    requests = [svc.SubmitInvoiceRequest.FromString(p) for p in payloads]
    invoices = [invoice_from_proto(r.invoice) for r in requests]
    commands = [
        SubmitInvoice(i.seller.siren, r.request_id, i) for r, i in zip(requests, invoices, strict=True)
    ]
    prints = [invoice_fingerprint(i, canonical_json) for i in invoices]
    clock = _Clock()
    accepted = [
        _accept(c, f, validate_invoice, clock, new_invoice_id) for c, f in zip(commands, prints, strict=True)
    ]

    def response(o: Any) -> bytes:
        return svc.SubmitInvoiceResponse(
            invoice=outbound_to_proto(o, pb.INVOICE_VIEW_BASIC)
        ).SerializeToString()

    def whole(n: int) -> None:
        request = svc.SubmitInvoiceRequest.FromString(payloads[n])
        invoice = invoice_from_proto(request.invoice)
        cmd = SubmitInvoice(invoice.seller.siren, request.request_id, invoice)
        with reusing_encodings():
            outbound = _accept(
                cmd, invoice_fingerprint(cmd.invoice, canonical_json), validate_invoice, clock, new_invoice_id
            )
            new_invoice_row(outbound)
        response(outbound)

    steps: dict[str, Callable[[int], Any]] = {
        "parse": lambda n: svc.SubmitInvoiceRequest.FromString(payloads[n]),
        "mapping": lambda n: invoice_from_proto(requests[n].invoice),
        "fingerprint": lambda n: invoice_fingerprint(invoices[n], canonical_json),
        "accept": lambda n: _accept(commands[n], prints[n], validate_invoice, clock, new_invoice_id),
        "validate": lambda n: validate_invoice(accepted[n].invoice),
        "row": lambda n: new_invoice_row(accepted[n]),
        "response": lambda n: response(accepted[n]),
        "whole": whole,
    }
    figures = {name: round(_per_call(step, count, seconds), 1) for name, step in steps.items()}
    if os.environ.get("BENCH_DB") == "1":
        figures["insert_new_invoices"] = round(asyncio.run(_insert_cpu(seconds)), 1)
        from service.wiring.event_loop import run as run_loop

        figures["use case (c=32)"] = round(run_loop(_use_case_cpu(seconds)), 1)
    print(
        f"SubmitInvoice in-process steps, 10-line invoice, µs of CPU per call ({os.cpu_count()} CPUs,"
        f" load {os.getloadavg()[0]:.2f}):"
    )
    for name, value in figures.items():
        print(f"  {name:<20} {value:8.1f}")
    return figures


@contextlib.asynccontextmanager
async def _database(min_size: int, max_size: int) -> AsyncIterator[Any]:
    """A migrated pool on a throwaway database (DATABASE_URL's server when set, else an embedded one)."""
    from adapters.postgres.embedded import database_dsn
    from adapters.postgres.pool import init_pool

    with tempfile.TemporaryDirectory(prefix="pdpg-submit-bench-") as tmp:
        dsn_gen = database_dsn(
            os.environ.get("DATABASE_URL", ""), Path(tmp) / "pgdata", "pdp_gateway_submit_bench"
        )
        dsn = await anext(dsn_gen)
        try:
            pool_gen = init_pool(dsn, min_size=min_size, max_size=max_size)
            try:
                yield await anext(pool_gen)
            finally:
                await pool_gen.aclose()
        finally:
            await dsn_gen.aclose()


async def _insert_cpu(seconds: float) -> float:
    """This process's CPU per invoice written by `insert_new_invoices` (rows encoded beforehand)."""
    from adapters.postgres.invoice_repository import insert_new_invoices, new_invoice_row
    from domain.rules import validate_invoice
    from domain.serialization import invoice_fingerprint
    from pdpgateway.v1 import invoice_service_pb2 as svc
    from service.grpc.mapping import invoice_from_proto
    from service.usecases.emission.invoices import SubmitInvoice, _accept, new_invoice_id

    batch = int(os.environ.get("BENCH_DB_BATCH", "2"))
    count = max(600, int(seconds * 2000))
    rows = []
    for payload in _requests(count):
        request = svc.SubmitInvoiceRequest.FromString(payload)
        invoice = invoice_from_proto(request.invoice)
        cmd = SubmitInvoice(invoice.seller.siren, request.request_id, invoice)
        rows.append(
            new_invoice_row(
                _accept(cmd, invoice_fingerprint(invoice), validate_invoice, _Clock(), new_invoice_id)
            )
        )
    async with _database(1, 1) as pool, pool.acquire() as conn:
        await insert_new_invoices(conn, rows[:batch])  # warm-up: statement prepared
        cpu_started = time.process_time()
        for k in range(batch, count - batch + 1, batch):
            await insert_new_invoices(conn, rows[k : k + batch])
        written = (count - batch) // batch * batch
        return (time.process_time() - cpu_started) / written * 1e6


async def _use_case_cpu(seconds: float, concurrency: int = 32) -> float:
    """This process's CPU per SubmitInvoice handled as the servicer does, minus gRPC, `concurrency` at a time."""
    from adapters.json_text import canonical_json
    from adapters.postgres.notifier import PgNotifier
    from adapters.postgres.submission_writer import PgSubmissionWriter
    from adapters.postgres.uow import PgUnitOfWork
    from domain.rules import validate_invoice
    from pdpgateway.v1 import invoice_pb2 as pb
    from pdpgateway.v1 import invoice_service_pb2 as svc
    from service.grpc.mapping import invoice_from_proto, outbound_to_proto
    from service.usecases.emission.bindings import InvoiceUseCases

    payloads = _requests(max(2000, int(seconds * 3000)))
    siren = invoice_from_proto(svc.SubmitInvoiceRequest.FromString(payloads[0]).invoice).seller.siren
    async with _database(2, 4) as pool:
        notifier = PgNotifier(pool)
        writer = PgSubmissionWriter(pool, notifier=notifier)
        await writer.start()
        cases = InvoiceUseCases(
            uow_factory=lambda: PgUnitOfWork(pool, notifier=notifier),
            clock=_Clock(),
            validator=validate_invoice,
            feed=None,  # type: ignore[arg-type]
            group_commit=writer,
            canonical_text=canonical_json,
        )

        async def call(payload: bytes) -> bytes:
            request = svc.SubmitInvoiceRequest.FromString(payload)
            invoice = invoice_from_proto(request.invoice)
            stored = await cases.submit(siren, request.request_id, invoice)
            return svc.SubmitInvoiceResponse(
                invoice=outbound_to_proto(stored, pb.INVOICE_VIEW_BASIC)
            ).SerializeToString()

        pending = iter(payloads)

        async def worker() -> None:
            for payload in pending:
                await call(payload)

        await asyncio.gather(*(call(p) for p in payloads[:32]))  # warm-up
        pending = iter(payloads[32:])
        cpu_started = time.process_time()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        cpu = time.process_time() - cpu_started
        await writer.stop()
        return cpu / (len(payloads) - 32) * 1e6


if __name__ == "__main__":
    run()
