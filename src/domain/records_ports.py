"""What the archive and e-reporting use cases need: one unit of work over the archive, the audit log, the
e-reporting rows and the outbox (PgRecordsUnitOfWork implements it), and the identity of whoever acts.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from domain.archive_ports import ArchivedItem, ArchiveStore, AuditEntry, AuditLog
from domain.invoice import Invoice
from domain.leased_queue import LeasedQueue
from domain.pipeline_ports import OutboxMessage, OutboxRepository
from domain.ports import Transaction, UnitOfWork
from domain.reporting.b2c import B2cTransaction
from domain.reporting.calendar import ReportKind, VatRegime, period_for
from domain.reporting.declaration import Declaration, DeclarationStatus, ReportType
from domain.reporting.international import InternationalInvoiceFacts
from domain.reporting.payments import PaymentEvent
from domain.serialization import findings_from_list, from_json_value


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

    def declaration(self) -> Declaration:
        """The aggregate this row stores, as it was submitted (its content, status and findings)."""
        regime, kind = VatRegime(self.regime), ReportKind(self.kind)
        decl = Declaration(
            self.company_siren,
            regime,
            kind,
            period_for(regime, kind, self.period_start),
            self.version,
            ReportType(self.report_type),
        )
        for item in self.content.get("b2c", ()):
            decl.record_b2c(from_json_value(B2cTransaction, item))
        for item in self.content.get("international", ()):
            decl.record_international(from_json_value(InternationalInvoiceFacts, item))
        for item in self.content.get("payments", ()):
            decl.record_payment(from_json_value(PaymentEvent, item))
        decl.status = DeclarationStatus(self.status)
        decl.submitted_on = self.submitted_on
        decl.findings = findings_from_list(self.findings)
        decl.rejection_reason = self.rejection_reason or None
        return decl


class RecordKind(StrEnum):
    """The e-reporting rows a company records, each under its key: what a void names."""

    B2C = "b2c"  # RecordB2cTransactions, the caller's key
    PAYMENT = "payment"  # RecordPayments, the caller's key (RecordPayment's: invoice/ID/payment/PAYMENT_ID)
    PURCHASE = "purchase"  # RecordPurchases, keyed by seller and number (InternationalInvoiceFacts.key)
    SALE = "sale"  # RecordSales, keyed so too
    # The 10.1 record of an international sale the company issued (its invoice), keyed by the invoice's number: an
    # issued invoice stays, only its e-reporting record is voided (one its checks refuse, that no record can stand
    # for: service.usecases.reporting_voids).
    ISSUED_SALE = "issued_sale"


@dataclass(frozen=True, slots=True)
class VoidedRecord:
    """A row moved out of the declarations with the reason it was voided for: `row` is the B2cTransaction,
    PaymentEvent or InternationalInvoiceFacts as it was recorded, `day` the day that put it in its period."""

    kind: RecordKind
    key: str
    day: date
    row: Any
    reason: str
    voided_at: datetime


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


class DeclarationStatuses(Protocol):
    """A declaration's status, as the platform's acknowledgement of a report moves it."""

    async def locked_declaration(self, declaration_id: str) -> DeclarationRow | None:
        """Whichever company's, row-locked until the end of the transaction."""
        ...

    async def set_status(self, move: DeclarationMove) -> bool:
        """Move a declaration on from `from_status`; False when it was not in that status any more."""
        ...


