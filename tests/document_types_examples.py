"""One legal invoice per BT-3 code of the French list: what each family needs to be valid (BR-FR-CO-03/04/05)."""

from __future__ import annotations

from datetime import date

from domain.document_types import DocumentType
from domain.invoice import Invoice, Period, PrecedingInvoice
from domain.totals import compute_totals
from tests.builders import an_invoice

PRECEDING = (PrecedingInvoice("F2026-0001", date(2026, 10, 1)),)


def invoice_of_type(type_code: DocumentType) -> Invoice:
    """A domestic B2B invoice of `type_code` with what its family requires, totals computed."""
    kind = type_code.kind
    extra: dict[str, object] = {}
    if type_code is DocumentType.CONSOLIDATED_CREDIT_NOTE:  # BR-FR-CO-03: a contract and the period it covers
        extra = {
            "contract_reference": "CTR-2026-07",
            "period": Period(date(2026, 1, 1), date(2026, 10, 31)),
        }
    elif kind.credit_note or kind.corrective:  # BR-FR-CO-04/05: the invoice it corrects
        extra = {"preceding_invoices": PRECEDING}
    return compute_totals(an_invoice(2, type_code=type_code, **extra))
