"""A B2G invoice as a document: no BAR note (BR-FR-20 has no B2G value), the buyer's SIRET in BT-49 (scheme 0009),
the service code in BT-10 and the engagement number in BT-13; every official layer passes in every format, and it
reads back as B2G."""

from __future__ import annotations

import pytest

from adapters.documents.api import parse, render
from adapters.documents.checking import check_document
from domain.document_formats import DocumentFormat
from domain.invoice import Identifier, ProcessingRule
from domain.totals import compute_totals
from tests.builders import STATE_BUYER_SIRET, a_b2g_invoice


@pytest.mark.parametrize("fmt", [DocumentFormat.CII, DocumentFormat.UBL, DocumentFormat.FACTURX])
def test_a_b2g_invoice_passes_every_official_layer_and_reads_back_as_b2g(fmt: DocumentFormat) -> None:
    invoice = compute_totals(a_b2g_invoice())

    document = render(invoice, fmt).content
    report = check_document(document).report
    parsed = parse(document).invoice

    assert report.valid and report.complete, sorted({f.rule_id for f in report.fatal})
    fr = report.conclusion("fr")
    assert fr is not None and fr.applies and fr.passed
    assert parsed.processing_rule is ProcessingRule.B2G
    assert parsed.buyer.electronic_address == Identifier(STATE_BUYER_SIRET, "0009")
    assert (parsed.buyer_reference, parsed.purchase_order_reference) == ("SERV-ACHATS", "EJ-2026-000123")
    assert not [n for n in parsed.notes if n.subject_code == "BAR"]
    if fmt is not DocumentFormat.FACTURX:
        assert b"BAR" not in document


def test_a_bar_note_saying_b2g_is_a_note_the_french_rules_refuse() -> None:
    document = render(compute_totals(a_b2g_invoice()), DocumentFormat.CII).content
    note = b"<ram:IncludedNote><ram:Content>B2G</ram:Content><ram:SubjectCode>BAR</ram:SubjectCode></ram:IncludedNote>"
    marker = b"<ram:IncludedNote>"
    tampered = document.replace(marker, note + marker, 1)

    parsed = parse(tampered).invoice
    report = check_document(tampered).report

    assert [n.text for n in parsed.notes if n.subject_code == "BAR"] == ["B2G"]
    assert any(f.rule_id.startswith("BR-FR-20") for f in report.fatal)
