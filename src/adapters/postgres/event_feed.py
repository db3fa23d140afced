"""A company's invoice events as a live stream: catch up from a cursor, then follow new commits.

One LISTEN connection per feed serves every subscriber: `listen(stop)`, run by the process's supervisor, which
restarts it when the connection is lost (adapters.postgres.listener). A notification (payload: the company SIREN) only
wakes that company's subscribers, which re-read their events from the table after their cursor. So memory
stays bounded whatever the consumers' pace (a slow consumer simply reads more rows per query), no event is
lost when notifications are coalesced or the listener reconnects, and the order is the table's: event ids of
one company are committed in increasing order (PgInvoiceRepository.flush_events takes a per-company lock).
A periodic re-read covers notifications lost while the listener was down, and every (re)connection of the listener
wakes every subscriber. A subscriber whose read fails (the database is down) ends with that error: the client
opens a new stream from its last cursor once the database is back.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import KW_ONLY, dataclass, field

import asyncpg

from adapters.postgres.invoice_repository import event_from_row
from adapters.postgres.listener import PgListener
from aio.tasks import wait_set
from domain.ports import StoredEvent

_log = logging.getLogger(__name__)
CHANNEL = "invoice_events"

# A company's next events after a cursor ($2), at most $3. Outbound and inbound events draw ids from their company's
# one counter under its lock (0003, 0740), so one cursor orders both; inbound kinds carry an INBOUND_ prefix and the
# received invoice's id. Each table gives at most $3 by its key (company, id) before the two are merged: merged
# first, every event of the company after the cursor was read and sorted for each page, a replay of n events
# reading about n^2 / 2 / $3 rows.
READ = """SELECT * FROM (
       (SELECT id, invoice_id, company_siren, kind, state, status_code, detail, findings, at
          FROM invoice_events WHERE company_siren = $1 AND id > $2 ORDER BY id LIMIT $3)
       UNION ALL
       (SELECT id, received_invoice_id, company_siren, 'INBOUND_' || kind, state, status_code, detail, findings, at
          FROM received_invoice_events WHERE company_siren = $1 AND id > $2 ORDER BY id LIMIT $3)
   ) AS e ORDER BY id LIMIT $3"""


@dataclass(eq=False, slots=True)
class PgEventFeed:
    pool: asyncpg.Pool
    _: KW_ONLY
    batch_size: int = 200
    poll_interval: float = 5.0
    _wakers: dict[str, set[asyncio.Event]] = field(default_factory=lambda: defaultdict(set), init=False)
    listener: PgListener = field(init=False)

    def __post_init__(self) -> None:
        self.listener = PgListener(self.pool, CHANNEL, self._notified, on_listening=self._wake_all)

    async def listen(self, stop: asyncio.Event) -> None:
        """The feed's LISTEN connection, until `stop`; raises when it is lost (run it under a supervisor)."""
        await self.listener.listen(stop)

    async def subscribe(self, company_siren: str, after_event_id: int = 0) -> AsyncIterator[StoredEvent]:
        """How many subscribe at once is bounded by the caller (service.usecases.emission.bindings: per company and
        per process, as every per-company bound)."""
        waker = asyncio.Event()
        self._wakers[company_siren].add(waker)
        cursor = after_event_id
        try:
            while True:
                waker.clear()  # before reading: a commit during the read wakes us again
                batch = await self._read(company_siren, cursor)
                for stored in batch:
                    cursor = stored.id
                    yield stored
                if len(batch) == self.batch_size:
                    continue
                await wait_set(waker, self.poll_interval)
        finally:
            self._wakers[company_siren].discard(waker)
            if not self._wakers[company_siren]:
                del self._wakers[company_siren]

    async def _read(self, company_siren: str, cursor: int) -> list[StoredEvent]:
        rows = await self.pool.fetch(READ, company_siren, cursor, self.batch_size)
        return [
            StoredEvent(row["id"], str(row["invoice_id"]), row["company_siren"], event_from_row(row))
            for row in rows
        ]

    def _wake_all(self) -> None:
        """Notifications may have been missed while nobody listened: every subscriber reads again."""
        for wakers in self._wakers.values():
            for waker in wakers:
                waker.set()

    def _notified(self, conn: object, pid: int, channel: str, company_siren: str) -> None:
        for waker in self._wakers.get(company_siren, ()):
            waker.set()
