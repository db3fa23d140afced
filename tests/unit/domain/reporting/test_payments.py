from datetime import date
from decimal import Decimal as D

import pytest

from domain.payments import RatePart
from domain.reporting.payments import (
    PaymentEvent,
    PaymentLine,
    event_findings,
    invoice_payment_key,
    is_invoice_payment_data,
    payment_line_findings,
    payment_lines,
    totals_by_rate,
)

from .month import JANUARY_PAYMENTS


def test_payment_lines_are_summed_per_day_invoice_and_rate():
    got = [(ln.day.day, ln.invoice_id, ln.vat_rate, ln.amount) for ln in payment_lines(JANUARY_PAYMENTS)]
    assert got == [
        (5, None, D("10"), D("22.00")),
        (5, None, D("20"), D("60.00")),
        (5, "F-001", D("20"), D("120.00")),
        (18, None, D("20"), D("24.00")),
        (31, "F-002", D("5.5"), D("105.50")),
        (31, "F-002", D("20"), D("240.00")),
    ]
    assert totals_by_rate(payment_lines(JANUARY_PAYMENTS)) == {
        D("5.5"): D("105.50"),
        D("10"): D("22.00"),
        D("20"): D("444.00"),
    }


def test_negative_and_foreign_currency_payments_are_findings():
    line = PaymentLine(date(2027, 1, 5), D("20"), D("-10.00"), currency="GBP")
    assert [f.rule_id for f in line.findings()] == ["ER-PAY-NEGATIVE", "ER-CURRENCY"]


def test_a_negative_amount_on_an_invoice_breaks_flux10_g1_16():
    # TT-95 takes no sign (Annexe 7 v1.8 G1.16): a reversal takes back from the day it reverses instead.
    reversal = PaymentLine(
        date(2027, 1, 9), D("20"), D("-120.00"), invoice_id="F-1", invoice_date=date(2026, 12, 1)
    )
    assert [f.rule_id for f in reversal.findings()] == ["ER-PAY-NEGATIVE"]


def test_a_day_whose_payments_were_all_taken_back_has_no_line():
    paid = PaymentEvent("k1", date(2027, 1, 9), (RatePart(D("20"), D("120.00")),), "F-1", date(2026, 12, 1))
    back = PaymentEvent("k2", date(2027, 1, 9), (RatePart(D("20"), D("-120.00")),), "F-1", date(2026, 12, 1))
    kept = PaymentEvent("k3", date(2027, 1, 9), (RatePart(D("5.5"), D("10.55")),), "F-1", date(2026, 12, 1))
    assert [(ln.vat_rate, ln.amount) for ln in payment_lines([paid, back, kept])] == [(D("5.5"), D("10.55"))]


def test_a_payment_is_checked_alone_but_a_refund_is_left_to_its_day():
    def event(rate: str, amount: str, currency: str = "EUR") -> PaymentEvent:
        return PaymentEvent("k", date(2027, 1, 5), (RatePart(D(rate), D(amount)),), currency=currency)

    assert [f.rule_id for f in event_findings(event("19", "10.00"))] == ["ER-RATE"]
    assert [f.rule_id for f in event_findings(event("20", "10.00", "USD"))] == ["ER-CURRENCY"]
    assert [f.rule_id for f in event_findings(event("20", "10.001"))] == ["ER-AMOUNT-SCALE"]
    assert event_findings(event("20", "-10.00")) == ()  # its day's lines decide (ER-PAY-NEGATIVE)
    assert [f.rule_id for f in payment_line_findings(payment_lines([event("20", "-10.00")])[0])] == [
        "ER-PAY-NEGATIVE"
    ]


def test_payment_data_from_an_invoice_s_books_is_told_by_its_key() -> None:
    assert is_invoice_payment_data(invoice_payment_key("F-1", "pay-1"))
    assert not is_invoice_payment_data("pay-1")


@pytest.mark.parametrize("key", ["", "   ", "\t\n"])
def test_a_payment_without_a_key_is_refused_blank_or_empty(key: str) -> None:
    """A key of spaces was taken as a key, where a blank request id is refused."""
    with pytest.raises(ValueError, match="a payment event needs an idempotency key"):
        PaymentEvent(key, date(2027, 1, 9), (RatePart(D("20"), D("120.00")),))
