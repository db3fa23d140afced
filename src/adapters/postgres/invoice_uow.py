"""The invoice unit of work (adapters.postgres.uow) extended with more repositories on its connection."""

from __future__ import annotations

from typing import Self

import asyncpg

from adapters.postgres.connection import Connection
from adapters.postgres.invoice_repository import PgInvoiceRepository
from adapters.postgres.uow import PgUnitOfWork


class PgInvoiceUnitOfWorkWith:
    """Subclasses set their repositories in `_attach`, which runs on each new connection and transaction, so they
    commit or roll back together with the invoices."""

    def __init__(
        self,
        pool: asyncpg.Pool | None,
        *,
        acquire_timeout: float = 10.0,
        connection: Connection | None = None,
    ) -> None:
        self._inner = PgUnitOfWork(
            pool,
            repository_factory=self._repositories,
            acquire_timeout=acquire_timeout,
            connection=connection,
        )

    @classmethod
    def joining(cls, connection: Connection) -> Self:
        """Inside the caller's open transaction on `connection` (see adapters.postgres.uow)."""
        return cls(None, connection=connection)

    def _attach(self, conn: Connection) -> None:
        raise NotImplementedError

    def _repositories(self, conn: Connection) -> PgInvoiceRepository:
        self._attach(conn)
        return PgInvoiceRepository(conn)

    @property
    def invoices(self) -> PgInvoiceRepository:
        return self._inner.invoices

    async def __aenter__(self) -> Self:
        await self._inner.__aenter__()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._inner.__aexit__(*exc)

    async def commit(self) -> None:
        await self._inner.commit()
