"""PgInbox wakes the workers after its inserts commit, with coalesced NOTIFYs (no trigger in the transaction)."""

from __future__ import annotations

import asyncio
import uuid

import asyncpg

from adapters.postgres.inbox import CHANNEL, PgInbox
from domain.reception import Delivery, DeliveryKind


def _delivery() -> Delivery:
    return Delivery(
        platform="iopole",
        source="webhook",
        kind=DeliveryKind.STATUS,
        dedup_key=f"iopole:key:{uuid.uuid4()}",
        body=b"{}",
        content_type="application/json",
    )


async def test_a_burst_of_inserts_wakes_the_listeners_with_fewer_notifies_than_inserts(
    pg_pool: asyncpg.Pool,
) -> None:
    inbox = PgInbox(pg_pool)
    notified = asyncio.Queue[int]()
    async with pg_pool.acquire() as conn:
        # on each NOTIFY, count the committed rows: wait until one shows the whole burst
        async def on_notify(*_: object) -> None:
            notified.put_nowait(
                await pg_pool.fetchval("SELECT count(*) FROM webhook_inbox WHERE kind = 'status'")
            )

        def callback(*args: object) -> None:
            asyncio.get_running_loop().create_task(on_notify(*args))

        await conn.add_listener(CHANNEL, callback)
        try:
            before = await pg_pool.fetchval("SELECT count(*) FROM webhook_inbox WHERE kind = 'status'")
            ids = await asyncio.gather(*(inbox.add(_delivery()) for _ in range(50)))
            assert all(isinstance(i, int) for i in ids)
            seen = [await asyncio.wait_for(notified.get(), 10)]
            while seen[-1] < before + 50:
                seen.append(await asyncio.wait_for(notified.get(), 10))
            assert len(seen) < 50
        finally:
            await conn.remove_listener(CHANNEL, callback)
