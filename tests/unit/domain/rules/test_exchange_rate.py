"""Foreign-currency invoices: the caller's exchange rate gives BT-6 = EUR and BT-111 (BR-FR-CO-12)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain.invoice import Totals
from domain.rules import validate_invoice
from domain.totals import compute_totals
from tests.builders import an_invoice


def fatal(invoice) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.rule_id for f in validate_invoice(invoice) if f.is_fatal}


def test_the_rate_gives_bt6_eur_and_the_vat_total_in_eur_rounded_half_up() -> None:
    invoice = compute_totals(an_invoice(3, currency="USD", exchange_rate=Decimal("0.921535")))

    assert invoice.accounting_currency == "EUR"
    assert invoice.totals is not None
    # 3 lines: 1 x 10.50 + 2 x 20.50 + 3 x 30.50 = 143.00, VAT 28.60 USD; 28.60 x 0.921535 = 26.355901 -> 26.36
    assert invoice.totals.tax_total == Decimal("28.60")
    assert invoice.totals.tax_total_accounting_currency == Decimal("26.36")
    assert fatal(invoice) == set()


def test_without_rate_nor_bt111_an_invoice_in_another_currency_breaks_br_fr_co_12() -> None:
    assert "BR-FR-CO-12_BT-5" in fatal(compute_totals(an_invoice(currency="CHF")))


def test_a_given_bt111_is_kept_and_checked_against_the_rate() -> None:
    computed = compute_totals(an_invoice(currency="USD", exchange_rate=Decimal("0.92")))
    assert computed.totals is not None
    declared = computed.totals.tax_total_accounting_currency
    agreeing = compute_totals(
        computed.evolve(totals=_with_bt111(computed.totals, declared + Decimal("0.01")))
    )
    disagreeing = compute_totals(
        computed.evolve(totals=_with_bt111(computed.totals, declared + Decimal("1.00")))
    )

    assert (
        agreeing.totals is not None
        and agreeing.totals.tax_total_accounting_currency == declared + Decimal("0.01")
    )
    assert fatal(agreeing) == set()
    assert fatal(disagreeing) == {"PDP-EXCHANGE-RATE"}


@pytest.mark.parametrize(
    ("currency", "rate"),
    [
        ("EUR", "1"),
        ("USD", "0"),
        ("USD", "-0.9"),
        ("USD", "0.1234567"),
        ("USD", "1234567.123456"),
        ("USD", "NaN"),
    ],
)
def test_a_rate_that_cannot_be_right_is_refused(currency: str, rate: str) -> None:
    invoice = an_invoice(currency=currency, exchange_rate=Decimal(rate), accounting_currency="EUR")
    invoice = invoice.evolve(totals=Totals(*(Decimal("0"),) * 9, tax_total_accounting_currency=Decimal("0")))

    assert "PDP-EXCHANGE-RATE" in fatal(invoice)


def _with_bt111(totals: Totals, value: Decimal | None) -> Totals:
    from dataclasses import replace

    return replace(totals, tax_total_accounting_currency=value)
