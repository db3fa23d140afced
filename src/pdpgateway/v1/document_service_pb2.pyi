from pdpgateway.v1 import document_pb2 as _document_pb2
from pdpgateway.v1 import invoice_pb2 as _invoice_pb2
from pdpgateway.v1 import reception_service_pb2 as _reception_service_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ValidationRules(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VALIDATION_RULES_UNSPECIFIED: _ClassVar[ValidationRules]
    VALIDATION_RULES_EN16931: _ClassVar[ValidationRules]
    VALIDATION_RULES_FR: _ClassVar[ValidationRules]
VALIDATION_RULES_UNSPECIFIED: ValidationRules
VALIDATION_RULES_EN16931: ValidationRules
VALIDATION_RULES_FR: ValidationRules

class RenderDocumentRequest(_message.Message):
    __slots__ = ("invoice", "format", "profile")
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.Invoice
    format: _document_pb2.DocumentFormat
    profile: _document_pb2.DocumentProfile
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ..., format: _Optional[_Union[_document_pb2.DocumentFormat, str]] = ..., profile: _Optional[_Union[_document_pb2.DocumentProfile, str]] = ...) -> None: ...

class RenderDocumentResponse(_message.Message):
    __slots__ = ("document", "warnings")
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    WARNINGS_FIELD_NUMBER: _ClassVar[int]
    document: _document_pb2.Document
    warnings: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.Finding]
    def __init__(self, document: _Optional[_Union[_document_pb2.Document, _Mapping]] = ..., warnings: _Optional[_Iterable[_Union[_invoice_pb2.Finding, _Mapping]]] = ...) -> None: ...

class ParseDocumentRequest(_message.Message):
    __slots__ = ("content",)
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    content: bytes
    def __init__(self, content: _Optional[bytes] = ...) -> None: ...

class ParseDocumentResponse(_message.Message):
    __slots__ = ("invoice", "format", "profile", "specification", "unmapped")
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    SPECIFICATION_FIELD_NUMBER: _ClassVar[int]
    UNMAPPED_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.Invoice
    format: _document_pb2.DocumentFormat
    profile: _document_pb2.DocumentProfile
    specification: str
    unmapped: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.Finding]
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ..., format: _Optional[_Union[_document_pb2.DocumentFormat, str]] = ..., profile: _Optional[_Union[_document_pb2.DocumentProfile, str]] = ..., specification: _Optional[str] = ..., unmapped: _Optional[_Iterable[_Union[_invoice_pb2.Finding, _Mapping]]] = ...) -> None: ...

class ValidateDocumentRequest(_message.Message):
    __slots__ = ("content", "declared_format", "rules")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    DECLARED_FORMAT_FIELD_NUMBER: _ClassVar[int]
    RULES_FIELD_NUMBER: _ClassVar[int]
    content: bytes
    declared_format: _document_pb2.DocumentFormat
    rules: ValidationRules
    def __init__(self, content: _Optional[bytes] = ..., declared_format: _Optional[_Union[_document_pb2.DocumentFormat, str]] = ..., rules: _Optional[_Union[ValidationRules, str]] = ...) -> None: ...

class ValidateDocumentResponse(_message.Message):
    __slots__ = ("report", "format", "profile")
    REPORT_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    report: _reception_service_pb2.ValidationReport
    format: _document_pb2.DocumentFormat
    profile: _document_pb2.DocumentProfile
    def __init__(self, report: _Optional[_Union[_reception_service_pb2.ValidationReport, _Mapping]] = ..., format: _Optional[_Union[_document_pb2.DocumentFormat, str]] = ..., profile: _Optional[_Union[_document_pb2.DocumentProfile, str]] = ...) -> None: ...
