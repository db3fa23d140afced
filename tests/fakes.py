"""In-memory fakes of every port, with the same behaviour as the PostgreSQL adapters (tests/contract)."""

from __future__ import annotations

import asyncio
import copy
import json
import os
import uuid
from collections.abc import AsyncIterator, Callable, Collection, Mapping, Sequence
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, NoReturn, Self

from adapters.page_token import INVOICES, RECEIVED_INVOICES, decode_page_token, encode_page_token, page_scope
from domain.api_keys import hash_secret, new_secret, secret_prefix
from domain.archive import GENESIS_HASH, archive_json, content_address, entry_hash, retention_end
from domain.archive_ports import ArchivedItem, ArchiveKind, ArchiveMetadata, AuditEntry, AuditEvent
from domain.audit import current_acting
from domain.audit_trail import invoice_audit_items, received_invoice_audit_event
from domain.books_check import Tolerance
from domain.credit_notes import CreditNotesNaming, alike
from domain.document_file import DocumentFile
from domain.emission import WITH_ITS_BUYER, InvoiceEvent, OutboundInvoice, ProcessingState
from domain.errors import ConcurrencyConflict, DuplicateInvoiceNumber
from domain.findings import ValidationReport
from domain.inbox_ports import BodyPieces
from domain.invoice import Invoice, ProcessingRule
from domain.leased_queue import LeaseLost
from domain.outbox import NewOutboxRow, outbox_rows
from domain.outgoing_statuses import received_status_payload
from domain.payment_ports import StoredPayment
from domain.payments import Payment, PaymentState, Settlement
from domain.pipeline_ports import (
    Cancellation,
    ClaimedRequest,
    HeldRows,
    NextAttempt,
    OutboxKind,
    OutboxMessage,
    ParkedStatus,
    PlatformIdTaken,
    QueuedWork,
    StatusRecord,
    StoredDocument,
    SubmissionRecord,
)
from domain.platform import OutgoingStatus, PlatformStatus
from domain.ports import (
    ApiKey,
    DuplicateRequest,
    InvoiceFilter,
    IssuedApiKey,
    NotCommitted,
    Page,
    ReadWithoutAttachments,
    StoredEvent,
)
from domain.reception import (
    NOT_CREDITING_CODES,
    Delivery,
    DeliveryOutcome,
    ReceivedInvoice,
    ReceivedInvoiceEvent,
    StatusPoint,
    current_code,
)
from domain.reception_ports import ReceivedEvent, ReceivedFilter, ReceivedStatus
from domain.records_ports import DeclarationMove, DeclarationRow, RecordKind, VoidedRecord
from domain.reporting.b2c import B2cTransaction
from domain.reporting.international import FRANCE, InternationalInvoiceFacts
from domain.reporting.journal import DuplicateTransactionKey
from domain.reporting.payments import PaymentEvent
from domain.serialization import canonical_json, invoice_to_dict


class FixedClock:
    def __init__(self, now: datetime | None = None) -> None:
        self.current = now or datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@dataclass
class Row:
    id: int
    invoice_id: str | None  # None: a row of no invoice (a declaration's)
    company_siren: str
    kind: str
    payload: dict[str, Any]
    next_attempt_at: datetime
    attempts: int = 0
    lease_owner: str = ""
    lease_until: datetime | None = None
    done_at: datetime | None = None
    last_error: str = ""
    created_at: datetime | None = None


@dataclass
class DeliveryMark:
    """An inbox row as processing sees it: who holds its lease, and its mark once processed."""

    owner: str
    outcome: DeliveryOutcome | None = None


@dataclass
class InMemoryDatabase:
    """What the tables hold once committed; shared by every unit of work of a test."""

    clock: FixedClock = field(default_factory=FixedClock)  # dates outbox rows, leases, cancellations
    invoices: dict[str, OutboundInvoice] = field(default_factory=dict)
    events: list[StoredEvent] = field(default_factory=list)
    wakers: set[asyncio.Event] = field(default_factory=set)
    outbox: dict[int, Row] = field(default_factory=dict)
    documents: dict[str, StoredDocument] = field(default_factory=dict)
    reports: dict[str, ValidationReport] = field(default_factory=dict)
    submissions: dict[str, SubmissionRecord] = field(default_factory=dict)
    statuses: dict[str, list[StatusRecord]] = field(default_factory=dict)
    parked: dict[str, list[ParkedStatus]] = field(default_factory=dict)
    # the ids of the invoices read with their attachments (what PostgreSQL's read decodes), in order
    read_with_attachments: list[str] = field(default_factory=list)
    cancellations: dict[str, Cancellation] = field(default_factory=dict)
    declaration_holds: list[tuple[str, bool]] = field(default_factory=list)  # _Reporting.hold_declarations
    # (company, request id) → [fingerprint, answer]
    status_requests: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    payments: dict[tuple[str, str], StoredPayment] = field(default_factory=dict)  # (company, payment id)
    balances: dict[str, Settlement] = field(default_factory=dict)  # per invoice id
    # The e-reporting rows, by (company SIREN, key): payments (flux 10.2 and 10.4, the pipeline's and the records'
    # alike, as in PostgreSQL's one table), B2C transactions, international records (purchases and sales).
    reported_payments: dict[tuple[str, str], PaymentEvent] = field(default_factory=dict)
    b2c: dict[tuple[str, str], B2cTransaction] = field(default_factory=dict)
    purchases: dict[tuple[str, str], InternationalInvoiceFacts] = field(default_factory=dict)
    # Rows voided, moved out of the three above: (company SIREN, kind, key, reason) → the void.
    voided: dict[tuple[str, str, str, str], VoidedRecord] = field(default_factory=dict)
    # Payment declarations submitted: (company SIREN, first day, last day).
    declared_payment_periods: list[tuple[str, date, date]] = field(default_factory=list)
    audit: InMemoryAuditLog = field(default_factory=lambda: InMemoryAuditLog())
    # reception (domain.reception_ports): our companies, the invoices we received, their platform statuses by
    # (platform, status id), their events, the inbox's leases and marks, the declarations, the archive
    companies: set[str] = field(default_factory=set)
    received: dict[str, ReceivedInvoice] = field(default_factory=dict)
    received_statuses: dict[tuple[str, str], tuple[str, PlatformStatus]] = field(default_factory=dict)
    received_events: list[tuple[str, str, ReceivedInvoiceEvent]] = field(default_factory=list)
    deliveries: dict[int, DeliveryMark] = field(default_factory=dict)
    declarations: dict[str, DeclarationRow] = field(default_factory=dict)
    archive: dict[tuple[str, str], ArchivedItem] = field(default_factory=dict)  # (company, sha256)
    books_tolerance: dict[str, Tolerance] = field(default_factory=dict)  # company settings, by SIREN
    # A supplier's own tolerance, by (company SIREN, supplier SIREN).
    supplier_books_tolerance: dict[tuple[str, str], Tolerance] = field(default_factory=dict)
    sends_payment_sent: set[str] = field(default_factory=set)
    notified: asyncio.Event = field(default_factory=asyncio.Event)  # an outbox row was added
    commits: int = 0
    _next_id: int = 0

    def next_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def add_invoice(self, invoice: OutboundInvoice, kind: OutboxKind = OutboxKind.RENDER_VALIDATE) -> None:
        """A stored invoice with one open row of `kind`, as if committed (its pending events are not history)."""
        self.invoices[invoice.id] = replace(copy.deepcopy(invoice), events=[])
        row_id = self.next_id()
        self.outbox[row_id] = Row(
            row_id, invoice.id, invoice.company_siren, kind, {}, self.clock.now(), created_at=self.clock.now()
        )

    def rows(self, invoice_id: str, kind: str | None = None) -> list[Row]:
        return [
            r for r in self.outbox.values() if r.invoice_id == invoice_id and (kind is None or r.kind == kind)
        ]

    def open_rows(self) -> list[Row]:
        return [r for r in self.outbox.values() if r.done_at is None]

    def wake_held_payments(self, invoice_id: str) -> None:
        """The commit moving an invoice out of the states awaiting its deposit makes its held-payments row due now
        (PostgreSQL's trigger of migration 0180)."""
        now = self.clock.now()
        for row in self.rows(invoice_id, OutboxKind.HELD_PAYMENTS):
            if row.done_at is None and row.next_attempt_at > now:
                row.next_attempt_at = now
                self.notified.set()

    def outbox_for(self, invoice_id: str) -> list[NewOutboxRow]:
        return [NewOutboxRow(OutboxKind(row.kind), dict(row.payload)) for row in self.rows(invoice_id)]

    def history(self, invoice_id: str) -> list[InvoiceEvent]:
        return [e.event for e in self.events if e.invoice_id == invoice_id]

    def check_unique(self, invoice: OutboundInvoice, others: Sequence[OutboundInvoice]) -> None:
        for other in [*self.invoices.values(), *others]:
            if other.id == invoice.id:
                continue
            if (other.company_siren, other.request_id) == (invoice.company_siren, invoice.request_id):
                raise DuplicateRequest(invoice.request_id)
            seller = invoice.invoice.seller.siren
            numbered = (other.company_siren, other.invoice.seller.siren, other.number)
            if seller and numbered == (invoice.company_siren, seller, invoice.number):
                raise DuplicateInvoiceNumber(f"invoice number {invoice.number!r} (BT-1) is already used")


