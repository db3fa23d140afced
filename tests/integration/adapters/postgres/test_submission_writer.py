"""Group commit on real PostgreSQL: concurrent submissions share a transaction, and each caller still gets its own
answer (stored, replayed, conflict, taken number), with nothing half-written when a batch fails."""

import asyncio
import functools
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace

import asyncpg
import pytest

from adapters.postgres.invoice_repository import NewInvoiceRow, PgInvoiceRepository
from adapters.postgres.notifier import PgNotifier
from adapters.postgres.submission_writer import PgSubmissionWriter
from adapters.postgres.uow import PgUnitOfWork
from domain.emission import OutboundInvoice
from domain.errors import DuplicateInvoiceNumber, RequestConflict
from domain.findings import Finding
from domain.invoice import Invoice
from domain.totals import compute_totals
from service.usecases.invoices import SubmitInvoice, submit_invoice
from tests.builders import a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_request_id, random_siren
from tests.support.outbound import an_outbound_invoice


def no_findings(invoice: Invoice) -> list[Finding]:
    return []


@asynccontextmanager
async def started(
    pool: asyncpg.Pool, *, repository: Callable[[asyncpg.Connection], PgInvoiceRepository] = PgInvoiceRepository,
    in_flight: int = 1, notifier: PgNotifier | None = None,
) -> AsyncIterator[tuple[PgSubmissionWriter, list[int]]]:
    sizes: list[int] = []
    writer = PgSubmissionWriter(
        functools.partial(PgUnitOfWork, pool, repository_factory=repository, notifier=notifier),
        in_flight=in_flight, on_batch=sizes.append,
    )
    await writer.start()
    try:
        yield writer, sizes
    finally:
        await writer.stop()


async def submit(pool: asyncpg.Pool, writer: PgSubmissionWriter, company: str, invoice: Invoice,
                 request_id: str) -> OutboundInvoice:
    return await submit_invoice(SubmitInvoice(company, request_id, invoice), uow=PgUnitOfWork(pool),
                                clock=FixedClock(), validate=no_findings, writer=writer)


async def counts(pool: asyncpg.Pool, company: str) -> dict[str, int]:
    row = await pool.fetchrow(
        """SELECT (SELECT count(*) FROM invoices WHERE company_siren = $1) AS invoices,
                  (SELECT count(*) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
                    WHERE i.company_siren = $1) AS lines,
                  (SELECT count(*) FROM invoice_events WHERE company_siren = $1) AS events,
                  (SELECT count(*) FROM outbox WHERE company_siren = $1) AS outbox""",
        company,
    )
    return dict(row)


