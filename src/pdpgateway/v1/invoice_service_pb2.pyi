from pdpgateway.v1 import document_pb2 as _document_pb2
from pdpgateway.v1 import invoice_pb2 as _invoice_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ValidateInvoiceRequest(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.Invoice
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ...) -> None: ...

class ValidateInvoiceResponse(_message.Message):
    __slots__ = ("valid", "findings", "invoice")
    VALID_FIELD_NUMBER: _ClassVar[int]
    FINDINGS_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    valid: bool
    findings: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.Finding]
    invoice: _invoice_pb2.Invoice
    def __init__(self, valid: _Optional[bool] = ..., findings: _Optional[_Iterable[_Union[_invoice_pb2.Finding, _Mapping]]] = ..., invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ...) -> None: ...

class SubmitInvoiceRequest(_message.Message):
    __slots__ = ("request_id", "invoice", "document", "document_format", "view")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    DOCUMENT_FORMAT_FIELD_NUMBER: _ClassVar[int]
    VIEW_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    invoice: _invoice_pb2.Invoice
    document: bytes
    document_format: _document_pb2.DocumentFormat
    view: _invoice_pb2.InvoiceView
    def __init__(self, request_id: _Optional[str] = ..., invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ..., document: _Optional[bytes] = ..., document_format: _Optional[_Union[_document_pb2.DocumentFormat, str]] = ..., view: _Optional[_Union[_invoice_pb2.InvoiceView, str]] = ...) -> None: ...

class SubmitInvoiceResponse(_message.Message):
    __slots__ = ("invoice", "declarations_to_rectify")
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    DECLARATIONS_TO_RECTIFY_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.OutboundInvoice
    declarations_to_rectify: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.OutboundInvoice, _Mapping]] = ..., declarations_to_rectify: _Optional[_Iterable[str]] = ...) -> None: ...

class GetInvoiceRequest(_message.Message):
    __slots__ = ("invoice_id",)
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    def __init__(self, invoice_id: _Optional[str] = ...) -> None: ...

class GetInvoiceResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.OutboundInvoice
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.OutboundInvoice, _Mapping]] = ...) -> None: ...

class ListInvoicesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "states", "lifecycle_codes", "issued_from", "issued_to", "counterparty")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATES_FIELD_NUMBER: _ClassVar[int]
    LIFECYCLE_CODES_FIELD_NUMBER: _ClassVar[int]
    ISSUED_FROM_FIELD_NUMBER: _ClassVar[int]
    ISSUED_TO_FIELD_NUMBER: _ClassVar[int]
    COUNTERPARTY_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    states: _containers.RepeatedScalarFieldContainer[_invoice_pb2.ProcessingState]
    lifecycle_codes: _containers.RepeatedScalarFieldContainer[str]
    issued_from: str
    issued_to: str
    counterparty: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., states: _Optional[_Iterable[_Union[_invoice_pb2.ProcessingState, str]]] = ..., lifecycle_codes: _Optional[_Iterable[str]] = ..., issued_from: _Optional[str] = ..., issued_to: _Optional[str] = ..., counterparty: _Optional[str] = ...) -> None: ...

