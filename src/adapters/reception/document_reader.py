"""Read and officially validate a received document: Factur-X PDF, CII or UBL, from its bytes alone.

Thin bridge until the documents branch exposes one `parse(bytes)`: detection by magic bytes and root element,
the CII/UBL readers of `adapters.documents`, the XML of a Factur-X PDF read within limits, and the
same OfficialValidator as emission. CPU-bound and blocking: the wiring hands `read_received` to the reception's
DocumentReader (service.workers.reception.documents), which runs it in a document worker process, under the
workers' memory and time limits. Never raises for a bad document: what could not be read is a fatal finding (fail
closed); only a failed allocation goes up, for the worker pool to name its memory limit.
"""

from __future__ import annotations

from dataclasses import replace

from adapters.documents.cii_reader import parse_cii
from adapters.documents.facturx_reader import extract_xml
from adapters.documents.ubl_reader import parse_ubl
from adapters.documents.validation.detect import detect_document
from adapters.documents.validation.validator import OfficialValidator, default_validator
from domain.document_formats import (
    PDF_MEDIA_TYPE,
    UNREADABLE_RULE,
    DocumentError,
    DocumentFormat,
    ParsedDocument,
    out_of_memory,
)
from domain.findings import Finding, Severity, ValidationReport
from domain.reception_ports import ReadDocument, received_media_type


def _with(report: ValidationReport, extra: tuple[Finding, ...]) -> ValidationReport:
    return replace(report, findings=report.findings + extra)


def _facturx_xml(content: bytes) -> bytes:
    """Within the reading limits (adapters.documents.pdf_reading)."""
    return extract_xml(content)[0]


def _rule_of(exc: Exception) -> str:
    """A limit or a PDF defect keeps its own rule id (PDP-DOC-SIZE, PDP-PDF-DAMAGED…); the rest is unreadable."""
    rule = getattr(exc, "rule_id", UNREADABLE_RULE)
    return UNREADABLE_RULE if rule == DocumentError.rule_id else str(rule)


def read_received(content: bytes) -> ReadDocument:
    """`read_document` with this process's validator: what a document worker runs (a module-level function)."""
    return read_document(content, default_validator())


def read_document(content: bytes, validator: OfficialValidator) -> ReadDocument:
    media_type = received_media_type(content)
    is_pdf = media_type == PDF_MEDIA_TYPE
    try:
        xml = _facturx_xml(content) if is_pdf else content
        kind = detect_document(xml)
    except Exception as exc:  # noqa: BLE001 - any failure to find an invoice in the bytes is a finding
        if out_of_memory(exc):
            raise  # the worker's memory limit: its pool replaces it and names the limit
        return ReadDocument.unreadable(content, _rule_of(exc), f"not a readable invoice: {exc}")
    if kind.syntax == "CDAR":
        return ReadDocument.unreadable(
            content, "PDP-NOT-AN-INVOICE", "a CDAR message, not an invoice", profile="CDAR"
        )
    syntax = "Factur-X" if is_pdf else kind.syntax
    parsed: ParsedDocument | None = None
    extra: tuple[Finding, ...] = ()
    try:
        parsed = parse_cii(xml) if kind.syntax == "CII" else parse_ubl(xml)
    except Exception as exc:  # noqa: BLE001 - the official layers below still say what is wrong
        if out_of_memory(exc):
            raise
        extra = (
            Finding(
                UNREADABLE_RULE, Severity.FATAL, f"the invoice could not be read: {exc}", layer="reception"
            ),
        )
    # A supplier outside France is judged on EN 16931 only; a French one (or one we could not read) on both.
    foreign = parsed is not None and parsed.invoice.seller.address.country not in ("", "FR")
    report = validator.assess(xml, facturx=is_pdf, french=False if foreign else None)
    if parsed is not None and parsed.format is not DocumentFormat.FACTURX and is_pdf:
        parsed = ParsedDocument(
            parsed.invoice, DocumentFormat.FACTURX, parsed.profile, parsed.specification, parsed.unmapped
        )
    return ReadDocument(syntax, kind.profile, media_type, _with(report, extra), parsed, xml)
