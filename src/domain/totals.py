"""Line nets, VAT breakdown and document totals, rounded exactly as BR-CO-10…BR-CO-17 require.

The computation follows EN 16931's calculation model:
- line net (BT-131) = quantity × net price ÷ base quantity, rounded to the cent, minus line allowances plus
  line charges (BR-CO-... / the FNFE note: each line net is rounded before summation);
- BT-106 = Σ BT-131 (BR-CO-10); BT-107 = Σ BT-92 (BR-CO-11); BT-108 = Σ BT-99 (BR-CO-12);
- BT-109 = BT-106 − BT-107 + BT-108 (BR-CO-13);
- per VAT category and rate: BT-116 = Σ line nets − document allowances + document charges of that
  category and rate (BR-S-08 and siblings); BT-117 = BT-116 × BT-119 ÷ 100 rounded (BR-CO-17);
- BT-110 = Σ BT-117 (BR-CO-14); BT-112 = BT-109 + BT-110 (BR-CO-15); BT-115 = BT-112 − BT-113 + BT-114
  (BR-CO-16).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from decimal import Decimal

from domain.invoice import AllowanceCharge, Invoice, InvoiceLine, Totals, VatBreakdown, VatCategory
from domain.money import ZERO, percent_of, round_amount, total

# Categories whose rate must be 0 (BR-E-05, BR-AE-05, BR-K-05, BR-G-05, BR-Z-05); O carries no rate (BR-O-05).
_ZERO_RATE_CATEGORIES = {
    VatCategory.EXEMPT,
    VatCategory.REVERSE_CHARGE,
    VatCategory.INTRA_EU,
    VatCategory.EXPORT,
    VatCategory.ZERO_RATED,
    VatCategory.NOT_SUBJECT,
}


def allowance_charge_amount(ac: AllowanceCharge) -> Decimal:
    """The amount of an allowance or charge as stated (BT-92/99/136/141); BR-DEC rules keep it to the cent."""
    return ac.amount


def line_net_amount(line: InvoiceLine) -> Decimal:
    """BT-131 from quantity, net price and base quantity, with line allowances (BG-27) and charges (BG-28)."""
    base_quantity = line.base_quantity if line.base_quantity not in (None, ZERO) else Decimal(1)
    assert base_quantity is not None
    gross = round_amount(line.quantity * line.net_price / base_quantity)
    allowances = total(allowance_charge_amount(ac) for ac in line.allowances_charges if not ac.is_charge)
    charges = total(allowance_charge_amount(ac) for ac in line.allowances_charges if ac.is_charge)
    return gross - allowances + charges


def _rate(category: VatCategory, rate: Decimal | None) -> Decimal:
    if rate is None:
        return ZERO
    return ZERO if category in _ZERO_RATE_CATEGORIES and rate == ZERO else rate


def _key(category: VatCategory, rate: Decimal | None) -> tuple[VatCategory, Decimal]:
    return category, canonical_rate(_rate(category, rate))


def canonical_rate(rate: Decimal) -> Decimal:
    """20, 20.0 and 20.00 are one VAT rate; keep it without exponent and with at most the decimals it needs."""
    return Decimal(format(rate.normalize(), "f"))


def compute_vat_breakdown(invoice: Invoice, line_nets: list[Decimal]) -> tuple[VatBreakdown, ...]:
    """BG-23: one entry per VAT category and rate found in lines and document allowances/charges."""
    taxable: dict[tuple[VatCategory, Decimal], Decimal] = defaultdict(lambda: ZERO)
    for line, net in zip(invoice.lines, line_nets, strict=True):
        taxable[_key(line.vat_category, line.vat_rate)] += net
    for ac in invoice.allowances_charges:
        if ac.vat_category is None:
            continue
        amount = allowance_charge_amount(ac)
        taxable[_key(ac.vat_category, ac.vat_rate)] += amount if ac.is_charge else -amount
    previous = {(b.category, canonical_rate(b.rate)): b for b in invoice.vat_breakdown or ()}
    breakdown = []
    for (category, rate), base in taxable.items():
        known = previous.get((category, rate))
        breakdown.append(
            VatBreakdown(
                category=category,
                rate=rate,
                taxable_amount=round_amount(base),
                tax_amount=percent_of(base, rate),
                exemption_reason=known.exemption_reason if known else "",
                exemption_reason_code=known.exemption_reason_code if known else "",
            )
        )
    return tuple(breakdown)


def compute_totals(invoice: Invoice) -> Invoice:
    """The invoice with BT-131 on every line, BG-23 and BG-22 computed from its lines and allowances."""
    line_nets = [line_net_amount(line) for line in invoice.lines]
    lines = tuple(replace(line, net_amount=net) for line, net in zip(invoice.lines, line_nets, strict=True))
    breakdown = compute_vat_breakdown(invoice, line_nets)
    line_total = round_amount(total(line_nets))
    allowance_total = round_amount(total(allowance_charge_amount(ac) for ac in invoice.allowances))
    charge_total = round_amount(total(allowance_charge_amount(ac) for ac in invoice.charges))
    tax_exclusive = line_total - allowance_total + charge_total
    tax_total = total(b.tax_amount for b in breakdown)
    tax_inclusive = tax_exclusive + tax_total
    totals = Totals(
        line_total=line_total,
        allowance_total=allowance_total,
        charge_total=charge_total,
        tax_exclusive=tax_exclusive,
        tax_total=tax_total,
        tax_inclusive=tax_inclusive,
        paid=round_amount(invoice.paid_amount),
        rounding=round_amount(invoice.rounding_amount),
        amount_due=round_amount(tax_inclusive - invoice.paid_amount + invoice.rounding_amount),
        tax_total_accounting_currency=invoice.totals.tax_total_accounting_currency
        if invoice.totals
        else None,
    )
    return invoice.evolve(lines=lines, vat_breakdown=breakdown, totals=totals)
