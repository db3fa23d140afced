"""How business terms are written: formats, codes and conventions the official rules compare as strings."""

from __future__ import annotations

import pickle
import re
from decimal import Decimal

import pytest
from lxml import etree

from adapters.documents import terms
from adapters.documents.api import detect_format, parse, render
from adapters.documents.cii_paths import NSMAP
from adapters.documents.cii_writer import render_cii
from adapters.documents.ubl_paths import CAC_NS, CBC_NS, CREDIT_NOTE_NS
from adapters.documents.ubl_reader import split_note
from adapters.documents.ubl_writer import render_ubl
from domain.document_formats import DocumentError, DocumentFormat, Profile, UnsupportedProfile
from domain.invoice import Note
from tests.document_examples import (
    annex_b_uc1,
    annex_b_uc5_credit_note,
    debits_option,
    several_rates_with_allowance,
)

RAM = {"ram": NSMAP["ram"]}
UBL = {"cac": CAC_NS, "cbc": CBC_NS}


@pytest.mark.parametrize(
    ("value", "text"),
    [("20", "20"), ("20.000", "20"), ("5.50", "5.5"), ("0.9", "0.9"), ("2.10", "2.1"), ("0", "0")],
)
def test_rates_have_at_most_two_decimals_and_no_trailing_zeros(value: str, text: str) -> None:
    assert terms.rate(Decimal(value)) == text


@pytest.mark.parametrize(
    ("value", "text"), [("12", "12.00"), ("0.005", "0.01"), ("-0.005", "-0.01"), ("1.5", "1.50")]
)
def test_amounts_have_exactly_two_decimals_rounded_half_away_from_zero(value: str, text: str) -> None:
    assert terms.amount(Decimal(value)) == text


def test_cii_carries_bar_bt23_and_the_debits_option_in_every_vat_breakdown() -> None:
    root = etree.fromstring(render_cii(debits_option()))

    assert root.xpath("//ram:IncludedNote[ram:SubjectCode='BAR']/ram:Content/text()", namespaces=RAM) == [
        "B2B"
    ]
    assert root.xpath(
        "//ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID/text()", namespaces=RAM
    ) == ["S1"]
    codes = root.xpath(
        "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:DueDateTypeCode/text()",
        namespaces=RAM,
    )
    assert codes and set(codes) == {"5"}
    assert root.xpath(
        "//ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID/@schemeID", namespaces=RAM
    ) == ["0002"]
    assert root.xpath(
        "//ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID/@schemeID", namespaces=RAM
    ) == ["0225"]
    assert root.xpath(
        "//ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CityName/text()", namespaces=RAM
    ) == ["Vénissieux"]


def test_ubl_writes_bt8_with_its_own_code_and_notes_with_their_subject_code() -> None:
    root = etree.fromstring(render_ubl(debits_option()))

    assert root.xpath("cac:InvoicePeriod/cbc:DescriptionCode/text()", namespaces=UBL) == ["3"]
    assert root.xpath("cbc:ProfileID/text()", namespaces=UBL) == ["S1"]
    assert root.xpath("cbc:Note/text()", namespaces=UBL)[:2] == [
        "#BAR#B2B",
        "#PMT#Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €.",
    ]


def test_a_credit_note_is_a_ubl_creditnote_with_its_preceding_invoice() -> None:
    root = etree.fromstring(render_ubl(annex_b_uc5_credit_note()))

    assert root.tag == f"{{{CREDIT_NOTE_NS}}}CreditNote"
    assert root.xpath("cbc:CreditNoteTypeCode/text()", namespaces=UBL) == ["381"]
    assert root.xpath("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID/text()", namespaces=UBL) == [
        "F202500007"
    ]
    assert root.xpath("cac:PaymentMeans/cbc:PaymentDueDate/text()", namespaces=UBL) == ["2025-07-03"]


def test_vat_rates_are_written_as_br_fr_16_compares_them() -> None:
    root = etree.fromstring(render_cii(several_rates_with_allowance()))

    rates = root.xpath(
        "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:RateApplicablePercent/text()",
        namespaces=RAM,
    )
    assert sorted(rates) == ["10", "2.1", "20", "5.5"]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("#PMT#Indemnité : 40 €", Note("Indemnité : 40 €", "PMT")),
        ("Sans code", Note("Sans code")),
        ("#AAI#ligne 1\nligne 2", Note("ligne 1\nligne 2", "AAI")),
    ],
)
def test_ubl_notes_split_their_subject_code(text: str, note: Note) -> None:
    assert split_note(text) == note


