"""The books check in exact values: whole differences, the refusal's text and findings, the 207/206 message, and
the invoice's own figures taken as declared when it has them."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from domain.books_check import (
    BookedAmounts,
    BooksMismatch,
    Difference,
    Tolerance,
    difference_message,
    differences,
    tolerance_findings,
)
from domain.findings import Finding, Severity
from domain.invoice import VatBreakdown, VatCategory
from domain.totals import compute_totals
from tests.builders import a_line, an_invoice

D = Decimal
LINES = (
    a_line("1", "10", "100.00", "20"),
    a_line("2", "4", "50.00", "5.5"),
)  # 1200.00 at 20 %, 211.00 at 5.5 %


def test_each_difference_whole_with_the_vat_of_one_rate_added_up_on_both_sides() -> None:
    # two 0 % lines (zero-rated and exempt) share one rate; the books give 20 % in two amounts
    invoice = an_invoice().evolve(
        lines=(
            *LINES,
            a_line("3", "1", "10.00", "0", VatCategory.ZERO_RATED),
            a_line("4", "1", "5.00", "0", VatCategory.EXEMPT),
        )
    )
    booked = BookedAmounts(
        D("1426.00"), ((D("20"), D("150.00")), (D("20.0"), D("50.01")), (D("0.00"), D("1.00")))
    )
    assert differences(invoice, booked, Tolerance()) == (
        Difference("PDP-BOOKS-VAT", "BG-23[0]/BT-117", D("1.00"), D("0.00"), D("0")),
        Difference("PDP-BOOKS-VAT", "BG-23[5.5]/BT-117", D("0"), D("11.00"), D("5.5")),
        Difference("PDP-BOOKS-VAT", "BG-23[20]/BT-117", D("200.01"), D("200.00"), D("20")),
    )


def test_an_invoice_with_its_totals_is_checked_as_declared() -> None:
    computed = compute_totals(an_invoice().evolve(lines=LINES))
    assert computed.totals is not None
    declared = computed.evolve(
        totals=replace(computed.totals, tax_inclusive=D("1411.01")),
        vat_breakdown=(VatBreakdown(VatCategory.STANDARD, D("20"), D("1000.00"), D("200.01")),),
    )
    booked = BookedAmounts(D("1411.00"), ((D("20"), D("200.00")),))
    assert differences(declared, booked, Tolerance()) == (
        Difference("PDP-BOOKS-TOTAL", "BT-112", D("1411.00"), D("1411.01")),
        Difference("PDP-BOOKS-VAT", "BG-23[20]/BT-117", D("200.00"), D("200.01"), D("20")),
    )
    # without totals they are computed first
    assert differences(an_invoice().evolve(lines=LINES), BookedAmounts(D("1411.00")), Tolerance()) == ()


def test_the_refusal_and_the_message_of_a_207_name_each_difference() -> None:
    found = (
        Difference("PDP-BOOKS-TOTAL", "BT-112", D("1400.00"), D("1411.00")),
        Difference("PDP-BOOKS-VAT", "BG-23[5.5]/BT-117", D("10.50"), D("11.00"), D("5.50")),
    )
    refusal = BooksMismatch(found, Tolerance(D("0.25")))
    assert str(refusal) == (
        "the invoice differs from the booked amounts: total VAT included: booked 1400.00, invoiced 1411.00"
        " (difference 11.00); VAT at 5.50 %: booked 10.50, invoiced 11.00 (difference 0.50)"
    )
    assert refusal.differences == found
    assert refusal.findings == (
        Finding(
            "PDP-BOOKS-TOTAL",
            Severity.FATAL,
            "total VAT included: booked 1400.00, invoiced 1411.00 (difference 11.00) is beyond the company's tolerance of 0.25 (0.25 here)",
            "BT-112",
            layer="books",
        ),
        Finding(
            "PDP-BOOKS-VAT",
            Severity.FATAL,
            "VAT at 5.50 %: booked 10.50, invoiced 11.00 (difference 0.50) is beyond the company's tolerance of 0.25 (0.25 here)",
            "BG-23[5.5]/BT-117",
            layer="books",
        ),
    )
    assert difference_message(found) == (
        "Montants comptabilisés différents : total VAT included: booked 1400.00, invoiced 1411.00"
        " (difference 11.00); VAT at 5.50 %: booked 10.50, invoiced 11.00 (difference 0.50)"
    )


def test_a_declared_breakdown_is_summed_per_rate_and_a_booked_rate_it_lacks_counts_as_zero() -> None:
    computed = compute_totals(an_invoice().evolve(lines=LINES))
    assert computed.totals is not None
    declared = computed.evolve(
        vat_breakdown=(
            VatBreakdown(VatCategory.STANDARD, D("20"), D("600.00"), D("120.00")),
            VatBreakdown(VatCategory.STANDARD, D("20.00"), D("400.00"), D("80.00")),
        )
    )
    booked = BookedAmounts(D("1411.00"), ((D("20"), D("200.00")), (D("10"), D("1.00"))))
    assert differences(declared, booked, Tolerance()) == (
        Difference("PDP-BOOKS-VAT", "BG-23[10]/BT-117", D("1.00"), D("0"), D("10")),
    )


def test_totals_without_a_breakdown_are_computed_again() -> None:
    computed = compute_totals(an_invoice().evolve(lines=LINES))
    booked = BookedAmounts(D("1411.00"), ((D("20"), D("200.00")), (D("5.5"), D("11.00"))))
    assert differences(computed.evolve(vat_breakdown=None), booked, Tolerance()) == ()
    assert differences(computed.evolve(vat_breakdown=()), booked, Tolerance()) == ()


AMOUNT_RULE = "the amount is from 0 to 1000000 with at most 2 decimals"
PERCENT_RULE = "the percentage is above 0 and at most 100, with at most 2 decimals"


@pytest.mark.parametrize(
    ("amount", "percent", "faults"),
    [
        ("0", None, []),
        ("1000000", None, []),
        ("1000000.01", None, [AMOUNT_RULE]),
        ("0.001", None, [AMOUNT_RULE]),
        ("-0.01", None, [AMOUNT_RULE]),
        ("0", "1", []),
        ("0", "100", []),
        ("0", "1.25", []),
        ("0", "0", [PERCENT_RULE]),
        ("0", "100.01", [PERCENT_RULE]),
        ("0", "1.255", [PERCENT_RULE]),
        ("0.001", "0", [AMOUNT_RULE, PERCENT_RULE]),
    ],
)
def test_a_tolerance_as_given_is_checked_to_its_bounds(
    amount: str, percent: str | None, faults: list[str]
) -> None:
    assert tolerance_findings(D(amount), None if percent is None else D(percent)) == faults


def test_a_tolerance_describes_itself_for_the_refusal() -> None:
    assert [
        Tolerance(D("0.05")).describe(),
        Tolerance(D("0"), D("1")).describe(),
        Tolerance(D("10"), D("1.5"), "supplier 732829320").describe(),
    ] == [
        "the company's tolerance of 0.05",
        "the company's tolerance of 1 %",
        "the supplier 732829320's tolerance of 1.5 %, at most 10",
    ]
