"""Render an invoice as OASIS UBL 2.1: an Invoice, or a CreditNote for the credit-note type codes.

Choices the UBL binding of EN 16931 imposes, and the French conventions of XP Z12-012 Annex B §1.1:
- BT-21 has no UBL element: a note is written `#CODE#text` (e.g. `#PMT#Indemnité forfaitaire…`).
- BT-8 is `cac:InvoicePeriod/cbc:DescriptionCode` with UNTDID 2005 codes (3 = invoice date, 432 = on receipt).
- BT-23 is `cbc:ProfileID`, BT-24 `cbc:CustomizationID`.
- BT-90 (SEPA creditor id) is a seller `cac:PartyIdentification/cbc:ID` with `schemeID="SEPA"`.
- BT-148 only exists as `cac:Price/cac:AllowanceCharge/cbc:BaseAmount`: a gross price without discount is
  written with a zero discount amount.
- CreditNote has no header DueDate: BT-9 goes to `cac:PaymentMeans/cbc:PaymentDueDate`; BT-11 is an
  AdditionalDocumentReference with type code 50.
"""

from __future__ import annotations

import base64
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
    TAX_SCHEME_OTHER,
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


def note_text(subject_code: str, text: str) -> str:
    return f"#{subject_code}#{text}" if subject_code else text