def _snapshot(invoice: OutboundInvoice) -> OutboundInvoice:
    return replace(invoice, events=[])


class InMemoryInvoiceRepository:
    """Stages writes like a transaction: nothing is visible to others before `apply` (the commit)."""

    def __init__(self, db: InMemoryDatabase) -> None:
        self.db = db
        self._versions: dict[str, int] = {}
        self._staged: dict[str, OutboundInvoice] = {}
        self._new: set[str] = set()
        self._light: dict[str, Invoice] = {}  # the contents read without their attachments

    async def add(self, invoice: OutboundInvoice) -> None:
        self.db.check_unique(invoice, [i for i in self._staged.values() if i.id != invoice.id])
        self._new.add(invoice.id)
        self._stage(invoice)

    def attach(self, invoice: OutboundInvoice) -> None:
        """Adopt an invoice read outside this unit of work (with its outbox row), as `get` would have read it."""
        self._versions[invoice.id] = invoice.version

    async def save(self, invoice: OutboundInvoice) -> None:
        expected = self._versions.get(invoice.id)
        if expected is None:
            raise ValueError(f"invoice {invoice.id} was not loaded by this unit of work")
        stored = self.db.invoices.get(invoice.id)
        if stored is None or stored.version != expected:
            raise ConcurrencyConflict(f"invoice {invoice.id} changed since it was read (version {expected})")
        self.db.check_unique(invoice, [i for i in self._staged.values() if i.id != invoice.id])
        light = self._light.get(invoice.id)
        if light is not None and invoice.invoice is not light:
            raise ReadWithoutAttachments(invoice.id)
        invoice.version = max(invoice.version, expected + 1)
        if light is not None:  # as PostgreSQL's save: the content is not written, only what changed
            invoice = replace(invoice, invoice=stored.invoice)
        self._stage(invoice)

    async def get(
        self, company_siren: str, invoice_id: str, *, attachments: bool = True
    ) -> OutboundInvoice | None:
        found = self._load(lambda i: i.id == invoice_id and i.company_siren == company_siren)
        if found is None or attachments:
            self._light.pop(invoice_id, None)
            if found is not None and found.invoice.attachments:
                self.db.read_with_attachments.append(invoice_id)
            return found
        found.invoice = replace(found.invoice, attachments=())
        self._light[invoice_id] = found.invoice
        return found

    async def stored_size(self, company_siren: str, invoice_id: str, *, attachments: bool = True) -> int:
        """A stand-in: the content's JSON without the attachments, and their bytes."""
        found = self.db.invoices.get(invoice_id)
        if found is None or found.company_siren != company_siren:
            return 0
        light = len(canonical_json(invoice_to_dict(replace(found.invoice, attachments=()))))
        return light + (sum(len(a.content or b"") for a in found.invoice.attachments) if attachments else 0)

    async def get_by_request(self, company_siren: str, request_id: str) -> OutboundInvoice | None:
        return self._load(lambda i: i.company_siren == company_siren and i.request_id == request_id)

    async def list(
        self, company_siren: str, flt: InvoiceFilter, page_size: int, page_token: str
    ) -> Page[OutboundInvoice]:
        rows = [i for i in self._visible() if i.company_siren == company_siren and _matches(i, flt)]
        rows.sort(key=lambda i: (i.created_at, uuid.UUID(i.id)), reverse=True)
        scope = page_scope(INVOICES, company_siren, flt)
        if page_token:
            at, last_id = decode_page_token(page_token, scope)
            rows = [i for i in rows if (i.created_at, uuid.UUID(i.id)) < (at, uuid.UUID(last_id))]
        items = [_snapshot(i) for i in rows[:page_size]]
        more = len(rows) > page_size
        return Page(
            items=items,
            next_token=encode_page_token(items[-1].created_at, items[-1].id, scope) if more else "",
        )

    async def history(self, company_siren: str, invoice_id: str) -> Sequence[InvoiceEvent]:
        return [
            e.event for e in self.db.events if e.invoice_id == invoice_id and e.company_siren == company_siren
        ]

    def apply(self) -> None:
        """Commit: re-check what concurrent commits may have taken, then publish everything at once."""
        for invoice in self._staged.values():
            if (
                invoice.id not in self._new
                and self.db.invoices[invoice.id].version != self._versions[invoice.id]
            ):
                raise ConcurrencyConflict(f"invoice {invoice.id} changed since it was read")
            self.db.check_unique(invoice, [])
        acting = current_acting()
        for invoice in self._staged.values():
            before = self.db.invoices.get(invoice.id)
            self.db.invoices[invoice.id] = _snapshot(invoice)
            if before is not None and before.state.awaiting_deposit and not invoice.state.awaiting_deposit:
                self.db.wake_held_payments(invoice.id)
            # Each event is an audit entry in the same commit, as PostgreSQL's flush writes it.
            for company, entry, at in invoice_audit_items(invoice, invoice.events, acting):
                self.db.audit.append_now(company, entry, at)
            for event in invoice.events:
                self.db.events.append(
                    StoredEvent(len(self.db.events) + 1, invoice.id, invoice.company_siren, event)
                )
            for message in outbox_rows(invoice, invoice.events):
                row_id, now = self.db.next_id(), self.db.clock.now()
                self.db.outbox[row_id] = Row(
                    row_id,
                    invoice.id,
                    invoice.company_siren,
                    str(message.kind),
                    dict(message.payload),
                    now,
                    created_at=now,
                )
                self.db.notified.set()
            invoice.events.clear()
            self._versions[invoice.id] = invoice.version
        self._staged.clear()
        self._new.clear()
        for waker in self.db.wakers:
            waker.set()

    def discard(self) -> None:
        self._staged.clear()
        self._new.clear()

    def _stage(self, invoice: OutboundInvoice) -> None:
        self._staged[invoice.id] = invoice

    def _visible(self) -> list[OutboundInvoice]:
        return list(self.db.invoices.values())

    def holds(self, invoice_id: str) -> bool:
        """Whether this transaction sees the invoice, committed or its own (what a foreign key checks)."""
        return invoice_id in self.db.invoices or invoice_id in self._staged

    def _load(self, predicate: Callable[[OutboundInvoice], bool]) -> OutboundInvoice | None:
        for invoice in self._visible():
            if predicate(invoice):
                self._versions[invoice.id] = invoice.version
                return _snapshot(invoice)
        return None


def _matches(invoice: OutboundInvoice, flt: InvoiceFilter) -> bool:
    content = invoice.invoice
    if flt.states and invoice.state not in flt.states:
        return False
    if flt.lifecycle_codes and invoice.lifecycle_code not in flt.lifecycle_codes:
        return False
    if flt.issued_from and content.issue_date < flt.issued_from:
        return False
    if flt.issued_to and content.issue_date > flt.issued_to:
        return False
    if flt.counterparty:
        needle = flt.counterparty
        if content.buyer.siren != needle and needle.lower() not in content.buyer.name.lower():
            return False
    return True


class ReadOnlyWrite(RuntimeError):
    """A read-only fake unit of work was given writes (PostgreSQL: ReadOnlySQLTransactionError)."""


class MissingParent(RuntimeError):
    """A row names an invoice the database does not hold (PostgreSQL: ForeignKeyViolationError)."""


