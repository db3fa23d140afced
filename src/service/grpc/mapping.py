"""Proto messages ↔ domain objects.

Reading a request never stops at the first bad value: every malformed decimal, date or enum and every missing
mandatory value the domain model cannot even hold becomes a Finding naming the request field and its business
term ("lines[1].quantity (BT-129)", indexes from 0 as in the request), and all of them are raised together as
`InvoiceRejected`. Business rules proper (BR-xx, BR-FR-xx) are the domain's job, not this module's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, overload

from google.protobuf.timestamp_pb2 import Timestamp

from domain.bounds import out_of_bounds
from domain.document_types import DocumentType
from domain.emission import InvoiceEvent, OutboundInvoice
from domain.errors import InvoiceRejected
from domain.findings import Finding, Severity
from domain.invoice import (
    EN16931_SPECIFICATION,
    Address,
    AllowanceCharge,
    Attachment,
    Contact,
    Delivery,
    Identifier,
    Invoice,
    InvoiceLine,
    Item,
    Note,
    Party,
    Payee,
    PaymentInstructions,
    Period,
    PrecedingInvoice,
    ProcessingRule,
    TaxRepresentative,
    Territory,
    Totals,
    VatBreakdown,
    VatCategory,
)
from domain.money import ZERO, format_decimal, round_amount
from domain.payments import RatePart, Settlement
from pdpgateway.v1 import invoice_pb2 as pb
from service.grpc.request_reader import (
    RULE_ENUM,
    E,
    RequestReader,
    T,
    enum_to_proto,
)

# --- proto → domain ---------------------------------------------------------------------------------------
# Hot: every SubmitInvoice maps its whole request. Empty optional values and empty repeated fields are told
# apart before any helper call or path formatting, so a well-formed request pays only for what it carries.


def _opt_identifier(parent: Any, name: str) -> Identifier | None:
    if not parent.HasField(name):
        return None
    msg = getattr(parent, name)
    return Identifier(msg.value, msg.scheme)


def _identifiers(items: Sequence[pb.Identifier]) -> tuple[Identifier, ...]:
    return tuple([Identifier(i.value, i.scheme) for i in items]) if items else ()


def _address(msg: pb.Address) -> Address:
    return Address(msg.line1, msg.line2, msg.line3, msg.city, msg.postcode, msg.subdivision, msg.country)


def _party(msg: pb.Party) -> Party:
    return Party(
        name=msg.name,
        trading_name=msg.trading_name,
        identifiers=_identifiers(msg.identifiers),
        legal_registration=_opt_identifier(msg, "legal_registration"),
        vat_id=msg.vat_id,
        tax_registration_id=msg.tax_registration_id,
        legal_form=msg.legal_form,
        electronic_address=_opt_identifier(msg, "electronic_address"),
        address=_address(msg.address),
        contact=Contact(msg.contact.name, msg.contact.phone, msg.contact.email)
        if msg.HasField("contact")
        else None,
    )


def _period(r: RequestReader, msg: pb.Period, path: str, bts: tuple[str, str]) -> Period:
    return Period(r.date(msg.start, f"{path}.start", bts[0]), r.date(msg.end, f"{path}.end", bts[1]))


# Business terms of an allowance/charge field: (document allowance, document charge, line allowance, line charge).
_AC_TERMS = {
    "amount": ("BT-92", "BT-99", "BT-136", "BT-141"),
    "base_amount": ("BT-93", "BT-100", "BT-137", "BT-142"),
    "percentage": ("BT-94", "BT-101", "BT-138", "BT-143"),
    "vat_category": ("BT-95", "BT-102", "", ""),
    "vat_rate": ("BT-96", "BT-103", "", ""),
}
# The EN 16931 rule making the amount mandatory, in the same order.
_AC_AMOUNT_RULES = ("BR-31", "BR-36", "BR-41", "BR-43")


def _allowance_charge(
    r: RequestReader, msg: pb.AllowanceCharge, path: str, line_level: bool
) -> AllowanceCharge:
    kind = 2 * line_level + msg.is_charge

    def term(name: str) -> str:
        return _AC_TERMS[name][kind]

    return AllowanceCharge(
        is_charge=msg.is_charge,
        amount=r.amount(msg.amount, f"{path}.amount", term("amount"), _AC_AMOUNT_RULES[kind]),
        base_amount=r.decimal(msg.base_amount, f"{path}.base_amount", term("base_amount")),
        percentage=r.decimal(msg.percentage, f"{path}.percentage", term("percentage")),
        vat_category=r.enum(VatCategory, msg.vat_category, f"{path}.vat_category", term("vat_category")),
        vat_rate=r.decimal(msg.vat_rate, f"{path}.vat_rate", term("vat_rate")),
        reason=msg.reason,
        reason_code=msg.reason_code,
    )


def _item(msg: pb.Item) -> Item:
    attributes = msg.attributes
    return Item(
        name=msg.name,
        description=msg.description,
        seller_id=msg.seller_id,
        buyer_id=msg.buyer_id,
        standard_id=_opt_identifier(msg, "standard_id"),
        classifications=_identifiers(msg.classifications),
        origin_country=msg.origin_country,
        attributes=tuple([(a.name, a.value) for a in attributes]) if attributes else (),
    )


def _line(r: RequestReader, msg: pb.InvoiceLine, path: str) -> InvoiceLine:
    decimal = r.decimal
    category = r.enum(VatCategory, msg.vat_category, f"{path}.vat_category", "BT-151", required_by="BR-CO-04")
    vat_rate, base_quantity, gross_price = msg.vat_rate, msg.base_quantity, msg.gross_price
    price_discount, net_amount, allowances_charges = (
        msg.price_discount,
        msg.net_amount,
        msg.allowances_charges,
    )
    return InvoiceLine(
        id=msg.id,
        quantity=r.amount(msg.quantity, f"{path}.quantity", "BT-129", "BR-22"),
        unit_code=msg.unit_code,
        net_price=r.amount(msg.net_price, f"{path}.net_price", "BT-146", "BR-26"),
        item=_item(msg.item),
        vat_category=category
        or VatCategory.STANDARD,  # a stand-in: the missing category is already a finding
        vat_rate=decimal(vat_rate, f"{path}.vat_rate", "BT-152") if vat_rate else None,
        base_quantity=decimal(base_quantity, f"{path}.base_quantity", "BT-149") if base_quantity else None,
        gross_price=decimal(gross_price, f"{path}.gross_price", "BT-148") if gross_price else None,
        price_discount=decimal(price_discount, f"{path}.price_discount", "BT-147")
        if price_discount
        else None,
        allowances_charges=tuple(
            [
                _allowance_charge(r, ac, f"{path}.allowances_charges[{i}]", line_level=True)
                for i, ac in enumerate(allowances_charges)
            ]
        )
        if allowances_charges
        else (),
        net_amount=decimal(net_amount, f"{path}.net_amount", "BT-131") if net_amount else None,
        note=msg.note,
        object_id=_opt_identifier(msg, "object_id"),
        order_line_reference=msg.order_line_reference,
        accounting_reference=msg.accounting_reference,
        period=_period(r, msg.period, f"{path}.period", ("BT-134", "BT-135"))
        if msg.HasField("period")
        else None,
    )


def _vat_breakdown(r: RequestReader, msg: pb.VatBreakdown, path: str) -> VatBreakdown:
    category = r.enum(VatCategory, msg.category, f"{path}.category", "BT-118", required_by="BR-47")
    return VatBreakdown(
        category=category or VatCategory.STANDARD,
        rate=r.amount(msg.rate, f"{path}.rate", "BT-119", "BR-48"),
        taxable_amount=r.amount(msg.taxable_amount, f"{path}.taxable_amount", "BT-116", "BR-45"),
        tax_amount=r.amount(msg.tax_amount, f"{path}.tax_amount", "BT-117", "BR-46"),
        exemption_reason=msg.exemption_reason,
        exemption_reason_code=msg.exemption_reason_code,
    )


def _totals(r: RequestReader, msg: pb.Totals) -> Totals:
    def amount(name: str, bt: str, rule: str) -> Decimal:
        return r.amount(getattr(msg, name), f"totals.{name}", bt, rule)

    return Totals(
        line_total=amount("line_total", "BT-106", "BR-12"),
        allowance_total=amount("allowance_total", "BT-107", ""),
        charge_total=amount("charge_total", "BT-108", ""),
        tax_exclusive=amount("tax_exclusive", "BT-109", "BR-13"),
        tax_total=amount("tax_total", "BT-110", ""),
        tax_inclusive=amount("tax_inclusive", "BT-112", "BR-14"),
        amount_due=amount("amount_due", "BT-115", "BR-15"),
        paid=amount("prepaid", "BT-113", ""),
        rounding=amount("rounding", "BT-114", ""),
        tax_total_accounting_currency=r.decimal(
            msg.tax_total_accounting_currency, "totals.tax_total_accounting_currency", "BT-111"
        ),
    )


def _indexed(items: Sequence[Any], path: str, read: Callable[[Any, str], Any]) -> tuple[Any, ...]:
    return tuple([read(item, f"{path}[{i}]") for i, item in enumerate(items)]) if items else ()


def invoice_from_proto(msg: pb.Invoice) -> Invoice:
    """The domain invoice; raises InvoiceRejected listing every malformed or missing value."""
    r = RequestReader()
    issue_date = r.date(msg.issue_date, "issue_date", "BT-2", required_by="BR-03")
    type_code = r.enum(DocumentType, msg.type_code, "type_code", "BT-3", required_by="BR-04")
    delivery = None
    if msg.HasField("delivery"):
        d = msg.delivery
        delivery = Delivery(
            party_name=d.party_name,
            location=_opt_identifier(d, "location"),
            date=r.date(d.date, "delivery.date", "BT-72"),
            address=_address(d.address) if d.HasField("address") else None,
        )
    invoice = Invoice(
        number=msg.number,
        issue_date=issue_date or date.min,
        type_code=type_code or DocumentType.COMMERCIAL_INVOICE,
        currency=msg.currency,
        seller=_party(msg.seller),
        buyer=_party(msg.buyer),
        lines=tuple([_line(r, m, f"lines[{i}]") for i, m in enumerate(msg.lines)]),
        processing_rule=r.enum(ProcessingRule, msg.processing_rule, "processing_rule", "BAR")
        or ProcessingRule.B2B,
        business_process=msg.business_process,
        specification=msg.specification or EN16931_SPECIFICATION,
        territory=r.enum(Territory, msg.territory, "territory", "") or Territory.MAINLAND,
        accounting_currency=msg.accounting_currency,
        vat_point_date_code=msg.vat_point_date_code,
        vat_point_date=r.date(msg.vat_point_date, "vat_point_date", "BT-7"),
        due_date=r.date(msg.due_date, "due_date", "BT-9"),
        buyer_reference=msg.buyer_reference,
        project_reference=msg.project_reference,
        contract_reference=msg.contract_reference,
        purchase_order_reference=msg.purchase_order_reference,
        sales_order_reference=msg.sales_order_reference,
        receiving_advice_reference=msg.receiving_advice_reference,
        despatch_advice_reference=msg.despatch_advice_reference,
        tender_reference=msg.tender_reference,
        invoiced_object=_opt_identifier(msg, "invoiced_object"),
        buyer_accounting_reference=msg.buyer_accounting_reference,
        payment_terms=msg.payment_terms,
        notes=tuple([Note(n.text, n.subject_code) for n in msg.notes]),
        preceding_invoices=_indexed(
            msg.preceding_invoices,
            "preceding_invoices",
            lambda m, p: PrecedingInvoice(m.number, r.date(m.issue_date, f"{p}.issue_date", "BT-26")),
        ),
        payee=(
            Payee(
                msg.payee.name,
                _opt_identifier(msg.payee, "identifier"),
                _opt_identifier(msg.payee, "legal_registration"),
            )
            if msg.HasField("payee")
            else None
        ),
        tax_representative=(
            TaxRepresentative(
                msg.tax_representative.name,
                msg.tax_representative.vat_id,
                _address(msg.tax_representative.address),
            )
            if msg.HasField("tax_representative")
            else None
        ),
        delivery=delivery,
        period=_period(r, msg.period, "period", ("BT-73", "BT-74")) if msg.HasField("period") else None,
        payment_instructions=tuple([_payment_instructions(p) for p in msg.payment_instructions]),
        allowances_charges=_indexed(
            msg.allowances_charges,
            "allowances_charges",
            lambda m, p: _allowance_charge(r, m, p, line_level=False),
        ),
        vat_breakdown=_indexed(msg.vat_breakdown, "vat_breakdown", lambda m, p: _vat_breakdown(r, m, p))
        or None,
        exchange_rate=r.decimal(msg.exchange_rate, "exchange_rate", ""),
        attachments=tuple(
            [
                Attachment(a.reference, a.description, a.uri, a.content or None, a.mime_code, a.filename)
                for a in msg.attachments
            ]
        ),
        readable_copy=msg.readable_copy,
        totals=_totals(r, msg.totals) if msg.HasField("totals") else None,
        paid_amount=r.decimal(msg.paid_amount, "paid_amount", "BT-113") or ZERO,
        rounding_amount=r.decimal(msg.rounding_amount, "rounding_amount", "BT-114") or ZERO,
    )
    # Texts, list sizes (and decimals, already bounded by parse_decimal) before any rule, storage or rendering.
    r.findings.extend(out_of_bounds(invoice))
    if r.findings:
        raise InvoiceRejected(r.findings)
    return invoice


def _payment_instructions(msg: pb.PaymentInstructions) -> PaymentInstructions:
    return PaymentInstructions(
        means_code=msg.means_code,
        means_text=msg.means_text,
        remittance_information=msg.remittance_information,
        iban=msg.iban,
        account_name=msg.account_name,
        bic=msg.bic,
        card_last_digits=msg.card_last_digits,
        card_holder_name=msg.card_holder_name,
        mandate_reference=msg.mandate_reference,
        creditor_id=msg.creditor_id,
        debited_account=msg.debited_account,
    )


def _checked(read: Callable[[RequestReader], T]) -> T:
    r = RequestReader()
    value = read(r)
    if r.findings:
        raise InvoiceRejected(r.findings)
    return value


def decimal_from_text(text: str, path: str) -> Decimal | None:
    """A request decimal (empty: None); raises InvoiceRejected (PDP-DECIMAL) when malformed."""
    return _checked(lambda r: r.decimal(text, path, ""))


def date_from_text(text: str, path: str) -> date | None:
    """A request filter date (empty: None); raises InvoiceRejected (PDP-DATE) when malformed."""
    return _checked(lambda r: r.date(text, path, ""))


def enum_from_proto(domain_enum: type[E], number: int, path: str) -> E:
    """A mandatory enum of a request; raises InvoiceRejected (PDP-ENUM) when unknown or unspecified."""
    return _checked(lambda r: r.enum(domain_enum, number, path, "", required_by=RULE_ENUM))  # type: ignore[return-value]  # required: never None


# --- domain → proto ---------------------------------------------------------------------------------------


def decimal_text(value: Decimal | None) -> str:
    """A decimal on the wire: its plain text, empty when absent."""
    return "" if value is None else format_decimal(value)


def day_text(value: date | None) -> str:
    """A day on the wire: ISO 8601, empty when absent."""
    return "" if value is None else value.isoformat()


@overload
def _identifier_to_proto(value: Identifier) -> pb.Identifier: ...
@overload
def _identifier_to_proto(value: None) -> None: ...
@overload
def _identifier_to_proto(value: Identifier | None) -> pb.Identifier | None: ...
def _identifier_to_proto(value: Identifier | None) -> pb.Identifier | None:
    return None if value is None else pb.Identifier(value=value.value, scheme=value.scheme)


def _address_to_proto(a: Address | None) -> pb.Address | None:
    if a is None:
        return None
    return pb.Address(
        line1=a.line1,
        line2=a.line2,
        line3=a.line3,
        city=a.city,
        postcode=a.postcode,
        subdivision=a.subdivision,
        country=a.country,
    )


def _party_to_proto(p: Party) -> pb.Party:
    return pb.Party(
        name=p.name,
        trading_name=p.trading_name,
        identifiers=[_identifier_to_proto(i) for i in p.identifiers],
        legal_registration=_identifier_to_proto(p.legal_registration),
        vat_id=p.vat_id,
        tax_registration_id=p.tax_registration_id,
        legal_form=p.legal_form,
        electronic_address=_identifier_to_proto(p.electronic_address),
        address=_address_to_proto(p.address),
        contact=pb.Contact(name=p.contact.name, phone=p.contact.phone, email=p.contact.email)
        if p.contact
        else None,
    )


def _period_to_proto(p: Period | None) -> pb.Period | None:
    return None if p is None else pb.Period(start=day_text(p.start), end=day_text(p.end))


def _allowance_charge_to_proto(ac: AllowanceCharge) -> pb.AllowanceCharge:
    return pb.AllowanceCharge(
        is_charge=ac.is_charge,
        amount=decimal_text(ac.amount),
        base_amount=decimal_text(ac.base_amount),
        percentage=decimal_text(ac.percentage),
        vat_category=enum_to_proto(ac.vat_category),
        vat_rate=decimal_text(ac.vat_rate),
        reason=ac.reason,
        reason_code=ac.reason_code,
    )


def _line_to_proto(line: InvoiceLine) -> pb.InvoiceLine:
    item = line.item
    return pb.InvoiceLine(
        id=line.id,
        quantity=decimal_text(line.quantity),
        unit_code=line.unit_code,
        net_price=decimal_text(line.net_price),
        item=pb.Item(
            name=item.name,
            description=item.description,
            seller_id=item.seller_id,
            buyer_id=item.buyer_id,
            standard_id=_identifier_to_proto(item.standard_id),
            classifications=[_identifier_to_proto(c) for c in item.classifications],
            origin_country=item.origin_country,
            attributes=[pb.ItemAttribute(name=n, value=v) for n, v in item.attributes],
        ),
        vat_category=enum_to_proto(line.vat_category),
        vat_rate=decimal_text(line.vat_rate),
        base_quantity=decimal_text(line.base_quantity),
        gross_price=decimal_text(line.gross_price),
        price_discount=decimal_text(line.price_discount),
        allowances_charges=[_allowance_charge_to_proto(ac) for ac in line.allowances_charges],
        net_amount=decimal_text(line.net_amount),
        note=line.note,
        object_id=_identifier_to_proto(line.object_id),
        order_line_reference=line.order_line_reference,
        accounting_reference=line.accounting_reference,
        period=_period_to_proto(line.period),
    )


def _totals_to_proto(t: Totals | None) -> pb.Totals | None:
    if t is None:
        return None
    return pb.Totals(
        line_total=decimal_text(t.line_total),
        allowance_total=decimal_text(t.allowance_total),
        charge_total=decimal_text(t.charge_total),
        tax_exclusive=decimal_text(t.tax_exclusive),
        tax_total=decimal_text(t.tax_total),
        tax_inclusive=decimal_text(t.tax_inclusive),
        amount_due=decimal_text(t.amount_due),
        prepaid=decimal_text(t.paid),
        rounding=decimal_text(t.rounding),
        tax_total_accounting_currency=decimal_text(t.tax_total_accounting_currency),
    )


def invoice_summary_to_proto(inv: Invoice) -> pb.Invoice:
    """INVOICE_VIEW_BASIC: the invoice's identity and what the gateway computed (BG-22, BG-23)."""
    return pb.Invoice(
        number=inv.number,
        issue_date=day_text(inv.issue_date),
        type_code=enum_to_proto(inv.type_code),
        currency=inv.currency,
        vat_breakdown=_vat_breakdown_to_proto(inv),
        totals=_totals_to_proto(inv.totals),
    )


