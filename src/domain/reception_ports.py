"""What reception needs from storage: the pipeline's unit of work, widened to a delivery's effects.

A delivery's effects (a received invoice, its statuses, a status of one of our invoices, a declaration the platform
refused, the archived documents) and its DONE/PARKED mark commit in ONE transaction: so a delivery is processed
exactly once even when a worker dies mid-way. That transaction is a `ReceptionUnitOfWork`: the pipeline's unit of
work (domain.pipeline_ports) plus the received invoices, the inbox's marks, the declarations and the archive, all
on the same transaction (adapters.postgres.reception_uow; tests.fakes.FakeUnitOfWork in memory).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

from domain.archive_ports import ArchiveKind, ArchiveMetadata
from domain.books_check import Tolerance
from domain.credit_notes import CreditNotesNaming
from domain.document_formats import PDF_MEDIA_TYPE, XML_MEDIA_TYPE, ParsedDocument, document_finding
from domain.findings import Severity, ValidationReport
from domain.invoice import Invoice
from domain.pipeline_ports import PipelineUnitOfWork
from domain.platform import OutgoingStatus, PlatformStatus
from domain.ports import Page
from domain.reception import DeliveryOutcome, ReceivedInvoice, ReceivedInvoiceEvent
from domain.records_ports import ArchiveRecords, ReceivedDeclarations


@dataclass(frozen=True, slots=True)
class ReceivedFilter:
    """ListReceivedInvoices filters; all optional, combined with AND."""

    lifecycle_codes: tuple[str, ...] = ()
    valid: bool | None = None
    seller: str = ""  # seller SIREN or part of its name
    received_from: datetime | None = None
    received_to: datetime | None = None


@dataclass(frozen=True, slots=True)
class ReceivedEvent:
    """A received invoice's event as stored: `id` grows in commit order within one company."""

    id: int
    received_invoice_id: str
    company_siren: str
    event: ReceivedInvoiceEvent


@dataclass(frozen=True, slots=True)
class ReceivedStatus:
    """A platform status of a received invoice, as delivered (`inbox_id`: the delivery that brought it)."""

    platform: str
    platform_invoice_id: str
    status: PlatformStatus
    received_id: str
    inbox_id: int | None = None


def received_media_type(content: bytes) -> str:
    """What a received document is stored as: a PDF (Factur-X) by its signature, anything else XML (CII, UBL, or
    what could not be read)."""
    return PDF_MEDIA_TYPE if content[:5] == b"%PDF-" else XML_MEDIA_TYPE


@dataclass(frozen=True, slots=True)
class ReadDocument:
    """A received document once read and validated (adapters.reception.document_reader, in a document worker)."""

    syntax: str  # XP Z12-013 flowSyntax: CII, UBL, Factur-X; "" when not recognised
    profile: str
    media_type: str
    report: ValidationReport
    parsed: ParsedDocument | None = None

    @classmethod
    def unreadable(cls, content: bytes, rule: str, message: str, *, profile: str = "") -> ReadDocument:
        """A received document no invoice could be read from, with the fatal finding that says why (`profile`:
        what it is instead, when known: a CDAR message)."""
        finding = document_finding(rule, Severity.FATAL, message)
        return cls("", profile, received_media_type(content), ValidationReport(findings=(finding,)))