class FakeUnitOfWork:
    """The one fake unit of work (domain.ports.UnitOfWork, domain.pipeline_ports.PipelineUnitOfWork,
    domain.reception_ports.ReceptionUnitOfWork and domain.records_ports.RecordsUnitOfWork): reads see the database plus this transaction's writes; writes reach
    the database only at commit, all or none."""

    def __init__(self, db: InMemoryDatabase | None = None, *, read_only: bool = False) -> None:
        """`read_only` (the records' exports and reads): a write is refused at commit, as PostgreSQL's read-only
        transaction refuses it at the statement; the reads are not a snapshot (commits of others show through)."""
        self.db = db or InMemoryDatabase()
        self.read_only = read_only
        self.committed = False
        self._open = False
        self._fresh()

    def _fresh(self) -> None:
        self.invoices = InMemoryInvoiceRepository(self.db)
        self.outbox = _Outbox(self)
        self.transmissions = _Transmissions(self)
        self.payments = _Payments(self)
        self.audit = _Audit(self)
        self.received = _Received(self)
        self.deliveries = _Deliveries(self)
        self.declarations = self.reporting = _Reporting(self)
        self.archive = _Archive(self)
        self.settings = _Settings(self)
        self._ops: list[Callable[[], None]] = []
        self._checks: list[Callable[[], None]] = []
        self._joined: list[InMemoryInvoiceRepository] = []  # invoice writes of the units of work it joined

    async def __aenter__(self) -> Self:
        if self._open:
            raise RuntimeError("this unit of work is already open")
        self._open = True
        self._fresh()
        return self

    async def commit(self) -> None:
        if not self._open:
            raise RuntimeError("commit outside an open unit of work")
        if self.read_only and self._ops:
            raise ReadOnlyWrite("a read-only unit of work was given writes")
        for check in self._checks:
            check()
        self.invoices.apply()  # checks what concurrent commits may have taken, then writes
        for joined in self._joined:
            joined.apply()
        for op in self._ops:
            op()
        self._ops.clear()
        self._checks.clear()
        self.db.commits += 1
        self.committed = True

    async def __aexit__(self, *exc: object) -> None:
        self.invoices.discard()
        self._ops.clear()
        self._checks.clear()
        self._joined.clear()
        self._open = False

    def joined(self) -> FakeUnitOfWork:
        """A unit of work nested in this open one: its commit hands its writes over to this one's commit. Unlike
        PostgreSQL's savepoint, what it committed is not visible to this one's reads before this one commits."""
        if not self._open:
            raise RuntimeError("join a unit of work once it is open")
        return _JoinedUnitOfWork(self)


class _JoinedUnitOfWork(FakeUnitOfWork):
    def __init__(self, outer: FakeUnitOfWork) -> None:
        super().__init__(outer.db)
        self._outer = outer

    async def commit(self) -> None:
        if not self._open:
            raise RuntimeError("commit outside an open unit of work")
        outer, invoices = self._outer, self.invoices
        self.invoices = InMemoryInvoiceRepository(self.db)  # what it staged now belongs to the outer commit
        outer._checks.extend(self._checks)
        outer._joined.extend([invoices, *self._joined])
        outer._ops.extend(self._ops)
        self._ops, self._checks, self._joined = [], [], []
        self.committed = True


class _Received:
    """domain.reception_ports.ReceivedInvoices: reads see the database plus this transaction's writes."""

    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow
        self._new: dict[str, ReceivedInvoice] = {}
        self._statuses: dict[tuple[str, str], tuple[str, PlatformStatus]] = {}

    @property
    def _db(self) -> InMemoryDatabase:
        return self._uow.db

    def _invoices(self) -> list[ReceivedInvoice]:
        return [*self._db.received.values(), *self._new.values()]

    def holds(self, invoice_id: str) -> bool:
        """Whether this transaction sees the received invoice, committed or its own (what a foreign key checks)."""
        return invoice_id in self._db.received or invoice_id in self._new

    async def company_known(self, siren: str) -> bool:
        return siren in self._db.companies

    async def received_of(self, platform: str, platform_invoice_id: str) -> ReceivedInvoice | None:
        for invoice in self._invoices():
            if (invoice.platform, invoice.platform_invoice_id) == (platform, platform_invoice_id):
                found = await self.locked(invoice.company_siren, invoice.id)
                return None if found is None else replace(found, invoice=None)
        return None

    async def lock_named(self, platform: str, platform_ids: Sequence[str]) -> None:
        """Nothing to lock: the fake's transactions apply one at a time."""

    async def received_platform_id(self, platform: str, number: str, seller_siren: str) -> str | None:
        found = [
            i.platform_invoice_id
            for i in self._invoices()
            if i.platform == platform and i.number == number and seller_siren in ("", i.seller_siren)
        ]
        return found[0] if len(found) == 1 else None

    async def sent_platform_id(self, platform: str, number: str, seller_siren: str) -> str | None:
        if not seller_siren:
            return None
        found = [
            sub.platform_id
            for sub in self._db.submissions.values()
            if (invoice := self._db.invoices.get(sub.invoice_id)) is not None
            and sub.platform == platform
            and sub.platform_id
            and (invoice.invoice.seller.siren, invoice.number) == (seller_siren, number)
        ]
        return found[0] if len(found) == 1 else None

    async def _crediting(
        self, company_siren: str, seller_siren: str, *, ended: bool = False
    ) -> list[Invoice]:
        """Readable first copies of that seller whose lifecycle did not end (unless `ended`), in the order
        received."""
        out = []
        for i in sorted(self._invoices(), key=lambda i: (i.received_at, i.id)):
            if (
                i.company_siren != company_siren
                or i.seller_siren != seller_siren
                or i.invoice is None
                or i.copy_of
            ):
                continue
            current = await self.locked(company_siren, i.id)
            if current is not None and (ended or current.lifecycle_code not in NOT_CREDITING_CODES):
                out.append(i.invoice)
        return out

    async def credit_notes(self, company_siren: str, seller_siren: str, number: str) -> CreditNotesNaming:
        return alike(
            i
            for i in await self._crediting(company_siren, seller_siren)
            if i.type_code.kind.credit_note and any(p.number == number for p in i.preceding_invoices)
        )

    async def credited_invoices(
        self, company_siren: str, seller_siren: str, number: str, *, ended: bool = False
    ) -> Sequence[Invoice]:
        return [
            i
            for i in await self._crediting(company_siren, seller_siren, ended=ended)
            if not i.type_code.kind.credit_note and i.number == number
        ]

    async def correctives(self, company_siren: str, seller_siren: str, number: str) -> Sequence[Invoice]:
        return [
            i
            for i in await self._crediting(company_siren, seller_siren)
            if i.type_code.kind.corrective and any(p.number == number for p in i.preceding_invoices)
        ]

    # A page's reads: the one-invoice reads, each key asked once.
    async def documents_of(self, company_siren: str, received_ids: Sequence[str]) -> Mapping[str, Invoice]:
        return {
            i.id: i.invoice
            for i in self._invoices()
            if i.company_siren == company_siren and i.id in received_ids and isinstance(i.invoice, Invoice)
        }

    async def credit_notes_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], CreditNotesNaming]:
        return {(s, n): await self.credit_notes(company_siren, s, n) for s, n in named}

    async def credited_invoices_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], Sequence[tuple[Invoice, bool]]]:
        found = {}
        for seller, number in named:
            living = await self.credited_invoices(company_siren, seller, number)
            every = await self.credited_invoices(company_siren, seller, number, ended=True)
            found[seller, number] = [(i, i not in living) for i in every]
        return found

    async def correctives_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], Sequence[Invoice]]:
        return {(s, n): await self.correctives(company_siren, s, n) for s, n in named}

    async def paid_on_of(
        self, company_siren: str, invoices: Sequence[Invoice]
    ) -> Mapping[tuple[str, str, str, date], Mapping[Decimal, Decimal]]:
        return {
            (i.seller.siren, i.number, i.type_code.value, i.issue_date): await self.paid_on(company_siren, i)
            for i in invoices
        }

    async def paid_on(self, company_siren: str, invoice: Invoice) -> Mapping[Decimal, Decimal]:
        first = next(
            (
                i
                for i in self._invoices()
                if i.company_siren == company_siren
                and not i.copy_of
                and i.invoice is not None
                and (i.seller_siren, i.number, i.invoice.type_code, i.invoice.issue_date)
                == (invoice.seller.siren, invoice.number, invoice.type_code, invoice.issue_date)
            ),
            None,
        )
        books = None if first is None else self._db.balances.get(first.id)
        return {} if books is None else {b.vat_rate: b.paid for b in books.balances}

    async def first_copy(self, company_siren: str, identity: tuple[str, str, str, int]) -> str | None:
        same = (i for i in self._invoices() if i.company_siren == company_siren and i.identity == identity)
        first = min(same, key=lambda i: (i.received_at, i.id), default=None)
        return None if first is None else first.id

    async def add(self, invoice: ReceivedInvoice, inbox_id: int | None) -> bool:
        if await self.received_of(invoice.platform, invoice.platform_invoice_id) is not None:
            return False
        stored = replace(invoice, events=[])
        self._new[invoice.id] = stored
        self._uow._ops.append(lambda: self._db.received.__setitem__(stored.id, stored))
        return True

    async def add_status(self, record: ReceivedStatus) -> bool:
        key = (record.platform, record.status.status_id)
        if key in self._db.received_statuses or key in self._statuses:
            return False
        entry = (record.received_id, record.status)
        self._statuses[key] = entry
        self._uow._ops.append(lambda: self._db.received_statuses.__setitem__(key, entry))
        return True

    async def locked(self, company_siren: str, received_id: str) -> ReceivedInvoice | None:
        found = next(
            (i for i in self._invoices() if i.id == received_id and i.company_siren == company_siren), None
        )
        if found is None:
            return None
        statuses = {**self._db.received_statuses, **self._statuses}
        history = [StatusPoint(s.code, s.at) for rid, s in statuses.values() if rid == received_id]
        history += [
            StatusPoint(str(r.payload["code"]), r.created_at or self._db.clock.now())
            for r in self._db.outbox.values()
            if r.kind == OutboxKind.SEND_STATUS and r.payload.get("received_invoice_id") == received_id
        ]
        return replace(
            copy.deepcopy(found),
            document=replace(found.document, content=b""),
            statuses=tuple(history),
            lifecycle_code=current_code(history),
            events=[],
        )

    async def save(self, invoice: ReceivedInvoice) -> None:
        events, code = list(invoice.events), invoice.lifecycle_code
        invoice.events.clear()

        def op() -> None:
            stored = self._db.received[invoice.id]
            self._db.received[invoice.id] = replace(stored, lifecycle_code=code)
            for event in events:
                self._db.received_events.append((invoice.id, invoice.company_siren, event))
                self._db.audit.append_now(
                    invoice.company_siren, received_invoice_audit_event(invoice.id, event), event.at
                )

        self._uow._ops.append(op)

    async def queue_outgoing(self, invoice: ReceivedInvoice, status: OutgoingStatus) -> int:
        row_id, now = self._db.next_id(), self._db.clock.now()
        payload = received_status_payload(invoice, status)
        row = Row(row_id, "", invoice.company_siren, OutboxKind.SEND_STATUS, payload, now, created_at=now)
        self._uow._ops.append(lambda: self._db.outbox.__setitem__(row_id, row))
        return row_id

    async def get(self, company_siren: str, received_id: str) -> ReceivedInvoice | None:
        found = self._db.received.get(received_id)
        return copy.deepcopy(found) if found is not None and found.company_siren == company_siren else None

    async def stored_size(self, company_siren: str, received_id: str) -> int:
        found = self._db.received.get(received_id)
        if found is None or found.company_siren != company_siren:
            return 0
        return 1000 + len(found.document.content)

    async def list(
        self, company_siren: str, flt: ReceivedFilter, page_size: int, page_token: str
    ) -> Page[ReceivedInvoice]:
        rows = [
            replace(i, document=replace(i.document, content=b""))
            for i in self._db.received.values()
            if i.company_siren == company_siren
            and (not flt.lifecycle_codes or i.lifecycle_code in flt.lifecycle_codes)
            and (flt.valid is None or i.valid == flt.valid)
        ]
        rows.sort(key=lambda i: (i.received_at, uuid.UUID(i.id)), reverse=True)
        scope = page_scope(RECEIVED_INVOICES, company_siren, flt)
        if page_token:
            at, last_id = decode_page_token(page_token, scope)
            rows = [i for i in rows if (i.received_at, uuid.UUID(i.id)) < (at, uuid.UUID(last_id))]
        items, more = rows[:page_size], len(rows) > page_size
        return Page(items, encode_page_token(items[-1].received_at, items[-1].id, scope) if more else "")

    async def history(self, company_siren: str, received_id: str) -> list[ReceivedEvent]:
        return [
            ReceivedEvent(n, rid, c, replace(e, facts={}))  # as stored: the facts are in its audit entry
            for n, (rid, c, e) in enumerate(self._db.received_events, start=1)
            if (rid, c) == (received_id, company_siren)
        ]


