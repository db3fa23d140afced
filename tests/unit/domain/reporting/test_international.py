from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from domain.reporting.international import (
    DeclarantRole,
    OutOfScope,
    PartyFacts,
    VatBreakdownFacts,
    assess_scope,
    build_record,
    record_findings,
)

from .month import DE, GOODS_FROM_US, ME, SALE_TO_DE, SERVICES_FROM_US, US, international


def test_a_sale_to_a_business_established_in_germany_is_in_scope():
    assert assess_scope(SALE_TO_DE).in_scope
    assert build_record(SALE_TO_DE).findings() == ()


def test_a_purchase_of_services_from_outside_the_eu_is_in_scope():
    assert assess_scope(SERVICES_FROM_US).in_scope


def test_an_import_of_goods_is_out_of_scope():
    decision = assess_scope(GOODS_FROM_US)
    assert not decision.in_scope and "import of goods from US" in decision.reason
    with pytest.raises(OutOfScope, match="US-779"):
        build_record(GOODS_FROM_US)


def test_goods_bought_from_a_us_seller_but_shipped_from_within_the_eu_are_not_an_import():
    assert assess_scope(replace(GOODS_FROM_US, ship_from_country="NL")).in_scope


def test_goods_bought_from_a_german_seller_are_an_intra_eu_acquisition_in_scope():
    assert assess_scope(
        international("DE-1", date(2027, 1, 5), DeclarantRole.BUYER, DE, ME, process="B1")
    ).in_scope


def test_a_counterparty_established_in_france_is_domestic_e_invoicing():
    french_buyer = PartyFacts("Client SA", "FR", "FR40303265045", "0002", "303265045")
    facts = international("F-1", date(2027, 1, 5), DeclarantRole.SELLER, ME, french_buyer)
    assert not assess_scope(facts).in_scope


def test_missing_buyer_id_bad_seller_scheme_and_long_invoice_number_are_findings():
    facts = replace(
        SALE_TO_DE,
        invoice_id="X" * 21,
        seller=replace(ME, identifier_scheme="0009"),
        buyer=replace(DE, identifier_scheme=None, identifier_value=None),
    )
    assert sorted(f.rule_id for f in record_findings(facts)) == [
        "ER-INT-BUYER-ID",
        "ER-INT-ID",
        "ER-INT-SELLER-ID",
    ]


def test_breakdown_totals_and_vat_are_cross_checked():
    facts = replace(
        SALE_TO_DE,
        vat_breakdown=(
            VatBreakdownFacts("S", D("20"), D("600.00"), D("120.00")),
            VatBreakdownFacts("S", D("10"), D("400.00"), D("41.00")),
        ),
        total_without_vat=D("1000.00"),
        total_vat=D("160.00"),
        total_with_vat=D("1160.00"),
    )
    found = {(f.rule_id, f.path) for f in record_findings(facts)}
    assert found == {
        ("ER-INT-VAT", "international[F-2027-0042]/BG-23[2]"),
        ("ER-INT-TOTALS", "international[F-2027-0042]/BT-110"),
    }


def test_foreign_currency_needs_the_vat_total_in_eur():
    usd = replace(SERVICES_FROM_US, currency="USD")
    assert [f.rule_id for f in record_findings(usd)] == ["ER-CURRENCY"]
    ok = replace(usd, vat_accounting_currency="EUR", total_vat_in_accounting_currency=D("0.00"))
    assert record_findings(ok) == ()


def test_unknown_business_process_and_missing_due_date_are_findings():
    facts = replace(SALE_TO_DE, business_process="Z9", due_date=None)
    assert sorted(f.rule_id for f in record_findings(facts)) == ["ER-INT-DUE-DATE", "ER-INT-PROCESS"]


def test_the_key_distinguishes_the_same_number_from_two_sellers():
    other_seller = replace(SERVICES_FROM_US, seller=replace(US, identifier_value="US-EIN-99"))
    assert SERVICES_FROM_US.key != other_seller.key