class ReceivedBooksReads(Protocol):
    """What the books of a received invoice read of the others (service.usecases.reception, .corrections): one
    invoice's facts at a time. A page of them reads them all at once first (`ReceivedInvoices`' `..._of`)."""

    async def credit_notes(self, company_siren: str, seller_siren: str, number: str) -> CreditNotesNaming:
        """The readable credit notes this company received from that seller naming `number` in BG-3, gathered
        `alike` (domain.credit_notes: at most MAX_KINDS kinds, their worth added in the read), in the order received, leaving out the ones refused, rejected or cancelled (210, 213, 220, 501: they credit
        nothing) and another delivery of one received before (`copy_of`: it would credit twice): what may credit
        that received invoice (domain.credit_notes.books_credit decides)."""
        ...

    async def credited_invoices(
        self, company_siren: str, seller_siren: str, number: str, *, ended: bool = False
    ) -> Sequence[Invoice]:
        """The readable invoices (not credit notes) this company received from that seller with that number, first
        copies only, leaving out the ones refused, rejected or cancelled, in the order received: the ones a received
        credit note naming that number may credit (its BT-26 tells them apart). `ended`: those too (the invoices a
        corrective invoice may replace: UC4 has the seller cancel, 220, the one it replaced)."""
        ...

    async def correctives(self, company_siren: str, seller_siren: str, number: str) -> Sequence[Invoice]:
        """The readable corrective invoices (384, 471-473) this company received from that seller naming `number`
        in BG-3, first copies only, leaving out the ones refused, rejected or cancelled, in the order received: the
        ones that may replace that received invoice (service.usecases.corrections decides)."""
        ...

    async def paid_on(self, company_siren: str, invoice: Invoice) -> Mapping[Decimal, Decimal]:
        """What this company paid, per VAT rate, on the first copy it received of `invoice` (its seller, number,
        type and issue date)."""
        ...


class ReceivedInvoices(ReceivedBooksReads, Protocol):
    """The invoices we received, their platform statuses and their events, in the unit of work's transaction."""

    async def company_known(self, siren: str) -> bool:
        """One of our companies (registered, or holding an active API key)."""
        ...

    async def received_of(self, platform: str, platform_invoice_id: str) -> ReceivedInvoice | None:
        """The invoice received under that platform id, with its status history but neither its content nor its
        document, row-locked until the end of the transaction: concurrent statuses of one invoice apply one after
        the other, each on the history of the others."""
        ...

    async def lock_named(self, platform: str, platform_ids: Sequence[str]) -> None:
        """Lock, until the end of the transaction, these platform ids, then every invoice they name (ours, and those
        received on `platform`): what a transaction that will change several of them takes before any of their
        companies' locks (the gateway's one lock order: adapters.postgres.lock_order)."""
        ...

    async def received_platform_id(self, platform: str, number: str, seller_siren: str) -> str | None:
        """The platform id of the invoice we received with this number from this seller (any seller when ""):
        None when there is none, or when the number alone is ambiguous."""
        ...

    async def sent_platform_id(self, platform: str, number: str, seller_siren: str) -> str | None:
        """The platform id of the invoice WE sent through this platform as (seller, number); None when the status
        names no seller."""
        ...

    async def documents_of(self, company_siren: str, received_ids: Sequence[str]) -> Mapping[str, Invoice]:
        """The invoice each of these received ids holds (its content, without its attachments), in one read: a
        page's books (ListReceivedInvoices). One unreadable, or not the company's, is absent."""
        ...

    async def credit_notes_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], CreditNotesNaming]:
        """`credit_notes` of each (seller SIREN, number), in one read."""
        ...

    async def credited_invoices_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], Sequence[tuple[Invoice, bool]]]:
        """`credited_invoices(..., ended=True)` of each (seller SIREN, number), in one read, each with whether its
        lifecycle ended (what `credited_invoices` without `ended` leaves out)."""
        ...

    async def correctives_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], Sequence[Invoice]]:
        """`correctives` of each (seller SIREN, number), in one read."""
        ...

    async def paid_on_of(
        self, company_siren: str, invoices: Sequence[Invoice]
    ) -> Mapping[tuple[str, str, str, date], Mapping[Decimal, Decimal]]:
        """`paid_on` of each invoice, in one read, by (seller SIREN, number, type code, issue date); one with none:
        absent."""
        ...

    async def first_copy(self, company_siren: str, identity: tuple[str, str, str, int]) -> str | None:
        """The id of the first invoice this company received with this identity (ReceivedInvoice.identity), on any
        platform; None when there is none."""
        ...

    async def add(self, invoice: ReceivedInvoice, inbox_id: int | None) -> bool:
        """Store a new invoice (not its pending events: `save` writes them); False when this platform invoice id
        is already stored (a webhook and a poll of the same invoice)."""
        ...

    async def add_status(self, record: ReceivedStatus) -> bool:
        """Store a platform status of a received invoice; False when its status id was already recorded."""
        ...

    async def locked(self, company_siren: str, received_id: str) -> ReceivedInvoice | None:
        """The invoice (its content, not its document bytes) with its status history, ours included, row-locked
        until the end of the transaction; None for another company's or an unknown id."""
        ...

    async def save(self, invoice: ReceivedInvoice) -> None:
        """Its current status and its pending events (each also an audit entry); the events are then cleared."""
        ...

    async def queue_outgoing(self, invoice: ReceivedInvoice, status: OutgoingStatus) -> int:
        """Queue a buyer status for the dispatcher (outbox kind send_status); the row's id."""
        ...

    # reads for the API, each scoped to one company (tenancy)

    async def get(self, company_siren: str, received_id: str) -> ReceivedInvoice | None:
        """With its document bytes; None for another company's or an unknown id."""
        ...

    async def stored_size(self, company_siren: str, received_id: str) -> int:
        """The bytes its document and content take as stored (what `get` reads), 0 for another company's or an
        unknown id."""
        ...

    async def list(
        self, company_siren: str, flt: ReceivedFilter, page_size: int, page_token: str
    ) -> Page[ReceivedInvoice]:
        """Newest first; `page_token` is empty or a `Page.next_token`."""
        ...

    async def history(self, company_siren: str, received_id: str) -> Sequence[ReceivedEvent]: ...


