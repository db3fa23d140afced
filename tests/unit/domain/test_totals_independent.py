"""Our totals against EN 16931's formulas computed independently (tests/support/month_invoices.py, whole cents),
on generated invoices of a month: every French VAT category, allowances and charges at both levels, 6-decimal
prices, base quantities, decimal quantities, foreign currencies with BT-111, prepaid amounts."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.invoice import Invoice
from domain.rules import validate_invoice
from domain.totals import canonical_rate, compute_totals
from tests.strategies import decimals
from tests.support.month_invoices import cents, expected_totals, month_invoices


def _compare(invoice: Invoice) -> None:
    expected = expected_totals(invoice)
    computed = compute_totals(invoice)
    totals = computed.totals
    assert totals is not None and computed.vat_breakdown is not None
    assert tuple(cents(line.net_amount) for line in computed.lines) == expected.bt131
    assert cents(totals.line_total) == expected.bt106
    assert cents(totals.allowance_total) == expected.bt107
    assert cents(totals.charge_total) == expected.bt108
    assert cents(totals.tax_exclusive) == expected.bt109
    assert cents(totals.tax_total) == expected.bt110
    assert cents(totals.tax_inclusive) == expected.bt112
    assert cents(totals.amount_due) == expected.bt115
    bt111 = totals.tax_total_accounting_currency
    assert (None if bt111 is None else cents(bt111)) == expected.bt111
    breakdown = {
        (b.category, canonical_rate(b.rate)): (cents(b.taxable_amount), cents(b.tax_amount))
        for b in computed.vat_breakdown
    }
    assert breakdown == expected.breakdown


@settings(max_examples=300, deadline=None)
@given(month_invoices())
def test_every_total_of_a_generated_invoice_is_en16931s_to_the_cent(invoice: Invoice) -> None:
    _compare(invoice)


@settings(max_examples=100, deadline=None)
@given(month_invoices(), st.data())
def test_a_prepaid_amount_and_a_rounding_reach_the_amount_due_to_the_cent(
    invoice: Invoice, data: st.DataObject
) -> None:
    expected = expected_totals(invoice)
    prepaid = data.draw(st.integers(0, max(expected.bt112, 0)).map(lambda c: Decimal(c).scaleb(-2)))
    rounding = data.draw(decimals(0, 2, -1).map(lambda d: d if abs(d) < 1 else Decimal("0.00")))
    _compare(replace(invoice, paid_amount=prepaid, rounding_amount=rounding))


@settings(max_examples=150, deadline=None)
@given(month_invoices())
def test_a_generated_invoice_with_computed_totals_passes_every_domain_rule(invoice: Invoice) -> None:
    fatal = [f for f in validate_invoice(compute_totals(invoice)) if f.is_fatal]
    assert fatal == []
