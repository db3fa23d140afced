"""Group commit of new invoices (adapters.postgres.group_commit): concurrent submissions are written together.

The writer is a factory of units of work (domain.ports.GroupCommitted): each takes one new invoice and commits it
within a batch, or raises NotCommitted; the submit use case then writes it in a unit of work of its own.

Each batch is ONE statement, committed by itself (`insert_new_invoices`: the invoices, their lines, then the
companies' advisory locks, the events, their audit entries and the outbox rows, as a unit of work does); the NOTIFYs
are sent after that commit. The round trips (one per batch instead of five per invoice), the commit's WAL flush and asyncpg's
per-statement cost are shared by the batch.

An invoice whose request id or number is taken is skipped by the statement and answered False, and so is the whole
batch when it failed or its outcome is unknown: the submitter then writes it alone, and that path tells a replay,
a conflict and a taken number apart (and replays what did commit), so one bad invoice never fails the others.

A full queue makes submitters wait rather than fail: the gRPC server already bounds the calls in flight
(max_concurrent_streams) and each caller's deadline bounds its wait, while RESOURCE_EXHAUSTED would turn a burst the
database absorbs in a few batches into client errors.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, NoReturn, Self

import asyncpg

from adapters.postgres.event_feed import CHANNEL as EVENTS_CHANNEL
from adapters.postgres.group_commit import GroupCommit
from adapters.postgres.invoice_repository import NewInvoiceRow, insert_new_invoices, new_invoice_row
from adapters.postgres.notifier import PgNotifier
from adapters.postgres.pool import ACQUIRE_TIMEOUT_S
from adapters.postgres.uow import OUTBOX_CHANNEL
from domain.emission import InvoiceEvent, OutboundInvoice
from domain.ports import InvoiceFilter, NotCommitted, Page

# How a batch is written (`insert_new_invoices`; tests inject failures here).
BatchInsert = Callable[..., Awaitable[list[OutboundInvoice]]]


class PgSubmissionWriter:
    """Group-committed units of work for new invoices (domain.ports.GroupCommitted): call it for one. `start` before
    use, `stop` to write what is queued and stop."""

    def __init__(
        self,
        pool: asyncpg.Pool,
        *,
        notifier: PgNotifier | None = None,
        max_batch: int = 64,
        max_queue: int = 1024,
        in_flight: int = 1,
        acquire_timeout: float = ACQUIRE_TIMEOUT_S,
        stop_timeout: float = 30.0,
        on_batch: Callable[[int], None] | None = None,
        insert: BatchInsert = insert_new_invoices,
        linger_s: float = 0.0,
    ) -> None:
        """Each batch takes a pooled connection within `acquire_timeout`; its statement runs under the pool's
        command timeout. Without a `notifier`, the triggers notify inside the transaction. `on_batch` is told
        each batch's size (metrics); `linger_s`, see adapters.postgres.group_commit."""
        self._pool = pool
        self._notifier = notifier
        self._acquire_timeout = acquire_timeout
        self._insert = insert
        self._group: GroupCommit[NewInvoiceRow, bool] = GroupCommit(
            self._write_rows,
            unwritten=False,
            name="submission-writer",
            max_batch=max_batch,
            max_queue=max_queue,
            in_flight=in_flight,
            stop_timeout=stop_timeout,
            on_batch=on_batch,
            linger_s=linger_s,
            order=lambda row: (row.invoice.company_siren, row.invoice.request_id),
            # one company's burst shares the batches with the others' submissions
            key=lambda row: row.invoice.company_siren,
        )
        self.written = 0  # invoices the batches committed

    @property
    def submitted(self) -> int:
        return self._group.submitted

    async def start(self) -> None:
        await self._group.start()

    def __call__(self) -> PgGroupCommitUnitOfWork:
        return PgGroupCommitUnitOfWork(self)

    async def add_new(self, invoice: OutboundInvoice) -> bool:
        """True once `invoice` is committed with its pending events; False when it was not written (its request id
        or number taken, its batch failed, the writer stopped)."""
        # Encoded here, by the submitting task: its `reusing_encodings` block holds the fingerprint's encodings.
        return await self._group.submit(new_invoice_row(invoice))

    async def stop(self) -> None:
        await self._group.stop()

    async def _write_rows(self, rows: Sequence[NewInvoiceRow]) -> list[bool]:
        notifier = self._notifier
        async with self._pool.acquire(timeout=self._acquire_timeout) as conn:
            written = await self._insert(conn, rows, notify_after_commit=notifier is not None)
        for invoice in written:  # committed: their events are history now
            invoice.events.clear()
        self.written += len(written)
        if notifier is not None and written:
            notifier.notify(OUTBOX_CHANNEL)
            for company in sorted({invoice.company_siren for invoice in written}):
                notifier.notify(EVENTS_CHANNEL, company)
        ids = {invoice.id for invoice in written}
        return [row.invoice.id in ids for row in rows]


class _NewInvoices:
    """The invoice repository of a group-committed unit of work: it stages one new invoice, and refuses anything
    else (NotCommitted: the caller does that work in a unit of work of its own)."""

    def __init__(self) -> None:
        self.staged: OutboundInvoice | None = None

    async def add(self, invoice: OutboundInvoice) -> None:
        if self.staged is not None:
            _refuse("one new invoice per unit of work: a batch writes each member whole or not at all")
        self.staged = invoice

    async def get(self, company_siren: str, invoice_id: str) -> OutboundInvoice | None:
        _refuse("no reads")

    async def get_by_request(self, company_siren: str, request_id: str) -> OutboundInvoice | None:
        _refuse("no reads")

    async def save(self, invoice: OutboundInvoice) -> None:
        _refuse("new invoices only")

    async def list(
        self, company_siren: str, flt: InvoiceFilter, page_size: int, page_token: str
    ) -> Page[OutboundInvoice]:
        _refuse("no reads")

    async def history(self, company_siren: str, invoice_id: str) -> Sequence[InvoiceEvent]:
        _refuse("no reads")


def _refuse(why: str) -> NoReturn:
    raise NotCommitted(f"the group commit of new invoices does not do this: {why}")


class PgGroupCommitUnitOfWork:
    """domain.ports.UnitOfWork whose commit is a batch's (PgSubmissionWriter): one new invoice, written with its lines,
    events and outbox rows by the batch's statement, or NotCommitted."""

    def __init__(self, writer: PgSubmissionWriter) -> None:
        self._writer = writer
        self.invoices = _NewInvoices()

    async def __aenter__(self) -> Self:
        self.invoices = _NewInvoices()
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.invoices = _NewInvoices()  # nothing to roll back: nothing is written before the commit

    async def commit(self) -> None:
        invoice = self.invoices.staged
        if invoice is None:
            return
        if not await self._writer.add_new(invoice):
            raise NotCommitted(f"invoice {invoice.id} was not written by its batch")


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
