"""Per-company settings, changed by an operator (CLI), each change written to the company's audit log."""

from __future__ import annotations

from decimal import Decimal

import asyncpg

from adapters.postgres.audit_log import PgAuditLog
from adapters.postgres.company_settings import PgCompanySettings
from domain.archive_ports import AuditEvent
from domain.books_check import Tolerance, tolerance_findings
from domain.ports import Clock


async def set_books_tolerance(
    pool: asyncpg.Pool,
    company: str,
    amount: Decimal,
    *,
    clock: Clock,
    percent: Decimal | None = None,
    supplier: str = "",
) -> dict[str, object]:
    """How far a received invoice may differ from the booked amounts (domain.books_check.Tolerance): the company's,
    or with `supplier` (a SIREN) that supplier's, which overrides it. ValueError naming what is wrong (an amount
    from 0 to MAX_TOLERANCE, a percentage above 0 up to 100, two decimals at most; a SIREN of 9 digits)."""
    broken = tolerance_findings(amount, percent)
    if supplier and (len(supplier) != 9 or not supplier.isdigit()):
        broken.append("the supplier is its SIREN, 9 digits")
    if broken:
        raise ValueError("a books tolerance: " + "; ".join(broken))
    tolerance = Tolerance(amount, percent, f"supplier {supplier}" if supplier else "company")
    now = clock.now()
    async with pool.acquire() as conn, conn.transaction():
        previous = await PgCompanySettings(conn).set_books_tolerance(company, tolerance, now, supplier)
        details = {
            "books_tolerance": amount,
            "percent": percent,
            "supplier": supplier or None,
            "previous": None
            if previous is None
            else {"amount": previous.amount, "percent": previous.percent},
        }
        await PgAuditLog(conn).append(
            company, AuditEvent("settings.books_tolerance_set", "company", company, details), now
        )
    return {
        "company_siren": company,
        "supplier": supplier or None,
        "books_tolerance": str(amount),
        "percent": None if percent is None else str(percent),
        "applies": tolerance.describe(),
        "previous": None if previous is None else previous.describe(),
    }


async def set_payment_sent_status(
    pool: asyncpg.Pool, company: str, on: bool, *, clock: Clock
) -> dict[str, object]:
    """Whether a payment sent on a received invoice (ReceptionService.RecordPaymentSent) also sends 211."""
    now = clock.now()
    async with pool.acquire() as conn, conn.transaction():
        previous = await PgCompanySettings(conn).set_sends_payment_sent(company, on, now)
        details = {"send_payment_sent": on, "previous": previous}
        await PgAuditLog(conn).append(
            company, AuditEvent("settings.payment_sent_status_set", "company", company, details), now
        )
    return {"company_siren": company, "send_payment_sent": on, "previous": previous}
