"""The platform document, checked in a pool worker: a client's own document gets every official layer on its bytes,
kept as they are, in their own syntax; a rendered one carries the readable copy asked for."""

from __future__ import annotations

import hashlib

import pytest

from adapters.documents.api import parse, render
from adapters.documents.platform_document import check_submitted, render_and_validate
from domain.document_file import DocumentFile
from domain.document_formats import MEDIA_TYPES, DocumentFormat, Profile
from domain.platform import DocumentProfile, DocumentSyntax
from tests.support.pipeline import REACHABLE_BUYER, invoice_for

SYNTAX = {
    DocumentFormat.CII: DocumentSyntax.CII,
    DocumentFormat.UBL: DocumentSyntax.UBL,
    DocumentFormat.FACTURX: DocumentSyntax.FACTUR_X,
}


@pytest.mark.parametrize("fmt", list(SYNTAX))
def test_a_submitted_document_is_checked_and_kept_byte_for_byte(fmt: DocumentFormat) -> None:
    content = render(invoice_for(REACHABLE_BUYER)[1], fmt, Profile.EN16931).content
    processed = check_submitted(DocumentFile.of(content, MEDIA_TYPES[fmt], "client-name"), True)
    assert (processed.syntax, processed.profile) == (SYNTAX[fmt], DocumentProfile.CIUS)
    assert processed.content == content and processed.sha256 == hashlib.sha256(content).hexdigest()
    assert (processed.media_type, processed.filename) == (MEDIA_TYPES[fmt], "client-name")
    assert processed.report.valid and processed.report.complete


def test_a_submitted_document_breaking_an_official_rule_is_reported_invalid() -> None:
    content = render(
        invoice_for(REACHABLE_BUYER, business_process="S9")[1], DocumentFormat.UBL, Profile.EN16931
    ).content
    processed = check_submitted(DocumentFile.of(content, MEDIA_TYPES[DocumentFormat.UBL], "x.xml"), True)
    assert not processed.report.valid
    assert any(f.rule_id.startswith("BR-FR") for f in processed.report.findings)


@pytest.mark.parametrize("document_format", ["cii", "ubl"])
def test_the_pipeline_renders_the_readable_copy_asked_for_and_every_layer_passes(
    document_format: str,
) -> None:
    invoice = invoice_for(REACHABLE_BUYER)[1].evolve(readable_copy=True)

    processed = render_and_validate(invoice, document_format)

    assert processed.report.valid and processed.report.complete, processed.report.fatal
    [copy] = parse(processed.content).invoice.attachments
    assert copy.description == "LISIBLE" and copy.content.startswith(b"%PDF-")
