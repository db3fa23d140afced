from pdpgateway.v1 import invoice_pb2 as _invoice_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RecordKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RECORD_KIND_UNSPECIFIED: _ClassVar[RecordKind]
    RECORD_KIND_B2C: _ClassVar[RecordKind]
    RECORD_KIND_PAYMENT: _ClassVar[RecordKind]
    RECORD_KIND_PURCHASE: _ClassVar[RecordKind]
    RECORD_KIND_SALE: _ClassVar[RecordKind]
    RECORD_KIND_ISSUED_SALE: _ClassVar[RecordKind]

class VatRegime(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VAT_REGIME_UNSPECIFIED: _ClassVar[VatRegime]
    VAT_REGIME_REAL_MONTHLY: _ClassVar[VatRegime]
    VAT_REGIME_REAL_QUARTERLY: _ClassVar[VatRegime]
    VAT_REGIME_SIMPLIFIED: _ClassVar[VatRegime]
    VAT_REGIME_FRANCHISE: _ClassVar[VatRegime]

class ReportKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REPORT_KIND_UNSPECIFIED: _ClassVar[ReportKind]
    REPORT_KIND_TRANSACTIONS: _ClassVar[ReportKind]
    REPORT_KIND_PAYMENTS: _ClassVar[ReportKind]

class B2cCategory(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    B2C_CATEGORY_UNSPECIFIED: _ClassVar[B2cCategory]
    B2C_CATEGORY_TLB1: _ClassVar[B2cCategory]
    B2C_CATEGORY_TPS1: _ClassVar[B2cCategory]
    B2C_CATEGORY_TNT1: _ClassVar[B2cCategory]
    B2C_CATEGORY_TMA1: _ClassVar[B2cCategory]

class TaxDueDateType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TAX_DUE_DATE_TYPE_UNSPECIFIED: _ClassVar[TaxDueDateType]
    TAX_DUE_DATE_TYPE_INVOICE_DATE: _ClassVar[TaxDueDateType]
    TAX_DUE_DATE_TYPE_DELIVERY_DATE: _ClassVar[TaxDueDateType]
    TAX_DUE_DATE_TYPE_PAYMENT_DATE: _ClassVar[TaxDueDateType]

class DeclarationStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DECLARATION_STATUS_UNSPECIFIED: _ClassVar[DeclarationStatus]
    DECLARATION_STATUS_DRAFT: _ClassVar[DeclarationStatus]
    DECLARATION_STATUS_SUBMITTED: _ClassVar[DeclarationStatus]
    DECLARATION_STATUS_ACCEPTED: _ClassVar[DeclarationStatus]
    DECLARATION_STATUS_REJECTED: _ClassVar[DeclarationStatus]

class ReportType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REPORT_TYPE_UNSPECIFIED: _ClassVar[ReportType]
    REPORT_TYPE_INITIAL: _ClassVar[ReportType]
    REPORT_TYPE_RECTIFICATIVE: _ClassVar[ReportType]
RECORD_KIND_UNSPECIFIED: RecordKind
RECORD_KIND_B2C: RecordKind
RECORD_KIND_PAYMENT: RecordKind
RECORD_KIND_PURCHASE: RecordKind
RECORD_KIND_SALE: RecordKind
RECORD_KIND_ISSUED_SALE: RecordKind
VAT_REGIME_UNSPECIFIED: VatRegime
VAT_REGIME_REAL_MONTHLY: VatRegime
VAT_REGIME_REAL_QUARTERLY: VatRegime
VAT_REGIME_SIMPLIFIED: VatRegime
VAT_REGIME_FRANCHISE: VatRegime
REPORT_KIND_UNSPECIFIED: ReportKind
REPORT_KIND_TRANSACTIONS: ReportKind
REPORT_KIND_PAYMENTS: ReportKind
B2C_CATEGORY_UNSPECIFIED: B2cCategory
B2C_CATEGORY_TLB1: B2cCategory
B2C_CATEGORY_TPS1: B2cCategory
B2C_CATEGORY_TNT1: B2cCategory
B2C_CATEGORY_TMA1: B2cCategory
TAX_DUE_DATE_TYPE_UNSPECIFIED: TaxDueDateType
TAX_DUE_DATE_TYPE_INVOICE_DATE: TaxDueDateType
TAX_DUE_DATE_TYPE_DELIVERY_DATE: TaxDueDateType
TAX_DUE_DATE_TYPE_PAYMENT_DATE: TaxDueDateType
DECLARATION_STATUS_UNSPECIFIED: DeclarationStatus
DECLARATION_STATUS_DRAFT: DeclarationStatus
DECLARATION_STATUS_SUBMITTED: DeclarationStatus
DECLARATION_STATUS_ACCEPTED: DeclarationStatus
DECLARATION_STATUS_REJECTED: DeclarationStatus
REPORT_TYPE_UNSPECIFIED: ReportType
REPORT_TYPE_INITIAL: ReportType
REPORT_TYPE_RECTIFICATIVE: ReportType

class VoidRecordRequest(_message.Message):
    __slots__ = ("kind", "key", "reason", "rectify")
    KIND_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    RECTIFY_FIELD_NUMBER: _ClassVar[int]
    kind: RecordKind
    key: str
    reason: str
    rectify: bool
    def __init__(self, kind: _Optional[_Union[RecordKind, str]] = ..., key: _Optional[str] = ..., reason: _Optional[str] = ..., rectify: _Optional[bool] = ...) -> None: ...

class VoidRecordResponse(_message.Message):
    __slots__ = ("replayed", "day", "declarations_to_rectify")
    REPLAYED_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    DECLARATIONS_TO_RECTIFY_FIELD_NUMBER: _ClassVar[int]
    replayed: bool
    day: str
    declarations_to_rectify: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, replayed: _Optional[bool] = ..., day: _Optional[str] = ..., declarations_to_rectify: _Optional[_Iterable[str]] = ...) -> None: ...

class B2cTransaction(_message.Message):
    __slots__ = ("key", "day", "category", "currency", "vat_rate", "taxable_amount", "vat_amount", "tax_due_date_type", "store_id", "register_id", "closure_id", "eur_rate")
    KEY_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    VAT_RATE_FIELD_NUMBER: _ClassVar[int]
    TAXABLE_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    VAT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TAX_DUE_DATE_TYPE_FIELD_NUMBER: _ClassVar[int]
    STORE_ID_FIELD_NUMBER: _ClassVar[int]
    REGISTER_ID_FIELD_NUMBER: _ClassVar[int]
    CLOSURE_ID_FIELD_NUMBER: _ClassVar[int]
    EUR_RATE_FIELD_NUMBER: _ClassVar[int]
    key: str
    day: str
    category: B2cCategory
    currency: str
    vat_rate: str
    taxable_amount: str
    vat_amount: str
    tax_due_date_type: TaxDueDateType
    store_id: str
    register_id: str
    closure_id: str
    eur_rate: str
    def __init__(self, key: _Optional[str] = ..., day: _Optional[str] = ..., category: _Optional[_Union[B2cCategory, str]] = ..., currency: _Optional[str] = ..., vat_rate: _Optional[str] = ..., taxable_amount: _Optional[str] = ..., vat_amount: _Optional[str] = ..., tax_due_date_type: _Optional[_Union[TaxDueDateType, str]] = ..., store_id: _Optional[str] = ..., register_id: _Optional[str] = ..., closure_id: _Optional[str] = ..., eur_rate: _Optional[str] = ...) -> None: ...

class RecordB2cTransactionsRequest(_message.Message):
    __slots__ = ("transactions",)
    TRANSACTIONS_FIELD_NUMBER: _ClassVar[int]
    transactions: _containers.RepeatedCompositeFieldContainer[B2cTransaction]
    def __init__(self, transactions: _Optional[_Iterable[_Union[B2cTransaction, _Mapping]]] = ...) -> None: ...

class RecordB2cTransactionsResponse(_message.Message):
    __slots__ = ("recorded", "replayed", "declarations_to_rectify")
    RECORDED_FIELD_NUMBER: _ClassVar[int]
    REPLAYED_FIELD_NUMBER: _ClassVar[int]
    DECLARATIONS_TO_RECTIFY_FIELD_NUMBER: _ClassVar[int]
    recorded: int
    replayed: int
    declarations_to_rectify: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, recorded: _Optional[int] = ..., replayed: _Optional[int] = ..., declarations_to_rectify: _Optional[_Iterable[str]] = ...) -> None: ...

