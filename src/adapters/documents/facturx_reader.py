"""Read a Factur-X PDF: extract the embedded CII XML with pikepdf, within limits (pdf_reading.py), then read it
like any CII invoice.

Besides the business terms, the reader reports what the PDF itself says that could disagree with the XML: an
XMP `fx:ConformanceLevel` that does not match BT-24 (fnfempe/France_RFE#66) is a WARNING finding.
"""

from __future__ import annotations

import re

import pikepdf

from adapters.documents.cii_reader import read_cii_tree
from adapters.documents.limits import DEFAULT_LIMITS, ReadingLimits
from adapters.documents.pdf_reading import decode_stream, open_pdf
from adapters.documents.xml_reader import parse_xml
from domain.document_formats import DocumentError, DocumentFormat, ParsedDocument
from domain.findings import Finding, Severity

# Factur-X names its attachment factur-x.xml; ZUGFeRD 2.x and XRechnung hybrids use these other names.
XML_ATTACHMENT_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "ZUGFeRD-invoice.xml")
_CONFORMANCE = re.compile(rb"<fx:ConformanceLevel>\s*([^<]*?)\s*</fx:ConformanceLevel>")
XMP_RULE = "PDP-FACTURX-XMP"


def extract_xml(content: bytes, limits: ReadingLimits = DEFAULT_LIMITS) -> tuple[bytes, str, str]:
    """(XML bytes, attachment name, XMP conformance level) of a Factur-X PDF, read within `limits`
    (pdf_reading: a damaged, encrypted or oversized PDF is refused with its rule id)."""
    with open_pdf(content, limits) as pdf:
        attachments = pdf.attachments
        name = next((n for n in XML_ATTACHMENT_NAMES if n in attachments), "")
        if not name:
            found = ", ".join(attachments.keys()) or "none"
            raise DocumentError(f"no factur-x.xml attachment in this PDF (attachments: {found})")
        xml = decode_stream(attachments[name].get_file().obj, limits, f"the attachment {name}")
        level = ""
        metadata = pdf.Root.get("/Metadata")
        if isinstance(metadata, pikepdf.Stream):
            match = _CONFORMANCE.search(decode_stream(metadata, limits, "the XMP metadata"))
            level = match.group(1).decode("utf-8", "replace") if match else ""
        return xml, name, level


def parse_facturx(content: bytes) -> ParsedDocument:
    xml, name, level = extract_xml(content)
    parsed = read_cii_tree(parse_xml(xml), DocumentFormat.FACTURX)
    extra: list[Finding] = []
    expected = parsed.profile.facturx_level if parsed.profile is not None else ""
    if level != expected or not level:
        extra.append(
            Finding(
                rule_id=XMP_RULE,
                severity=Severity.WARNING,
                message=f"XMP fx:ConformanceLevel {level or '(missing)'!r} does not match BT-24 "
                f"{parsed.specification!r} (expected {expected or 'a Factur-X profile'!r})",
                path="BT-24",
                location="/Root/Metadata",
                layer="facturx",
            )
        )
    if name != "factur-x.xml":
        extra.append(
            Finding(
                XMP_RULE,
                Severity.INFO,
                f"the XML attachment is named {name!r}, not 'factur-x.xml'",
                location="/Root/Names/EmbeddedFiles",
                layer="facturx",
            )
        )
    if not extra:
        return parsed
    return ParsedDocument(
        parsed.invoice, parsed.format, parsed.profile, parsed.specification, parsed.unmapped + tuple(extra)
    )
