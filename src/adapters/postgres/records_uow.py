"""One transaction over the archive, the audit log, the e-reporting rows and the outbox.

A document, the audit entry recording it and the outbox row that sends it are committed together or not at
all. Read-only units run REPEATABLE READ, so an export sees one consistent snapshot of documents and chain.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

import asyncpg

from adapters.postgres.archive_store import PgArchiveStore
from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.connection import Connection
from adapters.postgres.declaration_outbox import check_lease
from adapters.postgres.reporting_repository import PgReportingRepository


class PgOutboxWriter:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def add(self, company_siren: str, kind: str, payload: Mapping[str, Any]) -> int:
        return await self._conn.fetchval(
            "INSERT INTO outbox (company_siren, kind, payload) VALUES ($1, $2, $3) RETURNING id",
            company_siren,
            kind,
            dict(payload),
        )

    async def complete(self, row_id: int, owner: str, *, error: str = "") -> None:
        """Mark a row we lease as done (parked when `error` is set), in this transaction; LeaseLost otherwise."""
        status = await self._conn.execute(
            """UPDATE outbox SET done_at = now(), lease_owner = NULL, lease_until = NULL, last_error = $3
                WHERE id = $1 AND lease_owner = $2 AND done_at IS NULL""",
            row_id,
            owner,
            error,
        )
        check_lease(status, row_id, owner)


class PgRecordsUnitOfWork:
    archive: PgArchiveStore
    audit: PgAuditLog
    reporting: PgReportingRepository
    outbox: PgOutboxWriter

    def __init__(self, pool: asyncpg.Pool, *, read_only: bool = False, acquire_timeout: float = 10.0) -> None:
        self._pool = pool
        self._read_only = read_only
        self._acquire_timeout = acquire_timeout
        self._conn: asyncpg.pool.PoolConnectionProxy[asyncpg.Record] | None = None
        self._tr: Any = None
        self._done = False

    async def __aenter__(self) -> Self:
        if self._conn is not None:
            raise RuntimeError("this unit of work is already open")
        conn = await self._pool.acquire(timeout=self._acquire_timeout)
        try:
            if self._read_only:
                tr = conn.transaction(isolation="repeatable_read", readonly=True)
            else:
                tr = conn.transaction()
            await tr.start()
        except BaseException:
            await self._pool.release(conn)
            raise
        self._conn, self._tr, self._done = conn, tr, False
        self.archive = PgArchiveStore(conn)
        self.audit = PgAuditLog(conn)
        self.reporting = PgReportingRepository(conn)
        self.outbox = PgOutboxWriter(conn)
        return self

    async def commit(self) -> None:
        if self._tr is None or self._done:
            raise RuntimeError("commit outside an open unit of work")
        await self._tr.commit()
        self._done = True

    async def __aexit__(self, *exc: object) -> None:
        conn, tr = self._conn, self._tr
        try:
            if tr is not None and not self._done:
                self._done = True
                await tr.rollback()
        finally:
            self._conn, self._tr = None, None
            if conn is not None:
                await self._pool.release(conn)
