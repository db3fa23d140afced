import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from pdpgateway.v1 import invoice_pb2 as _invoice_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BuyerStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BUYER_STATUS_UNSPECIFIED: _ClassVar[BuyerStatus]
    BUYER_STATUS_IN_HAND: _ClassVar[BuyerStatus]
    BUYER_STATUS_APPROVED: _ClassVar[BuyerStatus]
    BUYER_STATUS_PARTIALLY_APPROVED: _ClassVar[BuyerStatus]
    BUYER_STATUS_DISPUTED: _ClassVar[BuyerStatus]
    BUYER_STATUS_SUSPENDED: _ClassVar[BuyerStatus]
    BUYER_STATUS_COMPLETED: _ClassVar[BuyerStatus]
    BUYER_STATUS_REFUSED: _ClassVar[BuyerStatus]
    BUYER_STATUS_PAYMENT_SENT: _ClassVar[BuyerStatus]

class OnBooksDifference(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ON_BOOKS_DIFFERENCE_UNSPECIFIED: _ClassVar[OnBooksDifference]
    ON_BOOKS_DIFFERENCE_REFUSE: _ClassVar[OnBooksDifference]
    ON_BOOKS_DIFFERENCE_PARTIALLY_APPROVE: _ClassVar[OnBooksDifference]
    ON_BOOKS_DIFFERENCE_DISPUTE: _ClassVar[OnBooksDifference]
BUYER_STATUS_UNSPECIFIED: BuyerStatus
BUYER_STATUS_IN_HAND: BuyerStatus
BUYER_STATUS_APPROVED: BuyerStatus
BUYER_STATUS_PARTIALLY_APPROVED: BuyerStatus
BUYER_STATUS_DISPUTED: BuyerStatus
BUYER_STATUS_SUSPENDED: BuyerStatus
BUYER_STATUS_COMPLETED: BuyerStatus
BUYER_STATUS_REFUSED: BuyerStatus
BUYER_STATUS_PAYMENT_SENT: BuyerStatus
ON_BOOKS_DIFFERENCE_UNSPECIFIED: OnBooksDifference
ON_BOOKS_DIFFERENCE_REFUSE: OnBooksDifference
ON_BOOKS_DIFFERENCE_PARTIALLY_APPROVE: OnBooksDifference
ON_BOOKS_DIFFERENCE_DISPUTE: OnBooksDifference

class ValidationArtifact(_message.Message):
    __slots__ = ("name", "version")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    name: str
    version: str
    def __init__(self, name: _Optional[str] = ..., version: _Optional[str] = ...) -> None: ...

class LayerVerdict(_message.Message):
    __slots__ = ("layer", "artifact", "ran", "passed", "fatal", "warnings")
    LAYER_FIELD_NUMBER: _ClassVar[int]
    ARTIFACT_FIELD_NUMBER: _ClassVar[int]
    RAN_FIELD_NUMBER: _ClassVar[int]
    PASSED_FIELD_NUMBER: _ClassVar[int]
    FATAL_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_FIELD_NUMBER: _ClassVar[int]
    layer: str
    artifact: str
    ran: bool
    passed: bool
    fatal: int
    warnings: int
    def __init__(self, layer: _Optional[str] = ..., artifact: _Optional[str] = ..., ran: _Optional[bool] = ..., passed: _Optional[bool] = ..., fatal: _Optional[int] = ..., warnings: _Optional[int] = ...) -> None: ...

class ValidationConclusion(_message.Message):
    __slots__ = ("rules", "applies", "reason", "layers", "passed")
    RULES_FIELD_NUMBER: _ClassVar[int]
    APPLIES_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    LAYERS_FIELD_NUMBER: _ClassVar[int]
    PASSED_FIELD_NUMBER: _ClassVar[int]
    rules: str
    applies: bool
    reason: str
    layers: _containers.RepeatedScalarFieldContainer[str]
    passed: bool
    def __init__(self, rules: _Optional[str] = ..., applies: _Optional[bool] = ..., reason: _Optional[str] = ..., layers: _Optional[_Iterable[str]] = ..., passed: _Optional[bool] = ...) -> None: ...

class ValidationReport(_message.Message):
    __slots__ = ("valid", "complete", "findings", "errors", "artifacts", "layers", "conclusions")
    VALID_FIELD_NUMBER: _ClassVar[int]
    COMPLETE_FIELD_NUMBER: _ClassVar[int]
    FINDINGS_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    ARTIFACTS_FIELD_NUMBER: _ClassVar[int]
    LAYERS_FIELD_NUMBER: _ClassVar[int]
    CONCLUSIONS_FIELD_NUMBER: _ClassVar[int]
    valid: bool
    complete: bool
    findings: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.Finding]
    errors: _containers.RepeatedScalarFieldContainer[str]
    artifacts: _containers.RepeatedCompositeFieldContainer[ValidationArtifact]
    layers: _containers.RepeatedCompositeFieldContainer[LayerVerdict]
    conclusions: _containers.RepeatedCompositeFieldContainer[ValidationConclusion]
    def __init__(self, valid: _Optional[bool] = ..., complete: _Optional[bool] = ..., findings: _Optional[_Iterable[_Union[_invoice_pb2.Finding, _Mapping]]] = ..., errors: _Optional[_Iterable[str]] = ..., artifacts: _Optional[_Iterable[_Union[ValidationArtifact, _Mapping]]] = ..., layers: _Optional[_Iterable[_Union[LayerVerdict, _Mapping]]] = ..., conclusions: _Optional[_Iterable[_Union[ValidationConclusion, _Mapping]]] = ...) -> None: ...

