from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from domain.errors import InvoiceRejected
from domain.invoice import (
    Address,
    Attachment,
    Delivery,
    DocumentType,
    Identifier,
    Item,
    Payee,
    Period,
    PrecedingInvoice,
    TaxRepresentative,
    Territory,
    VatCategory,
)
from domain.totals import compute_totals
from pdpgateway.v1 import invoice_pb2 as pb
from service.grpc.mapping import invoice_from_proto, invoice_to_proto
from tests.builders import a_document_allowance, a_line, an_invoice


def _rich_invoice():
    line = replace(
        a_line("2", quantity="1.5", price="12.345678", rate="5.5"),
        base_quantity=Decimal("1"),
        gross_price=Decimal("13"),
        price_discount=Decimal("0.654322"),
        item=Item(
            name="Farine",
            standard_id=Identifier("3012345678901", "0160"),
            classifications=(Identifier("10611000", "STI"),),
            attributes=(("Origine", "Beauce"),),
        ),
        period=Period(date(2026, 10, 1), date(2026, 10, 31)),
        object_id=Identifier("OBJ-1", "AAA"),
    )
    return an_invoice(
        lines=3,
        type_code=DocumentType.CREDIT_NOTE,
        territory=Territory.CORSICA,
        preceding_invoices=(PrecedingInvoice("F-2026-001", date(2026, 9, 30)),),
        payee=Payee("Factor SA", Identifier("FACT", "0088"), Identifier("303265045", "0002")),
        tax_representative=TaxRepresentative("Rep", "FR40303265045", Address(city="Ajaccio", country="FR")),
        delivery=Delivery(
            "Entrepôt",
            Identifier("LOC-1", "0088"),
            date(2026, 10, 30),
            Address(line1="1 quai", city="Bastia", postcode="20200", country="FR"),
        ),
        period=Period(date(2026, 10, 1), None),
        allowances_charges=(a_document_allowance("5.00"),),
        vat_point_date_code="5",
    ).evolve(lines=(*an_invoice(lines=2).lines, line))


@pytest.mark.parametrize("make", [lambda: an_invoice(), lambda: an_invoice(lines=10), _rich_invoice])
def test_builder_invoices_survive_a_domain_proto_domain_round_trip(make):
    for invoice in (make(), compute_totals(make())):
        assert invoice_from_proto(invoice_to_proto(invoice)) == invoice


def test_an_empty_embedded_object_with_its_mime_code_and_filename_survives_the_round_trip():
    # FeRD's ZUGFeRD 2.x Betriebskostenabrechnung (valid on EN 16931) names its attachment's MIME code and filename
    # around an empty AttachmentBinaryObject: it was shown on the API as no embedded object at all, and the MIME code
    # and filename were then dropped by the writers
    attachment = Attachment(
        "Abrechnung 2010", content=b"", mime_code="application/pdf", filename="Abrechnung.pdf"
    )
    invoice = an_invoice().evolve(attachments=(attachment,))

    assert invoice_from_proto(invoice_to_proto(invoice)) == invoice


def test_an_attachment_without_content_mime_code_or_filename_has_no_embedded_object():
    invoice = an_invoice().evolve(attachments=(Attachment("A-1", uri="https://example.com/a.pdf"),))

    assert invoice_from_proto(invoice_to_proto(invoice)).attachments[0].content is None


def test_round_trip_keeps_the_decimals_as_written():
    invoice = an_invoice(lines=1).evolve(lines=(a_line(price="50.00", rate="20.0"),))
    line = invoice_to_proto(invoice).lines[0]
    assert (line.net_price, line.vat_rate, line.quantity) == ("50.00", "20.0", "2")


def test_every_malformed_value_is_reported_with_its_path_and_business_term():
    msg = invoice_to_proto(an_invoice(lines=2))
    msg.lines[1].quantity = "1e3"
    msg.lines[0].net_price = "12,50"
    msg.due_date = "02/12/2026"
    msg.lines[0].vat_category = 42
    msg.allowances_charges.add(is_charge=True, amount="")

    with pytest.raises(InvoiceRejected) as rejected:
        invoice_from_proto(msg)

    found = {(f.rule_id, f.path) for f in rejected.value.findings}
    assert found == {
        ("PDP-DECIMAL", "lines[1].quantity (BT-129)"),
        ("PDP-DECIMAL", "lines[0].net_price (BT-146)"),
        ("PDP-DATE", "due_date (BT-9)"),
        ("PDP-ENUM", "lines[0].vat_category (BT-151)"),
        ("BR-36", "allowances_charges[0].amount (BT-99)"),
    }
    assert all(f.is_fatal and f.layer == "request" for f in rejected.value.findings)


