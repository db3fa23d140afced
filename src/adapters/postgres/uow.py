"""The PostgreSQL unit of work: one pooled connection, one transaction, explicit commit, rollback by default.

The ONE shape of every unit of work of a transaction of its own: the others (pipeline, documents, records,
reception) are subclasses that only attach more repositories to its connection in `_attach`, so they open,
commit and roll back as this one does. (The group commit and the send journal share their commit with other
tasks': adapters.postgres.submission_writer and send_journal.)

`joining(conn)` runs the same use cases inside a transaction the caller owns (reception commits a delivery's
effects with its DONE mark): each block is then a savepoint, and "commit" only releases it, so nothing is durable
before the caller's own COMMIT, and a rolled-back block (a conflict retried) leaves the caller's transaction
usable. A joining block's locks stay held until the caller's COMMIT, its company lock too: a caller that changes
several invoices in turn locks them first (the lock order: adapters.postgres.lock_order). `read_only` runs
REPEATABLE READ, read only: an export sees one consistent snapshot."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Self

import asyncpg

from adapters.postgres.connection import Connection
from adapters.postgres.event_feed import CHANNEL as EVENTS_CHANNEL
from adapters.postgres.invoice_repository import PgInvoiceRepository
from adapters.postgres.notifier import PgNotifier
from adapters.postgres.pool import ACQUIRE_TIMEOUT_S
from adapters.postgres.reporting_repository import PgReportingRepository

OUTBOX_CHANNEL = "outbox"  # adapters.postgres.outbox_source's default channel


class PgUnitOfWork:
    """Usable for several `async with` blocks in turn; each block is one transaction on its own connection."""

    invoices: PgInvoiceRepository
    declarations: PgReportingRepository

    def __init__(
        self,
        pool: asyncpg.Pool | None,
        *,
        acquire_timeout: float = ACQUIRE_TIMEOUT_S,
        connection: Connection | None = None,
        notifier: PgNotifier | None = None,
        read_only: bool = False,
    ) -> None:
        """With a `notifier`, the dispatcher's and the watchers' wake-ups go out after COMMIT, coalesced, rather
        than from the triggers inside the transaction (migration 0008). A joining unit of work never uses it: its
        caller owns the COMMIT."""
        if (pool is None) == (connection is None):
            raise ValueError("a unit of work needs a pool, or the connection of a transaction it joins")
        self._pool = pool
        self._joined = connection
        self._acquire_timeout = acquire_timeout
        self._notifier = notifier if connection is None else None
        self._read_only = read_only
        self._conn: Connection | None = None
        self._lent: asyncpg.pool.PoolConnectionProxy[asyncpg.Record] | None = None  # to give back to the pool
        self._tr: asyncpg.transaction.Transaction | None = None
        self._done = False

    async def __aenter__(self) -> Self:
        if self._conn is not None:
            raise RuntimeError("this unit of work is already open")
        if self._joined is not None:
            if not self._joined.is_in_transaction():
                raise RuntimeError("a joining unit of work needs its caller's transaction to be open")
            tr = self._joined.transaction()  # nested: a savepoint
            await tr.start()
            self._conn, self._tr, self._done = self._joined, tr, False
            self._open_on(self._joined)
            return self
        assert self._pool is not None
        conn = await self._pool.acquire(timeout=self._acquire_timeout)
        if self._read_only:
            tr = conn.transaction(isolation="repeatable_read", readonly=True)
        else:
            tr = conn.transaction()
        # BEGIN runs to its end even when the call is cancelled meanwhile (a client's deadline): cut short, the
        # connection went back to the pool inside a transaction, which asyncpg rolled back there with an ERROR
        # line ("Resetting connection with an active transaction") per call: a log any key holder could fill.
        begin = asyncio.ensure_future(tr.start())
        try:
            await asyncio.shield(begin)
        except BaseException:
            try:
                await _undo_begin(begin, tr)
            finally:  # cancelled again while it waits for BEGIN: the connection is given back all the same
                await self._pool.release(conn)
            raise
        self._conn, self._lent, self._tr, self._done = conn, conn, tr, False
        self._open_on(conn)
        self.invoices.notify_after_commit = self._notifier is not None  # as flush_events is told at commit
        return self

    @classmethod
    def joining(cls, connection: Connection) -> Self:
        """Inside the caller's open transaction on `connection`: each block is a savepoint of it."""
        return cls(None, connection=connection)

    def _open_on(self, conn: Connection) -> None:
        self.invoices = PgInvoiceRepository(conn)
        # a new invoice looks there, in its transaction, for the declarations it lands in (SubmitUnitOfWork)
        self.declarations = PgReportingRepository(conn)
        self._attach(conn)

    def _attach(self, conn: Connection) -> None:
        """Where a unit of work of more repositories sets them on the connection of each new transaction, so they
        commit or roll back together with the invoices."""

    async def commit(self) -> None:
        if self._tr is None or self._done:
            raise RuntimeError("commit outside an open unit of work")
        notifier = self._notifier
        companies = await self.invoices.flush_events(notify_after_commit=notifier is not None)
        # done before COMMIT: a COMMIT that fails or is cut short ended the transaction whatever its outcome (the
        # release resets the connection), and a rollback after it raised InterfaceError over the real error
        self._done = True
        await self._tr.commit()
        self.invoices.committed()
        if notifier is not None and companies:
            notifier.notify(OUTBOX_CHANNEL)
            for company in companies:
                notifier.notify(EVENTS_CHANNEL, company)

    async def rollback(self) -> None:
        if self._tr is not None and not self._done:
            self._done = True
            await self._tr.rollback()

    async def __aexit__(self, *exc: object) -> None:
        lent = self._lent
        try:
            await self.rollback()
        finally:
            self._conn, self._lent, self._tr = None, None, None
            if lent is not None:
                assert self._pool is not None
                await self._pool.release(lent)


async def _undo_begin(begin: asyncio.Future[None], tr: asyncpg.transaction.Transaction) -> None:
    """The BEGIN of a unit of work whose opening was cut short: awaited to its end, and rolled back if it began."""
    with contextlib.suppress(Exception):
        await begin
    if begin.done() and not begin.cancelled() and begin.exception() is None:
        await tr.rollback()
