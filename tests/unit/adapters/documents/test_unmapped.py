"""What the model cannot carry is reported with its XPath, never dropped silently."""

from __future__ import annotations

from dataclasses import replace

import pytest
from lxml import etree

from adapters.documents.cii_paths import NSMAP
from adapters.documents.cii_reader import parse_cii
from adapters.documents.cii_writer import cii_tree, render_cii
from adapters.documents.ubl_paths import CAC_NS, CBC_NS
from adapters.documents.ubl_reader import parse_ubl
from adapters.documents.ubl_writer import render_ubl, ubl_tree
from adapters.documents.xml_reader import UNMAPPED_RULE
from domain.document_formats import Profile
from domain.findings import Severity
from domain.invoice import Identifier, PaymentInstructions
from domain.rules import validate_invoice
from domain.totals import compute_totals
from tests.builders import an_invoice
from tests.document_examples import annex_b_uc1, debits_option

RAM = f"{{{NSMAP['ram']}}}"


def _cii_with(mutate) -> bytes:  # type: ignore[no-untyped-def]
    root = cii_tree(annex_b_uc1())
    mutate(root)
    return etree.tostring(root)


def test_a_referenced_document_of_no_business_term_is_reported_as_unmapped_with_its_xpath() -> None:
    # 916 is BG-24 (read as an attachment), 50 BT-17, 130 BT-18: a validated-invoice reference (81) is none of them
    def add_attachment(root: etree._Element) -> None:
        agreement = root.find(f".//{RAM}ApplicableHeaderTradeAgreement")
        ref = etree.SubElement(agreement, RAM + "AdditionalReferencedDocument")
        etree.SubElement(ref, RAM + "IssuerAssignedID").text = "REF_ANNEXE_009875"
        etree.SubElement(ref, RAM + "TypeCode").text = "81"

    parsed = parse_cii(_cii_with(add_attachment))

    assert [(f.rule_id, f.severity, f.location) for f in parsed.unmapped] == [
        (
            UNMAPPED_RULE,
            Severity.WARNING,
            "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement"
            "/ram:AdditionalReferencedDocument",
        )
    ]
    assert "REF_ANNEXE_009875" in parsed.unmapped[0].message


def test_an_unknown_attribute_is_reported_as_info() -> None:
    def add_list_agency(root: etree._Element) -> None:
        root.find(f".//{RAM}InvoiceCurrencyCode").set("listAgencyID", "6")

    parsed = parse_cii(_cii_with(add_list_agency))

    assert [(f.severity, f.location) for f in parsed.unmapped] == [
        (
            Severity.INFO,
            "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
            "/ram:InvoiceCurrencyCode/@listAgencyID",
        )
    ]


def test_a_second_bt8_that_contradicts_the_first_is_reported() -> None:
    def contradict(root: etree._Element) -> None:
        settlement = root.find(f".//{RAM}ApplicableHeaderTradeSettlement")
        taxes = settlement.findall(f"{RAM}ApplicableTradeTax")
        extra = etree.fromstring(etree.tostring(taxes[0]))
        extra.find(f"{RAM}DueDateTypeCode").text = "72"
        taxes[-1].addnext(extra)

    root = cii_tree(debits_option())
    contradict(root)
    parsed = parse_cii(etree.tostring(root))

    assert parsed.invoice.vat_point_date_code == "5"
    assert [f.location.rsplit("/", 2)[-2:] for f in parsed.unmapped] == [
        ["ram:ApplicableTradeTax[2]", "ram:DueDateTypeCode"]
    ]


def test_an_unknown_ubl_element_is_reported() -> None:
    root = ubl_tree(annex_b_uc1())
    root.find(f"{{{CBC_NS}}}DocumentCurrencyCode").addnext(etree.Element(f"{{{CBC_NS}}}LineCountNumeric"))
    root.find(f"{{{CBC_NS}}}LineCountNumeric").text = "1"

    parsed = parse_ubl(etree.tostring(root))

    assert [(f.severity, f.location) for f in parsed.unmapped] == [
        (Severity.WARNING, "/inv:Invoice/cbc:LineCountNumeric")
    ]


