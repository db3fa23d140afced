"""A page of received invoices' books (ListReceivedInvoices) in memory and on PostgreSQL: each one's books are
GetReceivedInvoice's, to the cent (payments sent, credit notes its seller sent, a corrective invoice, one its
lifecycle ended, one unreadable), and on PostgreSQL the page is read in as many statements whatever its size."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import asyncpg
import pytest

from adapters.postgres.connection import Connection
from adapters.postgres.reception_uow import PgReceptionUnitOfWork
from domain.document_types import DocumentType
from domain.money import total
from domain.payments import Payment
from domain.reception import ReceivedInvoice
from domain.reception_ports import ReceptionUnitOfWork
from service.usecases.reception import ReceptionUseCases
from tests.builders import a_readable_received as received
from tests.fakes import FakeUnitOfWork, FixedClock, InMemoryDatabase
from tests.integration.service.usecases.test_page_reads import _Counted
from tests.random_refs import random_siren

D = Decimal


class Books:
    def __init__(self, uow: Callable[[], ReceptionUnitOfWork], add_company: Callable[[str], Any]) -> None:
        self.uow, self.add_company = uow, add_company
        self.api = ReceptionUseCases(uow=uow, inbox=None, clock=FixedClock(), render_page=lambda _: b"")  # type: ignore[arg-type]  # no parked deliveries read here

    async def stored(self, *items: ReceivedInvoice) -> None:
        async with self.uow() as u:
            for item in items:
                assert await u.received.add(item, None)
            await u.commit()

    async def paid(self, company: str, item: ReceivedInvoice, payment_id: str, amount: str) -> None:
        await self.api.record_payment(company, item.id, Payment(payment_id, date(2026, 11, 2), D(amount)))


@pytest.fixture(params=["memory", "postgres"])
def books(request: pytest.FixtureRequest) -> Books:
    if request.param == "memory":
        db = InMemoryDatabase(clock=FixedClock())

        async def known(siren: str) -> None:
            db.companies.add(siren)

        return Books(lambda: FakeUnitOfWork(db), known)
    pool: asyncpg.Pool = request.getfixturevalue("pg_pool")

    async def registered(siren: str) -> None:
        await pool.execute("INSERT INTO companies (siren) VALUES ($1)", siren)

    return Books(lambda: PgReceptionUnitOfWork(pool), registered)


async def a_month(books: Books, company: str, invoices: int) -> list[ReceivedInvoice]:
    """`invoices` received invoices of 120.00, each credited 12.00 by a credit note of its seller and paid 30.00
    then 20.00; then the credit notes; a corrective invoice replacing one more (paid 10.00), one unreadable."""
    await books.add_company(company)
    page = []
    for n in range(invoices):
        invoice = received(company, f"F-{n}", total="100.00")
        await books.stored(invoice, received(company, f"AV-{n}", names=f"F-{n}", total="10.00"))
        await books.paid(company, invoice, f"P-{n}-1", "30.00")
        await books.paid(company, invoice, f"P-{n}-2", "20.00")
        page.append(invoice)
    replaced = received(company, "R-1", total="50.00")
    corrective = received(
        company, "R-1-C", names="R-1", total="40.00", naming=DocumentType.CORRECTIVE_INVOICE
    )
    unreadable = replace(received(company, "U-1"), invoice=None)
    await books.stored(replaced)
    await books.paid(company, replaced, "R-1-P", "10.00")
    await books.stored(corrective, unreadable)
    async with books.uow() as u:
        notes = [await u.received.get(company, r.id) for r in await _ids(u, company, "AV-")]
    return [*page, *notes, replaced, corrective, unreadable]


async def _ids(uow: ReceptionUnitOfWork, company: str, prefix: str) -> list[Any]:
    from domain.reception_ports import ReceivedFilter

    page = await uow.received.list(company, ReceivedFilter(), 500, "")
    return [r for r in page.items if r.number.startswith(prefix)]


async def test_a_page_s_books_are_each_received_invoice_s_to_the_cent(books: Books) -> None:
    company = random_siren()
    month = await a_month(books, company, 4)
    async with books.uow() as u:  # as a listing reads them: without their documents
        listed = {r.id: r for r in (await u.received.list(company, _all(), 500, "")).items}
    page = [listed[r.id] for r in month]

    shown = await books.api.page_books(company, page)

    each = [await books.api.books(company, r) for r in month]
    assert list(shown) == each
    assert [(b.total, b.credited, b.paid, b.outstanding) for b in shown[:4] if b] == [
        (D("120.00"), D("12.00"), D("50.00"), D("58.00"))
    ] * 4
    notes = shown[4:8]
    assert all(b is not None and b.credit_note and b.credited == D("12.00") for b in notes)
    replaced, corrective, unreadable = shown[8:]
    assert replaced is not None and corrective is not None
    assert (replaced.replaced_by, replaced.outstanding) == ("R-1-C", D("0.00"))
    assert (corrective.carried, corrective.outstanding) == (D("10.00"), D("38.00"))
    assert unreadable is None
    assert total(b.outstanding for b in shown if b) == total(b.outstanding for b in each if b)
    assert await books.api.page_books(company, []) == []


def _all() -> Any:
    from domain.reception_ports import ReceivedFilter

    return ReceivedFilter()


def counting_books(pg_pool: asyncpg.Pool) -> tuple[Books, Books, list[str]]:
    """Books on PostgreSQL, the same counting the statements their reads run (in `counts`)."""
    counts: list[str] = []

    class Counting(PgReceptionUnitOfWork):
        def _attach(self, conn: Connection) -> None:
            super()._attach(_Counted(conn, counts))  # type: ignore[arg-type]  # a proxy of the connection

    async def registered(siren: str) -> None:
        await pg_pool.execute("INSERT INTO companies (siren) VALUES ($1)", siren)

    return (
        Books(lambda: PgReceptionUnitOfWork(pg_pool), registered),
        Books(lambda: Counting(pg_pool), registered),
        counts,
    )


async def test_a_page_is_read_in_as_many_statements_whatever_its_size(pg_pool: asyncpg.Pool) -> None:
    plain, counted, counts = counting_books(pg_pool)
    company = random_siren()
    month = await a_month(plain, company, 12)
    async with plain.uow() as u:
        listed = {r.id: r for r in (await u.received.list(company, _all(), 500, "")).items}
    page = [listed[r.id] for r in month]
    statements = {}
    body, tail = (
        page[:-3],
        page[-3:],
    )  # invoices and credit notes; the replaced, corrective and unreadable ones
    for size in (2, 6, len(body)):
        counts.clear()
        await counted.api.page_books(company, [*body[:size], *tail])
        statements[size] = len(counts)
    # documents, payments, credit notes, namesakes, correctives; what the corrective invoice carries (its own read)
    assert set(statements.values()) == {6}, statements


async def test_a_page_of_replaced_invoices_and_their_corrective_invoices_is_read_in_as_many_statements(
    pg_pool: asyncpg.Pool,
) -> None:
    plain, counted, counts = counting_books(pg_pool)
    company = random_siren()
    await plain.add_company(company)
    for n in range(6):
        replaced = received(company, f"R-{n}", total="50.00")
        await plain.stored(replaced)
        await plain.paid(company, replaced, f"R-{n}-P", "10.00")
        await plain.stored(
            received(
                company, f"R-{n}-C", names=f"R-{n}", total="40.00", naming=DocumentType.CORRECTIVE_INVOICE
            )
        )
    async with plain.uow() as u:
        listed = (await u.received.list(company, _all(), 500, "")).items
    page = sorted(listed, key=lambda r: r.number)  # R-0, R-0-C, R-1, ...
    statements = {}
    for size in (2, 6, 12):
        counts.clear()
        books = await counted.api.page_books(company, page[:size])
        assert [(b.replaced_by != "", b.carried) for b in books if b] == [
            (True, D("0.00")),
            (False, D("10.00")),
        ] * (size // 2)
        statements[size] = len(counts)
    assert statements[2] == statements[6] == statements[12], statements
