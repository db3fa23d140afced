from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DocumentFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DOCUMENT_FORMAT_UNSPECIFIED: _ClassVar[DocumentFormat]
    DOCUMENT_FORMAT_CII: _ClassVar[DocumentFormat]
    DOCUMENT_FORMAT_UBL: _ClassVar[DocumentFormat]
    DOCUMENT_FORMAT_FACTURX: _ClassVar[DocumentFormat]

class DocumentProfile(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DOCUMENT_PROFILE_UNSPECIFIED: _ClassVar[DocumentProfile]
    DOCUMENT_PROFILE_EN16931: _ClassVar[DocumentProfile]
    DOCUMENT_PROFILE_EXTENDED_CTC_FR: _ClassVar[DocumentProfile]
    DOCUMENT_PROFILE_BASICWL: _ClassVar[DocumentProfile]
    DOCUMENT_PROFILE_EXTENDED: _ClassVar[DocumentProfile]

class DocumentOrigin(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DOCUMENT_ORIGIN_UNSPECIFIED: _ClassVar[DocumentOrigin]
    DOCUMENT_ORIGIN_PLATFORM: _ClassVar[DocumentOrigin]
    DOCUMENT_ORIGIN_SUBMITTED: _ClassVar[DocumentOrigin]
    DOCUMENT_ORIGIN_RENDERED: _ClassVar[DocumentOrigin]
DOCUMENT_FORMAT_UNSPECIFIED: DocumentFormat
DOCUMENT_FORMAT_CII: DocumentFormat
DOCUMENT_FORMAT_UBL: DocumentFormat
DOCUMENT_FORMAT_FACTURX: DocumentFormat
DOCUMENT_PROFILE_UNSPECIFIED: DocumentProfile
DOCUMENT_PROFILE_EN16931: DocumentProfile
DOCUMENT_PROFILE_EXTENDED_CTC_FR: DocumentProfile
DOCUMENT_PROFILE_BASICWL: DocumentProfile
DOCUMENT_PROFILE_EXTENDED: DocumentProfile
DOCUMENT_ORIGIN_UNSPECIFIED: DocumentOrigin
DOCUMENT_ORIGIN_PLATFORM: DocumentOrigin
DOCUMENT_ORIGIN_SUBMITTED: DocumentOrigin
DOCUMENT_ORIGIN_RENDERED: DocumentOrigin

class Document(_message.Message):
    __slots__ = ("content", "media_type", "sha256", "filename", "format", "profile")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    content: bytes
    media_type: str
    sha256: str
    filename: str
    format: DocumentFormat
    profile: DocumentProfile
    def __init__(self, content: _Optional[bytes] = ..., media_type: _Optional[str] = ..., sha256: _Optional[str] = ..., filename: _Optional[str] = ..., format: _Optional[_Union[DocumentFormat, str]] = ..., profile: _Optional[_Union[DocumentProfile, str]] = ...) -> None: ...
