"""The PostgreSQL unit of work: one pooled connection, one transaction, explicit commit, rollback by default."""

from __future__ import annotations

from collections.abc import Callable
from typing import Self

import asyncpg

from adapters.postgres.invoice_repository import PgInvoiceRepository


class PgUnitOfWork:
    """Usable for several `async with` blocks in turn; each block is one transaction on its own connection."""

    invoices: PgInvoiceRepository

    def __init__(
        self,
        pool: asyncpg.Pool,
        *,
        repository_factory: Callable[[asyncpg.Connection], PgInvoiceRepository] = PgInvoiceRepository,
        acquire_timeout: float = 10.0,
    ) -> None:
        self._pool = pool
        self._repository_factory = repository_factory
        self._acquire_timeout = acquire_timeout
        self._conn: asyncpg.Connection | None = None
        self._tr: asyncpg.transaction.Transaction | None = None
        self._done = False

    async def __aenter__(self) -> Self:
        if self._conn is not None:
            raise RuntimeError("this unit of work is already open")
        conn = await self._pool.acquire(timeout=self._acquire_timeout)
        try:
            tr = conn.transaction()
            await tr.start()
        except BaseException:
            await self._pool.release(conn)
            raise
        self._conn, self._tr, self._done = conn, tr, False
        self.invoices = self._repository_factory(conn)
        return self

    async def commit(self) -> None:
        if self._tr is None or self._done:
            raise RuntimeError("commit outside an open unit of work")
        await self.invoices.flush_events()
        await self._tr.commit()
        self._done = True
        self.invoices.committed()

    async def rollback(self) -> None:
        if self._tr is not None and not self._done:
            self._done = True
            await self._tr.rollback()

    async def __aexit__(self, *exc: object) -> None:
        conn = self._conn
        try:
            await self.rollback()
        finally:
            self._conn, self._tr = None, None
            if conn is not None:
                await self._pool.release(conn)
