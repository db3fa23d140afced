"""Line nets (BT-131) and document totals against hand-computed values, half-cent products first.

The property tests compare `compute_totals` with rules that call the same rounding, so they cannot see a change of
rounding mode: these tables can. Every product below ends in a half cent (or just off it), with the digit before
it even, where half-even and half-up disagree, and negative where half-down and half-up disagree.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from domain import totals
from domain.invoice import AllowanceCharge, VatBreakdown, VatCategory
from domain.totals import canonical_rate, compute_totals, line_net_amount
from tests.builders import a_document_allowance, a_line, an_invoice


def _line(quantity: str, price: str, base_quantity: str | None = None, rate: str = "20"):  # type: ignore[no-untyped-def]
    line = a_line(quantity=quantity, price=price, rate=rate)
    return replace(line, base_quantity=None if base_quantity is None else Decimal(base_quantity))


# (quantity, net price, base quantity, BT-131 as written): computed by hand, half away from zero.
LINE_NETS = [
    # no base quantity: the product itself is rounded
    ("1", "0.005", None, "0.01"),
    ("1", "0.125", None, "0.13"),
    ("3", "0.375", None, "1.13"),  # 1.125
    ("2.5", "0.01", None, "0.03"),  # 0.025
    ("0.5", "0.05", None, "0.03"),  # 0.025
    ("1", "2.665", None, "2.67"),
    ("-1", "0.125", None, "-0.13"),
    ("1", "-2.665", None, "-2.67"),
    ("1", "0.0049", None, "0.00"),
    ("-1", "0.004", None, "0.00"),  # never a negative zero
    ("7", "1.5", None, "10.50"),
    ("1", "0.0051", None, "0.01"),
    # a base quantity (BT-149): quantity × price ÷ base quantity, then rounded
    ("1", "0.25", "10", "0.03"),  # 0.025
    ("1", "0.45", "2", "0.23"),  # 0.225
    ("3", "1.25", "2", "1.88"),  # 1.875
    ("1", "0.65", "2", "0.33"),  # 0.325
    ("-1", "0.45", "2", "-0.23"),
    ("1", "-0.25", "10", "-0.03"),
    ("1", "0.004", "2", "0.00"),
    ("-1", "0.008", "2", "0.00"),  # -0.004, never a negative zero
    ("10", "1.005", "1", "10.05"),
    ("4", "12.50", "0", "50.00"),  # a zero base quantity means per unit
]


@pytest.mark.parametrize(("quantity", "price", "base_quantity", "expected"), LINE_NETS)
def test_line_net_amount_rounds_half_cents_away_from_zero(
    quantity: str, price: str, base_quantity: str | None, expected: str
) -> None:
    assert str(line_net_amount(_line(quantity, price, base_quantity))) == expected


@pytest.mark.parametrize(("quantity", "price", "base_quantity", "expected"), LINE_NETS)
def test_computed_invoice_carries_the_rounded_line_net_and_its_totals(
    quantity: str, price: str, base_quantity: str | None, expected: str
) -> None:
    invoice = compute_totals(an_invoice(lines=0).evolve(lines=(_line(quantity, price, base_quantity),)))

    assert invoice.totals is not None and invoice.vat_breakdown is not None
    assert str(invoice.lines[0].net_amount) == expected
    assert str(invoice.totals.line_total) == expected
    assert str(invoice.vat_breakdown[0].taxable_amount) == expected


def test_line_allowances_and_charges_are_applied_after_the_rounding() -> None:
    line = replace(
        _line("1", "0.125"),
        allowances_charges=(
            AllowanceCharge(False, Decimal("0.05"), reason="Remise"),
            AllowanceCharge(True, Decimal("0.02"), reason="Port"),
            AllowanceCharge(False, Decimal("0.01"), reason="Remise"),
        ),
    )

    assert str(line_net_amount(line)) == "0.09"  # 0.13 - 0.05 + 0.02 - 0.01


def test_document_totals_from_half_cent_lines_and_a_document_allowance() -> None:
    lines = (
        _line("1", "0.125", rate="20"),  # 0.13
        replace(_line("3", "0.375", rate="10"), id="2"),  # 1.13
        replace(_line("1", "0.45", "2", rate="20"), id="3"),  # 0.23
    )
    invoice = an_invoice(lines=0).evolve(
        lines=lines, allowances_charges=(a_document_allowance("0.05", rate="20"),)
    )

    computed = compute_totals(invoice)

    totals = computed.totals
    assert totals is not None
    assert [
        (str(totals.line_total), str(totals.allowance_total), str(totals.charge_total)),
        (str(totals.tax_exclusive), str(totals.tax_total), str(totals.tax_inclusive), str(totals.amount_due)),
    ] == [("1.49", "0.05", "0.00"), ("1.44", "0.17", "1.61", "1.61")]
    assert [
        (b.category, str(b.rate), str(b.taxable_amount), str(b.tax_amount))
        for b in computed.vat_breakdown or ()
    ] == [
        (VatCategory.STANDARD, "20", "0.31", "0.06"),  # (0.13 + 0.23 - 0.05) × 20 % = 0.062
        (VatCategory.STANDARD, "10", "1.13", "0.11"),  # 0.113
    ]


@pytest.mark.parametrize(
    ("base", "rate", "tax"),
    [("0.25", "10", "0.03"), ("0.65", "10", "0.07"), ("-0.25", "10", "-0.03"), ("0.50", "5.5", "0.03")],
)
def test_the_vat_of_a_breakdown_rounds_half_away_from_zero(base: str, rate: str, tax: str) -> None:
    # 0.025, 0.065, -0.025, 0.0275: BT-117 = BT-116 × BT-119 ÷ 100 to the cent (BR-CO-17)
    invoice = compute_totals(an_invoice(lines=0).evolve(lines=(_line("1", base, rate=rate),)))
    assert invoice.vat_breakdown is not None
    assert str(invoice.vat_breakdown[0].tax_amount) == tax


@pytest.fixture
def fresh_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    """canonical_rate remembers the rates it has seen (20 and 20.00 are one key, and so are 0 and -0): each case
    starts with none, so the first form seen is the one under test."""
    monkeypatch.setattr(totals, "_CANONICAL_RATES", {})


@pytest.mark.parametrize(
    ("rate", "canonical"),
    [
        ("20.00", "20"),
        ("5.50", "5.5"),
        ("2.1", "2.1"),
        ("0.0", "0"),
        ("-0", "0"),
        ("-0.00", "0"),
        ("0E+2", "0"),
    ],
)
def test_equal_rates_share_one_canonical_form(rate: str, canonical: str, fresh_memo: None) -> None:
    assert str(canonical_rate(Decimal(rate))) == canonical
    assert str(canonical_rate(Decimal(rate))) == canonical  # and again, from the memo


ZERO_RATE_CATEGORIES = [
    VatCategory.EXEMPT,
    VatCategory.REVERSE_CHARGE,
    VatCategory.INTRA_EU,
    VatCategory.EXPORT,
    VatCategory.ZERO_RATED,
    VatCategory.NOT_SUBJECT,
]


@pytest.mark.parametrize("category", ZERO_RATE_CATEGORIES)
@pytest.mark.parametrize("written", ["-0", "0.00", "-0.00", "0"])
def test_a_zero_rate_however_written_gives_one_breakdown_at_rate_0(
    category: VatCategory, written: str
) -> None:
    lines = (replace(a_line("1", category=category, rate="0"), vat_rate=Decimal(written)),)
    lines += (replace(a_line("2", category=category, rate="0"), vat_rate=Decimal("0")),)
    invoice = compute_totals(an_invoice(lines=0).evolve(lines=lines))
    assert invoice.vat_breakdown is not None
    assert [(e.category, str(e.rate)) for e in invoice.vat_breakdown] == [(category, "0")]


def test_the_breakdown_keys_each_rate_by_its_canonical_form_from_an_empty_memo(fresh_memo: None) -> None:
    lines = (_line("1", "10.00", rate="20.0"), _line("1", "5.00", rate="20"), _line("2", "1.00", rate="5.50"))
    invoice = compute_totals(an_invoice(lines=0).evolve(lines=lines))
    assert invoice.vat_breakdown is not None
    assert [
        (e.category, str(e.rate), str(e.taxable_amount), str(e.tax_amount)) for e in invoice.vat_breakdown
    ] == [
        (VatCategory.STANDARD, "20", "15.00", "3.00"),
        (VatCategory.STANDARD, "5.5", "2.00", "0.11"),
    ]


def test_the_rate_memo_keeps_at_most_1024_forms_and_still_answers_beyond(fresh_memo: None) -> None:
    for n in range(1100):
        assert canonical_rate(Decimal(f"{n}.0")) == n
    assert len(totals._CANONICAL_RATES) == 1024
    assert str(canonical_rate(Decimal("1099.00"))) == "1099"


def test_document_allowances_and_charges_are_each_summed() -> None:
    charge = replace(a_document_allowance("1.50"), is_charge=True, reason_code="FC")
    invoice = an_invoice(lines=0).evolve(
        lines=(_line("1", "100.00"),),
        allowances_charges=(
            a_document_allowance("10.00"),
            charge,
            a_document_allowance("2.25"),
            replace(charge, amount=Decimal("0.75")),
        ),
    )
    computed = compute_totals(invoice)
    assert computed.totals is not None
    # 100.00 - (10.00 + 2.25) + (1.50 + 0.75) = 90.00; VAT 20 % = 18.00
    assert (computed.totals.allowance_total, computed.totals.charge_total, computed.totals.tax_exclusive) == (
        Decimal("12.25"),
        Decimal("2.25"),
        Decimal("90.00"),
    )
    assert computed.totals.tax_total == Decimal("18.00")


def test_bt_111_is_converted_only_for_an_invoice_in_another_currency_with_a_rate() -> None:
    cases = [
        (
            an_invoice(accounting_currency="EUR"),
            None,
        ),  # in EUR, told EUR is the accounting currency: nothing to convert
        (an_invoice(exchange_rate=Decimal("2")), None),  # in EUR with a rate: nothing to convert
        (an_invoice(currency="USD", exchange_rate=Decimal("0.5")), Decimal("1.05")),  # its VAT 2.10 x 0.5
    ]
    for invoice, bt_111 in cases:
        computed = compute_totals(invoice)
        assert computed.totals is not None and computed.totals.tax_total_accounting_currency == bt_111


def test_the_exemption_reason_given_is_kept_on_its_computed_breakdown() -> None:
    exempt = a_line("1", "1", "50.00", "0", category=VatCategory.EXEMPT)
    given = VatBreakdown(
        VatCategory.EXEMPT, Decimal("0.00"), Decimal("0"), Decimal("0"), "Exonération", "VATEX-EU-132"
    )
    computed = compute_totals(an_invoice(lines=0).evolve(lines=(exempt,), vat_breakdown=(given,)))
    assert computed.vat_breakdown == (
        VatBreakdown(
            VatCategory.EXEMPT, Decimal("0"), Decimal("50.00"), Decimal("0.00"), "Exonération", "VATEX-EU-132"
        ),
    )


def test_a_document_allowance_without_a_category_does_not_hide_the_next_one_from_the_breakdown() -> None:
    uncategorised = replace(a_document_allowance("5.00"), vat_category=None, vat_rate=None)
    invoice = an_invoice(lines=0).evolve(
        lines=(_line("1", "100.00"),), allowances_charges=(uncategorised, a_document_allowance("10.00"))
    )
    computed = compute_totals(invoice)
    assert computed.vat_breakdown is not None
    # 100.00 less the categorised 10.00 at 20 %: the uncategorised one is BR-32's to refuse, not the breakdown's
    assert [(str(e.rate), str(e.taxable_amount), str(e.tax_amount)) for e in computed.vat_breakdown] == [
        ("20", "90.00", "18.00")
    ]
