"""Per-company settings, changed by an operator (CLI), each change written to the company's audit log."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Generic, TypeVar

import asyncpg

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.company_settings import PgCompanySettings
from domain.archive_ports import AuditEvent
from domain.books_check import MAX_TOLERANCE
from domain.money import decimals
from domain.ports import Clock

V = TypeVar("V")


@dataclass(frozen=True)  # no slots: a slotted generic dataclass cannot be built through _Setting[...]
class _Setting(Generic[V]):
    """A company setting: the audit event of its change, its name in the event, and its write."""

    event: str
    name: str
    write: Callable[[PgCompanySettings, str, V, datetime], Awaitable[V | None]]


_BOOKS_TOLERANCE = _Setting[Decimal](
    "settings.books_tolerance_set", "books_tolerance", PgCompanySettings.set_books_tolerance
)
_PAYMENT_SENT = _Setting[bool](
    "settings.payment_sent_status_set", "send_payment_sent", PgCompanySettings.set_sends_payment_sent
)


async def set_books_tolerance(
    pool: asyncpg.Pool, company: str, tolerance: Decimal, *, clock: Clock
) -> dict[str, object]:
    """How far a received invoice may differ from the booked amounts (domain.books_check); ValueError when it is
    not an amount between 0 and MAX_TOLERANCE with at most two decimals."""
    if not tolerance.is_finite() or tolerance < 0 or tolerance > MAX_TOLERANCE or decimals(tolerance) > 2:
        raise ValueError(f"a books tolerance is an amount from 0 to {MAX_TOLERANCE} with at most 2 decimals")
    previous = await _change(pool, company, _BOOKS_TOLERANCE, tolerance, clock)
    return {
        "company_siren": company,
        "books_tolerance": str(tolerance),
        "previous": None if previous is None else str(previous),
    }


async def set_payment_sent_status(
    pool: asyncpg.Pool, company: str, on: bool, *, clock: Clock
) -> dict[str, object]:
    """Whether a payment sent on a received invoice (ReceptionService.RecordPaymentSent) also sends 211."""
    previous = await _change(pool, company, _PAYMENT_SENT, on, clock)
    return {"company_siren": company, "send_payment_sent": on, "previous": previous}


async def _change(pool: asyncpg.Pool, company: str, setting: _Setting[V], value: V, clock: Clock) -> V | None:
    """The setting changed and its audit entry, in one transaction; returns the value it replaced."""
    now = clock.now()
    async with pool.acquire() as conn, conn.transaction():
        previous = await setting.write(PgCompanySettings(conn), company, value, now)
        details = {setting.name: value, "previous": previous}
        await PgAuditLog(conn).append(company, AuditEvent(setting.event, "company", company, details), now)
    return previous