class ReceivedInvoice(_message.Message):
    __slots__ = ("id", "platform", "platform_invoice_id", "sender_accept_status", "number", "seller_siren", "seller_name", "syntax", "profile", "valid", "lifecycle_code", "received_at", "document_sha256", "media_type", "filename", "invoice", "settlement", "copy_of")
    ID_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    SENDER_ACCEPT_STATUS_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    SELLER_SIREN_FIELD_NUMBER: _ClassVar[int]
    SELLER_NAME_FIELD_NUMBER: _ClassVar[int]
    SYNTAX_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    VALID_FIELD_NUMBER: _ClassVar[int]
    LIFECYCLE_CODE_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_AT_FIELD_NUMBER: _ClassVar[int]
    DOCUMENT_SHA256_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    SETTLEMENT_FIELD_NUMBER: _ClassVar[int]
    COPY_OF_FIELD_NUMBER: _ClassVar[int]
    id: str
    platform: str
    platform_invoice_id: str
    sender_accept_status: str
    number: str
    seller_siren: str
    seller_name: str
    syntax: str
    profile: str
    valid: bool
    lifecycle_code: str
    received_at: _timestamp_pb2.Timestamp
    document_sha256: str
    media_type: str
    filename: str
    invoice: _invoice_pb2.Invoice
    settlement: _invoice_pb2.Settlement
    copy_of: str
    def __init__(self, id: _Optional[str] = ..., platform: _Optional[str] = ..., platform_invoice_id: _Optional[str] = ..., sender_accept_status: _Optional[str] = ..., number: _Optional[str] = ..., seller_siren: _Optional[str] = ..., seller_name: _Optional[str] = ..., syntax: _Optional[str] = ..., profile: _Optional[str] = ..., valid: _Optional[bool] = ..., lifecycle_code: _Optional[str] = ..., received_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., document_sha256: _Optional[str] = ..., media_type: _Optional[str] = ..., filename: _Optional[str] = ..., invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ..., settlement: _Optional[_Union[_invoice_pb2.Settlement, _Mapping]] = ..., copy_of: _Optional[str] = ...) -> None: ...

class RecordPaymentSentRequest(_message.Message):
    __slots__ = ("invoice_id", "payment_id", "date", "amount", "split")
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_ID_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    SPLIT_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    payment_id: str
    date: str
    amount: str
    split: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.PaymentShare]
    def __init__(self, invoice_id: _Optional[str] = ..., payment_id: _Optional[str] = ..., date: _Optional[str] = ..., amount: _Optional[str] = ..., split: _Optional[_Iterable[_Union[_invoice_pb2.PaymentShare, _Mapping]]] = ...) -> None: ...

class RecordPaymentSentResponse(_message.Message):
    __slots__ = ("settlement", "payment_id", "split", "replayed", "status_queued")
    SETTLEMENT_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_ID_FIELD_NUMBER: _ClassVar[int]
    SPLIT_FIELD_NUMBER: _ClassVar[int]
    REPLAYED_FIELD_NUMBER: _ClassVar[int]
    STATUS_QUEUED_FIELD_NUMBER: _ClassVar[int]
    settlement: _invoice_pb2.Settlement
    payment_id: str
    split: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.PaymentShare]
    replayed: bool
    status_queued: bool
    def __init__(self, settlement: _Optional[_Union[_invoice_pb2.Settlement, _Mapping]] = ..., payment_id: _Optional[str] = ..., split: _Optional[_Iterable[_Union[_invoice_pb2.PaymentShare, _Mapping]]] = ..., replayed: _Optional[bool] = ..., status_queued: _Optional[bool] = ...) -> None: ...

