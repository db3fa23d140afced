"""E-reporting values refuse non-decimal amounts naming the business term; declaration refusals list their
blocking findings; warnings carry their path and layer."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from domain.findings import Finding, Severity
from domain.reporting.declaration import DeclarationInvalid
from domain.reporting.international import VatBreakdownFacts
from domain.reporting.rules import fatal, info, warning

from .month import SALE_TO_DE


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"rate": 20.0}, "BT-119 VAT rate must be a decimal.Decimal, got float"),
        ({"taxable_amount": 1}, "BT-116 taxable amount must be a decimal.Decimal, got int"),
        ({"vat_amount": "0.00"}, "BT-117 VAT amount must be a decimal.Decimal, got str"),
    ],
)
def test_a_vat_breakdown_line_names_the_term_that_is_not_a_decimal(
    changes: dict[str, object], message: str
) -> None:
    fields: dict[str, object] = {
        "category_code": "S",
        "rate": Decimal("20"),
        "taxable_amount": Decimal("100.00"),
        "vat_amount": Decimal("20.00"),
    }
    fields.update(changes)
    with pytest.raises(TypeError) as refused:
        VatBreakdownFacts(**fields)  # type: ignore[arg-type]
    assert str(refused.value) == message


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"total_without_vat": 1000}, "total_without_vat must be a decimal.Decimal, got int"),
        ({"total_vat": 0.0}, "total_vat must be a decimal.Decimal, got float"),
        ({"total_with_vat": "1000.00"}, "total_with_vat must be a decimal.Decimal, got str"),
        ({"total_vat_in_accounting_currency": 0.0}, "BT-111 must be a decimal.Decimal, got float"),
    ],
)
def test_an_international_invoice_names_the_total_that_is_not_a_decimal(
    changes: dict[str, object], message: str
) -> None:
    with pytest.raises(TypeError) as refused:
        replace(SALE_TO_DE, **changes)  # type: ignore[arg-type]
    assert str(refused.value) == message


def test_an_info_a_warning_and_a_fatal_finding_of_e_reporting() -> None:
    assert info("ER-I", "o", "r") == Finding("ER-I", Severity.INFO, "o", "r", "", "ereporting")
    assert warning("ER-X", "m", "p") == Finding("ER-X", Severity.WARNING, "m", "p", "", "ereporting")
    assert fatal("ER-Y", "n", "q") == Finding("ER-Y", Severity.FATAL, "n", "q", "", "ereporting")


def test_a_refused_declaration_lists_five_blocking_findings_and_counts_the_rest() -> None:
    findings = tuple(fatal(f"ER-{i}", f"m{i}", f"p{i}") for i in range(7)) + (warning("ER-W", "w", "x"),)

    refused = DeclarationInvalid(findings)

    assert str(refused) == (
        "declaration refused, 7 blocking finding(s): ER-0 p0: m0; ER-1 p1: m1; ER-2 p2: m2; ER-3 p3: m3; "
        "ER-4 p4: m4 (and 2 more)"
    )
    assert refused.findings == findings
    five = DeclarationInvalid(findings[:5])
    assert str(five) == (
        "declaration refused, 5 blocking finding(s): ER-0 p0: m0; ER-1 p1: m1; ER-2 p2: m2; ER-3 p3: m3; ER-4 p4: m4"
    )
    six = DeclarationInvalid(findings[:6])  # the first beyond five is counted, not listed
    assert str(six) == (
        "declaration refused, 6 blocking finding(s): ER-0 p0: m0; ER-1 p1: m1; ER-2 p2: m2; ER-3 p3: m3; "
        "ER-4 p4: m4 (and 1 more)"
    )