class _Settings:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow

    async def books_tolerance(self, company_siren: str, supplier_siren: str = "") -> Tolerance:
        db = self._uow.db
        if (company_siren, supplier_siren) in db.supplier_books_tolerance:
            return db.supplier_books_tolerance[(company_siren, supplier_siren)]
        return db.books_tolerance.get(company_siren, Tolerance())

    async def sends_payment_sent(self, company_siren: str) -> bool:
        return company_siren in self._uow.db.sends_payment_sent

    async def set_books_tolerance(
        self, company_siren: str, tolerance: Tolerance, at: datetime, supplier_siren: str = ""
    ) -> Tolerance | None:
        db = self._uow.db
        if supplier_siren:
            key = (company_siren, supplier_siren)
            before = db.supplier_books_tolerance.get(key)
            self._uow._ops.append(lambda: db.supplier_books_tolerance.__setitem__(key, tolerance))
            return None if before is None else Tolerance(before.amount, before.percent, tolerance.source)
        previous = db.books_tolerance.get(company_siren)
        self._uow._ops.append(lambda: db.books_tolerance.__setitem__(company_siren, tolerance))
        return None if previous is None else Tolerance(previous.amount, previous.percent)

    async def clear_supplier_tolerance(self, company_siren: str, supplier_siren: str) -> Tolerance | None:
        db = self._uow.db
        before = db.supplier_books_tolerance.get((company_siren, supplier_siren))
        self._uow._ops.append(lambda: db.supplier_books_tolerance.pop((company_siren, supplier_siren), None))
        return (
            None if before is None else Tolerance(before.amount, before.percent, f"supplier {supplier_siren}")
        )

    async def set_sends_payment_sent(self, company_siren: str, on: bool, at: datetime) -> bool:
        chosen = self._uow.db.sends_payment_sent
        previous = company_siren in chosen
        self._uow._ops.append(lambda: chosen.add(company_siren) if on else chosen.discard(company_siren))
        return previous


class _Deliveries:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow

    async def finish(self, delivery_id: int, owner: str, outcome: DeliveryOutcome) -> bool:
        mark = self._uow.db.deliveries.get(delivery_id)
        if mark is None or mark.owner != owner or mark.outcome is not None:
            return False
        self._uow._ops.append(lambda: setattr(mark, "outcome", outcome))
        return True


class _Declarations:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow
        self._written: dict[
            str, DeclarationRow
        ] = {}  # this transaction's new or moved rows, read before its commit

    def _rows(self) -> dict[str, DeclarationRow]:
        return {**self._uow.db.declarations, **self._written}

    async def locked_declaration(self, declaration_id: str) -> DeclarationRow | None:
        return self._rows().get(declaration_id)

    async def set_status(self, move: DeclarationMove) -> bool:
        rows = self._uow.db.declarations
        row = self._rows().get(move.declaration_id)
        if row is None or row.status != move.from_status:
            return False
        moved = replace(
            row,
            status=move.to_status,
            updated_at=move.at,
            platform_ref=row.platform_ref if move.platform_ref is None else move.platform_ref,
            rejection_reason=row.rejection_reason if move.rejection_reason is None else move.rejection_reason,
        )
        self._written[move.declaration_id] = moved
        self._uow._ops.append(lambda: rows.__setitem__(move.declaration_id, moved))
        return True


DECLARATIONS_LISTED = 500  # as adapters.postgres.reporting_repository
# Refused by our validation, given up on or cancelled before any deposit: never issued, never reported.
_NOT_ISSUED = frozenset({ProcessingState.INVALID, ProcessingState.FAILED, ProcessingState.CANCELLED})
# Refused by the buyer (210), rejected by the platform (213, 501) or cancelled (220): never a purchase.
_NOT_PURCHASED_CODES = frozenset({"210", "213", "220", "501"})
# Each kind of recorded row: its table in InMemoryDatabase and the day that puts it in a period.
_VOIDABLE: dict[RecordKind, tuple[str, Callable[[Any], date]]] = {
    RecordKind.B2C: ("b2c", lambda t: t.day),
    RecordKind.PAYMENT: ("reported_payments", lambda e: e.day),
    RecordKind.PURCHASE: ("purchases", lambda p: p.issue_date),
    RecordKind.SALE: ("purchases", lambda p: p.issue_date),  # one table, keys by role, as in PostgreSQL
}


