"""What the audit trail costs the batched writes: each batch timed with and without its audit entries, in one run
on one database, the two variants interleaved round by round, so the figure is a same-run ratio.

- submit: `insert_new_invoices`, the group commit's batch of new invoices (one statement: invoices, lines, the
  SUBMITTED events, outbox rows and one audit entry per event, numbered and sealed by `audit_log_append` under the
  companies' locks). Without: the same statement with no entries in its rows, as before the audit trail.
- sending: the send journal's SENDING batch (`PgSendJournal`'s one statement: leases, submissions, invoices, events
  and their audit entries, appended by `audit_log_append`). Without: the same statement with no entries (its last
  parameter, `event_arguments`'), as before the audit trail.

Batches of BENCH_AUDIT_BATCHES (default 1,16,64) invoices, each of its own company (the worst case: one chain head
per invoice), BENCH_AUDIT_ROUNDS rounds per variant (default 12; median wall time per batch). Then "long chain":
submit batches of 16 invoices of one company whose chain already holds BENCH_AUDIT_CHAIN entries (default 100,000:
a large seller after a few months), so the cost of finding a chain's head is seen. Figures: invoices per second with
and without, the ratio, and the extra milliseconds per audit entry.

Run: `PYTHONPATH=src:. python -m bench.audit_bench` (DATABASE_URL's server when set, else an embedded one).
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

_AT = datetime(2026, 9, 1, tzinfo=UTC)


def _sizes() -> list[int]:
    return [int(n) for n in os.environ.get("BENCH_AUDIT_BATCHES", "1,16,64").split(",")]


def _new_rows(count: int, seller: str = "", *, audited: bool = True) -> list[Any]:
    """`count` new invoices as the group commit writes them: each of its own company, or all of `seller`'s; not
    `audited`, without their audit entries (measurement only)."""
    from adapters.postgres.invoice_repository import new_invoice_row
    from domain.emission import OutboundInvoice
    from tests.builders import a_seller, an_invoice
    from tests.random_refs import french_vat_key, random_siren

    rows = []
    for _ in range(count):
        company = seller or random_siren()
        invoice = an_invoice(lines=10, seller=a_seller(company, french_vat_key(company)))
        outbound = OutboundInvoice.submit(
            id=str(uuid.uuid4()),
            company_siren=company,
            request_id=uuid.uuid4().hex,
            request_hash="0" * 64,
            invoice=invoice,
            at=_AT,
        )
        row = new_invoice_row(outbound)
        if not audited:
            text = json.loads(row.text)
            row = replace(row, text=json.dumps({**text, "audit": []}))
        rows.append(row)
    return rows


async def _sending_moves(pool: Any, count: int) -> list[Any]:
    """`count` SENDING moves as the send step hands them to the journal: each invoice READY, its send row leased."""
    from adapters.postgres.send_journal import SendMove
    from adapters.postgres.transmissions import PgPipelineUnitOfWork
    from domain.emission import ProcessingState
    from domain.pipeline_ports import OutboxKind
    from tests.support.outbox_rows import invoice_with_row, send_message, submission_record

    moves = []
    for _ in range(count):
        invoice_id, company, row_id = await invoice_with_row(pool, OutboxKind.SEND, "bench")
        async with PgPipelineUnitOfWork(pool) as uow:
            invoice = await uow.invoices.get(company, invoice_id)
        assert invoice is not None
        moved = replace(invoice, events=[], state=ProcessingState.READY, document_sha256="a" * 64)
        moved.start_upload(_AT, upload=1, sha256="a" * 64)
        moves.append(
            SendMove(
                moved,
                invoice.version,
                submission_record(invoice_id, company),
                send_message(row_id, invoice_id, company),
                "bench",
                lease_s=120,
            )
        )
    return moves


async def _timed(write: Callable[[], Awaitable[object]]) -> float:
    started = time.perf_counter()
    await write()
    return time.perf_counter() - started


async def _compare(
    batches: Sequence[tuple[Callable[[], Awaitable[object]], Callable[[], Awaitable[object]]]], size: int
) -> dict[str, float]:
    """Each (with, without) pair of batch writes timed in turn, the order alternating from one round to the next."""
    with_s: list[float] = []
    without_s: list[float] = []
    for k, (audited, bare) in enumerate(batches):
        if k % 2:
            without_s.append(await _timed(bare))
            with_s.append(await _timed(audited))
        else:
            with_s.append(await _timed(audited))
            without_s.append(await _timed(bare))
    w, wo = statistics.median(with_s), statistics.median(without_s)
    return {
        "with_per_s": round(size / w, 1),
        "without_per_s": round(size / wo, 1),
        "ratio": round(w / wo, 3),
        "extra_ms_per_entry": round((w - wo) * 1000 / size, 3),
    }


async def _submit(pool: Any, size: int, rounds: int, seller: str = "") -> dict[str, float]:
    from adapters.postgres.invoice_repository import insert_new_invoices

    async with pool.acquire() as conn:
        await insert_new_invoices(conn, _new_rows(size, seller))  # warm-up: statement prepared
        batches = []
        for _ in range(rounds):
            audited, bare = _new_rows(size, seller), _new_rows(size, seller, audited=False)
            batches.append(
                (
                    lambda rows=audited: insert_new_invoices(conn, rows),
                    lambda rows=bare: insert_new_invoices(conn, rows),
                )
            )
        return await _compare(batches, size)


async def _sending(pool: Any, size: int, rounds: int) -> dict[str, float]:
    from adapters.postgres.send_journal import _SENDING, PgSendJournal, _arguments

    batches = []
    async with pool.acquire() as conn:
        for _ in range(rounds + 1):
            audited, bare = await _sending_moves(pool, size), await _sending_moves(pool, size)

            async def with_audit(moves: list[Any] = audited) -> None:
                written = await PgSendJournal._write(conn, _SENDING, moves)
                assert len(written) == len(moves), "a move was not written"

            async def without(moves: list[Any] = bare) -> None:
                written = await conn.fetch(_SENDING, *_arguments(moves)[:-1], "[]")
                assert len(written) == len(moves), "a move was not written"

            batches.append((with_audit, without))
        first_with, first_without = batches.pop(0)  # warm-up: statements prepared
        await first_with()
        await first_without()
        return await _compare(batches, size)


async def _long_chain(pool: Any, entries: int) -> str:
    """A company whose audit chain already holds `entries` entries, appended as the gateway does."""
    from adapters.postgres.audit_log import PgAuditLog
    from domain.archive_ports import AuditEvent
    from tests.random_refs import random_siren

    company = random_siren()
    for start in range(0, entries, 5000):
        async with pool.acquire() as conn, conn.transaction():
            await PgAuditLog(conn).append_all(
                [
                    (company, AuditEvent("invoice.status", "invoice", str(uuid.uuid4()), {"n": n}), _AT)
                    for n in range(start, min(start + 5000, entries))
                ]
            )
    async with pool.acquire() as conn:
        await conn.execute("ANALYZE audit_log")
    return company


async def _bench() -> dict[str, Any]:
    from bench.submit_path_bench import _database

    rounds = int(os.environ.get("BENCH_AUDIT_ROUNDS", "12"))
    chain = int(os.environ.get("BENCH_AUDIT_CHAIN", "100000"))
    figures: dict[str, Any] = {"rounds": rounds, "load_1min": round(os.getloadavg()[0], 2)}
    async with _database(2, 4) as pool:
        for size in _sizes():
            figures[f"submit batch {size}"] = await _submit(pool, size, rounds)
            figures[f"sending batch {size}"] = await _sending(pool, size, rounds)
        if chain:
            seller = await _long_chain(pool, chain)
            figures[f"submit 16, {chain:,} chain"] = await _submit(pool, 16, rounds, seller)
        async with pool.acquire() as conn:
            figures["server"] = await conn.fetchval("SHOW server_version")
    return figures


def run() -> dict[str, Any]:
    figures = asyncio.run(_bench())
    print(
        f"audit entries' cost per batch write, PostgreSQL {figures['server']}, {os.cpu_count()} CPUs,"
        f" load {figures['load_1min']}, median of {figures['rounds']} rounds (same-run, interleaved):"
    )
    print(f"  {'batch':<26} {'with /s':>9} {'without /s':>11} {'time ratio':>11} {'ms/entry':>9}")
    for key, f in figures.items():
        if isinstance(f, dict):
            print(
                f"  {key:<26} {f['with_per_s']:>9.1f} {f['without_per_s']:>11.1f} {f['ratio']:>11.3f}"
                f" {f['extra_ms_per_entry']:>9.3f}"
            )
    return figures


if __name__ == "__main__":
    run()
