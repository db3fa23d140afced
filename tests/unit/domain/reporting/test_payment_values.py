"""Payment events and lines: what each refuses, with its exact message, and the findings of a line, exactly."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.findings import Finding, Severity
from domain.payments import RatePart
from domain.reporting.journal import DuplicateTransactionKey, KeyedJournal
from domain.reporting.payments import (
    PaymentEvent,
    PaymentLine,
    payment_line_findings,
    payment_lines,
    totals_by_rate,
)

DAY = date(2026, 9, 14)


@pytest.mark.parametrize(
    ("rate", "amount", "error", "message"),
    [
        (20.0, Decimal("1"), TypeError, "vat_rate must be a decimal.Decimal, got float"),
        (Decimal("20"), 12, TypeError, "amount must be a decimal.Decimal, got int"),
        (Decimal("20"), True, TypeError, "amount must be a decimal.Decimal, got bool"),
        (Decimal("NaN"), Decimal("1"), ValueError, "vat_rate must be a finite number, got NaN"),
        (Decimal("20"), Decimal("-Infinity"), ValueError, "amount must be a finite number, got -Infinity"),
    ],
)
def test_a_payment_event_takes_its_amounts_as_two_finite_decimals(
    rate: object, amount: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as refused:
        PaymentEvent("p-1", DAY, (RatePart(rate, amount),))  # type: ignore[arg-type]
    assert str(refused.value) == message


ONE = (RatePart(Decimal("20"), Decimal("120.00")),)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"key": "", "amounts": ONE}, "a payment event needs an idempotency key"),
        ({"key": "p-1", "amounts": ()}, "payment 'p-1' has no amount per VAT rate"),
        (
            {"key": "p-1", "amounts": ONE, "invoice_id": "F-1"},
            "payment 'p-1' names invoice 'F-1' without its date (BT-2)",
        ),
    ],
)
def test_a_payment_event_refuses_what_cannot_be_reported(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError) as refused:
        PaymentEvent(day=DAY, **kwargs)  # type: ignore[arg-type]
    assert str(refused.value) == message


def test_a_payment_event_for_an_invoice_keeps_its_fields() -> None:
    event = PaymentEvent("p-1", DAY, ONE, invoice_id="F-1", invoice_date=date(2026, 9, 1))
    assert (event.key, event.day, event.amounts, event.invoice_id, event.invoice_date, event.currency) == (
        "p-1",
        DAY,
        ONE,
        "F-1",
        date(2026, 9, 1),
        "EUR",
    )


@pytest.mark.parametrize(
    ("written", "kept"), [("-0", "0"), ("-0.00", "0.00"), ("0.00", "0.00"), ("-1.50", "-1.50")]
)
def test_a_payment_event_keeps_a_zero_without_its_sign(written: str, kept: str) -> None:
    # RecordPayments recorded "-0" as given: the journal and its payload wrote the sign of nothing
    event = PaymentEvent("p-1", DAY, (RatePart(Decimal("20"), Decimal(written)),))
    assert [str(part.amount) for part in event.amounts] == [kept]


def _fatal(rule: str, message: str, at: str) -> Finding:
    return Finding(rule, Severity.FATAL, message, path=at, layer="ereporting")


def test_a_clean_line_has_no_finding() -> None:
    assert payment_line_findings(PaymentLine(DAY, Decimal("5.5"), Decimal("10.55"))) == ()
    assert payment_line_findings(PaymentLine(DAY, Decimal("20"), Decimal("0"))) == ()


def test_every_finding_of_a_line_exactly_in_order() -> None:
    line = PaymentLine(DAY, Decimal("19"), Decimal("-1.005"), "USD")
    at = "payment[2026-09-14/b2c/19%]"

    assert line.label == at
    assert line.findings() == (
        _fatal(
            "ER-PAY-NEGATIVE",
            "collected amount -1.005 is negative (Flux10 G1.16): report refunds as corrections",
            at,
        ),
        _fatal("ER-CURRENCY", "payment in USD: payment data is reported in EUR", at),
        _fatal("ER-RATE", "VAT rate 19% is not an accepted French rate (BR-FR-16)", at),
        _fatal("ER-AMOUNT-SCALE", "collected amount -1.005 has more than two decimals", at),
    )


def test_a_b2c_line_is_labelled_b2c() -> None:
    assert PaymentLine(DAY, Decimal("5.50"), Decimal("1")).label == "payment[2026-09-14/b2c/5.5%]"


def test_payment_lines_sum_per_day_invoice_currency_and_rate_and_totals_per_rate() -> None:
    events = [
        PaymentEvent("a", DAY, (RatePart(Decimal("20"), Decimal("10.00")),)),
        PaymentEvent(
            "b",
            DAY,
            (RatePart(Decimal("20"), Decimal("2.50")), RatePart(Decimal("10"), Decimal("1"))),
        ),
        PaymentEvent("c", DAY, (RatePart(Decimal("20"), Decimal("1.00")),), currency="USD"),
    ]

    lines = payment_lines(events)

    assert [(ln.vat_rate, ln.amount, ln.currency) for ln in lines] == [
        (Decimal("10"), Decimal("1"), "EUR"),
        (Decimal("20"), Decimal("12.50"), "EUR"),
        (Decimal("20"), Decimal("1.00"), "USD"),
    ]
    assert totals_by_rate(lines) == {Decimal("10"): Decimal("1"), Decimal("20"): Decimal("13.50")}


def test_the_payment_journal_is_keyed_by_the_event_key() -> None:
    journal = KeyedJournal[PaymentEvent]()
    event = PaymentEvent("p-1", DAY, ONE)

    assert journal.record(event) is True
    assert journal.record(PaymentEvent("p-1", DAY, ONE)) is False
    with pytest.raises(DuplicateTransactionKey) as refused:
        journal.record(PaymentEvent("p-1", DAY, (RatePart(Decimal("20"), Decimal("1.00")),)))
    assert refused.value.key == "p-1"
    assert str(refused.value) == (
        "transaction key 'p-1' was already recorded with different content: an idempotency key identifies exactly "
        "one transaction; use a new key for a new transaction"
    )
    assert "p-1" in journal and "p-2" not in journal
    assert journal.items() == (event,) and list(journal) == [event] and len(journal) == 1
