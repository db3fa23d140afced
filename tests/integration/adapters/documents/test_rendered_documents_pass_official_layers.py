"""Rendered CII, UBL and Factur-X XML pass every official layer (XSD, profile schematron, BR-FR) with no fatal
finding, for the invoice shapes the French reform exercises."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from adapters.documents.api import parse, render
from adapters.documents.cii_writer import render_cii
from adapters.documents.cli import validate_bytes
from adapters.documents.facturx_writer import render_facturx
from adapters.documents.profile_room import warnings_of
from adapters.documents.ubl_writer import render_ubl
from adapters.documents.validation import default_validator
from domain.document_formats import Profile
from domain.findings import ValidationReport
from domain.invoice import (
    Delivery,
    DocumentType,
    Identifier,
    Invoice,
    PaymentInstructions,
    PrecedingInvoice,
    ProcessingRule,
    VatCategory,
)
from domain.rules import base_rule_id, validate_invoice
from domain.totals import compute_totals
from tests.builders import a_line, an_invoice
from tests.document_examples import ALL_SHAPES, annex_b_full
from tests.unit.adapters.documents.test_attachments import DELIVERY, EXTERNAL, READABLE
from tests.unit.domain.rules.test_en16931 import category_invoice

INVOICE_PROFILES = [Profile.EN16931, Profile.EXTENDED_CTC_FR]
FACTURX_PROFILES = [Profile.BASIC_WL, Profile.EN16931, Profile.EXTENDED]


def _fatal(report: ValidationReport) -> list[str]:
    return [f"{f.layer}/{f.rule_id}: {f.message}" for f in report.fatal] + list(report.errors)


def _ubl_shape(invoice: Invoice) -> Invoice:
    """UBL has no identifier without scheme (BR-FR-CO-10): drop Annex B's private BT-29 and BT-71."""
    seller = replace(invoice.seller, identifiers=tuple(i for i in invoice.seller.identifiers if i.scheme))
    delivery = invoice.delivery and replace(invoice.delivery, location=None)
    return invoice.evolve(seller=seller, delivery=delivery if isinstance(delivery, Delivery) else None)


@pytest.mark.parametrize("shape", sorted(ALL_SHAPES))
@pytest.mark.parametrize("profile", INVOICE_PROFILES)
def test_cii_passes_every_layer(shape: str, profile: Profile) -> None:
    report = default_validator().validate(
        render_cii(ALL_SHAPES[shape](), profile), syntax="CII", profile=profile.value
    )
    assert report.complete and _fatal(report) == []


@pytest.mark.parametrize("shape", sorted(ALL_SHAPES))
@pytest.mark.parametrize("profile", INVOICE_PROFILES)
def test_ubl_passes_every_layer(shape: str, profile: Profile) -> None:
    report = default_validator().validate(
        render_ubl(_ubl_shape(ALL_SHAPES[shape]()), profile), syntax="UBL", profile=profile.value
    )
    assert report.complete and _fatal(report) == []


@pytest.mark.parametrize("shape", sorted(ALL_SHAPES))
@pytest.mark.parametrize("profile", FACTURX_PROFILES)
def test_facturx_xml_passes_every_layer_of_its_profile(shape: str, profile: Profile) -> None:
    report = default_validator().validate_facturx_xml(
        render_cii(ALL_SHAPES[shape](), profile), profile=profile.value
    )
    assert report.complete and _fatal(report) == []


def test_ubl_refuses_a_private_identifier_without_scheme_as_br_fr_co_10_says() -> None:
    report = default_validator().validate(render_ubl(annex_b_full()), syntax="UBL", profile="EN16931")

    assert {f.rule_id for f in report.fatal} == {"BR-FR-CO-10"}


def test_a_facturx_pdf_is_validated_on_its_embedded_xml() -> None:
    report = validate_bytes(render_facturx(annex_b_full(), Profile.EXTENDED))

    assert report.complete and _fatal(report) == []
    assert any("facturx" in name.lower() or "factur-x" in name.lower() for name, _ in report.artifacts)


@pytest.mark.parametrize("fmt", ["CII", "UBL", "FACTURX"])
def test_attachments_pass_every_official_layer(fmt: str) -> None:
    invoice = compute_totals(an_invoice(attachments=(READABLE, DELIVERY, EXTERNAL)))
    report = validate_bytes(render(invoice, fmt).content)

    assert report.complete and _fatal(report) == []


@pytest.mark.parametrize("fmt", ["CII", "UBL", "FACTURX"])
def test_a_vat_point_date_with_two_vat_rates_passes_every_official_layer(fmt: str) -> None:
    # CII holds BT-7 once in the header's VAT breakdowns (CEN's CII-SR-461): written in each BG-23, an invoice with two
    # rates and a VAT point date (CEN's CII_example2, OpenPeppol's Allowance-example) failed the official layers
    lines = (a_line("1", rate="20"), a_line("2", rate="10"))
    invoice = compute_totals(an_invoice().evolve(lines=lines, vat_point_date=date(2026, 10, 31)))
    report = validate_bytes(render(invoice, fmt).content)

    assert report.complete and _fatal(report) == []


