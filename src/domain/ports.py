"""Ports: what the domain and the use cases need from the outside world, as structural protocols.

Adapters (PostgreSQL, platforms, documents) and the in-memory fakes of the unit tests implement them
without inheriting from them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol, Self

from domain.emission import InvoiceEvent, OutboundInvoice, ProcessingState


class Clock(Protocol):
    def now(self) -> datetime: ...


class DuplicateRequest(Exception):
    """`InvoiceRepository.add` found the (company, request id) pair taken, possibly by a concurrent request.

    Not a domain error: the submit use case turns it into an idempotent replay or a RequestConflict.
    """


class InvalidPageToken(ValueError):
    """A ListInvoices page token that this gateway did not issue."""


@dataclass(frozen=True, slots=True)
class InvoiceFilter:
    """ListInvoices filters; all optional, combined with AND."""

    states: tuple[ProcessingState, ...] = ()
    lifecycle_codes: tuple[str, ...] = ()
    issued_from: date | None = None
    issued_to: date | None = None
    counterparty: str = ""  # buyer SIREN, or a substring of the buyer's name


@dataclass(frozen=True, slots=True)
class Page:
    items: Sequence[OutboundInvoice]
    next_token: str  # empty on the last page


class InvoiceRepository(Protocol):
    """Outbound invoices of all companies; every read is scoped to one company (tenancy)."""

    async def add(self, invoice: OutboundInvoice) -> None:
        """Stage a new invoice with its pending events (and the outbox rows they call for, see
        `domain.outbox`); raises DuplicateInvoiceNumber / DuplicateRequest here or at commit."""

    async def get(self, company_siren: str, invoice_id: str) -> OutboundInvoice | None: ...

    async def get_by_request(self, company_siren: str, request_id: str) -> OutboundInvoice | None: ...

    async def save(self, invoice: OutboundInvoice) -> None:
        """Stage changes of a loaded invoice; a concurrent change raises ConcurrencyConflict."""

    async def list(self, company_siren: str, flt: InvoiceFilter, page_size: int, page_token: str) -> Page:
        """Newest first; `page_token` is empty or a `Page.next_token`, else InvalidPageToken."""

    async def history(self, company_siren: str, invoice_id: str) -> Sequence[InvoiceEvent]:
        """The invoice's events in the order they happened; empty for another company's invoice."""


class UnitOfWork(Protocol):
    """One transaction: the invoice, its events and the outbox rows are written together or not at all."""

    invoices: InvoiceRepository

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...


class NewInvoiceWriter(Protocol):
    """Writes new invoices with their pending events (and outbox rows), several in one transaction: concurrent
    submissions share its round trips and its commit (group commit)."""

    async def add_new(self, invoice: OutboundInvoice) -> bool:
        """True once `invoice` is committed with its pending events. False when it was not written: its request id
        or its number is taken, its batch failed, or the writer is stopped; the caller then submits it alone (a
        unit of work), which answers why. The outcome does not depend on the caller staying: once queued, a
        cancelled caller's invoice is committed with its batch or not at all."""


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An invoice event as stored: `id` grows in commit order within one company, so it is a resume cursor."""

    id: int
    invoice_id: str
    company_siren: str
    event: InvoiceEvent


class EventFeed(Protocol):
    def subscribe(self, company_siren: str, after_event_id: int = 0) -> AsyncIterator[StoredEvent]:
        """Events of one company with an id above `after_event_id`, then new ones as they are committed,
        until the consumer stops iterating."""
        ...


@dataclass(frozen=True, slots=True)
class ApiKey:
    """A company's API key as listed: never its secret, only a recognisable prefix."""

    id: str
    company_siren: str
    name: str
    prefix: str
    created_at: datetime
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True, slots=True)
class IssuedApiKey:
    """A new key with its secret: shown once to the caller, stored only as a SHA-256 digest."""

    key: ApiKey
    secret: str = field(repr=False)


class ApiKeyRepository(Protocol):
    async def create(self, company_siren: str, name: str, created_at: datetime) -> IssuedApiKey: ...

    async def list(self, company_siren: str) -> Sequence[ApiKey]: ...

    async def revoke(self, company_siren: str, key_id: str, revoked_at: datetime) -> bool:
        """False when the company has no such active key."""

    async def authenticate(self, secret: str) -> ApiKey | None:
        """The active key with this secret (its company, id and name), else None."""
