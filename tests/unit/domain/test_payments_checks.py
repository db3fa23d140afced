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
    dated_after,
    latest_french_day,
)
from tests.unit.domain.test_payments import pay, two_rates

D = Decimal


def test_today_is_reunion_s_day_the_first_french_vat_territory_s_to_begin() -> None:
    assert latest_french_day(datetime(2026, 12, 7, 19, 59, 59, tzinfo=UTC)) == date(2026, 12, 7)
    assert latest_french_day(datetime(2026, 12, 7, 20, 0, tzinfo=UTC)) == date(
        2026, 12, 8
    )  # 00:00 in Réunion


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
