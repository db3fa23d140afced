"""Every official validation layer for a document, chosen from the document itself (its syntax and BT-24).

`check_document` is a pure function of the bytes (the compiled artifacts are per-process caches), so it runs in
a process-pool worker as it is; its result pickles.
"""

from __future__ import annotations

from dataclasses import replace

from adapters.documents.api import detect_format, parse, render
from adapters.documents.facturx_reader import extract_xml
from adapters.documents.profile_room import warnings_of
from adapters.documents.validation import UnrecognisedDocument, default_validator, detect_document
from domain.document_formats import (
    CheckedDocument,
    DocumentError,
    DocumentFormat,
    NotAnInvoice,
    ParsedDocument,
    profile_from_urn,
    unreadable,
)
from domain.document_ports import DocumentTools
from domain.findings import ValidationReport
from domain.validation_scope import RuleSelection


def check_document(
    content: bytes,
    *,
    french: bool | None = None,
    rules: RuleSelection | str = RuleSelection.AUTO,
    read: bool = True,
) -> CheckedDocument:
    """The official report on `content` (for Factur-X: on the CII XML inside the PDF/A-3), over the rule sets that
    apply to it (`domain.validation_scope`): `french` says the French reform applies (True: a French company sends
    it) or not (False: a foreign supplier's), None lets the document say; `rules` asks for one rule set.

    DocumentError when the bytes are not a CII, UBL or Factur-X invoice at all; a document that is one but
    breaks a rule, that a layer could not check or that the gateway cannot read (`read`), comes back as a report
    that is not valid.
    """
    fmt = detect_format(content)
    embedded = extract_xml(content) if fmt is DocumentFormat.FACTURX else None
    xml = content if embedded is None else embedded.xml
    try:
        kind = detect_document(xml)
    except UnrecognisedDocument as exc:
        raise DocumentError(str(exc)) from exc
    if kind.syntax == "CDAR":
        raise NotAnInvoice
    report = default_validator().assess(
        xml, facturx=fmt is DocumentFormat.FACTURX, rules=rules, french=french
    )
    if embedded is not None:  # what is wrong with the PDF itself, said, not repaired silently
        report = replace(report, findings=(*report.findings, *embedded.findings()))
    if read:
        report = _with_reading(report, content)
    return CheckedDocument(fmt, profile_from_urn(kind.specification_id), kind.specification_id, report)


def _with_reading(report: ValidationReport, content: bytes) -> ValidationReport:
    """The official layers judge the syntax and the rules; what the gateway cannot read is not valid either, as
    on reception (PDP-UNREADABLE) and for SubmitInvoice (refused)."""
    try:
        parse(content)
    except DocumentError as exc:
        return replace(report, findings=(*report.findings, unreadable(exc)))
    return report


def read_and_check(content: bytes) -> tuple[ParsedDocument, CheckedDocument]:
    """A ready document a French company submits to send: the official report on its bytes (EN 16931 and the French
    reform) and the invoice read from it (one trip to a worker). DocumentError when it is not an invoice document."""
    return parse(content), check_document(content, french=True, read=False)  # read just above


# What the document use cases run in a document worker (domain.document_ports.DocumentTools): module-level functions,
# so they pickle to a spawned worker.
DOCUMENT_TOOLS = DocumentTools(
    render=render, parse=parse, check=check_document, read_and_check=read_and_check, left_out=warnings_of
)
