"""In-memory stand-ins for the pipeline's ports: a store with per-transaction staging, an outbox source with
leases, a fake platform that can be scripted to fail, and a fake clock."""

from __future__ import annotations

import asyncio
import copy
import hashlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from domain.archive_ports import AuditEntry, AuditEvent
from domain.emission import OutboundInvoice
from domain.errors import ConcurrencyConflict
from domain.findings import ValidationReport
from domain.invoice import Invoice
from domain.leased_queue import LeaseLost
from domain.payment_ports import StoredPayment
from domain.payments import Settlement
from domain.pipeline_ports import (
    Cancellation,
    HeldRows,
    OutboxKind,
    OutboxMessage,
    ProcessedDocument,
    SendMove,
    SentWrite,
    StatusRecord,
    StoredDocument,
    SubmissionRecord,
    SubmittedOriginal,
)
from domain.platform import (
    DirectoryEntry,
    OutboundDocument,
    OutgoingStatus,
    PlatformHealth,
    PlatformStatus,
    Submission,
    SubmissionQuery,
)
from domain.platform import SubmissionRecord as PlatformRecord
from domain.ports import InvoiceFilter, Page
from domain.reporting.payments import PaymentEvent
from tests.fakes import InMemoryAuditLog


class FakeClock:
    def __init__(self, now: datetime | None = None) -> None:
        self.current = now or datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, seconds: float) -> None:
        self.current += timedelta(seconds=seconds)


@dataclass
class Row:
    id: int
    invoice_id: str
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
class Store:
    clock: FakeClock
    invoices: dict[str, OutboundInvoice] = field(default_factory=dict)
    outbox: dict[int, Row] = field(default_factory=dict)
    documents: dict[str, StoredDocument] = field(default_factory=dict)
    reports: dict[str, ValidationReport] = field(default_factory=dict)
    submissions: dict[str, SubmissionRecord] = field(default_factory=dict)
    statuses: dict[str, list[StatusRecord]] = field(default_factory=dict)
    parked: dict[str, list[tuple[PlatformStatus, str]]] = field(default_factory=dict)
    cancellations: dict[str, Cancellation] = field(default_factory=dict)
    payments: dict[tuple[str, str], StoredPayment] = field(default_factory=dict)  # (company, payment id)
    balances: dict[str, Settlement] = field(default_factory=dict)  # per invoice id
    reported_payments: dict[str, PaymentEvent] = field(default_factory=dict)  # flux 10.2, by key
    audit: InMemoryAuditLog = field(default_factory=InMemoryAuditLog)
    notified: asyncio.Event = field(default_factory=asyncio.Event)
    commits: int = 0
    _next_id: int = 0

    def next_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def add_invoice(self, invoice: OutboundInvoice, kind: OutboxKind = OutboxKind.RENDER_VALIDATE) -> None:
        self.invoices[invoice.id] = copy.deepcopy(invoice)
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


