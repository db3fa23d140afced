"""One transaction over the archive, the audit log, the e-reporting rows and the outbox.

A document, the audit entry recording it and the outbox row that sends it are committed together or not at
all. Read-only units run REPEATABLE READ, so an export sees one consistent snapshot of documents and chain.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import asyncpg

from adapters.postgres.archive_store import PgArchiveStore
from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.connection import Connection
from adapters.postgres.outbox_writes import COMPLETE, check_lease
from adapters.postgres.reporting_repository import PgReportingRepository
from adapters.postgres.uow import PgUnitOfWork


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
        check_lease(await self._conn.execute(COMPLETE, row_id, owner, error, 0), row_id, owner)


class PgRecordsUnitOfWork(PgUnitOfWork):
    """A records unit of work (domain.records_ports.RecordsUnitOfWork); `read_only` runs REPEATABLE READ."""

    archive: PgArchiveStore
    audit: PgAuditLog
    reporting: PgReportingRepository
    outbox: PgOutboxWriter

    def __init__(self, pool: asyncpg.Pool, *, read_only: bool = False, acquire_timeout: float = 10.0) -> None:
        super().__init__(pool, acquire_timeout=acquire_timeout, read_only=read_only)

    def _attach(self, conn: Connection) -> None:
        self.archive = PgArchiveStore(conn)
        self.audit = PgAuditLog(conn)
        self.reporting = PgReportingRepository(conn)
        self.outbox = PgOutboxWriter(conn)