def test_missing_mandatory_values_name_the_en16931_rule():
    msg = pb.Invoice(number="F-1", lines=[pb.InvoiceLine(id="1", unit_code="C62")])

    with pytest.raises(InvoiceRejected) as rejected:
        invoice_from_proto(msg)

    assert sorted(f.rule_id for f in rejected.value.findings) == [
        "BR-03",
        "BR-04",
        "BR-22",
        "BR-26",
        "BR-CO-04",
    ]


def test_a_missing_issue_date_is_br_03_not_the_invoice_number_rule():
    msg = invoice_to_proto(an_invoice())
    msg.ClearField("issue_date")

    with pytest.raises(InvoiceRejected) as rejected:
        invoice_from_proto(msg)

    assert [(f.rule_id, f.path) for f in rejected.value.findings] == [("BR-03", "issue_date (BT-2)")]


def test_unspecified_optional_enums_take_the_domain_defaults():
    msg = invoice_to_proto(an_invoice())
    msg.ClearField("processing_rule")
    msg.ClearField("territory")
    invoice = invoice_from_proto(msg)
    assert invoice.territory is Territory.MAINLAND
    assert invoice.processing_rule.value == "B2B"


def test_document_type_number_is_the_untdid_code():
    assert invoice_to_proto(an_invoice(type_code=DocumentType.CREDIT_NOTE)).type_code == 381
    assert (
        pb.VatCategory.Name(invoice_to_proto(an_invoice()).lines[0].vat_category) == "VAT_CATEGORY_STANDARD"
    )
    assert VatCategory.STANDARD.value == "S"


def test_every_domain_enum_member_maps_to_its_own_proto_number_and_back() -> None:
    # str-valued members of two enums can be equal ("S"...): a cache keyed by member alone would mix them up
    from domain.document_formats import DocumentFormat
    from domain.document_ports import DocumentOrigin
    from domain.emission import ProcessingState
    from domain.findings import Severity
    from domain.invoice import DocumentType, ProcessingRule, Territory, VatCategory
    from pdpgateway.v1 import document_pb2 as dpb
    from service.grpc.request_reader import RequestReader, enum_to_proto

    cases = [
        (DocumentType, pb.DocumentType, "DOCUMENT_TYPE_"),
        (ProcessingRule, pb.ProcessingRule, "PROCESSING_RULE_"),
        (VatCategory, pb.VatCategory, "VAT_CATEGORY_"),
        (Territory, pb.Territory, "TERRITORY_"),
        (ProcessingState, pb.ProcessingState, "PROCESSING_STATE_"),
        (Severity, pb.Severity, "SEVERITY_"),
        (DocumentFormat, dpb.DocumentFormat, "DOCUMENT_FORMAT_"),
        (DocumentOrigin, dpb.DocumentOrigin, "DOCUMENT_ORIGIN_"),
    ]
    reader = RequestReader()
    for enum, wrapper, prefix in cases:
        for member in enum:
            number = enum_to_proto(member)
            assert number == wrapper.Value(prefix + member.name)
            assert reader.enum(enum, number, "f", "") is member
    assert reader.findings == []


def test_a_document_type_outside_the_french_list_travels_as_its_untdid_number_and_back() -> None:
    from domain.invoice import DocumentType

    foreign = an_invoice(type_code=DocumentType("877"))
    msg = invoice_to_proto(foreign)

    assert msg.type_code == 877
    assert invoice_from_proto(msg) == foreign  # the rules, not the mapping, refuse it (BR-FR-04)


@pytest.mark.parametrize("number", [1000, -1])
def test_a_document_type_number_that_is_no_untdid_code_is_pdp_enum(number: int) -> None:
    msg = invoice_to_proto(an_invoice())
    msg.type_code = number  # type: ignore[assignment]
    with pytest.raises(InvoiceRejected) as caught:
        invoice_from_proto(msg)
    assert [f.rule_id for f in caught.value.findings] == ["PDP-ENUM"]


def test_a_line_s_invoice_reference_survives_the_round_trip_and_a_bad_date_names_its_term():
    """EXT-FR-FE-136/138 (an EXTENDED-CTC-FR credit note naming its invoices per line) on the wire."""
    invoice = an_invoice()
    named = replace(invoice.lines[0], preceding_invoice=PrecedingInvoice("F-1", date(2026, 11, 2)))
    invoice = invoice.evolve(lines=(named, *invoice.lines[1:]))
    assert invoice_from_proto(invoice_to_proto(invoice)) == invoice
    message = invoice_to_proto(invoice)
    message.lines[0].preceding_invoice.issue_date = "2026-02-30"
    with pytest.raises(InvoiceRejected) as refused:
        invoice_from_proto(message)
    assert [f.path for f in refused.value.findings] == [
        "lines[0].preceding_invoice.issue_date (EXT-FR-FE-138)"
    ]
