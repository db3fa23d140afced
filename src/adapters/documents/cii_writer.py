"""Render an invoice as UN/CEFACT CII D22B (uncoupled): EN 16931, EXTENDED-CTC-FR and the Factur-X profiles.

One message carries invoices, credit notes and corrective invoices (BT-3 tells them apart). Elements are written
in the order the D22B schema's sequences impose; the Factur-X BASIC WL schema is a restriction that forbids
lines and several optional terms, which are then left out (the readable PDF still shows them).
Built with lxml directly: a 10-line invoice renders in well under a millisecond.
"""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import partial

from lxml import etree

from adapters.documents import terms
from adapters.documents.cii_paths import NSMAP, RAM_NS, RSM_NS, TABLES, UDT_NS, write_date
from domain import invoice as model
from domain.document_formats import Profile, check_totals

_RSM = f"{{{RSM_NS}}}"
_RAM = f"{{{RAM_NS}}}"
_UDT = f"{{{UDT_NS}}}"
_SUB = etree.SubElement


def _ram(parent: etree._Element, name: str, text: str | None = None, **attrib: str) -> etree._Element:
    element = _SUB(parent, _RAM + name, attrib) if attrib else _SUB(parent, _RAM + name)
    if text is not None:
        element.text = text
    return element


def _date_time(parent: etree._Element, name: str, value: date) -> None:
    write_date(_ram(parent, name), value)


def _referenced_document(reference: str, type_code: str, holder: etree._Element) -> etree._Element:
    """A referenced document: BT-17 (type 50), BT-18 and BT-128 (type 130)."""
    ref = _ram(holder, "AdditionalReferencedDocument")
    _ram(ref, "IssuerAssignedID", reference)
    _ram(ref, "TypeCode", type_code)
    return ref


def _object_reference(holder: etree._Element, object_id: model.Identifier) -> None:
    """An invoiced object identifier (BT-18, BT-128): a referenced document of type 130, its scheme in
    ReferenceTypeCode."""
    ref = _referenced_document(object_id.value, "130", holder)
    if object_id.scheme:
        _ram(ref, "ReferenceTypeCode", object_id.scheme)


def _category(tax: etree._Element, category: model.VatCategory) -> None:
    _ram(tax, "CategoryCode", category.value)


def _rate(tax: etree._Element, category: model.VatCategory, rate: Decimal | None) -> None:
    if rate is not None and category not in terms.RATELESS_CATEGORIES:
        _ram(tax, "RateApplicablePercent", terms.rate(rate))


def _allowance_tax(ac: model.AllowanceCharge, holder: etree._Element) -> None:
    """BT-95/96 (BT-102/103): the VAT of a document-level allowance or charge; a rate is written but for O."""
    assert ac.vat_category is not None
    tax = _ram(holder, "CategoryTradeTax")
    _ram(tax, "TypeCode", "VAT")
    _category(tax, ac.vat_category)
    _rate(tax, ac.vat_category, ac.vat_rate if ac.vat_rate is not None else Decimal(0))


def _item(item: model.Item, product: etree._Element) -> None:
    TABLES["item"].write(product, item, slots={"attributes": partial(_attributes, item)})


def _quantity(name: str, quantity: Decimal, unit_code: str, holder: etree._Element) -> None:
    """BT-129 with its unit BT-130, or BT-149 with the same unit (the model holds one: BT-150 = BT-130)."""
    _ram(holder, name, terms.number(quantity), unitCode=unit_code)


def _line_tax(line: model.InvoiceLine, settlement: etree._Element) -> None:
    """BT-151, BT-152: the line's VAT."""
    tax = _ram(settlement, "ApplicableTradeTax")
    _ram(tax, "TypeCode", "VAT")
    _category(tax, line.vat_category)
    _rate(tax, line.vat_category, line.vat_rate)


def _attributes(item: model.Item, product: etree._Element) -> None:
    for name, value in item.attributes:  # BG-32
        characteristic = _ram(product, "ApplicableProductCharacteristic")
        _ram(characteristic, "Description", name)
        _ram(characteristic, "Value", value)