class FakeUnitOfWork:
    """Reads see the store plus this transaction's writes; writes reach the store only at commit."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.invoices = _Invoices(self)
        self.outbox = _Outbox(self)
        self.transmissions = _Transmissions(self)
        self.payments = _Payments(self)
        self.audit = _Audit(self)
        self._ops: list[Callable[[], None]] = []
        self._checks: list[Callable[[], None]] = []
        self.committed = False

    async def __aenter__(self) -> FakeUnitOfWork:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._ops.clear()

    async def commit(self) -> None:
        for check in self._checks:
            check()
        for op in self._ops:
            op()
        self._ops.clear()
        self._checks.clear()
        self.store.commits += 1
        self.committed = True


class _Invoices:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow
        self._loaded: dict[str, int] = {}

    async def add(self, invoice: OutboundInvoice) -> None:
        self._uow._ops.append(
            lambda: self._uow.store.invoices.__setitem__(invoice.id, copy.deepcopy(invoice))
        )

    async def get(self, company_siren: str, invoice_id: str) -> OutboundInvoice | None:
        found = self._uow.store.invoices.get(invoice_id)
        if found is None or found.company_siren != company_siren:
            return None
        self._loaded[invoice_id] = found.version
        return copy.deepcopy(found)

    async def get_by_request(self, company_siren: str, request_id: str) -> OutboundInvoice | None:
        return None

    def attach(self, invoice: OutboundInvoice) -> None:
        self._loaded[invoice.id] = invoice.version

    async def save(self, invoice: OutboundInvoice) -> None:
        store = self._uow.store
        loaded = self._loaded.get(invoice.id, invoice.version)
        snapshot = copy.deepcopy(invoice)

        def check() -> None:
            if store.invoices[invoice.id].version != loaded:
                raise ConcurrencyConflict(invoice.id)

        self._uow._checks.append(check)
        self._uow._ops.append(lambda: store.invoices.__setitem__(invoice.id, snapshot))

    async def list(self, company_siren: str, flt: InvoiceFilter, page_size: int, page_token: str) -> Page:
        return Page([], "")

    async def history(self, company_siren: str, invoice_id: str) -> Sequence[Any]:
        return list(self._uow.store.invoices[invoice_id].events)


class _Audit:
    """Appends reach the store's chain at commit, like the rest of the transaction."""

    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow

    async def append(self, company_siren: str, event: AuditEvent, at: datetime) -> AuditEntry:
        self._uow._ops.append(lambda: self._uow.store.audit.append_now(company_siren, event, at))
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
        return self._uow.store.payments.get((company_siren, payment_id))

    async def paid_per_rate(self, invoice_id: str) -> Mapping[Decimal, Decimal]:
        books = self._uow.store.balances.get(invoice_id)
        return {} if books is None else {b.vat_rate: b.paid for b in books.balances}

    async def payments(self, invoice_id: str) -> Sequence[StoredPayment]:
        return [p for p in self._uow.store.payments.values() if p.invoice_id == invoice_id]

    async def add(self, payment: StoredPayment, books: Settlement, report: PaymentEvent | None) -> None:
        store = self._uow.store
        key = (payment.company_siren, payment.applied.payment_id)

        def check() -> None:
            if key in store.payments:
                raise ConcurrencyConflict(f"payment {key[1]} was recorded meanwhile")

        def write() -> None:
            store.payments[key] = payment
            store.balances[payment.invoice_id] = books
            if report is not None:
                store.reported_payments.setdefault(report.key, report)

        self._uow._checks.append(check)
        self._uow._ops.append(write)


class _Outbox:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow

    def _row(self, message: OutboxMessage, owner: str) -> Row:
        row = self._uow.store.outbox[message.id]
        if row.lease_owner != owner or row.done_at is not None:
            raise LeaseLost(str(message.id))
        self._uow._checks.append(lambda: self._row_check(row, owner))
        return row

    @staticmethod
    def _row_check(row: Row, owner: str) -> None:
        if row.lease_owner != owner or row.done_at is not None:
            raise LeaseLost(str(row.id))

    async def add(
        self,
        invoice_id: str,
        company_siren: str,
        kind: OutboxKind,
        payload: Mapping[str, Any] | None = None,
        not_before: datetime | None = None,
    ) -> None:
        store = self._uow.store

        def op() -> None:
            row_id = store.next_id()
            store.outbox[row_id] = Row(
                row_id,
                invoice_id,
                company_siren,
                str(kind),
                dict(payload or {}),
                not_before or store.clock.now(),
                created_at=store.clock.now(),
            )
            store.notified.set()

        self._uow._ops.append(op)

    async def complete(
        self, message: OutboxMessage, owner: str, *, error: str = "", count: bool = False
    ) -> None:
        row = self._row(message, owner)
        now = self._uow.store.clock.now()

        def op() -> None:
            row.done_at, row.last_error, row.lease_owner, row.lease_until = now, error, "", None
            row.attempts += 1 if count else 0

        self._uow._ops.append(op)

    async def reschedule(
        self,
        message: OutboxMessage,
        owner: str,
        *,
        at: datetime,
        error: str,
        count: bool,
        payload: Mapping[str, Any] | None = None,
    ) -> None:
        row = self._row(message, owner)

        def op() -> None:
            row.next_attempt_at, row.last_error, row.lease_owner, row.lease_until = at, error, "", None
            row.attempts += 1 if count else 0
            row.payload.update(payload or {})

        self._uow._ops.append(op)

    async def hold_open_rows(self, company_siren: str, invoice_id: str) -> HeldRows:
        store = self._uow.store
        rows = [r for r in store.rows(invoice_id) if r.company_siren == company_siren and r.done_at is None]
        now = store.clock.now()
        return HeldRows(
            tuple(r.id for r in rows), any(r.lease_until is not None and r.lease_until > now for r in rows)
        )

    async def close_rows(self, rows: HeldRows, error: str) -> None:
        store = self._uow.store
        now = store.clock.now()

        def op() -> None:
            for row_id in rows.ids:
                row = store.outbox[row_id]
                if row.done_at is None:
                    row.done_at, row.last_error, row.lease_owner, row.lease_until = now, error, "", None

        self._uow._ops.append(op)

    async def renew(self, message: OutboxMessage, owner: str, lease_s: float) -> None:
        row = self._row(message, owner)
        until = self._uow.store.clock.now() + timedelta(seconds=lease_s)
        self._uow._ops.append(lambda: setattr(row, "lease_until", until))


