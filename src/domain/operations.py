"""What an operator asks about the gateway's work, as values: how many invoices in each state, how deep and how old
the queues are, what is parked, how big the archive is, which declarations fall due soon.

Read from the database by adapters.postgres.operations; shown by the business metrics and `pdp-gateway doctor`
(service.observability), which the wiring gives the reader.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

DECLARATION_HORIZON_DAYS = 30


@dataclass(frozen=True, slots=True)
class QueueFigures:
    kind: str
    depth: int
    oldest_age_s: float  # of the oldest item not done; 0 when empty
    retrying: int = 0  # items already tried at least once


@dataclass(frozen=True, slots=True)
class DeclarationsDue:
    kind: str
    count: int  # not yet accepted, deadline within DECLARATION_HORIZON_DAYS (or past)
    next_deadline_s: float  # seconds from now to the earliest of them (negative: overdue)


@dataclass(frozen=True, slots=True)
class OutageFigures:
    """The items waiting on one platform profile's outage (domain.outage): how many, and for how long the one
    waiting longest has (since when it first found the platform away)."""

    platform: str
    items: int
    since: datetime | None  # None: not readable (written by another version)
    waited_s: float


@dataclass(frozen=True, slots=True)
class OperationsSnapshot:
    invoices: tuple[tuple[str, str, int], ...]  # (state, processing rule, count)
    outbox: tuple[QueueFigures, ...]  # per kind of work
    inbox: tuple[QueueFigures, ...]  # per state of webhook deliveries not DONE
    parked_statuses: int  # platform statuses waiting for a submission we do not know yet (not expired)
    archive_documents: int
    archive_bytes: int
    declarations_due: tuple[DeclarationsDue, ...]
    # Payments HELD until their invoice's deposit with no open held-payments row to apply or refuse them (it ran out
    # of attempts): they wait for an operator, or the next payment on the invoice, which applies them first.
    parked_payments: int = 0
    parked_payment_invoices: tuple[str, ...] = ()  # the first invoices holding them, "SIREN invoice-id"
    outages: tuple[OutageFigures, ...] = ()  # per platform profile with items waiting on its outage
    parked_statuses_oldest_s: float = 0.0  # how long the oldest of them has waited

    @property
    def parked_deliveries(self) -> int:
        return sum(q.depth for q in self.inbox if q.kind in ("PARKED", "UNPROCESSABLE"))


# The figures of one moment (`now`: the ages' reference).
ReadOperations = Callable[[datetime], Awaitable[OperationsSnapshot]]


@dataclass(frozen=True, slots=True)
class Migrations:
    known: Mapping[int, str]  # this code's migrations: version -> name
    applied: frozenset[int]  # the versions the database carries


@dataclass(frozen=True, slots=True)
class ArchiveSample:
    company_siren: str
    sha256: str  # as recorded when archived
    content: bytes


@dataclass(frozen=True, slots=True)
class GivenUp:
    """An invoice FAILED for having waited on its platform's outage past the patience (domain.outage)."""

    company_siren: str
    invoice_id: str
    number: str


class OperationsReader(Protocol):
    """What `doctor` and `/readyz` read of the database, on one connection (adapters.postgres.operations)."""

    async def migrations(self) -> Migrations: ...

    async def operations(self, now: datetime) -> OperationsSnapshot: ...

    async def refused_write(self) -> str | None:
        """Why the database refuses a write (its disk full, read-only), None when it wrote: a probe that touches
        none of the gateway's rows."""
        ...

    async def archive_sample(self, limit: int) -> list[ArchiveSample]:
        """Up to `limit` archived documents, a random sample when the archive is large."""
        ...

    async def active_companies(self, limit: int) -> list[str]:
        """The SIRENs with an API key not revoked, in order."""
        ...

    async def given_up_on_outage(self, platform: str, limit: int) -> list[GivenUp]:
        """Up to `limit` invoices, of every company, FAILED for having waited on `platform`'s outage past the
        patience (their send gave up naming it), oldest first: what the on-call queues again once it is back."""
        ...


class DatabaseUnreachable(Exception):
    """No connection to the database (refused, timed out, credentials, no such database): its text says which."""


class ConnectionsExhausted(DatabaseUnreachable):
    """The database refused a new connection because its connections are all taken (max_connections, or a role's or
    database's limit): the server runs, and the pools that hold connections keep working."""


# A connection to the database at that DSN, closed on exit; raises DatabaseUnreachable. It writes nothing of the
# gateway's (`refused_write`'s probe is a temporary table dropped at its commit).
OpenOperations = Callable[[str], AbstractAsyncContextManager[OperationsReader]]
