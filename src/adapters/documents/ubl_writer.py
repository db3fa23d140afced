"""Render an invoice as OASIS UBL 2.1: an Invoice, or a CreditNote for the credit-note type codes.

Choices the UBL binding of EN 16931 imposes, and the French conventions of XP Z12-012 Annex B §1.1:
- BT-21 has no UBL element: a note is written `#CODE#text` (e.g. `#PMT#Indemnité forfaitaire…`).
- BT-8 is `cac:InvoicePeriod/cbc:DescriptionCode` with UNTDID 2005 codes (3 = invoice date, 432 = on receipt).
- BT-23 is `cbc:ProfileID`, BT-24 `cbc:CustomizationID`.
- BT-90 (SEPA creditor id) is a seller `cac:PartyIdentification/cbc:ID` with `schemeID="SEPA"` (read on the payee
  too, where the binding also allows it; a payee identifier of that scheme is refused).
- BT-148 only exists as `cac:Price/cac:AllowanceCharge/cbc:BaseAmount`: a gross price without discount is
  written with a zero discount amount.
- CreditNote has no header DueDate: BT-9 goes to `cac:PaymentMeans/cbc:PaymentDueDate`; BT-11 is an
  AdditionalDocumentReference with type code 50.
"""

from __future__ import annotations

import base64
from dataclasses import replace
from decimal import Decimal
from functools import partial

from lxml import etree

from adapters.documents import terms
from adapters.documents.ubl_paths import (
    CAC_NS,
    CBC_NS,
    CREDIT_NOTE_NS,
    INVOICE_NS,
    SEPA_SCHEME,
    TABLES,
)
from domain import invoice as model
from domain.document_formats import Profile, check_totals

_CAC = f"{{{CAC_NS}}}"
_CBC = f"{{{CBC_NS}}}"
_SUB = etree.SubElement


def _cac(parent: etree._Element, name: str) -> etree._Element:
    return _SUB(parent, _CAC + name)


def _cbc(parent: etree._Element, tag: str, text: str, **attrib: str) -> etree._Element:
    element = _SUB(parent, _CBC + tag, attrib) if attrib else _SUB(parent, _CBC + tag)
    element.text = text
    return element


def _in_aggregate(parent: etree._Element, aggregate: str, tag: str, text: str) -> None:
    """An optional value that UBL holds in an aggregate of its own (e.g. ContractDocumentReference/ID): both are
    written only when there is a value."""
    if text:
        _cbc(_cac(parent, aggregate), tag, text)


def _id(parent: etree._Element, name: str, identifier: model.Identifier) -> None:
    if identifier.scheme:
        _cbc(parent, name, identifier.value, schemeID=identifier.scheme)
    else:
        _cbc(parent, name, identifier.value)


def _attributes(item: model.Item, holder: etree._Element) -> None:
    for name, value in item.attributes:  # BG-32
        prop = _cac(holder, "AdditionalItemProperty")
        _cbc(prop, "Name", name)
        _cbc(prop, "Value", value)


def _quantity(name: str, quantity: Decimal, unit_code: str, holder: etree._Element) -> None:
    """BT-129 with its unit BT-130, or BT-149 with the same unit (the model holds one: BT-150 = BT-130)."""
    _cbc(holder, name, terms.number(quantity), unitCode=unit_code)


def _object_reference(name: str, object_id: model.Identifier, holder: etree._Element) -> None:
    """An invoiced object identifier (BT-18, BT-128): a document reference of type 130, its scheme on its ID."""
    ref = _cac(holder, name)
    _id(ref, "ID", object_id)
    _cbc(ref, "DocumentTypeCode", "130")


def _with_creditor_id(invoice: model.Invoice) -> model.Invoice:
    """BT-90 as UBL holds it: an identifier of the seller, of scheme SEPA, after its others."""
    creditor_id = next((m.creditor_id for m in invoice.payment_instructions if m.creditor_id), "")
    if not creditor_id:
        return invoice
    identifiers = (*invoice.seller.identifiers, model.Identifier(creditor_id, SEPA_SCHEME))
    return invoice.evolve(seller=replace(invoice.seller, identifiers=identifiers))


def note_text(subject_code: str, text: str) -> str:
    return f"#{subject_code}#{text}" if subject_code else text