class _UblWriter:
    def __init__(self, invoice: model.Invoice, profile: Profile) -> None:
        check_totals(invoice)
        self.invoice = invoice
        self.profile = profile
        self.credit = invoice.type_code.is_credit_note
        self.currency = invoice.currency

    def amount(self, parent: etree._Element, name: str, value: Decimal, currency: str | None = None) -> None:
        _cbc(parent, name, terms.amount(value), currencyID=currency or self.currency)

    def document(self) -> etree._Element:
        inv = self.invoice
        credit = self.credit
        ns = CREDIT_NOTE_NS if credit else INVOICE_NS
        root = etree.Element(
            f"{{{ns}}}{'CreditNote' if credit else 'Invoice'}", nsmap={None: ns, "cac": CAC_NS, "cbc": CBC_NS}
        )
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
        if inv.buyer_accounting_reference:
            _cbc(root, "AccountingCost", inv.buyer_accounting_reference)
        if inv.buyer_reference:
            _cbc(root, "BuyerReference", inv.buyer_reference)
        bt8 = terms.bt8_for_ubl(inv.vat_point_date_code)
        if inv.period is not None or bt8:
            self.period(root, inv.period or model.Period(), bt8)
        if inv.purchase_order_reference or inv.sales_order_reference:
            order = _cac(root, "OrderReference")
            # cbc:ID is mandatory in OrderReference: "NA" when only the sales order (BT-14) is known (EN 16931 UBL).
            _cbc(order, "ID", inv.purchase_order_reference or "NA")
            if inv.sales_order_reference:
                _cbc(order, "SalesOrderID", inv.sales_order_reference)
        for preceding in inv.preceding_invoices:
            ref = _cac(_cac(root, "BillingReference"), "InvoiceDocumentReference")
            _cbc(ref, "ID", preceding.number)
            if preceding.issue_date is not None:
                _cbc(ref, "IssueDate", preceding.issue_date.isoformat())
        _in_aggregate(root, "DespatchDocumentReference", "ID", inv.despatch_advice_reference)
        _in_aggregate(root, "ReceiptDocumentReference", "ID", inv.receiving_advice_reference)
        if inv.tender_reference and not credit:
            _cbc(_cac(root, "OriginatorDocumentReference"), "ID", inv.tender_reference)
        _in_aggregate(root, "ContractDocumentReference", "ID", inv.contract_reference)
        if inv.invoiced_object is not None:
            ref = _cac(root, "AdditionalDocumentReference")
            _id(ref, "ID", inv.invoiced_object)
            _cbc(ref, "DocumentTypeCode", "130")
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
        if inv.project_reference and credit:
            ref = _cac(root, "AdditionalDocumentReference")
            _cbc(ref, "ID", inv.project_reference)
            _cbc(ref, "DocumentTypeCode", "50")
        if inv.tender_reference and credit:
            _cbc(_cac(root, "OriginatorDocumentReference"), "ID", inv.tender_reference)
        if inv.project_reference and not credit:
            _cbc(_cac(root, "ProjectReference"), "ID", inv.project_reference)

        creditor_id = next((m.creditor_id for m in inv.payment_instructions if m.creditor_id), "")
        self.party(_cac(_cac(root, "AccountingSupplierParty"), "Party"), inv.seller, creditor_id)
        self.party(_cac(_cac(root, "AccountingCustomerParty"), "Party"), inv.buyer, "")
        if inv.payee is not None:
            payee = _cac(root, "PayeeParty")
            if inv.payee.identifier is not None:
                _id(_cac(payee, "PartyIdentification"), "ID", inv.payee.identifier)
            _cbc(_cac(payee, "PartyName"), "Name", inv.payee.name)
            if inv.payee.legal_registration is not None:
                _id(_cac(payee, "PartyLegalEntity"), "CompanyID", inv.payee.legal_registration)
        if inv.tax_representative is not None:
            rep = _cac(root, "TaxRepresentativeParty")
            _cbc(_cac(rep, "PartyName"), "Name", inv.tax_representative.name)
            self.address(rep, "PostalAddress", inv.tax_representative.address)
            scheme = _cac(rep, "PartyTaxScheme")
            _cbc(scheme, "CompanyID", inv.tax_representative.vat_id)
            _cbc(_cac(scheme, "TaxScheme"), "ID", "VAT")
        self.delivery(root)
        for index, instruction in enumerate(inv.payment_instructions):
            pm = _cac(root, "PaymentMeans")
            if instruction.means_text:
                _cbc(pm, "PaymentMeansCode", instruction.means_code, name=instruction.means_text)
            else:
                _cbc(pm, "PaymentMeansCode", instruction.means_code)
            if credit and index == 0 and inv.due_date is not None:
                _cbc(pm, "PaymentDueDate", inv.due_date.isoformat())
            if instruction.remittance_information:
                _cbc(pm, "PaymentID", instruction.remittance_information)
            if instruction.card_last_digits:
                card = _cac(pm, "CardAccount")
                _cbc(card, "PrimaryAccountNumberID", instruction.card_last_digits)
                _cbc(card, "NetworkID", "NA")  # mandatory in UBL, not a business term
                if instruction.card_holder_name:
                    _cbc(card, "HolderName", instruction.card_holder_name)
            if instruction.iban or instruction.account_name or instruction.bic:
                account = _cac(pm, "PayeeFinancialAccount")
                _cbc(account, "ID", instruction.iban)
                if instruction.account_name:
                    _cbc(account, "Name", instruction.account_name)
                _in_aggregate(account, "FinancialInstitutionBranch", "ID", instruction.bic)
            if instruction.mandate_reference or instruction.debited_account:
                mandate = _cac(pm, "PaymentMandate")
                if instruction.mandate_reference:
                    _cbc(mandate, "ID", instruction.mandate_reference)
                _in_aggregate(mandate, "PayerFinancialAccount", "ID", instruction.debited_account)
        _in_aggregate(root, "PaymentTerms", "Note", inv.payment_terms)
        for ac in inv.allowances_charges:
            self.allowance_charge(root, ac, with_tax=True)
        self.tax_total(root)
        self.monetary_total(root)
        for line in inv.lines:
            self.line(root, line)
        return root

    # --- parties -------------------------------------------------------------------------------------------
    def party(self, holder: etree._Element, party: model.Party, creditor_id: str) -> None:
        if party.electronic_address is not None:
            _id(holder, "EndpointID", party.electronic_address)
        for identifier in party.identifiers:
            _id(_cac(holder, "PartyIdentification"), "ID", identifier)
        if creditor_id:
            _cbc(_cac(holder, "PartyIdentification"), "ID", creditor_id, schemeID=SEPA_SCHEME)
        _in_aggregate(holder, "PartyName", "Name", party.trading_name)
        self.address(holder, "PostalAddress", party.address)
        for value, scheme_id in ((party.vat_id, "VAT"), (party.tax_registration_id, TAX_SCHEME_OTHER)):
            if value:
                scheme = _cac(holder, "PartyTaxScheme")
                _cbc(scheme, "CompanyID", value)
                _cbc(_cac(scheme, "TaxScheme"), "ID", scheme_id)
        legal = _cac(holder, "PartyLegalEntity")
        _cbc(legal, "RegistrationName", party.name)
        if party.legal_registration is not None:
            _id(legal, "CompanyID", party.legal_registration)
        if party.legal_form:
            _cbc(legal, "CompanyLegalForm", party.legal_form)
        if party.contact is not None:
            TABLES["contact"].write(_cac(holder, "Contact"), party.contact)

    @staticmethod
    def address(holder: etree._Element, name: str, address: model.Address) -> None:
        TABLES["address"].write(_cac(holder, name), address)

    def delivery(self, root: etree._Element) -> None:
        delivery = self.invoice.delivery
        if delivery is None:
            return
        element = _cac(root, "Delivery")
        if delivery.date is not None:
            _cbc(element, "ActualDeliveryDate", delivery.date.isoformat())
        if delivery.location is not None or delivery.address is not None:
            location = _cac(element, "DeliveryLocation")
            if delivery.location is not None:
                _id(location, "ID", delivery.location)
            if delivery.address is not None:
                self.address(location, "Address", delivery.address)
        if delivery.party_name:
            _cbc(_cac(_cac(element, "DeliveryParty"), "PartyName"), "Name", delivery.party_name)

    @staticmethod
    def period(holder: etree._Element, period: model.Period, description_code: str = "") -> None:
        element = _cac(holder, "InvoicePeriod")
        if period.start is not None:
            _cbc(element, "StartDate", period.start.isoformat())
        if period.end is not None:
            _cbc(element, "EndDate", period.end.isoformat())
        if description_code:
            _cbc(element, "DescriptionCode", description_code)

    # --- amounts -------------------------------------------------------------------------------------------
    def allowance_charge(self, holder: etree._Element, ac: model.AllowanceCharge, *, with_tax: bool) -> None:
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
        element = _cac(root, "CreditNoteLine" if self.credit else "InvoiceLine")
        _cbc(element, "ID", line.id)
        if line.note:
            _cbc(element, "Note", line.note)
        _cbc(
            element,
            "CreditedQuantity" if self.credit else "InvoicedQuantity",
            terms.number(line.quantity),
            unitCode=line.unit_code,
        )
        self.amount(element, "LineExtensionAmount", line.net_amount)
        if line.accounting_reference:
            _cbc(element, "AccountingCost", line.accounting_reference)
        if line.period is not None:
            self.period(element, line.period)
        _in_aggregate(element, "OrderLineReference", "LineID", line.order_line_reference)
        if line.object_id is not None:
            ref = _cac(element, "DocumentReference")
            _id(ref, "ID", line.object_id)
            _cbc(ref, "DocumentTypeCode", "130")
        for ac in line.allowances_charges:
            self.allowance_charge(element, ac, with_tax=False)
        TABLES["item"].write(
            _cac(element, "Item"),
            line.item,
            slots={
                "tax": partial(
                    self.tax_category,
                    name="ClassifiedTaxCategory",
                    category=line.vat_category,
                    rate=line.vat_rate,
                ),
                "attributes": partial(_attributes, line.item),
            },
        )
        price = _cac(element, "Price")
        _cbc(price, "PriceAmount", terms.number(line.net_price), currencyID=self.currency)
        if line.base_quantity is not None:
            _cbc(price, "BaseQuantity", terms.number(line.base_quantity), unitCode=line.unit_code)
        if line.gross_price is not None:
            discount = _cac(price, "AllowanceCharge")
            _cbc(discount, "ChargeIndicator", "false")
            _cbc(
                discount, "Amount", terms.number(line.price_discount or Decimal(0)), currencyID=self.currency
            )
            _cbc(discount, "BaseAmount", terms.number(line.gross_price), currencyID=self.currency)


def ubl_tree(invoice: model.Invoice, profile: Profile = Profile.EN16931) -> etree._Element:
    return _UblWriter(invoice, profile).document()


def render_ubl(invoice: model.Invoice, profile: Profile = Profile.EN16931) -> bytes:
    """UBL 2.1 Invoice (or CreditNote for credit-note type codes) of an invoice whose totals are computed."""
    return etree.tostring(ubl_tree(invoice, profile), xml_declaration=True, encoding="UTF-8")
