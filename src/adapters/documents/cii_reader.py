"""Read a UN/CEFACT CII D22B invoice (EN 16931, EXTENDED-CTC-FR or any Factur-X profile) into the model.

Every element the model carries is mapped back to its business term; everything else in the document is
reported by the tracker as `PDP-UNMAPPED` with its XPath (see `xml_reader`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from lxml import etree

from adapters.documents import cii_paths as paths
from adapters.documents import reading, terms
from adapters.documents.cii_paths import NSMAP, RAM_NS, RSM_NS, read_date
from adapters.documents.xml_reader import Tracker, parse_xml
from domain import invoice as model
from domain.document_formats import DocumentError, DocumentFormat, ParsedDocument
from domain.money import ZERO

_ROOT = f"{{{RSM_NS}}}CrossIndustryInvoice"


class _CiiReader:
    def __init__(self, root: etree._Element) -> None:
        if root.tag != _ROOT:
            raise DocumentError(f"not a CII invoice: root element is {root.tag}")
        self.t = Tracker(root, NSMAP)
        self.root = root

    # --- small typed readers ---------------------------------------------------------------------------------
    def date(self, parent: etree._Element | None, path: str, term: str) -> date | None:
        return read_date(self.t, self.t.child(parent, path), term)

    def category(self, parent: etree._Element | None, path: str, term: str) -> model.VatCategory:
        return reading.vat_category(self.t.text(parent, path), term)

    def object_identifier(self, ref: etree._Element) -> model.Identifier:
        """An invoiced object identifier (BT-18, BT-128): a referenced document of type 130, its scheme in
        ReferenceTypeCode."""
        t = self.t
        t.mark(ref)
        t.text(ref, "ram:TypeCode")
        return model.Identifier(t.text(ref, "ram:IssuerAssignedID"), t.text(ref, "ram:ReferenceTypeCode"))

    def period(self, holder: etree._Element | None, term: str) -> model.Period | None:
        return paths.TABLES["period"].value(self.t, self.t.child(holder, "ram:BillingSpecifiedPeriod"), term)

    def allowance_charge(self, element: etree._Element, term: str) -> model.AllowanceCharge:
        t = self.t
        terms = paths.TABLES["allowance-charge"].read(t, element, term)
        tax = t.child(element, "ram:CategoryTradeTax")  # at the document level only
        t.text(tax, "ram:TypeCode")
        category = self.category(tax, "ram:CategoryCode", f"{term}/VAT category") if tax is not None else None
        return reading.allowance_charge(
            terms, category, t.decimal(tax, "ram:RateApplicablePercent", f"{term}/VAT rate")
        )

    # --- the document ----------------------------------------------------------------------------------------
    def invoice(self) -> tuple[model.Invoice, str]:
        t = self.t
        root = self.root
        context = t.child(root, "rsm:ExchangedDocumentContext")
        business_process = t.text(context, "ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID")
        specification = t.text(context, "ram:GuidelineSpecifiedDocumentContextParameter/ram:ID")
        if specification.endswith(":minimum") and t.peek(root, _LINES_PATH) == []:
            # ZUGFeRD 2.0's MINIMUM gives BT-106 but no VAT breakdown (BG-23) either: read, its totals would be
            # recomputed from no lines wherever the invoice is rendered
            missing = " and BT-106 is missing" if t.peek(root, _LINE_TOTAL_PATH) == [] else ""
            raise DocumentError(
                f"a Factur-X MINIMUM document (BT-24 {specification}) is a booking aid, not an invoice under"
                f" EN 16931: it has no lines (BG-25){missing}; `document validate` gives its findings"
            )

        header = t.child(root, "rsm:ExchangedDocument")
        number = t.text(header, "ram:ID")
        type_text = t.text(header, "ram:TypeCode")
        type_code = reading.document_type(type_text)
        issue_date = self.date(header, "ram:IssueDateTime", "BT-2")
        if issue_date is None:
            raise DocumentError("BR-03: an invoice shall have an issue date (BT-2); this one has none")
        processing_rule, notes = reading.processing_rule_and_notes(
            model.Note(t.text(element, "ram:Content"), t.text(element, "ram:SubjectCode"))
            for element in t.children(header, "ram:IncludedNote")
        )

        transaction = t.child(root, "rsm:SupplyChainTradeTransaction")
        agreement = t.child(transaction, "ram:ApplicableHeaderTradeAgreement")
        delivery_element = t.child(transaction, "ram:ApplicableHeaderTradeDelivery")
        settlement = t.child(transaction, "ram:ApplicableHeaderTradeSettlement")
        currency = t.text(settlement, "ram:InvoiceCurrencyCode")
        accounting_currency = t.text(settlement, "ram:TaxCurrencyCode")

        tender = ""
        invoiced_object = None
        attachments: list[model.Attachment] = []
        for ref in t.peek(agreement, "ram:AdditionalReferencedDocument"):
            code = (ref.findtext(_RAM + "TypeCode") or "").strip()
            if code == "916":
                t.mark(ref)
                t.text(ref, "ram:TypeCode")
                term = f"BG-24[{len(attachments) + 1}]"
                obj = t.child(ref, "ram:AttachmentBinaryObject")
                attachments.append(
                    model.Attachment(
                        reference=t.text(ref, "ram:IssuerAssignedID"),
                        description=t.text(ref, "ram:Name"),
                        uri=t.text(ref, "ram:URIID"),
                        **reading.embedded_object(t, obj, f"{term}/BT-125"),
                    )
                )
            elif code == "50" and not tender:
                t.mark(ref)
                t.text(ref, "ram:TypeCode")
                tender = t.text(ref, "ram:IssuerAssignedID")
            elif code == "130" and invoiced_object is None:
                invoiced_object = self.object_identifier(ref)

        vat_point_date = None
        vat_point_code = ""
        breakdown = []
        for tax in t.children(settlement, "ram:ApplicableTradeTax"):
            breakdown.append(
                model.VatBreakdown(
                    category=self.category(tax, "ram:CategoryCode", "BG-23/BT-118"),
                    rate=t.decimal(tax, "ram:RateApplicablePercent", "BG-23/BT-119") or ZERO,
                    **paths.TABLES["vat-breakdown"].read(t, tax, "BG-23"),
                )
            )
            code_element = t.peek(tax, "ram:DueDateTypeCode")
            code = (code_element[0].text or "").strip() if code_element else ""
            if code and code == (vat_point_code or code):
                t.mark(code_element[0])  # a different BT-8 in another BG-23 stays unread and is reported
                vat_point_code = code
            point = t.child(tax, "ram:TaxPointDate")
            if point is not None and vat_point_date is None:
                fmt = t.attr(t.child(point, "udt:DateString"), "format")
                if fmt and fmt != "102":
                    raise DocumentError(f"BT-7: date format {fmt!r} is not 102 (CCYYMMDD)")
                vat_point_date = t.to_date(t.text(point, "udt:DateString"), "%Y%m%d", "BT-7")

        terms_element = t.child(settlement, "ram:SpecifiedTradePaymentTerms")
        # the references hold the seller and buyer: read before the lines, as a missing party always was
        references = paths.TABLES["references"].read(t, transaction)
        invoice = model.Invoice(
            number=number,
            issue_date=issue_date,
            type_code=type_code,
            currency=currency,
            lines=tuple(
                self.line(e, f"BG-25[{i}]")
                for i, e in enumerate(t.children(transaction, "ram:IncludedSupplyChainTradeLineItem"), 1)
            ),
            processing_rule=processing_rule or model.ProcessingRule.B2B,  # B2G: see without_bar_note
            territory=terms.territory_of(r.rate for r in breakdown),
            business_process=business_process,
            specification=specification,
            accounting_currency=accounting_currency,
            vat_point_date_code=vat_point_code,
            vat_point_date=vat_point_date,
            due_date=self.date(terms_element, "ram:DueDateDateTime", "BT-9"),
            **references,
            tender_reference=tender,
            invoiced_object=invoiced_object,
            attachments=tuple(attachments),
            notes=tuple(notes),
            preceding_invoices=paths.TABLES["preceding-invoice"].values(
                t, t.children(settlement, "ram:InvoiceReferencedDocument"), "BG-3"
            ),
            delivery=self.delivery(delivery_element),
            period=self.period(settlement, "BG-14"),
            payment_instructions=self.payment_instructions(settlement, terms_element),
            allowances_charges=tuple(
                self.allowance_charge(e, "BG-20/21")
                for e in t.children(settlement, "ram:SpecifiedTradeAllowanceCharge")
            ),
            vat_breakdown=tuple(breakdown),
        )
        if processing_rule is None:
            invoice = reading.without_bar_note(invoice)
        totals = self.totals(settlement, currency, accounting_currency)
        invoice = invoice.evolve(totals=totals, paid_amount=totals.paid, rounding_amount=totals.rounding)
        return invoice, specification

    def delivery(self, element: etree._Element | None) -> model.Delivery | None:
        t = self.t
        ship_to = t.child(element, "ram:ShipToTradeParty")
        found = paths.TABLES["delivery"].read(t, element)
        return None if ship_to is None and found["date"] is None else model.Delivery(**found)

    def payment_instructions(
        self, settlement: etree._Element | None, terms_element: etree._Element | None
    ) -> tuple[model.PaymentInstructions, ...]:
        t = self.t
        means = t.children(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
        if not means:
            # BT-83/89/90 given alone (FNFE's credit notes, Mustang): BG-16 without its means code BT-81, which
            # breaks BR-49 where CEN's CII rules cannot see it; kept, since whoever pays needs the reference
            alone = model.PaymentInstructions(
                means_code="",
                remittance_information=t.text(settlement, "ram:PaymentReference"),
                creditor_id=t.text(settlement, "ram:CreditorReferenceID"),
                mandate_reference=t.text(terms_element, "ram:DirectDebitMandateID"),
            )
            return (alone,) if alone != model.PaymentInstructions(means_code="") else ()
        table = paths.TABLES["payment-instructions"]
        instructions = list(table.values(t, means))
        # CII holds the remittance information (BT-83), creditor id (BT-90) and mandate (BT-89) once per document.
        instructions[0] = replace(
            instructions[0],
            remittance_information=t.text(settlement, "ram:PaymentReference"),
            creditor_id=t.text(settlement, "ram:CreditorReferenceID"),
            mandate_reference=t.text(terms_element, "ram:DirectDebitMandateID"),
        )
        return tuple(instructions)

    def totals(
        self, settlement: etree._Element | None, currency: str, accounting_currency: str
    ) -> model.Totals:
        t = self.t
        s = t.child(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
        if s is None:
            raise DocumentError("BG-22: the document totals are missing")
        tax_total: Decimal | None = None
        tax_total_accounting: Decimal | None = None
        for element in t.children(s, "ram:TaxTotalAmount"):
            value = t.required_decimal(element, "", "BT-110")
            code = t.attr(element, "currencyID")
            if tax_total is None and reading.in_invoice_currency(code, currency, accounting_currency):
                tax_total = value
            elif accounting_currency and code == accounting_currency:
                tax_total_accounting = value
            else:
                t.seen.discard(element)
        return reading.totals(paths.TABLES["totals"].read(t, s), tax_total, tax_total_accounting)

    def line(self, element: etree._Element, term: str) -> model.InvoiceLine:
        t = self.t
        product = t.child(element, "ram:SpecifiedTradeProduct")
        agreement = t.child(element, "ram:SpecifiedLineTradeAgreement")
        settlement = t.child(element, "ram:SpecifiedLineTradeSettlement")
        gross_price = t.child(agreement, "ram:GrossPriceProductTradePrice")
        base_quantity = t.child(agreement, "ram:NetPriceProductTradePrice/ram:BasisQuantity")
        if base_quantity is None:
            base_quantity = t.child(gross_price, "ram:BasisQuantity")
        else:
            t.child(gross_price, "ram:BasisQuantity")
        for basis in (base_quantity, t.child(gross_price, "ram:BasisQuantity")):
            t.attr(basis, "unitCode")  # BT-150: the model uses the line's unit (BT-130)
        tax = t.child(settlement, "ram:ApplicableTradeTax")
        t.text(tax, "ram:TypeCode")
        object_id = reading.line_object(
            t.peek(settlement, "ram:AdditionalReferencedDocument"), _RAM + "TypeCode", self.object_identifier
        )
        return model.InvoiceLine(
            **reading.quantity(
                t, t.child(element, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"), term
            ),
            **reading.without_zero_discount(paths.TABLES["line"].read(t, element, term)),
            item=model.Item(
                attributes=tuple(
                    (t.text(c, "ram:Description"), t.text(c, "ram:Value"))
                    for c in t.children(product, "ram:ApplicableProductCharacteristic")
                ),
                **paths.TABLES["item"].read(t, product),
            ),
            vat_category=self.category(tax, "ram:CategoryCode", f"{term}/BT-151"),
            vat_rate=t.decimal(tax, "ram:RateApplicablePercent", f"{term}/BT-152"),
            base_quantity=t.decimal(base_quantity, "", f"{term}/BT-149"),
            allowances_charges=tuple(
                self.allowance_charge(e, f"{term}/BG-27/28")
                for e in t.children(settlement, "ram:SpecifiedTradeAllowanceCharge")
            ),
            object_id=object_id,
            period=self.period(settlement, f"{term}/BG-26"),
        )


_LINES_PATH = "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem"
_LINE_TOTAL_PATH = (
    "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
    "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:LineTotalAmount"
)
_RAM = f"{{{RAM_NS}}}"


def read_cii_tree(root: etree._Element, fmt: DocumentFormat = DocumentFormat.CII) -> ParsedDocument:
    reader = _CiiReader(root)
    invoice, specification = reader.invoice()
    # CII states BT-5 once; a currencyID repeating it on an amount (CII-DT-031 warns of it) carries nothing more
    reader.t.accept_attribute("currencyID", invoice.currency)
    return reading.parsed_document(reader.t, invoice, specification, fmt)


def parse_cii(content: bytes) -> ParsedDocument:
    return read_cii_tree(parse_xml(content))