class _Transmissions:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow
        self._staged_statuses: dict[str, list[StatusRecord]] = {}

    @property
    def _s(self) -> Store:
        return self._uow.store

    async def save_validated(self, document: StoredDocument, report: ValidationReport) -> None:
        self._uow._ops.append(lambda: self._s.documents.__setitem__(document.invoice_id, document))
        self._uow._ops.append(lambda: self._s.reports.__setitem__(document.invoice_id, report))

    async def document(self, invoice_id: str) -> StoredDocument | None:
        return self._s.documents.get(invoice_id)

    async def submitted(self, invoice_id: str) -> SubmittedOriginal | None:
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

    async def invoice_of_platform_id(self, platform_id: str) -> tuple[str, str] | None:
        for sub in self._s.submissions.values():
            if sub.platform_id == platform_id:
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

    async def park_status(self, platform_id: str, status: PlatformStatus, source: str) -> None:
        self._uow._ops.append(lambda: self._s.parked.setdefault(platform_id, []).append((status, source)))

    async def cancellation(self, invoice_id: str) -> Cancellation | None:
        return self._s.cancellations.get(invoice_id)

    async def save_cancellation(self, cancellation: Cancellation) -> None:
        self._uow._ops.append(
            lambda: self._s.cancellations.__setitem__(cancellation.invoice_id, cancellation)
        )

    async def save_accepted(self, record: SubmissionRecord) -> Sequence[tuple[PlatformStatus, str]]:
        await self.save_submission(record)
        parked = list(self._s.parked.get(record.platform_id, []))
        self._uow._ops.append(lambda: self._s.parked.pop(record.platform_id, None))
        return parked

    async def save_accepted_and_complete(
        self, record: SubmissionRecord, message: OutboxMessage, owner: str
    ) -> Sequence[tuple[PlatformStatus, str]]:
        await self._uow.outbox.complete(message, owner)
        return await self.save_accepted(record)


