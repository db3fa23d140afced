from __future__ import annotations

from decimal import Decimal

from domain.books_check import (
    BookedAmounts,
    BooksMismatch,
    Tolerance,
    differences,
    disputed_reason,
    tolerance_findings,
)
from domain.totals import compute_totals
from tests.builders import a_line, an_invoice

D = Decimal
# 1000.00 + 200.00 VAT at 20 %, 200.00 + 11.00 VAT at 5.5 %: 1411.00
INVOICE = compute_totals(
    an_invoice().evolve(lines=(a_line("1", "10", "100.00", "20"), a_line("2", "4", "50.00", "5.5")))
)


def test_amounts_matching_the_books_have_no_difference() -> None:
    assert (
        differences(
            INVOICE,
            BookedAmounts(D("1411.00"), ((D("20.00"), D("200.00")), (D("5.5"), D("11.00")))),
            Tolerance(),
        )
        == ()
    )


def test_every_figure_beyond_the_tolerance_is_a_difference_and_one_within_is_not() -> None:
    booked = BookedAmounts(D("1410.99"), ((D("20"), D("199.90")),))  # 5.5 % not booked at all
    found = differences(INVOICE, booked, Tolerance(D("0.05")))
    assert [(d.rule_id, d.path, d.booked, d.invoiced) for d in found] == [
        ("PDP-BOOKS-VAT", "BG-23[5.5]/BT-117", D("0"), D("11.00")),
        ("PDP-BOOKS-VAT", "BG-23[20]/BT-117", D("199.90"), D("200.00")),
    ]
    assert disputed_reason(found) == "TX_TVA_ERR"


def test_a_refusal_names_each_difference_as_a_finding() -> None:
    found = differences(INVOICE, BookedAmounts(D("1400.00")), Tolerance())
    refusal = BooksMismatch(found, Tolerance())
    assert [(f.rule_id, f.path) for f in refusal.findings] == [("PDP-BOOKS-TOTAL", "BT-112")]
    assert "booked 1400.00, invoiced 1411.00 (difference 11.00)" in str(refusal)
    assert disputed_reason(found) == "MONTANTTOTAL_ERR"


def test_a_percentage_tolerance_is_of_the_invoiced_figure_capped_by_the_amount() -> None:
    # 1 % of 1411.00 is 14.11: a total booked 1397.00 (14.00 off) passes, 1396.88 (14.12 off) does not. At
    # 20 %, 1 % of 200.00 is 2.00: 198.00 passes, 197.99 does not; at 5.5 %, 1 % of 11.00 is 0.11.
    one_percent = Tolerance(D("0"), D("1"))
    ok = BookedAmounts(D("1397.00"), ((D("20"), D("198.00")), (D("5.5"), D("10.89"))))
    assert differences(INVOICE, ok, one_percent) == ()
    off = BookedAmounts(D("1396.88"), ((D("20"), D("197.99")), (D("5.5"), D("10.88"))))
    assert [d.path for d in differences(INVOICE, off, one_percent)] == [
        "BT-112",
        "BG-23[5.5]/BT-117",
        "BG-23[20]/BT-117",
    ]
    # Capped at 10.00: the 14.00 gap on the total is now beyond it, the VAT gaps (within 2.00 / 0.11) are not.
    capped = Tolerance(D("10.00"), D("1"), "supplier 552100554")
    [total] = differences(INVOICE, ok, capped)
    refusal = BooksMismatch([total], capped)
    assert refusal.findings[0].message == (
        "total VAT included: booked 1397.00, invoiced 1411.00 (difference 14.00) is beyond the supplier"
        " 552100554's tolerance of 1 %, at most 10.00 (10.00 here)"
    )
    # 0.5 % of 0.99 is 0.00495: 0.00 after half-up rounding to the cent.
    assert Tolerance(D("0"), D("0.5")).limit(D("0.99")) == D("0.00")
    assert Tolerance(D("0"), D("0.5")).limit(D("1.00")) == D("0.01")


def test_a_tolerance_out_of_bounds_is_named() -> None:
    assert tolerance_findings(D("0.05"), D("2.5")) == []
    assert len(tolerance_findings(D("-1"), D("0"))) == 2
    assert tolerance_findings(D("0"), D("100.01")) == [
        "the percentage is above 0 and at most 100, with at most 2 decimals"
    ]
