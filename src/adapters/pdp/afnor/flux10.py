"""Declarations as DGFiP e-reporting flux 10 documents (what an AFNOR FRR flow carries; reform.md §7).

A flux 10 document holds one TransactionsReport (10.1 invoices + 10.3 B2C aggregates) or one PaymentsReport (10.2
per invoice + 10.4 aggregated), never both (Flux10 G6.29). We write one document per *part* of a declaration, each
part of a single XP Z12-013 flow type, so the type the platform computes from the content is never the catch-all
`MultiFlowReport` and each part is found again by its own trackingId:

| part   | content                                  | flow type (flow-service 1.3.0 FlowType)  | issuer role |
|--------|------------------------------------------|------------------------------------------|-------------|
| T10.3  | B2C daily aggregates                     | AggregatedCustomerTransactionReport      | SE          |
| T10.1S | international B2B sales, per invoice     | UnitaryCustomerTransactionReport         | SE          |
| T10.1P | international B2B purchases, per invoice | UnitarySupplierTransactionReport         | BY          |
| P10.2  | payments per invoice                     | UnitaryCustomerPaymentReport             | SE          |
| P10.4  | B2C payments, aggregated per day         | AggregatedCustomerPaymentReport          | SE          |

UNVERIFIED (README, "E-reporting through AFNOR"): that a PA accepts one part per flow rather than one MultiFlowReport
per period, the processingRule of each part, and the sender block (a PA's 4-character matricule, scheme 0238,
whereas we are a client of the PA, not the PA itself). Every document is valid against the vendored DGFiP XSD and
the Flux10 schematron before it leaves (adapters.pdp.afnor.reporting; fail closed).
Amounts: Decimal, two decimals, half-up (domain.reporting.amounts); rates without trailing zeros.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from lxml import etree

from domain.identifiers import SIREN_SCHEME
from domain.reporting.amounts import ZERO_CENTS, money_str, rate_str
from domain.reporting.b2c import B2cAggregate, TaxDueDateType
from domain.reporting.calendar import ReportKind
from domain.reporting.declaration import Declaration, ReportType
from domain.reporting.international import DeclarantRole, InternationalInvoiceFacts, PartyFacts
from domain.reporting.payments import PaymentLine

PROFILE_ID = "urn.cpro.gouv.fr:1p0:ereporting"  # Flux10 S1.12
PLATFORM_SCHEME = "0238"  # a PA's matricule (Flux10 G6.22)
MAX_TRANSMISSION_ID = 50  # Flux10 G1.104
# UNTDID 2005 codes of the tax due date (Flux10 P1.11 accepts 5/29/72 and 3/35/432; the CII ones are written).
_DUE_CODES = {
    TaxDueDateType.INVOICE_DATE: "5",
    TaxDueDateType.DELIVERY_DATE: "29",
    TaxDueDateType.PAYMENT_DATE: "72",
}


class FrrPart(StrEnum):
    B2C_TRANSACTIONS = "T10.3"
    INTERNATIONAL_SALES = "T10.1S"
    INTERNATIONAL_PURCHASES = "T10.1P"
    INVOICE_PAYMENTS = "P10.2"
    B2C_PAYMENTS = "P10.4"

    @property
    def flow_type(self) -> str:
        return _FLOW_TYPES[self]

    @property
    def processing_rule(self) -> str:
        """UNVERIFIED: the standard does not say which processingRule an FRR flow carries."""
        return "B2BInt" if self in (FrrPart.INTERNATIONAL_SALES, FrrPart.INTERNATIONAL_PURCHASES) else "B2C"

    @property
    def issuer_role(self) -> str:
        return "BY" if self is FrrPart.INTERNATIONAL_PURCHASES else "SE"

    @property
    def code(self) -> str:
        """The part in a transmission id (letters and digits only: Flux10 G1.104)."""
        return self.value.replace(".", "")


_FLOW_TYPES = {
    FrrPart.B2C_TRANSACTIONS: "AggregatedCustomerTransactionReport",
    FrrPart.INTERNATIONAL_SALES: "UnitaryCustomerTransactionReport",
    FrrPart.INTERNATIONAL_PURCHASES: "UnitarySupplierTransactionReport",
    FrrPart.INVOICE_PAYMENTS: "UnitaryCustomerPaymentReport",
    FrrPart.B2C_PAYMENTS: "AggregatedCustomerPaymentReport",
}


@dataclass(frozen=True, slots=True)
class Flux10Sender:
    """The PA block of the ReportDocument (Flux10 G6.22, G7.51): its 4-character matricule and its name."""

    platform_id: str
    name: str


def parts_of(declaration: Declaration) -> list[FrrPart]:
    """The parts a declaration has content for, in a fixed order (the relay sends them in that order)."""
    if declaration.kind is ReportKind.PAYMENTS:
        lines = declaration.payment_lines
        return [
            part
            for part, present in (
                (FrrPart.INVOICE_PAYMENTS, any(ln.invoice_id is not None for ln in lines)),
                (FrrPart.B2C_PAYMENTS, any(ln.invoice_id is None for ln in lines)),
            )
            if present
        ]
    records = [r.facts for r in declaration.international_records]
    return [
        part
        for part, present in (
            (FrrPart.B2C_TRANSACTIONS, bool(declaration.b2c_aggregates)),
            (FrrPart.INTERNATIONAL_SALES, any(f.declarant_role is DeclarantRole.SELLER for f in records)),
            (FrrPart.INTERNATIONAL_PURCHASES, any(f.declarant_role is DeclarantRole.BUYER for f in records)),
        )
        if present
    ]


def transmission_id(declaration_id: str, part: FrrPart) -> str:
    """The flux 10 Id and the flow's trackingId: stable for a declaration's part, so a resend is recognised."""
    out = f"{declaration_id}-{part.code}"
    if len(out) > MAX_TRANSMISSION_ID or not all(c.isascii() and (c.isalnum() or c in "-_") for c in out):
        raise ValueError(f"declaration id {declaration_id!r} cannot make a flux 10 transmission id")
    return out


def declaration_of(tracking_id: str) -> tuple[str, FrrPart] | None:
    """(declaration id, part) of one of our FRR flows' trackingId; None when it is not one of ours."""
    declaration_id, _, code = tracking_id.rpartition("-")
    part = next((p for p in FrrPart if p.code == code), None)
    return (declaration_id, part) if declaration_id and part is not None else None


