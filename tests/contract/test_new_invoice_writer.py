"""One behaviour contract for every group commit of new invoices (domain.ports.GroupCommitted: in memory and on
PostgreSQL): a unit of work taking one new invoice, committed within a batch or NotCommitted."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace

import pytest

from adapters.postgres.submission_writer import PgSubmissionWriter
from adapters.postgres.uow import PgUnitOfWork
from domain.emission import OutboundInvoice
from domain.ports import GroupCommitted, NotCommitted, UnitOfWork
from tests.fakes import FakeUnitOfWork, InMemoryDatabase, InMemoryGroupCommit
from tests.support.outbound import an_outbound_invoice


@dataclass
class WriterBackend:
    writer: GroupCommitted
    uow: UnitOfWork


@pytest.fixture(params=["memory", "postgres"])
def chosen(request: pytest.FixtureRequest) -> WriterBackend:
    if request.param == "memory":
        db = InMemoryDatabase()
        return WriterBackend(InMemoryGroupCommit(db), FakeUnitOfWork(db))
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


async def add_new(backend: WriterBackend, invoice: OutboundInvoice) -> bool:
    """True once committed, False on NotCommitted (then nothing of it was written)."""
    try:
        async with backend.writer() as uow:
            await uow.invoices.add(invoice)
            await uow.commit()
    except NotCommitted:
        return False
    return True


async def stored(backend: WriterBackend, invoice: OutboundInvoice) -> OutboundInvoice | None:
    async with backend.uow as uow:
        return await uow.invoices.get(invoice.company_siren, invoice.id)


async def test_a_new_invoice_is_committed_with_its_event(backend: WriterBackend) -> None:
    invoice = an_outbound_invoice()
    assert await add_new(backend, invoice) is True
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
    assert await add_new(backend, first)
    again = an_outbound_invoice(first.company_siren, request_id=first.request_id)
    assert await add_new(backend, again) is False
    assert await stored(backend, again) is None
    assert again.events != []  # still pending: the caller writes it alone, or not


async def test_a_taken_invoice_number_is_not_written(backend: WriterBackend) -> None:
    first = an_outbound_invoice()
    assert await add_new(backend, first)
    same_number = an_outbound_invoice(first.company_siren, replace(first.invoice, buyer_reference="other"))
    assert await add_new(backend, same_number) is False
    assert await stored(backend, same_number) is None


async def test_of_two_concurrent_invoices_with_one_request_id_one_is_written(backend: WriterBackend) -> None:
    first = an_outbound_invoice()
    second = an_outbound_invoice(first.company_siren, request_id=first.request_id)
    results = await asyncio.gather(add_new(backend, first), add_new(backend, second))
    assert sorted(results) == [False, True]
    assert [await stored(backend, i) is not None for i in (first, second)] == results


async def test_anything_but_one_new_invoice_is_refused_before_anything_is_written(
    backend: WriterBackend,
) -> None:
    first, second = an_outbound_invoice(), an_outbound_invoice()
    with pytest.raises(NotCommitted):
        async with backend.writer() as uow:
            await uow.invoices.add(first)
            await uow.invoices.add(second)
    with pytest.raises(NotCommitted):
        async with backend.writer() as uow:
            await uow.invoices.get_by_request(first.company_siren, first.request_id)
    assert [await stored(backend, i) for i in (first, second)] == [None, None]
