"""Hypothesis strategies generating valid French B2B invoices (before totals are computed)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from domain.invoice import (
    AllowanceCharge,
    DocumentType,
    Invoice,
    InvoiceLine,
    Item,
    PrecedingInvoice,
    VatCategory,
)
from tests.builders import an_invoice

RATES = (Decimal("20"), Decimal("10"), Decimal("5.5"), Decimal("2.1"))


def decimals(max_units: int, places: int, min_units: int = 0) -> st.SearchStrategy[Decimal]:
    """Decimals written with exactly `places` decimals, between min_units and max_units."""
    scale = 10**places
    return st.integers(min_units * scale, max_units * scale).map(lambda n: Decimal(n).scaleb(-places))


quantities = decimals(1_000, 4).filter(lambda q: q > 0)  # up to 4 decimals (BR-FR-DEC-02)
prices = decimals(10_000, 6)  # up to 6 decimals (BR-FR-DEC-03)
rates = st.sampled_from(RATES)
cents = decimals(50, 2, 1)


@st.composite
def allowance_charges(
    draw: st.DrawFn, *, document_level: bool, vat_rates: tuple[Decimal, ...] = RATES
) -> AllowanceCharge:
    is_charge = draw(st.booleans())
    return AllowanceCharge(
        is_charge=is_charge,
        amount=draw(cents),
        vat_category=VatCategory.STANDARD if document_level else None,
        vat_rate=draw(st.sampled_from(vat_rates)) if document_level else None,
        reason="Frais de port" if is_charge else "Remise",
        reason_code="" if is_charge else "95",
    )


@st.composite
def lines(draw: st.DrawFn, line_id: str) -> InvoiceLine:
    return InvoiceLine(
        id=line_id,
        quantity=draw(quantities),
        unit_code=draw(st.sampled_from(("C62", "HUR", "KGM"))),
        net_price=draw(prices),
        item=Item(name=draw(st.sampled_from(("Conseil", "Vis inox", "Formation", "Maintenance")))),
        vat_category=VatCategory.STANDARD,
        vat_rate=draw(rates),
        base_quantity=draw(st.sampled_from((None, Decimal("1"), Decimal("10")))),
        allowances_charges=tuple(draw(st.lists(allowance_charges(document_level=False), max_size=2))),
    )


@st.composite
def invoices(draw: st.DrawFn) -> Invoice:
    """A valid invoice or credit note: several lines and VAT rates, document allowances and charges."""
    count = draw(st.integers(1, 8))
    invoice_lines = tuple(draw(lines(str(i + 1))) for i in range(count))
    used_rates = tuple(sorted({line.vat_rate for line in invoice_lines if line.vat_rate is not None}))
    document_acs = tuple(
        draw(st.lists(allowance_charges(document_level=True, vat_rates=used_rates), max_size=3))
    )
    issue = draw(st.dates(date(2026, 9, 1), date(2027, 12, 31)))
    credit_note = draw(st.booleans())
    extra: dict[str, object] = {}
    if credit_note:
        extra = {
            "type_code": DocumentType.CREDIT_NOTE,
            "preceding_invoices": (PrecedingInvoice("F-2026-000123", issue - timedelta(days=30)),),
        }
    return an_invoice(
        lines=0,
        issue_date=issue,
        due_date=issue + timedelta(days=draw(st.integers(0, 60))),
        business_process=draw(st.sampled_from(("S1", "B1", "M1"))),
        **extra,
    ).evolve(lines=invoice_lines, allowances_charges=document_acs)
