"""Read and officially validate a received document (Factur-X PDF, CII or UBL) from its bytes alone, through the
documents' one path: `adapters.documents.api.parse` and `checking.check_document`, as ParseDocument and
ValidateDocument do.

What reception adds is only its contract with the pipeline: it never raises for a bad document. A document the
gateway cannot read is still judged by the official layers, with a fatal PDP-UNREADABLE finding (fail closed); bytes
that are no invoice at all (not XML, a damaged or oversized PDF, a CDAR message) are one fatal finding naming their
rule. Only a failed allocation goes up, for the worker pool to name its memory limit. CPU-bound and blocking: the
wiring hands `read_received` to the reception's DocumentReader (service.workers.reception.documents), which runs it
in a document worker process, under the workers' memory and time limits.
"""

from __future__ import annotations

from dataclasses import replace

from adapters.documents.api import parse
from adapters.documents.checking import check_document
from adapters.documents.validation.detect import profile_name
from domain.document_formats import (
    UNREADABLE_RULE,
    DocumentError,
    DocumentFormat,
    NotAnInvoice,
    ParsedDocument,
    out_of_memory,
    unreadable,
)
from domain.reception_ports import ReadDocument, received_media_type

# XP Z12-013 flowSyntax of each format
_SYNTAX = {DocumentFormat.CII: "CII", DocumentFormat.UBL: "UBL", DocumentFormat.FACTURX: "Factur-X"}


def _rule_of(exc: Exception) -> str:
    """A limit or a PDF defect keeps its own rule id (PDP-DOC-SIZE, PDP-PDF-DAMAGED…); the rest is unreadable."""
    rule = getattr(exc, "rule_id", UNREADABLE_RULE)
    return UNREADABLE_RULE if rule == DocumentError.rule_id else str(rule)


def _read(content: bytes) -> tuple[ParsedDocument | None, str]:
    """The invoice, or why it could not be read ("" when it was)."""
    try:
        return parse(content), ""
    except Exception as exc:  # noqa: BLE001 - the official layers still say what is wrong with it
        if out_of_memory(exc):
            raise
        return None, str(exc)


def read_received(content: bytes) -> ReadDocument:
    """What a document worker runs (a module-level function, so it pickles)."""
    try:
        parsed, unread = _read(content)
        # A supplier outside France is judged on EN 16931 only; a French one (or one we could not read) on both.
        foreign = parsed is not None and parsed.invoice.seller.address.country not in ("", "FR")
        checked = check_document(content, french=False if foreign else None, read=False)
    except Exception as exc:  # noqa: BLE001 - any failure to find an invoice in the bytes is a finding
        if out_of_memory(exc):
            raise  # the worker's memory limit: its pool replaces it and names the limit
        if isinstance(exc, NotAnInvoice):
            return ReadDocument.unreadable(content, exc.rule_id, str(exc), profile=exc.profile)
        return ReadDocument.unreadable(content, _rule_of(exc), f"not a readable invoice: {exc}")
    report = checked.report
    if unread:
        report = replace(report, findings=(*report.findings, unreadable(unread)))
    syntax = _SYNTAX[checked.format]
    profile = profile_name(checked.specification)
    return ReadDocument(syntax, profile, received_media_type(content), report, parsed)