def test_the_facade_renders_detects_and_parses_each_format() -> None:
    invoice = annex_b_uc1()
    for fmt in DocumentFormat:
        document = render(invoice, fmt)
        assert detect_format(document.content) is fmt
        parsed = parse(document.content)
        assert parsed.format is fmt
        assert parsed.invoice == invoice
        assert pickle.loads(pickle.dumps(parsed)) == parsed
    assert render(invoice, "CII").filename == "F202500003_cii.xml"
    assert render(invoice, "FACTURX").media_type == "application/pdf"


def test_rendering_is_deterministic() -> None:
    invoice = annex_b_uc1()
    assert render(invoice, DocumentFormat.FACTURX).sha256 == render(invoice, DocumentFormat.FACTURX).sha256


def test_extended_ctc_fr_is_not_a_facturx_level() -> None:
    with pytest.raises(UnsupportedProfile, match="BT-24"):
        render(annex_b_uc1(), DocumentFormat.FACTURX, Profile.EXTENDED_CTC_FR)


@pytest.mark.parametrize("content", [b"not xml", b"<root/>", b"<?xml version='1.0'?><Order xmlns='urn:x'/>"])
def test_unsupported_documents_are_refused_with_a_reason(content: bytes) -> None:
    with pytest.raises(DocumentError):
        parse(content)


def test_a_value_that_is_not_a_decimal_names_its_business_term() -> None:
    xml = render_cii(annex_b_uc1()).replace(
        b"<ram:LineTotalAmount>1200.00", b"<ram:LineTotalAmount>1,200.00", 1
    )
    with pytest.raises(DocumentError, match="BT-131"):
        parse(xml)


@pytest.mark.parametrize(
    ("written", "is_charge"), [("0", False), ("1", True), (" true ", True), ("false", False)]
)
@pytest.mark.parametrize("syntax", ["CII", "UBL"])
def test_a_charge_indicator_is_an_xsd_boolean(syntax: str, written: str, is_charge: bool) -> None:
    from tests.document_examples import several_rates_with_allowance

    invoice = several_rates_with_allowance()
    if syntax == "CII":
        xml = render_cii(invoice)
        old = b"<ram:ChargeIndicator><udt:Indicator>false</udt:Indicator>"
        new = f"<ram:ChargeIndicator><udt:Indicator>{written}</udt:Indicator>".encode()
    else:
        xml = render_ubl(invoice)
        old, new = (
            b"<cbc:ChargeIndicator>false</cbc:ChargeIndicator>",
            f"<cbc:ChargeIndicator>{written}</cbc:ChargeIndicator>".encode(),
        )
    assert old in xml
    parsed = parse(xml.replace(old, new, 1))

    assert parsed.invoice.allowances_charges[0].is_charge is is_charge


@pytest.mark.parametrize("written", ["yes", "TRUE", "", "2"])
def test_a_charge_indicator_that_is_not_a_boolean_is_refused(written: str) -> None:
    from tests.document_examples import several_rates_with_allowance

    xml = render_ubl(several_rates_with_allowance()).replace(
        b"<cbc:ChargeIndicator>false</cbc:ChargeIndicator>",
        f"<cbc:ChargeIndicator>{written}</cbc:ChargeIndicator>".encode(),
        1,
    )
    with pytest.raises(DocumentError, match="charge indicator"):
        parse(xml)


@pytest.mark.parametrize("syntax", ["CII", "UBL"])
def test_a_document_without_an_issue_date_is_refused_naming_br_03(syntax: str) -> None:
    from tests.document_examples import several_rates_with_allowance

    invoice = several_rates_with_allowance()
    xml = render_cii(invoice) if syntax == "CII" else render_ubl(invoice)
    date = (
        rb"<ram:IssueDateTime>.*?</ram:IssueDateTime>"
        if syntax == "CII"
        else rb"<cbc:IssueDate>[^<]*</cbc:IssueDate>"
    )
    without = re.sub(date, b"", xml, count=1, flags=re.S)
    assert without != xml

    with pytest.raises(DocumentError, match=r"^BR-03: .*issue date \(BT-2\)"):
        parse(without)


@pytest.mark.parametrize("syntax", ["CII", "UBL"])
def test_a_payment_card_keeps_its_holder_name(syntax: str) -> None:
    from domain.invoice import PaymentInstructions
    from domain.totals import compute_totals
    from tests.builders import an_invoice

    card = PaymentInstructions(means_code="48", card_last_digits="1234", card_holder_name="J. Dupont")
    invoice = compute_totals(an_invoice(payment_instructions=(card,)))
    xml = render_cii(invoice) if syntax == "CII" else render_ubl(invoice)

    parsed = parse(xml)

    assert parsed.invoice.payment_instructions[0].card_holder_name == "J. Dupont"
    assert parsed.unmapped == ()