class _Reporting(_Declarations):
    """The records' e-reporting rows (domain.records_ports.ReportingRecords) as adapters.postgres.reporting_repository
    keeps them: recorded idempotently on (company, key), this transaction's own rows read back before its commit."""

    def __init__(self, uow: FakeUnitOfWork) -> None:
        super().__init__(uow)
        self._pending: dict[str, dict[tuple[str, str], Any]] = {}  # table name -> this transaction's new rows
        self._gone: set[tuple[str, str, str]] = set()  # (table, company, key) voided in this transaction

    def _table(self, table: str) -> dict[tuple[str, str], Any]:
        rows = {**getattr(self._uow.db, table), **self._pending.get(table, {})}
        return {k: v for k, v in rows.items() if (table, *k) not in self._gone}

    def _record(self, table: str, company: str, items: Sequence[Any], key_of: Callable[[Any], str]) -> int:
        rows, batch = self._table(table), dict[str, Any]()
        for item in items:
            key = key_of(item)
            known = batch.get(key, rows.get((company, key), item))
            if known != item:
                raise DuplicateTransactionKey(key)
            if (company, key) not in rows:
                batch[key] = item
        pending = self._pending.setdefault(table, {})
        pending.update({(company, key): item for key, item in batch.items()})
        self._gone -= {(table, company, key) for key in batch}  # recorded again after its void
        committed = getattr(self._uow.db, table)
        self._uow._ops.append(
            lambda: committed.update((k, v) for k, v in pending.items() if k not in committed)
        )
        return len(batch)

    def _between(
        self, table: str, company: str, start: date, end: date, day_of: Callable[[Any], date]
    ) -> list[Any]:
        found = [(day_of(v), k, v) for (c, k), v in self._table(table).items() if c == company]
        return [v for day, k, v in sorted(found, key=lambda f: (f[0], f[1])) if start <= day <= end]

    async def record_b2c(self, company: str, txs: Sequence[B2cTransaction], at: datetime) -> int:
        return self._record("b2c", company, txs, lambda t: t.key)

    async def record_payments(self, company: str, events: Sequence[PaymentEvent], at: datetime) -> int:
        return self._record("reported_payments", company, events, lambda e: e.key)

    async def record_international(
        self, company: str, records: Sequence[InternationalInvoiceFacts], at: datetime
    ) -> int:
        return self._record("purchases", company, records, lambda p: p.key)

    async def void_record(
        self, company: str, kind: RecordKind, key: str, reason: str, at: datetime
    ) -> VoidedRecord | None:
        table, day_of = _VOIDABLE[kind]
        row = self._table(table).get((company, key))
        if row is None:
            return None
        void = VoidedRecord(kind, key, day_of(row), row, reason, at)
        self._gone.add((table, company, key))
        self._pending.get(table, {}).pop((company, key), None)
        db = self._uow.db

        def apply() -> None:
            getattr(db, table).pop((company, key), None)
            db.voided.pop((company, kind.value, key, reason), None)  # the latest last, as its seq orders it
            db.voided[(company, kind.value, key, reason)] = void

        self._uow._ops.append(apply)
        return void

    async def voided_record(
        self, company: str, kind: RecordKind, key: str, reason: str
    ) -> VoidedRecord | None:
        voids = self._uow.db.voided
        same = voids.get((company, kind.value, key, reason))
        latest = [v for (c, k, voided, _), v in voids.items() if (c, k, voided) == (company, kind.value, key)]
        return same or (latest[-1] if latest else None)

    def _issued(self, company: str, number: str) -> OutboundInvoice | None:
        return next(
            (
                o
                for o in self._uow.db.invoices.values()
                if (o.company_siren, o.invoice.seller.siren, o.invoice.number) == (company, company, number)
                and o.state not in _NOT_ISSUED
            ),
            None,
        )

    async def issued_invoice(self, company: str, number: str) -> Invoice | None:
        issued = self._issued(company, number)
        return None if issued is None else issued.invoice

    async def void_issued_sale(
        self, company: str, number: str, sale: InternationalInvoiceFacts, reason: str, at: datetime
    ) -> VoidedRecord | None:
        db = self._uow.db
        kind = RecordKind.ISSUED_SALE
        if self._issued(company, number) is None or any(
            (c, k, key) == (company, kind.value, number) for c, k, key, _ in db.voided
        ):
            return None  # one void per issued invoice (migration 0431)
        void = VoidedRecord(kind, number, sale.issue_date, sale, reason, at)
        self._uow._ops.append(lambda: db.voided.__setitem__((company, kind.value, number, reason), void))
        return void

    async def voided_between(
        self, company: str, kind: RecordKind, start: date, end: date
    ) -> list[VoidedRecord]:
        found = [
            v
            for (c, k, _, _), v in self._uow.db.voided.items()
            if (c, k) == (company, kind.value) and start <= v.day <= end
        ]
        return sorted(found, key=lambda v: (v.day, v.key))

    async def b2c_between(self, company: str, start: date, end: date) -> list[B2cTransaction]:
        return self._between("b2c", company, start, end, lambda t: t.day)

    async def sale_keys(self, company: str, day: date, number: str) -> list[str]:
        return sorted(
            t.key
            for t in self._between("b2c", company, day, day, lambda t: t.day)
            if t.key == number or t.key.startswith(f"{number}/")
        )

    async def payments_between(self, company: str, start: date, end: date) -> list[PaymentEvent]:
        return self._between("reported_payments", company, start, end, lambda e: e.day)

    async def international_between(
        self, company: str, start: date, end: date
    ) -> list[InternationalInvoiceFacts]:
        return self._between("purchases", company, start, end, lambda p: p.issue_date)

    async def emitted_invoices_between(self, company: str, start: date, end: date) -> list[Invoice]:
        """The issued invoices of the period to consumers or to buyers outside France, by issue date then number:
        the candidates PostgreSQL's E_REPORTING_CANDIDATES reads (the domain still decides)."""
        found = [
            o.invoice
            for o in self._uow.db.invoices.values()
            if o.company_siren == company
            and start <= o.invoice.issue_date <= end
            and o.state not in _NOT_ISSUED
            and (
                o.invoice.processing_rule is ProcessingRule.B2C
                or (o.invoice.buyer.address.country or "").upper() not in FRANCE
            )
        ]
        return sorted(found, key=lambda i: (i.issue_date, i.number))

    async def received_foreign_invoices_between(self, company: str, start: date, end: date) -> list[Invoice]:
        """The readable invoices received from a seller without a SIREN, issued in the period, but those refused,
        rejected or cancelled, by issue date then number."""
        found = [
            (r.invoice, r.number)
            for r in self._uow.db.received.values()
            if r.company_siren == company
            and r.invoice is not None
            and r.seller_siren == ""
            and start <= r.invoice.issue_date <= end
            and r.lifecycle_code not in _NOT_PURCHASED_CODES
        ]
        return [i for i, _ in sorted(found, key=lambda f: (f[0].issue_date, f[1]))]

    async def lock_series(self, company: str, kind: str, period_start: date) -> None:
        """Nothing to wait for: in memory, a unit of work runs to its commit without another interleaving."""

    async def hold_declarations(self, company: str, *, exclusive: bool) -> None:
        """Nothing to wait for, as `lock_series`; each hold is kept (company, exclusive) for the tests to read."""
        self._uow.db.declaration_holds.append((company, exclusive))

    def _declarations(self, company: str) -> list[DeclarationRow]:
        return [r for r in self._rows().values() if r.company_siren == company]

    async def series(self, company: str, kind: str, period_start: date) -> list[DeclarationRow]:
        rows = [r for r in self._declarations(company) if (r.kind, r.period_start) == (kind, period_start)]
        return sorted(rows, key=lambda r: r.version)

    async def declaration(self, company: str, declaration_id: str) -> DeclarationRow | None:
        return next((r for r in self._declarations(company) if r.id == declaration_id), None)

    async def declarations(
        self, company: str, period_from: date | None, period_to: date | None
    ) -> list[DeclarationRow]:
        rows = [
            r
            for r in self._declarations(company)
            if (period_from is None or r.period_end >= period_from)
            and (period_to is None or r.period_start <= period_to)
        ]
        # Latest period first, then kind, then latest version (the second sort is stable), as PostgreSQL lists them.
        rows.sort(key=lambda r: (r.kind, -r.version))
        rows.sort(key=lambda r: r.period_start, reverse=True)
        return rows[:DECLARATIONS_LISTED]

    async def add_declaration(self, row: DeclarationRow) -> None:
        self._written[row.id] = row
        self._uow._ops.append(lambda: self._uow.db.declarations.__setitem__(row.id, row))


