"""In-memory fakes of every port, with the same behaviour as the PostgreSQL adapters (tests/contract)."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Self

from adapters.page_token import decode_page_token, encode_page_token
from domain.api_keys import hash_secret, new_secret, secret_prefix
from domain.archive import GENESIS_HASH, entry_hash
from domain.archive_ports import AuditEntry, AuditEvent
from domain.emission import InvoiceEvent, OutboundInvoice
from domain.errors import ConcurrencyConflict, DuplicateInvoiceNumber
from domain.outbox import NewOutboxRow, outbox_rows
from domain.ports import ApiKey, DuplicateRequest, InvoiceFilter, IssuedApiKey, Page, StoredEvent


class FixedClock:
    def __init__(self, now: datetime | None = None) -> None:
        self.current = now or datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@dataclass
class OutboxRow:
    id: int
    invoice_id: str
    company_siren: str
    message: NewOutboxRow


@dataclass
class InMemoryDatabase:
    """What the tables hold once committed; shared by every unit of work of a test."""

    invoices: dict[str, OutboundInvoice] = field(default_factory=dict)
    events: list[StoredEvent] = field(default_factory=list)
    outbox: list[OutboxRow] = field(default_factory=list)
    wakers: set[asyncio.Event] = field(default_factory=set)

    def outbox_for(self, invoice_id: str) -> list[NewOutboxRow]:
        return [row.message for row in self.outbox if row.invoice_id == invoice_id]

    def check_unique(self, invoice: OutboundInvoice, others: Sequence[OutboundInvoice]) -> None:
        for other in [*self.invoices.values(), *others]:
            if other.id == invoice.id:
                continue
            if (other.company_siren, other.request_id) == (invoice.company_siren, invoice.request_id):
                raise DuplicateRequest(invoice.request_id)
            seller = invoice.invoice.seller.siren
            if seller and (other.invoice.seller.siren, other.number) == (seller, invoice.number):
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

    async def add(self, invoice: OutboundInvoice) -> None:
        self.db.check_unique(invoice, [i for i in self._staged.values() if i.id != invoice.id])
        self._new.add(invoice.id)
        self._stage(invoice)

    async def save(self, invoice: OutboundInvoice) -> None:
        expected = self._versions.get(invoice.id)
        if expected is None:
            raise ValueError(f"invoice {invoice.id} was not loaded by this unit of work")
        stored = self.db.invoices.get(invoice.id)
        if stored is None or stored.version != expected:
            raise ConcurrencyConflict(f"invoice {invoice.id} changed since it was read (version {expected})")
        self.db.check_unique(invoice, [i for i in self._staged.values() if i.id != invoice.id])
        invoice.version = max(invoice.version, expected + 1)
        self._stage(invoice)

    async def get(self, company_siren: str, invoice_id: str) -> OutboundInvoice | None:
        return self._load(lambda i: i.id == invoice_id and i.company_siren == company_siren)

    async def get_by_request(self, company_siren: str, request_id: str) -> OutboundInvoice | None:
        return self._load(lambda i: i.company_siren == company_siren and i.request_id == request_id)

    async def list(self, company_siren: str, flt: InvoiceFilter, page_size: int, page_token: str) -> Page:
        rows = [i for i in self._visible() if i.company_siren == company_siren and _matches(i, flt)]
        rows.sort(key=lambda i: (i.created_at, uuid.UUID(i.id)), reverse=True)
        if page_token:
            at, last_id = decode_page_token(page_token)
            rows = [i for i in rows if (i.created_at, uuid.UUID(i.id)) < (at, uuid.UUID(last_id))]
        items = [_snapshot(i) for i in rows[:page_size]]
        more = len(rows) > page_size
        return Page(
            items=items, next_token=encode_page_token(items[-1].created_at, items[-1].id) if more else ""
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
        for invoice in self._staged.values():
            self.db.invoices[invoice.id] = _snapshot(invoice)
            for event in invoice.events:
                self.db.events.append(
                    StoredEvent(len(self.db.events) + 1, invoice.id, invoice.company_siren, event)
                )
            for message in outbox_rows(invoice, invoice.events):
                self.db.outbox.append(
                    OutboxRow(len(self.db.outbox) + 1, invoice.id, invoice.company_siren, message)
                )
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


class FakeUnitOfWork:
    def __init__(self, db: InMemoryDatabase | None = None) -> None:
        self.db = db or InMemoryDatabase()
        self.invoices = InMemoryInvoiceRepository(self.db)
        self.committed = False
        self._open = False

    async def __aenter__(self) -> Self:
        if self._open:
            raise RuntimeError("this unit of work is already open")
        self._open = True
        self.invoices = InMemoryInvoiceRepository(self.db)
        return self

    async def commit(self) -> None:
        if not self._open:
            raise RuntimeError("commit outside an open unit of work")
        self.invoices.apply()
        self.committed = True

    async def __aexit__(self, *exc: object) -> None:
        self.invoices.discard()
        self._open = False


class InMemoryNewInvoiceWriter:
    """The NewInvoiceWriter port in memory: each new invoice is committed at once (a batch of one) unless its request
    id or number is taken, as the PostgreSQL writer skips it; `failing` makes every batch fail."""

    def __init__(self, db: InMemoryDatabase) -> None:
        self.db = db
        self.failing = False
        self.offered: list[OutboundInvoice] = []  # every invoice the use case asked it to write
        self.written: list[OutboundInvoice] = []

    async def add_new(self, invoice: OutboundInvoice) -> bool:
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
            dict(event.details),
            prev,
            "",
            event.acting.actor.name,
            event.acting.request_id,
        )
        sealed = replace(draft, entry_hash=entry_hash(prev, draft.chain_entry()))
        chain.append(sealed)
        return sealed