class PaymentAmount(_message.Message):
    __slots__ = ("vat_rate", "amount")
    VAT_RATE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    vat_rate: str
    amount: str
    def __init__(self, vat_rate: _Optional[str] = ..., amount: _Optional[str] = ...) -> None: ...

class Payment(_message.Message):
    __slots__ = ("key", "day", "amounts", "invoice_id", "invoice_date", "currency")
    KEY_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    AMOUNTS_FIELD_NUMBER: _ClassVar[int]
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    INVOICE_DATE_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    key: str
    day: str
    amounts: _containers.RepeatedCompositeFieldContainer[PaymentAmount]
    invoice_id: str
    invoice_date: str
    currency: str
    def __init__(self, key: _Optional[str] = ..., day: _Optional[str] = ..., amounts: _Optional[_Iterable[_Union[PaymentAmount, _Mapping]]] = ..., invoice_id: _Optional[str] = ..., invoice_date: _Optional[str] = ..., currency: _Optional[str] = ...) -> None: ...

class RecordPaymentsRequest(_message.Message):
    __slots__ = ("payments",)
    PAYMENTS_FIELD_NUMBER: _ClassVar[int]
    payments: _containers.RepeatedCompositeFieldContainer[Payment]
    def __init__(self, payments: _Optional[_Iterable[_Union[Payment, _Mapping]]] = ...) -> None: ...

