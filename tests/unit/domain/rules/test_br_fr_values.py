"""French rules, value by value, where the survivors of a mutation run showed gaps: categories and rates of document
allowances and charges (each at its own path, after a valid one), line quantities and prices (a price discount, a
second line, a price of zero off the quick path), the tax representative's VAT key, the global discount credit
note's references, identifier formats at their edges, the single VAT entity's note, a payment due on the issue day,
the exchange rate's 12 digits, and an invoice in another currency with its accounting currency and VAT total in EUR."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from domain.document_types import DocumentType
from domain.invoice import Address, AllowanceCharge, Invoice, Period, TaxRepresentative, VatCategory
from domain.rules import validate_invoice
from tests.unit.domain.rules.helpers import valid, with_line


def _found(invoice: Invoice, prefix: str) -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.path, f.message) for f in validate_invoice(invoice) if f.rule_id.startswith(prefix)]


def test_the_category_and_rate_of_a_document_allowance_and_charge_after_valid_ones() -> None:
    ok = AllowanceCharge(
        False, Decimal("1.00"), vat_category=VatCategory.STANDARD, vat_rate=Decimal("20"), reason="r"
    )
    canary = replace(ok, vat_category=VatCategory.CANARY, vat_rate=Decimal("7.5"))
    charges = (
        replace(ok, is_charge=True),
        replace(canary, is_charge=True, vat_category=VatCategory.CEUTA_MELILLA),
    )
    invoice = valid(2).evolve(allowances_charges=(ok, canary, *charges))

    def category(path: str, code: str) -> list[tuple[str, str, str]]:
        return [
            (
                "BR-FR-15_BT-95_BT-102",
                path,
                f"The VAT category code {code!r} is not allowed in France (S, E, AE, K, G, O, Z).",
            ),
            (
                "BR-FR-15_BT-95_BT-102_LM",
                path,
                f"The VAT category code {code!r} (Canary Islands, Ceuta and Melilla) does not apply in France.",
            ),
            ("BR-FR-16_BT-96_BT-103", path, "The VAT rate 7.5 is not in the list of French VAT rates."),
        ]

    assert _found(invoice, "BR-FR-1") == category("BG-20[2]", "L") + category("BG-21[2]", "M")


def test_a_second_line_s_quantity_and_a_price_discount_and_a_price_of_zero_off_the_quick_path() -> None:
    invoice = valid(2)
    assert _found(with_line(invoice, 1, quantity=Decimal("1.23456")), "BR-FR-DEC-0") == [
        (
            "BR-FR-DEC-02_BT-129",
            "BG-25[2]/BT-129",
            "The Invoiced quantity (BT-129) shall have at most 4 decimals and 19 digits: 1.23456.",
        )
    ]
    assert _found(with_line(invoice, 1, price_discount=Decimal("0.1234567")), "BR-FR-DEC-0") == [
        (
            "BR-FR-DEC-03_BT-147",
            "BG-25[2]/BT-147",
            "The Item price discount (BT-147) shall have at most 6 decimals and 19 digits, and not be negative: 0.1234567.",
        )
    ]
    # a base quantity sends the line through every check: a price of 0 is not negative
    assert (
        _found(with_line(invoice, 0, base_quantity=Decimal("1"), net_price=Decimal("0")), "BR-FR-DEC-0") == []
    )


def test_the_tax_representative_s_vat_key_is_checked_whatever_the_seller_s_vat_identifier() -> None:
    rep = TaxRepresentative("Rep", "FR00303265045", Address(country="FR"))
    wrong_key = (
        "PDP-VAT-KEY",
        "BG-11/BT-63",
        "The key of the Seller tax representative VAT identifier (BT-63) 'FR00303265045' does not match its SIREN.",
    )
    invoice = valid(1).evolve(tax_representative=rep)
    assert _found(invoice, "PDP-VAT") == [wrong_key]
    assert _found(invoice.evolve(seller=replace(invoice.seller, vat_id="DE123")), "PDP-VAT") == [wrong_key]


def test_a_global_discount_credit_note_needs_its_contract_and_its_period() -> None:
    credit = valid(1).evolve(type_code=DocumentType.CONSOLIDATED_CREDIT_NOTE)
    october = Period(date(2026, 10, 1), date(2026, 10, 31))
    refused = [
        (
            "BR-FR-CO-03_BT-3",
            "BT-12",
            "A global discount credit note (262) needs the Contract reference (BT-12) and the Invoicing period (BG-14) "
            "start and end dates.",
        )
    ]
    assert _found(credit.evolve(contract_reference="C-1", period=october), "BR-FR-CO-03") == []
    assert _found(credit.evolve(contract_reference="", period=october), "BR-FR-CO-03") == refused
    assert _found(credit.evolve(contract_reference="C-1", period=None), "BR-FR-CO-03") == refused


def test_identifier_formats_at_their_edges_and_the_single_vat_entity_note() -> None:
    from domain.invoice import Identifier, Note, Payee
    from tests.builders import FRENCH_NOTES

    invoice = valid(1)

    def seller_ids(*identifiers: Identifier) -> Invoice:
        return invoice.evolve(seller=replace(invoice.seller, identifiers=identifiers))

    too_long = (
        "BR-FR-26_BT-29",
        "BG-4/BT-29",
        "A private identifier (scheme 0224) shall not exceed 100 characters.",
    )
    assert _found(seller_ids(Identifier("a" * 100, "0224")), "BR-FR-26") == []
    assert _found(seller_ids(Identifier("a" * 101, "0224")), "BR-FR-26") == [too_long]
    assert _found(seller_ids(Identifier("12345678", "0231")), "BR-FR-32") == [
        ("BR-FR-32-GLOBALID", "BG-4/BT-29", "An identifier with scheme 0231 shall have 9 digits: '12345678'.")
    ]
    # a payee's registration of another scheme is not a SIREN: no 9 digits asked
    payee = Payee("Factor", legal_registration=Identifier("ABC", "0009"))
    assert _found(invoice.evolve(payee=payee), "BR-FR-32") == []
    # BR-FR-32 asks a payee's 0002 registration for 9 digits, not for a valid key: 732829321 has 9
    keyless = Payee("Factor", legal_registration=Identifier("732829321", "0002"))
    assert _found(invoice.evolve(payee=keyless), "BR-FR-32") == []
    # the single VAT entity's note is the TXD note with that exact text: either alone is not it
    member = seller_ids(Identifier("732829320", "0231"))
    needs_note = (
        "BR-FR-CO-14_BT-29-1",
        "BG-4/BT-29",
        "A seller member of a single VAT entity (scheme 0231) needs the TXD note MEMBRE_ASSUJETTI_UNIQUE.",
    )
    for note in (Note("MEMBRE_ASSUJETTI_UNIQUE", "AAI"), Note("Autre", "TXD")):
        assert _found(member.evolve(notes=(*FRENCH_NOTES, note)), "BR-FR-CO-14") == [needs_note]
    assert (
        _found(member.evolve(notes=(*FRENCH_NOTES, Note("MEMBRE_ASSUJETTI_UNIQUE", "TXD"))), "BR-FR-CO-14")
        == []
    )


def test_a_payment_due_on_the_issue_day_is_not_before_it() -> None:
    invoice = valid(1)
    assert _found(invoice.evolve(due_date=invoice.issue_date), "BR-FR-CO-07") == []


def test_an_exchange_rate_of_12_digits_is_allowed_and_one_of_13_is_not() -> None:
    usd = valid(1).evolve(currency="USD")
    assert _found(usd.evolve(exchange_rate=Decimal("123456.789012")), "PDP-EXCHANGE-RATE") == []
    assert _found(usd.evolve(exchange_rate=Decimal("1234567.890123")), "PDP-EXCHANGE-RATE") == [
        (
            "PDP-EXCHANGE-RATE",
            "exchange_rate",
            "The exchange rate 1234567.890123 shall be a positive number of at most 12 digits with 6 decimals "
            "(EUR for one USD).",
        )
    ]


def test_another_currency_needs_eur_as_accounting_currency_and_the_vat_total_in_eur() -> None:
    from tests.unit.domain.rules.helpers import with_totals

    usd = valid(1).evolve(currency="USD")
    refused = [
        (
            "BR-FR-CO-12_BT-5",
            "BT-6",
            "An invoice in USD (BT-5) shall have EUR as VAT accounting currency (BT-6) and the VAT total in EUR (BT-111).",
        )
    ]
    no_bt111 = with_totals(usd.evolve(accounting_currency="EUR"), tax_total_accounting_currency=None)
    not_eur = with_totals(
        usd.evolve(accounting_currency="USD"), tax_total_accounting_currency=Decimal("1.00")
    )
    assert _found(no_bt111, "BR-FR-CO-12") == refused
    assert _found(not_eur, "BR-FR-CO-12") == refused
    # the rate is compared with BT-111 only when BT-111 is given in EUR
    assert _found(not_eur.evolve(exchange_rate=Decimal("0.5")), "PDP-EXCHANGE-RATE") == []
    assert _found(no_bt111.evolve(exchange_rate=Decimal("0.5")), "PDP-EXCHANGE-RATE") == []
