"""VAT checks past their first item: an exemption code after a breakdown entry without one, and a territory's rate
after a standard-rated line without rate."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from domain.invoice import VatCategory
from domain.rules import validate_invoice
from tests.unit.domain.rules.helpers import valid, with_line


def test_an_unlisted_exemption_code_after_an_entry_without_code_is_found() -> None:
    invoice = valid(1)
    assert invoice.vat_breakdown is not None
    first = invoice.vat_breakdown[0]
    second = replace(first, category=VatCategory.EXEMPT, rate=Decimal("0"), exemption_reason_code="VATEX-XX")
    found = [
        (f.rule_id, f.path, f.message)
        for f in validate_invoice(invoice.evolve(vat_breakdown=(first, second)))
        if f.rule_id == "BR-CL-22"
    ]
    assert found == [
        (
            "BR-CL-22",
            "BG-23[2]/BT-121",
            "The VAT exemption reason code (BT-121) 'VATEX-XX' is not in the CEF VATEX list.",
        )
    ]


def test_a_rate_of_another_territory_after_a_standard_line_without_rate_is_found_once() -> None:
    invoice = with_line(with_line(valid(2), 0, vat_rate=None), 1, vat_rate=Decimal("8.5"))
    found = [
        (f.rule_id, f.path, f.message)
        for f in validate_invoice(invoice)
        if f.rule_id == "PDP-VAT-RATE-TERRITORY"
    ]
    assert found == [
        (
            "PDP-VAT-RATE-TERRITORY",
            "BG-25[2]/BT-152",
            "The VAT rate 8.5 % is not a rate of the invoice's territory (mainland): expected one of 2.1, 5.5, 10, 20.",
        )
    ]
