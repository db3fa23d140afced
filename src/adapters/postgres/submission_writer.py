"""Group commit of new invoices: concurrent submissions are written together, one transaction per batch.

A submission queues its invoice (encoded by the submitting task) and waits. Each of `in_flight` writer tasks takes
everything queued when it is free, up to `max_batch`, and writes it with ONE statement, its own transaction
(`insert_new_invoices`: the invoices, their lines, then the companies' advisory locks, the events and the outbox
rows, as a unit of work does), then sends the NOTIFYs after that commit. No artificial delay: while a batch commits,
the next one accumulates, so the batch grows with the load and a lone submission is written at once. The round
trips (one per batch instead of five per invoice), the commit's WAL flush and asyncpg's per-statement cost are
shared by the batch.

An invoice whose request id or number is taken is skipped by the statement and answered False, and so is the whole
batch when it failed (rolled back: nothing of it is left): the submitter then writes it alone, and that path tells
a replay, a conflict and a taken number apart, so one bad invoice never fails the others. A batch whose outcome is
unknown (connection lost while it ran) is answered False too: the lone path reads the request first and replays
what did commit.

The queue is bounded and a full queue makes submitters wait (backpressure) rather than fail: the gRPC server
already bounds the calls in flight (max_concurrent_streams) and each caller's deadline bounds its wait, while
RESOURCE_EXHAUSTED would turn a burst the database absorbs in a few batches into client errors.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import asyncpg

from adapters.postgres.event_feed import CHANNEL as EVENTS_CHANNEL
from adapters.postgres.invoice_repository import NewInvoiceRow, insert_new_invoices, new_invoice_row
from adapters.postgres.notifier import PgNotifier
from adapters.postgres.uow import OUTBOX_CHANNEL
from domain.emission import OutboundInvoice

# How a batch is written (`insert_new_invoices`; tests inject failures here).
BatchInsert = Callable[..., Awaitable[list[OutboundInvoice]]]

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Queued:
    row: NewInvoiceRow
    written: asyncio.Future[bool]


class PgSubmissionWriter:
    """The NewInvoiceWriter port on PostgreSQL; `start` before use, `stop` to write what is queued and stop."""

    def __init__(
        self,
        pool: asyncpg.Pool,
        *,
        notifier: PgNotifier | None = None,
        max_batch: int = 64,
        max_queue: int = 1024,
        in_flight: int = 1,
        acquire_timeout: float = 10.0,
        stop_timeout: float = 30.0,
        on_batch: Callable[[int], None] | None = None,
        insert: BatchInsert = insert_new_invoices,
    ) -> None:
        """Each batch takes a pooled connection within `acquire_timeout`; its statement runs under the pool's
        command timeout. Without a `notifier`, the triggers notify inside the transaction. `on_batch` is told
        each batch's size (metrics)."""
        if max_batch < 1 or in_flight < 1:
            raise ValueError("max_batch and in_flight must be at least 1")
        self._pool = pool
        self._notifier = notifier
        self._acquire_timeout = acquire_timeout
        self._insert = insert
        self._max_batch = max_batch
        self._queue: asyncio.Queue[_Queued] = asyncio.Queue(max_queue)
        self._in_flight = in_flight
        self._stop_timeout = stop_timeout
        self._on_batch = on_batch
        self._tasks: list[asyncio.Task[None]] = []
        self._waiting: set[asyncio.Future[bool]] = set()
        self._open = False
        # Figures: batches tried, the invoices they carried, and those they committed.
        self.batches = self.submitted = self.written = 0

    async def start(self) -> None:
        if self._tasks:
            raise RuntimeError("the submission writer is already started")
        self._open = True
        self._tasks = [asyncio.create_task(self._run(), name=f"submission-writer-{n}") for n in range(self._in_flight)]

    async def add_new(self, invoice: OutboundInvoice) -> bool:
        if not self._open:
            return False  # stopping (or not started): the lone path still writes it
        written = asyncio.get_running_loop().create_future()
        self._waiting.add(written)
        try:
            # Encoded here, by the submitting task: its `reusing_encodings` block holds the fingerprint's encodings.
            await self._queue.put(_Queued(new_invoice_row(invoice), written))
            # Once queued, the invoice is written with its batch or not at all, whether this caller stays or not
            # (a retry with the same request id then replays it).
            return await written
        finally:
            self._waiting.discard(written)

    async def stop(self) -> None:
        """Write everything queued (within `stop_timeout`), then stop; whatever could not be written is answered
        False, so its submitter writes it alone or fails clearly: nothing is dropped silently."""
        self._open = False
        try:
            await asyncio.wait_for(self._queue.join(), self._stop_timeout)
        except TimeoutError:
            _log.error("submission writer: queued invoices not written within %.0f s of stopping; their"
                       " submitters write them one by one", self._stop_timeout)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
        while not self._queue.empty():
            _answer(self._queue.get_nowait().written, False)
        for written in list(self._waiting):
            _answer(written, False)

    async def _run(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while len(batch) < self._max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                await self._write(batch)
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def _write(self, batch: list[_Queued]) -> None:
        # One order for every batch: two batches in flight wait on each other's keys in the same order (no deadlock).
        batch.sort(key=lambda q: (q.row.invoice.company_siren, q.row.invoice.request_id))
        self.batches += 1
        self.submitted += len(batch)
        staged: set[str] = set()
        try:
            if self._on_batch is not None:
                self._on_batch(len(batch))
            written = await self._write_rows([q.row for q in batch])
            staged = {invoice.id for invoice in written}
            self.written += len(staged)
        except Exception as exc:  # any failure: each invoice is submitted alone, which names its own error
            expected = isinstance(exc, asyncpg.PostgresError | asyncpg.InterfaceError | OSError | TimeoutError)
            _log.log(logging.WARNING if expected else logging.ERROR,
                     "a batch of %d new invoices failed (%s): each is submitted alone", len(batch),
                     type(exc).__name__, exc_info=not expected)
        finally:  # also when cancelled mid-write: the outcome is then unknown, and the lone path reads it
            for queued in batch:
                _answer(queued.written, queued.row.invoice.id in staged)

    async def _write_rows(self, rows: Sequence[NewInvoiceRow]) -> list[OutboundInvoice]:
        notifier = self._notifier
        async with self._pool.acquire(timeout=self._acquire_timeout) as conn:
            written = await self._insert(conn, rows, notify_after_commit=notifier is not None)
        for invoice in written:  # committed: their events are history now
            invoice.events.clear()
        if notifier is not None and written:
            notifier.notify(OUTBOX_CHANNEL)
            for company in sorted({invoice.company_siren for invoice in written}):
                notifier.notify(EVENTS_CHANNEL, company)
        return written


def _answer(written: asyncio.Future[bool], value: bool) -> None:
    if not written.done():
        written.set_result(value)


async def init_submission_writer(
    pool: asyncpg.Pool, notifier: PgNotifier | None = None, *, in_flight: int = 1, **settings: Any
) -> AsyncIterator[PgSubmissionWriter | None]:
    """Resource: a started writer on `pool` (a direct dependency, so it stops before the pool closes), with the
    PgSubmissionWriter `settings`; None when `in_flight` is 0 (group commit off: every submission is its own
    transaction)."""
    if in_flight == 0:
        yield None
        return
    writer = PgSubmissionWriter(pool, notifier=notifier, in_flight=in_flight, **settings)
    await writer.start()
    try:
        yield writer
    finally:
        await writer.stop()
