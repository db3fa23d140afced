"""The document the pipeline sends to the platform, made and checked: the CPU-bound work of the render/validate
step, which the wiring hands to service.workers.pipeline.processing.PoolDocumentProcessor to run in a pool worker
(render the invoice, then run every official layer on its bytes; or check a client's own document). Module-level
functions only, so that the pool can pickle them.
"""

from __future__ import annotations

from adapters.documents.api import render
from adapters.documents.checking import check_document
from adapters.documents.facturx_reader import extract_xml
from adapters.documents.validation import default_validator
from domain.bounds import printable, shorten
from domain.document_file import DocumentFile
from domain.document_formats import DocumentFormat, Profile
from domain.invoice import Invoice
from domain.pipeline_ports import ContentNotRenderable, ProcessedDocument
from domain.platform import DOCUMENT_FORMATS

_FORMATS = {"cii": DocumentFormat.CII, "ubl": DocumentFormat.UBL, "facturx": DocumentFormat.FACTURX}
_FORMAT_NAMES = {fmt: name for name, fmt in _FORMATS.items()}


def render_and_validate(invoice: Invoice, document_format: str) -> ProcessedDocument:
    """Render the platform document and check, with every official layer, the very XML that will be sent
    (for Factur-X: the XML extracted back from the PDF/A-3)."""
    syntax, profile = DOCUMENT_FORMATS[document_format]
    fmt = _FORMATS[document_format]
    try:
        document = render(invoice, fmt, Profile.EN16931)
    except (ValueError, ArithmeticError, UnicodeError) as exc:  # DocumentError is a ValueError
        # From the content (lxml refuses a text, a value overflows): deterministic, so not worth a retry.
        raise ContentNotRenderable(f"{type(exc).__name__}: {shorten(printable(str(exc)), 300)}") from None
    xml = extract_xml(document.content)[0] if fmt is DocumentFormat.FACTURX else document.content
    report = default_validator().assess(
        xml, facturx=fmt is DocumentFormat.FACTURX, french=True if invoice.seller.siren else None
    )
    return ProcessedDocument(**document.file_fields(), syntax=syntax, profile=profile, report=report)


def check_submitted(original: DocumentFile, french_seller: bool) -> ProcessedDocument:
    """Every official layer on the client's own document, kept byte for byte as the document to send, in its own
    syntax (CII, UBL or Factur-X; EN 16931 is the CIUS profile)."""
    checked = check_document(original.content, french=True if french_seller else None)
    syntax, profile = DOCUMENT_FORMATS[_FORMAT_NAMES[checked.format]]
    return ProcessedDocument(**original.file_fields(), syntax=syntax, profile=profile, report=checked.report)


def warm_up() -> None:
    """Pool initializer: compile the artifacts once per worker instead of on its first invoice."""
    default_validator().warm_up()