class RecordPurchasesRequest(_message.Message):
    __slots__ = ("invoices",)
    INVOICES_FIELD_NUMBER: _ClassVar[int]
    invoices: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.Invoice]
    def __init__(self, invoices: _Optional[_Iterable[_Union[_invoice_pb2.Invoice, _Mapping]]] = ...) -> None: ...

class RecordPurchasesResponse(_message.Message):
    __slots__ = ("recorded", "replayed", "declarations_to_rectify")
    RECORDED_FIELD_NUMBER: _ClassVar[int]
    REPLAYED_FIELD_NUMBER: _ClassVar[int]
    DECLARATIONS_TO_RECTIFY_FIELD_NUMBER: _ClassVar[int]
    recorded: int
    replayed: int
    declarations_to_rectify: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, recorded: _Optional[int] = ..., replayed: _Optional[int] = ..., declarations_to_rectify: _Optional[_Iterable[str]] = ...) -> None: ...

class RecordSalesRequest(_message.Message):
    __slots__ = ("invoices",)
    INVOICES_FIELD_NUMBER: _ClassVar[int]
    invoices: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.Invoice]
    def __init__(self, invoices: _Optional[_Iterable[_Union[_invoice_pb2.Invoice, _Mapping]]] = ...) -> None: ...

class RecordSalesResponse(_message.Message):
    __slots__ = ("recorded", "replayed", "declarations_to_rectify")
    RECORDED_FIELD_NUMBER: _ClassVar[int]
    REPLAYED_FIELD_NUMBER: _ClassVar[int]
    DECLARATIONS_TO_RECTIFY_FIELD_NUMBER: _ClassVar[int]
    recorded: int
    replayed: int
    declarations_to_rectify: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, recorded: _Optional[int] = ..., replayed: _Optional[int] = ..., declarations_to_rectify: _Optional[_Iterable[str]] = ...) -> None: ...

