"""Read a UBL 2.1 Invoice or CreditNote into the model (conventions in `ubl_writer`'s docstring)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

from lxml import etree

from adapters.documents import reading, terms
from adapters.documents import ubl_paths as paths
from adapters.documents.ubl_paths import CAC_NS, CBC_NS, CREDIT_NOTE_NS, INVOICE_NS, SEPA_SCHEME, read_date
from adapters.documents.xml_reader import Tracker, parse_xml
from domain import invoice as model
from domain.bounds import XML_SPACE
from domain.document_formats import DocumentError, DocumentFormat, ParsedDocument
from domain.money import ZERO

_INVOICE_NAMESPACES = {"inv": INVOICE_NS, "cac": CAC_NS, "cbc": CBC_NS}
_CREDIT_NOTE_NAMESPACES = {"cn": CREDIT_NOTE_NS, "cac": CAC_NS, "cbc": CBC_NS}
_INVOICE_ROOT = f"{{{INVOICE_NS}}}Invoice"
_CREDIT_NOTE_ROOT = f"{{{CREDIT_NOTE_NS}}}CreditNote"
_NOTE = re.compile(r"#([A-Za-z0-9]{1,10})#(.*)", re.DOTALL)


def split_note(text: str) -> model.Note:
    """`#PMT#text` → Note(text, "PMT") (XP Z12-012 Annex B §1.1); a note without code stays as it is. The text
    goes without its surrounding XML white space, as CII's `ram:Content` is read: a note reads the same in both."""
    match = _NOTE.fullmatch(text)
    return model.Note(match.group(2).strip(XML_SPACE), match.group(1)) if match else model.Note(text)


def _without_creditor_id(party: model.Party) -> tuple[model.Party, str]:
    """The party without BT-90, and BT-90: its first identifier of scheme SEPA with a value (see ubl_writer)."""
    identifiers = []
    creditor_id = ""
    for identifier in party.identifiers:
        if identifier.scheme == SEPA_SCHEME and not creditor_id:
            creditor_id = identifier.value
        else:
            identifiers.append(identifier)
    return replace(party, identifiers=tuple(identifiers)), creditor_id