class LandingPeriods(Protocol):
    """What tells whether a row landing now is in its period's declaration or names it to rectify: the hold on the
    company's declarations, the declarations, and the rows recorded (a purchase received, or a sale issued, that a
    record stands for adds nothing)."""

    async def hold_declarations(self, company: str, *, exclusive: bool) -> None:
        """The company's declarations as a whole, until the end of the transaction, taken before anything else it
        reads or writes of them: a submission alone (`exclusive`), while it reads the rows and adds its version;
        what records a row and looks for the declarations it lands in shared, first. A row recorded at the moment
        a period is submitted is so either in that declaration or finds it sent (and names it to rectify). The
        regime, hence the period, of a row is not known when it comes: the whole company is held."""
        ...

    async def declarations(
        self, company: str, period_from: date | None, period_to: date | None
    ) -> list[DeclarationRow]:
        """The company's declarations overlapping the period (either bound open), latest first, bounded."""
        ...

    async def international_between(
        self, company: str, start: date, end: date
    ) -> list[InternationalInvoiceFacts]:
        """The international records of the period, purchases and sales, by issue date then key."""
        ...

    async def sale_keys(self, company: str, day: date, number: str) -> list[str]:
        """The keys of the B2C sales recorded on `day` that may stand for the issued invoice `number` (`number`
        itself, or one beginning with `number/`; domain.reporting.invoice_facts.is_recorded_sale decides), read
        without the sales: a retailer's day is hundreds of thousands of them, and decoding them all for one
        invoice took 113 s of the thread every company's large requests are read in."""
        ...


class SubmitUnitOfWork(UnitOfWork, Protocol):
    """A new invoice's transaction: it also looks there for the declarations already sent that the invoice lands
    in, so its SUBMITTED event names them as of its own commit (service.usecases.reporting.sale_to_rectify)."""

    @property
    def declarations(self) -> LandingPeriods: ...


class ReceivedDeclarations(DeclarationStatuses, LandingPeriods, Protocol):
    """Reception's view of the declarations: an acknowledgement moves one, a purchase received looks for the one it
    lands in."""


class ReportingRecords(DeclarationStatuses, LandingPeriods, Protocol):
    """The e-reporting rows (B2C transactions, payments, purchases, declaration versions) in the records'
    transaction, and the invoices a period's declaration is made of. Recording is idempotent on the caller's key:
    a replay of the same content counts nothing, the same key with other content raises DuplicateTransactionKey
    (the whole batch rolls back with the transaction). `*_between` read a period, both days included."""

    async def record_b2c(self, company: str, txs: Sequence[B2cTransaction], at: datetime) -> int:
        """How many of `txs` were new."""
        ...

    async def record_payments(self, company: str, events: Sequence[PaymentEvent], at: datetime) -> int: ...

    async def record_international(
        self, company: str, records: Sequence[InternationalInvoiceFacts], at: datetime
    ) -> int:
        """International B2B (10.1) records: purchases (declarant BUYER) and sales (SELLER), keyed by role, seller
        and number (InternationalInvoiceFacts.key)."""
        ...

    async def void_record(
        self, company: str, kind: RecordKind, key: str, reason: str, at: datetime
    ) -> VoidedRecord | None:
        """Move the row recorded under `key` out of every declaration built from now on, kept with `reason`; its
        key is free again. None when no row is recorded under it (never recorded, or already voided)."""
        ...

    async def voided_record(
        self, company: str, kind: RecordKind, key: str, reason: str
    ) -> VoidedRecord | None:
        """The row the latest void of `key` for `reason` moved out, if that void was made: the same void again,
        with no row under the key now, is a replay. Else the latest void of `key` for another reason (its own
        `reason` says which), None when the key was never voided."""
        ...

    async def issued_invoice(self, company: str, number: str) -> Invoice | None:
        """The invoice numbered `number` the company issued as its seller (not one that was never issued: refused,
        given up on, cancelled)."""
        ...

    async def void_issued_sale(
        self, company: str, number: str, sale: InternationalInvoiceFacts, reason: str, at: datetime
    ) -> VoidedRecord | None:
        """Keep the 10.1 record `sale` of the issued invoice `number` out of every declaration built from now on,
        with `reason` (the invoice itself stays). None when that invoice's record is voided already."""
        ...

    async def voided_between(
        self, company: str, kind: RecordKind, start: date, end: date
    ) -> list[VoidedRecord]:
        """The voids of `kind` whose day lies in the period."""
        ...

    async def b2c_between(self, company: str, start: date, end: date) -> list[B2cTransaction]: ...

    async def payments_between(self, company: str, start: date, end: date) -> list[PaymentEvent]: ...

    async def received_foreign_invoices_between(self, company: str, start: date, end: date) -> list[Invoice]:
        """The readable invoices received from a seller without a SIREN issued in the period, but those refused,
        rejected or cancelled: the candidates of its international purchases."""
        ...

    async def emitted_invoices_between(self, company: str, start: date, end: date) -> list[Invoice]:
        """The company's issued invoices of the period that can feed its transactions declaration."""
        ...

    async def lock_series(self, company: str, kind: str, period_start: date) -> None:
        """One declaration series (company, kind, period) at a time, until the end of the transaction."""
        ...

    async def series(self, company: str, kind: str, period_start: date) -> list[DeclarationRow]:
        """Every version of a declaration, oldest first."""
        ...

    async def declaration(self, company: str, declaration_id: str) -> DeclarationRow | None: ...

    async def add_declaration(self, row: DeclarationRow) -> None: ...


