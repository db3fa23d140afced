import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DocumentType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DOCUMENT_TYPE_UNSPECIFIED: _ClassVar[DocumentType]
    DOCUMENT_TYPE_SELF_BILLED_CREDIT_NOTE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_CONSOLIDATED_CREDIT_NOTE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_COMMERCIAL_INVOICE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_CREDIT_NOTE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_CORRECTIVE_INVOICE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_PREPAYMENT_INVOICE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_SELF_BILLED_INVOICE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_FACTORED_INVOICE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_FACTORED_CREDIT_NOTE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_SELF_BILLED_CORRECTIVE_INVOICE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_FACTORED_CORRECTIVE_INVOICE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_SELF_BILLED_FACTORED_CORRECTIVE_INVOICE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_SELF_BILLED_PREPAYMENT_INVOICE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_SELF_BILLED_FACTORED_INVOICE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_SELF_BILLED_FACTORED_CREDIT_NOTE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_PREPAYMENT_INVOICE_CREDIT_NOTE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_SELF_BILLED_CORRECTIVE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_SELF_BILLED_CORRECTIVE_FACTORED: _ClassVar[DocumentType]
    DOCUMENT_TYPE_CORRECTIVE_FACTORED: _ClassVar[DocumentType]
    DOCUMENT_TYPE_SELF_BILLED_CORRECTIVE_FACTORED_CONFIDENTIAL: _ClassVar[DocumentType]
    DOCUMENT_TYPE_PREPAYMENT_CREDIT_NOTE: _ClassVar[DocumentType]
    DOCUMENT_TYPE_SELF_BILLED_FACTORED: _ClassVar[DocumentType]
    DOCUMENT_TYPE_SELF_BILLED_PREPAYMENT: _ClassVar[DocumentType]
    DOCUMENT_TYPE_SELF_BILLED_PREPAYMENT_CREDIT: _ClassVar[DocumentType]

