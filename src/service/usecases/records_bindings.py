"""The archive and e-reporting use cases bound to their unit of work and clock, as the edge calls them."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypedDict

from aio import off_loop
from domain.archive_ports import ArchivedItem, ArchiveKind, ArchiveMetadata
from domain.invoice import Invoice
from domain.ports import Clock
from domain.records_ports import RecordKind, RecordsUowFactory
from domain.reporting.b2c import B2cTransaction
from domain.reporting.calendar import ReportKind, VatRegime
from domain.reporting.payments import PaymentEvent
from service.usecases import archive as archive_cases
from service.usecases import reporting as reporting_cases
from service.usecases import reporting_voids
from service.usecases.company_slots import CompanySlots
from service.usecases.export_slots import ExportSlots, VerificationSlots
from service.usecases.export_zip import spooled
from service.usecases.large_reads import LargeReads, large_reads
from service.usecases.listing_slots import declaration_slots
from service.usecases.record_slots import record_slots


class _Deps(TypedDict):
    uow_factory: RecordsUowFactory
    clock: Clock


@dataclass(eq=False, slots=True, kw_only=True)
class _RecordsUseCases:
    """The collaborators every archive and e-reporting use case takes: the records' unit of work and the clock."""

    uow_factory: RecordsUowFactory
    clock: Clock

    @property
    def _deps(self) -> _Deps:
        return {"uow_factory": self.uow_factory, "clock": self.clock}


@dataclass(eq=False, slots=True, kw_only=True)
class ArchiveUseCases(_RecordsUseCases):
    exports: CompanySlots = field(default_factory=ExportSlots)  # the exports this process holds at once
    verifications: CompanySlots = field(default_factory=VerificationSlots)  # and the verifications
    large_reads: LargeReads = field(default_factory=large_reads)  # GetArchivedDocument's, with the invoices'

    async def archive(
        self, company: str, kind: ArchiveKind, data: bytes, meta: ArchiveMetadata
    ) -> archive_cases.ArchiveReceipt:
        return await archive_cases.archive_document(company, kind, data, meta, **self._deps)

    async def get(self, company: str, sha256: str) -> ArchivedItem:
        return await archive_cases.get_archived_document(
            company, sha256, large_reads=self.large_reads, **self._deps
        )

    async def verify(self, company: str) -> archive_cases.VerificationReport:
        """In one of the process's verification slots; VerificationsBusy when none is free."""
        with self.verifications.taken(company):
            return await archive_cases.verify_archive(company, **self._deps)

    @contextlib.asynccontextmanager
    async def export(
        self, company: str, date_from: date | None, date_to: date | None
    ) -> AsyncIterator[archive_cases.ArchiveExport]:
        """The export, built whole in a temporary file (on disk past a few MiB) and held for the block (while the
        client reads it) in one of the process's export slots; ExportsBusy when none is free."""
        with self.exports.taken(company), spooled() as zip_file:
            totals = await archive_cases.export_archive(
                company, date_from, date_to, into=zip_file, **self._deps
            )
            yield archive_cases.ArchiveExport(zip_file, totals)

    async def stream_export(
        self, company: str, date_from: date | None, date_to: date | None
    ) -> AsyncGenerator[bytes | archive_cases.ExportTotals, None]:
        """The export in parts as they are written, then its totals, in one of the process's export slots until
        its end (however it ends: the caller closes it)."""
        with self.exports.taken(company):
            async with contextlib.aclosing(
                archive_cases.stream_export(company, date_from, date_to, **self._deps)
            ) as parts:
                async for part in parts:
                    yield part


@dataclass(eq=False, slots=True, kw_only=True)
class ReportingUseCases(_RecordsUseCases):
    # a preview, a submission or a rectification builds the declaration from every row of its period; a listing of
    # declarations builds each listed period's rectification so, one after the other (its `in_force_check`)
    declaration_slots: CompanySlots = field(default_factory=declaration_slots)
    # the rows of the record batches in progress, by company and in all (service.usecases.record_slots)
    record_slots: CompanySlots = field(default_factory=record_slots)

    @contextlib.contextmanager
    def recording(self, company: str, rows: int) -> Iterator[None]:
        """A record batch of `rows` (sales, payments, invoice lines) in progress for the block: its request read
        and recorded within it. RecordsBusy when the company's or the process's rows in progress would pass their
        bound."""
        with self.record_slots.taken(company, rows):
            yield

    @contextlib.contextmanager
    def _building(self, company: str) -> Iterator[None]:
        """One of the company's declaration slots (DeclarationsBusy when none is free) and, for the block, the
        build's CPU work in a thread of the builds' (aio.off_loop), not behind another company's."""
        with self.declaration_slots.taken(company), off_loop.building():
            yield

    async def record_b2c(self, company: str, txs: Sequence[B2cTransaction]) -> reporting_cases.RecordResult:
        return await reporting_cases.record_b2c_transactions(company, txs, **self._deps)

    async def record_purchases(
        self, company: str, invoices: Sequence[Invoice]
    ) -> reporting_cases.RecordResult:
        return await reporting_cases.record_purchases(company, invoices, **self._deps)

    async def record_sales(self, company: str, invoices: Sequence[Invoice]) -> reporting_cases.RecordResult:
        return await reporting_cases.record_sales(company, invoices, **self._deps)

    async def record_payments(
        self, company: str, events: Sequence[PaymentEvent]
    ) -> reporting_cases.RecordResult:
        return await reporting_cases.record_payments(company, events, **self._deps)

    async def void(
        self, company: str, kind: RecordKind, key: str, reason: str, *, rectify: bool = False
    ) -> reporting_voids.VoidResult:
        return await reporting_voids.void_record(company, kind, key, reason, rectify=rectify, **self._deps)

    async def preview(
        self, company: str, regime: VatRegime, kind: ReportKind, day: date
    ) -> reporting_cases.DeclarationView:
        with self._building(company):
            return await reporting_cases.preview_declaration(company, regime, kind, day, **self._deps)

    async def submit(
        self,
        company: str,
        regime: VatRegime,
        kind: ReportKind,
        day: date,
        *,
        rectify: bool = False,
    ) -> reporting_cases.DeclarationView:
        with self._building(company):
            return await reporting_cases.submit_declaration(
                company, regime, kind, day, rectify=rectify, **self._deps
            )

    async def get(self, company: str, declaration_id: str) -> reporting_cases.DeclarationView:
        """In one of the company's declaration slots, as a preview (its in-force check builds one)."""
        with self._building(company):
            return await reporting_cases.get_declaration(
                company, declaration_id, uow_factory=self.uow_factory
            )

    async def list(
        self, company: str, period_from: date | None = None, period_to: date | None = None
    ) -> list[reporting_cases.DeclarationView]:
        """In one of the company's declaration slots, as a preview: DeclarationsBusy when none is free."""
        with self._building(company):
            return await reporting_cases.list_declarations(
                company, period_from=period_from, period_to=period_to, uow_factory=self.uow_factory
            )
