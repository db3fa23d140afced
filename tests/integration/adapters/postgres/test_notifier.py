"""Wake-ups after commit (migration 0008): a unit of work with a notifier silences the NOTIFY triggers and
notifies once its transaction committed; watchers and the dispatcher are still woken without polling."""

import asyncio
import contextlib

import asyncpg

from adapters.postgres.event_feed import PgEventFeed
from adapters.postgres.notifier import PgNotifier
from adapters.postgres.uow import PgUnitOfWork
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from tests.builders import a_seller, an_invoice
from tests.fakes import FixedClock
from tests.random_refs import random_request_id, random_siren
from tests.support.notifications import HANG_GUARD, notified_so_far
from tests.support.supervision import supervised

NEVER = 3600.0  # a poll interval no test outlives: only a notification can deliver


async def submit(pool: asyncpg.Pool, company: str, notifier: PgNotifier | None) -> str:
    stored = await submit_invoice(
        SubmitInvoice(company, random_request_id(), an_invoice(seller=a_seller(company))),
        uow=PgUnitOfWork(pool, notifier=notifier),
        clock=FixedClock(),
        validate=lambda invoice: [],
    )
    return stored.id


async def test_a_watcher_sees_a_submit_without_the_poll_fallback(pg_pool: asyncpg.Pool) -> None:
    company = random_siren()
    notifier = PgNotifier(pg_pool)
    feed = PgEventFeed(pg_pool, poll_interval=NEVER)
    first = await submit(pg_pool, company, notifier)
    async with supervised(event_feed_listener=feed.listen):
        async with contextlib.aclosing(feed.subscribe(company)) as events:
            assert (await asyncio.wait_for(anext(events), HANG_GUARD)).invoice_id == first
            # the watcher has read everything committed so far; the next event can only come from a wake-up
            later = await submit(pg_pool, company, notifier)
            stored = await asyncio.wait_for(anext(events), HANG_GUARD)
    assert (stored.invoice_id, stored.event.kind) == (later, "SUBMITTED")


async def test_the_triggers_are_silent_and_one_wake_up_per_channel_follows_the_commit(
    pg_pool: asyncpg.Pool, listening: asyncio.Queue[tuple[str, str]]
) -> None:
    company = random_siren()
    notifier = PgNotifier(pg_pool)
    await submit(pg_pool, company, notifier)
    await notifier.drained()
    got = await notified_so_far(pg_pool, listening)  # the trigger's would come from the submit's transaction
    assert sorted(got) == [("invoice_events", company), ("outbox", "")]


async def test_without_a_notifier_the_triggers_still_wake_listeners(
    pg_pool: asyncpg.Pool, listening: asyncio.Queue[tuple[str, str]]
) -> None:
    company = random_siren()
    await submit(pg_pool, company, None)
    got = {await asyncio.wait_for(listening.get(), HANG_GUARD) for _ in range(2)}
    assert got == {("outbox", ""), ("invoice_events", company)}
