"""A row's next attempt read against the database's own clock, which decides when it is due."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta

import asyncpg


@contextlib.asynccontextmanager
async def waited_from_the_database(
    pool: asyncpg.Pool, wait_s: float
) -> AsyncIterator[Callable[[datetime], None]]:
    """Checks that the next attempt given inside the block (handed to the function it yields) is `wait_s` after a
    database instant between the block's start and its end: bounds on the database's clock, not a timing."""
    before = await pool.fetchval("SELECT clock_timestamp()")
    seen: list[datetime] = []
    yield seen.append
    after = await pool.fetchval("SELECT clock_timestamp()")
    [next_at] = seen
    wait = timedelta(seconds=wait_s)
    assert before + wait <= next_at <= after + wait, (next_at - before, next_at - after, wait)
