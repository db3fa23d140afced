"""Helpers shared by the rule tests: valid computed invoices and the rule ids they produce."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from domain.invoice import Invoice, InvoiceLine, VatCategory
from domain.rules import validate_invoice
from domain.totals import compute_totals
from tests.builders import a_line, an_invoice

EXEMPTION_CODES = {
    VatCategory.EXEMPT: "VATEX-FR-CGI261-4",
    VatCategory.REVERSE_CHARGE: "VATEX-EU-AE",
    VatCategory.INTRA_EU: "VATEX-EU-IC",
    VatCategory.EXPORT: "VATEX-EU-G",
    VatCategory.NOT_SUBJECT: "VATEX-EU-O",
}


def valid(lines: int = 2, **overrides: object) -> Invoice:
    return compute_totals(an_invoice(lines=lines, **overrides))


def ids(invoice: Invoice) -> set[str]:
    return {f.rule_id for f in validate_invoice(invoice)}


def fatal_ids(invoice: Invoice) -> set[str]:
    return {f.rule_id for f in validate_invoice(invoice) if f.is_fatal}


def with_line(invoice: Invoice, index: int = 0, **changes: object) -> Invoice:
    lines = list(invoice.lines)
    lines[index] = replace(lines[index], **changes)  # type: ignore[arg-type]
    return invoice.evolve(lines=tuple(lines))


def with_totals(invoice: Invoice, **changes: object) -> Invoice:
    assert invoice.totals is not None
    return invoice.evolve(totals=replace(invoice.totals, **changes))  # type: ignore[arg-type]


def with_breakdown(invoice: Invoice, index: int = 0, **changes: object) -> Invoice:
    entries = list(invoice.vat_breakdown or ())
    entries[index] = replace(entries[index], **changes)  # type: ignore[arg-type]
    return invoice.evolve(vat_breakdown=tuple(entries))


def category_line(category: VatCategory, rate: str | None = "0") -> InvoiceLine:
    line = a_line(category=category, rate=rate or "0")
    return replace(line, vat_rate=None if rate is None else Decimal(rate))


def category_invoice(category: VatCategory, **overrides: object) -> Invoice:
    """A valid invoice whose single line has `category` (with the exemption reason code it needs)."""
    rate = None if category is VatCategory.NOT_SUBJECT else "0"
    invoice = compute_totals(an_invoice(lines=1, **overrides).evolve(lines=(category_line(category, rate),)))
    code = EXEMPTION_CODES.get(category)
    return with_breakdown(invoice, exemption_reason_code=code) if code else invoice