class CompanySettings(Protocol):
    """What a company chose for the invoices it receives (service.usecases.company_settings sets them)."""

    async def books_tolerance(self, company_siren: str, supplier_siren: str = "") -> Tolerance:
        """The difference with the buyer's books an approval tolerates: the supplier's (its SIREN, BT-30) when
        the company set one for it, else the company's."""
        ...

    async def sends_payment_sent(self, company_siren: str) -> bool:
        """Whether a payment we record queues 211 Paiement transmis for the supplier."""
        ...

    async def set_books_tolerance(
        self, company_siren: str, tolerance: Tolerance, at: datetime, supplier_siren: str = ""
    ) -> Tolerance | None:
        """Set the company's (or, with `supplier_siren`, that supplier's); returns the one it replaces, if any."""
        ...

    async def clear_supplier_tolerance(self, company_siren: str, supplier_siren: str) -> Tolerance | None:
        """The supplier's own tolerance removed (the company's applies to it again); returns it, if it had one."""
        ...

    async def set_sends_payment_sent(self, company_siren: str, on: bool, at: datetime) -> bool:
        """Turn it on or off; returns the previous value."""
        ...


class DeliveryMarks(Protocol):
    async def finish(self, delivery_id: int, owner: str, outcome: DeliveryOutcome) -> bool:
        """Mark the delivery with its outcome in this transaction; False when the lease is no longer `owner`'s."""
        ...


class ReceptionUnitOfWork(ArchiveRecords, PipelineUnitOfWork, Protocol):
    """One delivery's transaction: the pipeline's repositories plus reception's, and the archive records (its audit
    log is the readable one). `joined()` runs the pipeline's own use cases (a status of one of our invoices) inside
    it."""

    @property
    def received(self) -> ReceivedInvoices: ...

    @property
    def deliveries(self) -> DeliveryMarks: ...

    @property
    def declarations(self) -> ReceivedDeclarations: ...

    @property
    def settings(self) -> CompanySettings: ...

    def joined(self) -> PipelineUnitOfWork:
        """A unit of work nested in this one's open transaction: its commit keeps its writes only if this one
        commits, and its rollback (a conflict retried) leaves this one usable."""
        ...


ReceptionUowFactory = Callable[[], ReceptionUnitOfWork]

# Archives a document inside the delivery's transaction (so it is kept exactly when the delivery is processed).
ArchiveHook = Callable[[ArchiveRecords, str, ArchiveKind, bytes, ArchiveMetadata], Awaitable[object]]
# The declarations already sent that an invoice received now lands in (an international purchase dated in a declared
# period: service.usecases.reporting.purchase_to_rectify), looked for inside the delivery's transaction before it
# stores the invoice: (first day, last day) of each.
DeclaredLook = Callable[[ReceivedDeclarations, str, Invoice], Awaitable[tuple[tuple[date, date], ...]]]