def write_flux10(
    declaration: Declaration,
    part: FrrPart,
    *,
    declaration_id: str,
    issued_at: datetime,
    sender: Flux10Sender,
) -> bytes:
    """The flux 10 document of one part of a declaration (UTF-8 bytes, deterministic for the same inputs)."""
    report = etree.Element("Report")
    _report_document(report, declaration, part, declaration_id, issued_at, sender)
    if part in (FrrPart.INVOICE_PAYMENTS, FrrPart.B2C_PAYMENTS):
        body = etree.SubElement(report, "PaymentsReport")
        _period(body, declaration)
        per_invoice = part is FrrPart.INVOICE_PAYMENTS
        _payments(
            body, [ln for ln in declaration.payment_lines if (ln.invoice_id is not None) == per_invoice]
        )
    else:
        body = etree.SubElement(report, "TransactionsReport")
        _period(body, declaration)
        if part is FrrPart.B2C_TRANSACTIONS:
            _b2c(body, declaration.b2c_aggregates)
        else:
            role = DeclarantRole.BUYER if part is FrrPart.INTERNATIONAL_PURCHASES else DeclarantRole.SELLER
            for record in declaration.international_records:
                if record.facts.declarant_role is role:
                    _invoice(body, record.facts)
    return etree.tostring(report, xml_declaration=True, encoding="UTF-8")


def _text(parent: etree._Element, tag: str, value: str, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, tag, attrs)
    element.text = value
    return element


def _day(value: date) -> str:
    return value.strftime("%Y%m%d")


def _report_document(
    report: etree._Element,
    declaration: Declaration,
    part: FrrPart,
    declaration_id: str,
    issued_at: datetime,
    sender: Flux10Sender,
) -> None:
    document = etree.SubElement(report, "ReportDocument")
    _text(document, "Id", transmission_id(declaration_id, part))
    _text(document, "Name", f"{declaration.label} {part.value}"[:100])
    stamp = etree.SubElement(document, "IssueDateTime")
    _text(stamp, "DateTimeString", issued_at.strftime("%Y%m%d%H%M%S"))
    _text(document, "TypeCode", "RE" if declaration.report_type is ReportType.RECTIFICATIVE else "IN")
    block = etree.SubElement(document, "Sender")
    _text(block, "Id", sender.platform_id, schemeId=PLATFORM_SCHEME)
    _text(block, "Name", sender.name)
    _text(block, "RoleCode", "WK")
    issuer = etree.SubElement(document, "Issuer")
    _text(issuer, "Id", declaration.siren, schemeId=SIREN_SCHEME)
    # UNVERIFIED: a declaration holds no company name; the SIREN stands for it (the rules do not read TT-14).
    _text(issuer, "Name", declaration.siren)
    _text(issuer, "RoleCode", part.issuer_role)


def _period(body: etree._Element, declaration: Declaration) -> None:
    period = etree.SubElement(body, "ReportPeriod")
    _text(period, "StartDate", _day(declaration.period.start))
    _text(period, "EndDate", _day(declaration.period.end))


