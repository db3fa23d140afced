"""Every document the gateway produces or receives goes to the legal archive, wired around the steps that store it.

- Reception: the inbox worker archives a received invoice or status message inside the delivery's transaction
  (`InTransactionArchiver`, the DeliveryProcessor's archive hook): kept exactly when the delivery is processed.
- Emission: the pipeline's render_validate step stores the platform document in its own commit; the wrapper
  archives it right after that commit, and the send step's wrapper archives it again (idempotent: same bytes,
  same address; known by that address, nothing read, when it is there already) BEFORE any upload, failing the
  attempt when the archive is down. So no document reaches the platform unarchived, and one whose first archiving
  failed after rendering is archived on the send attempt.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from domain.archive_ports import ArchiveKind, ArchiveMetadata
from domain.pipeline_ports import OutboxMessage, PipelineUnitOfWork
from domain.ports import Clock, OutageCheck
from domain.records_ports import ArchiveRecords, RecordsUowFactory
from service.usecases.archive import ArchiveReceipt, archive_document, archive_in

log = logging.getLogger(__name__)


Step = Callable[[OutboxMessage, str], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class InTransactionArchiver:
    """domain.reception_ports.ArchiveHook: archives in the unit of work of the caller (a delivery's)."""

    clock: Clock

    async def __call__(
        self, records: ArchiveRecords, company: str, kind: ArchiveKind, data: bytes, meta: ArchiveMetadata
    ) -> ArchiveReceipt:
        return await archive_in(
            records,
            company,
            kind,
            data,
            meta,
            at=self.clock.now(),
        )


@dataclass(frozen=True, slots=True)
class RenderedDocumentArchiver:
    """Archives the platform document the pipeline stored for an invoice (a no-op when there is none yet)."""

    pipeline_uow: Callable[[], PipelineUnitOfWork]
    records_uow: RecordsUowFactory
    clock: Clock
    is_outage: OutageCheck = lambda exc: False  # the database's (the wiring's): an outage is no bug of ours

    async def archive(self, company: str, invoice_id: str) -> ArchiveReceipt | None:
        async with self.pipeline_uow() as uow:
            invoice = await uow.invoices.get(company, invoice_id)
            document = await uow.transmissions.document(invoice_id) if invoice is not None else None
        if invoice is None or document is None:
            return None
        meta = ArchiveMetadata(
            document.media_type, invoice.invoice.issue_date, filename=document.filename, invoice_id=invoice_id
        )
        return await archive_document(
            company,
            ArchiveKind.EMITTED_INVOICE,
            document.content,
            meta,
            uow_factory=self.records_uow,
            clock=self.clock,
        )

    def after(self, step: Step) -> Step:
        """Archive once the step committed; a failure is logged (the send step's guard archives it again)."""

        async def run(message: OutboxMessage, owner: str) -> None:
            await step(message, owner)
            try:
                await self.archive(message.company_siren, message.invoice_id)
            except Exception as exc:
                if not self.is_outage(exc):
                    log.exception(
                        "archiving the document of invoice %s failed; retried before sending",
                        message.invoice_id,
                    )
                    return
                # one line per invoice while the database is down or cannot write, as the relays say it
                log.warning(
                    "archiving the document of invoice %s failed, the database is unavailable (%s); retried before"
                    " sending",
                    message.invoice_id,
                    type(exc).__name__,
                )

        return run

    def before(self, step: Step) -> Step:
        """Archive before the step runs, unless archived already; a failure fails this attempt (the dispatcher
        retries it with backoff)."""

        async def run(message: OutboxMessage, owner: str) -> None:
            if not await self.archived(message):
                await self.archive(message.company_siren, message.invoice_id)
            await step(message, owner)

        return run

    async def archived(self, message: OutboxMessage) -> bool:
        """The document the row's invoice would send is in the archive, known by its address, none of its bytes
        read: each attempt read the invoice and its whole document, then tried the archive's insert (each pass of
        an invoice waiting on a platform outage too)."""
        sha256 = message.invoice.document_sha256 if message.invoice is not None else ""
        if not sha256:
            return False
        async with self.records_uow(read_only=True) as uow:
            return await uow.archive.stored_size(message.company_siren, sha256) > 0