def _vat_breakdown_to_proto(inv: Invoice) -> list[pb.VatBreakdown]:
    return [
        pb.VatBreakdown(
            category=enum_to_proto(b.category),
            rate=decimal_text(b.rate),
            taxable_amount=decimal_text(b.taxable_amount),
            tax_amount=decimal_text(b.tax_amount),
            exemption_reason=b.exemption_reason,
            exemption_reason_code=b.exemption_reason_code,
        )
        for b in inv.vat_breakdown or ()
    ]


def invoice_to_proto(inv: Invoice) -> pb.Invoice:
    d = inv.delivery
    return pb.Invoice(
        number=inv.number,
        issue_date=day_text(inv.issue_date),
        type_code=enum_to_proto(inv.type_code),
        currency=inv.currency,
        seller=_party_to_proto(inv.seller),
        buyer=_party_to_proto(inv.buyer),
        lines=[_line_to_proto(line) for line in inv.lines],
        processing_rule=enum_to_proto(inv.processing_rule),
        business_process=inv.business_process,
        specification=inv.specification,
        territory=enum_to_proto(inv.territory),
        accounting_currency=inv.accounting_currency,
        vat_point_date_code=inv.vat_point_date_code,
        vat_point_date=day_text(inv.vat_point_date),
        due_date=day_text(inv.due_date),
        buyer_reference=inv.buyer_reference,
        project_reference=inv.project_reference,
        contract_reference=inv.contract_reference,
        purchase_order_reference=inv.purchase_order_reference,
        sales_order_reference=inv.sales_order_reference,
        receiving_advice_reference=inv.receiving_advice_reference,
        despatch_advice_reference=inv.despatch_advice_reference,
        tender_reference=inv.tender_reference,
        invoiced_object=_identifier_to_proto(inv.invoiced_object),
        buyer_accounting_reference=inv.buyer_accounting_reference,
        payment_terms=inv.payment_terms,
        notes=[pb.Note(text=n.text, subject_code=n.subject_code) for n in inv.notes],
        preceding_invoices=[
            pb.PrecedingInvoice(number=p.number, issue_date=day_text(p.issue_date))
            for p in inv.preceding_invoices
        ],
        payee=(
            pb.Payee(
                name=inv.payee.name,
                identifier=_identifier_to_proto(inv.payee.identifier),
                legal_registration=_identifier_to_proto(inv.payee.legal_registration),
            )
            if inv.payee
            else None
        ),
        tax_representative=(
            pb.TaxRepresentative(
                name=inv.tax_representative.name,
                vat_id=inv.tax_representative.vat_id,
                address=_address_to_proto(inv.tax_representative.address),
            )
            if inv.tax_representative
            else None
        ),
        delivery=(
            pb.Delivery(
                party_name=d.party_name,
                location=_identifier_to_proto(d.location),
                date=day_text(d.date),
                address=_address_to_proto(d.address),
            )
            if d
            else None
        ),
        period=_period_to_proto(inv.period),
        payment_instructions=[_payment_instructions_to_proto(p) for p in inv.payment_instructions],
        allowances_charges=[_allowance_charge_to_proto(ac) for ac in inv.allowances_charges],
        vat_breakdown=_vat_breakdown_to_proto(inv),
        totals=_totals_to_proto(inv.totals),
        paid_amount=decimal_text(inv.paid_amount) if inv.paid_amount else "",
        rounding_amount=decimal_text(inv.rounding_amount) if inv.rounding_amount else "",
        exchange_rate=decimal_text(inv.exchange_rate) if inv.exchange_rate is not None else "",
        attachments=[
            pb.Attachment(
                reference=a.reference,
                description=a.description,
                uri=a.uri,
                content=a.content or b"",
                mime_code=a.mime_code,
                filename=a.filename,
            )
            for a in inv.attachments
        ],
        readable_copy=inv.readable_copy,
    )


