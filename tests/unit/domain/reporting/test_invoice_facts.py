"""Mapping the EN 16931 invoice to the facts of international B2B e-reporting (10.1)."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from domain.document_types import DocumentType
from domain.invoice import Address, Identifier, Invoice, Party, ProcessingRule, VatCategory
from domain.reporting.b2c import B2cCategory, TaxDueDateType
from domain.reporting.international import DeclarantRole, assess_scope, record_findings
from domain.reporting.invoice_facts import (
    b2c_transactions,
    e_reported_on,
    international_facts,
    international_sale,
    is_recorded_sale,
    purchases_in_scope,
)
from tests.builders import a_buyer, a_line, an_invoice
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


def test_a_b2c_invoice_is_one_sale_per_vat_rate_keyed_by_its_number_and_a_credit_note_counts_negative() -> (
    None
):
    lines = (
        a_line("1", quantity="2", price="50.00", rate="20"),
        a_line("2", quantity="1", price="10.00", rate="5.5"),
        a_line("3", quantity="1", price="7.00", rate="0", category=VatCategory.NOT_SUBJECT),
    )
    invoice = replace(
        an_invoice(processing_rule=ProcessingRule.B2C, issue_date=date(2026, 9, 3)), lines=lines
    )
    sales = {tx.key: tx for tx in b2c_transactions(invoice)}
    n = invoice.number
    assert set(sales) == {f"{n}/20", f"{n}/5.5", f"{n}/0"}
    assert (sales[f"{n}/20"].taxable_amount, sales[f"{n}/20"].vat_amount) == (
        Decimal("100.00"),
        Decimal("20.00"),
    )
    assert (sales[f"{n}/5.5"].category, sales[f"{n}/0"].category) == (B2cCategory.TPS1, B2cCategory.TNT1)
    assert {tx.day for tx in sales.values()} == {date(2026, 9, 3)}

    single = replace(invoice, lines=lines[:1], type_code=DocumentType.CREDIT_NOTE, business_process="B1")
    [refund] = b2c_transactions(single)
    assert (refund.key, refund.category) == (n, B2cCategory.TLB1)
    assert (refund.taxable_amount, refund.vat_amount) == (Decimal("-100.00"), Decimal("-20.00"))


def test_a_sale_recorded_under_the_invoice_number_stands_for_the_invoice() -> None:
    assert is_recorded_sale("F-1", {"F-1"}) and is_recorded_sale("F-1", {"X", "F-1/20"})
    assert not is_recorded_sale("F-1", {"F-10", "F-1-20", "F-1 "})


def test_a_purchase_known_both_ways_counts_once_from_its_record_and_imports_of_goods_not_at_all() -> None:
    def bought_from(country: str, number: str, process: str = "S1") -> Invoice:
        seller = Party(
            name="Supplier",
            legal_registration=Identifier("REG-1", "0223"),
            vat_id=f"{country}999",
            address=Address(city="X", country=country),
        )
        return an_invoice(number=number, seller=seller, business_process=process)

    recorded = international_facts(bought_from("DE", "A-1").evolve(due_date=None), DeclarantRole.BUYER)
    received = [bought_from("DE", "A-1"), bought_from("DE", "A-2"), bought_from("US", "U-1", "B1")]
    got = purchases_in_scope([recorded], received)
    assert [(f.invoice_id, f.due_date) for f in got] == [("A-1", None), ("A-2", received[1].due_date)]
    # an invoice received twice (a redelivery) is one purchase
    twice = purchases_in_scope([], [bought_from("DE", "A-2"), bought_from("DE", "A-2")])
    assert [f.invoice_id for f in twice] == ["A-2"]


def test_an_issued_invoice_is_a_10_1_record_only_when_in_scope_and_not_to_a_consumer() -> None:
    abroad = intra_eu_invoice("732829320", date(2026, 9, 12))
    assert international_sale(abroad) == international_facts(abroad, DeclarantRole.SELLER)
    assert international_sale(an_invoice()) is None  # a buyer established in France
    assert international_sale(replace(abroad, processing_rule=ProcessingRule.B2C)) is None  # 10.3, not 10.1


def test_a_buyer_in_france_in_any_case_is_no_10_1_record() -> None:
    domestic = an_invoice()
    for country in ("FR", "fr", "RE"):
        buyer = replace(domestic.buyer, address=replace(domestic.buyer.address, country=country))
        assert international_sale(domestic.evolve(buyer=buyer)) is None


def test_the_transactions_e_reporting_carries_a_sale_on_its_issue_date_unless_the_platform_does() -> None:
    abroad = intra_eu_invoice("732829320", date(2026, 9, 12))
    assert e_reported_on(abroad) == date(2026, 9, 12)
    consumer = replace(an_invoice(), processing_rule=ProcessingRule.B2C)
    assert e_reported_on(consumer) == consumer.issue_date
    assert e_reported_on(an_invoice()) is None  # domestic B2B: the platform carries it