class _CiiWriter:
    def __init__(self, invoice: model.Invoice, profile: Profile) -> None:
        check_totals(invoice)
        self.invoice = invoice
        self.profile = profile
        self.full = (
            profile is not Profile.BASIC_WL
        )  # BASIC WL: no lines, contacts, BT-11/14/15/17/18/82/85/86…

    def document(self) -> etree._Element:
        inv = self.invoice
        root = etree.Element(_RSM + "CrossIndustryInvoice", nsmap=NSMAP)
        context = _SUB(root, _RSM + "ExchangedDocumentContext")
        if inv.business_process:
            _ram(
                _ram(context, "BusinessProcessSpecifiedDocumentContextParameter"), "ID", inv.business_process
            )
        _ram(_ram(context, "GuidelineSpecifiedDocumentContextParameter"), "ID", self.profile.urn)

        header = _SUB(root, _RSM + "ExchangedDocument")
        _ram(header, "ID", inv.number)
        _ram(header, "TypeCode", inv.type_code.value)
        _date_time(header, "IssueDateTime", inv.issue_date)
        for note in terms.document_notes(inv):
            included = _ram(header, "IncludedNote")
            _ram(included, "Content", note.text)
            if note.subject_code:
                _ram(included, "SubjectCode", note.subject_code)

        slots = {
            "delivery": self.delivery,
            "settlement": self.settlement,
            "payment_means": self.payment_means,
            "totals": self.totals,
        }
        if self.full:
            slots["lines"] = self.lines
            slots["documents"] = self.documents
        if inv.tender_reference:
            slots["tender_reference"] = partial(_referenced_document, inv.tender_reference, "50")
        if inv.due_date is not None or any(m.mandate_reference for m in inv.payment_instructions):
            slots["due_date"] = self.due_date_and_mandate
        # BASIC WL has no room for the buyer's BT-45 (it has the seller's BT-28): a leave-out is per group, not role
        written = inv if self.full else inv.evolve(buyer=replace(inv.buyer, trading_name=""))
        TABLES["references"].writer(self.profile.value)(
            _SUB(root, _RSM + "SupplyChainTradeTransaction"), written, slots=slots
        )
        return root

    def lines(self, transaction: etree._Element) -> None:
        for line in self.invoice.lines:
            self.line(transaction, line)

    # --- BG-25 lines -------------------------------------------------------------------------------------------
    def line(self, transaction: etree._Element, line: model.InvoiceLine) -> None:
        if line.net_amount is None:
            raise ValueError(f"BG-25[{line.id}]/BT-131: compute the line net amounts before rendering")
        if line.gross_price is None and line.price_discount is not None:
            # CII holds a discount only under a gross price, required there (a UBL may give BT-147 alone): the
            # one EN 16931 implies, BT-148 = BT-146 + BT-147
            line = replace(line, gross_price=line.net_price + line.price_discount)
        slots = {
            "item": partial(_item, line.item),
            "quantity": partial(_quantity, "BilledQuantity", line.quantity, line.unit_code),
            "tax": partial(_line_tax, line),
            "allowances_charges": partial(self.allowance_charges, line.allowances_charges, with_tax=False),
        }
        if line.base_quantity is not None:
            base_quantity = partial(_quantity, "BasisQuantity", line.base_quantity, line.unit_code)
            slots["net_base_quantity"] = base_quantity
            if line.gross_price is not None:
                slots["gross_base_quantity"] = base_quantity
        if line.period is not None:
            slots["period"] = partial(self.period, period=line.period)
        if line.object_id is not None:
            slots["object_id"] = partial(_object_reference, object_id=line.object_id)
        TABLES["line"].writer(self.profile.value)(
            _ram(transaction, "IncludedSupplyChainTradeLineItem"), line, slots=slots
        )

    # --- header agreement: documents -------------------------------------------------------------------------
    def documents(self, agreement: etree._Element) -> None:
        """BT-18 and BG-24: referenced documents of type 130 and 916, after BT-17's (type 50)."""
        inv = self.invoice
        if inv.invoiced_object is not None:
            _object_reference(agreement, inv.invoiced_object)
        for attachment in inv.attachments:  # BG-24
            ref = _ram(agreement, "AdditionalReferencedDocument")
            _ram(ref, "IssuerAssignedID", attachment.reference)
            if attachment.uri:
                _ram(ref, "URIID", attachment.uri)
            _ram(ref, "TypeCode", "916")
            if attachment.description:
                _ram(ref, "Name", attachment.description)
            if attachment.content is not None:
                obj = _ram(
                    ref, "AttachmentBinaryObject", base64.b64encode(attachment.content).decode("ascii")
                )
                obj.set("mimeCode", attachment.mime_code)
                obj.set("filename", attachment.filename)

    # --- header delivery (BG-13, BG-15, BT-72) ----------------------------------------------------------------
    def delivery(self, element: etree._Element) -> None:
        if self.invoice.delivery is not None:
            TABLES["delivery"].write(element, self.invoice.delivery)

    # --- header settlement (BG-16, BG-20/21, BG-22, BG-23, BG-3, BG-10, BG-14) -------------------------------
    def settlement(self, element: etree._Element) -> None:
        """BT-90 and BT-83 (once per document in CII) and the currencies, before the payee (BG-10)."""
        inv = self.invoice
        means = inv.payment_instructions
        creditor_id = next((m.creditor_id for m in means if m.creditor_id), "")
        if creditor_id:
            _ram(element, "CreditorReferenceID", creditor_id)
        remittance = next((m.remittance_information for m in means if m.remittance_information), "")
        if remittance:
            _ram(element, "PaymentReference", remittance)
        if inv.accounting_currency:
            _ram(element, "TaxCurrencyCode", inv.accounting_currency)
        _ram(element, "InvoiceCurrencyCode", inv.currency)

    def payment_means(self, element: etree._Element) -> None:
        """BG-16, BG-23, BG-14, BG-20/21, after the payee (BG-10)."""
        inv = self.invoice
        means = inv.payment_instructions
        write_means = TABLES["payment-instructions"].writer(self.profile.value)
        for instruction in means:
            if not instruction.means_code:  # BT-83/89/90 read alone (cii_reader): written back alone
                continue
            write_means(_ram(element, "SpecifiedTradeSettlementPaymentMeans"), instruction)

        bt8 = terms.bt8_for_cii(inv.vat_point_date_code)
        assert inv.vat_breakdown is not None and inv.totals is not None
        for index, vat in enumerate(inv.vat_breakdown):
            TABLES["vat-breakdown"].write(
                _ram(element, "ApplicableTradeTax"),
                vat,
                slots={
                    "category": partial(_category, category=vat.category),
                    "vat_point": partial(self.vat_point, bt8, first=index == 0),
                    "rate": partial(_rate, category=vat.category, rate=vat.rate),
                },
            )
        if inv.period is not None:
            self.period(element, inv.period)
        self.allowance_charges(inv.allowances_charges, element, with_tax=True)

    def due_date_and_mandate(self, payment_terms: etree._Element) -> None:
        """BT-9, and BT-89 (once per document in CII), after the payment terms' description (BT-20)."""
        inv = self.invoice
        if inv.due_date is not None:
            _date_time(payment_terms, "DueDateDateTime", inv.due_date)
        mandate = next((m.mandate_reference for m in inv.payment_instructions if m.mandate_reference), "")
        if mandate:
            _ram(payment_terms, "DirectDebitMandateID", mandate)

    def totals(self, settlement: etree._Element) -> None:
        """BG-22, then BG-3."""
        inv = self.invoice
        assert inv.totals is not None
        TABLES["totals"].write(
            _ram(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation"),
            inv.totals,
            slots={"tax_totals": self.tax_totals},
        )
        for preceding in inv.preceding_invoices:
            TABLES["preceding-invoice"].write(_ram(settlement, "InvoiceReferencedDocument"), preceding)

    def vat_point(self, bt8: str, tax: etree._Element, *, first: bool) -> None:
        """BT-8 stands in every BG-23, the same value each time (Annex B §1.1; CEN's CII-SR-462 allows one value);
        BT-7 in the first only (CII-SR-461: one TaxPointDate among the header's BG-23)."""
        inv = self.invoice
        if inv.vat_point_date is not None and self.full and first:
            _SUB(_ram(tax, "TaxPointDate"), _UDT + "DateString", format="102").text = terms.cii_date(
                inv.vat_point_date
            )
        if bt8:
            _ram(tax, "DueDateTypeCode", bt8)

    def tax_totals(self, summation: etree._Element) -> None:
        """BT-110, and BT-111 in the accounting currency: one element twice, told apart by its currency."""
        inv = self.invoice
        totals = inv.totals
        assert totals is not None
        _ram(summation, "TaxTotalAmount", terms.amount(totals.tax_total), currencyID=inv.currency)
        if inv.accounting_currency and totals.tax_total_accounting_currency is not None:
            _ram(
                summation,
                "TaxTotalAmount",
                terms.amount(totals.tax_total_accounting_currency),
                currencyID=inv.accounting_currency,
            )

    @staticmethod
    def period(holder: etree._Element, period: model.Period) -> None:
        TABLES["period"].write(_ram(holder, "BillingSpecifiedPeriod"), period)

    @staticmethod
    def allowance_charges(
        charges: tuple[model.AllowanceCharge, ...], holder: etree._Element, *, with_tax: bool
    ) -> None:
        for ac in charges:
            slots = {"tax": partial(_allowance_tax, ac)} if with_tax and ac.vat_category is not None else None
            TABLES["allowance-charge"].write(_ram(holder, "SpecifiedTradeAllowanceCharge"), ac, slots=slots)


def cii_tree(invoice: model.Invoice, profile: Profile = Profile.EN16931) -> etree._Element:
    return _CiiWriter(invoice, profile).document()


def render_cii(invoice: model.Invoice, profile: Profile = Profile.EN16931) -> bytes:
    """The CII D22B XML of an invoice whose totals are computed, announcing `profile` in BT-24."""
    return etree.tostring(cii_tree(invoice, profile), xml_declaration=True, encoding="UTF-8")