def _payment_instructions_to_proto(p: PaymentInstructions) -> pb.PaymentInstructions:
    return pb.PaymentInstructions(
        means_code=p.means_code,
        means_text=p.means_text,
        remittance_information=p.remittance_information,
        iban=p.iban,
        account_name=p.account_name,
        bic=p.bic,
        card_last_digits=p.card_last_digits,
        card_holder_name=p.card_holder_name,
        mandate_reference=p.mandate_reference,
        creditor_id=p.creditor_id,
        debited_account=p.debited_account,
    )


def finding_to_proto(f: Finding) -> pb.Finding:
    return pb.Finding(
        rule_id=f.rule_id,
        severity=enum_to_proto(f.severity),
        path=f.path,
        location=f.location,
        message=f.message,
        layer=f.layer,
    )


def finding_from_proto(msg: pb.Finding) -> Finding:
    severity = (
        Severity[pb.Severity.Name(msg.severity).removeprefix("SEVERITY_")] if msg.severity else Severity.FATAL
    )
    return Finding(msg.rule_id, severity, msg.message, msg.path, msg.location, msg.layer)


def timestamp(value: datetime) -> Timestamp:
    ts = Timestamp()
    ts.FromDatetime(value if value.tzinfo else value.replace(tzinfo=UTC))
    return ts


