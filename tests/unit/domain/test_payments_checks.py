"""The books' checks that the use cases run before a payment or a credit note is taken (PAY-DATE*)
and the words of PAY-OVERPAYMENT, asserted in the domain itself (the use cases' tests reach them only in part)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.days import FIRST_DAY, LAST_DAY
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
        "a payment of 1291.01 exceeds what is outstanding, 1291.00 (total 1411.00, credited 120.00, paid 0.00)"
    )
    carried, _, _ = books.carrying({D("20"): D("100.00")})
    with pytest.raises(PaymentRefused) as both:
        carried.apply(pay("1191.01"))
    assert both.value.findings[0].message == (
        "a payment of 1191.01 exceeds what is outstanding, 1191.00 (total 1411.00, credited 120.00, carried from the"
        " invoice it replaces 100.00, paid 0.00)"
    )
    with pytest.raises(PaymentRefused) as plain:
        Settlement.for_invoice(two_rates()).apply(pay("1411.01"))
    assert plain.value.findings[0].message == (
        "a payment of 1411.01 exceeds what is outstanding, 1411.00 (total 1411.00, paid 0.00)"
    )


def test_an_over_payment_says_what_held_payments_will_pay_apart_from_what_is_paid_and_what_was_prepaid() -> (
    None
):
    """Found reading PAY-OVERPAYMENT's callers (session 18): checked against the books as they will be once the held
    payments are applied, a payment's refusal said "paid 900.00" of an invoice with nothing paid (GetInvoice: paid
    0, awaiting deposit 900.00); and a held payment that a credit note since left too large was named instead of
    the payment refused ("a payment of 1411.00 ..., paid 0"). Amounts to the cent; BT-113 said where it cut the
    total."""
    books = Settlement.for_invoice(two_rates())  # 1411.00: 1200.00 at 20 %, 211.00 at 5.5 %
    held = [pay("900.00", pid="H-1")]
    with pytest.raises(PaymentRefused) as over:
        books.projected(held).apply(pay("511.01", pid="P-2"))
    assert over.value.findings[0].message == (
        "a payment of 511.01 exceeds what is outstanding, 511.00 (total 1411.00, paid 0.00, held until the deposit"
        " 900.00)"
    )
    credited = books.with_credited({D("20"): D("600.00")})  # a credit note with the buyer since: 811.00 left
    with pytest.raises(PaymentRefused) as alone:
        credited.projected([pay("1411.00", pid="H-1")]).apply(pay("811.01", pid="P-2"))
    assert alone.value.findings[0].message == (
        "a payment of 811.01 exceeds what is outstanding, 811.00 (total 1411.00, credited 600.00, paid 0.00)"
    )
    fits, applied = credited.projected([pay("1411.00", pid="H-1")]).apply(pay("811.00", pid="P-2"))
    assert (applied.amount, fits.outstanding) == (D("811.00"), D("0.00"))
    prepaid = Settlement.for_invoice(two_rates(paid_amount=D("411.00")))
    with pytest.raises(PaymentRefused) as after:
        prepaid.apply(pay("1000.01"))
    assert after.value.findings[0].message == (
        "a payment of 1000.01 exceeds what is outstanding, 1000.00 (total 1000.00 after 411.00 prepaid (BT-113),"
        " paid 0.00)"
    )


def test_a_refused_day_names_the_payment_in_its_words() -> None:
    today = date(2026, 12, 7)
    assert day_refused(date(1990, 1, 2), today) == (
        "PAY-DATE-YEAR",
        f"the payment is dated 1990-01-02, not in the years {FIRST_DAY.year} to {LAST_DAY.year} (Flux10 G1.36,"
        " BR-FR-03)",
    )
    assert day_refused(date(2026, 12, 8), today) == (
        "PAY-DATE",
        "the payment is dated 2026-12-08, after today (2026-12-07): it is recorded once it happened",
    )


def test_held_payments_after_one_the_books_no_longer_take_are_still_projected() -> None:
    credited = Settlement.for_invoice(two_rates()).with_credited({D("20"): D("600.00")})  # 811.00 left
    books = credited.projected([pay("1411.00", pid="H-1"), pay("300.00", pid="H-2")])
    assert (books.held_in_paid, books.outstanding) == (D("300.00"), D("511.00"))
