import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ArchivedDocument(_message.Message):
    __slots__ = ("sha256", "kind", "media_type", "filename", "size", "document_date", "retention_until", "archived_at", "invoice_id", "declaration_id")
    SHA256_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    DOCUMENT_DATE_FIELD_NUMBER: _ClassVar[int]
    RETENTION_UNTIL_FIELD_NUMBER: _ClassVar[int]
    ARCHIVED_AT_FIELD_NUMBER: _ClassVar[int]
    INVOICE_ID_FIELD_NUMBER: _ClassVar[int]
    DECLARATION_ID_FIELD_NUMBER: _ClassVar[int]
    sha256: str
    kind: str
    media_type: str
    filename: str
    size: int
    document_date: str
    retention_until: str
    archived_at: _timestamp_pb2.Timestamp
    invoice_id: str
    declaration_id: str
    def __init__(self, sha256: _Optional[str] = ..., kind: _Optional[str] = ..., media_type: _Optional[str] = ..., filename: _Optional[str] = ..., size: _Optional[int] = ..., document_date: _Optional[str] = ..., retention_until: _Optional[str] = ..., archived_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., invoice_id: _Optional[str] = ..., declaration_id: _Optional[str] = ...) -> None: ...

class GetArchivedDocumentRequest(_message.Message):
    __slots__ = ("sha256",)
    SHA256_FIELD_NUMBER: _ClassVar[int]
    sha256: str
    def __init__(self, sha256: _Optional[str] = ...) -> None: ...

class GetArchivedDocumentResponse(_message.Message):
    __slots__ = ("document", "content")
    DOCUMENT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    document: ArchivedDocument
    content: bytes
    def __init__(self, document: _Optional[_Union[ArchivedDocument, _Mapping]] = ..., content: _Optional[bytes] = ...) -> None: ...

class VerifyArchiveRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BrokenDocument(_message.Message):
    __slots__ = ("sha256", "kind", "document_date", "reason")
    SHA256_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    DOCUMENT_DATE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    sha256: str
    kind: str
    document_date: str
    reason: str
    def __init__(self, sha256: _Optional[str] = ..., kind: _Optional[str] = ..., document_date: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class BrokenAuditEntry(_message.Message):
    __slots__ = ("seq", "reason")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    seq: int
    reason: str
    def __init__(self, seq: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class VerifyArchiveResponse(_message.Message):
    __slots__ = ("ok", "documents_checked", "entries_checked", "broken_documents", "broken_entries", "chain_head")
    OK_FIELD_NUMBER: _ClassVar[int]
    DOCUMENTS_CHECKED_FIELD_NUMBER: _ClassVar[int]
    ENTRIES_CHECKED_FIELD_NUMBER: _ClassVar[int]
    BROKEN_DOCUMENTS_FIELD_NUMBER: _ClassVar[int]
    BROKEN_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    CHAIN_HEAD_FIELD_NUMBER: _ClassVar[int]
    ok: bool
    documents_checked: int
    entries_checked: int
    broken_documents: _containers.RepeatedCompositeFieldContainer[BrokenDocument]
    broken_entries: _containers.RepeatedCompositeFieldContainer[BrokenAuditEntry]
    chain_head: str
    def __init__(self, ok: _Optional[bool] = ..., documents_checked: _Optional[int] = ..., entries_checked: _Optional[int] = ..., broken_documents: _Optional[_Iterable[_Union[BrokenDocument, _Mapping]]] = ..., broken_entries: _Optional[_Iterable[_Union[BrokenAuditEntry, _Mapping]]] = ..., chain_head: _Optional[str] = ...) -> None: ...

class ExportArchiveRequest(_message.Message):
    __slots__ = ("date_from", "date_to")
    DATE_FROM_FIELD_NUMBER: _ClassVar[int]
    DATE_TO_FIELD_NUMBER: _ClassVar[int]
    date_from: str
    date_to: str
    def __init__(self, date_from: _Optional[str] = ..., date_to: _Optional[str] = ...) -> None: ...

class ExportSummary(_message.Message):
    __slots__ = ("documents", "audit_entries", "manifest_sha256", "zip_sha256", "zip_size")
    DOCUMENTS_FIELD_NUMBER: _ClassVar[int]
    AUDIT_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    MANIFEST_SHA256_FIELD_NUMBER: _ClassVar[int]
    ZIP_SHA256_FIELD_NUMBER: _ClassVar[int]
    ZIP_SIZE_FIELD_NUMBER: _ClassVar[int]
    documents: int
    audit_entries: int
    manifest_sha256: str
    zip_sha256: str
    zip_size: int
    def __init__(self, documents: _Optional[int] = ..., audit_entries: _Optional[int] = ..., manifest_sha256: _Optional[str] = ..., zip_sha256: _Optional[str] = ..., zip_size: _Optional[int] = ...) -> None: ...

class ArchiveExportPart(_message.Message):
    __slots__ = ("data", "summary")
    DATA_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    summary: ExportSummary
    def __init__(self, data: _Optional[bytes] = ..., summary: _Optional[_Union[ExportSummary, _Mapping]] = ...) -> None: ...

class ExportArchiveChunk(_message.Message):
    __slots__ = ("data", "summary")
    DATA_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    summary: ExportSummary
    def __init__(self, data: _Optional[bytes] = ..., summary: _Optional[_Union[ExportSummary, _Mapping]] = ...) -> None: ...
