"""The read of a received invoice without its attachments (`PgReception.locked`: SetBuyerStatus, RecordPaymentSent;
and the invoices a credit note names), on an embedded PostgreSQL: one invoice carrying a PDF of BENCH_PDF_MB
(default 5) random MB in BG-24, stored twice: as before migration 0900 (the attachments inside `content`, dropped by
`content - 'attachments'` at each read) and as now (in their own column, `content` read alone).

Figures, each the best of 3 rounds of 20 reads, one at a time: ms of wall time per read and this process's CPU µs per
read, for each storage, and their ratio (same run, same database); and GetReceivedInvoice's read with the attachments
(`PgReception.get`), of the row as stored before 0900 (base64 in the content) and as now (bytes apart, 0901).

Run: `PYTHONPATH=src:. python -m bench.received_read_bench`.
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from contextlib import AsyncExitStack
from datetime import UTC, datetime
from typing import Any

ROUNDS = 3
READS = 20


async def _best(read: Any) -> tuple[float, float]:
    wall, cpu = float("inf"), float("inf")
    for _ in range(ROUNDS):
        started, cpu_started = time.perf_counter(), time.process_time()
        for _ in range(READS):
            await read()
        wall = min(wall, (time.perf_counter() - started) / READS * 1e3)
        cpu = min(cpu, (time.process_time() - cpu_started) / READS * 1e6)
    return wall, cpu


async def _run() -> dict[str, float]:
    from adapters.postgres.reception_repository import PgReception
    from bench.grpc_bench import bench_database
    from domain.document_file import DocumentFile
    from domain.invoice import Attachment
    from domain.reception import ReceivedInvoice
    from domain.serialization import invoice_to_dict
    from domain.totals import compute_totals
    from tests.builders import a_seller, an_invoice
    from tests.random_refs import random_siren

    size = int(float(os.environ.get("BENCH_PDF_MB", "5")) * (1 << 20))
    company = random_siren()
    pdf = b"%PDF" + os.urandom(size)
    attached = (Attachment("R1", "LISIBLE", content=pdf, mime_code="application/pdf", filename="f.pdf"),)
    parsed = compute_totals(an_invoice(seller=a_seller(random_siren()), attachments=attached))

    def received() -> ReceivedInvoice:
        return ReceivedInvoice.receive(
            at=datetime.now(UTC),
            id=str(uuid.uuid4()),
            company_siren=company,
            platform="iopole",
            platform_invoice_id=f"p-{uuid.uuid4()}",
            document=DocumentFile("application/xml", "f.xml", "d" * 64, b"<Invoice/>"),
            valid=True,
            syntax="UBL",
            number=parsed.number,
            invoice=parsed,
        )

    before, now = received(), received()
    async with AsyncExitStack() as stack:
        _, pool = await bench_database(stack)
        async with pool.acquire() as conn:
            reception = PgReception(conn)
            for invoice in (before, now):
                assert await reception.add(invoice, None)
            await conn.execute(  # `before` as stored until migration 0900: base64 attachments in its content
                """UPDATE received_invoices SET content = $2, attachments = NULL, attachment_contents = NULL
                    WHERE id = $1""",
                uuid.UUID(before.id),
                invoice_to_dict(parsed),
            )
            old_sql = (
                "SELECT content - 'attachments' AS content FROM received_invoices WHERE id = $1 FOR UPDATE"
            )
            new_sql = "SELECT content FROM received_invoices WHERE id = $1 FOR UPDATE"
            old_value = await conn.fetchval(old_sql, uuid.UUID(before.id))
            assert old_value == await conn.fetchval(new_sql, uuid.UUID(now.id))  # the same answer

            async def old() -> None:
                async with conn.transaction():
                    await conn.fetchval(old_sql, uuid.UUID(before.id))

            async def new() -> None:
                async with conn.transaction():
                    await conn.fetchval(new_sql, uuid.UUID(now.id))

            async def locked() -> None:
                async with conn.transaction():
                    await reception.locked(company, now.id)

            async def got(invoice: ReceivedInvoice) -> None:
                read = await reception.get(company, invoice.id)
                assert read is not None and read.invoice == parsed

            old_wall, old_cpu = await _best(old)
            new_wall, new_cpu = await _best(new)
            locked_wall, locked_cpu = await _best(locked)
            # GetReceivedInvoice's read, with the attachments: base64 in JSON before, bytes now (0901)
            got_before_wall, got_before_cpu = await _best(lambda: got(before))
            got_now_wall, got_now_cpu = await _best(lambda: got(now))
    figures = {
        "pdf_mb": size / (1 << 20),
        "inside_content_ms": old_wall,
        "apart_ms": new_wall,
        "ratio": old_wall / new_wall,
        "inside_content_cpu_us": old_cpu,
        "apart_cpu_us": new_cpu,
        "locked_with_history_ms": locked_wall,
        "locked_with_history_cpu_us": locked_cpu,
        "get_base64_in_content_ms": got_before_wall,
        "get_bytes_apart_ms": got_now_wall,
        "get_base64_in_content_cpu_us": got_before_cpu,
        "get_bytes_apart_cpu_us": got_now_cpu,
    }
    print(
        f"  a received invoice carrying a {figures['pdf_mb']:.0f} MB PDF, read without it (best of {ROUNDS} x {READS}):"
    )
    print(
        f"  attachments inside content (before 0900): {old_wall:.2f} ms, {old_cpu:.0f} µs of this process's CPU"
    )
    print(f"  attachments apart (0900): {new_wall:.2f} ms, {new_cpu:.0f} µs; ratio {figures['ratio']:.1f}x")
    print(f"  PgReception.locked (with its history): {locked_wall:.2f} ms, {locked_cpu:.0f} µs")
    print(
        f"  PgReception.get, the attachments too: base64 in the content {got_before_wall:.2f} ms,"
        f" {got_before_cpu:.0f} µs; bytes apart (0901) {got_now_wall:.2f} ms, {got_now_cpu:.0f} µs"
    )
    return figures


def run() -> dict[str, float]:
    return asyncio.run(_run())


if __name__ == "__main__":
    run()