class _UblWriter:
    def __init__(self, invoice: model.Invoice, profile: Profile) -> None:
        check_totals(invoice)
        self.invoice = invoice
        self.profile = profile
        self.credit = invoice.type_code.kind.credit_note
        self.currency = invoice.currency

    def amount(self, parent: etree._Element, name: str, value: Decimal, currency: str | None = None) -> None:
        _cbc(parent, name, terms.amount(value), currencyID=currency or self.currency)

    def document(self) -> etree._Element:
        credit = self.credit
        ns = CREDIT_NOTE_NS if credit else INVOICE_NS
        root = etree.Element(
            f"{{{ns}}}{'CreditNote' if credit else 'Invoice'}", nsmap={None: ns, "cac": CAC_NS, "cbc": CBC_NS}
        )
        slots = {
            "header": self.header,
            "period": self.invoice_period,
            "preceding_invoices": self.preceding_invoices,
            "documents": self.documents,
            "project_reference": self.project_and_credit_tender,
            "payment_means": self.payment_means,
            "amounts": self.amounts,
        }
        TABLES["references"].writer("CreditNote" if credit else "")(
            root, _with_creditor_id(self.invoice), slots=slots
        )
        return root

    def header(self, root: etree._Element) -> None:
        inv = self.invoice
        credit = self.credit
        _cbc(root, "CustomizationID", self.profile.urn)
        if inv.business_process:
            _cbc(root, "ProfileID", inv.business_process)
        _cbc(root, "ID", inv.number)
        _cbc(root, "IssueDate", inv.issue_date.isoformat())
        if not credit and inv.due_date is not None:
            _cbc(root, "DueDate", inv.due_date.isoformat())
        if credit and inv.vat_point_date is not None:
            _cbc(root, "TaxPointDate", inv.vat_point_date.isoformat())
        _cbc(root, "CreditNoteTypeCode" if credit else "InvoiceTypeCode", inv.type_code.value)
        for note in terms.document_notes(inv):
            _cbc(root, "Note", note_text(note.subject_code, note.text))
        if not credit and inv.vat_point_date is not None:
            _cbc(root, "TaxPointDate", inv.vat_point_date.isoformat())
        _cbc(root, "DocumentCurrencyCode", inv.currency)
        if inv.accounting_currency:
            _cbc(root, "TaxCurrencyCode", inv.accounting_currency)

    def invoice_period(self, root: etree._Element) -> None:
        """BG-14, which holds BT-8 in UBL."""
        inv = self.invoice
        bt8 = terms.bt8_for_ubl(inv.vat_point_date_code)
        if inv.period is not None or bt8:
            self.period(root, inv.period or model.Period(), bt8)

    def preceding_invoices(self, root: etree._Element) -> None:
        for preceding in self.invoice.preceding_invoices:
            reference = _cac(_cac(root, "BillingReference"), "InvoiceDocumentReference")
            TABLES["preceding-invoice"].write(reference, preceding)

    def documents(self, root: etree._Element) -> None:
        """BT-18 and BG-24: AdditionalDocumentReferences."""
        inv = self.invoice
        if inv.invoiced_object is not None:
            _object_reference("AdditionalDocumentReference", inv.invoiced_object, root)
        for attachment in inv.attachments:  # BG-24
            ref = _cac(root, "AdditionalDocumentReference")
            _cbc(ref, "ID", attachment.reference)
            if attachment.description:
                _cbc(ref, "DocumentDescription", attachment.description)
            if attachment.content is not None or attachment.uri:
                holder = _cac(ref, "Attachment")
                if attachment.content is not None:
                    obj = _cbc(
                        holder,
                        "EmbeddedDocumentBinaryObject",
                        base64.b64encode(attachment.content).decode("ascii"),
                    )
                    obj.set("mimeCode", attachment.mime_code)
                    obj.set("filename", attachment.filename)
                _in_aggregate(holder, "ExternalReference", "URI", attachment.uri)

    def project_and_credit_tender(self, root: etree._Element) -> None:
        """BT-11: an Invoice's ProjectReference; a CreditNote's AdditionalDocumentReference of type 50, followed
        by its BT-17 (the references table writes an Invoice's BT-17 before the contract)."""
        inv = self.invoice
        if not self.credit:
            _in_aggregate(root, "ProjectReference", "ID", inv.project_reference)
            return
        if inv.project_reference:
            ref = _cac(root, "AdditionalDocumentReference")
            _cbc(ref, "ID", inv.project_reference)
            _cbc(ref, "DocumentTypeCode", "50")
        _in_aggregate(root, "OriginatorDocumentReference", "ID", inv.tender_reference)

    def payment_means(self, root: etree._Element) -> None:
        """BG-16, each a cac:PaymentMeans; BT-82 (carried once: carrying.py) on the first that gives it only, as
        UBL-SR-46 holds it once."""
        inv = self.invoice
        named = False
        for index, given in enumerate(inv.payment_instructions):
            instruction = replace(given, means_text="") if named else given
            named = named or bool(given.means_text)
            slots = {}
            if self.credit and index == 0 and inv.due_date is not None:  # a CreditNote has no header DueDate
                slots["due_date"] = partial(_cbc, tag="PaymentDueDate", text=inv.due_date.isoformat())
            TABLES["payment-instructions"].write(_cac(root, "PaymentMeans"), instruction, slots=slots)

    def amounts(self, root: etree._Element) -> None:
        """BG-20/21, BG-23 with BT-110/111, BG-22, then BG-25."""
        inv = self.invoice
        self.allowance_charges(inv.allowances_charges, root, with_tax=True)
        self.tax_total(root)
        self.monetary_total(root)
        for line in inv.lines:
            self.line(root, line)

    @staticmethod
    def period(holder: etree._Element, period: model.Period, description_code: str = "") -> None:
        slots = {"description_code": partial(_cbc, tag="DescriptionCode", text=description_code)}
        TABLES["period"].write(
            _cac(holder, "InvoicePeriod"), period, slots=slots if description_code else None
        )

    # --- amounts -------------------------------------------------------------------------------------------
    def allowance_charges(
        self, charges: tuple[model.AllowanceCharge, ...], holder: etree._Element, *, with_tax: bool
    ) -> None:
        for ac in charges:
            slots = None
            if with_tax and ac.vat_category is not None:
                slots = {
                    "tax": partial(
                        self.tax_category,
                        name="TaxCategory",
                        category=ac.vat_category,
                        rate=ac.vat_rate or Decimal(0),
                    )
                }
            TABLES["allowance-charge"].write(_cac(holder, "AllowanceCharge"), ac, self.currency, slots)

    @staticmethod
    def tax_category(
        holder: etree._Element,
        name: str,
        category: model.VatCategory,
        rate: Decimal | None,
        reason_code: str = "",
        reason: str = "",
    ) -> None:
        element = _cac(holder, name)
        _cbc(element, "ID", category.value)
        if rate is not None and category not in terms.RATELESS_CATEGORIES:
            _cbc(element, "Percent", terms.rate(rate))
        if reason_code:
            _cbc(element, "TaxExemptionReasonCode", reason_code)
        if reason:
            _cbc(element, "TaxExemptionReason", reason)
        _cbc(_cac(element, "TaxScheme"), "ID", "VAT")

    def tax_total(self, root: etree._Element) -> None:
        inv = self.invoice
        assert inv.totals is not None and inv.vat_breakdown is not None
        total = _cac(root, "TaxTotal")
        self.amount(total, "TaxAmount", inv.totals.tax_total)
        for vat in inv.vat_breakdown:
            category = partial(
                self.tax_category,
                name="TaxCategory",
                category=vat.category,
                rate=vat.rate,
                reason_code=vat.exemption_reason_code,
                reason=vat.exemption_reason,
            )
            TABLES["vat-breakdown"].write(
                _cac(total, "TaxSubtotal"), vat, self.currency, {"category": category}
            )
        if inv.accounting_currency and inv.totals.tax_total_accounting_currency is not None:
            self.amount(
                _cac(root, "TaxTotal"),
                "TaxAmount",
                inv.totals.tax_total_accounting_currency,
                inv.accounting_currency,
            )

    def monetary_total(self, root: etree._Element) -> None:
        totals = self.invoice.totals
        assert totals is not None
        TABLES["totals"].write(_cac(root, "LegalMonetaryTotal"), totals, self.currency)

    # --- lines ---------------------------------------------------------------------------------------------
    def line(self, root: etree._Element, line: model.InvoiceLine) -> None:
        if line.net_amount is None:
            raise ValueError(f"BG-25[{line.id}]/BT-131: compute the line net amounts before rendering")
        quantity = "CreditedQuantity" if self.credit else "InvoicedQuantity"
        slots = {
            "quantity": partial(_quantity, quantity, line.quantity, line.unit_code),
            "allowances_charges": partial(self.allowance_charges, line.allowances_charges, with_tax=False),
            "item": partial(self.item, line),
        }
        if line.period is not None:
            slots["period"] = partial(self.period, period=line.period)
        if line.object_id is not None:
            slots["object_id"] = partial(_object_reference, "DocumentReference", line.object_id)
        if line.base_quantity is not None:
            slots["base_quantity"] = partial(_quantity, "BaseQuantity", line.base_quantity, line.unit_code)
        TABLES["line"].write(
            _cac(root, "CreditNoteLine" if self.credit else "InvoiceLine"), line, self.currency, slots
        )

    def item(self, line: model.InvoiceLine, item: etree._Element) -> None:
        tax = partial(
            self.tax_category, name="ClassifiedTaxCategory", category=line.vat_category, rate=line.vat_rate
        )
        TABLES["item"].write(
            item, line.item, slots={"tax": tax, "attributes": partial(_attributes, line.item)}
        )


def ubl_tree(invoice: model.Invoice, profile: Profile = Profile.EN16931) -> etree._Element:
    return _UblWriter(invoice, profile).document()


def render_ubl(invoice: model.Invoice, profile: Profile = Profile.EN16931) -> bytes:
    """UBL 2.1 Invoice (or CreditNote for credit-note type codes) of an invoice whose totals are computed."""
    return etree.tostring(ubl_tree(invoice, profile), xml_declaration=True, encoding="UTF-8")
