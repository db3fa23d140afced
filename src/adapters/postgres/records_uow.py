"""One transaction over the archive, the audit log, the e-reporting rows and the outbox.

A document, the audit entry recording it and the outbox row that sends it are committed together or not at
all. Read-only units run REPEATABLE READ, so an export sees one consistent snapshot of documents and chain.
"""

from __future__ import annotations

import asyncpg

from adapters.postgres.archive_store import PgArchiveStore
from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.connection import Connection
from adapters.postgres.pool import ACQUIRE_TIMEOUT_S
from adapters.postgres.reporting_repository import PgReportingRepository
from adapters.postgres.transmissions import PgOutboxRepository
from adapters.postgres.uow import PgUnitOfWork


class PgRecordsUnitOfWork(PgUnitOfWork):
    """A records unit of work (domain.records_ports.RecordsUnitOfWork); `read_only` runs REPEATABLE READ."""

    archive: PgArchiveStore
    audit: PgAuditLog
    reporting: PgReportingRepository
    outbox: PgOutboxRepository

    def __init__(
        self, pool: asyncpg.Pool, *, read_only: bool = False, acquire_timeout: float = ACQUIRE_TIMEOUT_S
    ) -> None:
        super().__init__(pool, acquire_timeout=acquire_timeout, read_only=read_only)

    def _attach(self, conn: Connection) -> None:
        self.archive = PgArchiveStore(conn)
        self.audit = PgAuditLog(conn)
        self.reporting = PgReportingRepository(conn)
        self.outbox = PgOutboxRepository(conn)