class RecordPaymentsResponse(_message.Message):
    __slots__ = ("recorded", "replayed", "declarations_to_rectify")
    RECORDED_FIELD_NUMBER: _ClassVar[int]
    REPLAYED_FIELD_NUMBER: _ClassVar[int]
    DECLARATIONS_TO_RECTIFY_FIELD_NUMBER: _ClassVar[int]
    recorded: int
    replayed: int
    declarations_to_rectify: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, recorded: _Optional[int] = ..., replayed: _Optional[int] = ..., declarations_to_rectify: _Optional[_Iterable[str]] = ...) -> None: ...

class PeriodSelector(_message.Message):
    __slots__ = ("regime", "kind", "day")
    REGIME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    DAY_FIELD_NUMBER: _ClassVar[int]
    regime: VatRegime
    kind: ReportKind
    day: str
    def __init__(self, regime: _Optional[_Union[VatRegime, str]] = ..., kind: _Optional[_Union[ReportKind, str]] = ..., day: _Optional[str] = ...) -> None: ...

class PreviewDeclarationRequest(_message.Message):
    __slots__ = ("period",)
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    period: PeriodSelector
    def __init__(self, period: _Optional[_Union[PeriodSelector, _Mapping]] = ...) -> None: ...

class PreviewDeclarationResponse(_message.Message):
    __slots__ = ("declaration",)
    DECLARATION_FIELD_NUMBER: _ClassVar[int]
    declaration: Declaration
    def __init__(self, declaration: _Optional[_Union[Declaration, _Mapping]] = ...) -> None: ...

class SubmitDeclarationRequest(_message.Message):
    __slots__ = ("period",)
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    period: PeriodSelector
    def __init__(self, period: _Optional[_Union[PeriodSelector, _Mapping]] = ...) -> None: ...

class SubmitDeclarationResponse(_message.Message):
    __slots__ = ("declaration",)
    DECLARATION_FIELD_NUMBER: _ClassVar[int]
    declaration: Declaration
    def __init__(self, declaration: _Optional[_Union[Declaration, _Mapping]] = ...) -> None: ...

class RectifyDeclarationRequest(_message.Message):
    __slots__ = ("period",)
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    period: PeriodSelector
    def __init__(self, period: _Optional[_Union[PeriodSelector, _Mapping]] = ...) -> None: ...

class RectifyDeclarationResponse(_message.Message):
    __slots__ = ("declaration",)
    DECLARATION_FIELD_NUMBER: _ClassVar[int]
    declaration: Declaration
    def __init__(self, declaration: _Optional[_Union[Declaration, _Mapping]] = ...) -> None: ...

class ListDeclarationsRequest(_message.Message):
    __slots__ = ("period_from", "period_to")
    PERIOD_FROM_FIELD_NUMBER: _ClassVar[int]
    PERIOD_TO_FIELD_NUMBER: _ClassVar[int]
    period_from: str
    period_to: str
    def __init__(self, period_from: _Optional[str] = ..., period_to: _Optional[str] = ...) -> None: ...

class ListDeclarationsResponse(_message.Message):
    __slots__ = ("declarations",)
    DECLARATIONS_FIELD_NUMBER: _ClassVar[int]
    declarations: _containers.RepeatedCompositeFieldContainer[Declaration]
    def __init__(self, declarations: _Optional[_Iterable[_Union[Declaration, _Mapping]]] = ...) -> None: ...

class GetDeclarationRequest(_message.Message):
    __slots__ = ("declaration_id",)
    DECLARATION_ID_FIELD_NUMBER: _ClassVar[int]
    declaration_id: str
    def __init__(self, declaration_id: _Optional[str] = ...) -> None: ...

class GetDeclarationResponse(_message.Message):
    __slots__ = ("declaration",)
    DECLARATION_FIELD_NUMBER: _ClassVar[int]
    declaration: Declaration
    def __init__(self, declaration: _Optional[_Union[Declaration, _Mapping]] = ...) -> None: ...

