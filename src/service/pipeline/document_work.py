"""The CPU-bound work of `render_validate`, run in a pool worker: render the platform document, then run every
official layer on its bytes. Module-level functions only, so that the pool can pickle them.
"""

from __future__ import annotations

import re

from adapters.documents.cii_writer import render_cii
from adapters.documents.formats import Profile, RenderedDocument
from adapters.documents.validation import default_validator
from domain.invoice import Invoice
from service.pipeline.config import DOCUMENT_FORMATS
from service.pipeline.ports import ProcessedDocument

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _filename(invoice: Invoice, extension: str) -> str:
    return f"{_UNSAFE.sub('_', invoice.number)[:100] or 'invoice'}.{extension}"


def _render(invoice: Invoice, document_format: str) -> tuple[RenderedDocument, bytes]:
    """(the document, the XML the official layers check). Factur-X embeds the same CII XML in its PDF/A-3."""
    xml = render_cii(invoice, Profile.EN16931)
    if document_format == "cii":
        return RenderedDocument.of(xml, "application/xml", _filename(invoice, "xml")), xml
    if document_format == "facturx":
        from adapters.documents import facturx  # type: ignore[attr-defined]  # documents branch, Factur-X writer

        return facturx.render_facturx(invoice, Profile.EN16931, xml=xml), xml  # pragma: no cover
    raise ValueError(f"DOCUMENT_FORMAT {document_format!r} has no renderer yet")


def render_and_validate(invoice: Invoice, document_format: str) -> ProcessedDocument:
    syntax, profile = DOCUMENT_FORMATS[document_format]
    document, xml = _render(invoice, document_format)
    french_seller = bool(invoice.seller.siren)
    report = default_validator().validate(xml, syntax="CII", profile="EN16931", french_seller=french_seller)
    return ProcessedDocument(
        syntax=syntax,
        profile=profile,
        media_type=document.media_type,
        filename=document.filename,
        sha256=document.sha256,
        content=document.content,
        report=report,
    )


def warm_up() -> None:
    """Pool initializer: compile the artifacts once per worker instead of on its first invoice."""
    default_validator().warm_up()
