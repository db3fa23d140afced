"""The invoice a lifecycle status is about, read from the invoice document itself (CII, UBL or Factur-X): its
number, date, type and the two parties' SIRENs, which a CDAR message must reference. Blocking: run in a thread."""

from __future__ import annotations

from adapters.documents.api import parse
from adapters.pdp.afnor.cdar import CdarSubject
from domain.document_formats import DocumentError


def subject_of_document(content: bytes) -> CdarSubject:
    """Raises ValueError when the bytes hold no invoice we can read."""
    try:
        invoice = parse(content).invoice
    except DocumentError as exc:
        raise ValueError(str(exc)) from None
    return CdarSubject(
        invoice_number=invoice.number,
        issue_date=invoice.issue_date,
        seller_siren=invoice.seller.siren,
        buyer_siren=invoice.buyer.siren,
        type_code=str(getattr(invoice.type_code, "value", invoice.type_code)),
    )
