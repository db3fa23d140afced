"""Ports: what the domain and the use cases need from the outside world, as structural protocols.

Adapters (PostgreSQL, platforms, documents) and the in-memory fakes of the unit tests implement them
without inheriting from them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Generic, Protocol, Self, TypeVar

from domain.emission import InvoiceEvent, OutboundInvoice, ProcessingState


class Clock(Protocol):
    def now(self) -> datetime: ...


class DuplicateRequest(Exception):
    """`InvoiceRepository.add` found the (company, request id) pair taken, possibly by a concurrent request.

    Not a domain error: the submit use case turns it into an idempotent replay or a RequestConflict.
    """


class ReadWithoutAttachments(ValueError):
    """`InvoiceRepository.save` of an invoice read without its attachments whose content changed: written back, it
    would drop them (a bug: such a read is for calls that change the invoice's state only)."""

    def __init__(self, invoice_id: str) -> None:
        super().__init__(
            f"invoice {invoice_id} was read without its attachments: its content cannot be saved"
        )


class InvalidPageToken(ValueError):
    """A page token that the listing given it did not issue; the message says why (forged, another listing's)."""


@dataclass(frozen=True, slots=True)
class InvoiceFilter:
    """ListInvoices filters; all optional, combined with AND."""

    states: tuple[ProcessingState, ...] = ()
    lifecycle_codes: tuple[str, ...] = ()
    issued_from: date | None = None
    issued_to: date | None = None
    counterparty: str = ""  # buyer SIREN, or a substring of the buyer's name


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a List method (invoices, received invoices): its items and the token of the next page."""

    items: Sequence[T]
    next_token: str  # empty on the last page


class InvoiceRepository(Protocol):
    """Outbound invoices of all companies; every read is scoped to one company (tenancy)."""

    async def add(self, invoice: OutboundInvoice) -> None:
        """Stage a new invoice with its pending events (and the outbox rows they call for, see
        `domain.outbox`); raises DuplicateInvoiceNumber / DuplicateRequest here or at commit."""

    async def get(
        self, company_siren: str, invoice_id: str, *, attachments: bool = True
    ) -> OutboundInvoice | None:
        """With `attachments` False, the invoice without its attachments (BG-24), which stay in the database: what a
        call changing the invoice's state reads (up to 20 MiB of them spared). Its content cannot be saved then
        (ReadWithoutAttachments): written back, it would drop them."""

    async def stored_size(self, company_siren: str, invoice_id: str, *, attachments: bool = True) -> int:
        """The bytes the invoice's content takes as stored (its lines and attachments: what `get` reads and decodes;
        with `attachments` False, what `get` reads so), 0 when the company has no such invoice."""

    async def get_by_request(self, company_siren: str, request_id: str) -> OutboundInvoice | None: ...

    async def save(self, invoice: OutboundInvoice) -> None:
        """Stage changes of a loaded invoice; a concurrent change raises ConcurrencyConflict."""

    async def list(
        self, company_siren: str, flt: InvoiceFilter, page_size: int, page_token: str
    ) -> Page[OutboundInvoice]:
        """Newest first; `page_token` is empty or a `Page.next_token`, else InvalidPageToken."""

    async def history(self, company_siren: str, invoice_id: str) -> Sequence[InvoiceEvent]:
        """The invoice's events in the order they happened; empty for another company's invoice."""


class NotCommitted(Exception):
    """A group-committed unit of work did not write its work: nothing of it was written.

    Such a unit of work shares its commit with other tasks' (one statement per batch, adapters.postgres.group_commit)
    and takes only the work it knows how to batch: its commit raises this when a condition of the batch failed (a
    request id or number taken, a lease lost, an invoice changed), when the batch failed, or as soon as the work
    asks for something it does not batch (a read, another write). The caller then does the same work in a unit of
    work of its own, which names the cause. Not a domain error: a use case never lets it out."""


class Transaction(Protocol):
    """The one shape of every unit of work: `async with` opens it, `commit` writes everything it was given at
    once, leaving the block without a commit writes nothing. Each unit of work adds the repositories it hands
    out: UnitOfWork the invoices, which pipeline_ports.PipelineUnitOfWork, document_ports.DocumentUnitOfWork and
    reception_ports.ReceptionUnitOfWork extend; records_ports.RecordsUnitOfWork the records."""

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def commit(self) -> None: ...


class UnitOfWork(Transaction, Protocol):
    """One transaction: the invoice, its events and the outbox rows are written together or not at all.

    Two implementations on PostgreSQL: a transaction of its own (adapters.postgres.uow), and the group commit of
    new invoices (adapters.postgres.submission_writer), which may raise NotCommitted. The units of work of the
    pipeline, the documents and reception extend it with the repositories they add."""

    # read-only: a unit of work hands its repositories out, nobody swaps them (and an extension may narrow them)
    @property
    def invoices(self) -> InvoiceRepository: ...


GroupCommitted = Callable[[], UnitOfWork]

# Whether a failure says the database (or the network to it) is down right now rather than a bug: a relay burns no
# attempt on it and hands its item back once the database answers, the supervisor restarts a task that died of it
# without a stack trace. The wiring gives the classifier of the database it uses.
OutageCheck = Callable[[BaseException], bool]
# Among those, why the database refused to write (its disk full, read-only: it answers reads), else None: what the
# on-call must act on, named to the caller, in /readyz and in doctor instead of a bare "unavailable".
WriteRefusal = Callable[[BaseException], str | None]
# What of the gateway's own host ran out (open files, memory, processes, a local disk), else None: no database
# outage, the on-call's to act on; the call did nothing and may pass later (UNAVAILABLE naming it, logged at ERROR).
LocalFault = Callable[[BaseException], str | None]


def no_local_fault(exc: BaseException) -> str | None:
    """The LocalFault of a test's fakes and of what the wiring gives none: nothing of a host named."""
    return None


"""Units of work sharing their commit with concurrent submissions': each takes ONE new invoice (`invoices.add`) and
commits it with its pending events within a batch, or raises NotCommitted (request id or number taken, batch
failed, writer stopped, or any other call). Once queued, a cancelled caller's invoice is committed with its batch
or not at all."""


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
