from __future__ import annotations

import pytest

from domain.findings import Finding, Severity, ValidationReport
from domain.reception_ports import ReadDocument, received_media_type


@pytest.mark.parametrize(
    ("content", "media_type"),
    [
        (b"%PDF-1.7\n%...", "application/pdf"),
        (b"%PDF-", "application/pdf"),
        (b"%PDF", "application/xml"),  # a signature cut short is no PDF
        (b" %PDF-1.7", "application/xml"),  # the signature opens the file or it is not one
        (b"<?xml version='1.0'?><Invoice/>", "application/xml"),
        (b"", "application/xml"),
    ],
)
def test_a_received_document_is_a_pdf_by_its_signature_and_xml_otherwise(
    content: bytes, media_type: str
) -> None:
    assert received_media_type(content) == media_type


def test_an_unreadable_document_says_why_in_one_fatal_document_finding_and_keeps_its_media_type() -> None:
    read = ReadDocument.unreadable(b"%PDF-1.7 no XML inside", "REC-NO-XML", "no invoice XML in the PDF")
    assert read == ReadDocument(
        "",
        "",
        "application/pdf",
        ValidationReport(
            findings=(Finding("REC-NO-XML", Severity.FATAL, "no invoice XML in the PDF", layer="document"),)
        ),
    )
    cdar = ReadDocument.unreadable(b"<CDAR/>", "REC-NOT-AN-INVOICE", "a status message", profile="CDAR")
    assert (cdar.syntax, cdar.profile, cdar.media_type, cdar.parsed) == ("", "CDAR", "application/xml", None)
    assert not cdar.report.valid
