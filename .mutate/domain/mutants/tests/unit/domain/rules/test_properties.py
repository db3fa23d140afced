"""Properties of the domain rules over generated valid French invoices."""

from decimal import Decimal

from hypothesis import given, settings

from domain.invoice import Invoice
from domain.money import ZERO
from domain.totals import compute_totals
from tests.strategies import invoices
from tests.unit.domain.rules.helpers import fatal_ids, ids, with_line, with_totals

CENT = Decimal("0.01")


@settings(max_examples=200, deadline=None)
@given(invoices())
def test_a_generated_invoice_with_computed_totals_has_no_fatal_finding(invoice: Invoice) -> None:
    assert fatal_ids(compute_totals(invoice)) == set()


@settings(max_examples=200, deadline=None)
@given(invoices())
def test_computed_totals_satisfy_br_co_10_to_17(invoice: Invoice) -> None:
    computed = compute_totals(invoice)
    totals, breakdown = computed.totals, computed.vat_breakdown
    assert totals is not None and breakdown is not None
    assert totals.line_total == sum((line.net_amount for line in computed.lines), ZERO)  # type: ignore[misc]
    assert totals.allowance_total == sum((ac.amount for ac in computed.allowances), ZERO)
    assert totals.charge_total == sum((ac.amount for ac in computed.charges), ZERO)
    assert totals.tax_exclusive == totals.line_total - totals.allowance_total + totals.charge_total
    assert totals.tax_total == sum((entry.tax_amount for entry in breakdown), ZERO)
    assert totals.tax_inclusive == totals.tax_exclusive + totals.tax_total
    assert totals.amount_due == totals.tax_inclusive - totals.paid + totals.rounding
    for entry in breakdown:
        assert entry.tax_amount == (entry.taxable_amount * entry.rate / 100).quantize(
            CENT, rounding="ROUND_HALF_UP"
        )


@settings(max_examples=200, deadline=None)
@given(invoices())
def test_the_vat_breakdown_adds_up_to_the_document_totals(invoice: Invoice) -> None:
    computed = compute_totals(invoice)
    assert computed.totals is not None and computed.vat_breakdown is not None
    assert (
        sum((entry.taxable_amount for entry in computed.vat_breakdown), ZERO) == computed.totals.tax_exclusive
    )
    assert sum((entry.tax_amount for entry in computed.vat_breakdown), ZERO) == computed.totals.tax_total


@settings(max_examples=100, deadline=None)
@given(invoices())
def test_one_cent_more_on_a_declared_line_net_breaks_exactly_its_rules(invoice: Invoice) -> None:
    computed = compute_totals(invoice)
    changed = with_line(computed, 0, net_amount=computed.lines[0].net_amount + CENT)  # type: ignore[operator]
    assert ids(changed) == {"PDP-LINE-NET", "BR-CO-10", "BR-S-08"}


@settings(max_examples=100, deadline=None)
@given(invoices())
def test_one_cent_more_on_the_total_with_vat_breaks_exactly_br_co_15_and_16(invoice: Invoice) -> None:
    computed = compute_totals(invoice)
    assert computed.totals is not None
    changed = with_totals(computed, tax_inclusive=computed.totals.tax_inclusive + CENT)
    assert ids(changed) == {"BR-CO-15", "BR-CO-16"}


@settings(max_examples=100, deadline=None)
@given(invoices())
def test_one_cent_less_of_vat_in_a_breakdown_breaks_its_tax_rules(invoice: Invoice) -> None:
    computed = compute_totals(invoice)
    assert computed.vat_breakdown is not None
    entry = computed.vat_breakdown[0]
    changed = computed.evolve(vat_breakdown=(entry.__class__(entry.category, entry.rate, entry.taxable_amount,
                                                             entry.tax_amount - CENT), *computed.vat_breakdown[1:]))  # fmt: skip
    assert ids(changed) == {"BR-CO-17", "BR-S-09", "BR-CO-14"}
