"""International B2B e-reporting (10.1), value by value: the scope decision with its reason, and every finding of a
record (rule, message, path) for each fault and at each tolerance's edge, written out by hand from the checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from domain.reporting.international import (
    DeclarantRole,
    PartyFacts,
    ScopeDecision,
    VatBreakdownFacts,
    assess_scope,
    record_findings,
)

from .month import DE, GOODS_FROM_US, ME, SALE_TO_DE, SERVICES_FROM_US, international

FRENCH_BUYER = PartyFacts("Client SA", "FR", "FR40303265045", "0002", "303265045")


@pytest.mark.parametrize(
    ("facts", "decision"),
    [
        (SALE_TO_DE, ScopeDecision(True, "seller with a business established in DE")),
        (SERVICES_FROM_US, ScopeDecision(True, "buyer with a business established in US")),
        (
            GOODS_FROM_US,
            ScopeDecision(False, "import of goods from US: declared through customs, not e-reported"),
        ),
        (
            replace(GOODS_FROM_US, ship_from_country="NL"),
            ScopeDecision(True, "buyer with a business established in US"),
        ),
        (
            international("F-1", date(2027, 1, 5), DeclarantRole.SELLER, ME, FRENCH_BUYER),
            ScopeDecision(False, "counterparty established in France (FR): domestic e-invoicing"),
        ),
        (
            international(
                "F-2", date(2027, 1, 5), DeclarantRole.SELLER, ME, replace(FRENCH_BUYER, country="re")
            ),
            ScopeDecision(False, "counterparty established in France (re): domestic e-invoicing"),
        ),
    ],
)
def test_the_scope_decision_and_its_reason_exactly(facts, decision) -> None:  # type: ignore[no-untyped-def]
    assert assess_scope(facts) == decision


V = VatBreakdownFacts
SCHEMES = "0002/0223/0227/0228/0229"
PROCESSES = "B1, B2, B4, B7, M1, M2, M4, S1, S2, S3, S4, S5, S6, S7"
NO_EUR_VAT = "invoice in USD without its VAT total in EUR (BT-6 = EUR and BT-111)"
BUYER_ID = "the buyer identifier (BT-46 or BT-47, with its scheme) is mandatory"

# SALE_TO_DE (F-2027-0042: 1000.00 at 0 % AE, in EUR) with one change -> its findings: (rule, message, term)
CASES: dict[str, tuple[dict[str, object], list[tuple[str, str, str]]]] = {
    "no number": (
        {"invoice_id": ""},
        [("ER-INT-ID", "invoice number (BT-1) must have 1 to 20 characters", "BT-1")],
    ),
    "20-character number": ({"invoice_id": "X" * 20}, []),
    "21-character number": (
        {"invoice_id": "X" * 21},
        [("ER-INT-ID", "invoice number (BT-1) must have 1 to 20 characters", "BT-1")],
    ),
    "unknown process": (
        {"business_process": "Z9"},
        [("ER-INT-PROCESS", f"business process (BT-23) 'Z9' is not one of {PROCESSES}", "BT-23")],
    ),
    "no due date": (
        {"due_date": None},
        [("ER-INT-DUE-DATE", "the payment due date (BT-9) is required to report the invoice", "BT-9")],
    ),
    "buyer without scheme": (
        {"buyer": replace(DE, identifier_scheme=None)},
        [("ER-INT-BUYER-ID", BUYER_ID, "BG-7")],
    ),
    "buyer without value": (
        {"buyer": replace(DE, identifier_value="")},
        [("ER-INT-BUYER-ID", BUYER_ID, "BG-7")],
    ),
    "seller scheme 0009": (
        {"seller": replace(ME, identifier_scheme="0009")},
        [
            (
                "ER-INT-SELLER-ID",
                f"the seller identifier (BT-29/BT-30) must use scheme {SCHEMES}, got '0009'",
                "BG-4",
            )
        ],
    ),
    "seller scheme without value": (  # an accepted scheme identifies nothing without its value
        {"seller": replace(ME, identifier_value=None)},
        [
            (
                "ER-INT-SELLER-ID",
                f"the seller identifier (BT-29/BT-30) must use scheme {SCHEMES}, got '0002'",
                "BG-4",
            )
        ],
    ),
    "USD, no VAT total in EUR": ({"currency": "USD"}, [("ER-CURRENCY", NO_EUR_VAT, "BT-111")]),
    "USD, BT-6 EUR without BT-111": (
        {"currency": "USD", "vat_accounting_currency": "EUR"},
        [("ER-CURRENCY", NO_EUR_VAT, "BT-111")],
    ),
    "USD, BT-111 in USD": (
        {"currency": "USD", "vat_accounting_currency": "USD", "total_vat_in_accounting_currency": D("0.00")},
        [("ER-CURRENCY", NO_EUR_VAT, "BT-111")],
    ),
    "USD, BT-6 EUR and BT-111": (
        {"currency": "USD", "vat_accounting_currency": "EUR", "total_vat_in_accounting_currency": D("0.00")},
        [],
    ),
    "three-decimal totals": (
        {"total_without_vat": D("1000.001"), "total_vat": D("0.001"), "total_with_vat": D("1000.002")},
        [
            ("ER-AMOUNT-SCALE", "BT-109 1000.001 has more than two decimals", "BT-109"),
            ("ER-AMOUNT-SCALE", "BT-110 0.001 has more than two decimals", "BT-110"),
            ("ER-AMOUNT-SCALE", "BT-112 1000.002 has more than two decimals", "BT-112"),
        ],
    ),
    "no breakdown": (
        {"vat_breakdown": ()},
        [
            ("ER-INT-BREAKDOWN", "at least one VAT breakdown (BG-23) is required", "BG-23"),
            ("ER-INT-TOTALS", "BT-109 1000.00 differs from 0, the sum of its parts", "BT-109"),
        ],
    ),
    "rate 19": (
        {
            "vat_breakdown": (V("S", D("19"), D("1000.00"), D("190.00")),),
            "total_vat": D("190.00"),
            "total_with_vat": D("1190.00"),
        },
        [("ER-RATE", "VAT rate (BT-119) 19% is not an accepted French rate (BR-FR-16)", "BG-23[1]")],
    ),
    "VAT 1 cent off": (
        {
            "vat_breakdown": (V("S", D("20"), D("1000.00"), D("200.01")),),
            "total_vat": D("200.01"),
            "total_with_vat": D("1200.01"),
        },
        [],
    ),
    "VAT 2 cents off on line 2": (
        {
            "vat_breakdown": (
                V("S", D("20"), D("600.00"), D("120.00")),
                V("S", D("10"), D("400.00"), D("40.02")),
            ),
            "total_vat": D("160.02"),
            "total_with_vat": D("1160.02"),
        },
        [
            (
                "ER-INT-VAT",
                "VAT amount (BT-117) 40.02 differs from 40.00 (400.00 x 10%) by more than 0.01",
                "BG-23[2]",
            )
        ],
    ),
    "totals 1 cent off": (
        {"total_without_vat": D("1000.01"), "total_vat": D("0.01"), "total_with_vat": D("1000.01")},
        [],
    ),
    "totals 2 cents off": (
        {"total_without_vat": D("1000.02"), "total_vat": D("0.02"), "total_with_vat": D("1000.00")},
        [
            ("ER-INT-TOTALS", "BT-109 1000.02 differs from 1000.00, the sum of its parts", "BT-109"),
            ("ER-INT-TOTALS", "BT-110 0.02 differs from 0.00, the sum of its parts", "BT-110"),
            ("ER-INT-TOTALS", "BT-112 1000.00 differs from 1000.04, the sum of its parts", "BT-112"),
        ],
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_every_finding_of_a_record_exactly(case: str) -> None:
    changes, expected = CASES[case]
    facts = replace(SALE_TO_DE, **changes)  # type: ignore[arg-type]

    found = record_findings(facts)

    assert [(f.rule_id, f.message, f.path) for f in found] == [
        (rule, message, f"international[{facts.invoice_id}]/{term}") for rule, message, term in expected
    ]
    assert all(f.is_fatal and f.layer == "ereporting" for f in found)