async def test_concurrent_new_invoices_are_committed_in_one_batch_with_lines_events_and_outbox_rows(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    invoices = [an_invoice(lines=3, seller=a_seller(company)) for _ in range(20)]
    notifier = PgNotifier(pg_pool)
    async with started(pg_pool, notifier=notifier) as (writer, sizes):
        stored = await asyncio.gather(*(submit(pg_pool, writer, company, i, random_request_id()) for i in invoices))
    await notifier.drained()

    assert sizes == [20] and writer.written == 20
    assert [s.number for s in stored] == [i.number for i in invoices]
    assert all(s.events == [] for s in stored)  # committed: no pending event left
    assert await counts(pg_pool, company) == {"invoices": 20, "lines": 60, "events": 20, "outbox": 20}
    rows = await pg_pool.fetch(
        "SELECT id, number, request_hash FROM invoices WHERE company_siren = $1", company)
    assert {(str(r["id"]), r["number"], r["request_hash"]) for r in rows} == {
        (s.id, s.number, s.request_hash) for s in stored}
    outbox = await pg_pool.fetch("SELECT invoice_id, kind, payload FROM outbox WHERE company_siren = $1", company)
    assert {(str(r["invoice_id"]), r["kind"], r["payload"]["number"]) for r in outbox} == {
        (s.id, "render_validate", s.number) for s in stored}
    lines = await pg_pool.fetch(
        "SELECT invoice_id, position, line_id FROM invoice_lines WHERE invoice_id = $1 ORDER BY position",
        stored[0].id)
    assert [(r["position"], r["line_id"]) for r in lines] == [(1, "1"), (2, "2"), (3, "3")]
    # as read back, the stored invoices are the ones answered
    async with PgUnitOfWork(pg_pool) as uow:
        again = await uow.invoices.get(company, stored[5].id)
    assert again is not None and again.invoice == stored[5].invoice and again.state is stored[5].state


async def test_each_member_of_a_mixed_batch_gets_its_own_answer(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    seller = a_seller(company)
    replayed, conflicting, numbered = (an_invoice(seller=seller) for _ in range(3))
    replayed_id, conflicting_id = random_request_id(), random_request_id()
    twice, twice_id = an_invoice(seller=seller), random_request_id()
    fresh = [an_invoice(seller=seller) for _ in range(3)]
    async with started(pg_pool) as (writer, sizes):
        first = await submit(pg_pool, writer, company, replayed, replayed_id)
        await submit(pg_pool, writer, company, conflicting, conflicting_id)
        taken = await submit(pg_pool, writer, company, numbered, random_request_id())
        results = await asyncio.gather(
            submit(pg_pool, writer, company, fresh[0], random_request_id()),
            submit(pg_pool, writer, company, replace(replayed), replayed_id),
            submit(pg_pool, writer, company, fresh[1], random_request_id()),
            submit(pg_pool, writer, company, replace(conflicting, buyer_reference="PO-2"), conflicting_id),
            submit(pg_pool, writer, company, replace(numbered, buyer_reference="other"), random_request_id()),
            submit(pg_pool, writer, company, twice, twice_id),
            submit(pg_pool, writer, company, replace(twice), twice_id),
            submit(pg_pool, writer, company, fresh[2], random_request_id()),
            return_exceptions=True,
        )

    assert sizes == [1, 1, 1, 8]  # the eight concurrent submissions were one batch
    assert writer.written == 3 + 4  # which wrote the fresh ones and the first of `twice`; the rest went alone
    new_0, replay, new_1, conflict, duplicate, twice_a, twice_b, new_2 = results
    assert isinstance(replay, OutboundInvoice) and replay.id == first.id
    assert isinstance(conflict, RequestConflict)
    assert isinstance(duplicate, DuplicateInvoiceNumber) and "BT-1" in str(duplicate)
    assert isinstance(twice_a, OutboundInvoice) and isinstance(twice_b, OutboundInvoice)
    assert twice_a.id == twice_b.id
    new = [new_0, new_1, new_2]
    assert all(isinstance(n, OutboundInvoice) for n in new)
    numbers = {r["number"] for r in await pg_pool.fetch("SELECT number FROM invoices WHERE company_siren = $1",
                                                         company)}
    assert numbers == {replayed.number, conflicting.number, taken.number, twice.number, *(i.number for i in fresh)}
    assert await counts(pg_pool, company) == {"invoices": 7, "lines": 7, "events": 7, "outbox": 7}


class FailingEvents(PgInvoiceRepository):
    """The batch's invoices and lines are inserted; its events and outbox rows never are."""

    async def _insert_events(self, company_siren: str, invoices: Sequence[OutboundInvoice],
                             notify_after_commit: bool) -> None:
        raise ConnectionResetError("simulated crash between the batch insert and its events")


class FailingBatch(PgInvoiceRepository):
    """The batch statement fails."""

    async def add_new(self, rows: Sequence[NewInvoiceRow]) -> list[OutboundInvoice]:
        await self._conn.execute("SELECT 1/0")
        return []


@pytest.mark.parametrize("repository", [FailingEvents, FailingBatch])
async def test_a_failed_batch_leaves_nothing_and_its_members_are_written_one_by_one(
    pg_pool: asyncpg.Pool, repository: type[PgInvoiceRepository],
) -> None:
    company = random_siren()
    invoices = [an_invoice(lines=2, seller=a_seller(company)) for _ in range(5)]
    async with started(pg_pool, repository=repository) as (writer, sizes):
        offered = [an_outbound_invoice(company, compute_totals(i)) for i in invoices]
        assert await asyncio.gather(*(writer.add_new(o) for o in offered)) == [False] * 5
        assert await counts(pg_pool, company) == {"invoices": 0, "lines": 0, "events": 0, "outbox": 0}

        stored = await asyncio.gather(*(submit(pg_pool, writer, company, i, random_request_id()) for i in invoices))

    assert sizes == [5, 5] and writer.written == 0
    assert [s.number for s in stored] == [i.number for i in invoices]
    assert await counts(pg_pool, company) == {"invoices": 5, "lines": 10, "events": 5, "outbox": 5}


async def test_fifty_concurrent_submissions_of_one_request_store_one_invoice(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    invoice = an_invoice(lines=10, seller=a_seller(company))
    request_id = random_request_id()
    async with started(pg_pool, in_flight=2) as (writer, _):
        results = await asyncio.gather(*(submit(pg_pool, writer, company, invoice, request_id) for _ in range(50)))
    assert len({r.id for r in results}) == 1
    assert await counts(pg_pool, company) == {"invoices": 1, "lines": 10, "events": 1, "outbox": 1}


class GatedBatch(PgInvoiceRepository):
    """Each batch waits at `gate` before its statement; `entered` is set once one does."""

    gate: asyncio.Event
    entered: asyncio.Event

    async def add_new(self, rows: Sequence[NewInvoiceRow]) -> list[OutboundInvoice]:
        type(self).entered.set()
        await type(self).gate.wait()
        return await super().add_new(rows)


def gated() -> type[GatedBatch]:
    return type("Gated", (GatedBatch,), {"gate": asyncio.Event(), "entered": asyncio.Event()})


async def test_a_cancelled_caller_s_invoice_is_committed_with_its_batch_and_a_retry_replays_it(
    pg_pool: asyncpg.Pool,
) -> None:
    company = random_siren()
    invoice = an_invoice(seller=a_seller(company))
    request_id = random_request_id()
    repository = gated()
    async with started(pg_pool, repository=repository) as (writer, _):
        caller = asyncio.create_task(submit(pg_pool, writer, company, invoice, request_id))
        await repository.entered.wait()
        caller.cancel()
        with pytest.raises(asyncio.CancelledError):
            await caller
        repository.gate.set()
        retried = await submit(pg_pool, writer, company, replace(invoice), request_id)
    assert retried.number == invoice.number
    assert await counts(pg_pool, company) == {"invoices": 1, "lines": 1, "events": 1, "outbox": 1}


async def test_stopping_writes_what_is_queued_then_hands_new_invoices_back(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    repository = gated()
    async with started(pg_pool, repository=repository) as (writer, sizes):
        first = asyncio.create_task(writer.add_new(an_outbound_invoice(company)))
        await repository.entered.wait()  # the first batch is being written; the next three queue behind it
        queued = [asyncio.create_task(writer.add_new(an_outbound_invoice(company))) for _ in range(3)]
        # Tasks start in order: the three are queued, then the writer is stopping, before the gated batch resumes.
        stopping = asyncio.create_task(writer.stop())
        repository.gate.set()
        await stopping
        assert await first and await asyncio.gather(*queued) == [True] * 3
        assert await writer.add_new(an_outbound_invoice(company)) is False
    assert sizes == [1, 3]
    assert await counts(pg_pool, company) == {"invoices": 4, "lines": 4, "events": 4, "outbox": 4}
