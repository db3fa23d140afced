"""Every official validation layer for a document, chosen from the document itself (its syntax and BT-24).

`check_document` is a pure function of the bytes (the compiled artifacts are per-process caches), so it runs in
a process-pool worker as it is; its result pickles.
"""

from __future__ import annotations

from dataclasses import dataclass

from adapters.documents.api import detect_format, parse
from adapters.documents.facturx_reader import extract_xml
from adapters.documents.validation import UnrecognisedDocument, default_validator, detect_document
from domain.document_formats import DocumentError, DocumentFormat, ParsedDocument, Profile
from domain.findings import ValidationReport


@dataclass(frozen=True, slots=True)
class CheckedDocument:
    format: DocumentFormat
    profile: Profile | None  # what BT-24 announces; None for a profile the gateway does not produce
    specification: str  # BT-24 as written
    report: ValidationReport


def check_document(content: bytes, *, french_seller: bool = True) -> CheckedDocument:
    """The official report on `content` (for Factur-X: on the CII XML inside the PDF/A-3).

    DocumentError when the bytes are not a CII, UBL or Factur-X invoice at all; a document that is one but
    breaks a rule, or that a layer could not check, comes back as a report that is not valid.
    """
    fmt = detect_format(content)
    xml = extract_xml(content)[0] if fmt is DocumentFormat.FACTURX else content
    try:
        kind = detect_document(xml)
    except UnrecognisedDocument as exc:
        raise DocumentError(str(exc)) from exc
    validator = default_validator()
    if fmt is DocumentFormat.FACTURX:
        report = validator.validate_facturx_xml(xml, french_seller=french_seller)
    else:
        report = validator.validate(
            xml, syntax=kind.syntax, profile=kind.profile, french_seller=french_seller
        )
    profile = next((p for p in Profile if p.value == kind.profile), None)
    return CheckedDocument(fmt, profile, kind.specification_id, report)


def read_and_check(content: bytes) -> tuple[ParsedDocument, CheckedDocument]:
    """A ready document as the gateway accepts it: the official report on its bytes and the invoice read from it
    (one trip to a worker). DocumentError when it is not an invoice document."""
    return parse(content), check_document(content)