class ReceivedInvoiceEvent(_message.Message):
    __slots__ = ("event_id", "kind", "state", "status_code", "detail", "findings", "at")
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    FINDINGS_FIELD_NUMBER: _ClassVar[int]
    AT_FIELD_NUMBER: _ClassVar[int]
    event_id: int
    kind: str
    state: str
    status_code: str
    detail: str
    findings: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.Finding]
    at: _timestamp_pb2.Timestamp
    def __init__(self, event_id: _Optional[int] = ..., kind: _Optional[str] = ..., state: _Optional[str] = ..., status_code: _Optional[str] = ..., detail: _Optional[str] = ..., findings: _Optional[_Iterable[_Union[_invoice_pb2.Finding, _Mapping]]] = ..., at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListReceivedInvoicesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "lifecycle_codes", "validity", "seller")
    class Validity(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        VALIDITY_UNSPECIFIED: _ClassVar[ListReceivedInvoicesRequest.Validity]
        VALIDITY_VALID: _ClassVar[ListReceivedInvoicesRequest.Validity]
        VALIDITY_INVALID: _ClassVar[ListReceivedInvoicesRequest.Validity]
    VALIDITY_UNSPECIFIED: ListReceivedInvoicesRequest.Validity
    VALIDITY_VALID: ListReceivedInvoicesRequest.Validity
    VALIDITY_INVALID: ListReceivedInvoicesRequest.Validity
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    LIFECYCLE_CODES_FIELD_NUMBER: _ClassVar[int]
    VALIDITY_FIELD_NUMBER: _ClassVar[int]
    SELLER_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    lifecycle_codes: _containers.RepeatedScalarFieldContainer[str]
    validity: ListReceivedInvoicesRequest.Validity
    seller: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., lifecycle_codes: _Optional[_Iterable[str]] = ..., validity: _Optional[_Union[ListReceivedInvoicesRequest.Validity, str]] = ..., seller: _Optional[str] = ...) -> None: ...

