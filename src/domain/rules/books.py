"""What a credit note or corrective invoice will do to the books, said when it is submitted (WARNING findings: the
document is valid, the finance team learns at once what GetInvoice's settlement will show; domain.credit_notes decides,
with the same rule ids and words).

- PAY-CREDIT-SEVERAL: a credit note naming several invoices in BG-3 will credit none of them (unallocated);
- PAY-CREDIT-UNNAMED: a credit note naming no invoice in BG-3 (a consolidated one, 262) will credit none;
- PAY-CORRECTIVE-REPLACES: a corrective invoice replaces the invoice it names (`replacing`).
"""

from __future__ import annotations

from domain.credit_notes import CORRECTIVE_REPLACES, replacing, several_invoices, unnamed
from domain.document_types import DocumentType
from domain.rules._context import Check, Context


def check_credit_allocation(ctx: Context) -> None:
    invoice = ctx.invoice
    if not isinstance(invoice.type_code, DocumentType):  # a code outside UNTDID 1001: BR-CL-01 names it
        return
    kind = invoice.type_code.kind
    if kind.credit_note:
        # naming none: only a consolidated one (262) is told; BR-FR-CO-05 refuses the others
        consolidated = invoice.type_code is DocumentType.CONSOLIDATED_CREDIT_NOTE
        credit = several_invoices(invoice) or (unnamed(invoice) if consolidated else None)
    elif kind.corrective and len(invoice.preceding_invoices) == 1:  # else BR-FR-CO-04 refuses it
        ctx.warn(CORRECTIVE_REPLACES, "BG-3", replacing(invoice.preceding_invoices[0].number))
        return
    else:
        return
    if credit is not None and credit.unapplied:
        rule_id, _, why = credit.unapplied.partition(": ")
        ctx.warn(rule_id, "BG-3", why)


CHECKS: tuple[Check, ...] = (check_credit_allocation,)
