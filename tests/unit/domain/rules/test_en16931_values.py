"""EN 16931 checks at their edges, exactly: VAT identifiers without a country prefix (seller, tax representative),
an invoicing period of one day or with one date, a credit transfer (30) without account, an amount due of zero, and
the rates of standard-rated document allowances and charges and a standard breakdown entry, each after one of a
category without rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from domain.invoice import Address, Invoice, PaymentInstructions, Period, TaxRepresentative
from domain.rules import validate_invoice
from tests.unit.domain.rules.helpers import valid, with_totals


def _found(invoice: Invoice, *rules: str) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.path, f.message) for f in validate_invoice(invoice) if f.rule_id in rules]


def test_a_vat_identifier_without_a_country_prefix_is_found_at_its_place() -> None:
    invoice = valid(1)
    invoice = invoice.evolve(
        seller=replace(invoice.seller, vat_id="12345"),
        tax_representative=TaxRepresentative("Rep", "99999", Address(country="FR")),
    )
    assert _found(invoice, "BR-CO-09") == [
        (
            "BR-CO-09",
            "BG-4/BT-31",
            "The Seller VAT identifier (BT-31) shall start with an ISO 3166-1 alpha-2 country code: '12345'.",
        ),
        (
            "BR-CO-09",
            "BG-11/BT-63",
            "The Seller tax representative VAT identifier (BT-63) shall start with an ISO 3166-1 alpha-2 country code: '99999'.",
        ),
    ]


def test_a_period_of_one_day_or_with_one_date_is_a_period() -> None:
    day = date(2026, 11, 1)
    for period in (Period(day, day), Period(day, None), Period(None, day)):
        assert _found(valid(1).evolve(period=period), "BR-29", "BR-CO-19") == []


def test_a_credit_transfer_30_without_account_and_an_amount_due_of_zero() -> None:
    invoice = valid(1)
    transfer = invoice.evolve(payment_instructions=(PaymentInstructions(means_code="30"),))
    assert _found(transfer, "BR-61") == [
        (
            "BR-61",
            "BG-16[1]/BG-17/BT-84",
            "A credit transfer (BT-81 = 30 or 58) shall have a Payment account identifier (BT-84).",
        )
    ]
    nothing_due = with_totals(invoice, amount_due=Decimal("0.00")).evolve(due_date=None, payment_terms="")
    assert _found(nothing_due, "BR-CO-25") == []


def test_a_standard_rated_allowance_after_one_of_an_unknown_category_and_a_charge_at_0_percent() -> None:
    from domain.invoice import AllowanceCharge, VatCategory

    at_0 = AllowanceCharge(
        False, Decimal("1.00"), vat_category=VatCategory.STANDARD, vat_rate=Decimal("0"), reason="r"
    )
    canary = replace(at_0, vat_category=VatCategory.CANARY, vat_rate=Decimal("7"))
    invoice = valid(1).evolve(allowances_charges=(canary, at_0, replace(at_0, is_charge=True)))

    assert _found(invoice, "BR-S-06", "BR-S-07") == [
        (
            "BR-S-06",
            "BG-20[2]/BT-96",
            "In a Document level allowance (BG-20) of VAT category 'Standard rated' the VAT rate (BT-96) shall be "
            "greater than zero: 0.",
        ),
        (
            "BR-S-07",
            "BG-21[1]/BT-103",
            "In a Document level charge (BG-21) of VAT category 'Standard rated' the VAT rate (BT-103) shall be "
            "greater than zero: 0.",
        ),
    ]


def test_a_standard_breakdown_entry_after_one_of_a_category_without_rules_is_still_checked() -> None:
    from domain.invoice import VatCategory

    invoice = valid(1)
    assert invoice.vat_breakdown is not None
    entry = invoice.vat_breakdown[0]
    canary = replace(
        entry,
        category=VatCategory.CANARY,
        rate=Decimal("7"),
        taxable_amount=Decimal("0.00"),
        tax_amount=Decimal("0.00"),
    )
    short = replace(entry, taxable_amount=Decimal("10.00"), tax_amount=Decimal("2.00"))
    assert _found(invoice.evolve(vat_breakdown=(canary, short)), "BR-S-08") == [
        (
            "BR-S-08",
            "BG-23[2]/BT-116",
            "The VAT category taxable amount (BT-116) of category 'Standard rated' is 10.00, expected 10.50 (Σ line net "
            "amounts − document allowances + document charges of that category and rate).",
        )
    ]