def _b2c(body: etree._Element, aggregates: Iterable[B2cAggregate]) -> None:
    """TG-31: one Transactions per day, currency, tax due date type and category, with its breakdown by rate."""
    groups: dict[tuple[date, str, str, str], list[B2cAggregate]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.currency, k.tax_due_date_type.value, k.category.value), []).append(line)
    for (day, currency, due, category), lines in sorted(groups.items()):
        block = etree.SubElement(body, "Transactions")
        _text(block, "Date", _day(day))
        _text(block, "TransactionsCurrency", currency)
        _text(block, "TaxDueDateTypeCode", _DUE_CODES[TaxDueDateType(due)])
        _text(block, "CategoryCode", category)
        _text(block, "TaxExclusiveAmount", money_str(sum((ln.taxable_total for ln in lines), ZERO_CENTS)))
        _text(block, "TaxTotal", money_str(sum((ln.vat_total for ln in lines), ZERO_CENTS)))
        _text(block, "TransactionsCount", str(sum(ln.count for ln in lines)))
        for ln in sorted(lines, key=lambda ln: ln.key.vat_rate):
            sub = etree.SubElement(block, "TaxSubtotal")
            _text(sub, "TaxPercent", rate_str(ln.key.vat_rate))
            _text(sub, "TaxableAmount", money_str(ln.taxable_total))
            _text(sub, "TaxTotal", money_str(ln.vat_total))


def _invoice(body: etree._Element, f: InternationalInvoiceFacts) -> None:
    """TG-8: the subset of an international B2B invoice that 10.1 carries."""
    invoice = etree.SubElement(body, "Invoice")
    _text(invoice, "ID", f.invoice_id)
    _text(invoice, "IssueDate", _day(f.issue_date))
    _text(invoice, "TypeCode", f.type_code)
    _text(invoice, "CurrencyCode", f.currency)
    if f.due_date is not None:
        _text(invoice, "DueDate", _day(f.due_date))
    _text(invoice, "TaxDueDateTypeCode", _DUE_CODES[f.tax_due_date_type])
    process = etree.SubElement(invoice, "BusinessProcess")
    _text(process, "ID", f.business_process)
    _text(process, "TypeID", PROFILE_ID)
    _party(invoice, "Seller", f.seller)
    _party(invoice, "Buyer", f.buyer)
    totals = etree.SubElement(invoice, "MonetaryTotal")
    _text(totals, "TaxExclusiveAmount", money_str(f.total_without_vat))
    # BT-111 (VAT in the accounting currency, EUR) when the invoice is in another currency, else BT-110.
    if f.total_vat_in_accounting_currency is not None and f.vat_accounting_currency:
        _text(
            totals,
            "TaxAmount",
            money_str(f.total_vat_in_accounting_currency),
            CurrencyCode=f.vat_accounting_currency,
        )
    else:
        _text(totals, "TaxAmount", money_str(f.total_vat), CurrencyCode=f.currency)
    for line in f.vat_breakdown:
        sub = etree.SubElement(invoice, "TaxSubTotal")
        _text(sub, "TaxableAmount", money_str(line.taxable_amount))
        _text(sub, "TaxAmount", money_str(line.vat_amount))
        category = etree.SubElement(sub, "TaxCategory")
        _text(category, "Code", line.category_code)
        _text(category, "Percent", rate_str(line.rate))
        if line.exemption_reason_code:
            _text(category, "TaxExemptionReasonCode", line.exemption_reason_code)


def _party(invoice: etree._Element, tag: str, p: PartyFacts) -> None:
    party = etree.SubElement(invoice, tag)
    if p.identified:
        _text(party, "CompanyId", str(p.identifier_value), schemeId=str(p.identifier_scheme))
    if p.vat_number:
        _text(party, "TaxRegistrationId", p.vat_number, qualifyingId="VAT")
    address = etree.SubElement(party, "PostalAddress")
    _text(address, "CountryId", p.country)


def _payments(body: etree._Element, lines: list[PaymentLine]) -> None:
    """TG-34 per invoice and day (10.2), TG-37 per day (10.4): the amount collected per VAT rate."""
    groups: dict[tuple[str, date | None, date], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.invoice_id or "", ln.invoice_date, ln.day), []).append(ln)
    for (invoice_id, invoice_date, day), group in sorted(groups.items(), key=lambda kv: (kv[0][2], kv[0][0])):
        if invoice_id:
            holder = etree.SubElement(body, "Invoice")
            _text(holder, "InvoiceID", invoice_id)
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            _text(holder, "IssueDate", _day(invoice_date))
        else:
            holder = etree.SubElement(body, "Transactions")
        payment = etree.SubElement(holder, "Payment")
        _text(payment, "Date", _day(day))
        by_rate: dict[Decimal, Decimal] = {}
        for ln in group:
            by_rate[ln.vat_rate] = by_rate.get(ln.vat_rate, ZERO_CENTS) + ln.amount
        for rate, amount in sorted(by_rate.items()):
            sub = etree.SubElement(payment, "SubTotals")
            _text(sub, "TaxPercent", rate_str(rate))
            _text(sub, "CurrencyCode", group[0].currency)
            _text(sub, "Amount", money_str(amount))
