"""Proto messages ↔ domain objects.

Reading a request never stops at the first bad value: every malformed decimal, date or enum and every missing
mandatory value the domain model cannot even hold becomes a Finding naming the request field and its business
term ("lines[1].quantity (BT-129)", indexes from 0 as in the request), and all of them are raised together as
`InvoiceRejected`. Business rules proper (BR-xx, BR-FR-xx) are the domain's job, not this module's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from google.protobuf.internal.enum_type_wrapper import EnumTypeWrapper
from google.protobuf.message import Message

from domain import invoice as model  # qualified as the messages are (pb): model.Party ↔ pb.Party
from domain.bounds import out_of_bounds
from domain.document_types import DocumentType
from domain.emission import InvoiceEvent, OutboundInvoice
from domain.errors import InvoiceRejected
from domain.findings import Finding, Severity
from domain.money import ZERO, round_amount
from domain.payments import RatePart, Settlement
from pdpgateway.v1 import invoice_pb2 as pb
from service.grpc import off_loop
from service.grpc.fields import Fields, day_text, decimal_text, each, optional, timestamp
from service.grpc.request_reader import (
    RULE_ENUM,
    E,
    RequestReader,
    T,
    enum_to_proto,
)

# --- the field tables, one per message (service.grpc.fields) -------------------------------------------------
# Read from top to bottom: a table's `via` writes its nested messages with the tables above it.

_IDENTIFIER = Fields(model.Identifier, pb.Identifier, "value", "scheme")
_ADDRESS = Fields(
    model.Address, pb.Address, "line1", "line2", "line3", "city", "postcode", "subdivision", "country"
)
_CONTACT = Fields(model.Contact, pb.Contact, "name", "phone", "email")
_PERIOD = Fields(model.Period, pb.Period, days=("start", "end"))
_NOTE = Fields(model.Note, pb.Note, "text", "subject_code")
_PAYMENT_INSTRUCTIONS = Fields(
    model.PaymentInstructions,
    pb.PaymentInstructions,
    "means_code",
    "means_text",
    "remittance_information",
    "iban",
    "account_name",
    "bic",
    "card_last_digits",
    "card_holder_name",
    "mandate_reference",
    "creditor_id",
    "debited_account",
)
_FINDING = Fields(Finding, pb.Finding, "rule_id", "message", "path", "location", "layer", enums=("severity",))
_identifier_to_proto = optional(_IDENTIFIER.to_proto)
_address_to_proto = optional(_ADDRESS.to_proto)
_period_to_proto = optional(_PERIOD.to_proto)

_PARTY = Fields(
    model.Party,
    pb.Party,
    "name",
    "trading_name",
    "vat_id",
    "tax_registration_id",
    "legal_form",
    via={
        "identifiers": each(_IDENTIFIER.to_proto),
        "legal_registration": _identifier_to_proto,
        "electronic_address": _identifier_to_proto,
        "address": _address_to_proto,
        "contact": optional(_CONTACT.to_proto),
    },
)
_ALLOWANCE_CHARGE = Fields(
    model.AllowanceCharge,
    pb.AllowanceCharge,
    "is_charge",
    "reason",
    "reason_code",
    decimals=("amount", "base_amount", "percentage", "vat_rate"),
    enums=("vat_category",),
)


def _item_attribute(attribute: tuple[str, str]) -> pb.ItemAttribute:
    return pb.ItemAttribute(name=attribute[0], value=attribute[1])


_ITEM = Fields(
    model.Item,
    pb.Item,
    "name",
    "description",
    "seller_id",
    "buyer_id",
    "origin_country",
    via={
        "standard_id": _identifier_to_proto,
        "classifications": each(_IDENTIFIER.to_proto),
        "attributes": each(_item_attribute),
    },
)
_PRECEDING_INVOICE = Fields(model.PrecedingInvoice, pb.PrecedingInvoice, "number", days=("issue_date",))
_LINE = Fields(
    model.InvoiceLine,
    pb.InvoiceLine,
    "id",
    "unit_code",
    "note",
    "order_line_reference",
    "accounting_reference",
    decimals=(
        "quantity",
        "net_price",
        "vat_rate",
        "base_quantity",
        "gross_price",
        "price_discount",
        "net_amount",
    ),
    enums=("vat_category",),
    via={
        "item": _ITEM.to_proto,
        "allowances_charges": each(_ALLOWANCE_CHARGE.to_proto),
        "object_id": _identifier_to_proto,
        "period": _period_to_proto,
        "preceding_invoice": optional(_PRECEDING_INVOICE.to_proto),
    },
)
_VAT_BREAKDOWN = Fields(
    model.VatBreakdown,
    pb.VatBreakdown,
    "exemption_reason",
    "exemption_reason_code",
    decimals=("rate", "taxable_amount", "tax_amount"),
    enums=("category",),
)
# BT-113 is `paid` in the model and `prepaid` on the wire: each call copies it.
_TOTALS = Fields(
    model.Totals,
    pb.Totals,
    decimals=(
        "line_total",
        "allowance_total",
        "charge_total",
        "tax_exclusive",
        "tax_total",
        "tax_inclusive",
        "amount_due",
        "rounding",
        "tax_total_accounting_currency",
    ),
)


def _totals_message(t: model.Totals) -> pb.Totals:
    return _TOTALS.to_proto(t, prepaid=decimal_text(t.paid))


def _nonzero_text(value: Decimal) -> str:
    """BT-113/114 outside the totals: empty on the wire when zero."""
    return decimal_text(value) if value else ""


def _content_bytes(content: bytes | None) -> bytes:
    return content or b""


def _embedded(msg: pb.Attachment) -> bytes | None:
    """BT-125: absent unless its bytes, MIME code or filename are given; an empty object naming its MIME code and
    filename (FeRD's Betriebskostenabrechnung) is one, which the writers write back as given."""
    return msg.content if msg.content or msg.mime_code or msg.filename else None


_vat_breakdown_to_proto = each(_VAT_BREAKDOWN.to_proto)
_totals_to_proto = optional(_totals_message)
_PAYEE = Fields(
    model.Payee,
    pb.Payee,
    "name",
    via={"identifier": _identifier_to_proto, "legal_registration": _identifier_to_proto},
)
_TAX_REPRESENTATIVE = Fields(
    model.TaxRepresentative, pb.TaxRepresentative, "name", "vat_id", via={"address": _address_to_proto}
)
_DELIVERY = Fields(
    model.Delivery,
    pb.Delivery,
    "party_name",
    days=("date",),
    via={"location": _identifier_to_proto, "address": _address_to_proto},
)
_ATTACHMENT = Fields(
    model.Attachment,
    pb.Attachment,
    "reference",
    "description",
    "uri",
    "mime_code",
    "filename",
    via={"content": _content_bytes},  # absent: None in the model, empty on the wire
)
# `specification` is read back with its default (EN 16931): each call copies it.
_INVOICE = Fields(
    model.Invoice,
    pb.Invoice,
    "number",
    "currency",
    "business_process",
    "accounting_currency",
    "vat_point_date_code",
    "buyer_reference",
    "project_reference",
    "contract_reference",
    "purchase_order_reference",
    "sales_order_reference",
    "receiving_advice_reference",
    "despatch_advice_reference",
    "tender_reference",
    "buyer_accounting_reference",
    "payment_terms",
    "readable_copy",
    decimals=("exchange_rate",),
    days=("issue_date", "vat_point_date", "due_date"),
    enums=("type_code", "processing_rule", "territory"),
    via={
        "seller": _PARTY.to_proto,
        "buyer": _PARTY.to_proto,
        "lines": each(_LINE.to_proto),
        "invoiced_object": _identifier_to_proto,
        "notes": each(_NOTE.to_proto),
        "preceding_invoices": each(_PRECEDING_INVOICE.to_proto),
        "payee": optional(_PAYEE.to_proto),
        "tax_representative": optional(_TAX_REPRESENTATIVE.to_proto),
        "delivery": optional(_DELIVERY.to_proto),
        "period": _period_to_proto,
        "payment_instructions": each(_PAYMENT_INSTRUCTIONS.to_proto),
        "allowances_charges": each(_ALLOWANCE_CHARGE.to_proto),
        "vat_breakdown": _vat_breakdown_to_proto,
        "totals": _totals_to_proto,
        "paid_amount": _nonzero_text,
        "rounding_amount": _nonzero_text,
        "attachments": each(_ATTACHMENT.to_proto),
    },
)

# --- proto → domain ---------------------------------------------------------------------------------------
# Hot: every SubmitInvoice maps its whole request. Empty optional values and empty repeated fields are told
# apart before any helper call or path formatting, so a well-formed request pays only for what it carries.


def _opt_identifier(parent: Any, name: str) -> model.Identifier | None:
    if not parent.HasField(name):
        return None
    return _IDENTIFIER.from_proto(getattr(parent, name))


def _identifiers(items: Sequence[pb.Identifier]) -> tuple[model.Identifier, ...]:
    return tuple([_IDENTIFIER.from_proto(i) for i in items]) if items else ()


def _party(msg: pb.Party) -> model.Party:
    return _PARTY.from_proto(
        msg,
        identifiers=_identifiers(msg.identifiers),
        legal_registration=_opt_identifier(msg, "legal_registration"),
        electronic_address=_opt_identifier(msg, "electronic_address"),
        address=_ADDRESS.from_proto(msg.address),
        contact=_CONTACT.from_proto(msg.contact) if msg.HasField("contact") else None,
    )


def _period(r: RequestReader, msg: pb.Period, path: str, bts: tuple[str, str]) -> model.Period:
    return _PERIOD.from_proto(
        msg, start=r.date(msg.start, f"{path}.start", bts[0]), end=r.date(msg.end, f"{path}.end", bts[1])
    )


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
) -> model.AllowanceCharge:
    kind = 2 * line_level + msg.is_charge

    def term(name: str) -> str:
        return _AC_TERMS[name][kind]

    return _ALLOWANCE_CHARGE.from_proto(
        msg,
        amount=r.amount(msg.amount, f"{path}.amount", term("amount"), _AC_AMOUNT_RULES[kind]),
        base_amount=r.decimal(msg.base_amount, f"{path}.base_amount", term("base_amount")),
        percentage=r.decimal(msg.percentage, f"{path}.percentage", term("percentage")),
        vat_category=r.enum(
            model.VatCategory, msg.vat_category, f"{path}.vat_category", term("vat_category")
        ),
        vat_rate=r.decimal(msg.vat_rate, f"{path}.vat_rate", term("vat_rate")),
    )