FAKE_PAGE_BYTES = (
    8 * 1024 * 1024
)  # as adapters.postgres.archive_store: a larger document is listed without content
FAKE_PIECE_BYTES = 1024 * 1024


class _Archive:
    """The archive in the unit of work's transaction: idempotent on content, like adapters.postgres.archive_store."""

    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow

    async def put(
        self, company_siren: str, kind: ArchiveKind, data: bytes, meta: ArchiveMetadata
    ) -> tuple[str, bool]:
        sha = content_address(data)
        store = self._uow.db.archive
        if (company_siren, sha) in store:
            return sha, False
        item = ArchivedItem(
            media_type=meta.media_type,
            document_date=meta.document_date,
            filename=meta.filename,
            invoice_id=meta.invoice_id,
            declaration_id=meta.declaration_id,
            company_siren=company_siren,
            sha256=sha,
            kind=kind,
            size=len(data),
            retention_until=retention_end(meta.document_date),
            created_at=self._uow.db.clock.now(),
            content=data,
        )
        self._uow._ops.append(lambda: store.setdefault((company_siren, sha), item))
        return sha, True

    async def get(self, company_siren: str, sha256: str) -> ArchivedItem | None:
        return self._uow.db.archive.get((company_siren, sha256))

    async def stored_size(self, company_siren: str, sha256: str) -> int:
        item = self._uow.db.archive.get((company_siren, sha256))
        return 0 if item is None else item.size

    async def iterate(
        self,
        company_siren: str,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> AsyncIterator[ArchivedItem]:
        """The company's committed documents by date then hash, as adapters.postgres.archive_store streams them."""
        items = sorted(
            (i for (c, _), i in self._uow.db.archive.items() if c == company_siren),
            key=lambda i: (i.document_date, i.sha256),
        )
        for item in items:
            if (date_from is None or item.document_date >= date_from) and (
                date_to is None or item.document_date <= date_to
            ):
                # a large document comes without its content, as PostgreSQL's page gives it
                yield replace(item, content=b"") if item.size > FAKE_PAGE_BYTES else item

    async def pieces(self, company_siren: str, sha256: str) -> AsyncIterator[bytes]:
        content = self._uow.db.archive[(company_siren, sha256)].content
        for offset in range(0, len(content), FAKE_PIECE_BYTES):
            yield content[offset : offset + FAKE_PIECE_BYTES]


class _Audit:
    """Appends reach the database's chain at commit, like the rest of the transaction."""

    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow

    async def entries(
        self,
        company_siren: str,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> AsyncIterator[AuditEntry]:
        """The company's committed chain in order, `since` included, `until` not (this transaction's appends are
        sealed at its commit: they are not read back before it)."""
        for entry in list(self._uow.db.audit.entries.get(company_siren, [])):
            if (since is None or entry.at >= since) and (until is None or entry.at < until):
                yield entry

    async def entries_about(
        self, company_siren: str, subjects: Collection[str], *, since: datetime
    ) -> AsyncIterator[AuditEntry]:
        async for entry in self.entries(company_siren, since=since):
            if entry.subject_id in subjects:
                yield entry

    async def entries_about_documents(
        self, company_siren: str, date_from: date | None, date_to: date, *, since: datetime
    ) -> AsyncIterator[AuditEntry]:
        subjects = {
            subject
            for (company, _), item in self._uow.db.archive.items()
            if company == company_siren and (date_from or date.min) <= item.document_date <= date_to
            for subject in (item.invoice_id, item.declaration_id)
            if subject
        }
        async for entry in self.entries_about(company_siren, subjects, since=since):
            yield entry

    async def append(self, company_siren: str, event: AuditEvent, at: datetime) -> AuditEntry:
        self._uow._ops.append(lambda: self._uow.db.audit.append_now(company_siren, event, at))
        return AuditEntry(
            company_siren,
            0,
            at,
            event.acting.actor.label,
            event.action,
            event.subject_type,
            event.subject_id,
            dict(event.details),
            "",
            "",
            event.acting.actor.name,
            event.acting.request_id,
        )


class _Payments:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow

    async def get(self, company_siren: str, payment_id: str) -> StoredPayment | None:
        return self._uow.db.payments.get((company_siren, payment_id))

    async def paid_per_rate(self, invoice_id: str) -> Mapping[Decimal, Decimal]:
        books = self._uow.db.balances.get(invoice_id)
        return {} if books is None else {b.vat_rate: b.paid for b in books.balances}

    async def payments(self, invoice_id: str) -> Sequence[StoredPayment]:
        return [p for p in self._uow.db.payments.values() if p.invoice_id == invoice_id]

    async def credited_invoice(
        self, company_siren: str, seller_siren: str, number: str, *, ended: bool = False
    ) -> Invoice | None:
        return next(
            (
                stored.invoice
                for stored in self._uow.db.invoices.values()
                if stored.company_siren == company_siren
                and stored.invoice.seller.siren == seller_siren
                and stored.number == number
                and stored.state in WITH_ITS_BUYER
                and (ended or stored.lifecycle_code not in NOT_CREDITING_CODES)
                and not stored.invoice.type_code.kind.credit_note
            ),
            None,
        )

    async def credit_notes(self, company_siren: str, invoice_number: str) -> CreditNotesNaming:
        return alike(self._naming(company_siren, invoice_number, "credit_note"))

    async def correctives(self, company_siren: str, invoice_number: str) -> Sequence[Invoice]:
        return self._naming(company_siren, invoice_number, "corrective")

    def _naming(self, company_siren: str, invoice_number: str, kind: str) -> list[Invoice]:
        return [
            stored.invoice
            for stored in self._uow.db.invoices.values()
            if stored.company_siren == company_siren
            and stored.state in WITH_ITS_BUYER
            and stored.lifecycle_code not in NOT_CREDITING_CODES
            and getattr(stored.invoice.type_code.kind, kind)
            and any(p.number == invoice_number for p in stored.invoice.preceding_invoices)
        ]

    async def paid_on(
        self, company_siren: str, seller_siren: str, number: str, *, ended: bool = False
    ) -> Mapping[Decimal, Decimal]:
        for stored in self._uow.db.invoices.values():
            if (
                stored.company_siren == company_siren
                and stored.invoice.seller.siren == seller_siren
                and stored.number == number
                and stored.state in WITH_ITS_BUYER
                and (ended or stored.lifecycle_code not in NOT_CREDITING_CODES)
                and not stored.invoice.type_code.kind.credit_note
            ):
                return await self.paid_per_rate(stored.id)
        return {}

    # A page's reads: the one-invoice reads, each number asked once.
    async def paid_per_rate_of(self, invoice_ids: Sequence[str]) -> Mapping[str, Mapping[Decimal, Decimal]]:
        return {i: await self.paid_per_rate(i) for i in invoice_ids}

    async def held_of(self, invoice_ids: Sequence[str]) -> Mapping[str, Sequence[Payment]]:
        return {
            i: [p.request for p in await self.payments(i) if p.state is PaymentState.HELD]
            for i in invoice_ids
        }

    async def credit_notes_of(
        self, company_siren: str, invoice_numbers: Sequence[str]
    ) -> Mapping[str, CreditNotesNaming]:
        return {n: await self.credit_notes(company_siren, n) for n in invoice_numbers}

    async def correctives_of(
        self, company_siren: str, invoice_numbers: Sequence[str]
    ) -> Mapping[str, Sequence[Invoice]]:
        return {n: await self.correctives(company_siren, n) for n in invoice_numbers}

    async def paid_on_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], Mapping[Decimal, Decimal]]:
        return {(s, n): await self.paid_on(company_siren, s, n, ended=True) for s, n in named}

    async def credited_invoices_of(
        self, company_siren: str, named: Sequence[tuple[str, str]]
    ) -> Mapping[tuple[str, str], tuple[Invoice, bool]]:
        found = {}
        for seller, number in named:
            invoice = await self.credited_invoice(company_siren, seller, number, ended=True)
            if invoice is not None:
                living = await self.credited_invoice(company_siren, seller, number)
                found[seller, number] = (invoice, living is None)
        return found

    async def add(self, payment: StoredPayment, books: Settlement, reports: Sequence[PaymentEvent]) -> None:
        store = self._uow.db
        key = (payment.company_siren, payment.applied.payment_id)

        def check() -> None:
            if key in store.payments:
                raise ConcurrencyConflict(f"payment {key[1]} was recorded meanwhile")

        def write() -> None:
            store.payments[key] = payment
            store.balances[payment.invoice_id] = books
            for report in reports:
                store.reported_payments.setdefault((payment.company_siren, report.key), report)

        self._uow._checks.append(check)
        self._uow._ops.append(write)

    async def hold(self, payment: StoredPayment) -> None:
        key = (payment.company_siren, payment.applied.payment_id)
        store = self._uow.db

        def check() -> None:
            if key in store.payments:
                raise ConcurrencyConflict(f"payment {key[1]} was recorded meanwhile")

        self._uow._checks.append(check)
        self._uow._ops.append(lambda: store.payments.__setitem__(key, payment))

    async def held(self, invoice_id: str) -> Sequence[StoredPayment]:
        return [
            p
            for p in self._uow.db.payments.values()
            if p.invoice_id == invoice_id and p.state is PaymentState.HELD
        ]

    async def parked(self, invoice_id: str) -> Sequence[StoredPayment]:
        store = self._uow.db
        if any(r.kind is OutboxKind.HELD_PAYMENTS and r.done_at is None for r in store.rows(invoice_id)):
            return []
        return await self.held(invoice_id)

    async def release(
        self, payment: StoredPayment, books: Settlement, reports: Sequence[PaymentEvent]
    ) -> None:
        store = self._uow.db
        key = (payment.company_siren, payment.applied.payment_id)
        self._uow._checks.append(lambda: self._still_held(key))

        def write() -> None:
            store.payments[key] = payment
            store.balances[payment.invoice_id] = books
            for report in reports:
                store.reported_payments.setdefault((payment.company_siren, report.key), report)

        self._uow._ops.append(write)

    async def refuse(self, payment: StoredPayment, reason: str) -> None:
        store = self._uow.db
        key = (payment.company_siren, payment.applied.payment_id)
        self._uow._checks.append(lambda: self._still_held(key))
        refused = replace(payment, state=PaymentState.REFUSED, refusal=reason)
        self._uow._ops.append(lambda: store.payments.__setitem__(key, refused))

    async def declared_periods(self, company_siren: str, days: Sequence[date]) -> Sequence[tuple[date, date]]:
        found = {
            (start, end)
            for company, start, end in self._uow.db.declared_payment_periods
            if company == company_siren and any(start <= d <= end for d in days)
        }
        return sorted(found)

    def _still_held(self, key: tuple[str, str]) -> None:
        stored = self._uow.db.payments.get(key)
        if stored is None or stored.state is not PaymentState.HELD:
            raise ConcurrencyConflict(f"payment {key[1]} is no longer held")


