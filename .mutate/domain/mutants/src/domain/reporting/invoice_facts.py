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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__party__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__party__mutmut)
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


def x__party__mutmut_orig(party: Party) -> PartyFacts:
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


def x__party__mutmut_1(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = None
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


def x__party__mutmut_2(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration and (party.identifiers[0] if party.identifiers else None)
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


def x__party__mutmut_3(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if (party.identifiers) and False else None)
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


def x__party__mutmut_4(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if (party.identifiers) or True else None)
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


def x__party__mutmut_5(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[1] if party.identifiers else None)
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


def x__party__mutmut_6(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = ""
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


def x__party__mutmut_7(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None or ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if is_valid_siren(value) else None)
    return PartyFacts(
        name=party.name,
        country=party.address.country.upper(),
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_8(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if is_valid_siren(value) else None)
    return PartyFacts(
        name=party.name,
        country=party.address.country.upper(),
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_9(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = None
        scheme = ident.scheme or ("0002" if is_valid_siren(value) else None)
    return PartyFacts(
        name=party.name,
        country=party.address.country.upper(),
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_10(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = None
    return PartyFacts(
        name=party.name,
        country=party.address.country.upper(),
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_11(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme and ("0002" if is_valid_siren(value) else None)
    return PartyFacts(
        name=party.name,
        country=party.address.country.upper(),
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_12(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if (is_valid_siren(value)) and False else None)
    return PartyFacts(
        name=party.name,
        country=party.address.country.upper(),
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_13(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if (is_valid_siren(value)) or True else None)
    return PartyFacts(
        name=party.name,
        country=party.address.country.upper(),
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_14(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("XX0002XX" if is_valid_siren(value) else None)
    return PartyFacts(
        name=party.name,
        country=party.address.country.upper(),
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_15(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if is_valid_siren(None) else None)
    return PartyFacts(
        name=party.name,
        country=party.address.country.upper(),
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_16(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if is_valid_siren(value) else None)
    return PartyFacts(
        name=None,
        country=party.address.country.upper(),
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_17(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if is_valid_siren(value) else None)
    return PartyFacts(
        name=party.name,
        country=None,
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_18(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if is_valid_siren(value) else None)
    return PartyFacts(
        name=party.name,
        country=party.address.country.upper(),
        vat_number=None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_19(party: Party) -> PartyFacts:
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
        identifier_scheme=None,
        identifier_value=value,
    )


def x__party__mutmut_20(party: Party) -> PartyFacts:
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
        identifier_value=None,
    )


def x__party__mutmut_21(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if is_valid_siren(value) else None)
    return PartyFacts(
        country=party.address.country.upper(),
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_22(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if is_valid_siren(value) else None)
    return PartyFacts(
        name=party.name,
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_23(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if is_valid_siren(value) else None)
    return PartyFacts(
        name=party.name,
        country=party.address.country.upper(),
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_24(party: Party) -> PartyFacts:
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
        identifier_value=value,
    )


def x__party__mutmut_25(party: Party) -> PartyFacts:
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
        )


def x__party__mutmut_26(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if is_valid_siren(value) else None)
    return PartyFacts(
        name=party.name,
        country=party.address.country.lower(),
        vat_number=party.vat_id or None,
        identifier_scheme=scheme,
        identifier_value=value,
    )


def x__party__mutmut_27(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or ("0002" if is_valid_siren(value) else None)
    return PartyFacts(
        name=party.name,
        country=party.address.country.upper(),
        vat_number=party.vat_id and None,
        identifier_scheme=scheme,
        identifier_value=value,
    )

mutants_x__party__mutmut['_mutmut_orig'] = x__party__mutmut_orig # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_1'] = x__party__mutmut_1 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_2'] = x__party__mutmut_2 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_3'] = x__party__mutmut_3 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_4'] = x__party__mutmut_4 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_5'] = x__party__mutmut_5 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_6'] = x__party__mutmut_6 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_7'] = x__party__mutmut_7 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_8'] = x__party__mutmut_8 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_9'] = x__party__mutmut_9 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_10'] = x__party__mutmut_10 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_11'] = x__party__mutmut_11 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_12'] = x__party__mutmut_12 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_13'] = x__party__mutmut_13 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_14'] = x__party__mutmut_14 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_15'] = x__party__mutmut_15 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_16'] = x__party__mutmut_16 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_17'] = x__party__mutmut_17 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_18'] = x__party__mutmut_18 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_19'] = x__party__mutmut_19 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_20'] = x__party__mutmut_20 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_21'] = x__party__mutmut_21 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_22'] = x__party__mutmut_22 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_23'] = x__party__mutmut_23 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_24'] = x__party__mutmut_24 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_25'] = x__party__mutmut_25 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_26'] = x__party__mutmut_26 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_27'] = x__party__mutmut_27 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_international_facts__mutmut)
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


def x_international_facts__mutmut_orig(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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


def x_international_facts__mutmut_1(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = None
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


def x_international_facts__mutmut_2(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = (
        invoice
        if (invoice.totals is not None and invoice.vat_breakdown is not None) and False
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


def x_international_facts__mutmut_3(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = (
        invoice
        if (invoice.totals is not None and invoice.vat_breakdown is not None) or True
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


def x_international_facts__mutmut_4(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = (
        invoice
        if invoice.totals is not None or invoice.vat_breakdown is not None
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


def x_international_facts__mutmut_5(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = (
        invoice
        if invoice.totals is None and invoice.vat_breakdown is not None
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


def x_international_facts__mutmut_6(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = (
        invoice
        if invoice.totals is not None and invoice.vat_breakdown is None
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


def x_international_facts__mutmut_7(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = (
        invoice
        if invoice.totals is not None and invoice.vat_breakdown is not None
        else compute_totals(None)
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


def x_international_facts__mutmut_8(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = (
        invoice
        if invoice.totals is not None and invoice.vat_breakdown is not None
        else compute_totals(invoice)
    )
    totals = None
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


def x_international_facts__mutmut_9(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = (
        invoice
        if invoice.totals is not None and invoice.vat_breakdown is not None
        else compute_totals(invoice)
    )
    totals = complete.totals
    assert totals is not None or complete.vat_breakdown is not None  # compute_totals sets both
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


def x_international_facts__mutmut_10(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = (
        invoice
        if invoice.totals is not None and invoice.vat_breakdown is not None
        else compute_totals(invoice)
    )
    totals = complete.totals
    assert totals is None and complete.vat_breakdown is not None  # compute_totals sets both
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


def x_international_facts__mutmut_11(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = (
        invoice
        if invoice.totals is not None and invoice.vat_breakdown is not None
        else compute_totals(invoice)
    )
    totals = complete.totals
    assert totals is not None and complete.vat_breakdown is None  # compute_totals sets both
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


def x_international_facts__mutmut_12(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = (
        invoice
        if invoice.totals is not None and invoice.vat_breakdown is not None
        else compute_totals(invoice)
    )
    totals = complete.totals
    assert totals is not None and complete.vat_breakdown is not None  # compute_totals sets both
    return InternationalInvoiceFacts(
        invoice_id=None,
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


def x_international_facts__mutmut_13(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        issue_date=None,
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


def x_international_facts__mutmut_14(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        type_code=None,
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


def x_international_facts__mutmut_15(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        currency=None,
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


def x_international_facts__mutmut_16(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        business_process=None,
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


def x_international_facts__mutmut_17(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        declarant_role=None,
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


def x_international_facts__mutmut_18(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        seller=None,
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


def x_international_facts__mutmut_19(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        buyer=None,
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


def x_international_facts__mutmut_20(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        vat_breakdown=None,
        total_without_vat=totals.tax_exclusive,
        total_vat=totals.tax_total,
        total_with_vat=totals.tax_inclusive,
        due_date=invoice.due_date,
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_21(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        total_without_vat=None,
        total_vat=totals.tax_total,
        total_with_vat=totals.tax_inclusive,
        due_date=invoice.due_date,
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_22(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        total_vat=None,
        total_with_vat=totals.tax_inclusive,
        due_date=invoice.due_date,
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_23(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        total_with_vat=None,
        due_date=invoice.due_date,
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_24(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        due_date=None,
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_25(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        tax_due_date_type=None,
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_26(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        vat_accounting_currency=None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_27(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        total_vat_in_accounting_currency=None,
    )


def x_international_facts__mutmut_28(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
    """The facts of `invoice` seen by the declarant in `role` (SELLER for an emitted invoice)."""
    complete = (
        invoice
        if invoice.totals is not None and invoice.vat_breakdown is not None
        else compute_totals(invoice)
    )
    totals = complete.totals
    assert totals is not None and complete.vat_breakdown is not None  # compute_totals sets both
    return InternationalInvoiceFacts(
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


def x_international_facts__mutmut_29(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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


def x_international_facts__mutmut_30(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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


def x_international_facts__mutmut_31(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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


def x_international_facts__mutmut_32(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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


def x_international_facts__mutmut_33(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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


def x_international_facts__mutmut_34(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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


def x_international_facts__mutmut_35(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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


def x_international_facts__mutmut_36(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        total_without_vat=totals.tax_exclusive,
        total_vat=totals.tax_total,
        total_with_vat=totals.tax_inclusive,
        due_date=invoice.due_date,
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_37(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        total_vat=totals.tax_total,
        total_with_vat=totals.tax_inclusive,
        due_date=invoice.due_date,
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_38(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        total_with_vat=totals.tax_inclusive,
        due_date=invoice.due_date,
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_39(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        due_date=invoice.due_date,
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_40(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_41(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_42(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_43(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        )


def x_international_facts__mutmut_44(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        seller=_party(None),
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


def x_international_facts__mutmut_45(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        buyer=_party(None),
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


def x_international_facts__mutmut_46(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
            None
        ),
        total_without_vat=totals.tax_exclusive,
        total_vat=totals.tax_total,
        total_with_vat=totals.tax_inclusive,
        due_date=invoice.due_date,
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_47(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
                category_code=None,
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


def x_international_facts__mutmut_48(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
                rate=None,
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


def x_international_facts__mutmut_49(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
                taxable_amount=None,
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


def x_international_facts__mutmut_50(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
                vat_amount=None,
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


def x_international_facts__mutmut_51(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
                exemption_reason_code=None,
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


def x_international_facts__mutmut_52(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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


def x_international_facts__mutmut_53(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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


def x_international_facts__mutmut_54(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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


def x_international_facts__mutmut_55(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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


def x_international_facts__mutmut_56(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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


def x_international_facts__mutmut_57(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
                exemption_reason_code=line.exemption_reason_code and None,
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


def x_international_facts__mutmut_58(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        tax_due_date_type=_DUE_DATE_TYPES.get(None, TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_59(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, None),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_60(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        tax_due_date_type=_DUE_DATE_TYPES.get(TaxDueDateType.INVOICE_DATE),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_61(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        tax_due_date_type=_DUE_DATE_TYPES.get(invoice.vat_point_date_code, ),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def x_international_facts__mutmut_62(invoice: Invoice, role: DeclarantRole) -> InternationalInvoiceFacts:
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
        vat_accounting_currency=invoice.accounting_currency and None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )

mutants_x_international_facts__mutmut['_mutmut_orig'] = x_international_facts__mutmut_orig # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_1'] = x_international_facts__mutmut_1 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_2'] = x_international_facts__mutmut_2 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_3'] = x_international_facts__mutmut_3 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_4'] = x_international_facts__mutmut_4 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_5'] = x_international_facts__mutmut_5 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_6'] = x_international_facts__mutmut_6 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_7'] = x_international_facts__mutmut_7 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_8'] = x_international_facts__mutmut_8 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_9'] = x_international_facts__mutmut_9 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_10'] = x_international_facts__mutmut_10 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_11'] = x_international_facts__mutmut_11 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_12'] = x_international_facts__mutmut_12 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_13'] = x_international_facts__mutmut_13 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_14'] = x_international_facts__mutmut_14 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_15'] = x_international_facts__mutmut_15 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_16'] = x_international_facts__mutmut_16 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_17'] = x_international_facts__mutmut_17 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_18'] = x_international_facts__mutmut_18 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_19'] = x_international_facts__mutmut_19 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_20'] = x_international_facts__mutmut_20 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_21'] = x_international_facts__mutmut_21 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_22'] = x_international_facts__mutmut_22 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_23'] = x_international_facts__mutmut_23 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_24'] = x_international_facts__mutmut_24 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_25'] = x_international_facts__mutmut_25 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_26'] = x_international_facts__mutmut_26 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_27'] = x_international_facts__mutmut_27 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_28'] = x_international_facts__mutmut_28 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_29'] = x_international_facts__mutmut_29 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_30'] = x_international_facts__mutmut_30 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_31'] = x_international_facts__mutmut_31 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_32'] = x_international_facts__mutmut_32 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_33'] = x_international_facts__mutmut_33 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_34'] = x_international_facts__mutmut_34 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_35'] = x_international_facts__mutmut_35 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_36'] = x_international_facts__mutmut_36 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_37'] = x_international_facts__mutmut_37 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_38'] = x_international_facts__mutmut_38 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_39'] = x_international_facts__mutmut_39 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_40'] = x_international_facts__mutmut_40 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_41'] = x_international_facts__mutmut_41 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_42'] = x_international_facts__mutmut_42 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_43'] = x_international_facts__mutmut_43 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_44'] = x_international_facts__mutmut_44 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_45'] = x_international_facts__mutmut_45 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_46'] = x_international_facts__mutmut_46 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_47'] = x_international_facts__mutmut_47 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_48'] = x_international_facts__mutmut_48 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_49'] = x_international_facts__mutmut_49 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_50'] = x_international_facts__mutmut_50 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_51'] = x_international_facts__mutmut_51 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_52'] = x_international_facts__mutmut_52 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_53'] = x_international_facts__mutmut_53 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_54'] = x_international_facts__mutmut_54 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_55'] = x_international_facts__mutmut_55 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_56'] = x_international_facts__mutmut_56 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_57'] = x_international_facts__mutmut_57 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_58'] = x_international_facts__mutmut_58 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_59'] = x_international_facts__mutmut_59 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_60'] = x_international_facts__mutmut_60 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_61'] = x_international_facts__mutmut_61 # type: ignore # mutmut generated
mutants_x_international_facts__mutmut['x_international_facts__mutmut_62'] = x_international_facts__mutmut_62 # type: ignore # mutmut generated
