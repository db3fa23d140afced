"""Facade of the document adapters: render an invoice in a format and profile, parse any supported document.

Pure functions of their arguments (no I/O, no shared mutable state besides per-process caches), so they run in
a ProcessPoolExecutor worker as they are; their results are picklable dataclasses.
"""

from __future__ import annotations

from lxml import etree

from adapters.documents.carrying import refuse_uncarried
from adapters.documents.cii_paths import CDAR_NS, RSM_NS
from adapters.documents.cii_reader import read_cii_tree
from adapters.documents.cii_writer import render_cii
from adapters.documents.facturx_reader import parse_facturx
from adapters.documents.facturx_writer import render_facturx
from adapters.documents.readable_copy import with_readable_copy
from adapters.documents.ubl_paths import CREDIT_NOTE_NS, INVOICE_NS
from adapters.documents.ubl_reader import read_ubl_tree
from adapters.documents.ubl_writer import render_ubl
from adapters.documents.xml_reader import parse_xml
from domain.document_file import DocumentFile
from domain.document_formats import (
    MEDIA_TYPES,
    DocumentError,
    DocumentFormat,
    IncompleteInvoice,
    NotAnInvoice,
    ParsedDocument,
    Profile,
    check_profile,
    document_filename,
)
from domain.invoice import Invoice
from domain.money import arithmetic
from domain.totals import compute_totals

_UBL_ROOTS = {f"{{{INVOICE_NS}}}Invoice", f"{{{CREDIT_NOTE_NS}}}CreditNote"}
_CII_ROOT = f"{{{RSM_NS}}}CrossIndustryInvoice"
_CDAR_ROOT = f"{{{CDAR_NS}}}CrossDomainAcknowledgementAndResponse"


def render(
    invoice: Invoice, fmt: DocumentFormat | str, profile: Profile | str = Profile.EN16931
) -> DocumentFile:
    """The document for `invoice` (totals computed here if they are not yet) in `fmt` announcing `profile`; a CII or
    UBL of an invoice asking for its readable copy carries it (LISIBLE), a Factur-X being its own.
    IncompleteInvoice when the totals are given but a line lacks its net amount; NotCarried when the invoice holds a
    term `fmt` cannot carry (carrying.py)."""
    fmt = DocumentFormat(fmt)
    profile = Profile(profile)
    check_profile(fmt, profile)
    if invoice.totals is None or invoice.vat_breakdown is None:
        invoice = compute_totals(invoice)
    refuse_uncarried(invoice, fmt)
    without_net = next((line.id for line in invoice.lines if line.net_amount is None), None)
    if without_net is not None:  # the totals were given: computing BT-131 alone could contradict them
        raise IncompleteInvoice(
            f"BG-25[{without_net}]/BT-131: each invoice line shall have its net amount; give it on every line,"
            " or give no totals (BG-22, BG-23) and the gateway computes them all"
        )
    name = document_filename(invoice.number, fmt)
    with arithmetic():  # the writers quantize computed amounts, possibly beyond the default 28 digits
        if fmt is DocumentFormat.CII:
            return DocumentFile.of(render_cii(with_readable_copy(invoice), profile), MEDIA_TYPES[fmt], name)
        if fmt is DocumentFormat.UBL:
            return DocumentFile.of(render_ubl(with_readable_copy(invoice), profile), MEDIA_TYPES[fmt], name)
        return DocumentFile.of(render_facturx(invoice, profile), MEDIA_TYPES[fmt], name)


def detect_format(content: bytes) -> DocumentFormat:
    """CII, UBL or FACTURX (any PDF) from the bytes themselves; DocumentError for anything else."""
    if content.lstrip()[:5] == b"%PDF-":
        return DocumentFormat.FACTURX
    return _xml_format(parse_xml(content))


def _xml_format(root: etree._Element) -> DocumentFormat:
    if root.tag == _CII_ROOT:
        return DocumentFormat.CII
    if root.tag in _UBL_ROOTS:
        return DocumentFormat.UBL
    if root.tag == _CDAR_ROOT:
        raise NotAnInvoice
    raise DocumentError(f"unsupported document: root element {root.tag} is neither a CII nor a UBL invoice")


def parse(content: bytes) -> ParsedDocument:
    """Read a CII, UBL or Factur-X document into the model, listing what the model could not carry."""
    if content.lstrip()[:5] == b"%PDF-":
        return parse_facturx(content)
    root = parse_xml(content)
    if _xml_format(root) is DocumentFormat.CII:
        return read_cii_tree(root)
    return read_ubl_tree(root)