@pytest.mark.parametrize("fmt", ["CII", "UBL", "FACTURX"])
def test_the_same_payment_means_text_on_two_instructions_passes_every_official_layer(fmt: str) -> None:
    # Mustang's multiple-payment-means.cii.xml (valid) gives four transfers, each "Zahlung durch Überweisung": UBL
    # holds BT-82 once (CEN's UBL-SR-46), and our UBL wrote it on each
    means = tuple(
        PaymentInstructions(means_code="58", means_text="Virement", iban=iban)
        for iban in ("FR7630006000011234567890189", "FR7610107001011234567890129")
    )
    invoice = compute_totals(an_invoice().evolve(payment_instructions=means))
    report = validate_bytes(render(invoice, fmt).content)

    assert report.complete and _fatal(report) == []


@pytest.mark.parametrize("fmt", ["CII", "UBL", "FACTURX"])
def test_an_exempt_breakdown_whose_tax_is_a_negative_zero_passes_every_official_layer(fmt: str) -> None:
    # the Dutch SI-UBL 2.0 "ok_full_negative_zero" (valid) gives an exempt breakdown's tax as -0.00: written so in
    # CII, CEN's BR-E-09 (the tax amount of category E is 0) refused our document
    invoice = compute_totals(category_invoice(VatCategory.EXEMPT))
    assert invoice.vat_breakdown is not None
    breakdown = tuple(replace(vat, tax_amount=Decimal("-0.00")) for vat in invoice.vat_breakdown)
    report = validate_bytes(render(invoice.evolve(vat_breakdown=breakdown), fmt).content)

    assert report.complete and _fatal(report) == []


CONSUMER_ADDRESSES = {
    "none": (None, {"BR-FR-12"}),  # FNFE Flux 2 V1.4.0: BR-FR-12 is fatal for every invoice, B2C included
    "email": (Identifier("client@example.fr", "EM"), set()),  # EAS "EM": a consumer's email address
    "no scheme": (Identifier("client@example.fr", ""), {"BR-63"}),
}


@pytest.mark.parametrize("fmt", ["CII", "UBL"])
@pytest.mark.parametrize("address", sorted(CONSUMER_ADDRESSES))
def test_a_sale_to_a_consumer_is_judged_on_its_buyer_address_as_the_official_layers_judge_it(
    fmt: str, address: str
) -> None:
    """The gateway's rules and the official artifacts give one verdict on a B2C invoice's BT-49: none refused by
    BR-FR-12 (no exception for B2C in the BR-FR schematron), one without a scheme by BR-63, a consumer's email
    (scheme EM) taken by every layer."""
    given, expected = CONSUMER_ADDRESSES[address]
    sale = an_invoice(processing_rule=ProcessingRule.B2C)
    sale = compute_totals(
        sale.evolve(buyer=replace(sale.buyer, legal_registration=None, electronic_address=given))
    )
    ours = {base_rule_id(f.rule_id) for f in validate_invoice(sale) if f.is_fatal}
    official = default_validator().validate(render(sale, fmt).content, syntax=fmt, profile="EN16931")
    assert official.complete
    assert ({f.rule_id for f in official.fatal}, ours) == (expected, expected)


def _crediting_per_line() -> Invoice:
    """A credit note naming no invoice in BG-3 but one on each line (EXT-FR-FE-136/138): lines of F-1 and F-2."""
    note = an_invoice(type_code=DocumentType.CREDIT_NOTE, lines=2)
    named = (PrecedingInvoice("F-1", date(2026, 11, 2)), PrecedingInvoice("F-2", date(2026, 11, 3)))
    return compute_totals(
        note.evolve(
            lines=tuple(replace(line, preceding_invoice=n) for line, n in zip(note.lines, named, strict=True))
        )
    )


@pytest.mark.parametrize("fmt", ["CII", "UBL"])
def test_a_credit_note_naming_its_invoices_per_line_passes_every_layer_and_ours_in_extended_ctc_fr(
    fmt: str,
) -> None:
    """BR-FR-CO-05 takes a credit note whose every line names its invoice instead of BG-3 (EXTENDED-CTC-FR). Before,
    the reader left the line references unmapped and the gateway's BR-FR-CO-05 refused what every official layer
    took; now they are read, written and judged as the official rule judges them."""
    note = _crediting_per_line()
    assert not [f for f in validate_invoice(note) if f.is_fatal]
    content = render(note, fmt, Profile.EXTENDED_CTC_FR).content
    report = default_validator().validate(content, syntax=fmt, profile=Profile.EXTENDED_CTC_FR.value)
    assert report.complete and _fatal(report) == []
    read = parse(content)
    assert [line.preceding_invoice for line in read.invoice.lines] == [
        line.preceding_invoice for line in note.lines
    ]
    assert not read.unmapped


def test_a_factur_x_en16931_has_no_room_for_a_line_s_invoice_reference_and_says_so() -> None:
    """Factur-X EN16931's XSD has no line InvoiceReferencedDocument: left out and said (PDP-NOT-IN-PROFILE), never an
    XSD-invalid document; the credit note so left naming no invoice is then refused by BR-FR-CO-05 (fail closed)."""
    note = _crediting_per_line()
    assert [f.path for f in warnings_of(note, Profile.EN16931)] == [
        "BG-25[1]/EXT-FR-FE-136",
        "BG-25[2]/EXT-FR-FE-136",
    ]
    report = default_validator().validate_facturx_xml(render_cii(note, Profile.EN16931), profile="EN16931")
    assert {f.rule_id for f in report.fatal} == {"BR-FR-CO-05"}
