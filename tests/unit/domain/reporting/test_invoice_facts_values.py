"""invoice_facts, value by value: every term of the international facts and of the B2C sales of an invoice,
compared with objects written out by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from domain.document_types import DocumentType
from domain.invoice import Address, Identifier, Party, VatBreakdown, VatCategory
from domain.payments import vat_on_receipt
from domain.reporting.b2c import B2cCategory, B2cTransaction, TaxDueDateType
from domain.reporting.international import (
    DeclarantRole,
    InternationalInvoiceFacts,
    PartyFacts,
    VatBreakdownFacts,
)
from domain.reporting.invoice_facts import b2c_transactions, international_facts
from domain.totals import compute_totals
from tests.builders import a_buyer, a_line, a_seller, an_invoice

D = Decimal


def _foreign_buyer(**changes: object) -> Party:
    buyer = replace(a_buyer(), vat_id="DE123456789", address=Address(city="Berlin", country="de"))
    return replace(buyer, **changes)  # type: ignore[arg-type]


def test_every_term_of_an_invoice_with_declared_totals_in_another_currency() -> None:
    invoice = compute_totals(
        an_invoice(
            2,
            number="F-INT-1",
            currency="USD",
            exchange_rate=D("0.5"),
            buyer=_foreign_buyer(legal_registration=None, identifiers=(Identifier("HRB 1", "0204"),)),
            vat_point_date_code="29",
        )
    )
    assert invoice.totals is not None

    facts = international_facts(invoice, DeclarantRole.SELLER)

    assert facts == InternationalInvoiceFacts(
        invoice_id="F-INT-1",
        issue_date=date(2026, 11, 2),
        type_code="380",
        currency="USD",
        business_process="S1",
        declarant_role=DeclarantRole.SELLER,
        seller=PartyFacts("Atelier Dupont SAS", "FR", "FR44732829320", "0002", "732829320"),
        buyer=PartyFacts("Client Industries SA", "DE", "DE123456789", "0204", "HRB 1"),
        vat_breakdown=(VatBreakdownFacts("S", D("20"), D("51.50"), D("10.30"), None),),
        total_without_vat=D("51.50"),
        total_vat=D("10.30"),
        total_with_vat=D("61.80"),
        due_date=date(2026, 12, 2),
        tax_due_date_type=TaxDueDateType.DELIVERY_DATE,
        vat_accounting_currency="EUR",
        total_vat_in_accounting_currency=D("5.15"),
    )


def test_declared_totals_are_taken_as_they_are_not_computed_again() -> None:
    invoice = compute_totals(an_invoice(1))
    assert invoice.totals is not None and invoice.vat_breakdown is not None
    declared = invoice.evolve(
        totals=replace(invoice.totals, tax_total=D("9.99")),
        vat_breakdown=(replace(invoice.vat_breakdown[0], exemption_reason_code="VATEX-EU-79-C"),),
    )

    facts = international_facts(declared, DeclarantRole.BUYER)

    assert (facts.total_vat, facts.declarant_role) == (D("9.99"), DeclarantRole.BUYER)
    assert facts.vat_breakdown[0].exemption_reason_code == "VATEX-EU-79-C"
    assert (facts.vat_accounting_currency, facts.total_vat_in_accounting_currency) == (None, None)


def test_an_invoice_without_totals_gets_them_computed() -> None:
    invoice = an_invoice(1)
    assert invoice.totals is None

    facts = international_facts(invoice, DeclarantRole.SELLER)

    assert (facts.total_without_vat, facts.total_vat, facts.total_with_vat) == (
        D("10.50"),
        D("2.10"),
        D("12.60"),
    )


def test_totals_declared_without_their_breakdown_or_the_reverse_are_computed_again() -> None:
    computed = compute_totals(an_invoice(1))
    assert computed.totals is not None and computed.vat_breakdown is not None
    totals_only = computed.evolve(totals=replace(computed.totals, tax_total=D("9.99")), vat_breakdown=None)
    breakdown_only = computed.evolve(totals=None)

    for half_declared in (totals_only, breakdown_only):
        facts = international_facts(half_declared, DeclarantRole.SELLER)
        assert (facts.total_without_vat, facts.total_vat, facts.total_with_vat) == (
            D("10.50"),
            D("2.10"),
            D("12.60"),
        )
        assert facts.vat_breakdown == (VatBreakdownFacts("S", D("20"), D("10.50"), D("2.10"), None),)


@pytest.mark.parametrize(
    ("legal_registration", "identifiers", "scheme", "value"),
    [
        (Identifier("732829320", "0002"), (Identifier("X", "0088"),), "0002", "732829320"),
        (None, (Identifier("X1", "0088"), Identifier("X2", "0009")), "0088", "X1"),  # the first identifier
        (None, (Identifier("732829320", ""),), "0002", "732829320"),  # a valid SIREN without scheme
        (None, (Identifier("732829321", ""),), None, "732829321"),  # not a SIREN: no scheme guessed
        (None, (Identifier("", "0088"),), None, None),  # an empty value identifies nothing
        (None, (), None, None),
    ],
)
def test_the_party_identifier_is_the_legal_registration_else_the_first_identifier(
    legal_registration: Identifier | None,
    identifiers: tuple[Identifier, ...],
    scheme: str | None,
    value: str | None,
) -> None:
    buyer = _foreign_buyer(legal_registration=legal_registration, identifiers=identifiers, vat_id="")

    facts = international_facts(an_invoice(buyer=buyer), DeclarantRole.SELLER).buyer

    assert facts == PartyFacts("Client Industries SA", "DE", None, scheme, value)


def _b2c_invoice(**overrides: object) -> object:
    lines = (a_line("1", price="100.00"), a_line("2", price="10.00", rate="5.5"))
    return an_invoice(0, number="B2C-1", **overrides).evolve(lines=lines)


def test_every_term_of_the_b2c_sales_of_an_invoice_with_two_rates() -> None:
    sales = b2c_transactions(_b2c_invoice(currency="USD", vat_point_date_code="72"))  # type: ignore[arg-type]

    assert sales == (
        B2cTransaction("B2C-1/20", date(2026, 11, 2), B2cCategory.TPS1, "USD", D("20"), D("200.00"), D("40.00"),
                       TaxDueDateType.PAYMENT_DATE),
        B2cTransaction("B2C-1/5.5", date(2026, 11, 2), B2cCategory.TPS1, "USD", D("5.5"), D("20.00"), D("1.10"),
                       TaxDueDateType.PAYMENT_DATE),
    )  # fmt: skip


def test_the_sales_of_an_invoice_in_another_currency_carry_its_rate_to_eur() -> None:
    """The invoice's exchange rate (EUR for one unit of BT-5, the one BT-111 was computed with) converts its B2C
    sales too: without it, every sale of the day was ER-CURRENCY and its declaration refused."""
    sales = b2c_transactions(_b2c_invoice(currency="USD", exchange_rate=D("0.92")))  # type: ignore[arg-type]
    assert [(s.currency, s.eur_rate) for s in sales] == [("USD", D("0.92")), ("USD", D("0.92"))]
    assert [(s.in_eur().currency, s.in_eur().taxable_amount, s.in_eur().vat_amount) for s in sales] == [
        ("EUR", D("184.00"), D("36.80")),
        ("EUR", D("18.40"), D("1.01")),
    ]
    assert b2c_transactions(_b2c_invoice())[0].eur_rate is None  # type: ignore[arg-type]  # in EUR: none needed
    # a rate given where none is needed (BT-5 in EUR) is not carried to the sales
    in_eur_with_a_rate = _b2c_invoice(exchange_rate=D("1.08"))
    assert [s.eur_rate for s in b2c_transactions(in_eur_with_a_rate)] == [None, None]  # type: ignore[arg-type]


def test_a_credit_note_counts_negative_and_one_rate_keeps_the_number() -> None:
    credit = an_invoice(1, number="AV-1", type_code=DocumentType.CREDIT_NOTE, business_process="B1")

    assert b2c_transactions(credit) == (
        B2cTransaction("AV-1", date(2026, 11, 2), B2cCategory.TLB1, "EUR", D("20"), D("-10.50"), D("-2.10"),
                       TaxDueDateType.INVOICE_DATE),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("code", "due"),
    [("5", "INVOICE_DATE"), ("3", "INVOICE_DATE"), ("29", "DELIVERY_DATE"), ("35", "DELIVERY_DATE"),
     ("72", "PAYMENT_DATE"), ("432", "PAYMENT_DATE"), ("", "INVOICE_DATE"), ("99", "INVOICE_DATE")],
)  # fmt: skip
def test_the_vat_due_date_type_follows_bt_8_in_both_syntaxes(code: str, due: str) -> None:
    invoice = an_invoice(
        1, vat_point_date_code=code, business_process="B1"
    )  # goods: without BT-8, invoice date
    (sale,) = b2c_transactions(invoice)
    assert sale.tax_due_date_type is TaxDueDateType[due]
    assert international_facts(invoice, DeclarantRole.SELLER).tax_due_date_type is TaxDueDateType[due]


@pytest.mark.parametrize(
    ("process", "code", "due"),
    [("S1", "", "PAYMENT_DATE"), ("M1", "", "PAYMENT_DATE"), ("S1", "99", "PAYMENT_DATE"), ("S1", "5", "INVOICE_DATE"),
     ("B1", "", "INVOICE_DATE")],
)  # fmt: skip
def test_services_without_the_debits_option_are_due_on_payment_as_their_payments_are_reported(
    process: str, code: str, due: str
) -> None:
    """CGI art. 269-2-c: VAT on services falls due when the price is received, unless the supplier opted for the
    debits (BT-8 = 5). The same rule decides that each payment is reported (domain.payments.vat_on_receipt): an
    invoice whose payments go to the payment e-reporting must not tell the administration, in its own record,
    that its VAT was due on the invoice date."""
    invoice = an_invoice(1, vat_point_date_code=code, business_process=process)
    (sale,) = b2c_transactions(invoice)
    assert sale.tax_due_date_type is TaxDueDateType[due]
    assert international_facts(invoice, DeclarantRole.SELLER).tax_due_date_type is TaxDueDateType[due]
    assert vat_on_receipt(invoice) is (due == "PAYMENT_DATE")


@pytest.mark.parametrize(
    ("category", "code", "expected"),
    [
        (VatCategory.STANDARD, "", B2cCategory.TPS1),
        (VatCategory.EXEMPT, "VATEX-EU-D", B2cCategory.TMA1),
        (VatCategory.EXEMPT, "vatex-eu-j", B2cCategory.TMA1),  # the code's case does not matter
        (VatCategory.EXEMPT, "VATEX-EU-79-C", B2cCategory.TPS1),
        (VatCategory.NOT_SUBJECT, "VATEX-EU-D", B2cCategory.TNT1),
        (VatCategory.INTRA_EU, "", B2cCategory.TNT1),
        (VatCategory.EXPORT, "", B2cCategory.TNT1),
    ],
)
def test_the_b2c_category_of_a_breakdown(category: VatCategory, code: str, expected: B2cCategory) -> None:
    breakdown = VatBreakdown(category, D("0"), D("10.00"), D("0.00"), exemption_reason_code=code)
    invoice = an_invoice(1).evolve(vat_breakdown=(breakdown,))

    (sale,) = b2c_transactions(invoice)  # the breakdown as declared, not computed again from the line

    assert (sale.category, sale.taxable_amount) == (expected, D("10.00"))


def test_a_seller_outside_france_keeps_its_country_upper_case() -> None:
    seller = replace(a_seller(), address=Address(city="Bruxelles", country="be"))
    assert international_facts(an_invoice(seller=seller), DeclarantRole.BUYER).seller.country == "BE"
