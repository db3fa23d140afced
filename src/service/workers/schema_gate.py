"""Whether this replica's code may work the database's rows: only while the database's schema is the one it knows.

Upgrades are not rolling (docs/deploy.md). A replica of an older release left running after a newer release migrated
the database says not ready (/readyz 503, doctor), but its relays would still claim outbox, inbox and declaration
rows and its pollers still read the platforms, working them with code that does not know the new schema (a column
it does not fill, a SQL function changed under it). The gate reads the database's migrations every `interval_s`
(the same judgement as doctor's database check); the supervisor (service.workers.supervisor) stops its gated tasks
while the gate is closed, names them in /readyz, and starts them again once it opens (the database's schema is the
one this code knows again: the newer release was rolled back, or this replica was the one behind and caught up).

A database that does not answer leaves the gate as it was: an outage is the tasks' own to wait out, and says so.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from aio.streak import Streak
from service.workers.pause import pause

_log = logging.getLogger(__name__)

# None: the database's schema is the one this code knows; else why not, as /readyz and doctor say it
CheckSchema = Callable[[], Awaitable[str | None]]
NOT_READ = "the database's migrations not read yet"


class SchemaGate:
    """Closed until the first read finds the schema this code knows; closed again whenever a read finds otherwise."""

    def __init__(self, check: CheckSchema, interval_s: float) -> None:
        if not interval_s > 0:
            raise ValueError("the schema check's interval must be positive")
        self.closed_reason: str | None = NOT_READ
        self._check = check
        self._interval_s = interval_s
        self._opened = asyncio.Event()
        self._closed = asyncio.Event()
        self._closed.set()
        # an outage: said when reads begin to fail and when they work again, not at every read
        self._unread = Streak(_log, "schema check: reading the database's migrations")

    @property
    def open(self) -> bool:
        return self.closed_reason is None

    async def wait_open(self) -> None:
        await self._opened.wait()

    async def wait_closed(self) -> None:
        await self._closed.wait()

    async def refresh(self) -> None:
        """Read the database's migrations once; the gate opens or closes by what they are."""
        try:
            reason = await self._check()
        except Exception as exc:  # noqa: BLE001 - unreadable now: the gate stays as it was, the next read decides
            self._unread.failed(type(exc).__name__)
            return
        self._unread.succeeded()
        if reason == self.closed_reason:
            return
        if reason is None:
            _log.info("schema check: the database's schema is this code's; background work runs")
            self._closed.clear()
            self._opened.set()
        else:
            _log.error("schema check: background work paused, no row claimed: %s", reason)
            self._opened.clear()
            self._closed.set()
        self.closed_reason = reason

    async def run(self, stop: asyncio.Event) -> None:
        """A read every interval until `stop` (a supervised task, itself never gated)."""
        while not stop.is_set():
            await self.refresh()
            await pause(stop, self._interval_s)
