"""What the archive and e-reporting use cases need: one unit of work over the archive, the audit log, the
e-reporting rows and the outbox (PgRecordsUnitOfWork implements it), and the identity of whoever acts.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from domain.archive_ports import ArchivedItem, ArchiveStore, AuditEntry, AuditLog
from domain.leased_queue import LeasedQueue
from domain.pipeline_ports import OutboxMessage
from domain.ports import Transaction


@dataclass(frozen=True, slots=True)
class DeclarationRow:
    id: str
    company_siren: str
    regime: str
    kind: str
    period_start: date
    period_end: date
    deadline: date
    version: int
    report_type: str
    status: str
    content: dict[str, Any]
    totals: dict[str, Any]
    findings: list[Any]
    supersedes: str | None
    submitted_on: date | None
    submitted_at: datetime | None
    platform_ref: str
    rejection_reason: str
    archive_sha256: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class DeclarationMove:
    """A declaration's status moved on from `from_status`, only if it is still there (one mover wins);
    `platform_ref` and `rejection_reason` are kept as they were when None."""

    declaration_id: str
    from_status: str
    to_status: str
    at: datetime
    platform_ref: str | None = None
    rejection_reason: str | None = None


class StreamingArchive(ArchiveStore, Protocol):
    def iterate(
        self,
        company_siren: str,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        with_content: bool = True,
    ) -> AsyncIterator[ArchivedItem]: ...


class ReadableAuditLog(AuditLog, Protocol):
    def entries(
        self, company_siren: str, *, since: datetime | None = None, until: datetime | None = None
    ) -> AsyncIterator[AuditEntry]: ...


class OutboxWriter(Protocol):
    async def add(self, company_siren: str, kind: str, payload: Mapping[str, Any]) -> int: ...

    async def complete(self, row_id: int, owner: str, *, error: str = "") -> None: ...


class DeclarationOutbox(LeasedQueue[OutboxMessage], Protocol):
    """The e-reporting relay's outbox rows: a leased queue, and the two writes it makes while it holds a row (each
    raises LeaseLost when the lease is no longer its own)."""

    async def progress(self, row: OutboxMessage, owner: str, payload: Mapping[str, Any]) -> None:
        """Record how far the step got (kept across attempts), without releasing the lease."""
        ...

    async def reschedule(self, row: OutboxMessage, owner: str, *, at: datetime, error: str) -> None: ...


class ArchiveRecords(Protocol):
    """What archiving inside someone else's transaction needs: the archive and the audit log (read-only
    members: a unit of work hands its repositories out, nobody swaps them, so an adapter may be more specific)."""

    @property
    def archive(self) -> StreamingArchive: ...

    @property
    def audit(self) -> ReadableAuditLog: ...


class RecordsUnitOfWork(ArchiveRecords, Transaction, Protocol):
    reporting: (
        Any  # PgReportingRepository's shape (adapters.postgres.reporting_repository), rows as DeclarationRow
    )
    outbox: OutboxWriter


# uow_factory(read_only=False) -> a fresh unit of work
RecordsUowFactory = Callable[..., RecordsUnitOfWork]
