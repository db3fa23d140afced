"""Every code of the French document-type list (BR-FR-04) renders in every format and profile, passes every
official layer with no fatal finding, parses back to the same type, and gets the right UBL root and page title."""

from __future__ import annotations

import pytest
from lxml import etree

from adapters.documents.api import parse, render
from adapters.documents.cli import validate_bytes
from adapters.documents.pdf_page import layout_invoice_page
from adapters.documents.ubl_paths import CREDIT_NOTE_NS, INVOICE_NS
from domain.document_formats import DocumentFormat, Profile
from domain.document_types import DOCUMENT_KINDS, DocumentType
from domain.rules import validate_invoice
from tests.document_types_examples import invoice_of_type

CODES = sorted(DOCUMENT_KINDS)
COMBINATIONS = [
    (DocumentFormat.CII, Profile.EN16931),
    (DocumentFormat.CII, Profile.EXTENDED_CTC_FR),
    (DocumentFormat.UBL, Profile.EN16931),
    (DocumentFormat.UBL, Profile.EXTENDED_CTC_FR),
    (DocumentFormat.FACTURX, Profile.BASIC_WL),
    (DocumentFormat.FACTURX, Profile.EN16931),
    (DocumentFormat.FACTURX, Profile.EXTENDED),
]


@pytest.mark.parametrize("code", CODES)
def test_every_type_passes_the_domain_rules(code: str) -> None:
    assert [f.rule_id for f in validate_invoice(invoice_of_type(DocumentType(code))) if f.is_fatal] == []


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize(("fmt", "profile"), COMBINATIONS, ids=lambda v: getattr(v, "value", v))
def test_every_type_renders_validates_and_parses_back(
    code: str, fmt: DocumentFormat, profile: Profile
) -> None:
    invoice = invoice_of_type(DocumentType(code))

    document = render(invoice, fmt, profile)
    report = validate_bytes(document.content)
    parsed = parse(document.content)

    assert report.complete, report.errors
    assert [f"{f.layer}/{f.rule_id}" for f in report.fatal] == []
    assert parsed.invoice.type_code is DocumentType(code)


@pytest.mark.parametrize("code", CODES)
def test_ubl_root_follows_the_credit_note_list(code: str) -> None:
    content = render(invoice_of_type(DocumentType(code)), DocumentFormat.UBL).content
    root = etree.fromstring(content)

    credit = code in {"261", "262", "381", "396", "502", "503"}  # CEN BR-CL-01's credit note codes
    assert root.tag == (f"{{{CREDIT_NOTE_NS}}}CreditNote" if credit else f"{{{INVOICE_NS}}}Invoice")
    type_tag = "CreditNoteTypeCode" if credit else "InvoiceTypeCode"
    assert (
        root.findtext(f"{{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}}{type_tag}")
        == code
    )


@pytest.mark.parametrize("code", CODES)
def test_page_title_and_amount_wording_follow_the_type(code: str) -> None:
    kind = DOCUMENT_KINDS[code]
    texts = [placed.text for placed in layout_invoice_page(invoice_of_type(DocumentType(code)))]

    assert any(t.startswith(f"{kind.title} N° ") for t in texts)
    due = (
        "MONTANT À REMBOURSER"
        if kind.credit_note
        else "ACOMPTE À PAYER"
        if kind.prepayment
        else "NET À PAYER"
    )
    assert due in texts
    assert any(t.startswith("Autofacturation") for t in texts) is kind.self_billed
