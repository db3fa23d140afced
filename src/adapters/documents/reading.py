"""What the CII and UBL readers share once a value is out of its syntax: BT-3, the BAR note, identifiers, the
parsed document. Each function is the one place a rule of the model (or its error message) is written."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from lxml import etree

from adapters.documents import terms
from adapters.documents.xml_reader import Tracker
from domain.document_formats import DocumentError, DocumentFormat, ParsedDocument, profile_from_urn
from domain.document_types import DocumentType
from domain.identifiers import SIRET_SCHEME
from domain.invoice import (
    AllowanceCharge,
    Identifier,
    Invoice,
    Note,
    ProcessingRule,
    Totals,
    VatCategory,
)
from domain.money import ZERO

# The BAR values a document can carry; B2G has none (a BAR note "B2G" stays a note, which BR-FR-20 refuses).
_PROCESSING_RULES = {rule.bar_value: rule for rule in ProcessingRule if rule.bar_value is not None}


def document_type(type_text: str) -> DocumentType:
    """BT-3 as written: any UNTDID 1001 code (1 to 3 digits) is read, the French ones and the others alike; the
    rules judge it (CEN BR-CL-01, BR-FR-04). Only text that cannot be such a code is refused, and an absent one
    (UBL allows a CreditNote without it: OASIS's own example) is named missing."""
    if not type_text:
        raise DocumentError("BT-3: the invoice type code is missing (BR-04)")
    try:
        return DocumentType(type_text)
    except ValueError as exc:
        raise DocumentError(
            f"BT-3: invoice type code {type_text!r} is not a UNTDID 1001 code (1 to 3 digits)"
        ) from exc


SPLIT_PAYMENT = "B"  # UNTDID 5305: Italy's split payment


class SplitPaymentNotCarried(DocumentError):
    """VAT category B, Italy's split payment: valid on EN 16931 (BR-CL-18), but BR-B-01 keeps it to domestic Italian
    invoices (seller and buyer in Italy), outside the French reform, and the French CIUS refuses it on every
    e-invoice, emitted or received (BR-FR-15: S, E, AE, K, G, O, Z only). The model does not carry it (the split
    payment's VAT is owed by the buyer to the Italian treasury, not to the seller): refused by BR-FR-15's name."""

    rule_id = "BR-FR-15"


def vat_category(code: str, term: str) -> VatCategory:
    """A VAT category code (BT-95, BT-102, BT-118, BT-151) as written: one of those the model carries; an empty one
    is named missing."""
    if not code:
        raise DocumentError(f"{term}: the VAT category is missing")
    try:
        return VatCategory(code)
    except ValueError as exc:
        carried = ", ".join(category.value for category in VatCategory)
        if (
            code == SPLIT_PAYMENT
        ):  # in EN 16931's list (BR-CL-18): say why it is refused, not that it is wrong
            raise SplitPaymentNotCarried(
                f"{term}: VAT category 'B' (Italy's split payment) is not one the gateway carries ({carried}):"
                " BR-FR-15 allows only S, E, AE, K, G, O, Z on a French e-invoice, and BR-B-01 keeps B to"
                " domestic Italian invoices"
            ) from exc
        raise DocumentError(
            f"{term}: VAT category {code!r} is not one the gateway carries ({carried})"
        ) from exc


def allowance_charge(
    terms: dict[str, Any], category: VatCategory | None, rate: Decimal | None
) -> AllowanceCharge:
    """BG-20/21/27/28: the terms its table reads, and its VAT (BT-95/96, BT-102/103) as each syntax holds it. One not
    subject to VAT (O) has no rate (BR-O-06/07), and the model holds none: a 0 there broke the domain's BR-O-07
    when the invoice read was submitted again (KoSIT's XRechnung-O); the VAT breakdown counts it as 0."""
    return AllowanceCharge(vat_category=category, vat_rate=rate, **terms)


_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


def charge_indicator(text: str, term: str) -> bool:
    """BG-20/21/27/28 charge indicator: an xsd:boolean, so `true`, `false`, `1` or `0` (whitespace collapsed)."""
    value = _BOOLEANS.get(text.strip())
    if value is None:
        raise DocumentError(f"{term}: charge indicator {text!r} is not a boolean (true, false, 1 or 0)")
    return value


def embedded_object(t: Tracker, element: etree._Element | None, term: str) -> dict[str, Any]:
    """An attachment's embedded object (BT-125) as both syntaxes hold it: base64 content (None when absent) with
    its mimeCode and filename attributes; as keyword arguments of `Attachment`."""
    content = None
    if element is not None:
        t.mark(element)
        try:
            content = base64.b64decode("".join((element.text or "").split()), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise DocumentError(f"{term}: the attached object is not valid base64: {exc}") from exc
    return {
        "content": content,
        "mime_code": t.attr(element, "mimeCode"),
        "filename": t.attr(element, "filename"),
    }


def identifier(t: Tracker, element: etree._Element | None) -> Identifier | None:
    """An identifier element with its optional schemeID."""
    if element is None:
        return None
    return Identifier(t.text(element), t.attr(element, "schemeID"))


def in_invoice_currency(code: str, currency: str, accounting_currency: str) -> bool:
    """Whether a VAT total named in `code` can be the invoice's own (BT-110) rather than the one in the VAT
    accounting currency (BT-111): named in the invoice currency or in none, or, when the document leaves its currency
    (BT-5) out, named in any but the accounting one. A document without BT-5 (BR-05 refuses it) kept a VAT total of 0
    (and in UBL no VAT breakdown) where it wrote one in a currency it never declared."""
    return code in ("", currency) or (not currency and code != accounting_currency)


def totals(terms: dict[str, Any], tax_total: Decimal | None, tax_total_accounting: Decimal | None) -> Totals:
    """BG-22: the terms its table reads, and the VAT totals (BT-110, BT-111) each syntax tells apart by currency in
    its own way; a document without BT-110 charges no VAT (0)."""
    return Totals(
        tax_total=tax_total if tax_total is not None else ZERO,
        tax_total_accounting_currency=tax_total_accounting,
        **terms,
    )


def quantity(t: Tracker, element: etree._Element | None, term: str) -> dict[str, Any]:
    """BT-129 and its unit BT-130, which both syntaxes hold in one element; as keyword arguments of `InvoiceLine`."""
    return {
        "quantity": t.required_decimal(element, "", f"{term}/BT-129"),
        "unit_code": t.attr(element, "unitCode"),
    }


def without_zero_discount(line_terms: dict[str, Any]) -> dict[str, Any]:
    """A line's terms with a zero price discount (BT-147) read as none: UBL requires `cbc:Amount` in a price
    allowance, so a gross price alone (BT-148) is written with a discount of 0 there; CII and UBL then read the
    same invoice."""
    return {**line_terms, "price_discount": line_terms["price_discount"] or None}


def line_object(
    refs: Iterable[etree._Element], type_code_tag: str, read: Callable[[etree._Element], Identifier | None]
) -> Identifier | None:
    """BT-128: a line's referenced document is BT-128 and nothing else in EN 16931, so its type code 130 may be left
    out. The first one that gives an identifier is read; any other stays unread, reported as not carried."""
    found = None
    for ref in refs:
        if found is None and (ref.findtext(type_code_tag) or "").strip() in ("130", ""):
            found = read(ref)
    return found


def without_bar_note(invoice: Invoice) -> Invoice:
    """A document without a BAR note: B2G when its buyer is addressed by a SIRET (BT-49, scheme 0009), the shape
    of a public buyer's invoice (domain.b2g; BR-FR-20 has no B2G value); else B2B, as before."""
    address = invoice.buyer.electronic_address
    if address is not None and address.scheme == SIRET_SCHEME:
        return invoice.evolve(processing_rule=ProcessingRule.B2G)
    return invoice


def processing_rule_and_notes(notes: Iterable[Note]) -> tuple[ProcessingRule | None, list[Note]]:
    """The first BAR note naming a processing rule is that rule; every other note stays a note."""
    processing_rule: ProcessingRule | None = None
    kept: list[Note] = []
    for note in notes:
        if note.subject_code == terms.BAR and processing_rule is None and note.text in _PROCESSING_RULES:
            processing_rule = _PROCESSING_RULES[note.text]
        else:
            kept.append(note)
    return processing_rule, kept


def parsed_document(t: Tracker, invoice: Invoice, specification: str, fmt: DocumentFormat) -> ParsedDocument:
    """The reader's result: the invoice, the profile BT-24 announces, and what the model could not carry."""
    return ParsedDocument(
        invoice=invoice,
        format=fmt,
        profile=profile_from_urn(specification),
        specification=specification,
        unmapped=t.unmapped(),
    )