class StreamingArchive(ArchiveStore, Protocol):
    def iterate(
        self,
        company_siren: str,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> AsyncIterator[ArchivedItem]:
        """The company's documents by date then hash, within the dates; what is held at once does not grow with
        the archive nor its documents (adapters.postgres.archive_store): a document may come without its content
        (empty, its size not 0): `pieces` reads it."""
        ...

    def pieces(self, company_siren: str, sha256: str) -> AsyncIterator[bytes]:
        """A document's stored bytes, a piece at a time."""
        ...


class ReadableAuditLog(AuditLog, Protocol):
    def entries(
        self,
        company_siren: str,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> AsyncIterator[AuditEntry]:
        """The company's chain in order, `since` included, `until` not."""
        ...

    def entries_about(
        self, company_siren: str, subjects: Collection[str], *, since: datetime
    ) -> AsyncIterator[AuditEntry]:
        """The company's entries since `since` whose subject id is one of `subjects`, in order (read by subject, not
        by walking the chain of the days)."""
        ...

    def entries_about_documents(
        self, company_siren: str, date_from: date | None, date_to: date, *, since: datetime
    ) -> AsyncIterator[AuditEntry]:
        """`entries_about` the invoices and declarations the company's archived documents dated from `date_from`
        (None: the first) to `date_to` belong to, those subjects read by the store, not handed to it (a year's
        documents name tens of thousands)."""
        ...


class DeclarationOutbox(LeasedQueue[OutboxMessage], Protocol):
    """The e-reporting relay's outbox rows: a leased queue (given back by the relay, with its backoff, through
    `release`), and the write the relay's step makes while it holds a row (raising LeaseLost when the lease is no
    longer its own)."""

    async def progress(
        self, row: OutboxMessage, owner: str, payload: Mapping[str, Any], lease_s: float
    ) -> None:
        """Record how far the step got (kept across attempts) and hold the row `lease_s` more from now: a
        declaration's calls go out one after the other under one claim, and each must start with a whole lease
        ahead of it (longer than a call with its retries, adapters.pdp.calls.CALL_BUDGET_S), or a second worker
        could claim the row and send a call the first has sent but not yet recorded."""
        ...


class ArchiveRecords(Protocol):
    """What archiving inside someone else's transaction needs: the archive and the audit log (read-only
    members: a unit of work hands its repositories out, nobody swaps them, so an adapter may be more specific)."""

    @property
    def archive(self) -> StreamingArchive: ...

    @property
    def audit(self) -> ReadableAuditLog: ...


class RecordsUnitOfWork(ArchiveRecords, Transaction, Protocol):
    @property
    def reporting(self) -> ReportingRecords: ...

    @property
    def outbox(self) -> OutboxRepository: ...


# uow_factory(read_only=False) -> a fresh unit of work
RecordsUowFactory = Callable[..., RecordsUnitOfWork]