def _item(msg: pb.Item) -> model.Item:
    attributes = msg.attributes
    return _ITEM.from_proto(
        msg,
        standard_id=_opt_identifier(msg, "standard_id"),
        classifications=_identifiers(msg.classifications),
        attributes=tuple([(a.name, a.value) for a in attributes]) if attributes else (),
    )


def _line(r: RequestReader, msg: pb.InvoiceLine, path: str) -> model.InvoiceLine:
    decimal = r.decimal
    category = r.enum(
        model.VatCategory, msg.vat_category, f"{path}.vat_category", "BT-151", required_by="BR-CO-04"
    )
    vat_rate, base_quantity, gross_price = msg.vat_rate, msg.base_quantity, msg.gross_price
    price_discount, net_amount, allowances_charges = (
        msg.price_discount,
        msg.net_amount,
        msg.allowances_charges,
    )
    return _LINE.from_proto(
        msg,
        quantity=r.amount(msg.quantity, f"{path}.quantity", "BT-129", "BR-22"),
        net_price=r.amount(msg.net_price, f"{path}.net_price", "BT-146", "BR-26"),
        item=_item(msg.item),
        vat_category=category
        or model.VatCategory.STANDARD,  # a stand-in: the missing category is already a finding
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
        object_id=_opt_identifier(msg, "object_id"),
        period=_period(r, msg.period, f"{path}.period", ("BT-134", "BT-135"))
        if msg.HasField("period")
        else None,
        preceding_invoice=_PRECEDING_INVOICE.from_proto(
            msg.preceding_invoice,
            issue_date=r.date(
                msg.preceding_invoice.issue_date, f"{path}.preceding_invoice.issue_date", "EXT-FR-FE-138"
            ),
        )
        if msg.HasField("preceding_invoice")
        else None,
    )