class ListReceivedInvoicesResponse(_message.Message):
    __slots__ = ("invoices", "next_page_token")
    INVOICES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    invoices: _containers.RepeatedCompositeFieldContainer[ReceivedInvoice]
    next_page_token: str
    def __init__(self, invoices: _Optional[_Iterable[_Union[ReceivedInvoice, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetReceivedInvoiceRequest(_message.Message):
    __slots__ = ("invoice_id",)
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    def __init__(self, invoice_id: _Optional[str] = ...) -> None: ...

class GetReceivedInvoiceResponse(_message.Message):
    __slots__ = ("invoice", "report", "document", "history")
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    REPORT_FIELD_NUMBER: _ClassVar[int]
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    HISTORY_FIELD_NUMBER: _ClassVar[int]
    invoice: ReceivedInvoice
    report: ValidationReport
    document: bytes
    history: _containers.RepeatedCompositeFieldContainer[ReceivedInvoiceEvent]
    def __init__(self, invoice: _Optional[_Union[ReceivedInvoice, _Mapping]] = ..., report: _Optional[_Union[ValidationReport, _Mapping]] = ..., document: _Optional[bytes] = ..., history: _Optional[_Iterable[_Union[ReceivedInvoiceEvent, _Mapping]]] = ...) -> None: ...

class GetReceivedInvoiceReadableRequest(_message.Message):
    __slots__ = ("invoice_id", "platform_only")
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_ONLY_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    platform_only: bool
    def __init__(self, invoice_id: _Optional[str] = ..., platform_only: _Optional[bool] = ...) -> None: ...

class GetReceivedInvoiceReadableResponse(_message.Message):
    __slots__ = ("content", "media_type", "source", "platform_view")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_VIEW_FIELD_NUMBER: _ClassVar[int]
    content: bytes
    media_type: str
    source: str
    platform_view: str
    def __init__(self, content: _Optional[bytes] = ..., media_type: _Optional[str] = ..., source: _Optional[str] = ..., platform_view: _Optional[str] = ...) -> None: ...

class SetBuyerStatusRequest(_message.Message):
    __slots__ = ("invoice_id", "status", "reason_code", "message", "amount", "currency", "booked", "on_difference", "request_id")
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    REASON_CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    BOOKED_FIELD_NUMBER: _ClassVar[int]
    ON_DIFFERENCE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    invoice_id: str
    status: BuyerStatus
    reason_code: str
    message: str
    amount: str
    currency: str
    booked: BookedAmounts
    on_difference: OnBooksDifference
    request_id: str
    def __init__(self, invoice_id: _Optional[str] = ..., status: _Optional[_Union[BuyerStatus, str]] = ..., reason_code: _Optional[str] = ..., message: _Optional[str] = ..., amount: _Optional[str] = ..., currency: _Optional[str] = ..., booked: _Optional[_Union[BookedAmounts, _Mapping]] = ..., on_difference: _Optional[_Union[OnBooksDifference, str]] = ..., request_id: _Optional[str] = ...) -> None: ...

class BookedAmounts(_message.Message):
    __slots__ = ("total", "vat")
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    VAT_FIELD_NUMBER: _ClassVar[int]
    total: str
    vat: _containers.RepeatedCompositeFieldContainer[BookedVat]
    def __init__(self, total: _Optional[str] = ..., vat: _Optional[_Iterable[_Union[BookedVat, _Mapping]]] = ...) -> None: ...

class BookedVat(_message.Message):
    __slots__ = ("vat_rate", "amount")
    VAT_RATE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    vat_rate: str
    amount: str
    def __init__(self, vat_rate: _Optional[str] = ..., amount: _Optional[str] = ...) -> None: ...

class BooksDifference(_message.Message):
    __slots__ = ("rule_id", "path", "vat_rate", "booked", "invoiced")
    RULE_ID_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    VAT_RATE_FIELD_NUMBER: _ClassVar[int]
    BOOKED_FIELD_NUMBER: _ClassVar[int]
    INVOICED_FIELD_NUMBER: _ClassVar[int]
    rule_id: str
    path: str
    vat_rate: str
    booked: str
    invoiced: str
    def __init__(self, rule_id: _Optional[str] = ..., path: _Optional[str] = ..., vat_rate: _Optional[str] = ..., booked: _Optional[str] = ..., invoiced: _Optional[str] = ...) -> None: ...

class SetBuyerStatusResponse(_message.Message):
    __slots__ = ("status_code", "outbox_id", "differences")
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    OUTBOX_ID_FIELD_NUMBER: _ClassVar[int]
    DIFFERENCES_FIELD_NUMBER: _ClassVar[int]
    status_code: str
    outbox_id: int
    differences: _containers.RepeatedCompositeFieldContainer[BooksDifference]
    def __init__(self, status_code: _Optional[str] = ..., outbox_id: _Optional[int] = ..., differences: _Optional[_Iterable[_Union[BooksDifference, _Mapping]]] = ...) -> None: ...

class ParkedDelivery(_message.Message):
    __slots__ = ("id", "platform", "source", "kind", "state", "reason", "note", "received_at", "attempts")
    ID_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_AT_FIELD_NUMBER: _ClassVar[int]
    ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    id: int
    platform: str
    source: str
    kind: str
    state: str
    reason: str
    note: str
    received_at: _timestamp_pb2.Timestamp
    attempts: int
    def __init__(self, id: _Optional[int] = ..., platform: _Optional[str] = ..., source: _Optional[str] = ..., kind: _Optional[str] = ..., state: _Optional[str] = ..., reason: _Optional[str] = ..., note: _Optional[str] = ..., received_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., attempts: _Optional[int] = ...) -> None: ...

class ListParkedDeliveriesRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListParkedDeliveriesResponse(_message.Message):
    __slots__ = ("deliveries", "next_page_token")
    DELIVERIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    deliveries: _containers.RepeatedCompositeFieldContainer[ParkedDelivery]
    next_page_token: str
    def __init__(self, deliveries: _Optional[_Iterable[_Union[ParkedDelivery, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ReplayDeliveryRequest(_message.Message):
    __slots__ = ("delivery_id",)
    DELIVERY_ID_FIELD_NUMBER: _ClassVar[int]
    delivery_id: int
    def __init__(self, delivery_id: _Optional[int] = ...) -> None: ...

class ReplayDeliveryResponse(_message.Message):
    __slots__ = ("replayed",)
    REPLAYED_FIELD_NUMBER: _ClassVar[int]
    replayed: bool
    def __init__(self, replayed: _Optional[bool] = ...) -> None: ...
