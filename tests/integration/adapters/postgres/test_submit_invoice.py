"""The submit use case on real PostgreSQL: idempotency under concurrency, constraints, atomicity."""

import asyncio
from dataclasses import replace
from decimal import Decimal

import asyncpg
import pytest

from adapters.postgres.connection import Connection
from adapters.postgres.invoice_repository import PgInvoiceRepository
from adapters.postgres.uow import PgUnitOfWork
from domain.emission import OutboundInvoice
from domain.errors import DuplicateInvoiceNumber
from domain.findings import Finding
from domain.invoice import Invoice
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from tests.builders import a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_request_id, random_siren


def no_findings(invoice: Invoice) -> list[Finding]:
    return []


async def submit(
    pool: asyncpg.Pool,
    company: str,
    invoice: Invoice,
    request_id: str,
    uow: type[PgUnitOfWork] = PgUnitOfWork,
) -> OutboundInvoice:
    return await submit_invoice(
        SubmitInvoice(company, request_id, invoice),
        uow=uow(pool),
        clock=FixedClock(),
        validate=no_findings,
    )


async def count(pool: asyncpg.Pool, table: str, company: str) -> int:
    assert table in {"invoices", "invoice_events", "outbox"}
    return await pool.fetchval(f"SELECT count(*) FROM {table} WHERE company_siren = $1", company)


async def test_fifty_concurrent_submissions_of_one_request_store_one_invoice_and_one_outbox_row(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    invoice = an_invoice(lines=10, seller=a_seller(company))
    request_id = random_request_id()

    results = await asyncio.gather(*(submit(pg_pool, company, invoice, request_id) for _ in range(50)))

    assert len({r.id for r in results}) == 1
    assert await count(pg_pool, "invoices", company) == 1
    assert await count(pg_pool, "outbox", company) == 1
    assert await count(pg_pool, "invoice_events", company) == 1


async def test_the_lines_are_stored_with_the_invoice(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    stored = await submit(
        pg_pool, company, an_invoice(lines=10, seller=a_seller(company)), random_request_id()
    )
    rows = await pg_pool.fetch(
        "SELECT line_id, net_amount FROM invoice_lines WHERE invoice_id = $1 ORDER BY position", stored.id
    )
    assert [r["line_id"] for r in rows] == [str(i) for i in range(1, 11)]
    assert rows[1]["net_amount"] == Decimal("41.00")  # 2 × 20.50
    totals = await pg_pool.fetchrow(
        "SELECT tax_exclusive, tax_inclusive FROM invoices WHERE id = $1", stored.id
    )
    assert stored.invoice.totals is not None
    assert (totals["tax_exclusive"], totals["tax_inclusive"]) == (
        stored.invoice.totals.tax_exclusive,
        stored.invoice.totals.tax_inclusive,
    )


async def test_a_duplicate_invoice_number_is_refused(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    invoice = an_invoice(seller=a_seller(company))
    await submit(pg_pool, company, invoice, random_request_id())
    with pytest.raises(DuplicateInvoiceNumber, match="BT-1"):
        await submit(pg_pool, company, replace(invoice, buyer_reference="again"), random_request_id())
    assert await count(pg_pool, "invoices", company) == 1


class FailingOutbox(PgInvoiceRepository):
    """The invoice and its lines are written; the events and outbox rows never are."""

    async def flush_events(self, *, notify_after_commit: bool = False) -> list[str]:
        # the one place the events, their outbox rows and their audit entries are written, after the invoice
        raise ConnectionResetError("simulated crash between the invoice and the event + outbox inserts")


class FailingUnitOfWork(PgUnitOfWork):
    def _open_on(self, conn: Connection) -> None:
        super()._open_on(conn)
        self.invoices = FailingOutbox(conn)


async def test_a_failure_in_the_middle_of_the_write_leaves_nothing_behind(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    invoice = an_invoice(lines=3, seller=a_seller(company))
    with pytest.raises(ConnectionResetError):
        await submit(pg_pool, company, invoice, random_request_id(), uow=FailingUnitOfWork)
    for table in ("invoices", "invoice_events", "outbox"):
        assert await count(pg_pool, table, company) == 0
    assert await pg_pool.fetchval("SELECT count(*) FROM invoices WHERE number = $1", invoice.number) == 0
    # and the number is free again
    await submit(pg_pool, company, invoice, random_request_id())
    assert await count(pg_pool, "outbox", company) == 1