class _Outbox:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow

    def _row(self, message: OutboxMessage, owner: str) -> Row:
        row = self._uow.db.outbox[message.id]
        if row.lease_owner != owner or row.done_at is not None:
            raise LeaseLost(str(message.id))
        self._uow._checks.append(lambda: self._row_check(row, owner))
        return row

    @staticmethod
    def _row_check(row: Row, owner: str) -> None:
        if row.lease_owner != owner or row.done_at is not None:
            raise LeaseLost(str(row.id))

    async def add(self, work: QueuedWork) -> None:
        store = self._uow.db

        def op() -> None:
            row_id = store.next_id()
            store.outbox[row_id] = Row(
                row_id,
                work.invoice_id,
                work.company_siren,
                str(work.kind),
                dict(work.payload or {}),
                work.due or store.clock.now(),
                created_at=store.clock.now(),
            )
            store.notified.set()

        self._uow._ops.append(op)

    async def complete(
        self, message: OutboxMessage, owner: str, *, error: str = "", count: bool = False
    ) -> None:
        row = self._row(message, owner)
        now = self._uow.db.clock.now()

        def op() -> None:
            row.done_at, row.last_error, row.lease_owner, row.lease_until = now, error, "", None
            row.attempts += 1 if count else 0

        self._uow._ops.append(op)

    async def reschedule(self, message: OutboxMessage, owner: str, again: NextAttempt) -> None:
        row = self._row(message, owner)

        def op() -> None:
            row.next_attempt_at, row.last_error, row.lease_owner, row.lease_until = (
                self._uow.db.clock.now() + (again.after or timedelta(0)),  # from the queue's own clock
                again.error,
                "",
                None,
            )
            row.attempts += 1 if again.count else 0
            row.payload.update(again.payload or {})

        self._uow._ops.append(op)

    async def hold_open_rows(self, company_siren: str, invoice_id: str) -> HeldRows:
        store = self._uow.db
        rows = [r for r in store.rows(invoice_id) if r.company_siren == company_siren and r.done_at is None]
        now = store.clock.now()
        return HeldRows(
            tuple(r.id for r in rows),
            any(r.lease_until is not None and r.lease_until > now for r in rows),
            frozenset(r.kind for r in rows),
        )

    async def close_rows(self, rows: HeldRows, error: str) -> None:
        store = self._uow.db
        now = store.clock.now()

        def op() -> None:
            for row_id in rows.ids:
                row = store.outbox[row_id]
                if row.done_at is None:
                    row.done_at, row.last_error, row.lease_owner, row.lease_until = now, error, "", None

        self._uow._ops.append(op)

    async def renew(self, message: OutboxMessage, owner: str, lease_s: float) -> None:
        row = self._row(message, owner)
        until = self._uow.db.clock.now() + timedelta(seconds=lease_s)
        self._uow._ops.append(lambda: setattr(row, "lease_until", until))


class _Transmissions:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow
        self._staged_statuses: dict[str, list[StatusRecord]] = {}

    @property
    def _s(self) -> InMemoryDatabase:
        return self._uow.db

    async def save_validated(self, document: StoredDocument, report: ValidationReport) -> None:
        self._uow._ops.append(lambda: self._s.documents.__setitem__(document.invoice_id, document))
        self._uow._ops.append(lambda: self._s.reports.__setitem__(document.invoice_id, report))

    async def document(self, invoice_id: str) -> StoredDocument | None:
        return self._s.documents.get(invoice_id)

    async def submitted(self, invoice_id: str) -> DocumentFile | None:
        return None  # the unit fakes hold structured invoices only

    async def report(self, invoice_id: str) -> ValidationReport | None:
        return self._s.reports.get(invoice_id)

    async def submission(self, invoice_id: str) -> SubmissionRecord | None:
        found = self._s.submissions.get(invoice_id)
        return copy.deepcopy(found)

    async def save_submission(self, record: SubmissionRecord) -> None:
        snapshot = copy.deepcopy(record)
        self._uow._ops.append(lambda: self._s.submissions.__setitem__(record.invoice_id, snapshot))

    async def start_upload(
        self, record: SubmissionRecord, message: OutboxMessage, owner: str, lease_s: float
    ) -> None:
        await self._uow.outbox.renew(message, owner, lease_s)
        await self.save_submission(record)

    async def invoice_of_platform_id(self, platform: str, platform_id: str) -> tuple[str, str] | None:
        for sub in self._s.submissions.values():
            if sub.platform == platform and sub.platform_id == platform_id:
                return sub.company_siren, sub.invoice_id
        return None

    def _all(self, invoice_id: str) -> list[StatusRecord]:
        return self._s.statuses.get(invoice_id, []) + self._staged_statuses.get(invoice_id, [])

    async def add_status(self, record: StatusRecord) -> bool:
        st = record.status
        for known in self._all(record.invoice_id):
            k = known.status
            if (st.status_id and k.status_id == st.status_id) or (
                not st.status_id and (k.code, k.at, k.raw_code) == (st.code, st.at, st.raw_code)
            ):
                return False
        self._staged_statuses.setdefault(record.invoice_id, []).append(record)
        self._uow._ops.append(lambda: self._s.statuses.setdefault(record.invoice_id, []).append(record))
        return True

    async def statuses(self, invoice_id: str) -> Sequence[StatusRecord]:
        return self._all(invoice_id)

    async def statuses_of(self, invoice_ids: Sequence[str]) -> Mapping[str, Sequence[StatusRecord]]:
        return {i: self._all(i) for i in invoice_ids}

    async def park_status(self, platform_id: str, parked: ParkedStatus) -> None:
        self._uow._ops.append(lambda: self._s.parked.setdefault(platform_id, []).append(parked))

    async def cancellation(self, invoice_id: str) -> Cancellation | None:
        return self._s.cancellations.get(invoice_id)

    async def save_cancellation(self, cancellation: Cancellation) -> None:
        self._uow._ops.append(
            lambda: self._s.cancellations.__setitem__(cancellation.invoice_id, cancellation)
        )

    async def claim_status_request(
        self, company_siren: str, request_id: str, fingerprint: str, invoice_id: str, *, received: bool
    ) -> ClaimedRequest | None:
        key = (company_siren, request_id)
        if key in self._s.status_requests:
            first, answer, about = self._s.status_requests[key]
            return ClaimedRequest(first, answer, about)
        # Migration 0401's foreign keys: the row names an invoice we issued, or a received one when `received`.
        if not (self._uow.received if received else self._uow.invoices).holds(invoice_id):
            kind = "received invoice" if received else "invoice"
            raise MissingParent(f"status request {request_id!r} names no {kind} {invoice_id!r}")
        self._uow._ops.append(lambda: self._s.status_requests.setdefault(key, [fingerprint, "", invoice_id]))
        return None

    async def answer_status_request(self, company_siren: str, request_id: str, answer: str) -> None:
        key = (company_siren, request_id)
        self._uow._ops.append(lambda: self._s.status_requests[key].__setitem__(1, answer))

    async def save_accepted(self, record: SubmissionRecord) -> Sequence[ParkedStatus]:
        holder = await self.invoice_of_platform_id(record.platform, record.platform_id)
        if record.platform_id and holder not in (None, (record.company_siren, record.invoice_id)):
            raise PlatformIdTaken(record.platform, record.platform_id)  # PostgreSQL's unique index
        await self.save_submission(record)
        waiting = self._s.parked.get(record.platform_id, [])
        taken = [s for s in waiting if s.for_submission_of(record.platform)]
        left = [s for s in waiting if not s.for_submission_of(record.platform)]

        def take() -> None:
            if left:
                self._s.parked[record.platform_id] = left
            else:
                self._s.parked.pop(record.platform_id, None)

        self._uow._ops.append(take)
        return taken

    async def save_accepted_and_complete(
        self, record: SubmissionRecord, message: OutboxMessage, owner: str
    ) -> Sequence[ParkedStatus]:
        await self._uow.outbox.complete(message, owner)
        return await self.save_accepted(record)