class _UblReader:
    def __init__(self, root: etree._Element) -> None:
        if root.tag == _INVOICE_ROOT:
            self.credit = False
            self.t = Tracker(root, _INVOICE_NAMESPACES)
        elif root.tag == _CREDIT_NOTE_ROOT:
            self.credit = True
            self.t = Tracker(root, _CREDIT_NOTE_NAMESPACES)
        else:
            raise DocumentError(f"not a UBL Invoice or CreditNote: root element is {root.tag}")
        self.root = root

    def payee_without_creditor_id(
        self, root: etree._Element, payee: model.Payee | None, creditor_id: str
    ) -> tuple[model.Payee | None, str]:
        """The payee (BG-10) with its own identifier BT-60, and BT-90 when the payee holds it. EN 16931's UBL
        binding puts BT-90 on the seller or on the payee, as a `cac:PartyIdentification/cbc:ID` of scheme SEPA
        (BR-CL-10 allows SEPA under those two parties only): the payee's SEPA identifier is the bank-assigned
        creditor identifier, not its BT-60, which is its identifier of any other scheme (UBL-SR-20: at most one).
        `creditor_id`: the seller's; a second one (UBL-SR-29 refuses it) stays unread, reported."""
        t = self.t
        holder = t.peek(root, "cac:PayeeParty")
        if payee is None or not holder:
            return payee, creditor_id
        ids = t.peek(holder[0], "cac:PartyIdentification/cbc:ID")
        sepa = next((e for e in ids if (e.get("schemeID") or "").strip(XML_SPACE) == SEPA_SCHEME), None)
        if sepa is None:
            return payee, creditor_id
        if not creditor_id:
            t.mark(sepa)
            creditor_id = t.text(sepa)
            t.attr(sepa, "schemeID")
        own = next((e for e in ids if e is not sepa), None)
        if own is not None:
            t.mark(own)
        return replace(payee, identifier=reading.identifier(t, own)), creditor_id

    def date(self, parent: etree._Element | None, path: str, term: str) -> date | None:
        return read_date(self.t, self.t.child(parent, path), term)

    def amount(self, parent: etree._Element | None, path: str, term: str) -> Decimal | None:
        element = self.t.child(parent, path)
        if element is None:
            return None
        self.t.attr(element, "currencyID")
        return self.t.decimal(element, "", term)

    def required_amount(self, parent: etree._Element | None, path: str, term: str) -> Decimal:
        value = self.amount(parent, path, term)
        if value is None:
            raise DocumentError(f"{term} is missing")
        return value

    def category(self, parent: etree._Element | None, term: str) -> tuple[model.VatCategory, Decimal | None]:
        t = self.t
        code = t.text(parent, "cbc:ID")
        t.text(parent, "cac:TaxScheme/cbc:ID")
        return reading.vat_category(code, term), t.decimal(parent, "cbc:Percent", f"{term}/rate")

    def object_identifier(self, ref: etree._Element) -> model.Identifier | None:
        """An invoiced object identifier (BT-18, BT-128): a document reference of type 130, its scheme on the ID."""
        self.t.mark(ref)
        self.t.text(ref, "cbc:DocumentTypeCode")
        return reading.identifier(self.t, self.t.child(ref, "cbc:ID"))

    def period(self, element: etree._Element | None, term: str) -> model.Period | None:
        period = paths.TABLES["period"].value(self.t, element, term)
        return None if period == model.Period() else period  # the element may hold BT-8 alone

    def allowance_charge(self, element: etree._Element, term: str) -> model.AllowanceCharge:
        terms = paths.TABLES["allowance-charge"].read(self.t, element, term)
        tax = self.t.child(element, "cac:TaxCategory")  # at the document level only
        category, rate = self.category(tax, f"{term}/VAT category") if tax is not None else (None, None)
        return reading.allowance_charge(terms, category, rate)

    # --- the document ----------------------------------------------------------------------------------------
    def invoice(self) -> tuple[model.Invoice, str]:
        t = self.t
        root = self.root
        specification = t.text(root, "cbc:CustomizationID")
        type_text = t.text(root, "cbc:CreditNoteTypeCode" if self.credit else "cbc:InvoiceTypeCode")
        type_code = reading.document_type(type_text)
        issue_date = self.date(root, "cbc:IssueDate", "BT-2")
        if issue_date is None:
            raise DocumentError("BR-03: an invoice shall have an issue date (BT-2); this one has none")

        processing_rule, notes = reading.processing_rule_and_notes(
            split_note(t.text(element)) for element in t.children(root, "cbc:Note")
        )

        currency = t.text(root, "cbc:DocumentCurrencyCode")
        accounting_currency = t.text(root, "cbc:TaxCurrencyCode")
        period_element = t.child(root, "cac:InvoicePeriod")
        bt8 = terms.bt8_from_ubl(t.text(period_element, "cbc:DescriptionCode"))

        project = ""
        invoiced_object = None
        attachments: list[model.Attachment] = []
        for ref in t.peek(root, "cac:AdditionalDocumentReference"):
            code = (ref.findtext(f"{{{CBC_NS}}}DocumentTypeCode") or "").strip()
            if code in ("", "916"):  # BG-24: every other reference names a code of its own (130, 50)
                t.mark(ref)
                if code:
                    t.text(ref, "cbc:DocumentTypeCode")
                holder = t.child(ref, "cac:Attachment")
                obj = t.child(holder, "cbc:EmbeddedDocumentBinaryObject")
                term = f"BG-24[{len(attachments) + 1}]"
                attachments.append(
                    model.Attachment(
                        reference=t.text(ref, "cbc:ID"),
                        description=t.text(ref, "cbc:DocumentDescription"),
                        uri=t.text(holder, "cac:ExternalReference/cbc:URI"),
                        **reading.embedded_object(t, obj, f"{term}/BT-125"),
                    )
                )
            elif code == "130" and invoiced_object is None:
                invoiced_object = self.object_identifier(ref)
            elif code == "50" and self.credit and not project:
                t.mark(ref)
                t.text(ref, "cbc:DocumentTypeCode")
                project = t.text(ref, "cbc:ID")
        if not self.credit:
            project = t.text(root, "cac:ProjectReference/cbc:ID")

        references = paths.TABLES["references"].read(t, root)
        if references["purchase_order_reference"] == "NA" and references["sales_order_reference"]:
            references["purchase_order_reference"] = (
                ""  # the placeholder ubl_writer gives a sales order alone
            )

        if (
            references["delivery"] == model.Delivery()
        ):  # cac:DeliveryTerms alone (UBL-BE): no BG-13 term, as in CII
            references["delivery"] = None
        seller, creditor_id = _without_creditor_id(references.pop("seller"))
        references["payee"], creditor_id = self.payee_without_creditor_id(
            root, references["payee"], creditor_id
        )
        buyer = references.pop(
            "buyer"
        )  # BT-90 is the seller's (or payee's): a buyer's SEPA identifier stays his
        due_date = None if self.credit else self.date(root, "cbc:DueDate", "BT-9")
        instructions = paths.TABLES["payment-instructions"].values(t, t.children(root, "cac:PaymentMeans"))
        if self.credit:
            due_date = self.date(t.child(root, "cac:PaymentMeans"), "cbc:PaymentDueDate", "BT-9")
        if creditor_id:  # without a means of payment, BT-90 alone, as cii_reader keeps it: never dropped
            first = instructions[0] if instructions else model.PaymentInstructions(means_code="")
            instructions = (replace(first, creditor_id=creditor_id), *instructions[1:])

        breakdown = []
        tax_total: Decimal | None = None
        tax_total_accounting: Decimal | None = None
        for total in t.peek(root, "cac:TaxTotal"):
            amount_element = total.find(f"{{{CBC_NS}}}TaxAmount")
            code = "" if amount_element is None else (amount_element.get("currencyID") or "")
            if tax_total is None and reading.in_invoice_currency(code, currency, accounting_currency):
                t.mark(total)
                tax_total = self.required_amount(total, "cbc:TaxAmount", "BT-110")
                for subtotal in t.children(total, "cac:TaxSubtotal"):
                    tax = t.child(subtotal, "cac:TaxCategory")
                    category, rate = self.category(tax, "BG-23/BT-118")
                    breakdown.append(
                        model.VatBreakdown(
                            category=category,
                            rate=rate or ZERO,
                            exemption_reason=t.text(tax, "cbc:TaxExemptionReason"),
                            exemption_reason_code=t.text(tax, "cbc:TaxExemptionReasonCode"),
                            **paths.TABLES["vat-breakdown"].read(t, subtotal, "BG-23"),
                        )
                    )
            elif accounting_currency and code == accounting_currency and tax_total_accounting is None:
                t.mark(total)
                tax_total_accounting = self.required_amount(total, "cbc:TaxAmount", "BT-111")

        totals = self.totals(t.child(root, "cac:LegalMonetaryTotal"), tax_total, tax_total_accounting)
        invoice = model.Invoice(
            number=t.text(root, "cbc:ID"),
            issue_date=issue_date,
            type_code=type_code,
            currency=currency,
            seller=seller,
            buyer=buyer,
            lines=tuple(
                self.line(e, f"BG-25[{i}]")
                for i, e in enumerate(
                    t.children(root, "cac:CreditNoteLine" if self.credit else "cac:InvoiceLine"), 1
                )
            ),
            processing_rule=processing_rule or model.ProcessingRule.B2B,  # B2G: see without_bar_note
            business_process=t.text(root, "cbc:ProfileID"),
            specification=specification,
            territory=terms.territory_of(r.rate for r in breakdown),
            accounting_currency=accounting_currency,
            vat_point_date_code=bt8,
            vat_point_date=self.date(root, "cbc:TaxPointDate", "BT-7"),
            due_date=due_date,
            **references,
            project_reference=project,
            invoiced_object=invoiced_object,
            attachments=tuple(attachments),
            notes=tuple(notes),
            preceding_invoices=paths.TABLES["preceding-invoice"].values(
                t, t.children(root, "cac:BillingReference/cac:InvoiceDocumentReference"), "BG-3"
            ),
            period=self.period(period_element, "BG-14"),
            payment_instructions=instructions,
            allowances_charges=tuple(
                self.allowance_charge(e, "BG-20/21") for e in t.children(root, "cac:AllowanceCharge")
            ),
            vat_breakdown=tuple(breakdown),
            totals=totals,
            paid_amount=totals.paid,
            rounding_amount=totals.rounding,
        )
        if processing_rule is None:
            invoice = reading.without_bar_note(invoice)
        return invoice, specification

    def totals(
        self, element: etree._Element | None, tax_total: Decimal | None, tax_total_accounting: Decimal | None
    ) -> model.Totals:
        if element is None:
            raise DocumentError("BG-22: the document totals are missing")
        return reading.totals(paths.TABLES["totals"].read(self.t, element), tax_total, tax_total_accounting)

    def line(self, element: etree._Element, term: str) -> model.InvoiceLine:
        t = self.t
        item = t.child(element, "cac:Item")
        price = t.child(element, "cac:Price")
        base_quantity = t.child(price, "cbc:BaseQuantity")
        t.attr(base_quantity, "unitCode")  # BT-150: the model uses the line's unit (BT-130)
        category, rate = self.category(t.child(item, "cac:ClassifiedTaxCategory"), f"{term}/BT-151")
        object_id = reading.line_object(
            t.peek(element, "cac:DocumentReference"), f"{{{CBC_NS}}}DocumentTypeCode", self.object_identifier
        )
        line_terms = paths.TABLES["line"].read(t, element, term)
        return model.InvoiceLine(
            **reading.quantity(
                t, t.child(element, "cbc:CreditedQuantity" if self.credit else "cbc:InvoicedQuantity"), term
            ),
            **reading.without_zero_discount(line_terms),
            item=model.Item(
                **paths.TABLES["item"].read(t, item),
                attributes=tuple(
                    (t.text(p, "cbc:Name"), t.text(p, "cbc:Value"))
                    for p in t.children(item, "cac:AdditionalItemProperty")
                ),
            ),
            vat_category=category,
            vat_rate=rate,
            base_quantity=t.decimal(base_quantity, "", f"{term}/BT-149"),
            allowances_charges=tuple(
                self.allowance_charge(e, f"{term}/BG-27/28")
                for e in t.children(element, "cac:AllowanceCharge")
            ),
            object_id=object_id,
            period=self.period(t.child(element, "cac:InvoicePeriod"), f"{term}/BG-26"),
        )


def read_ubl_tree(root: etree._Element) -> ParsedDocument:
    reader = _UblReader(root)
    invoice, specification = reader.invoice()
    return reading.parsed_document(reader.t, invoice, specification, DocumentFormat.UBL)


def parse_ubl(content: bytes) -> ParsedDocument:
    return read_ubl_tree(parse_xml(content))
