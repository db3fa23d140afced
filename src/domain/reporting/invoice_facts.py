"""From the EN 16931 invoice model to the narrow facts international B2B e-reporting needs (flux 10.1)."""

from __future__ import annotations

from domain.identifiers import is_valid_siren
from domain.invoice import Invoice, Party
from domain.reporting.b2c import TaxDueDateType
from domain.reporting.international import (
    DeclarantRole,
    InternationalInvoiceFacts,
    PartyFacts,
    VatBreakdownFacts,
)
from domain.totals import compute_totals

# BT-8 (UNTDID 2005): CII codes 5/29/72, UBL codes 3/35/432.
_DUE_DATE_TYPES = {
    "5": TaxDueDateType.INVOICE_DATE,
    "3": TaxDueDateType.INVOICE_DATE,
    "29": TaxDueDateType.DELIVERY_DATE,
    "35": TaxDueDateType.DELIVERY_DATE,
    "72": TaxDueDateType.PAYMENT_DATE,
    "432": TaxDueDateType.PAYMENT_DATE,
}


def _party(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if is_valid_siren(value) else None)
    return PartyFacts(
        name=party.name,
        country=party.address.country.upper(),
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def international_facts(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = (
        invoice
        if invoice.totals is not None and invoice.vat_breakdown is not None
        else compute_totals(invoice)
    )
    totals = complete.totals
    assert totals is not None and complete.vat_breakdown is not None  # compute_totals sets both
    return InternationalInvoiceFacts(
        invoice_id=invoice.number,
        issue_date=invoice.issue_date,
        type_code=invoice.type_code.value,
        currency=invoice.currency,
        business_process=invoice.business_process,
        declarant_role=role,
        seller=_party(invoice.seller),
        buyer=_party(invoice.buyer),
        vat_breakdown=tuple(
            VatBreakdownFacts(
                category_code=line.category.value,
                rate=line.rate,
                taxable_amount=line.taxable_amount,
                vat_amount=line.tax_amount,
                exemption_reason_code=line.exemption_reason_code or None,
            )
            for line in complete.vat_breakdown
        ),
        total_without_vat=totals.tax_exclusive,
        total_vat=totals.tax_total,
        total_with_vat=totals.tax_inclusive,
        due_date=invoice.due_date,
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )
