"""A month's close on an embedded PostgreSQL: the books of a page of BENCH_PAGE documents (default 100: half
invoices each paid twice and credited by a credit note, half those credit notes), read as a finance team did before
session 19, one `GetInvoice` per document of the page (`InvoiceUseCases.get` then `PipelineUseCases.books`, what
the servicer calls), against one `ListInvoices` page carrying them (`InvoiceUseCases.list`: the page and its
books); then the same for the invoices we received (`ReceptionUseCases`). ms per close (wall, one call at a time),
the best of ROUNDS rounds, the two alternated in each round; the ratio is of the same run.

Run: `PYTHONPATH=src:. python -m bench.page_books_bench`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

ROUNDS = 5


async def _timed(call: Callable[[], Awaitable[Any]]) -> float:
    started = time.perf_counter()
    await call()
    return (time.perf_counter() - started) * 1e3


async def _run() -> dict[str, float]:
    from adapters.postgres.transmissions import PgPipelineUnitOfWork
    from bench.credit_note_read_bench import submit_cases
    from domain.document_types import DocumentType
    from domain.identifiers import french_vat_number
    from domain.invoice import Identifier, PrecedingInvoice
    from domain.payments import Payment
    from domain.ports import InvoiceFilter
    from service.usecases.emission.bindings import PipelineUseCases
    from tests.builders import a_line, a_seller, an_invoice
    from tests.fakes import FixedClock
    from tests.random_refs import random_siren

    size = int(os.environ.get("BENCH_PAGE", "100"))
    async with AsyncExitStack() as stack:
        pool, cases_with = await submit_cases(stack)
        cases = cases_with(True)
        pipeline = PipelineUseCases(uow_factory=lambda: PgPipelineUnitOfWork(pool), clock=FixedClock())
        siren = random_siren()
        seller = replace(
            a_seller(siren), vat_id=french_vat_number(siren), electronic_address=Identifier(siren, "0225")
        )
        ids = []
        for n in range(size // 2):
            invoice = an_invoice(seller=seller, number=f"F-{n}").evolve(
                lines=(a_line("1", "10", "100.00", "20"), a_line("2", "4", "50.00", "5.5"))
            )
            ids.append((await cases.submit(siren, f"inv-{n}", invoice)).id)
            note = invoice.evolve(
                number=f"AV-{n}",
                type_code=DocumentType.CREDIT_NOTE,
                preceding_invoices=(PrecedingInvoice(invoice.number, invoice.issue_date),),
                lines=(a_line("1", "1", "100.00", "20"),),
            )
            await cases.submit(siren, f"av-{n}", note)
        await pool.execute("UPDATE invoices SET state = 'SENT' WHERE company_siren = $1", siren)
        for n, invoice_id in enumerate(ids):
            for k, amount in enumerate(("300.00", "200.00")):
                payment = Payment(f"P-{n}-{k}", date(2026, 11, 2), Decimal(amount))
                await pipeline.record_payment(siren, invoice_id, payment)

        # the page's ids read once: a GetInvoice each is timed without the listing that found them (a listing now
        # reads its books too), so the ratio understates the old way's cost by one page's listing
        (listed, _) = await cases.list(siren, InvoiceFilter(), size, "")

        async def one_by_one() -> Any:
            return [await pipeline.books(siren, await cases.get(siren, i.id)) for i in listed.items]

        async def one_page() -> Any:
            return (await cases.list(siren, InvoiceFilter(), size, ""))[1]

        figures = await _compared("GetInvoice", "ListInvoices", size, one_by_one, one_page)
        figures.update(await _received(pool, size))
    return figures


async def _compared(
    get: str,
    listing: str,
    size: int,
    one_by_one: Callable[[], Awaitable[Any]],
    one_page: Callable[[], Awaitable[Any]],
) -> dict[str, float]:
    assert await one_by_one() == await one_page()  # the same books, to the cent
    before, after = float("inf"), float("inf")
    for _ in range(ROUNDS):
        before = min(before, await _timed(one_by_one))
        after = min(after, await _timed(one_page))
    return {
        f"{get} for each of a page of {size}, ms": before,
        f"one {listing} page of {size} with its books, ms": after,
        f"ratio ({get} each / one page)": before / after,
    }


async def _received(pool: Any, size: int) -> dict[str, float]:
    """The same close of our payables: BENCH_PAGE received documents, half invoices (120.00) each paid twice and
    credited by their seller's credit note, half those credit notes."""
    from adapters.postgres.reception_uow import PgReceptionUnitOfWork
    from domain.payments import Payment
    from domain.reception_ports import ReceivedFilter
    from service.usecases.reception import ReceptionUseCases
    from tests.builders import a_readable_received
    from tests.fakes import FixedClock
    from tests.random_refs import random_siren

    api = ReceptionUseCases(
        uow=lambda: PgReceptionUnitOfWork(pool),
        inbox=None,  # type: ignore[arg-type]  # no parked delivery read here
        clock=FixedClock(),
        render_page=lambda _invoice: b"",
    )
    company = random_siren()
    await pool.execute("INSERT INTO companies (siren) VALUES ($1)", company)
    async with PgReceptionUnitOfWork(pool) as uow:
        invoices = [a_readable_received(company, f"F-{n}", total="100.00") for n in range(size // 2)]
        for n, invoice in enumerate(invoices):
            await uow.received.add(invoice, None)
            await uow.received.add(
                a_readable_received(company, f"AV-{n}", names=f"F-{n}", total="10.00"), None
            )
        await uow.commit()
    for n, invoice in enumerate(invoices):
        for k, amount in enumerate(("30.00", "20.00")):
            await api.record_payment(
                company, invoice.id, Payment(f"P-{n}-{k}", date(2026, 11, 2), Decimal(amount))
            )

    (listed, _) = await api.list(company, ReceivedFilter(), size, "")  # as the issued side's

    async def one_by_one() -> Any:
        return [await api.books(company, (await api.get(company, r.id))[0]) for r in listed.items]

    async def one_page() -> Any:
        return list((await api.list(company, ReceivedFilter(), size, ""))[1])

    return await _compared("GetReceivedInvoice", "ListReceivedInvoices", size, one_by_one, one_page)


def run() -> dict[str, float]:
    from bench.credit_notes_per_invoice_bench import shown
    from service.wiring.event_loop import run as run_loop

    return shown("A month's close", run_loop(_run()))


if __name__ == "__main__":
    run()