class FakeSendJournal:
    """SendJournal on the fake store: each move in a fake unit of work of its own, written on PostgreSQL's
    conditions (lease held, invoice at the version read, for SENT no status parked under the platform id).
    `refuse`: every move is "not written" (a failed batch). `park_while_sent`: a status parked under the platform
    id while SENT was committing (the lock race PostgreSQL reports as WRITTEN_PARKED)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.refuse = False
        self.park_while_sent: PlatformStatus | None = None
        self.written: list[str] = []  # the moves written: "SENDING" / "SENT"

    async def sending(self, move: SendMove) -> bool:
        return not self.refuse and await self._write(move, sent=False)

    async def sent(self, move: SendMove) -> SentWrite:
        if self.refuse or self.store.parked.get(move.submission.platform_id):
            return SentWrite.NOT_WRITTEN
        if not await self._write(move, sent=True):
            return SentWrite.NOT_WRITTEN
        if self.park_while_sent is None:
            return SentWrite.WRITTEN
        self.store.parked.setdefault(move.submission.platform_id, []).append(
            (self.park_while_sent, "webhook")
        )
        return SentWrite.WRITTEN_PARKED

    async def _write(self, move: SendMove, *, sent: bool) -> bool:
        try:
            async with FakeUnitOfWork(self.store) as uow:
                uow.invoices.attach(replace(move.invoice, version=move.read_version))
                if sent:
                    await uow.outbox.complete(move.message, move.owner)
                    await uow.transmissions.save_submission(move.submission)
                else:
                    await uow.transmissions.start_upload(
                        move.submission, move.message, move.owner, move.lease_s
                    )
                await uow.invoices.save(move.invoice)
                await uow.commit()
        except (LeaseLost, ConcurrencyConflict):
            return False
        self.written.append("SENT" if sent else "SENDING")
        return True


class FakeOutboxSource:
    def __init__(self, store: Store) -> None:
        self.store = store

    async def claim(self, owner: str, limit: int, lease_s: float) -> Sequence[OutboxMessage]:
        now = self.store.clock.now()
        due = sorted(
            (
                r
                for r in self.store.outbox.values()
                if r.done_at is None
                and r.next_attempt_at <= now
                and (r.lease_until is None or r.lease_until <= now)
            ),
            key=lambda r: (r.next_attempt_at, r.id),
        )[:limit]
        messages = []
        for row in due:
            # Like the PostgreSQL claim: the invoice and submission as they are now, whether a lease expired, and a
            # send row's document.
            invoice = self.store.invoices.get(row.invoice_id)
            if invoice is not None and invoice.company_siren != row.company_siren:
                invoice = None
            messages.append(
                OutboxMessage(
                    row.id,
                    row.invoice_id,
                    row.company_siren,
                    row.kind,
                    dict(row.payload),
                    row.attempts,
                    invoice=copy.deepcopy(invoice),
                    submission=copy.deepcopy(self.store.submissions.get(row.invoice_id)),
                    interrupted=bool(row.lease_owner),
                    queued_at=row.created_at,
                    document=self.store.documents.get(row.invoice_id)
                    if row.kind == OutboxKind.SEND
                    else None,
                )
            )
            row.lease_owner, row.lease_until = owner, now + timedelta(seconds=lease_s)
        return messages

    async def wait_for_work(self, timeout: float) -> None:
        try:
            await asyncio.wait_for(self.store.notified.wait(), timeout)
        except TimeoutError:
            pass
        self.store.notified.clear()

    async def release(
        self, message: OutboxMessage, owner: str, *, retry_at: datetime | None, error: str
    ) -> None:
        row = self.store.outbox[message.id]
        if row.lease_owner != owner:
            return
        row.lease_owner, row.lease_until, row.last_error = "", None, error
        row.attempts += 1
        if retry_at is None:
            row.done_at = self.store.clock.now()
        else:
            row.next_attempt_at = retry_at


class Crash(BaseException):
    """Stands for the process dying: nothing after it runs, no handler catches it."""


@dataclass
class Upload:
    platform_id: str
    sha256: str
    number: str


class FakePlatform:
    """Scripted platform. `submit_script` entries run one per submit: an exception to raise before accepting,
    "accept", "accept_then:<exc>" (the platform keeps it, the caller sees the exception), or "duplicate"."""

    def __init__(self, store: Store | None = None) -> None:
        self.uploads: list[Upload] = []
        self.submit_script: list[Any] = []
        self.search_script: list[Any] = []
        self.directory: dict[str, DirectoryEntry] = {}
        self.default_reachable = True
        self.lookups = Counter[str]()
        self.sent_statuses: list[tuple[str, OutgoingStatus]] = []
        self.status_script: list[Any] = []
        self.history_script: list[Any] = []
        self._status_log: list[tuple[str, OutgoingStatus, datetime]] = []
        self.on_submit: Callable[[OutboundDocument], None] | None = None
        self.hidden_from_search = False
        self.clock: FakeClock | None = None  # dates the statuses sent to it

    def uploads_of(self, sha256: str) -> int:
        return sum(1 for u in self.uploads if u.sha256 == sha256)

    async def submit(self, document: OutboundDocument) -> Submission:
        if self.on_submit is not None:
            self.on_submit(document)
        action = self.submit_script.pop(0) if self.submit_script else "accept"
        if isinstance(action, BaseException):
            raise action
        if action == "duplicate":
            existing = next(u for u in self.uploads if u.sha256 == document.sha256)
            return Submission(existing.platform_id, datetime.now(UTC), duplicate=True)
        upload = Upload(f"P-{len(self.uploads) + 1}", document.sha256, document.tracking_id)
        self.uploads.append(upload)
        if isinstance(action, tuple):  # ("accept_then", exception)
            raise action[1]
        return Submission(upload.platform_id, datetime.now(UTC))

    async def find_submissions(self, query: SubmissionQuery) -> list[PlatformRecord]:
        if self.search_script:
            action = self.search_script.pop(0)
            if isinstance(action, BaseException):
                raise action
        if self.hidden_from_search:
            return []
        return [
            PlatformRecord(u.platform_id, None, u.number, u.sha256)
            for u in self.uploads
            if (not query.sha256 or u.sha256 == query.sha256)
            and (not query.invoice_number or u.number == query.invoice_number)
        ]

    async def status_history(self, platform_id: str) -> list[PlatformStatus]:
        """The statuses sent for `platform_id` (like IOPOLE's status-history); `history_script` may fail it."""
        if self.history_script:
            action = self.history_script.pop(0)
            if isinstance(action, BaseException):
                raise action
        return [
            PlatformStatus(code=s.code, label=s.code, raw_code=s.code, at=at)
            for pid, s, at in self._status_log
            if pid == platform_id
        ]

    async def send_status(self, platform_id: str, status: OutgoingStatus) -> None:
        """`status_script` entries run one per call: an exception raised before the platform takes the status,
        or ("accept_then", exception): the platform keeps it, the caller sees the exception."""
        action = self.status_script.pop(0) if self.status_script else "accept"
        if isinstance(action, BaseException):
            raise action
        self.sent_statuses.append((platform_id, status))
        self._status_log.append((platform_id, status, self.clock.now() if self.clock else datetime.now(UTC)))
        if isinstance(action, tuple):
            raise action[1]

    async def lookup_directory(self, identifier: str) -> DirectoryEntry:
        self.lookups[identifier] += 1
        if identifier in self.directory:
            return self.directory[identifier]
        if self.default_reachable:
            return DirectoryEntry(identifier=identifier, reachable=True, registered=True)
        return DirectoryEntry.unknown(identifier)

    async def health(self) -> PlatformHealth:
        return PlatformHealth(ok=True)


class FakeProcessor:
    """Renders a deterministic document per invoice number; `report` decides validity; `fail` raises instead."""

    def __init__(self) -> None:
        self.report = ValidationReport(artifacts=(("fake", "1"),))
        self.failures: list[Exception] = []
        self.calls = 0

    async def process(self, invoice: Invoice) -> ProcessedDocument:
        from domain.pipeline_ports import ContentNotRenderable, ProcessingFailed

        self.calls += 1
        if self.failures:
            failure = self.failures.pop(0)
            raise failure if isinstance(failure, ContentNotRenderable) else ProcessingFailed(str(failure))
        content = f"<Invoice number='{invoice.number}'/>".encode()
        from domain.platform import DocumentProfile, DocumentSyntax

        return ProcessedDocument(
            DocumentSyntax.CII,
            DocumentProfile.CIUS,
            "application/xml",
            f"{invoice.number}.xml",
            hashlib.sha256(content).hexdigest(),
            content,
            self.report,
        )


def copy_with(obj: Any, **changes: Any) -> Any:
    return replace(obj, **changes)
