"""Per-company settings, changed by an operator (CLI), each change written to the company's audit log."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from decimal import Decimal
from typing import TypeVar

import asyncpg

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.company_settings import PgCompanySettings
from domain.archive_ports import AuditEvent
from domain.books_check import MAX_TOLERANCE
from domain.money import decimals
from domain.ports import Clock

T = TypeVar("T")


async def set_books_tolerance(
    pool: asyncpg.Pool, company: str, tolerance: Decimal, *, clock: Clock
) -> dict[str, object]:
    """How far a received invoice may differ from the booked amounts (domain.books_check); ValueError when it is
    not an amount between 0 and MAX_TOLERANCE with at most two decimals."""
    if not tolerance.is_finite() or tolerance < 0 or tolerance > MAX_TOLERANCE or decimals(tolerance) > 2:
        raise ValueError(f"a books tolerance is an amount from 0 to {MAX_TOLERANCE} with at most 2 decimals")
    previous = await _changed(
        pool,
        company,
        ("settings.books_tolerance_set", "books_tolerance", tolerance),
        lambda settings, now: settings.set_books_tolerance(company, tolerance, now),
        clock,
    )
    return {
        "company_siren": company,
        "books_tolerance": str(tolerance),
        "previous": None if previous is None else str(previous),
    }


async def set_payment_sent_status(
    pool: asyncpg.Pool, company: str, on: bool, *, clock: Clock
) -> dict[str, object]:
    """Whether a payment sent on a received invoice (ReceptionService.RecordPaymentSent) also sends 211."""
    previous = await _changed(
        pool,
        company,
        ("settings.payment_sent_status_set", "send_payment_sent", on),
        lambda settings, now: settings.set_sends_payment_sent(company, on, now),
        clock,
    )
    return {"company_siren": company, "send_payment_sent": on, "previous": previous}


async def _changed(
    pool: asyncpg.Pool,
    company: str,
    audited: tuple[str, str, object],
    write: Callable[[PgCompanySettings, datetime], Awaitable[T]],
    clock: Clock,
) -> T:
    """One setting changed and its audit entry, in one transaction; returns the value it replaced.
    `audited`: the audit event's kind, the setting's name and its new value."""
    kind, name, value = audited
    now = clock.now()
    async with pool.acquire() as conn, conn.transaction():
        previous = await write(PgCompanySettings(conn), now)
        details = {name: value, "previous": previous}
        await PgAuditLog(conn).append(company, AuditEvent(kind, "company", company, details), now)
    return previous