class DeclarationTotals(_message.Message):
    __slots__ = ("b2c_taxable", "b2c_vat", "b2c_count", "international_sales_taxable", "international_sales_vat", "international_purchases_taxable", "international_purchases_vat", "international_count", "collected")
    B2C_TAXABLE_FIELD_NUMBER: _ClassVar[int]
    B2C_VAT_FIELD_NUMBER: _ClassVar[int]
    B2C_COUNT_FIELD_NUMBER: _ClassVar[int]
    INTERNATIONAL_SALES_TAXABLE_FIELD_NUMBER: _ClassVar[int]
    INTERNATIONAL_SALES_VAT_FIELD_NUMBER: _ClassVar[int]
    INTERNATIONAL_PURCHASES_TAXABLE_FIELD_NUMBER: _ClassVar[int]
    INTERNATIONAL_PURCHASES_VAT_FIELD_NUMBER: _ClassVar[int]
    INTERNATIONAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    COLLECTED_FIELD_NUMBER: _ClassVar[int]
    b2c_taxable: str
    b2c_vat: str
    b2c_count: int
    international_sales_taxable: str
    international_sales_vat: str
    international_purchases_taxable: str
    international_purchases_vat: str
    international_count: int
    collected: str
    def __init__(self, b2c_taxable: _Optional[str] = ..., b2c_vat: _Optional[str] = ..., b2c_count: _Optional[int] = ..., international_sales_taxable: _Optional[str] = ..., international_sales_vat: _Optional[str] = ..., international_purchases_taxable: _Optional[str] = ..., international_purchases_vat: _Optional[str] = ..., international_count: _Optional[int] = ..., collected: _Optional[str] = ...) -> None: ...

