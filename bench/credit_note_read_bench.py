"""The read of the books a credit note's submission makes (`emission.payments.credit_note_findings`: is the one
invoice it names replaced by a corrective invoice? PAY-CREDIT-REPLACED), on an embedded PostgreSQL holding
BENCH_INVOICES invoices (default 1000) of one seller.

Figures, each the best of 3 rounds: the read alone (ms per call, wall, one at a time; and this process's CPU µs
per call, 32 at a time), and SubmitInvoice's use case for a credit note naming one of those invoices, one at a
time, with the read (as wired) and without it (`books_uow_factory=None`): the difference is what a credit note's
submission pays for it. An invoice (not a credit note) makes no read.

Run: `PYTHONPATH=src:. python -m bench.credit_note_read_bench`.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import AsyncExitStack
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

ROUNDS = 3


class _Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)


async def _best(calls: int, concurrency: int, call: Callable[[int], Awaitable[Any]]) -> tuple[float, float]:
    """(ms of wall time per call, µs of this process's CPU per call), the best round of ROUNDS."""
    wall, cpu = float("inf"), float("inf")
    offset = 0
    for _ in range(ROUNDS):
        numbers = iter(range(offset, offset + calls))
        offset += calls

        async def worker(numbers: Iterator[int] = numbers) -> None:
            for n in numbers:
                await call(n)

        started, cpu_started = time.perf_counter(), time.process_time()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = min(wall, (time.perf_counter() - started) / calls * 1e3 * concurrency)
        cpu = min(cpu, (time.process_time() - cpu_started) / calls * 1e6)
    return wall, cpu


async def submit_cases(stack: AsyncExitStack) -> tuple[Any, Callable[[bool], Any]]:
    """A migrated bench database (until `stack` closes) and SubmitInvoice's use cases on it, with the books' read at
    submit (`read`: PAY-CREDIT-REPLACED, PAY-CREDIT-EXCEEDS) or without it."""
    from adapters.json_text import canonical_json
    from adapters.postgres.notifier import PgNotifier
    from adapters.postgres.records_uow import PgRecordsUnitOfWork
    from adapters.postgres.submission_writer import PgSubmissionWriter
    from adapters.postgres.transmissions import PgPipelineUnitOfWork
    from adapters.postgres.uow import PgUnitOfWork
    from bench.grpc_bench import bench_database
    from domain.rules import validate_invoice
    from service.usecases.emission.bindings import InvoiceUseCases

    _, pool = await bench_database(stack)
    notifier = PgNotifier(pool)
    writer = PgSubmissionWriter(pool, notifier=notifier)
    await writer.start()
    stack.push_async_callback(writer.stop)

    def cases(read: bool) -> InvoiceUseCases:
        return InvoiceUseCases(
            uow_factory=lambda: PgUnitOfWork(pool, notifier=notifier),
            clock=_Clock(),
            validator=validate_invoice,
            feed=None,  # type: ignore[arg-type]
            records_uow_factory=lambda: PgRecordsUnitOfWork(pool),
            group_commit=writer,
            canonical_text=canonical_json,
            books_uow_factory=(lambda: PgPipelineUnitOfWork(pool)) if read else None,
        )

    return pool, cases


async def _run() -> dict[str, float]:
    from adapters.postgres.transmissions import PgPipelineUnitOfWork
    from domain.document_types import DocumentType
    from domain.identifiers import french_vat_number
    from domain.invoice import Identifier, PrecedingInvoice
    from service.usecases.emission.payments import credit_note_findings
    from tests.builders import a_seller, an_invoice
    from tests.random_refs import random_siren

    count = int(os.environ.get("BENCH_INVOICES", "1000"))
    siren = random_siren()
    seller = replace(
        a_seller(siren), vat_id=french_vat_number(siren), electronic_address=Identifier(siren, "0225")
    )
    invoice = an_invoice(lines=3, seller=seller)
    async with AsyncExitStack() as stack:
        pool, cases = await submit_cases(stack)

        def books() -> Any:
            return PgPipelineUnitOfWork(pool)

        plain = cases(read=False)
        await asyncio.gather(
            *(plain.submit(siren, f"inv-{n}", replace(invoice, number=f"F-{n}")) for n in range(count))
        )

        def note(n: int) -> Any:
            return replace(
                invoice,
                number=f"AV-{n}",
                type_code=DocumentType.CREDIT_NOTE,
                preceding_invoices=(PrecedingInvoice(f"F-{n % count}", invoice.issue_date),),
                lines=invoice.lines[:1],
            )

        calls = min(count, 200)
        figures: dict[str, float] = {}
        figures["read alone, c=1, ms"], _ = await _best(
            calls, 1, lambda n: credit_note_findings(siren, note(n), uow_factory=books)
        )
        _, figures["read alone, c=32, CPU µs"] = await _best(
            calls, 32, lambda n: credit_note_findings(siren, note(n), uow_factory=books)
        )
        # with and without the read in alternate rounds, so the machine's load falls on both alike
        both = {read: cases(read) for read in (True, False)}
        best: dict[bool, tuple[float, float]] = {True: (float("inf"),) * 2, False: (float("inf"),) * 2}
        for round_ in range(ROUNDS):
            for read, submitting in both.items():
                base = (round_ * 2 + read) * 10**5
                wall, cpu = await _best(
                    calls, 1, lambda n, s=submitting, b=base: s.submit(siren, f"av-{b + n}", note(b + n))
                )
                best[read] = (min(best[read][0], wall), min(best[read][1], cpu))
        for read, label in ((True, "with the read"), (False, "without it")):
            figures[f"credit note submit {label}, c=1, ms"], figures[f"... CPU µs ({label})"] = best[read]
        return figures


def run() -> dict[str, float]:
    from service.wiring.event_loop import run as run_loop

    figures = run_loop(_run())
    print(
        f"A credit note's read of the books at submit ({os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}):"
    )
    for name, value in figures.items():
        print(f"  {name:<45} {value:8.2f}")
    return figures


if __name__ == "__main__":
    run()
