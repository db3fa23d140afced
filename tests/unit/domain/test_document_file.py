from __future__ import annotations

import hashlib

from domain.document_file import DocumentFile
from domain.document_formats import DocumentFormat, Profile
from domain.document_ports import InvoiceDocument
from domain.findings import ValidationReport
from domain.pipeline_ports import ProcessedDocument
from domain.platform import DocumentProfile, DocumentSyntax


def test_a_file_made_of_bytes_carries_their_sha256() -> None:
    file = DocumentFile.of(b"%PDF-1.7", "application/pdf", "F-1.pdf")

    assert (file.media_type, file.filename, file.content) == ("application/pdf", "F-1.pdf", b"%PDF-1.7")
    assert file.sha256 == hashlib.sha256(b"%PDF-1.7").hexdigest()


def test_a_record_built_from_another_takes_only_its_file() -> None:
    # The submitted original (an InvoiceDocument) becomes the document to send: its bytes, name and hash go on,
    # its format and BT-24 do not leak into the platform's record.
    original = InvoiceDocument(
        **DocumentFile.of(b"<Invoice/>", "application/xml", "F-1.xml").file_fields(),
        format=DocumentFormat.UBL,
        profile=Profile.EN16931,
        specification="urn:cen.eu:en16931:2017",
    )

    sent = ProcessedDocument(
        **original.file_fields(),
        syntax=DocumentSyntax.UBL,
        profile=DocumentProfile.CIUS,
        report=ValidationReport(),
    )

    assert original.file_fields() == {
        "media_type": "application/xml",
        "filename": "F-1.xml",
        "sha256": hashlib.sha256(b"<Invoice/>").hexdigest(),
        "content": b"<Invoice/>",
    }
    assert (sent.sha256, sent.content, sent.profile) == (
        original.sha256,
        original.content,
        DocumentProfile.CIUS,
    )


def test_the_content_stays_out_of_the_repr() -> None:
    assert "secret-bytes" not in repr(DocumentFile.of(b"secret-bytes", "application/xml", "F-1.xml"))