def shares_to_proto(parts: Iterable[RatePart]) -> list[pb.PaymentShare]:
    return [pb.PaymentShare(vat_rate=decimal_text(p.vat_rate), amount=decimal_text(p.amount)) for p in parts]


def settlement_to_proto(books: Settlement) -> pb.Settlement:
    """Amounts to the cent ("0.00", not "0", for nothing paid yet)."""

    def cents(value: Decimal) -> str:
        return decimal_text(round_amount(value))

    return pb.Settlement(
        total=cents(books.total),
        paid=cents(books.paid),
        outstanding=cents(books.outstanding),
        prepaid=cents(books.prepaid),
        awaiting_deposit=cents(books.awaiting_deposit),
        rates=[
            pb.RateSettlement(
                vat_rate=decimal_text(b.vat_rate),
                total=cents(b.total),
                paid=cents(b.paid),
                outstanding=cents(b.outstanding),
            )
            for b in books.balances
        ],
    )


def outbound_to_proto(
    o: OutboundInvoice, view: int = pb.INVOICE_VIEW_FULL, books: Settlement | None = None
) -> pb.OutboundInvoice:
    """`view`: a pb.InvoiceView; BASIC carries invoice_summary_to_proto, any other value the whole invoice.
    `books`: the settlement to show (GetInvoice, RecordPayment)."""
    return pb.OutboundInvoice(
        settlement=settlement_to_proto(books) if books is not None else None,
        id=o.id,
        request_id=o.request_id,
        state=enum_to_proto(o.state),
        lifecycle_code=o.lifecycle_code,
        platform_id=o.platform_id,
        findings=[finding_to_proto(f) for f in o.findings],
        created_at=timestamp(o.created_at),
        version=o.version,
        document_sha256=o.document_sha256,
        last_error=o.last_error,
        invoice=invoice_summary_to_proto(o.invoice)
        if view == pb.INVOICE_VIEW_BASIC
        else invoice_to_proto(o.invoice),
    )


def event_to_proto(e: InvoiceEvent, *, event_id: int = 0, invoice_id: str = "") -> pb.InvoiceEvent:
    return pb.InvoiceEvent(
        event_id=event_id,
        invoice_id=invoice_id,
        kind=e.kind,
        at=timestamp(e.at),
        state=enum_to_proto(e.state),
        status_code=e.status_code,
        detail=e.detail,
        findings=[finding_to_proto(f) for f in e.findings],
    )
