"""The readable copy the gateway attaches when asked (BG-24, BT-123 = LISIBLE): CII and UBL carry its page byte for
byte, a Factur-X none (it is its own), and BR-FR-18 counts it."""

from __future__ import annotations

import pytest

from adapters.documents.api import parse, render
from adapters.documents.pdf_page import render_invoice_page
from domain.document_formats import DocumentFormat, Profile
from domain.invoice import Attachment
from domain.rules import validate_invoice
from domain.serialization import invoice_from_dict, invoice_to_dict
from domain.totals import compute_totals
from tests.builders import an_invoice

CSV = Attachment("BL-77", "BON_LIVRAISON", content=b"a;b\n1;2\n", mime_code="text/csv", filename="bl.csv")


@pytest.mark.parametrize("fmt", [DocumentFormat.CII, DocumentFormat.UBL])
@pytest.mark.parametrize("profile", [Profile.EN16931, Profile.EXTENDED_CTC_FR])
def test_a_cii_or_ubl_asked_for_its_readable_copy_carries_the_gateways_page_byte_for_byte(
    fmt: DocumentFormat, profile: Profile
) -> None:
    invoice = compute_totals(an_invoice(attachments=(CSV,), readable_copy=True))

    document = render(invoice, fmt, profile)
    parsed = parse(document.content).invoice

    csv, copy = parsed.attachments
    assert csv == CSV
    assert (copy.description, copy.mime_code) == ("LISIBLE", "application/pdf")
    assert copy.reference == f"{invoice.number}-LISIBLE"
    assert copy.content == render_invoice_page(invoice) and copy.content.startswith(b"%PDF-")
    assert render(invoice, fmt, profile).content == document.content  # the same invoice, the same bytes
    # read back, the copy is an attachment like any other: rendering the parsed invoice keeps it as it is
    assert parse(render(parsed, fmt, profile).content).invoice.attachments == parsed.attachments


def test_a_factur_x_is_its_own_readable_copy() -> None:
    invoice = compute_totals(an_invoice(readable_copy=True))

    parsed = parse(render(invoice, DocumentFormat.FACTURX).content).invoice

    assert not [a for a in parsed.attachments if a.description == "LISIBLE"]


def test_without_the_request_no_copy_is_added() -> None:
    invoice = compute_totals(an_invoice())

    assert parse(render(invoice, DocumentFormat.CII).content).invoice.attachments == ()


def test_asking_for_a_copy_when_one_is_given_breaks_br_fr_18() -> None:
    given = Attachment(
        "F-1-L", "LISIBLE", content=b"%PDF-1.7\n%%EOF\n", mime_code="application/pdf", filename="f.pdf"
    )

    asked_twice = {f.rule_id for f in validate_invoice(an_invoice(attachments=(given,), readable_copy=True))}
    asked_once = {f.rule_id for f in validate_invoice(an_invoice(attachments=(CSV,), readable_copy=True))}

    assert "BR-FR-18_BT-123" in asked_twice and "BR-FR-18_BT-123" not in asked_once


def test_the_request_is_kept_with_the_stored_invoice() -> None:
    invoice = an_invoice(readable_copy=True)

    assert invoice_from_dict(invoice_to_dict(invoice)).readable_copy is True
