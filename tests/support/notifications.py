"""What PostgreSQL notifies on the 'outbox', 'outbox_declarations' and 'invoice_events' channels, as a test sees it.

Import the fixture into a test module or conftest (`from tests.support.notifications import listening`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import asyncpg
import pytest

# A safety net so that a broken wake-up fails the test instead of hanging it; never a speed assertion.
HANG_GUARD = 30
CHANNELS = ("outbox", "outbox_declarations", "invoice_events")


@pytest.fixture
async def listening(pg_pool: asyncpg.Pool) -> AsyncIterator[asyncio.Queue[tuple[str, str]]]:
    """(channel, payload) of every notification on CHANNELS."""
    received: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    conn = await pg_pool.acquire()
    collect = lambda _c, _pid, channel, payload: received.put_nowait((channel, payload))  # noqa: E731
    try:
        for channel in CHANNELS:
            await conn.add_listener(channel, collect)
        yield received
    finally:
        for channel in CHANNELS:
            await conn.remove_listener(channel, collect)
        await pg_pool.release(conn)


async def notified_so_far(
    pool: asyncpg.Pool, received: asyncio.Queue[tuple[str, str]]
) -> list[tuple[str, str]]:
    """Everything notified before now: notifications reach a listener in commit order, so everything before a
    sentinel sent now was notified earlier."""
    await pool.execute("SELECT pg_notify('outbox', 'sentinel')")
    got = []
    while (item := await asyncio.wait_for(received.get(), HANG_GUARD)) != ("outbox", "sentinel"):
        got.append(item)
    return got
