"""A payment id names one payment: its replay asks the same of the same invoice (domain.payment_ports)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from domain.errors import PaymentIdReused
from domain.payment_ports import StoredPayment
from domain.payments import Payment, PaymentApplied, PaymentSide

PAYMENT = Payment("pay-1", date(2026, 11, 20), Decimal("10.00"))
STORED = StoredPayment(
    "732829320",
    "inv-1",
    PaymentSide.RECEIVED,
    PAYMENT,
    PaymentApplied("pay-1", date(2026, 11, 20), Decimal("10.00"), ()),
    datetime(2026, 11, 20, tzinfo=UTC),
)


def test_a_payment_id_replays_only_the_same_payment_of_the_same_invoice() -> None:
    STORED.check_replay("inv-1", PAYMENT)
    for invoice_id, payment in (
        ("inv-2", PAYMENT),
        ("inv-1", Payment("pay-1", date(2026, 11, 20), Decimal("11.00"))),
    ):
        with pytest.raises(PaymentIdReused) as reused:
            STORED.check_replay(invoice_id, payment)
        assert str(reused.value) == (
            "payment id 'pay-1' was already recorded for another payment (invoice inv-1, 10.00 on 2026-11-20): a"
            " payment id names one payment; give a new payment id to a new payment"
        )
