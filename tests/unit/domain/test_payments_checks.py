"""The books' checks that the use cases run before a payment or a credit note is taken (PAY-DATE*)
and the words of PAY-OVERPAYMENT, asserted in the domain itself (the use cases' tests reach them only in part)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.findings import Finding, Severity
from domain.payments import (
    Payment,
    PaymentInvalid,
    PaymentRefused,
    Settlement,
    check_dated,
    day_refused,
)
from tests.unit.domain.test_payments import pay, two_rates

D = Decimal


@pytest.mark.parametrize(
    ("paid_on", "issued", "rule"),
    [
        (date(2026, 12, 7), None, None),
        (date(2026, 12, 8), None, "PAY-DATE"),
        (date(1990, 1, 1), None, "PAY-DATE-YEAR"),  # taken before session 18, its 212 sent as typed
        (date(1990, 1, 1), date(2026, 11, 2), "PAY-DATE-YEAR"),  # the first rule broken is named
        (date(2016, 11, 2), date(2026, 11, 2), "PAY-DATE-BEFORE-INVOICE"),
        (date(2025, 11, 1), date(2026, 11, 2), None),  # an advance within the year before its invoice
        (date(2026, 12, 8), date(2026, 11, 2), "PAY-DATE"),
    ],
)
def test_a_payment_s_day_is_refused_naming_the_first_rule_it_breaks(
    paid_on: date, issued: date | None, rule: str | None
) -> None:
    today = date(2026, 12, 7)
    refused = day_refused(paid_on, today, issued)
    assert (refused[0] if refused else None) == rule
    if rule is None:
        check_dated(Payment("p1", paid_on, D("10.00")), today, issued)
        return
    assert refused is not None
    with pytest.raises(PaymentInvalid) as raised:
        check_dated(Payment("p1", paid_on, D("10.00")), today, issued)
    assert raised.value.findings == (Finding(rule, Severity.FATAL, refused[1], "date", layer="payments"),)


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
