from __future__ import annotations

from decimal import Decimal

from domain.books_check import BookedAmounts, BooksMismatch, differences, disputed_reason
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
            INVOICE, BookedAmounts(D("1411.00"), ((D("20.00"), D("200.00")), (D("5.5"), D("11.00")))), D(0)
        )
        == ()
    )


def test_every_figure_beyond_the_tolerance_is_a_difference_and_one_within_is_not() -> None:
    booked = BookedAmounts(D("1410.99"), ((D("20"), D("199.90")),))  # 5.5 % not booked at all
    found = differences(INVOICE, booked, D("0.05"))
    assert [(d.rule_id, d.path, d.booked, d.invoiced) for d in found] == [
        ("PDP-BOOKS-VAT", "BG-23[5.5]/BT-117", D("0"), D("11.00")),
        ("PDP-BOOKS-VAT", "BG-23[20]/BT-117", D("199.90"), D("200.00")),
    ]
    assert disputed_reason(found) == "TX_TVA_ERR"


def test_a_refusal_names_each_difference_as_a_finding() -> None:
    found = differences(INVOICE, BookedAmounts(D("1400.00")), D(0))
    refusal = BooksMismatch(found, D(0))
    assert [(f.rule_id, f.path) for f in refusal.findings] == [("PDP-BOOKS-TOTAL", "BT-112")]
    assert "booked 1400.00, invoiced 1411.00 (difference 11.00)" in str(refusal)
    assert disputed_reason(found) == "MONTANTTOTAL_ERR"