class ProcessingRule(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROCESSING_RULE_UNSPECIFIED: _ClassVar[ProcessingRule]
    PROCESSING_RULE_B2B: _ClassVar[ProcessingRule]
    PROCESSING_RULE_B2B_INT: _ClassVar[ProcessingRule]
    PROCESSING_RULE_B2C: _ClassVar[ProcessingRule]
    PROCESSING_RULE_OUT_OF_SCOPE: _ClassVar[ProcessingRule]
    PROCESSING_RULE_ARCHIVE_ONLY: _ClassVar[ProcessingRule]
    PROCESSING_RULE_B2G: _ClassVar[ProcessingRule]

class VatCategory(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VAT_CATEGORY_UNSPECIFIED: _ClassVar[VatCategory]
    VAT_CATEGORY_STANDARD: _ClassVar[VatCategory]
    VAT_CATEGORY_ZERO_RATED: _ClassVar[VatCategory]
    VAT_CATEGORY_EXEMPT: _ClassVar[VatCategory]
    VAT_CATEGORY_REVERSE_CHARGE: _ClassVar[VatCategory]
    VAT_CATEGORY_INTRA_EU: _ClassVar[VatCategory]
    VAT_CATEGORY_EXPORT: _ClassVar[VatCategory]
    VAT_CATEGORY_NOT_SUBJECT: _ClassVar[VatCategory]
    VAT_CATEGORY_CANARY: _ClassVar[VatCategory]
    VAT_CATEGORY_CEUTA_MELILLA: _ClassVar[VatCategory]

class Territory(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TERRITORY_UNSPECIFIED: _ClassVar[Territory]
    TERRITORY_MAINLAND: _ClassVar[Territory]
    TERRITORY_CORSICA: _ClassVar[Territory]
    TERRITORY_OVERSEAS: _ClassVar[Territory]

class ProcessingState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROCESSING_STATE_UNSPECIFIED: _ClassVar[ProcessingState]
    PROCESSING_STATE_ACCEPTED: _ClassVar[ProcessingState]
    PROCESSING_STATE_INVALID: _ClassVar[ProcessingState]
    PROCESSING_STATE_READY: _ClassVar[ProcessingState]
    PROCESSING_STATE_SENDING: _ClassVar[ProcessingState]
    PROCESSING_STATE_OUTCOME_UNKNOWN: _ClassVar[ProcessingState]
    PROCESSING_STATE_SENT: _ClassVar[ProcessingState]
    PROCESSING_STATE_FAILED: _ClassVar[ProcessingState]
    PROCESSING_STATE_NOT_TRANSMITTED: _ClassVar[ProcessingState]
    PROCESSING_STATE_CANCELLED: _ClassVar[ProcessingState]

class Severity(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEVERITY_UNSPECIFIED: _ClassVar[Severity]
    SEVERITY_FATAL: _ClassVar[Severity]
    SEVERITY_WARNING: _ClassVar[Severity]
    SEVERITY_INFO: _ClassVar[Severity]

class InvoiceView(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INVOICE_VIEW_UNSPECIFIED: _ClassVar[InvoiceView]
    INVOICE_VIEW_BASIC: _ClassVar[InvoiceView]
    INVOICE_VIEW_FULL: _ClassVar[InvoiceView]
DOCUMENT_TYPE_UNSPECIFIED: DocumentType
DOCUMENT_TYPE_SELF_BILLED_CREDIT_NOTE: DocumentType
DOCUMENT_TYPE_CONSOLIDATED_CREDIT_NOTE: DocumentType
DOCUMENT_TYPE_COMMERCIAL_INVOICE: DocumentType
DOCUMENT_TYPE_CREDIT_NOTE: DocumentType
DOCUMENT_TYPE_CORRECTIVE_INVOICE: DocumentType
DOCUMENT_TYPE_PREPAYMENT_INVOICE: DocumentType
DOCUMENT_TYPE_SELF_BILLED_INVOICE: DocumentType
DOCUMENT_TYPE_FACTORED_INVOICE: DocumentType
DOCUMENT_TYPE_FACTORED_CREDIT_NOTE: DocumentType
DOCUMENT_TYPE_SELF_BILLED_CORRECTIVE_INVOICE: DocumentType
DOCUMENT_TYPE_FACTORED_CORRECTIVE_INVOICE: DocumentType
DOCUMENT_TYPE_SELF_BILLED_FACTORED_CORRECTIVE_INVOICE: DocumentType
DOCUMENT_TYPE_SELF_BILLED_PREPAYMENT_INVOICE: DocumentType
DOCUMENT_TYPE_SELF_BILLED_FACTORED_INVOICE: DocumentType
DOCUMENT_TYPE_SELF_BILLED_FACTORED_CREDIT_NOTE: DocumentType
DOCUMENT_TYPE_PREPAYMENT_INVOICE_CREDIT_NOTE: DocumentType
DOCUMENT_TYPE_SELF_BILLED_CORRECTIVE: DocumentType
DOCUMENT_TYPE_SELF_BILLED_CORRECTIVE_FACTORED: DocumentType
DOCUMENT_TYPE_CORRECTIVE_FACTORED: DocumentType
DOCUMENT_TYPE_SELF_BILLED_CORRECTIVE_FACTORED_CONFIDENTIAL: DocumentType
DOCUMENT_TYPE_PREPAYMENT_CREDIT_NOTE: DocumentType
DOCUMENT_TYPE_SELF_BILLED_FACTORED: DocumentType
DOCUMENT_TYPE_SELF_BILLED_PREPAYMENT: DocumentType
DOCUMENT_TYPE_SELF_BILLED_PREPAYMENT_CREDIT: DocumentType
PROCESSING_RULE_UNSPECIFIED: ProcessingRule
PROCESSING_RULE_B2B: ProcessingRule
PROCESSING_RULE_B2B_INT: ProcessingRule
PROCESSING_RULE_B2C: ProcessingRule
PROCESSING_RULE_OUT_OF_SCOPE: ProcessingRule
PROCESSING_RULE_ARCHIVE_ONLY: ProcessingRule
PROCESSING_RULE_B2G: ProcessingRule
VAT_CATEGORY_UNSPECIFIED: VatCategory
VAT_CATEGORY_STANDARD: VatCategory
VAT_CATEGORY_ZERO_RATED: VatCategory
VAT_CATEGORY_EXEMPT: VatCategory
VAT_CATEGORY_REVERSE_CHARGE: VatCategory
VAT_CATEGORY_INTRA_EU: VatCategory
VAT_CATEGORY_EXPORT: VatCategory
VAT_CATEGORY_NOT_SUBJECT: VatCategory
VAT_CATEGORY_CANARY: VatCategory
VAT_CATEGORY_CEUTA_MELILLA: VatCategory
TERRITORY_UNSPECIFIED: Territory
TERRITORY_MAINLAND: Territory
TERRITORY_CORSICA: Territory
TERRITORY_OVERSEAS: Territory
PROCESSING_STATE_UNSPECIFIED: ProcessingState
PROCESSING_STATE_ACCEPTED: ProcessingState
PROCESSING_STATE_INVALID: ProcessingState
PROCESSING_STATE_READY: ProcessingState
PROCESSING_STATE_SENDING: ProcessingState
PROCESSING_STATE_OUTCOME_UNKNOWN: ProcessingState
PROCESSING_STATE_SENT: ProcessingState
PROCESSING_STATE_FAILED: ProcessingState
PROCESSING_STATE_NOT_TRANSMITTED: ProcessingState
PROCESSING_STATE_CANCELLED: ProcessingState
SEVERITY_UNSPECIFIED: Severity
SEVERITY_FATAL: Severity
SEVERITY_WARNING: Severity
SEVERITY_INFO: Severity
INVOICE_VIEW_UNSPECIFIED: InvoiceView
INVOICE_VIEW_BASIC: InvoiceView
INVOICE_VIEW_FULL: InvoiceView

class Identifier(_message.Message):
    __slots__ = ("value", "scheme")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    SCHEME_FIELD_NUMBER: _ClassVar[int]
    value: str
    scheme: str
    def __init__(self, value: _Optional[str] = ..., scheme: _Optional[str] = ...) -> None: ...

class Address(_message.Message):
    __slots__ = ("line1", "line2", "line3", "city", "postcode", "subdivision", "country")
    LINE1_FIELD_NUMBER: _ClassVar[int]
    LINE2_FIELD_NUMBER: _ClassVar[int]
    LINE3_FIELD_NUMBER: _ClassVar[int]
    CITY_FIELD_NUMBER: _ClassVar[int]
    POSTCODE_FIELD_NUMBER: _ClassVar[int]
    SUBDIVISION_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    line1: str
    line2: str
    line3: str
    city: str
    postcode: str
    subdivision: str
    country: str
    def __init__(self, line1: _Optional[str] = ..., line2: _Optional[str] = ..., line3: _Optional[str] = ..., city: _Optional[str] = ..., postcode: _Optional[str] = ..., subdivision: _Optional[str] = ..., country: _Optional[str] = ...) -> None: ...

class Contact(_message.Message):
    __slots__ = ("name", "phone", "email")
    NAME_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    name: str
    phone: str
    email: str
    def __init__(self, name: _Optional[str] = ..., phone: _Optional[str] = ..., email: _Optional[str] = ...) -> None: ...

class Party(_message.Message):
    __slots__ = ("name", "trading_name", "identifiers", "legal_registration", "vat_id", "tax_registration_id", "legal_form", "electronic_address", "address", "contact")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TRADING_NAME_FIELD_NUMBER: _ClassVar[int]
    IDENTIFIERS_FIELD_NUMBER: _ClassVar[int]
    LEGAL_REGISTRATION_FIELD_NUMBER: _ClassVar[int]
    VAT_ID_FIELD_NUMBER: _ClassVar[int]
    TAX_REGISTRATION_ID_FIELD_NUMBER: _ClassVar[int]
    LEGAL_FORM_FIELD_NUMBER: _ClassVar[int]
    ELECTRONIC_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    name: str
    trading_name: str
    identifiers: _containers.RepeatedCompositeFieldContainer[Identifier]
    legal_registration: Identifier
    vat_id: str
    tax_registration_id: str
    legal_form: str
    electronic_address: Identifier
    address: Address
    contact: Contact
    def __init__(self, name: _Optional[str] = ..., trading_name: _Optional[str] = ..., identifiers: _Optional[_Iterable[_Union[Identifier, _Mapping]]] = ..., legal_registration: _Optional[_Union[Identifier, _Mapping]] = ..., vat_id: _Optional[str] = ..., tax_registration_id: _Optional[str] = ..., legal_form: _Optional[str] = ..., electronic_address: _Optional[_Union[Identifier, _Mapping]] = ..., address: _Optional[_Union[Address, _Mapping]] = ..., contact: _Optional[_Union[Contact, _Mapping]] = ...) -> None: ...

class Payee(_message.Message):
    __slots__ = ("name", "identifier", "legal_registration")
    NAME_FIELD_NUMBER: _ClassVar[int]
    IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    LEGAL_REGISTRATION_FIELD_NUMBER: _ClassVar[int]
    name: str
    identifier: Identifier
    legal_registration: Identifier
    def __init__(self, name: _Optional[str] = ..., identifier: _Optional[_Union[Identifier, _Mapping]] = ..., legal_registration: _Optional[_Union[Identifier, _Mapping]] = ...) -> None: ...

class TaxRepresentative(_message.Message):
    __slots__ = ("name", "vat_id", "address")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VAT_ID_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    name: str
    vat_id: str
    address: Address
    def __init__(self, name: _Optional[str] = ..., vat_id: _Optional[str] = ..., address: _Optional[_Union[Address, _Mapping]] = ...) -> None: ...

class Period(_message.Message):
    __slots__ = ("start", "end")
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    start: str
    end: str
    def __init__(self, start: _Optional[str] = ..., end: _Optional[str] = ...) -> None: ...

class Delivery(_message.Message):
    __slots__ = ("party_name", "location", "date", "address")
    PARTY_NAME_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    party_name: str
    location: Identifier
    date: str
    address: Address
    def __init__(self, party_name: _Optional[str] = ..., location: _Optional[_Union[Identifier, _Mapping]] = ..., date: _Optional[str] = ..., address: _Optional[_Union[Address, _Mapping]] = ...) -> None: ...

class PaymentInstructions(_message.Message):
    __slots__ = ("means_code", "means_text", "remittance_information", "iban", "account_name", "bic", "card_last_digits", "mandate_reference", "creditor_id", "debited_account", "card_holder_name")
    MEANS_CODE_FIELD_NUMBER: _ClassVar[int]
    MEANS_TEXT_FIELD_NUMBER: _ClassVar[int]
    REMITTANCE_INFORMATION_FIELD_NUMBER: _ClassVar[int]
    IBAN_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_NAME_FIELD_NUMBER: _ClassVar[int]
    BIC_FIELD_NUMBER: _ClassVar[int]
    CARD_LAST_DIGITS_FIELD_NUMBER: _ClassVar[int]
    MANDATE_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    CREDITOR_ID_FIELD_NUMBER: _ClassVar[int]
    DEBITED_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CARD_HOLDER_NAME_FIELD_NUMBER: _ClassVar[int]
    means_code: str
    means_text: str
    remittance_information: str
    iban: str
    account_name: str
    bic: str
    card_last_digits: str
    mandate_reference: str
    creditor_id: str
    debited_account: str
    card_holder_name: str
    def __init__(self, means_code: _Optional[str] = ..., means_text: _Optional[str] = ..., remittance_information: _Optional[str] = ..., iban: _Optional[str] = ..., account_name: _Optional[str] = ..., bic: _Optional[str] = ..., card_last_digits: _Optional[str] = ..., mandate_reference: _Optional[str] = ..., creditor_id: _Optional[str] = ..., debited_account: _Optional[str] = ..., card_holder_name: _Optional[str] = ...) -> None: ...

class Note(_message.Message):
    __slots__ = ("text", "subject_code")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_CODE_FIELD_NUMBER: _ClassVar[int]
    text: str
    subject_code: str
    def __init__(self, text: _Optional[str] = ..., subject_code: _Optional[str] = ...) -> None: ...

class PrecedingInvoice(_message.Message):
    __slots__ = ("number", "issue_date")
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ISSUE_DATE_FIELD_NUMBER: _ClassVar[int]
    number: str
    issue_date: str
    def __init__(self, number: _Optional[str] = ..., issue_date: _Optional[str] = ...) -> None: ...

class AllowanceCharge(_message.Message):
    __slots__ = ("is_charge", "amount", "base_amount", "percentage", "vat_category", "vat_rate", "reason", "reason_code")
    IS_CHARGE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    BASE_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    VAT_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    VAT_RATE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    is_charge: bool
    amount: str
    base_amount: str
    percentage: str
    vat_category: VatCategory
    vat_rate: str
    reason: str
    reason_code: str
    def __init__(self, is_charge: _Optional[bool] = ..., amount: _Optional[str] = ..., base_amount: _Optional[str] = ..., percentage: _Optional[str] = ..., vat_category: _Optional[_Union[VatCategory, str]] = ..., vat_rate: _Optional[str] = ..., reason: _Optional[str] = ..., reason_code: _Optional[str] = ...) -> None: ...

class ItemAttribute(_message.Message):
    __slots__ = ("name", "value")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: str
    def __init__(self, name: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class Item(_message.Message):
    __slots__ = ("name", "description", "seller_id", "buyer_id", "standard_id", "classifications", "origin_country", "attributes")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SELLER_ID_FIELD_NUMBER: _ClassVar[int]
    BUYER_ID_FIELD_NUMBER: _ClassVar[int]
    STANDARD_ID_FIELD_NUMBER: _ClassVar[int]
    CLASSIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_COUNTRY_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    name: str
    description: str
    seller_id: str
    buyer_id: str
    standard_id: Identifier
    classifications: _containers.RepeatedCompositeFieldContainer[Identifier]
    origin_country: str
    attributes: _containers.RepeatedCompositeFieldContainer[ItemAttribute]
    def __init__(self, name: _Optional[str] = ..., description: _Optional[str] = ..., seller_id: _Optional[str] = ..., buyer_id: _Optional[str] = ..., standard_id: _Optional[_Union[Identifier, _Mapping]] = ..., classifications: _Optional[_Iterable[_Union[Identifier, _Mapping]]] = ..., origin_country: _Optional[str] = ..., attributes: _Optional[_Iterable[_Union[ItemAttribute, _Mapping]]] = ...) -> None: ...

class InvoiceLine(_message.Message):
    __slots__ = ("id", "quantity", "unit_code", "net_price", "item", "vat_category", "vat_rate", "base_quantity", "gross_price", "price_discount", "allowances_charges", "net_amount", "note", "object_id", "order_line_reference", "accounting_reference", "period", "preceding_invoice")
    ID_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_CODE_FIELD_NUMBER: _ClassVar[int]
    NET_PRICE_FIELD_NUMBER: _ClassVar[int]
    ITEM_FIELD_NUMBER: _ClassVar[int]
    VAT_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    VAT_RATE_FIELD_NUMBER: _ClassVar[int]
    BASE_QUANTITY_FIELD_NUMBER: _ClassVar[int]
    GROSS_PRICE_FIELD_NUMBER: _ClassVar[int]
    PRICE_DISCOUNT_FIELD_NUMBER: _ClassVar[int]
    ALLOWANCES_CHARGES_FIELD_NUMBER: _ClassVar[int]
    NET_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    OBJECT_ID_FIELD_NUMBER: _ClassVar[int]
    ORDER_LINE_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTING_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    PRECEDING_INVOICE_FIELD_NUMBER: _ClassVar[int]
    id: str
    quantity: str
    unit_code: str
    net_price: str
    item: Item
    vat_category: VatCategory
    vat_rate: str
    base_quantity: str
    gross_price: str
    price_discount: str
    allowances_charges: _containers.RepeatedCompositeFieldContainer[AllowanceCharge]
    net_amount: str
    note: str
    object_id: Identifier
    order_line_reference: str
    accounting_reference: str
    period: Period
    preceding_invoice: PrecedingInvoice
    def __init__(self, id: _Optional[str] = ..., quantity: _Optional[str] = ..., unit_code: _Optional[str] = ..., net_price: _Optional[str] = ..., item: _Optional[_Union[Item, _Mapping]] = ..., vat_category: _Optional[_Union[VatCategory, str]] = ..., vat_rate: _Optional[str] = ..., base_quantity: _Optional[str] = ..., gross_price: _Optional[str] = ..., price_discount: _Optional[str] = ..., allowances_charges: _Optional[_Iterable[_Union[AllowanceCharge, _Mapping]]] = ..., net_amount: _Optional[str] = ..., note: _Optional[str] = ..., object_id: _Optional[_Union[Identifier, _Mapping]] = ..., order_line_reference: _Optional[str] = ..., accounting_reference: _Optional[str] = ..., period: _Optional[_Union[Period, _Mapping]] = ..., preceding_invoice: _Optional[_Union[PrecedingInvoice, _Mapping]] = ...) -> None: ...

class VatBreakdown(_message.Message):
    __slots__ = ("category", "rate", "taxable_amount", "tax_amount", "exemption_reason", "exemption_reason_code")
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    RATE_FIELD_NUMBER: _ClassVar[int]
    TAXABLE_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TAX_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    EXEMPTION_REASON_FIELD_NUMBER: _ClassVar[int]
    EXEMPTION_REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    category: VatCategory
    rate: str
    taxable_amount: str
    tax_amount: str
    exemption_reason: str
    exemption_reason_code: str
    def __init__(self, category: _Optional[_Union[VatCategory, str]] = ..., rate: _Optional[str] = ..., taxable_amount: _Optional[str] = ..., tax_amount: _Optional[str] = ..., exemption_reason: _Optional[str] = ..., exemption_reason_code: _Optional[str] = ...) -> None: ...

class Totals(_message.Message):
    __slots__ = ("line_total", "allowance_total", "charge_total", "tax_exclusive", "tax_total", "tax_inclusive", "amount_due", "prepaid", "rounding", "tax_total_accounting_currency")
    LINE_TOTAL_FIELD_NUMBER: _ClassVar[int]
    ALLOWANCE_TOTAL_FIELD_NUMBER: _ClassVar[int]
    CHARGE_TOTAL_FIELD_NUMBER: _ClassVar[int]
    TAX_EXCLUSIVE_FIELD_NUMBER: _ClassVar[int]
    TAX_TOTAL_FIELD_NUMBER: _ClassVar[int]
    TAX_INCLUSIVE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_DUE_FIELD_NUMBER: _ClassVar[int]
    PREPAID_FIELD_NUMBER: _ClassVar[int]
    ROUNDING_FIELD_NUMBER: _ClassVar[int]
    TAX_TOTAL_ACCOUNTING_CURRENCY_FIELD_NUMBER: _ClassVar[int]
    line_total: str
    allowance_total: str
    charge_total: str
    tax_exclusive: str
    tax_total: str
    tax_inclusive: str
    amount_due: str
    prepaid: str
    rounding: str
    tax_total_accounting_currency: str
    def __init__(self, line_total: _Optional[str] = ..., allowance_total: _Optional[str] = ..., charge_total: _Optional[str] = ..., tax_exclusive: _Optional[str] = ..., tax_total: _Optional[str] = ..., tax_inclusive: _Optional[str] = ..., amount_due: _Optional[str] = ..., prepaid: _Optional[str] = ..., rounding: _Optional[str] = ..., tax_total_accounting_currency: _Optional[str] = ...) -> None: ...

class Invoice(_message.Message):
    __slots__ = ("number", "issue_date", "type_code", "currency", "seller", "buyer", "lines", "processing_rule", "business_process", "specification", "territory", "accounting_currency", "vat_point_date_code", "vat_point_date", "due_date", "buyer_reference", "project_reference", "contract_reference", "purchase_order_reference", "sales_order_reference", "receiving_advice_reference", "despatch_advice_reference", "tender_reference", "invoiced_object", "buyer_accounting_reference", "payment_terms", "notes", "preceding_invoices", "payee", "tax_representative", "delivery", "period", "payment_instructions", "allowances_charges", "vat_breakdown", "totals", "paid_amount", "rounding_amount", "exchange_rate", "attachments", "readable_copy")
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    ISSUE_DATE_FIELD_NUMBER: _ClassVar[int]
    TYPE_CODE_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    SELLER_FIELD_NUMBER: _ClassVar[int]
    BUYER_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    PROCESSING_RULE_FIELD_NUMBER: _ClassVar[int]
    BUSINESS_PROCESS_FIELD_NUMBER: _ClassVar[int]
    SPECIFICATION_FIELD_NUMBER: _ClassVar[int]
    TERRITORY_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTING_CURRENCY_FIELD_NUMBER: _ClassVar[int]
    VAT_POINT_DATE_CODE_FIELD_NUMBER: _ClassVar[int]
    VAT_POINT_DATE_FIELD_NUMBER: _ClassVar[int]
    DUE_DATE_FIELD_NUMBER: _ClassVar[int]
    BUYER_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    PROJECT_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    CONTRACT_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    PURCHASE_ORDER_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    SALES_ORDER_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    RECEIVING_ADVICE_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    DESPATCH_ADVICE_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    TENDER_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    INVOICED_OBJECT_FIELD_NUMBER: _ClassVar[int]
    BUYER_ACCOUNTING_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_TERMS_FIELD_NUMBER: _ClassVar[int]
    NOTES_FIELD_NUMBER: _ClassVar[int]
    PRECEDING_INVOICES_FIELD_NUMBER: _ClassVar[int]
    PAYEE_FIELD_NUMBER: _ClassVar[int]
    TAX_REPRESENTATIVE_FIELD_NUMBER: _ClassVar[int]
    DELIVERY_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_INSTRUCTIONS_FIELD_NUMBER: _ClassVar[int]
    ALLOWANCES_CHARGES_FIELD_NUMBER: _ClassVar[int]
    VAT_BREAKDOWN_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    PAID_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    ROUNDING_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    EXCHANGE_RATE_FIELD_NUMBER: _ClassVar[int]
    ATTACHMENTS_FIELD_NUMBER: _ClassVar[int]
    READABLE_COPY_FIELD_NUMBER: _ClassVar[int]
    number: str
    issue_date: str
    type_code: DocumentType
    currency: str
    seller: Party
    buyer: Party
    lines: _containers.RepeatedCompositeFieldContainer[InvoiceLine]
    processing_rule: ProcessingRule
    business_process: str
    specification: str
    territory: Territory
    accounting_currency: str
    vat_point_date_code: str
    vat_point_date: str
    due_date: str
    buyer_reference: str
    project_reference: str
    contract_reference: str
    purchase_order_reference: str
    sales_order_reference: str
    receiving_advice_reference: str
    despatch_advice_reference: str
    tender_reference: str
    invoiced_object: Identifier
    buyer_accounting_reference: str
    payment_terms: str
    notes: _containers.RepeatedCompositeFieldContainer[Note]
    preceding_invoices: _containers.RepeatedCompositeFieldContainer[PrecedingInvoice]
    payee: Payee
    tax_representative: TaxRepresentative
    delivery: Delivery
    period: Period
    payment_instructions: _containers.RepeatedCompositeFieldContainer[PaymentInstructions]
    allowances_charges: _containers.RepeatedCompositeFieldContainer[AllowanceCharge]
    vat_breakdown: _containers.RepeatedCompositeFieldContainer[VatBreakdown]
    totals: Totals
    paid_amount: str
    rounding_amount: str
    exchange_rate: str
    attachments: _containers.RepeatedCompositeFieldContainer[Attachment]
    readable_copy: bool
    def __init__(self, number: _Optional[str] = ..., issue_date: _Optional[str] = ..., type_code: _Optional[_Union[DocumentType, str]] = ..., currency: _Optional[str] = ..., seller: _Optional[_Union[Party, _Mapping]] = ..., buyer: _Optional[_Union[Party, _Mapping]] = ..., lines: _Optional[_Iterable[_Union[InvoiceLine, _Mapping]]] = ..., processing_rule: _Optional[_Union[ProcessingRule, str]] = ..., business_process: _Optional[str] = ..., specification: _Optional[str] = ..., territory: _Optional[_Union[Territory, str]] = ..., accounting_currency: _Optional[str] = ..., vat_point_date_code: _Optional[str] = ..., vat_point_date: _Optional[str] = ..., due_date: _Optional[str] = ..., buyer_reference: _Optional[str] = ..., project_reference: _Optional[str] = ..., contract_reference: _Optional[str] = ..., purchase_order_reference: _Optional[str] = ..., sales_order_reference: _Optional[str] = ..., receiving_advice_reference: _Optional[str] = ..., despatch_advice_reference: _Optional[str] = ..., tender_reference: _Optional[str] = ..., invoiced_object: _Optional[_Union[Identifier, _Mapping]] = ..., buyer_accounting_reference: _Optional[str] = ..., payment_terms: _Optional[str] = ..., notes: _Optional[_Iterable[_Union[Note, _Mapping]]] = ..., preceding_invoices: _Optional[_Iterable[_Union[PrecedingInvoice, _Mapping]]] = ..., payee: _Optional[_Union[Payee, _Mapping]] = ..., tax_representative: _Optional[_Union[TaxRepresentative, _Mapping]] = ..., delivery: _Optional[_Union[Delivery, _Mapping]] = ..., period: _Optional[_Union[Period, _Mapping]] = ..., payment_instructions: _Optional[_Iterable[_Union[PaymentInstructions, _Mapping]]] = ..., allowances_charges: _Optional[_Iterable[_Union[AllowanceCharge, _Mapping]]] = ..., vat_breakdown: _Optional[_Iterable[_Union[VatBreakdown, _Mapping]]] = ..., totals: _Optional[_Union[Totals, _Mapping]] = ..., paid_amount: _Optional[str] = ..., rounding_amount: _Optional[str] = ..., exchange_rate: _Optional[str] = ..., attachments: _Optional[_Iterable[_Union[Attachment, _Mapping]]] = ..., readable_copy: _Optional[bool] = ...) -> None: ...

class Attachment(_message.Message):
    __slots__ = ("reference", "description", "uri", "content", "mime_code", "filename")
    REFERENCE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    URI_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    MIME_CODE_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    reference: str
    description: str
    uri: str
    content: bytes
    mime_code: str
    filename: str
    def __init__(self, reference: _Optional[str] = ..., description: _Optional[str] = ..., uri: _Optional[str] = ..., content: _Optional[bytes] = ..., mime_code: _Optional[str] = ..., filename: _Optional[str] = ...) -> None: ...

class Finding(_message.Message):
    __slots__ = ("rule_id", "severity", "path", "location", "message", "layer")
    RULE_ID_FIELD_NUMBER: _ClassVar[int]
    SEVERITY_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    LAYER_FIELD_NUMBER: _ClassVar[int]
    rule_id: str
    severity: Severity
    path: str
    location: str
    message: str
    layer: str
    def __init__(self, rule_id: _Optional[str] = ..., severity: _Optional[_Union[Severity, str]] = ..., path: _Optional[str] = ..., location: _Optional[str] = ..., message: _Optional[str] = ..., layer: _Optional[str] = ...) -> None: ...

class OutboundInvoice(_message.Message):
    __slots__ = ("id", "request_id", "state", "lifecycle_code", "platform_id", "findings", "created_at", "version", "document_sha256", "last_error", "invoice", "settlement")
    ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    LIFECYCLE_CODE_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_ID_FIELD_NUMBER: _ClassVar[int]
    FINDINGS_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    DOCUMENT_SHA256_FIELD_NUMBER: _ClassVar[int]
    LAST_ERROR_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    SETTLEMENT_FIELD_NUMBER: _ClassVar[int]
    id: str
    request_id: str
    state: ProcessingState
    lifecycle_code: str
    platform_id: str
    findings: _containers.RepeatedCompositeFieldContainer[Finding]
    created_at: _timestamp_pb2.Timestamp
    version: int
    document_sha256: str
    last_error: str
    invoice: Invoice
    settlement: Settlement
    def __init__(self, id: _Optional[str] = ..., request_id: _Optional[str] = ..., state: _Optional[_Union[ProcessingState, str]] = ..., lifecycle_code: _Optional[str] = ..., platform_id: _Optional[str] = ..., findings: _Optional[_Iterable[_Union[Finding, _Mapping]]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ..., document_sha256: _Optional[str] = ..., last_error: _Optional[str] = ..., invoice: _Optional[_Union[Invoice, _Mapping]] = ..., settlement: _Optional[_Union[Settlement, _Mapping]] = ...) -> None: ...

class Settlement(_message.Message):
    __slots__ = ("total", "paid", "outstanding", "prepaid", "rates", "awaiting_deposit", "credited", "unapplied", "reported_sent", "sent_unmatched", "replaced_by", "replaced", "carried", "ended_by", "ended", "in_force")
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    PAID_FIELD_NUMBER: _ClassVar[int]
    OUTSTANDING_FIELD_NUMBER: _ClassVar[int]
    PREPAID_FIELD_NUMBER: _ClassVar[int]
    RATES_FIELD_NUMBER: _ClassVar[int]
    AWAITING_DEPOSIT_FIELD_NUMBER: _ClassVar[int]
    CREDITED_FIELD_NUMBER: _ClassVar[int]
    UNAPPLIED_FIELD_NUMBER: _ClassVar[int]
    REPORTED_SENT_FIELD_NUMBER: _ClassVar[int]
    SENT_UNMATCHED_FIELD_NUMBER: _ClassVar[int]
    REPLACED_BY_FIELD_NUMBER: _ClassVar[int]
    REPLACED_FIELD_NUMBER: _ClassVar[int]
    CARRIED_FIELD_NUMBER: _ClassVar[int]
    ENDED_BY_FIELD_NUMBER: _ClassVar[int]
    ENDED_FIELD_NUMBER: _ClassVar[int]
    IN_FORCE_FIELD_NUMBER: _ClassVar[int]
    total: str
    paid: str
    outstanding: str
    prepaid: str
    rates: _containers.RepeatedCompositeFieldContainer[RateSettlement]
    awaiting_deposit: str
    credited: str
    unapplied: str
    reported_sent: str
    sent_unmatched: str
    replaced_by: str
    replaced: str
    carried: str
    ended_by: str
    ended: str
    in_force: str
    def __init__(self, total: _Optional[str] = ..., paid: _Optional[str] = ..., outstanding: _Optional[str] = ..., prepaid: _Optional[str] = ..., rates: _Optional[_Iterable[_Union[RateSettlement, _Mapping]]] = ..., awaiting_deposit: _Optional[str] = ..., credited: _Optional[str] = ..., unapplied: _Optional[str] = ..., reported_sent: _Optional[str] = ..., sent_unmatched: _Optional[str] = ..., replaced_by: _Optional[str] = ..., replaced: _Optional[str] = ..., carried: _Optional[str] = ..., ended_by: _Optional[str] = ..., ended: _Optional[str] = ..., in_force: _Optional[str] = ...) -> None: ...

class PaymentShare(_message.Message):
    __slots__ = ("vat_rate", "amount")
    VAT_RATE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    vat_rate: str
    amount: str
    def __init__(self, vat_rate: _Optional[str] = ..., amount: _Optional[str] = ...) -> None: ...

class RateSettlement(_message.Message):
    __slots__ = ("vat_rate", "total", "paid", "outstanding", "credited", "replaced", "carried", "ended")
    VAT_RATE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    PAID_FIELD_NUMBER: _ClassVar[int]
    OUTSTANDING_FIELD_NUMBER: _ClassVar[int]
    CREDITED_FIELD_NUMBER: _ClassVar[int]
    REPLACED_FIELD_NUMBER: _ClassVar[int]
    CARRIED_FIELD_NUMBER: _ClassVar[int]
    ENDED_FIELD_NUMBER: _ClassVar[int]
    vat_rate: str
    total: str
    paid: str
    outstanding: str
    credited: str
    replaced: str
    carried: str
    ended: str
    def __init__(self, vat_rate: _Optional[str] = ..., total: _Optional[str] = ..., paid: _Optional[str] = ..., outstanding: _Optional[str] = ..., credited: _Optional[str] = ..., replaced: _Optional[str] = ..., carried: _Optional[str] = ..., ended: _Optional[str] = ...) -> None: ...

class InvoiceEvent(_message.Message):
    __slots__ = ("event_id", "invoice_id", "kind", "at", "state", "status_code", "detail", "findings")
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    AT_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    FINDINGS_FIELD_NUMBER: _ClassVar[int]
    event_id: int
    invoice_id: str
    kind: str
    at: _timestamp_pb2.Timestamp
    state: ProcessingState
    status_code: str
    detail: str
    findings: _containers.RepeatedCompositeFieldContainer[Finding]
    def __init__(self, event_id: _Optional[int] = ..., invoice_id: _Optional[str] = ..., kind: _Optional[str] = ..., at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., state: _Optional[_Union[ProcessingState, str]] = ..., status_code: _Optional[str] = ..., detail: _Optional[str] = ..., findings: _Optional[_Iterable[_Union[Finding, _Mapping]]] = ...) -> None: ...
