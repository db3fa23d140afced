"""The invoice a lifecycle status is about, read from the invoice document itself (CII, UBL or Factur-X): its
number, date, type and the two parties' SIRENs, which a CDAR message must reference. Blocking: run in a thread."""

from __future__ import annotations

from adapters.documents.api import parse
from adapters.pdp.afnor.cdar import CdarSubject
from domain.document_formats import DocumentError
from domain.invoice import Identifier


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
        seller_address=_address(invoice.seller.electronic_address),
        buyer_address=_address(invoice.buyer.electronic_address),
    )


def _address(identifier: Identifier | None) -> tuple[str, str] | None:
    """BT-34 / BT-49 as the CDAR writes it; one without a scheme (BR-62, BR-63) is no address to write."""
    if identifier is None or not identifier.value or not identifier.scheme:
        return None
    return (identifier.scheme, identifier.value)