class B2cAggregate(_message.Message):
    __slots__ = ("day", "category", "vat_rate", "currency", "tax_due_date_type", "taxable_total", "vat_total", "count")
    DAY_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    VAT_RATE_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    TAX_DUE_DATE_TYPE_FIELD_NUMBER: _ClassVar[int]
    TAXABLE_TOTAL_FIELD_NUMBER: _ClassVar[int]
    VAT_TOTAL_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    day: str
    category: B2cCategory
    vat_rate: str
    currency: str
    tax_due_date_type: TaxDueDateType
    taxable_total: str
    vat_total: str
    count: int
    def __init__(self, day: _Optional[str] = ..., category: _Optional[_Union[B2cCategory, str]] = ..., vat_rate: _Optional[str] = ..., currency: _Optional[str] = ..., tax_due_date_type: _Optional[_Union[TaxDueDateType, str]] = ..., taxable_total: _Optional[str] = ..., vat_total: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class InternationalInvoice(_message.Message):
    __slots__ = ("invoice_id", "issue_date", "declarant_role", "counterparty_country", "total_without_vat", "total_vat", "currency")
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    ISSUE_DATE_FIELD_NUMBER: _ClassVar[int]
    DECLARANT_ROLE_FIELD_NUMBER: _ClassVar[int]
    COUNTERPARTY_COUNTRY_FIELD_NUMBER: _ClassVar[int]
    TOTAL_WITHOUT_VAT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_VAT_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    issue_date: str
    declarant_role: str
    counterparty_country: str
    total_without_vat: str
    total_vat: str
    currency: str
    def __init__(self, invoice_id: _Optional[str] = ..., issue_date: _Optional[str] = ..., declarant_role: _Optional[str] = ..., counterparty_country: _Optional[str] = ..., total_without_vat: _Optional[str] = ..., total_vat: _Optional[str] = ..., currency: _Optional[str] = ...) -> None: ...

class PaymentLine(_message.Message):
    __slots__ = ("day", "vat_rate", "amount", "invoice_id", "invoice_date")
    DAY_FIELD_NUMBER: _ClassVar[int]
    VAT_RATE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    INVOICE_DATE_FIELD_NUMBER: _ClassVar[int]
    day: str
    vat_rate: str
    amount: str
    invoice_id: str
    invoice_date: str
    def __init__(self, day: _Optional[str] = ..., vat_rate: _Optional[str] = ..., amount: _Optional[str] = ..., invoice_id: _Optional[str] = ..., invoice_date: _Optional[str] = ...) -> None: ...

class Declaration(_message.Message):
    __slots__ = ("id", "company_siren", "regime", "kind", "period_start", "period_end", "deadline", "version", "report_type", "status", "totals", "findings", "b2c_aggregates", "international", "payment_lines", "request_count", "supersedes", "superseded_by", "submitted_on", "platform_ref", "rejection_reason", "archive_sha256", "in_force_check")
    ID_FIELD_NUMBER: _ClassVar[int]
    COMPANY_SIREN_FIELD_NUMBER: _ClassVar[int]
    REGIME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    PERIOD_START_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    DEADLINE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    REPORT_TYPE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    FINDINGS_FIELD_NUMBER: _ClassVar[int]
    B2C_AGGREGATES_FIELD_NUMBER: _ClassVar[int]
    INTERNATIONAL_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_LINES_FIELD_NUMBER: _ClassVar[int]
    REQUEST_COUNT_FIELD_NUMBER: _ClassVar[int]
    SUPERSEDES_FIELD_NUMBER: _ClassVar[int]
    SUPERSEDED_BY_FIELD_NUMBER: _ClassVar[int]
    SUBMITTED_ON_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_REF_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    ARCHIVE_SHA256_FIELD_NUMBER: _ClassVar[int]
    IN_FORCE_CHECK_FIELD_NUMBER: _ClassVar[int]
    id: str
    company_siren: str
    regime: VatRegime
    kind: ReportKind
    period_start: str
    period_end: str
    deadline: str
    version: int
    report_type: ReportType
    status: DeclarationStatus
    totals: DeclarationTotals
    findings: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.Finding]
    b2c_aggregates: _containers.RepeatedCompositeFieldContainer[B2cAggregate]
    international: _containers.RepeatedCompositeFieldContainer[InternationalInvoice]
    payment_lines: _containers.RepeatedCompositeFieldContainer[PaymentLine]
    request_count: int
    supersedes: str
    superseded_by: str
    submitted_on: str
    platform_ref: str
    rejection_reason: str
    archive_sha256: str
    in_force_check: _invoice_pb2.Finding
    def __init__(self, id: _Optional[str] = ..., company_siren: _Optional[str] = ..., regime: _Optional[_Union[VatRegime, str]] = ..., kind: _Optional[_Union[ReportKind, str]] = ..., period_start: _Optional[str] = ..., period_end: _Optional[str] = ..., deadline: _Optional[str] = ..., version: _Optional[int] = ..., report_type: _Optional[_Union[ReportType, str]] = ..., status: _Optional[_Union[DeclarationStatus, str]] = ..., totals: _Optional[_Union[DeclarationTotals, _Mapping]] = ..., findings: _Optional[_Iterable[_Union[_invoice_pb2.Finding, _Mapping]]] = ..., b2c_aggregates: _Optional[_Iterable[_Union[B2cAggregate, _Mapping]]] = ..., international: _Optional[_Iterable[_Union[InternationalInvoice, _Mapping]]] = ..., payment_lines: _Optional[_Iterable[_Union[PaymentLine, _Mapping]]] = ..., request_count: _Optional[int] = ..., supersedes: _Optional[str] = ..., superseded_by: _Optional[str] = ..., submitted_on: _Optional[str] = ..., platform_ref: _Optional[str] = ..., rejection_reason: _Optional[str] = ..., archive_sha256: _Optional[str] = ..., in_force_check: _Optional[_Union[_invoice_pb2.Finding, _Mapping]] = ...) -> None: ...
