"""The numbers of the InvoiceService's own requests (RecordPayment, SetInvoiceStatus) are read as every request's
numbers are (mapping.decimal_from_text): a refusal names the rule broken and the field, and quotes the value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.errors import InvoiceRejected
from domain.payments import Payment, RatePart
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import invoice_service_pb2 as svc
from service.grpc.invoice_servicer import payment_from_request


def request(amount: str = "100.00", *split: tuple[str, str]) -> svc.RecordPaymentRequest:
    return svc.RecordPaymentRequest(
        invoice_id="i-1",
        payment_id="bank-1",
        date="2026-11-20",
        amount=amount,
        split=[pb.PaymentShare(vat_rate=r, amount=a) for r, a in split],
    )


def refusal(req: svc.RecordPaymentRequest) -> list[tuple[str, str, str]]:
    with pytest.raises(InvoiceRejected) as refused:
        payment_from_request(req)
    return [(f.rule_id, f.path, f.message) for f in refused.value.findings]


def test_a_payment_reads_its_amount_and_split() -> None:
    assert payment_from_request(request(" 100.00 ", ("20", "60.00"), ("5.5", "40.00"))) == Payment(
        "bank-1",
        date(2026, 11, 20),
        Decimal("100.00"),
        (RatePart(Decimal("20"), Decimal("60.00")), RatePart(Decimal("5.5"), Decimal("40.00"))),
    )


@pytest.mark.parametrize("text", ["12,50", "1e3", "NaN", "100 EUR"])
def test_a_malformed_amount_is_pdp_decimal_naming_the_field_and_quoting_the_value(text: str) -> None:
    assert refusal(request(text)) == [
        ("PDP-DECIMAL", "amount", f'{text!r} is not a decimal number such as "1234.50"')
    ]


def test_an_amount_of_too_many_digits_is_pdp_decimal_digits_not_a_malformed_number() -> None:
    huge = "1" * 21 + ".00"
    assert refusal(request(huge)) == [
        ("PDP-DECIMAL-DIGITS", "amount", f"{huge!r} has more than 20 digits before the point or 20 after it")
    ]


def test_a_malformed_share_of_the_split_is_named_by_its_index() -> None:
    [(rule, path, message)] = refusal(request("100.00", ("20", "60.00"), ("5,5", "40.00")))
    assert (rule, path) == ("PDP-DECIMAL", "split[1].vat_rate") and "'5,5'" in message


def test_a_missing_amount_is_pay_amount() -> None:
    assert [rule for rule, _, _ in refusal(request(""))] == ["PAY-AMOUNT"]
