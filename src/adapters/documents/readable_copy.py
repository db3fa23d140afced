"""The readable copy (BG-24, BT-123 = LISIBLE) the gateway attaches to a CII or UBL when the invoice asks for it.

XP Z12-012 lets a structured invoice carry one readable PDF of itself (BR-FR-17 lists LISIBLE, BR-FR-18 allows one).
No published rule requires it, for any profile or processing rule, so the gateway adds it only when asked
(`Invoice.readable_copy`). The copy is the gateway's page (`pdf_page`, drawn with ReportLab's invariant mode: the
same invoice always gives the same bytes) of the invoice as it is rendered, before the copy is attached.
"""

from __future__ import annotations

import re

from adapters.documents.pdf_page import render_invoice_page
from domain.invoice import Attachment, Invoice
from domain.rules.attachments import READABLE_COPY

_UNSAFE = re.compile(r"[^A-Za-z0-9+_.-]")


def with_readable_copy(invoice: Invoice) -> Invoice:
    """The invoice with its readable page attached as LISIBLE when it asks for it; as it is otherwise."""
    if not invoice.readable_copy:
        return invoice
    stem = _UNSAFE.sub("_", invoice.number) or "invoice"
    copy = Attachment(
        reference=f"{invoice.number}-{READABLE_COPY}"[:100],
        description=READABLE_COPY,
        content=render_invoice_page(invoice),
        mime_code="application/pdf",
        filename=f"{stem}_lisible.pdf",
    )
    return invoice.evolve(attachments=(*invoice.attachments, copy), readable_copy=False)
