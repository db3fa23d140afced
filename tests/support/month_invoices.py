"""A finance team's invoices, generated: every VAT category of the French list with its exemption reason, line and
document allowances and charges (percentages of a base), prices with up to 6 decimals and a gross price less a
discount, base quantities, decimal quantities, EUR or another currency with its exchange rate, a prepaid amount
and a rounding; and the totals EN 16931 prescribes, computed here in whole cents, independently of `domain.totals`.

Shared by the unit property test (our totals against this computation) and the integration one (the official
validation layers accept what we compute).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import strategies as st

from domain.invoice import (
    Address,
    AllowanceCharge,
    Delivery,
    Identifier,
    Invoice,
    InvoiceLine,
    Item,
    Party,
    Period,
    ProcessingRule,
    VatBreakdown,
    VatCategory,
)
from tests.builders import a_buyer, a_seller, an_invoice
from tests.strategies import decimals

# (category, rate, exemption reason, reason code): the French rates (BR-FR-16) and each zero-rate category with the
# VATEX code the CEN rules want for it (BR-E-10, BR-AE-10, BR-IC-10, BR-G-10; Z and O take none).
STANDARD_RATES = ("20", "10", "5.5", "2.1")
ZERO_CATEGORIES = (
    (VatCategory.EXEMPT, "Exonération (CGI art. 261)", "VATEX-EU-132"),
    (VatCategory.REVERSE_CHARGE, "Autoliquidation", "VATEX-EU-AE"),
    (VatCategory.INTRA_EU, "Livraison intracommunautaire", "VATEX-EU-IC"),
    (VatCategory.EXPORT, "Exportation hors UE", "VATEX-EU-G"),
    (VatCategory.ZERO_RATED, "", ""),
)
Key = tuple[VatCategory, Decimal]
_CENT = Decimal("0.01")


def _half_up_cents(value: Decimal) -> int:
    """Whole cents, half away from zero: EN 16931's rounding, written without domain.money."""
    return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Expected:
    """BG-22 and BG-23 in whole cents, by EN 16931's formulas (the names are the business terms)."""

    bt131: tuple[int, ...]
    bt106: int
    bt107: int
    bt108: int
    bt109: int
    bt110: int
    bt112: int
    bt115: int
    bt111: int | None
    breakdown: dict[Key, tuple[int, int]]  # (category, rate) -> (BT-116, BT-117)


def expected_totals(invoice: Invoice) -> Expected:
    """EN 16931 §6.4 (calculation model), BR-CO-10 to BR-CO-17, BR-x-08/09, BR-FR-CO-12 for BT-111."""
    nets = []
    for line in invoice.lines:
        price = line.net_price
        if line.gross_price is not None:  # BT-146 = BT-148 − BT-147 (the generator states both)
            assert price == line.gross_price - (line.price_discount or 0)
        base = line.base_quantity or Decimal(1)
        cents = _half_up_cents(line.quantity * price / base)
        for ac in line.allowances_charges:
            cents += (1 if ac.is_charge else -1) * int(ac.amount * 100)
        nets.append(cents)
    breakdown_base: dict[Key, int] = {}
    for line, cents in zip(invoice.lines, nets, strict=True):
        key = (line.vat_category, Decimal(line.vat_rate or 0).normalize())
        breakdown_base[key] = breakdown_base.get(key, 0) + cents
    allowances = charges = 0
    for ac in invoice.allowances_charges:
        assert ac.vat_category is not None
        cents = int(ac.amount * 100)
        key = (ac.vat_category, Decimal(ac.vat_rate or 0).normalize())
        breakdown_base[key] = breakdown_base.get(key, 0) + (cents if ac.is_charge else -cents)
        if ac.is_charge:
            charges += cents
        else:
            allowances += cents
    breakdown = {
        key: (base, _half_up_cents(Decimal(base) * key[1] / 10_000)) for key, base in breakdown_base.items()
    }
    bt106 = sum(nets)
    bt109 = bt106 - allowances + charges
    bt110 = sum(tax for _, tax in breakdown.values())
    bt112 = bt109 + bt110
    bt111 = None
    if invoice.exchange_rate is not None and invoice.currency != "EUR":
        bt111 = _half_up_cents(Decimal(bt110) / 100 * invoice.exchange_rate)
    return Expected(
        bt131=tuple(nets),
        bt106=bt106,
        bt107=allowances,
        bt108=charges,
        bt109=bt109,
        bt110=bt110,
        bt112=bt112,
        bt115=bt112 - int(invoice.paid_amount * 100) + int(invoice.rounding_amount * 100),
        bt111=bt111,
        breakdown=breakdown,
    )


def cents(amount: Decimal | None) -> int:
    """An amount of the gateway's, which must be written to the cent, in whole cents."""
    assert amount is not None
    assert amount == amount.quantize(_CENT), amount
    return int(amount * 100)


def _keys(draw: st.DrawFn, out_of_scope: bool) -> list[tuple[VatCategory, Decimal, str, str]]:
    if out_of_scope:  # BR-O-11: category O stands alone on its invoice
        return [(VatCategory.NOT_SUBJECT, Decimal("0"), "Hors champ de la TVA", "VATEX-EU-O")]
    rates = draw(st.lists(st.sampled_from(STANDARD_RATES), min_size=1, max_size=4, unique=True))
    zero = draw(st.lists(st.sampled_from(ZERO_CATEGORIES), max_size=3, unique_by=lambda c: c[0]))
    return [(VatCategory.STANDARD, Decimal(r), "", "") for r in rates] + [
        (category, Decimal("0"), reason, code) for category, reason, code in zero
    ]


