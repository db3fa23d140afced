"""Mapping the EN 16931 invoice to the facts of international B2B e-reporting (10.1)."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from domain.invoice import Address, Identifier
from domain.reporting.b2c import TaxDueDateType
from domain.reporting.international import DeclarantRole, assess_scope, record_findings
from domain.reporting.invoice_facts import international_facts
from tests.builders import a_buyer, an_invoice
from tests.support.reporting_data import intra_eu_invoice


def test_an_intra_eu_sale_maps_every_term_and_is_a_clean_record() -> None:
    invoice = replace(intra_eu_invoice("732829320", date(2026, 9, 12)), vat_point_date_code="72")

    facts = international_facts(invoice, DeclarantRole.SELLER)

    assert (facts.invoice_id, facts.issue_date, facts.type_code, facts.business_process) == (
        invoice.number,
        date(2026, 9, 12),
        "380",
        "B1",
    )
    assert (facts.seller.identifier_scheme, facts.seller.identifier_value) == ("0002", "732829320")
    assert (facts.buyer.country, facts.buyer.identifier_scheme, facts.buyer.vat_number) == (
        "DE",
        "0223",
        "DE123456789",
    )
    assert [(v.category_code, v.rate, v.taxable_amount, v.vat_amount) for v in facts.vat_breakdown] == [
        ("K", Decimal("0"), Decimal("350.00"), Decimal("0.00"))
    ]
    assert (facts.total_without_vat, facts.total_vat, facts.total_with_vat) == (
        Decimal("350.00"),
        Decimal("0.00"),
        Decimal("350.00"),
    )
    assert facts.tax_due_date_type is TaxDueDateType.PAYMENT_DATE
    assert assess_scope(facts).in_scope and record_findings(facts) == ()


def test_a_french_buyer_is_out_of_scope() -> None:
    facts = international_facts(an_invoice(), DeclarantRole.SELLER)

    assert not assess_scope(facts).in_scope


def test_a_buyer_in_reunion_is_established_in_france() -> None:
    buyer = replace(a_buyer(), address=Address(city="Saint-Denis", postcode="97400", country="re"))

    facts = international_facts(an_invoice(buyer=buyer), DeclarantRole.SELLER)

    assert facts.buyer.country == "RE" and not assess_scope(facts).in_scope


def test_an_unschemed_identifier_is_taken_for_a_siren_only_when_it_is_a_valid_one() -> None:
    def seller_scheme(value: str) -> str | None:
        seller = replace(a_buyer(), legal_registration=Identifier(value))
        return international_facts(
            replace(an_invoice(), seller=seller), DeclarantRole.SELLER
        ).seller.identifier_scheme

    assert seller_scheme("732829320") == "0002"
    assert seller_scheme("732829321") is None  # nine digits, but the Luhn key is wrong
