"""From the EN 16931 invoice model to the narrow facts international B2B e-reporting needs (flux 10.1)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date

from domain.identifiers import SIREN_SCHEME, siren_of
from domain.invoice import Invoice, Party, ProcessingRule, VatCategory
from domain.money import EUR
from domain.payments import vat_on_receipt
from domain.reporting.b2c import B2cCategory, B2cTransaction, TaxDueDateType
from domain.reporting.international import (
    FRANCE,
    DeclarantRole,
    InternationalInvoiceFacts,
    PartyFacts,
    VatBreakdownFacts,
    assess_scope,
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


def tax_due_date_type(invoice: Invoice) -> TaxDueDateType:
    """When the invoice's VAT falls due, as its e-reported records say it (TT-24, TT-80): BT-8 when it names a date;
    without one, the rule that also decides whether its payments are reported (domain.payments.vat_on_receipt,
    CGI art. 269-2-c: services without the debits option are due on payment); else the invoice date."""
    stated = _DUE_DATE_TYPES.get(invoice.vat_point_date_code)
    if stated is not None:
        return stated
    return TaxDueDateType.PAYMENT_DATE if vat_on_receipt(invoice) else TaxDueDateType.INVOICE_DATE


def _party(party: Party) -> PartyFacts:
    """BT-30/BT-47 legal registration first (SIREN as 0002), else the first BT-29/BT-46 identifier."""
    ident = party.legal_registration or (party.identifiers[0] if party.identifiers else None)
    scheme = value = None
    if ident is not None and ident.value:
        value = ident.value
        scheme = ident.scheme or (SIREN_SCHEME if siren_of(value, "") else None)
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
        tax_due_date_type=tax_due_date_type(complete),
        vat_accounting_currency=invoice.accounting_currency or None,
        total_vat_in_accounting_currency=totals.tax_total_accounting_currency,
    )


def international_sale(invoice: Invoice) -> InternationalInvoiceFacts | None:
    """The 10.1 record of an invoice the company issued, as its period's declaration gathers it; None for a sale to
    a consumer (10.3: `b2c_transactions`) or one out of scope (a buyer established in France)."""
    if invoice.processing_rule is ProcessingRule.B2C:
        return None
    if invoice.buyer.address.country.upper() in FRANCE:
        # assess_scope's answer for a buyer in France, known before the facts are built: the common domestic sale
        # (checked on each submission, and again for its answer's declarations to rectify) costs no more.
        return None
    facts = international_facts(invoice, DeclarantRole.SELLER)
    return facts if assess_scope(facts).in_scope else None


def international_purchase(invoice: Invoice) -> InternationalInvoiceFacts | None:
    """The 10.1 record (the company as buyer) of an invoice received from a seller abroad, as its period's
    declaration gathers it (`purchases_in_scope`); None for one from a seller with a SIREN (the platform carries it)
    or out of scope (an import of goods, a seller established in France)."""
    if invoice.seller.siren:
        return None
    facts = international_facts(invoice, DeclarantRole.BUYER)
    return facts if assess_scope(facts).in_scope else None


def e_reported_on(invoice: Invoice) -> date | None:
    """The day the transactions e-reporting (10.1 + 10.3) carries a sale the company issued: its issue date, as
    `b2c_transactions` and `international_sale` date it; None when the platform carries it (domestic B2B)."""
    if invoice.processing_rule is ProcessingRule.B2C:
        return invoice.issue_date
    sale = international_sale(invoice)
    return sale.issue_date if sale is not None else None


# Outside French VAT (B2C category TNT1): not subject, intra-EU distance sales, exports.
_NOT_TAXED_IN_FRANCE = frozenset((VatCategory.NOT_SUBJECT, VatCategory.INTRA_EU, VatCategory.EXPORT))
# Margin scheme exemption reasons (VATEX-EU-D/F/I/J: travel agents, second-hand goods, works of art, antiques).
_MARGIN_SCHEME = frozenset(("VATEX-EU-D", "VATEX-EU-F", "VATEX-EU-I", "VATEX-EU-J"))


def b2c_key(invoice_number: str, rate_count: int, rate: str) -> str:
    """The key of an invoice's sale in the B2C e-reporting: the invoice number, `number/rate` when it has several
    VAT rates. A caller who also records the sale with RecordB2cTransactions uses the same reference."""
    return invoice_number if rate_count == 1 else f"{invoice_number}/{rate}"


def is_recorded_sale(invoice_number: str, recorded_keys: Collection[str]) -> bool:
    """Was this invoice's sale already recorded through RecordB2cTransactions (under its number, or `number/...`)?
    Then the recorded transactions stand for it and the invoice adds nothing: every sale is reported once."""
    prefix = f"{invoice_number}/"
    return invoice_number in recorded_keys or any(k.startswith(prefix) for k in recorded_keys)


def b2c_transactions(invoice: Invoice) -> tuple[B2cTransaction, ...]:
    """A B2C invoice (BAR B2C, kept off the platform) as the sales of the B2C e-reporting (flux 10.3): one per VAT
    breakdown line, on its issue date; a credit note counts negative."""
    complete = invoice if invoice.vat_breakdown is not None else compute_totals(invoice)
    assert complete.vat_breakdown is not None  # compute_totals sets it
    sign = invoice.type_code.kind.sign
    lines = complete.vat_breakdown
    due = tax_due_date_type(complete)
    # EUR for one unit of BT-5, the rate BT-111 was computed with: the report converts each sale with it.
    eur_rate = invoice.exchange_rate if invoice.currency != EUR else None
    return tuple(
        B2cTransaction(
            key=b2c_key(invoice.number, len(lines), f"{line.rate.normalize():f}"),
            day=invoice.issue_date,
            category=_b2c_category(invoice, line.category, line.exemption_reason_code or ""),
            currency=invoice.currency,
            vat_rate=line.rate,
            taxable_amount=sign * line.taxable_amount,
            vat_amount=sign * line.tax_amount,
            tax_due_date_type=due,
            eur_rate=eur_rate,
        )
        for line in lines
    )


def _b2c_category(invoice: Invoice, category: VatCategory, exemption_reason: str) -> B2cCategory:
    if category in _NOT_TAXED_IN_FRANCE:
        return B2cCategory.TNT1
    if exemption_reason.upper() in _MARGIN_SCHEME:
        return B2cCategory.TMA1
    # BT-23 S1..S8: services; goods and mixed supplies (B, M) count as goods.
    return B2cCategory.TPS1 if invoice.business_process.startswith("S") else B2cCategory.TLB1


def purchases_in_scope(
    recorded: Sequence[InternationalInvoiceFacts], received: Iterable[Invoice]
) -> list[InternationalInvoiceFacts]:
    """A period's international purchases (10.1, declarant BUYER), each once: those recorded through
    RecordPurchases, then the invoices received from a supplier abroad (through the platform) that are in scope
    and not recorded already (same key: seller and number). The recorded one stands for a purchase known both
    ways, as recorded B2C sales stand for B2C invoices."""
    out = list(recorded)
    keys = {facts.key for facts in recorded}
    for invoice in received:
        facts = international_purchase(invoice)
        if facts is not None and facts.key not in keys:
            keys.add(facts.key)
            out.append(facts)
    return out