def _vat_breakdown(r: RequestReader, msg: pb.VatBreakdown, path: str) -> model.VatBreakdown:
    category = r.enum(model.VatCategory, msg.category, f"{path}.category", "BT-118", required_by="BR-47")
    return _VAT_BREAKDOWN.from_proto(
        msg,
        category=category or model.VatCategory.STANDARD,
        rate=r.amount(msg.rate, f"{path}.rate", "BT-119", "BR-48"),
        taxable_amount=r.amount(msg.taxable_amount, f"{path}.taxable_amount", "BT-116", "BR-45"),
        tax_amount=r.amount(msg.tax_amount, f"{path}.tax_amount", "BT-117", "BR-46"),
    )


def _totals(r: RequestReader, msg: pb.Totals) -> model.Totals:
    def amount(name: str, bt: str, rule: str) -> Decimal:
        return r.amount(getattr(msg, name), f"totals.{name}", bt, rule)

    return _TOTALS.from_proto(
        msg,
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


async def read_invoices(request: Message, invoices: Sequence[pb.Invoice]) -> list[model.Invoice]:
    """`invoices`, messages of `request`, as domain invoices: read off the event loop when the request is large
    (service.grpc.off_loop)."""
    return await off_loop.read(request, lambda: [invoice_from_proto(invoice) for invoice in invoices])


def invoice_from_proto(msg: pb.Invoice) -> model.Invoice:
    """The domain invoice; raises InvoiceRejected listing every malformed or missing value."""
    r = RequestReader()
    issue_date = r.date(msg.issue_date, "issue_date", "BT-2", required_by="BR-03")
    type_code = r.enum(DocumentType, msg.type_code, "type_code", "BT-3", required_by="BR-04")
    delivery = None
    if msg.HasField("delivery"):
        d = msg.delivery
        delivery = _DELIVERY.from_proto(
            d,
            location=_opt_identifier(d, "location"),
            date=r.date(d.date, "delivery.date", "BT-72"),
            address=_ADDRESS.from_proto(d.address) if d.HasField("address") else None,
        )
    invoice = _INVOICE.from_proto(
        msg,
        issue_date=issue_date or date.min,
        type_code=type_code or DocumentType.COMMERCIAL_INVOICE,
        seller=_party(msg.seller),
        buyer=_party(msg.buyer),
        lines=tuple([_line(r, m, f"lines[{i}]") for i, m in enumerate(msg.lines)]),
        processing_rule=r.enum(model.ProcessingRule, msg.processing_rule, "processing_rule", "BAR")
        or model.ProcessingRule.B2B,
        specification=msg.specification or model.EN16931_SPECIFICATION,
        territory=r.enum(model.Territory, msg.territory, "territory", "") or model.Territory.MAINLAND,
        vat_point_date=r.date(msg.vat_point_date, "vat_point_date", "BT-7"),
        due_date=r.date(msg.due_date, "due_date", "BT-9"),
        invoiced_object=_opt_identifier(msg, "invoiced_object"),
        notes=tuple([_NOTE.from_proto(n) for n in msg.notes]),
        preceding_invoices=_indexed(
            msg.preceding_invoices,
            "preceding_invoices",
            lambda m, p: _PRECEDING_INVOICE.from_proto(
                m, issue_date=r.date(m.issue_date, f"{p}.issue_date", "BT-26")
            ),
        ),
        payee=(
            _PAYEE.from_proto(
                msg.payee,
                identifier=_opt_identifier(msg.payee, "identifier"),
                legal_registration=_opt_identifier(msg.payee, "legal_registration"),
            )
            if msg.HasField("payee")
            else None
        ),
        tax_representative=(
            _TAX_REPRESENTATIVE.from_proto(
                msg.tax_representative, address=_ADDRESS.from_proto(msg.tax_representative.address)
            )
            if msg.HasField("tax_representative")
            else None
        ),
        delivery=delivery,
        period=_period(r, msg.period, "period", ("BT-73", "BT-74")) if msg.HasField("period") else None,
        payment_instructions=tuple([_PAYMENT_INSTRUCTIONS.from_proto(p) for p in msg.payment_instructions]),
        allowances_charges=_indexed(
            msg.allowances_charges,
            "allowances_charges",
            lambda m, p: _allowance_charge(r, m, p, line_level=False),
        ),
        vat_breakdown=_indexed(msg.vat_breakdown, "vat_breakdown", lambda m, p: _vat_breakdown(r, m, p))
        or None,
        exchange_rate=r.decimal(msg.exchange_rate, "exchange_rate", ""),
        attachments=tuple([_ATTACHMENT.from_proto(a, content=_embedded(a)) for a in msg.attachments]),
        totals=_totals(r, msg.totals) if msg.HasField("totals") else None,
        paid_amount=r.decimal(msg.paid_amount, "paid_amount", "BT-113") or ZERO,
        rounding_amount=r.decimal(msg.rounding_amount, "rounding_amount", "BT-114") or ZERO,
    )
    # Texts, list sizes (and decimals, already bounded by parse_decimal) before any rule, storage or rendering.
    r.findings.extend(out_of_bounds(invoice))
    if r.findings:
        raise InvoiceRejected(r.findings)
    return invoice


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


def known_enums(*values: tuple[EnumTypeWrapper, int, str], required: tuple[str, ...] = ()) -> None:
    """Each (proto enum, number, path) of a request is a value its enum defines, and those at a `required` path
    are not unspecified; raises InvoiceRejected (PDP-ENUM, every one at once) otherwise. For the enums read by name
    or table rather than into a domain enum."""
    _checked(
        lambda r: [
            r.known(wrapper, number, path, required_by=RULE_ENUM if path in required else "")
            for wrapper, number, path in values
        ]
    )


def enum_from_proto(domain_enum: type[E], number: int, path: str) -> E:
    """A mandatory enum of a request; raises InvoiceRejected (PDP-ENUM) when unknown or unspecified."""
    return _checked(lambda r: r.enum(domain_enum, number, path, "", required_by=RULE_ENUM))  # type: ignore[return-value]  # required: never None


# --- domain → proto ---------------------------------------------------------------------------------------


def invoice_summary_to_proto(inv: model.Invoice) -> pb.Invoice:
    """INVOICE_VIEW_BASIC: the invoice's identity and what the gateway computed (BG-22, BG-23)."""
    return pb.Invoice(
        number=inv.number,
        issue_date=day_text(inv.issue_date),
        type_code=enum_to_proto(inv.type_code),
        currency=inv.currency,
        vat_breakdown=_vat_breakdown_to_proto(inv.vat_breakdown),
        totals=_totals_to_proto(inv.totals),
    )


def invoice_to_proto(inv: model.Invoice) -> pb.Invoice:
    return _INVOICE.to_proto(inv, specification=inv.specification)


def finding_to_proto(f: Finding) -> pb.Finding:
    return _FINDING.to_proto(f)


def finding_from_proto(msg: pb.Finding) -> Finding:
    severity = (
        Severity[pb.Severity.Name(msg.severity).removeprefix("SEVERITY_")] if msg.severity else Severity.FATAL
    )
    return _FINDING.from_proto(msg, severity=severity)


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
        credited=cents(books.credited),
        unapplied=books.unapplied,
        reported_sent="" if books.reported_sent is None else cents(books.reported_sent),
        sent_unmatched=books.sent_unmatched,
        replaced_by=books.replaced_by,
        in_force=books.in_force,
        replaced=cents(books.replaced),
        carried=cents(books.carried),
        ended_by=books.ended_by,
        ended=cents(books.ended),
        rates=[
            pb.RateSettlement(
                vat_rate=decimal_text(b.vat_rate),
                total=cents(b.total),
                paid=cents(b.paid),
                outstanding=cents(b.outstanding),
                credited=cents(b.credited),
                replaced=cents(b.replaced),
                carried=cents(b.carried),
                ended=cents(b.ended),
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