class ListInvoicesResponse(_message.Message):
    __slots__ = ("invoices", "next_page_token")
    INVOICES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    invoices: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.OutboundInvoice]
    next_page_token: str
    def __init__(self, invoices: _Optional[_Iterable[_Union[_invoice_pb2.OutboundInvoice, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetInvoiceHistoryRequest(_message.Message):
    __slots__ = ("invoice_id",)
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    def __init__(self, invoice_id: _Optional[str] = ...) -> None: ...

class GetInvoiceHistoryResponse(_message.Message):
    __slots__ = ("events",)
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.InvoiceEvent]
    def __init__(self, events: _Optional[_Iterable[_Union[_invoice_pb2.InvoiceEvent, _Mapping]]] = ...) -> None: ...

class GetInvoiceDocumentRequest(_message.Message):
    __slots__ = ("invoice_id", "format", "profile")
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    format: _document_pb2.DocumentFormat
    profile: _document_pb2.DocumentProfile
    def __init__(self, invoice_id: _Optional[str] = ..., format: _Optional[_Union[_document_pb2.DocumentFormat, str]] = ..., profile: _Optional[_Union[_document_pb2.DocumentProfile, str]] = ...) -> None: ...

class GetInvoiceDocumentResponse(_message.Message):
    __slots__ = ("document", "origin", "warnings")
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_FIELD_NUMBER: _ClassVar[int]
    document: _document_pb2.Document
    origin: _document_pb2.DocumentOrigin
    warnings: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.Finding]
    def __init__(self, document: _Optional[_Union[_document_pb2.Document, _Mapping]] = ..., origin: _Optional[_Union[_document_pb2.DocumentOrigin, str]] = ..., warnings: _Optional[_Iterable[_Union[_invoice_pb2.Finding, _Mapping]]] = ...) -> None: ...

class WatchInvoiceEventsRequest(_message.Message):
    __slots__ = ("after_event_id",)
    AFTER_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    after_event_id: int
    def __init__(self, after_event_id: _Optional[int] = ...) -> None: ...

class WatchInvoiceEventsResponse(_message.Message):
    __slots__ = ("event",)
    EVENT_FIELD_NUMBER: _ClassVar[int]
    event: _invoice_pb2.InvoiceEvent
    def __init__(self, event: _Optional[_Union[_invoice_pb2.InvoiceEvent, _Mapping]] = ...) -> None: ...

class RetryInvoiceRequest(_message.Message):
    __slots__ = ("invoice_id",)
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    def __init__(self, invoice_id: _Optional[str] = ...) -> None: ...

class RetryInvoiceResponse(_message.Message):
    __slots__ = ("invoice", "held_payments_queued")
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    HELD_PAYMENTS_QUEUED_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.OutboundInvoice
    held_payments_queued: int
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.OutboundInvoice, _Mapping]] = ..., held_payments_queued: _Optional[int] = ...) -> None: ...

class SetInvoiceStatusRequest(_message.Message):
    __slots__ = ("invoice_id", "code", "reason_code", "message", "amount", "vat_rate", "currency", "request_id")
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    VAT_RATE_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    code: str
    reason_code: str
    message: str
    amount: str
    vat_rate: str
    currency: str
    request_id: str
    def __init__(self, invoice_id: _Optional[str] = ..., code: _Optional[str] = ..., reason_code: _Optional[str] = ..., message: _Optional[str] = ..., amount: _Optional[str] = ..., vat_rate: _Optional[str] = ..., currency: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class SetInvoiceStatusResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.OutboundInvoice
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.OutboundInvoice, _Mapping]] = ...) -> None: ...

class RecordPaymentRequest(_message.Message):
    __slots__ = ("invoice_id", "payment_id", "date", "amount", "split", "amount_eur")
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_ID_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    SPLIT_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_EUR_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    payment_id: str
    date: str
    amount: str
    split: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.PaymentShare]
    amount_eur: str
    def __init__(self, invoice_id: _Optional[str] = ..., payment_id: _Optional[str] = ..., date: _Optional[str] = ..., amount: _Optional[str] = ..., split: _Optional[_Iterable[_Union[_invoice_pb2.PaymentShare, _Mapping]]] = ..., amount_eur: _Optional[str] = ...) -> None: ...

class RecordPaymentResponse(_message.Message):
    __slots__ = ("invoice", "payment_id", "date", "amount", "split", "replayed", "status_queued", "reported", "held", "declarations_to_rectify")
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_ID_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    SPLIT_FIELD_NUMBER: _ClassVar[int]
    REPLAYED_FIELD_NUMBER: _ClassVar[int]
    STATUS_QUEUED_FIELD_NUMBER: _ClassVar[int]
    REPORTED_FIELD_NUMBER: _ClassVar[int]
    HELD_FIELD_NUMBER: _ClassVar[int]
    DECLARATIONS_TO_RECTIFY_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.OutboundInvoice
    payment_id: str
    date: str
    amount: str
    split: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.PaymentShare]
    replayed: bool
    status_queued: bool
    reported: bool
    held: bool
    declarations_to_rectify: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.OutboundInvoice, _Mapping]] = ..., payment_id: _Optional[str] = ..., date: _Optional[str] = ..., amount: _Optional[str] = ..., split: _Optional[_Iterable[_Union[_invoice_pb2.PaymentShare, _Mapping]]] = ..., replayed: _Optional[bool] = ..., status_queued: _Optional[bool] = ..., reported: _Optional[bool] = ..., held: _Optional[bool] = ..., declarations_to_rectify: _Optional[_Iterable[str]] = ...) -> None: ...

class CancelInvoiceRequest(_message.Message):
    __slots__ = ("invoice_id", "reason", "request_id")
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    reason: str
    request_id: str
    def __init__(self, invoice_id: _Optional[str] = ..., reason: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class CancelInvoiceResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.OutboundInvoice
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.OutboundInvoice, _Mapping]] = ...) -> None: ...