def test_a_cii_amount_repeating_the_invoice_currency_loses_nothing_but_another_currency_is_reported() -> None:
    # CII writes BT-5 once; tools such as FNFE's put currencyID on every amount as well (CEN warns: CII-DT-031)
    def label_amounts(root: etree._Element) -> None:
        root.find(f".//{RAM}GrandTotalAmount").set("currencyID", "EUR")
        root.find(f".//{RAM}LineTotalAmount").set("currencyID", "EUR")
        root.find(f".//{RAM}DuePayableAmount").set("currencyID", "USD")

    parsed = parse_cii(_cii_with(label_amounts))

    assert [f.location.rsplit("/", 2)[-2:] for f in parsed.unmapped] == [
        ["ram:DuePayableAmount", "@currencyID"]
    ]


def test_a_cii_contact_point_given_as_a_department_is_read_as_bt41() -> None:
    # CEN CII: BT-41/BT-56 is the contact's PersonName or its DepartmentName (never both), as KoSIT's samples write it
    def department(root: etree._Element) -> None:
        contact = root.find(f".//{RAM}SellerTradeParty/{RAM}DefinedTradeContact")
        person = contact.find(RAM + "PersonName")
        person.tag = RAM + "DepartmentName"
        person.text = "Service comptabilité"

    parsed = parse_cii(_cii_with(department))

    assert parsed.unmapped == ()
    assert parsed.invoice.seller.contact is not None
    assert parsed.invoice.seller.contact.name == "Service comptabilité"


def test_a_cii_remittance_reference_without_payment_means_is_kept_and_written_back_as_it_came() -> None:
    # FNFE's credit notes and Mustang's invoices give BT-83 alone: the payer needs it even without BT-81
    def reference_only(root: etree._Element) -> None:
        settlement = root.find(f".//{RAM}ApplicableHeaderTradeSettlement")
        for means in settlement.findall(RAM + "SpecifiedTradeSettlementPaymentMeans"):
            settlement.remove(means)
        old = settlement.find(RAM + "PaymentReference")
        if old is not None:
            settlement.remove(old)
        reference = etree.Element(RAM + "PaymentReference")
        reference.text = "AV-2017-0005"
        settlement.find(RAM + "InvoiceCurrencyCode").addprevious(reference)

    parsed = parse_cii(_cii_with(reference_only))

    assert parsed.unmapped == ()
    assert parsed.invoice.payment_instructions == (
        PaymentInstructions(means_code="", remittance_information="AV-2017-0005"),
    )
    written = etree.fromstring(render_cii(parsed.invoice, Profile.EN16931))
    assert (
        written.findtext(f".//{RAM}ApplicableHeaderTradeSettlement/{RAM}PaymentReference") == "AV-2017-0005"
    )
    assert written.find(f".//{RAM}SpecifiedTradeSettlementPaymentMeans") is None
    # emitting it is another matter: BG-16 without its means code breaks BR-49
    assert "BR-49" in {f.rule_id for f in validate_invoice(parsed.invoice) if f.is_fatal}


@pytest.mark.parametrize("syntax", ["CII", "UBL"])
def test_a_line_reference_without_its_type_code_is_the_line_object_identifier(syntax: str) -> None:
    # CEN's own examples (CII XRechnung-O, UBL ubl-tc434-example5) leave out the 130: a line has no other reference
    invoice = compute_totals(an_invoice())
    line = replace(invoice.lines[0], object_id=Identifier("OBJ-2"))
    invoice = replace(invoice, lines=(line,))
    if syntax == "CII":
        root = etree.fromstring(render_cii(invoice, Profile.EN16931))
        code = root.find(
            f".//{RAM}SpecifiedLineTradeSettlement/{RAM}AdditionalReferencedDocument/{RAM}TypeCode"
        )
    else:
        root = etree.fromstring(render_ubl(invoice, Profile.EN16931))
        code = root.find(
            f".//{{{CAC_NS}}}InvoiceLine/{{{CAC_NS}}}DocumentReference/{{{CBC_NS}}}DocumentTypeCode"
        )
    assert code is not None and code.text == "130"
    code.getparent().remove(code)

    parsed = (parse_cii if syntax == "CII" else parse_ubl)(etree.tostring(root))

    assert parsed.unmapped == ()
    assert parsed.invoice.lines[0].object_id == Identifier("OBJ-2")
