"""Group commit of new invoices: concurrent submissions are written together, one transaction per batch.

A submission queues its invoice (encoded by the submitting task) and waits. Each of `in_flight` writer tasks takes
everything queued when it is free, up to `max_batch`, and writes it in one unit of work: BEGIN, one INSERT of the
invoices and their lines (`PgInvoiceRepository.add_new`: what takes a taken request id or number is skipped), the
events and outbox rows of the inserted ones under the companies' advisory locks (as every unit of work), COMMIT,
then the NOTIFYs. No artificial delay: while a batch commits, the next one accumulates, so the batch grows with the
load and a lone submission is written at once. The BEGIN/COMMIT, the WAL flush, the round trips and asyncpg's
per-statement cost are shared by the batch.

What a batch did not write (skipped, or the whole batch when it failed) is answered False: the submitter then
writes it alone, and that path tells a replay, a conflict and a taken number apart, so one bad invoice never fails
the others, and a rolled-back batch leaves nothing behind. A batch whose COMMIT outcome is unknown (connection lost)
is safe too: the lone path reads the request first and replays what did commit.

The queue is bounded and a full queue makes submitters wait (backpressure) rather than fail: the gRPC server
already bounds the calls in flight (max_concurrent_streams) and each caller's deadline bounds its wait, while
RESOURCE_EXHAUSTED would turn a burst the database absorbs in a few batches into client errors.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import asyncpg

from adapters.postgres.invoice_repository import NewInvoiceRow, new_invoice_row
from adapters.postgres.notifier import PgNotifier
from adapters.postgres.uow import PgUnitOfWork
from domain.emission import OutboundInvoice

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Queued:
    row: NewInvoiceRow
    written: asyncio.Future[bool]


class PgSubmissionWriter:
    """The NewInvoiceWriter port on PostgreSQL; `start` before use, `stop` to write what is queued and stop."""

    def __init__(
        self,
        uow_factory: Callable[[], PgUnitOfWork],
        *,
        max_batch: int = 64,
        max_queue: int = 1024,
        in_flight: int = 2,
        stop_timeout: float = 30.0,
        on_batch: Callable[[int], None] | None = None,
    ) -> None:
        """`uow_factory` opens the unit of work of a batch (with the pool's acquire and command timeouts, and the
        notifier); `on_batch` is told each batch's size (metrics)."""
        if max_batch < 1 or in_flight < 1:
            raise ValueError("max_batch and in_flight must be at least 1")
        self._uow_factory = uow_factory
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
        if self._on_batch is not None:
            self._on_batch(len(batch))
        staged: set[str] = set()
        try:
            async with self._uow_factory() as uow:
                inserted = await uow.invoices.add_new([q.row for q in batch])
                await uow.commit()
            staged = {invoice.id for invoice in inserted}
            self.written += len(staged)
        except Exception as exc:  # any failure: each invoice is submitted alone, which names its own error
            level = logging.WARNING if isinstance(exc, asyncpg.PostgresError | OSError | TimeoutError) else logging.ERROR
            _log.log(level, "a batch of %d new invoices failed (%s): each is submitted alone", len(batch),
                     type(exc).__name__, exc_info=level == logging.ERROR)
        finally:  # also when cancelled mid-write: the outcome is then unknown, and the lone path reads it
            for queued in batch:
                _answer(queued.written, queued.row.invoice.id in staged)


def _answer(written: asyncio.Future[bool], value: bool) -> None:
    if not written.done():
        written.set_result(value)


async def init_submission_writer(
    pool: asyncpg.Pool,
    notifier: PgNotifier | None = None,
    *,
    max_batch: int = 64,
    max_queue: int = 1024,
    in_flight: int = 2,
    acquire_timeout: float = 10.0,
    on_batch: Callable[[int], None] | None = None,
) -> AsyncIterator[PgSubmissionWriter | None]:
    """Resource: a started writer on `pool` (a direct dependency, so it stops before the pool closes); None when
    `in_flight` is 0 (group commit off: every submission is its own transaction)."""
    if in_flight == 0:
        yield None
        return
    writer = PgSubmissionWriter(
        functools.partial(PgUnitOfWork, pool, notifier=notifier, acquire_timeout=acquire_timeout),
        max_batch=max_batch, max_queue=max_queue, in_flight=in_flight, on_batch=on_batch,
    )
    await writer.start()
    try:
        yield writer
    finally:
        await writer.stop()
