"""BR-FR-03, value by value: every date of an invoice in the years 2000 to 2099, each found with its own rule id,
path and term when it is not, and none at the edges of the range."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.invoice import Delivery, Invoice, Period, PrecedingInvoice
from domain.rules import validate_invoice
from tests.unit.domain.rules.helpers import valid


def _dated(day: date) -> Invoice:
    invoice = valid(2)
    lines = (replace(invoice.lines[0], period=Period(day, day)), invoice.lines[1])
    return invoice.evolve(
        issue_date=day,
        vat_point_date=day,
        due_date=day,
        preceding_invoices=(PrecedingInvoice("F-0", day), PrecedingInvoice("F-00", day)),
        delivery=Delivery(date=day),
        period=Period(day, day),
        lines=lines,
    )


def _br_fr_03(invoice: Invoice) -> list[tuple[str, str, str]]:
    return [
        (f.rule_id, f.path, f.message) for f in validate_invoice(invoice) if f.rule_id.startswith("BR-FR-03")
    ]


@pytest.mark.parametrize("day", [date(2000, 1, 1), date(2099, 12, 31)])
def test_the_first_and_last_days_of_the_range_are_in_it(day: date) -> None:
    assert _br_fr_03(_dated(day)) == []


def test_every_date_outside_the_range_is_found_with_its_rule_path_and_term() -> None:
    def finding(rule: str, path: str, term: str) -> tuple[str, str, str]:
        return (f"BR-FR-03_{rule}", path, f"The {term} shall be in the years 2000 to 2099: 2100-01-01.")

    assert _br_fr_03(_dated(date(2100, 1, 1))) == [
        finding("BT-2", "BT-2", "Invoice issue date (BT-2)"),
        finding("BT-7", "BT-7", "Value added tax point date (BT-7)"),
        finding("BT-9", "BT-9", "Payment due date (BT-9)"),
        finding("BT-26", "BG-3[1]/BT-26", "Preceding invoice issue date (BT-26)"),
        finding("BT-26", "BG-3[2]/BT-26", "Preceding invoice issue date (BT-26)"),
        finding("BT-72", "BG-13/BT-72", "Actual delivery date (BT-72)"),
        finding("BT-73", "BG-14/BT-73", "Invoicing period start date (BT-73)"),
        finding("BT-74", "BG-14/BT-74", "Invoicing period end date (BT-74)"),
        finding("EXT-FR-FE-134", "BG-25[1]/BG-26/BT-134", "Invoice line period start date (BT-134)"),
        finding("EXT-FR-FE-135", "BG-25[1]/BG-26/BT-135", "Invoice line period end date (BT-135)"),
    ]