class InMemoryGroupCommit:
    """domain.ports.GroupCommitted in memory: call it for a unit of work taking one new invoice, committed at once (a
    batch of one) unless its request id or number is taken, as the PostgreSQL batch skips it (NotCommitted);
    `failing` makes every batch fail. Like PostgreSQL's, its units of work refuse any other call."""

    def __init__(self, db: InMemoryDatabase) -> None:
        self.db = db
        self.failing = False
        self.offered: list[OutboundInvoice] = []  # every invoice the use case asked it to write
        self.written: list[OutboundInvoice] = []

    def __call__(self) -> _GroupCommitUnitOfWork:
        return _GroupCommitUnitOfWork(self)

    async def write(self, invoice: OutboundInvoice) -> bool:
        self.offered.append(invoice)
        if self.failing:
            return False
        try:
            self.db.check_unique(invoice, [])
        except (DuplicateRequest, DuplicateInvoiceNumber):
            return False
        repository = InMemoryInvoiceRepository(self.db)
        await repository.add(invoice)
        repository.apply()
        self.written.append(invoice)
        return True


class _NewInvoices:
    def __init__(self) -> None:
        self.staged: OutboundInvoice | None = None

    async def add(self, invoice: OutboundInvoice) -> None:
        if self.staged is not None:
            raise NotCommitted("one new invoice per unit of work")
        self.staged = invoice

    def __getattr__(self, name: str) -> Any:
        async def refused(*args: object, **kwargs: object) -> NoReturn:
            raise NotCommitted(f"the group commit does not do {name}")

        return refused


class _GroupCommitUnitOfWork:
    def __init__(self, group: InMemoryGroupCommit) -> None:
        self._group = group
        self.invoices = _NewInvoices()

    async def __aenter__(self) -> Self:
        self.invoices = _NewInvoices()
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.invoices = _NewInvoices()

    async def commit(self) -> None:
        invoice = self.invoices.staged
        if invoice is not None and not await self._group.write(invoice):
            raise NotCommitted(f"invoice {invoice.id} was not written by its batch")


class InMemoryApiKeyRepository:
    def __init__(self) -> None:
        self.keys: dict[str, ApiKey] = {}
        self.hashes: dict[str, str] = {}  # key_hash -> key id

    async def create(self, company_siren: str, name: str, created_at: datetime) -> IssuedApiKey:
        secret = new_secret()
        key = ApiKey(str(uuid.uuid4()), company_siren, name, secret_prefix(secret), created_at)
        self.keys[key.id] = key
        self.hashes[hash_secret(secret)] = key.id
        return IssuedApiKey(key, secret)

    async def list(self, company_siren: str) -> Sequence[ApiKey]:
        return sorted(
            (k for k in self.keys.values() if k.company_siren == company_siren), key=lambda k: k.created_at
        )

    async def revoke(self, company_siren: str, key_id: str, revoked_at: datetime) -> bool:
        key = self.keys.get(key_id)
        if key is None or key.company_siren != company_siren or not key.active:
            return False
        self.keys[key_id] = replace(key, revoked_at=revoked_at)
        return True

    async def authenticate(self, secret: str) -> ApiKey | None:
        key = self.keys.get(self.hashes.get(hash_secret(secret), ""))
        return key if key is not None and key.active else None


class InMemoryEventFeed:
    def __init__(self, db: InMemoryDatabase) -> None:
        self.db = db

    async def subscribe(self, company_siren: str, after_event_id: int = 0) -> AsyncIterator[StoredEvent]:
        waker = asyncio.Event()
        self.db.wakers.add(waker)
        cursor = after_event_id
        try:
            while True:
                waker.clear()
                for stored in [
                    e for e in self.db.events if e.id > cursor and e.company_siren == company_siren
                ]:
                    cursor = stored.id
                    yield stored
                await waker.wait()
        finally:
            self.db.wakers.discard(waker)


class BrokenPool(Executor):
    """A process pool whose every worker has died; `created` records each pool made."""

    def __init__(self, created: list[BrokenPool]) -> None:
        created.append(self)
        self.shut = False

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(BrokenProcessPool("worker killed"))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.shut = True


class FailingWorker(Executor):
    """A document worker that starts, then fails every call with `error` (e.g. a limit it passed)."""

    def __init__(self, error: BaseException) -> None:
        self.error = error
        self.shut = False

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        if fn is os.getpid:  # the pool's start-up probe
            future.set_result(os.getpid())
        else:
            future.set_exception(self.error)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.shut = True


class InMemoryAuditLog:
    """The hash-chained audit log of adapters.postgres.audit_log, per company, in memory."""

    def __init__(self) -> None:
        self.entries: dict[str, list[AuditEntry]] = {}

    async def append(self, company_siren: str, event: AuditEvent, at: datetime) -> AuditEntry:
        return self.append_now(company_siren, event, at)

    def append_now(self, company_siren: str, event: AuditEvent, at: datetime) -> AuditEntry:
        chain = self.entries.setdefault(company_siren, [])
        prev = chain[-1].entry_hash if chain else GENESIS_HASH
        draft = AuditEntry(
            company_siren,
            len(chain) + 1,
            at.astimezone(UTC),
            event.acting.actor.label,
            event.action,
            event.subject_type,
            event.subject_id,
            json.loads(archive_json(dict(event.details))),  # stored as PostgreSQL keeps them: canonical JSON
            prev,
            "",
            event.acting.actor.name,
            event.acting.request_id,
        )
        sealed = replace(draft, entry_hash=entry_hash(prev, draft.chain_entry()))
        chain.append(sealed)
        return sealed


class InMemoryDeliveryStore:
    """The webhook routes' DeliveryStore: every delivery kept in order, a known dedup key refused (as PgInbox)."""

    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []
        self.named: list[tuple[str, str]] = []  # named_again's calls

    async def add(self, delivery: Delivery, pieces: BodyPieces | None = None) -> int | None:
        if any(d.dedup_key == delivery.dedup_key for d in self.deliveries):
            return None
        if pieces is not None:
            delivery = replace(delivery, body=b"".join([p async for p in pieces.pieces()]))
        self.deliveries.append(delivery)
        return len(self.deliveries)

    async def named_again(self, dedup_key: str, platform_id: str) -> None:
        self.named.append((dedup_key, platform_id))
