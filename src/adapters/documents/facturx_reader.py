"""Read a Factur-X PDF: extract the embedded CII XML with pikepdf, within limits (pdf_reading.py), then read it
like any CII invoice.

Besides the business terms, the reader reports what the PDF itself says that could disagree with the XML: an
XMP `fx:ConformanceLevel` that does not match BT-24 (fnfempe/France_RFE#66) is a WARNING finding.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pikepdf

from adapters.documents.cii_reader import read_cii_tree
from adapters.documents.limits import DEFAULT_LIMITS, ReadingLimits
from adapters.documents.pdf_reading import decode_stream, name_tree, open_pdf
from adapters.documents.xml_reader import parse_xml
from domain.document_formats import DocumentError, DocumentFormat, ParsedDocument
from domain.findings import Finding, Severity

# Factur-X names its attachment factur-x.xml; ZUGFeRD 2.x and XRechnung hybrids use these other names.
XML_ATTACHMENT_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "ZUGFeRD-invoice.xml")
_CONFORMANCE = re.compile(rb"<fx:ConformanceLevel>\s*([^<]*?)\s*</fx:ConformanceLevel>")
XMP_RULE = "PDP-FACTURX-XMP"
UNSORTED_NAMES_RULE = "PDP-PDF-UNSORTED-NAMES"
_EMBEDDED_FILES = "/Root/Names/EmbeddedFiles"


class EmbeddedXml(NamedTuple):
    xml: bytes
    name: str  # the attachment's
    level: str  # the XMP's fx:ConformanceLevel, "" when missing
    names_in_order: bool  # the EmbeddedFiles name tree's keys ascend (pdf_reading.name_tree)

    def findings(self) -> tuple[Finding, ...]:
        """What is wrong with the PDF but did not prevent reading it, as warnings: never a silent repair."""
        if self.names_in_order:
            return ()
        message = (
            "the PDF's EmbeddedFiles name tree is not sorted (PDF 32000-1 §7.9.6 requires its keys in order; "
            "a reader that looks names up by bisection can miss the invoice): read by walking the whole tree"
        )
        return (
            Finding(
                UNSORTED_NAMES_RULE, Severity.WARNING, message, location=_EMBEDDED_FILES, layer="facturx"
            ),
        )


def extract_xml(content: bytes, limits: ReadingLimits = DEFAULT_LIMITS) -> EmbeddedXml:
    """The XML of a Factur-X PDF, read within `limits` (pdf_reading: a damaged, encrypted or oversized PDF is
    refused with its rule id)."""
    with open_pdf(content, limits) as pdf:
        names = pdf.Root.get("/Names")
        files = name_tree(names.get("/EmbeddedFiles") if isinstance(names, pikepdf.Dictionary) else None)
        name = next((n for n in XML_ATTACHMENT_NAMES if n in files.entries), "")
        if not name:
            found = ", ".join(files.entries) or "none"
            raise DocumentError(f"no factur-x.xml attachment in this PDF (attachments: {found})")
        xml = decode_stream(_embedded_stream(files.entries[name]), limits, f"the attachment {name}")
        level = ""
        metadata = pdf.Root.get("/Metadata")
        if isinstance(metadata, pikepdf.Stream):
            match = _CONFORMANCE.search(decode_stream(metadata, limits, "the XMP metadata"))
            level = match.group(1).decode("utf-8", "replace") if match else ""
        return EmbeddedXml(xml, name, level, files.in_order)


def _embedded_stream(spec: object) -> object:
    """The embedded file stream of a file specification (PDF 32000-1 §7.11.4: /EF's /UF, else /F), or what
    stands there for decode_stream to refuse."""
    files = spec.get("/EF") if isinstance(spec, pikepdf.Dictionary) else None
    if not isinstance(files, pikepdf.Dictionary):
        return None
    return files.get("/UF", files.get("/F"))


def parse_facturx(content: bytes) -> ParsedDocument:
    embedded = extract_xml(content)
    level = embedded.level
    parsed = read_cii_tree(parse_xml(embedded.xml), DocumentFormat.FACTURX)
    extra = list(embedded.findings())
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
    if embedded.name != "factur-x.xml":
        extra.append(
            Finding(
                XMP_RULE,
                Severity.INFO,
                f"the XML attachment is named {embedded.name!r}, not 'factur-x.xml'",
                location=_EMBEDDED_FILES,
                layer="facturx",
            )
        )
    if not extra:
        return parsed
    return ParsedDocument(
        parsed.invoice, parsed.format, parsed.profile, parsed.specification, parsed.unmapped + tuple(extra)
    )
