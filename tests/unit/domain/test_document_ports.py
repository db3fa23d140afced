"""A rendered document keeps what its rendering warned about (domain.document_ports)."""

from __future__ import annotations

from domain.document_file import DocumentFile
from domain.document_formats import DocumentFormat, Profile
from domain.document_ports import InvoiceDocument
from domain.findings import Finding, Severity


def test_a_rendered_document_keeps_its_file_format_profile_and_warnings() -> None:
    file = DocumentFile.of(b"<Invoice/>", "application/xml", "F-1.xml")
    warning = Finding("BR-FR-W", Severity.WARNING, "a warning", "BT-1")
    document = InvoiceDocument.rendered(file, DocumentFormat.UBL, Profile.EN16931, (warning,))
    assert (document.format, document.profile, document.specification, document.warnings) == (
        DocumentFormat.UBL,
        Profile.EN16931,
        Profile.EN16931.urn,
        (warning,),
    )
    assert (document.sha256, document.content) == (file.sha256, b"<Invoice/>")
