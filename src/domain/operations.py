"""What an operator asks about the gateway's work, as values: how many invoices in each state, how deep and how old
the queues are, what is parked, how big the archive is, which declarations fall due soon.

Read from the database by adapters.postgres.operations; shown by the business metrics and `pdp-gateway doctor`
(service.observability), which the wiring gives the reader.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

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
class OperationsSnapshot:
    invoices: tuple[tuple[str, str, int], ...]  # (state, processing rule, count)
    outbox: tuple[QueueFigures, ...]  # per kind of work
    inbox: tuple[QueueFigures, ...]  # per state of webhook deliveries not DONE
    parked_statuses: int  # platform statuses waiting for a submission we do not know yet
    archive_documents: int
    archive_bytes: int
    declarations_due: tuple[DeclarationsDue, ...]
    # Payments HELD until their invoice's deposit with no open held-payments row to apply or refuse them (it ran out
    # of attempts): they wait for an operator, or the next payment on the invoice, which applies them first.
    parked_payments: int = 0

    @property
    def parked_deliveries(self) -> int:
        return sum(q.depth for q in self.inbox if q.kind in ("PARKED", "UNPROCESSABLE"))


# The figures of one moment (`now`: the ages' reference).
ReadOperations = Callable[[datetime], Awaitable[OperationsSnapshot]]
