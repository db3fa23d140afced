"""What both readers share (`adapters/documents/reading.py`), on documents made elsewhere."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from adapters.documents.api import parse, render
from domain.document_formats import DocumentError
from domain.findings import Severity
from domain.invoice import AllowanceCharge, Identifier, VatCategory
from domain.rules import validate_invoice
from domain.totals import compute_totals
from tests.unit.domain.rules.test_en16931 import not_subject_invoice

CEN_UBL = Path(__file__).resolve().parents[3] / "fixtures" / "documents-made-elsewhere" / "cen-examples"


def test_a_vat_category_the_gateway_does_not_carry_is_refused_naming_the_ones_it_does() -> None:
    # CEN's Italian example "FT G2G_TD01 con Allegato, Bonifico e Split Payment" is valid on EN 16931 with B, a
    # UNCL5305 code BR-CL-18 accepts: the refusal must not say it is none
    ubl = (
        (CEN_UBL / "ubl-tc434-example5.xml")
        .read_bytes()
        .replace(b"<cbc:ID>S</cbc:ID>", b"<cbc:ID>B</cbc:ID>")
    )

    with pytest.raises(DocumentError) as refused:
        parse(ubl)

    message = str(refused.value)
    assert "UNTDID 5305 code" not in message
    assert (
        "VAT category 'B' (Italy's split payment) is not one the gateway carries (S, Z, E, AE, K, G, O, L, M"
        in message
    )
    assert "BR-B-01" in message
    # named by the French rule that refuses it on every e-invoice of the reform, not as an unreadable document
    assert refused.value.rule_id == "BR-FR-15"
    assert "BR-FR-15 allows only S, E, AE, K, G, O, Z" in message


@pytest.mark.parametrize("zone", ["+01:00", "Z", "-14:00"])
def test_a_ubl_date_with_its_time_zone_is_read_as_its_day_and_the_zone_reported_not_carried(
    zone: str,
) -> None:
    # xsd:date allows a time zone and the official layers accept it: KoSIT's 2016-2018 test invoices give one
    # (`2016-04-04+01:00`); the gateway refused them as "not a date"
    ubl = (CEN_UBL / "ubl-tc434-example5.xml").read_bytes()
    issued = re.search(rb"<cbc:IssueDate>([^<]+)</cbc:IssueDate>", ubl)
    assert issued is not None
    zoned = ubl.replace(
        issued.group(0), b"<cbc:IssueDate>%s%s</cbc:IssueDate>" % (issued.group(1), zone.encode())
    )

    parsed = parse(zoned)

    assert parsed.invoice == parse(ubl).invoice
    (lost,) = [f for f in parsed.unmapped if f.location.endswith("cbc:IssueDate")]
    assert lost.rule_id == "PDP-UNMAPPED" and lost.severity is Severity.WARNING
    assert (
        lost.message
        == f"BT-2: the time zone {zone!r} of '{issued.group(1).decode()}{zone}' is not carried, the date is"
    )


@pytest.mark.parametrize(
    "text", ["2016-04-04+15:00", "2016-04-04+1:00", "2016-04-04 +01:00", "2016-04-04T10:00"]
)
def test_a_ubl_date_with_anything_else_after_the_day_is_still_refused(text: str) -> None:
    ubl = (CEN_UBL / "ubl-tc434-example5.xml").read_bytes()
    bad = re.sub(
        rb"<cbc:IssueDate>[^<]+</cbc:IssueDate>", b"<cbc:IssueDate>%s</cbc:IssueDate>" % text.encode(), ubl
    )

    with pytest.raises(DocumentError, match=r"^BT-2: .* is not a date$"):
        parse(bad)


PEPPOL = Path(__file__).resolve().parents[3] / "fixtures" / "documents-made-elsewhere" / "peppol-bis"
_PAYEE_ID = b"""<cbc:ID schemeID="0088">2298740918237</cbc:ID>
\t\t</cac:PartyIdentification>"""
_PAYEE_SEPA = b"""<cac:PartyIdentification>
\t\t\t<cbc:ID schemeID="SEPA">NO12ZZZ1234567</cbc:ID>
\t\t</cac:PartyIdentification>"""


@pytest.mark.parametrize("sepa_first", [False, True], ids=["after", "before"])
def test_a_ubl_payees_sepa_identifier_is_bt_90_not_the_payees_bt_60(sepa_first: bool) -> None:
    # EN 16931's UBL binding puts BT-90 on the seller or on the payee (BR-CL-10 allows scheme SEPA under those
    # two): a factoring payee collecting by direct debit gives its creditor id there. The reader took it for the
    # payee's BT-60 (before its own identifier) or dropped it as unmapped (after it)
    ubl = (PEPPOL / "Norwegian-example-1.xml").read_bytes()
    assert ubl.count(_PAYEE_ID) == 1
    if sepa_first:
        payee = ubl.index(b"<cac:PayeeParty>") + len(b"<cac:PayeeParty>")
        changed = ubl[:payee] + b"\n\t\t" + _PAYEE_SEPA + ubl[payee:]
    else:
        changed = ubl.replace(_PAYEE_ID, _PAYEE_ID + b"\n\t\t" + _PAYEE_SEPA)

    parsed = parse(changed)

    assert parsed.invoice.payee is not None
    assert parsed.invoice.payee.identifier == Identifier("2298740918237", "0088")
    assert [m.creditor_id for m in parsed.invoice.payment_instructions] == ["NO12ZZZ1234567"]
    assert parsed.unmapped == parse(ubl).unmapped  # nothing of it left unread


def test_a_second_sepa_identifier_on_the_payee_is_reported_not_taken_over_the_sellers() -> None:
    ubl = (PEPPOL / "Norwegian-example-1.xml").read_bytes()
    seller_party = ubl.index(b"<cac:Party>", ubl.index(b"<cac:AccountingSupplierParty>")) + len(
        b"<cac:Party>"
    )
    seller_sepa = (
        b'<cac:PartyIdentification><cbc:ID schemeID="SEPA">NO98ZZZ7654321</cbc:ID></cac:PartyIdentification>'
    )
    changed = ubl[:seller_party] + seller_sepa + ubl[seller_party:]
    changed = changed.replace(_PAYEE_ID, _PAYEE_ID + b"\n\t\t" + _PAYEE_SEPA)

    parsed = parse(changed)

    assert [m.creditor_id for m in parsed.invoice.payment_instructions] == ["NO98ZZZ7654321"]
    assert parsed.invoice.payee is not None and parsed.invoice.payee.identifier == Identifier(
        "2298740918237", "0088"
    )
    assert any("NO12ZZZ1234567" in f.message for f in parsed.unmapped)


@pytest.mark.parametrize("fmt", ["CII", "UBL"])
def test_a_charge_not_subject_to_vat_is_read_without_a_rate_and_submitted_again_as_it_was(fmt: str) -> None:
    # KoSIT's XRechnung-O (valid on EN 16931): its document-level charges of category O have no rate, as BR-O-07
    # requires; read as a rate of 0, the invoice read broke the domain's BR-O-07 when submitted again
    charge = AllowanceCharge(
        is_charge=True,
        amount=Decimal("15.00"),
        reason="Versicherungssteuer",
        vat_category=VatCategory.NOT_SUBJECT,
    )
    invoice = compute_totals(not_subject_invoice().evolve(allowances_charges=(charge,)))
    assert {f.rule_id for f in validate_invoice(invoice) if f.is_fatal} == set()

    read = parse(render(invoice, fmt).content).invoice

    assert read.allowances_charges[0].vat_rate is None
    assert {f.rule_id for f in validate_invoice(read) if f.is_fatal} == set()


def test_a_ubl_delivery_holding_only_delivery_terms_is_no_delivery_and_its_terms_are_reported() -> None:
    # the Belgian UBL-BE examples give a cac:Delivery holding only cac:DeliveryTerms (no BG-13 term): read as an
    # empty Delivery, it came back as none from our own CII of the invoice
    example = (CEN_UBL.parent / "peppol-bis" / "base-example.xml").read_bytes()
    start, end = example.index(b"<cac:Delivery>"), example.index(b"</cac:Delivery>") + len(b"</cac:Delivery>")
    terms_only = (
        b"<cac:Delivery><cac:DeliveryTerms><cbc:ID>BELM-008</cbc:ID></cac:DeliveryTerms></cac:Delivery>"
    )

    parsed = parse(example[:start] + terms_only + example[end:])

    assert parsed.invoice.delivery is None
    assert any("DeliveryTerms" in f.location for f in parsed.unmapped)


def test_a_document_without_its_type_code_is_refused_as_missing_bt_3() -> None:
    # OASIS's UBL 2.1 CreditNote example (in Mustang's and speedata's samples) has no cbc:CreditNoteTypeCode, which
    # UBL allows and EN 16931 requires (BR-04): the refusal called '' a code outside UNTDID 1001
    example = (CEN_UBL / "ubl-tc434-creditnote1.xml").read_bytes()
    without = re.sub(rb"<cbc:CreditNoteTypeCode>\d+</cbc:CreditNoteTypeCode>", b"", example)
    assert without != example

    with pytest.raises(DocumentError, match=r"^BT-3: the invoice type code is missing \(BR-04\)$"):
        parse(without)


def test_a_line_without_its_vat_category_is_refused_as_missing() -> None:
    # ZUGFeRD 2.5's EXTENDED sub-line groups (phive-rules' factur-x-23.xml) give a group line no VAT category: the
    # refusal called '' a category the gateway does not carry
    example = (CEN_UBL / "ubl-tc434-example5.xml").read_bytes()
    without = re.sub(
        rb"(<cac:ClassifiedTaxCategory>\s*)<cbc:ID>S</cbc:ID>", rb"\1<cbc:ID></cbc:ID>", example, count=1
    )
    assert without != example

    with pytest.raises(DocumentError, match=r"^BG-25\[1\]/BT-151: the VAT category is missing$"):
        parse(without)


@pytest.mark.parametrize(
    ("example", "currency", "tax_total", "accounting"),
    [
        ("CII_example5.xml", b"<ram:InvoiceCurrencyCode>DKK</ram:InvoiceCurrencyCode>", "675.00", "628.62"),
        (
            "ubl-tc434-example2.xml",
            b"<cbc:DocumentCurrencyCode>NOK</cbc:DocumentCurrencyCode>",
            "365.28",
            None,
        ),
    ],
)
def test_a_document_without_its_currency_keeps_its_tax_total_as_written(
    example: str, currency: bytes, tax_total: str, accounting: str | None
) -> None:
    # facturx-cas-limites' DATA-004 leaves BT-5 out (BR-05 refuses it): received, it showed a VAT total of 0 where
    # the document says 507.00, its one TaxTotalAmount named in EUR matching no currency of the invoice
    xml = (CEN_UBL / example).read_bytes()
    assert xml.count(currency) == 1

    invoice = parse(xml.replace(currency, b"")).invoice

    assert invoice.currency == ""
    assert invoice.totals is not None
    assert invoice.totals.tax_total == Decimal(tax_total)
    assert invoice.totals.tax_total_accounting_currency == (Decimal(accounting) if accounting else None)
    assert invoice.vat_breakdown  # UBL read its VAT breakdown from that total only
