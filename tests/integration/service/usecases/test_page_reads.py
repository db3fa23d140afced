"""A page of invoices' books on PostgreSQL is read in as many statements whatever the page's size: one per kind of
fact (payments, held payments, statuses, credit notes, corrective invoices, the invoices they name), never one per
invoice (a month's close of 100 invoices was 100 GetInvoice calls, each its reads)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import asyncpg

from adapters.postgres.connection import Connection
from adapters.postgres.transmissions import PgPipelineUnitOfWork
from domain.invoice import DocumentType, PrecedingInvoice
from service.usecases.emission.payments import page_books
from tests.contract.test_page_books import a_month, credit_note_of, invoice_of, pay, stored
from tests.random_refs import random_siren

D = Decimal
_STATEMENTS = ("fetch", "fetchrow", "fetchval", "execute", "executemany")


class _Counted:
    """A connection counting the statements its repositories run."""

    def __init__(self, conn: Connection, counts: list[str]) -> None:
        self._conn, self._counts = conn, counts

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._conn, name)
        if name not in _STATEMENTS:
            return found

        def counted(*args: Any, **kwargs: Any) -> Any:
            self._counts.append(name)
            return found(*args, **kwargs)

        return counted


def counting(pool: asyncpg.Pool, counts: list[str]) -> PgPipelineUnitOfWork:
    class Counting(PgPipelineUnitOfWork):
        def _attach(self, conn: Connection) -> None:
            super()._attach(_Counted(conn, counts))  # type: ignore[arg-type]  # a proxy of the connection

    return Counting(pool)


async def test_a_page_of_invoices_with_payments_and_credit_notes_is_read_in_as_many_statements_whatever_its_size(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    uow = lambda: PgPipelineUnitOfWork(pg_pool)  # noqa: E731
    month = await a_month(uow, company, 12)
    # a credit note on the page too: what it credits is read with the others
    month.insert(0, await stored(uow, company, credit_note_of(company, month[0].invoice, ("10.00", "20"))))
    statements: dict[int, int] = {}
    for size in (2, 4, 13):
        counts: list[str] = []
        books = await page_books(company, month[:size], uow=counting(pg_pool, counts))
        assert len(books) == size and all(b.paid or b.credit_note for b in books)
        statements[size] = len(counts)
    assert statements[2] == statements[4] == statements[13] == 6, statements


async def test_a_page_of_replaced_invoices_and_their_corrective_invoices_is_read_in_as_many_statements(
    pg_pool: asyncpg.Pool,
) -> None:
    """Each corrective invoice carries what was paid on the invoice it replaces, which says the one in force: read
    for the whole page too (they were one statement each per corrective invoice, and per replaced invoice)."""
    company = random_siren()
    uow = lambda: PgPipelineUnitOfWork(pg_pool)  # noqa: E731
    page = []
    for n in range(6):
        replaced = invoice_of(company, ("500.00", "20"))
        sent = await stored(uow, company, replaced)
        await pay(uow, company, sent.id, f"R-{n}", "50.00")
        corrective = replaced.evolve(
            number=f"{replaced.number}-C",
            type_code=DocumentType.CORRECTIVE_INVOICE,
            preceding_invoices=(PrecedingInvoice(replaced.number, replaced.issue_date),),
        )
        page += [sent, await stored(uow, company, corrective)]
    statements: dict[int, int] = {}
    for size in (2, 6, 12):
        counts: list[str] = []
        books = await page_books(company, page[:size], uow=counting(pg_pool, counts))
        assert [(b.replaced_by != "", b.carried) for b in books] == [
            (True, D("0.00")),
            (False, D("50.00")),
        ] * (size // 2)
        statements[size] = len(counts)
    assert statements[2] == statements[6] == statements[12], statements
