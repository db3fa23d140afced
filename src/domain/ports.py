"""Ports: what the domain and the use cases need from the outside world, as structural protocols.

Adapters (PostgreSQL, platforms, documents) and the in-memory fakes of the unit tests implement them
without inheriting from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol, Self

from domain.emission import InvoiceEvent, OutboundInvoice, ProcessingState


class Clock(Protocol):
    def now(self) -> datetime: ...


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
        """Stage a new invoice; raises DuplicateInvoiceNumber / DuplicateRequest at commit or earlier."""

    async def get(self, company_siren: str, invoice_id: str) -> OutboundInvoice | None: ...

    async def get_by_request(self, company_siren: str, request_id: str) -> OutboundInvoice | None: ...

    async def save(self, invoice: OutboundInvoice) -> None:
        """Stage changes of a loaded invoice; a concurrent change raises ConcurrencyConflict."""

    async def list(self, company_siren: str, flt: InvoiceFilter, page_size: int, page_token: str) -> Page: ...

    async def history(self, company_siren: str, invoice_id: str) -> Sequence[InvoiceEvent]: ...


class UnitOfWork(Protocol):
    """One transaction: the invoice, its events and the outbox rows are written together or not at all."""

    invoices: InvoiceRepository

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...
