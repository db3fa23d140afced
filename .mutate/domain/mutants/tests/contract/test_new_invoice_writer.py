"""One behaviour contract for every NewInvoiceWriter (in memory and the PostgreSQL group commit)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace

import pytest

from adapters.postgres.submission_writer import PgSubmissionWriter
from adapters.postgres.uow import PgUnitOfWork
from domain.emission import OutboundInvoice
from domain.ports import NewInvoiceWriter, UnitOfWork
from tests.fakes import FakeUnitOfWork, InMemoryDatabase, InMemoryNewInvoiceWriter
from tests.support.outbound import an_outbound_invoice


@dataclass
class WriterBackend:
    writer: NewInvoiceWriter
    uow: UnitOfWork


@pytest.fixture(params=["memory", "postgres"])
def chosen(request: pytest.FixtureRequest) -> WriterBackend:
    if request.param == "memory":
        db = InMemoryDatabase()
        return WriterBackend(InMemoryNewInvoiceWriter(db), FakeUnitOfWork(db))
    pool = request.getfixturevalue("pg_pool")
    return WriterBackend(PgSubmissionWriter(pool), PgUnitOfWork(pool))


@pytest.fixture
async def backend(chosen: WriterBackend) -> AsyncIterator[WriterBackend]:
    if not isinstance(chosen.writer, PgSubmissionWriter):
        yield chosen
        return
    await chosen.writer.start()
    try:
        yield chosen
    finally:
        await chosen.writer.stop()


async def stored(backend: WriterBackend, invoice: OutboundInvoice) -> OutboundInvoice | None:
    async with backend.uow as uow:
        return await uow.invoices.get(invoice.company_siren, invoice.id)


async def test_a_new_invoice_is_committed_with_its_event(backend: WriterBackend) -> None:
    invoice = an_outbound_invoice()
    assert await backend.writer.add_new(invoice) is True
    assert invoice.events == []  # committed: history now
    loaded = await stored(backend, invoice)
    assert (
        loaded is not None
        and loaded.invoice == invoice.invoice
        and loaded.request_hash == invoice.request_hash
    )
    async with backend.uow as uow:
        assert [e.kind for e in await uow.invoices.history(invoice.company_siren, invoice.id)] == [
            "SUBMITTED"
        ]


async def test_a_taken_request_id_is_not_written(backend: WriterBackend) -> None:
    first = an_outbound_invoice()
    assert await backend.writer.add_new(first)
    again = an_outbound_invoice(first.company_siren, request_id=first.request_id)
    assert await backend.writer.add_new(again) is False
    assert await stored(backend, again) is None
    assert again.events != []  # still pending: the caller writes it alone, or not


async def test_a_taken_invoice_number_is_not_written(backend: WriterBackend) -> None:
    first = an_outbound_invoice()
    assert await backend.writer.add_new(first)
    same_number = an_outbound_invoice(first.company_siren, replace(first.invoice, buyer_reference="other"))
    assert await backend.writer.add_new(same_number) is False
    assert await stored(backend, same_number) is None


async def test_of_two_concurrent_invoices_with_one_request_id_one_is_written(backend: WriterBackend) -> None:
    first = an_outbound_invoice()
    second = an_outbound_invoice(first.company_siren, request_id=first.request_id)
    results = await asyncio.gather(backend.writer.add_new(first), backend.writer.add_new(second))
    assert sorted(results) == [False, True]
    assert [await stored(backend, i) is not None for i in (first, second)] == results
