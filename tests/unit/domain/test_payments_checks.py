"""The books' checks that the use cases run before a payment or a credit note is taken (PAY-DATE, PAY-CREDIT-EXCEEDS)
and the words of PAY-OVERPAYMENT, asserted in the domain itself (the use cases' tests reach them only in part)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from domain.findings import Finding, Severity
from domain.payments import (
    Payment,
    PaymentInvalid,
    PaymentRefused,
    Settlement,
    check_dated,
    credit_exceeds,
    dated_after,
    latest_french_day,
)
from tests.unit.domain.test_payments import credit_note, pay, two_rates

D = Decimal


def test_today_is_reunion_s_day_the_first_french_vat_territory_s_to_begin() -> None:
    assert latest_french_day(datetime(2026, 12, 7, 19, 59, 59, tzinfo=UTC)) == date(2026, 12, 7)
    assert latest_french_day(datetime(2026, 12, 7, 20, 0, tzinfo=UTC)) == date(2026, 12, 8)  # 00:00 in Réunion


def test_a_payment_dated_today_passes_and_one_dated_tomorrow_is_refused_with_both_days_said() -> None:
    today = date(2026, 12, 7)
    assert dated_after(today, today) == ""
    assert dated_after(date(2026, 12, 6), today) == ""
    assert dated_after(date(2026, 12, 8), today) == (
        "the payment is dated 2026-12-08, after today (2026-12-07): a payment is recorded once the money was received"
        " or sent"
    )
    check_dated(Payment("p1", today, D("10.00")), today)
    with pytest.raises(PaymentInvalid) as refused:
        check_dated(Payment("p1", date(2026, 12, 8), D("10.00")), today)
    assert refused.value.findings == (
        Finding("PAY-DATE", Severity.FATAL, dated_after(date(2026, 12, 8), today), "date", layer="payments"),
    )


def test_a_credit_note_crediting_more_at_a_rate_than_its_invoice_has_left_there_is_told_so_and_not_otherwise() -> (
    None
):
    invoice = two_rates(number="F-2026-0001")  # 1200.00 at 20 %, 211.00 at 5.5 %
    all_of_it = credit_note(invoice, ("10", "100.00", "20"))  # 1200.00 at 20 %
    assert credit_exceeds(invoice, all_of_it, {}) == ""
    assert credit_exceeds(invoice, all_of_it, {D("5.5"): D("211.00")}) == ""  # another rate's credit is no matter
    assert credit_exceeds(invoice, all_of_it, {D("20"): D("0.01")}) == (
        "PAY-CREDIT-EXCEEDS: it credits 1200.00 at 20 % on invoice F-2026-0001, which has 1199.99 left to credit"
        " there (1200.00 invoiced, 0.01 credited by the credit notes with its buyer before it): the invoice would"
        " show the difference as owed back to the buyer"
    )
    # both rates over: the lower rate is said
    both = credit_note(invoice, ("11", "100.00", "20"), ("5", "50.00", "5.5"))
    assert credit_exceeds(invoice, both, {}).startswith("PAY-CREDIT-EXCEEDS: it credits 263.75 at 5.5 % on invoice")
    # a credit note that credits nothing on it (another currency): its own reason is said with its buyer
    assert credit_exceeds(invoice, credit_note(invoice, ("11", "100.00", "20"), currency="USD"), {}) == ""


def test_an_over_payment_names_what_makes_the_outstanding_credited_and_carried_included() -> None:
    books = Settlement.for_invoice(two_rates()).with_credited({D("20"): D("120.00")})
    with pytest.raises(PaymentRefused) as credited:
        books.apply(pay("1291.01"))
    assert credited.value.findings[0].message == (
        "a payment of 1291.01 exceeds what is outstanding, 1291.00 (total 1411.00, credited 120.00, paid 0)"
    )
    carried, _, _ = books.carrying({D("20"): D("100.00")})
    with pytest.raises(PaymentRefused) as both:
        carried.apply(pay("1191.01"))
    assert both.value.findings[0].message == (
        "a payment of 1191.01 exceeds what is outstanding, 1191.00 (total 1411.00, credited 120.00, carried from the"
        " invoice it replaces 100.00, paid 0)"
    )
    with pytest.raises(PaymentRefused) as plain:
        Settlement.for_invoice(two_rates()).apply(pay("1411.01"))
    assert plain.value.findings[0].message == (
        "a payment of 1411.01 exceeds what is outstanding, 1411.00 (total 1411.00, paid 0)"
    )