def _percent_of_base(draw: st.DrawFn, is_charge: bool) -> AllowanceCharge:
    """An allowance or charge stated as a percentage of a base (BT-136 = BT-137 × BT-138 ÷ 100, to the cent)."""
    base = draw(decimals(500, 2, 1))
    percent = draw(decimals(30, 2, 1))
    amount = (base * percent / 100).quantize(_CENT, ROUND_HALF_UP)
    return AllowanceCharge(
        is_charge=is_charge,
        amount=amount if amount else _CENT,
        base_amount=base if amount else None,
        percentage=percent if amount else None,
        reason="Frais de port" if is_charge else "Remise",
        reason_code="FC" if is_charge else "95",
    )


@st.composite
def _line(draw: st.DrawFn, line_id: str, key: tuple[VatCategory, Decimal, str, str]) -> InvoiceLine:
    net_price = draw(decimals(5_000, draw(st.sampled_from((2, 4, 6)))))
    gross = discount = None
    if draw(st.booleans()):  # BG-29: a gross price less a discount gives the net price
        discount = draw(decimals(20, 4))
        gross = net_price + discount
    line_acs = tuple(
        _percent_of_base(draw, is_charge) for is_charge in draw(st.lists(st.booleans(), max_size=2))
    )
    return InvoiceLine(
        id=line_id,
        quantity=draw(decimals(2_000, draw(st.sampled_from((0, 2, 4))), 0).filter(bool)),
        unit_code=draw(st.sampled_from(("C62", "HUR", "KGM", "LTR"))),
        net_price=net_price,
        gross_price=gross,
        price_discount=discount,
        base_quantity=draw(
            st.sampled_from((None, Decimal("1"), Decimal("10"), Decimal("100"), Decimal("12.5")))
        ),
        item=Item(name=draw(st.sampled_from(("Conseil", "Vis inox", "Formation", "Gazole", "Livres")))),
        vat_category=key[0],
        vat_rate=None if key[0] is VatCategory.NOT_SUBJECT else key[1],  # BR-O-05: no rate out of scope
        allowances_charges=line_acs,
    )


@st.composite
def month_invoices(draw: st.DrawFn, *, max_lines: int = 12) -> Invoice:
    """One invoice of the month, valid for the domain rules and the official layers once its totals are computed."""
    out_of_scope = draw(st.integers(0, 9)) == 0
    keys = _keys(draw, out_of_scope)
    count = draw(st.integers(len(keys), max(len(keys), max_lines)))
    chosen = keys + [draw(st.sampled_from(keys)) for _ in range(count - len(keys))]
    lines = tuple(draw(_line(str(i + 1), key)) for i, key in enumerate(chosen))
    document_acs = []
    for _ in range(draw(st.integers(0, 3))):
        category, rate, _, _ = draw(st.sampled_from(keys))
        ac = _percent_of_base(draw, draw(st.booleans()))
        out_of_scope_rate = None if category is VatCategory.NOT_SUBJECT else rate  # BR-O-06, BR-O-07
        document_acs.append(replace(ac, vat_category=category, vat_rate=out_of_scope_rate))
    issue = draw(st.dates(date(2026, 9, 1), date(2027, 12, 31)))
    seller, buyer = a_seller(), a_buyer()
    if out_of_scope:  # BR-O-02 to -04: no VAT identifier on an invoice out of scope
        seller, buyer = replace(seller, vat_id=""), replace(buyer, vat_id="")
    extra: dict[str, object] = {}
    if draw(st.booleans()):
        extra["currency"] = draw(st.sampled_from(("USD", "CHF", "GBP")))
        extra["exchange_rate"] = draw(decimals(3, 6, 0).filter(bool))
    if any(k[0] is VatCategory.INTRA_EU for k in keys):
        # An intra-EU supply goes to a buyer identified for VAT in another member state (PDP-IC-BUYER-VAT): an
        # international sale, e-reported; BR-IC-11 and BR-IC-12: where and when it was delivered.
        buyer = Party(
            name="Kunde GmbH",
            vat_id="DE123456789",
            electronic_address=Identifier("DE123456789", "9930"),
            address=Address(line1="Hauptstraße 5", city="Berlin", postcode="10115", country="DE"),
        )
        extra["processing_rule"] = ProcessingRule.B2B_INT
        extra["delivery"] = Delivery(
            date=issue, address=Address(line1="Hafenstraße 1", city="Hamburg", postcode="20457", country="DE")
        )
        extra["period"] = Period(issue.replace(day=1), issue)
    invoice = an_invoice(
        lines=0,
        issue_date=issue,
        due_date=issue + timedelta(days=30),
        business_process=draw(st.sampled_from(("S1", "B1", "M1"))),
        seller=seller,
        buyer=buyer,
        vat_breakdown=tuple(
            VatBreakdown(category, rate, Decimal(0), Decimal(0), reason, code)
            for category, rate, reason, code in keys
            if code
        ),
        **extra,
    )
    return replace(invoice, lines=lines, allowances_charges=tuple(document_acs))
