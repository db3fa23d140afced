"""The books of one invoice that BENCH_NOTES credit notes name (default "1,100,1000"), all with its buyer, on an
embedded PostgreSQL: what GetInvoice's books read (`emission.payments.invoice_books`) and what a further credit note's
submission reads for PAY-CREDIT-EXCEEDS (`emission.payments.credit_note_findings`), in ms per call (wall, one at a
time, the best of 3 rounds of 20 calls), and the rows the credit notes' read returns.

Half the credit notes are alike (one rate, the invoice's date), the others differ in what decides their credit (a
second rate, no date, another currency, several invoices named): the read gathers alike ones, so it returns as
many rows as there are kinds of credit notes, not one per credit note. BENCH_DISTINCT=1: each a kind of its own
(each names the invoice and another, a rebate: the worst case, every kind's first note read whole).

Run: `PYTHONPATH=src:. python -m bench.credit_notes_per_invoice_bench`.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import replace
from datetime import date
from typing import Any

ROUNDS, CALLS = 3, 20


async def _best(call: Callable[[], Awaitable[Any]]) -> float:
    """ms of wall time per call, the best round of ROUNDS."""
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(CALLS):
            await call()
        best = min(best, (time.perf_counter() - started) / CALLS * 1e3)
    return best


async def _run() -> dict[str, float]:
    from adapters.postgres.transmissions import PgPipelineUnitOfWork
    from bench.credit_note_read_bench import submit_cases
    from domain.document_types import DocumentType
    from domain.identifiers import french_vat_number
    from domain.invoice import Identifier, PrecedingInvoice
    from service.usecases.emission.payments import credit_note_findings, invoice_books
    from tests.builders import a_line, a_seller, an_invoice
    from tests.random_refs import random_siren

    sizes = [int(n) for n in os.environ.get("BENCH_NOTES", "1,100,1000").split(",")]
    distinct = os.environ.get("BENCH_DISTINCT") == "1"
    figures: dict[str, float] = {}
    async with AsyncExitStack() as stack:
        pool, cases_with = await submit_cases(stack)
        cases = cases_with(False)
        for size in sizes:
            siren = random_siren()
            seller = replace(
                a_seller(siren), vat_id=french_vat_number(siren), electronic_address=Identifier(siren, "0225")
            )
            invoice = an_invoice(seller=seller, number="F-1").evolve(
                lines=(a_line("1", "1000", "100.00", "20"), a_line("2", "1000", "100.00", "5.5"))
            )
            stored = await cases.submit(siren, "inv", invoice)
            named = PrecedingInvoice("F-1", invoice.issue_date)

            def note(n: int, inv: Any = invoice, named: PrecedingInvoice = named) -> Any:
                kinds = [
                    {"lines": (a_line("1", "1", "1.00", "20"),)},
                    {"lines": (a_line("1", "1", "1.00", "20"), a_line("2", "1", "1.00", "5.5"))},
                    {
                        "lines": (a_line("1", "1", "1.00", "20"),),
                        "preceding": (replace(named, issue_date=date(2026, 1, 2)),),
                    },
                    {"lines": (a_line("1", "1", "1.00", "10"),)},
                    {
                        "lines": (a_line("1", "1", "1.00", "20"),),
                        "preceding": (named, replace(named, number="F-2")),
                    },
                ]
                kind = kinds[0] if n % 2 == 0 else kinds[1 + n // 2 % 4]
                if distinct:  # a kind of its own each: F and another invoice named (PAY-CREDIT-SEVERAL)
                    kind = {**kinds[4], "preceding": (named, replace(named, number=f"G-{n}"))}
                return inv.evolve(
                    number=f"AV-{n}",
                    type_code=DocumentType.CREDIT_NOTE,
                    preceding_invoices=kind.get("preceding", (named,)),
                    currency=kind.get("currency", "EUR"),
                    lines=kind["lines"],
                )

            await asyncio.gather(*(cases.submit(siren, f"av-{n}", note(n)) for n in range(size)))
            # with its buyer, and they with theirs, as the books count them
            await pool.execute("UPDATE invoices SET state = 'SENT' WHERE company_siren = $1", siren)
            async with PgPipelineUnitOfWork(pool) as uow:
                rows = len(alike_rows(await uow.payments.credit_notes(siren, "F-1")))
                current = await uow.invoices.get(siren, stored.id)
            books = await invoice_books(siren, current, uow=PgPipelineUnitOfWork(pool))
            print(
                f"  {size} credit notes: {rows} rows read; credited {books.credited}, unapplied {books.unapplied[:90]}…"
            )

            async def read_books(siren: str = siren, invoice_id: str = stored.id) -> None:
                uow = PgPipelineUnitOfWork(pool)
                async with uow:
                    current = await uow.invoices.get(siren, invoice_id)
                await invoice_books(siren, current, uow=PgPipelineUnitOfWork(pool))

            async def exceeds(siren: str = siren, n: int = size) -> None:
                await credit_note_findings(siren, note(2 * n), uow_factory=lambda: PgPipelineUnitOfWork(pool))

            figures[f"{size} notes: books read (GetInvoice), ms"] = await _best(read_books)
            figures[f"{size} notes: PAY-CREDIT-EXCEEDS read at submit, ms"] = await _best(exceeds)
            figures[f"{size} notes: rows read"] = rows
    return figures


def alike_rows(naming: Any) -> Any:
    """The rows the credit notes' read returned: one per credit note before session 18, one per kind since."""
    return naming.kinds if hasattr(naming, "kinds") else naming


def shown(title: str, figures: dict[str, float]) -> dict[str, float]:
    """`figures` printed under `title`, with the machine's CPUs and load."""
    print(f"{title} ({os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}):")
    for name, value in figures.items():
        print(f"  {name:<55} {value:8.2f}")
    return figures


def run() -> dict[str, float]:
    from service.wiring.event_loop import run as run_loop

    return shown("An invoice's credit notes read", run_loop(_run()))


if __name__ == "__main__":
    run()
