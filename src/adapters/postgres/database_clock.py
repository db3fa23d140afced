"""The database's clock, read in the gateway without a query each time: PostgreSQL's `now()` read once, then moved on
by this host's monotonic clock, read again every `every_s`.

Leases and when a queued item is due are PostgreSQL's; the patience of an item waiting on a platform outage was the
host's wall clock: a host stepped a day forward gave up at once on every invoice waiting on a platform (they were
FAILED naming an outage of a day). On this clock a step of the host's wall clock changes nothing (its monotonic clock
does not step), and the outage's start, kept with the item, is an instant of the same clock as the patience's end.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

import asyncpg

from aio.streak import Streak
from aio.tasks import wait_set

_log = logging.getLogger(__name__)

SYNC_EVERY_S = 60.0


class DatabaseClock:
    def __init__(
        self,
        read: Callable[[], Awaitable[datetime]],
        *,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        """`wall`: the host's clock, taken until the database's is first read (a start while it is unreachable)."""
        self._read = read
        self._monotonic = monotonic
        self._anchor = (wall(), monotonic())  # (the database's now, or the host's; the monotonic clock then)
        self._failing = Streak(_log, "database clock: reading now()")

    async def sync(self) -> None:
        """Read the database's clock again (the time of the query's round trip is within its reading's error)."""
        before = self._monotonic()
        read = await self._read()
        self._anchor = (read, (before + self._monotonic()) / 2)

    def now(self) -> datetime:
        read, at = self._anchor
        return read + timedelta(seconds=self._monotonic() - at)

    async def run(self, stop: asyncio.Event) -> None:
        """Read again every SYNC_EVERY_S (a failover may bring another server's clock); a failed read keeps the last
        reading, moved on by the monotonic clock."""
        while not stop.is_set():
            await wait_set(stop, SYNC_EVERY_S)
            if stop.is_set():
                return
            try:
                await self.sync()
            except Exception as exc:  # noqa: BLE001 - the last reading stays right to within the monotonic clock's drift
                self._failing.failed(type(exc).__name__)
            else:
                self._failing.succeeded()


async def database_now(pool: asyncpg.Pool) -> datetime:
    when: datetime = await pool.fetchval("SELECT clock_timestamp()", timeout=10.0)
    return when
