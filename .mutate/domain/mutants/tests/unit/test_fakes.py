"""The fakes that only unit tests exercise (the repositories are covered by tests/contract)."""

import asyncio
import contextlib

from tests.fakes import FakeUnitOfWork, InMemoryEventFeed
from tests.support.outbound import an_outbound_invoice


async def test_the_in_memory_feed_catches_up_then_follows_one_company() -> None:
    uow = FakeUnitOfWork()
    feed = InMemoryEventFeed(uow.db)
    first = an_outbound_invoice()
    async with uow:
        await uow.invoices.add(first)
        await uow.commit()

    async def take(count: int) -> list[str]:
        got = []
        async with contextlib.aclosing(feed.subscribe(first.company_siren)) as events:
            async for stored in events:
                got.append(stored.invoice_id)
                if len(got) == count:
                    return got
        return got

    watcher = asyncio.create_task(take(2))
    second = an_outbound_invoice(first.company_siren)
    async with uow:
        await uow.invoices.add(an_outbound_invoice())
        await uow.invoices.add(second)
        await uow.commit()

    assert await asyncio.wait_for(watcher, 10) == [first.id, second.id]
    assert uow.db.wakers == set()
