"""Per-company settings, changed by an operator (CLI), each change written to the company's audit log."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from decimal import Decimal
from typing import TypeVar

from domain.archive_ports import AuditEvent
from domain.books_check import Tolerance, tolerance_findings
from domain.identifiers import SIREN_SCHEME, siren_of
from domain.ports import Clock
from domain.reception_ports import CompanySettings, ReceptionUowFactory

T = TypeVar("T")


async def set_books_tolerance(
    uow_factory: ReceptionUowFactory,
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
    if supplier and not siren_of(supplier, SIREN_SCHEME):
        broken.append("the supplier is its SIREN, 9 digits")
    if broken:
        raise ValueError("a books tolerance: " + "; ".join(broken))
    tolerance = Tolerance(amount, percent, f"supplier {supplier}" if supplier else "company")

    async def write(settings: CompanySettings, now: datetime) -> dict[str, object] | None:
        previous = await settings.set_books_tolerance(company, tolerance, now, supplier)
        return _tolerance_values(previous)

    previous = await _changed(
        uow_factory,
        company,
        (
            "settings.books_tolerance_set",
            "books_tolerance",
            amount,
            {"percent": percent, "supplier": supplier or None},
        ),
        write,
        clock,
    )
    return {
        "company_siren": company,
        "supplier": supplier or None,
        "books_tolerance": str(amount),
        "percent": None if percent is None else str(percent),
        "applies": tolerance.describe(),
        "previous": _as_text(previous),
    }


async def clear_supplier_tolerance(
    uow_factory: ReceptionUowFactory, company: str, supplier: str, *, clock: Clock
) -> dict[str, object]:
    """The supplier's own books tolerance removed: the company's applies to its invoices again."""
    if not siren_of(supplier, SIREN_SCHEME):
        raise ValueError("a books tolerance: the supplier is its SIREN, 9 digits")

    async def write(settings: CompanySettings, now: datetime) -> dict[str, object] | None:
        previous = await settings.clear_supplier_tolerance(company, supplier)
        return _tolerance_values(previous)

    previous = await _changed(
        uow_factory, company, ("settings.books_tolerance_cleared", "supplier", supplier, {}), write, clock
    )
    return {
        "company_siren": company,
        "supplier": supplier,
        "cleared": previous is not None,
        "previous": _as_text(previous),
    }


async def set_payment_sent_status(
    uow_factory: ReceptionUowFactory, company: str, on: bool, *, clock: Clock
) -> dict[str, object]:
    """Whether a payment sent on a received invoice (ReceptionService.RecordPaymentSent) also sends 211."""
    previous = await _changed(
        uow_factory,
        company,
        ("settings.payment_sent_status_set", "send_payment_sent", on, {}),
        lambda settings, now: settings.set_sends_payment_sent(company, on, now),
        clock,
    )
    return {"company_siren": company, "send_payment_sent": on, "previous": previous}


def _tolerance_values(tolerance: Tolerance | None) -> dict[str, object] | None:
    """A books tolerance as its audit entry records it (None: there was none)."""
    return None if tolerance is None else {"amount": tolerance.amount, "percent": tolerance.percent}


def _as_text(values: dict[str, object] | None) -> dict[str, str | None] | None:
    """The command's echo of recorded values: decimals as their text, as typed."""
    return None if values is None else {k: None if v is None else str(v) for k, v in values.items()}


async def _changed(
    uow_factory: ReceptionUowFactory,
    company: str,
    audited: tuple[str, str, object, dict[str, object]],
    write: Callable[[CompanySettings, datetime], Awaitable[T]],
    clock: Clock,
) -> T:
    """One setting changed and its audit entry, in one transaction; returns the value it replaced.
    `audited`: the audit event's kind, the setting's name, its new value and what else its entry records."""
    kind, name, value, more = audited
    now = clock.now()
    async with uow_factory() as uow:
        previous = await write(uow.settings, now)
        details = {name: value, **more, "previous": previous}
        await uow.audit.append(company, AuditEvent(kind, "company", company, details), now)
        await uow.commit()
    return previous
