"""The live event feed: catch-up then follow, in commit order, one company only."""

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest

from adapters.postgres.event_feed import READ, PgEventFeed
from adapters.postgres.uow import PgUnitOfWork
from domain.ports import StoredEvent
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from tests.builders import a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_request_id, random_siren
from tests.support.supervision import supervised

# A safety net so that a broken feed fails the test instead of hanging it; never a speed assertion.
HANG_GUARD = 30


@pytest.fixture
async def feed(pg_pool: asyncpg.Pool) -> AsyncIterator[PgEventFeed]:
    feed = PgEventFeed(pg_pool)
    async with supervised(event_feed_listener=feed.listen):
        yield feed


async def submit(pool: asyncpg.Pool, company: str) -> str:
    stored = await submit_invoice(
        SubmitInvoice(company, random_request_id(), an_invoice(seller=a_seller(company))),
        uow=PgUnitOfWork(pool),
        clock=FixedClock(),
        validate=lambda invoice: [],
    )
    return stored.id


async def take(feed: PgEventFeed, company: str, count: int, after: int = 0) -> list[StoredEvent]:
    async def collect() -> list[StoredEvent]:
        got: list[StoredEvent] = []
        async with contextlib.aclosing(feed.subscribe(company, after)) as events:
            async for stored in events:
                got.append(stored)
                if len(got) == count:
                    return got
        return got

    return await asyncio.wait_for(collect(), HANG_GUARD)


async def test_catches_up_then_follows_new_events_in_order(pg_pool: asyncpg.Pool, feed: PgEventFeed) -> None:
    company = random_siren()
    before = await submit(pg_pool, company)
    watcher = asyncio.create_task(take(feed, company, 3))
    await submit(pg_pool, random_siren())  # another company's event is not delivered
    later = await submit(pg_pool, company)
    async with PgUnitOfWork(pg_pool) as uow:
        invoice = await uow.invoices.get(company, later)
        assert invoice is not None
        invoice.validated(FixedClock().now(), sha256="a" * 64, syntax="CII")
        await uow.invoices.save(invoice)
        await uow.commit()

    events = await watcher

    assert [(e.invoice_id, e.event.kind) for e in events] == [
        (before, "SUBMITTED"),
        (later, "SUBMITTED"),
        (later, "VALIDATED"),
    ]
    assert {e.company_siren for e in events} == {company}
    assert [e.id for e in events] == sorted(e.id for e in events)


async def test_resumes_after_a_cursor(pg_pool: asyncpg.Pool, feed: PgEventFeed) -> None:
    company = random_siren()
    for _ in range(3):
        await submit(pg_pool, company)
    first = await take(feed, company, 3)
    await submit(pg_pool, company)
    resumed = await take(feed, company, 1, after=first[-1].id)
    assert resumed[0].id > first[-1].id


async def test_concurrent_writers_are_delivered_in_id_order_without_gaps(
    pg_pool: asyncpg.Pool, feed: PgEventFeed
) -> None:
    company = random_siren()
    watcher = asyncio.create_task(take(feed, company, 40))
    await asyncio.gather(*(submit(pg_pool, company) for _ in range(40)))

    events = await watcher

    stored = await pg_pool.fetch(
        "SELECT id FROM invoice_events WHERE company_siren = $1 ORDER BY id", company
    )
    assert [e.id for e in events] == [r["id"] for r in stored]


async def test_a_feed_with_many_pending_events_reads_them_in_bounded_batches(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    for _ in range(7):
        await submit(pg_pool, company)
    small = PgEventFeed(pg_pool, batch_size=2)
    events = await take(small, company, 7)  # catching up needs no listener
    assert len({e.invoice_id for e in events}) == 7


async def test_a_company_s_event_ids_are_its_own_numbers_whatever_the_others_write(
    pg_pool: asyncpg.Pool, feed: PgEventFeed
) -> None:
    # The ids a key sees tell nothing of the other companies' volume (migration 0740): no gap for their events, nor
    # for a transaction of its own rolled back.
    company, other = random_siren(), random_siren()
    for _ in range(3):
        await submit(pg_pool, company)
        await asyncio.gather(*(submit(pg_pool, other) for _ in range(5)))
    last = await submit(pg_pool, company)
    async with PgUnitOfWork(pg_pool) as uow:
        invoice = await uow.invoices.get(company, last)
        assert invoice is not None
        invoice.validated(FixedClock().now(), sha256="a" * 64, syntax="CII")
        await uow.invoices.save(invoice)  # never committed
    await submit(pg_pool, company)

    events = await take(feed, company, 5)

    assert [e.id for e in events] == [1, 2, 3, 4, 5]
    assert [e.id for e in await take(feed, other, 15)] == list(range(1, 16))


def _rows_read(plan: dict[str, Any]) -> int:
    """Rows the plan's scans of the event tables returned, every loop counted."""
    own = plan["Actual Rows"] * plan["Actual Loops"] if "events" in plan.get("Relation Name", "") else 0
    return int(own) + sum(_rows_read(child) for child in plan.get("Plans", []))


async def test_a_page_of_a_company_s_events_reads_a_page_of_rows_whatever_the_events_after_it(
    pg_pool: asyncpg.Pool,
) -> None:
    # A replay of 9,800 events read, for each page of 200, every event of the company after the cursor, sorted.
    company = random_siren()
    invoice = await submit(pg_pool, company)
    await pg_pool.execute(
        """INSERT INTO invoice_events (invoice_id, company_siren, kind, state, at)
           SELECT invoice_id, company_siren, kind, state, at FROM invoice_events, generate_series(1, 2000)
            WHERE company_siren = $1""",
        company,
    )
    await pg_pool.execute("ANALYZE invoice_events")
    first = await pg_pool.fetchval("SELECT min(id) FROM invoice_events WHERE company_siren = $1", company)

    [plan] = await pg_pool.fetchval(f"EXPLAIN (ANALYZE, FORMAT JSON) {READ}", company, first, 50)
    page = await take(PgEventFeed(pg_pool, batch_size=50), company, 50, after=first)

    assert [e.id for e in page] == list(range(first + 1, first + 51)) and {e.invoice_id for e in page} == {
        invoice
    }
    assert _rows_read(plan["Plan"]) <= 2 * 50
