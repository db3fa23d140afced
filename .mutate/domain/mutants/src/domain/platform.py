"""The e-invoicing platform (PA/PDP) port, in the terms of AFNOR XP Z12-013 so that any platform fits.

Adapters (IOPOLE, AFNOR flow service, the in-process sandbox) translate their payloads into these values and their
failures into the exceptions below; the use cases never see HTTP.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from domain.findings import Finding, Severity
from domain.lifecycle import check_sendable
from domain.platform_codes import cdar_name

Seconds = float  # a duration; money, quantities and rates are Decimal everywhere in the domain


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class DocumentSyntax(StrEnum):
    """XP Z12-013 flowSyntax."""

    CII = "CII"
    UBL = "UBL"
    FACTUR_X = "Factur-X"
    CDAR = "CDAR"
    FRR = "FRR"


class DocumentProfile(StrEnum):
    """XP Z12-013 flowProfile."""

    BASIC = "Basic"
    CIUS = "CIUS"
    EXTENDED_CTC_FR = "Extended-CTC-FR"
    UNDEFINED = "Undefined"


class ProcessingRule(StrEnum):
    """XP Z12-013 processingRule."""

    B2B = "B2B"
    B2B_INT = "B2BInt"
    B2C = "B2C"
    B2G = "B2G"
    B2G_INT = "B2GInt"
    OUT_OF_SCOPE = "OutOfScope"
    B2G_OUT_OF_SCOPE = "B2GOutOfScope"
    ARCHIVE_ONLY = "ArchiveOnly"
    NOT_APPLICABLE = "NotApplicable"
    UNDEFINED = "Undefined"


class InvalidPlatformRequest(ValueError):
    """A request we built breaks a rule before it ever reaches a platform (a bug or bad input, never retried)."""
mutants_xǁOutboundDocumentǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁOutboundDocumentǁof__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class OutboundDocument:
    """One document to deposit. tracking_id is our invoice number/id (XP Z12-013 trackingId, at most 64 chars).

    recipient: the buyer's electronic address (BT-49, "scheme:value") when known; platforms route on the document
    itself, this copy only serves checks and simulations.
    """

    content: bytes = field(repr=False)
    filename: str
    syntax: DocumentSyntax
    profile: DocumentProfile
    processing_rule: ProcessingRule
    sha256: str
    tracking_id: str
    recipient: str = ""

    @_mutmut_mutated(mutants_xǁOutboundDocumentǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_orig(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_1(self) -> None:
        if self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_2(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest(None)
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_3(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("XXthe document to deposit is emptyXX")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_4(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("THE DOCUMENT TO DEPOSIT IS EMPTY")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_5(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(None).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_6(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() == self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_7(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.upper():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_8(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest(None)
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_9(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("XXsha256 does not match the document content (ChecksumMismatch)XX")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_10(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (checksummismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_11(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("SHA256 DOES NOT MATCH THE DOCUMENT CONTENT (CHECKSUMMISMATCH)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_12(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id and len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_13(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_14(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) >= 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_15(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 65:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_16(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest(None)
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_17(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("XXtrackingId must hold 1 to 64 charactersXX")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_18(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingid must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_19(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("TRACKINGID MUST HOLD 1 TO 64 CHARACTERS")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_20(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename and "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_21(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename and "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_22(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_23(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "XX/XX" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_24(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" not in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_25(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "XX\\XX" in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_26(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" not in self.filename:
            raise InvalidPlatformRequest("the filename must be a bare file name")

    def xǁOutboundDocumentǁ__post_init____mutmut_27(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest(None)

    def xǁOutboundDocumentǁ__post_init____mutmut_28(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("XXthe filename must be a bare file nameXX")

    def xǁOutboundDocumentǁ__post_init____mutmut_29(self) -> None:
        if not self.content:
            raise InvalidPlatformRequest("the document to deposit is empty")
        if hashlib.sha256(self.content).hexdigest() != self.sha256.lower():
            # XP Z12-013 ChecksumMismatch: the platform would refuse it, so refuse it first.
            raise InvalidPlatformRequest("sha256 does not match the document content (ChecksumMismatch)")
        if not self.tracking_id or len(self.tracking_id) > 64:
            raise InvalidPlatformRequest("trackingId must hold 1 to 64 characters")
        if not self.filename or "/" in self.filename or "\\" in self.filename:
            raise InvalidPlatformRequest("THE FILENAME MUST BE A BARE FILE NAME")

    @classmethod
    @_mutmut_mutated(mutants_xǁOutboundDocumentǁof__mutmut, is_classmethod = True)
    def of(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_orig(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_1(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "XXXX",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_2(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=None,
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_3(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=None,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_4(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=None,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_5(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=None,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_6(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=None,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_7(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=None,
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_8(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=None,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_9(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=None,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_10(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_11(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_12(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_13(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_14(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=profile,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_15(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            tracking_id=tracking_id,
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_16(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            recipient=recipient,
        )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_17(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(content).hexdigest(),
            tracking_id=tracking_id,
            )

    @classmethod
    def xǁOutboundDocumentǁof__mutmut_18(
        cls,
        content: bytes,
        *,
        filename: str,
        syntax: DocumentSyntax,
        tracking_id: str,
        profile: DocumentProfile = DocumentProfile.UNDEFINED,
        processing_rule: ProcessingRule = ProcessingRule.B2B,
        recipient: str = "",
    ) -> OutboundDocument:
        return cls(
            content=content,
            filename=filename,
            syntax=syntax,
            profile=profile,
            processing_rule=processing_rule,
            sha256=hashlib.sha256(None).hexdigest(),
            tracking_id=tracking_id,
            recipient=recipient,
        )

mutants_xǁOutboundDocumentǁ__post_init____mutmut['_mutmut_orig'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_1'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_2'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_3'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_4'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_5'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_6'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_7'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_8'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_9'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_10'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_11'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_12'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_13'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_14'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_15'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_16'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_17'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_18'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_19'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_20'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_21'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_22'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_23'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_24'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_25'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_26'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_27'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_28'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁ__post_init____mutmut['xǁOutboundDocumentǁ__post_init____mutmut_29'] = OutboundDocument.xǁOutboundDocumentǁ__post_init____mutmut_29 # type: ignore # mutmut generated

mutants_xǁOutboundDocumentǁof__mutmut['_mutmut_orig'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_1'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_1 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_2'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_2 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_3'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_3 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_4'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_4 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_5'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_6'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_6 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_7'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_7 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_8'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_8 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_9'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_9 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_10'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_10 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_11'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_11 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_12'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_12 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_13'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_13 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_14'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_14 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_15'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_15 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_16'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_16 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_17'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_17 # type: ignore # mutmut generated
mutants_xǁOutboundDocumentǁof__mutmut['xǁOutboundDocumentǁof__mutmut_18'] = OutboundDocument.xǁOutboundDocumentǁof__mutmut_18 # type: ignore # mutmut generated


@dataclass(frozen=True, slots=True)
class Submission:
    """The platform accepted the document for processing (not valid, not delivered: statuses follow).

    duplicate is True when the platform said it already had it (IOPOLE 409 DUPLICATE_RESOURCE, AFNOR AlreadyExistingFlow).
    """

    platform_id: str
    accepted_at: datetime
    duplicate: bool = False


@dataclass(frozen=True, slots=True)
class PlatformStatus:
    """One lifecycle event as the platform reported it.

    code:     the CDAR code ("200".."501") when the platform's code is known, else the raw code kept verbatim.
    label:    a readable label (the platform's own label, e.g. "SUBMITTED").
    raw_code: exactly what the platform sent.
    """

    code: str
    label: str
    raw_code: str
    at: datetime
    reason: str = ""
    findings: tuple[Finding, ...] = ()
    status_id: str = ""

    @property
    def name(self) -> str:
        return cdar_name(self.code)
mutants_xǁSubmissionQueryǁ__post_init____mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class SubmissionQuery:
    """Criteria to find earlier submissions (reconciling an unknown outcome). At least one is required."""

    tracking_id: str = ""
    sha256: str = ""
    invoice_number: str = ""

    @_mutmut_mutated(mutants_xǁSubmissionQueryǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        if not (self.tracking_id or self.sha256 or self.invoice_number):
            raise InvalidPlatformRequest(
                "a submission search needs a tracking id, a sha256 or an invoice number"
            )

    def xǁSubmissionQueryǁ__post_init____mutmut_orig(self) -> None:
        if not (self.tracking_id or self.sha256 or self.invoice_number):
            raise InvalidPlatformRequest(
                "a submission search needs a tracking id, a sha256 or an invoice number"
            )

    def xǁSubmissionQueryǁ__post_init____mutmut_1(self) -> None:
        if (self.tracking_id or self.sha256 or self.invoice_number):
            raise InvalidPlatformRequest(
                "a submission search needs a tracking id, a sha256 or an invoice number"
            )

    def xǁSubmissionQueryǁ__post_init____mutmut_2(self) -> None:
        if not (self.tracking_id or self.sha256 and self.invoice_number):
            raise InvalidPlatformRequest(
                "a submission search needs a tracking id, a sha256 or an invoice number"
            )

    def xǁSubmissionQueryǁ__post_init____mutmut_3(self) -> None:
        if not (self.tracking_id and self.sha256 or self.invoice_number):
            raise InvalidPlatformRequest(
                "a submission search needs a tracking id, a sha256 or an invoice number"
            )

    def xǁSubmissionQueryǁ__post_init____mutmut_4(self) -> None:
        if not (self.tracking_id or self.sha256 or self.invoice_number):
            raise InvalidPlatformRequest(
                None
            )

    def xǁSubmissionQueryǁ__post_init____mutmut_5(self) -> None:
        if not (self.tracking_id or self.sha256 or self.invoice_number):
            raise InvalidPlatformRequest(
                "XXa submission search needs a tracking id, a sha256 or an invoice numberXX"
            )

    def xǁSubmissionQueryǁ__post_init____mutmut_6(self) -> None:
        if not (self.tracking_id or self.sha256 or self.invoice_number):
            raise InvalidPlatformRequest(
                "A SUBMISSION SEARCH NEEDS A TRACKING ID, A SHA256 OR AN INVOICE NUMBER"
            )

mutants_xǁSubmissionQueryǁ__post_init____mutmut['_mutmut_orig'] = SubmissionQuery.xǁSubmissionQueryǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁSubmissionQueryǁ__post_init____mutmut['xǁSubmissionQueryǁ__post_init____mutmut_1'] = SubmissionQuery.xǁSubmissionQueryǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁSubmissionQueryǁ__post_init____mutmut['xǁSubmissionQueryǁ__post_init____mutmut_2'] = SubmissionQuery.xǁSubmissionQueryǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁSubmissionQueryǁ__post_init____mutmut['xǁSubmissionQueryǁ__post_init____mutmut_3'] = SubmissionQuery.xǁSubmissionQueryǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁSubmissionQueryǁ__post_init____mutmut['xǁSubmissionQueryǁ__post_init____mutmut_4'] = SubmissionQuery.xǁSubmissionQueryǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁSubmissionQueryǁ__post_init____mutmut['xǁSubmissionQueryǁ__post_init____mutmut_5'] = SubmissionQuery.xǁSubmissionQueryǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁSubmissionQueryǁ__post_init____mutmut['xǁSubmissionQueryǁ__post_init____mutmut_6'] = SubmissionQuery.xǁSubmissionQueryǁ__post_init____mutmut_6 # type: ignore # mutmut generated


@dataclass(frozen=True, slots=True)
class SubmissionRecord:
    """A submission the platform knows about. sha256 is empty when the platform could not tell."""

    platform_id: str
    submitted_at: datetime | None
    invoice_number: str = ""
    sha256: str = ""
    last_status: PlatformStatus | None = None
mutants_xǁOutgoingStatusǁ__post_init____mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class OutgoingStatus:
    """A lifecycle status we send as recipient (buyer side). code is a CDAR code; amounts are Decimal."""

    code: str
    reason: str = ""  # the reason code (MDT-113), required for 206, 207, 208, 210
    message: str = ""
    amount: Decimal | None = None
    currency: str = "EUR"
    vat_rate: Decimal | None = None  # MDT-224: with the amount of a 212 (BR-FR-CDV-14)

    @_mutmut_mutated(mutants_xǁOutgoingStatusǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_orig(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_1(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = None
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_2(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(None, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_3(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=None, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_4(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=None)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_5(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_6(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_7(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, )
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_8(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                None
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_9(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): " - "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_10(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(None)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_11(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(None)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_12(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "XX; XX".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_13(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_14(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) and not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_15(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_16(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_17(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest(None)
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_18(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("XXthe status amount must be a finite DecimalXX")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_19(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_20(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("THE STATUS AMOUNT MUST BE A FINITE DECIMAL")
            if self.amount < 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_21(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount <= 0:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_22(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 1:
                raise InvalidPlatformRequest("the status amount cannot be negative")

    def xǁOutgoingStatusǁ__post_init____mutmut_23(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest(None)

    def xǁOutgoingStatusǁ__post_init____mutmut_24(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("XXthe status amount cannot be negativeXX")

    def xǁOutgoingStatusǁ__post_init____mutmut_25(self) -> None:
        # The lifecycle's rules (domain.lifecycle) decide; the use case checks the rest with check_outgoing.
        broken = check_sendable(self.code, reason_code=self.reason, amount=self.amount)
        if broken:
            raise InvalidPlatformRequest(
                f"status {self.code} ({cdar_name(self.code)}): "
                + "; ".join(f"{f.rule_id}: {f.message}" for f in broken)
            )
        if self.amount is not None:
            if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
                raise InvalidPlatformRequest("the status amount must be a finite Decimal")
            if self.amount < 0:
                raise InvalidPlatformRequest("THE STATUS AMOUNT CANNOT BE NEGATIVE")

mutants_xǁOutgoingStatusǁ__post_init____mutmut['_mutmut_orig'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_1'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_2'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_3'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_4'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_5'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_6'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_7'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_8'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_9'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_10'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_11'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_12'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_13'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_14'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_15'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_16'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_17'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_18'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_19'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_20'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_21'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_22'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_23'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_24'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁOutgoingStatusǁ__post_init____mutmut['xǁOutgoingStatusǁ__post_init____mutmut_25'] = OutgoingStatus.xǁOutgoingStatusǁ__post_init____mutmut_25 # type: ignore # mutmut generated
mutants_x_is_reachable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_reachable__mutmut)
def is_reachable(
    registered: bool, valid_from: date | None, today: date, valid_to: date | None = None
) -> bool:
    """Reachable = registered in the directory and its line is effective: validFrom <= today (<= validTo when set)."""
    if not registered or valid_from is None or valid_from > today:
        return False
    return valid_to is None or today <= valid_to


def x_is_reachable__mutmut_orig(
    registered: bool, valid_from: date | None, today: date, valid_to: date | None = None
) -> bool:
    """Reachable = registered in the directory and its line is effective: validFrom <= today (<= validTo when set)."""
    if not registered or valid_from is None or valid_from > today:
        return False
    return valid_to is None or today <= valid_to


def x_is_reachable__mutmut_1(
    registered: bool, valid_from: date | None, today: date, valid_to: date | None = None
) -> bool:
    """Reachable = registered in the directory and its line is effective: validFrom <= today (<= validTo when set)."""
    if not registered or valid_from is None and valid_from > today:
        return False
    return valid_to is None or today <= valid_to


def x_is_reachable__mutmut_2(
    registered: bool, valid_from: date | None, today: date, valid_to: date | None = None
) -> bool:
    """Reachable = registered in the directory and its line is effective: validFrom <= today (<= validTo when set)."""
    if not registered and valid_from is None or valid_from > today:
        return False
    return valid_to is None or today <= valid_to


def x_is_reachable__mutmut_3(
    registered: bool, valid_from: date | None, today: date, valid_to: date | None = None
) -> bool:
    """Reachable = registered in the directory and its line is effective: validFrom <= today (<= validTo when set)."""
    if registered or valid_from is None or valid_from > today:
        return False
    return valid_to is None or today <= valid_to


def x_is_reachable__mutmut_4(
    registered: bool, valid_from: date | None, today: date, valid_to: date | None = None
) -> bool:
    """Reachable = registered in the directory and its line is effective: validFrom <= today (<= validTo when set)."""
    if not registered or valid_from is not None or valid_from > today:
        return False
    return valid_to is None or today <= valid_to


def x_is_reachable__mutmut_5(
    registered: bool, valid_from: date | None, today: date, valid_to: date | None = None
) -> bool:
    """Reachable = registered in the directory and its line is effective: validFrom <= today (<= validTo when set)."""
    if not registered or valid_from is None or valid_from >= today:
        return False
    return valid_to is None or today <= valid_to


def x_is_reachable__mutmut_6(
    registered: bool, valid_from: date | None, today: date, valid_to: date | None = None
) -> bool:
    """Reachable = registered in the directory and its line is effective: validFrom <= today (<= validTo when set)."""
    if not registered or valid_from is None or valid_from > today:
        return True
    return valid_to is None or today <= valid_to


def x_is_reachable__mutmut_7(
    registered: bool, valid_from: date | None, today: date, valid_to: date | None = None
) -> bool:
    """Reachable = registered in the directory and its line is effective: validFrom <= today (<= validTo when set)."""
    if not registered or valid_from is None or valid_from > today:
        return False
    return valid_to is None and today <= valid_to


def x_is_reachable__mutmut_8(
    registered: bool, valid_from: date | None, today: date, valid_to: date | None = None
) -> bool:
    """Reachable = registered in the directory and its line is effective: validFrom <= today (<= validTo when set)."""
    if not registered or valid_from is None or valid_from > today:
        return False
    return valid_to is not None or today <= valid_to


def x_is_reachable__mutmut_9(
    registered: bool, valid_from: date | None, today: date, valid_to: date | None = None
) -> bool:
    """Reachable = registered in the directory and its line is effective: validFrom <= today (<= validTo when set)."""
    if not registered or valid_from is None or valid_from > today:
        return False
    return valid_to is None or today < valid_to

mutants_x_is_reachable__mutmut['_mutmut_orig'] = x_is_reachable__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_reachable__mutmut['x_is_reachable__mutmut_1'] = x_is_reachable__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_reachable__mutmut['x_is_reachable__mutmut_2'] = x_is_reachable__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_reachable__mutmut['x_is_reachable__mutmut_3'] = x_is_reachable__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_reachable__mutmut['x_is_reachable__mutmut_4'] = x_is_reachable__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_reachable__mutmut['x_is_reachable__mutmut_5'] = x_is_reachable__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_reachable__mutmut['x_is_reachable__mutmut_6'] = x_is_reachable__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_reachable__mutmut['x_is_reachable__mutmut_7'] = x_is_reachable__mutmut_7 # type: ignore # mutmut generated
mutants_x_is_reachable__mutmut['x_is_reachable__mutmut_8'] = x_is_reachable__mutmut_8 # type: ignore # mutmut generated
mutants_x_is_reachable__mutmut['x_is_reachable__mutmut_9'] = x_is_reachable__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDirectoryEntryǁunknown__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """What the directory says about a recipient. Build it with `DirectoryEntry.resolve` so reachable follows validFrom."""

    identifier: str
    reachable: bool
    registered: bool
    siren: str = ""
    name: str = ""
    electronic_address: str = ""
    valid_from: date | None = None
    valid_to: date | None = None
    network: str = ""

    @classmethod
    @_mutmut_mutated(mutants_xǁDirectoryEntryǁresolve__mutmut, is_classmethod = True)
    def resolve(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_orig(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_1(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "XXXX",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_2(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "XXXX",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_3(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "XXXX",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_4(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "XXXX",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_5(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=None,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_6(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=None,
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_7(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=None,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_8(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=None,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_9(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=None,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_10(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=None,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_11(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=None,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_12(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=None,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_13(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=None,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_14(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_15(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_16(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_17(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_18(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_19(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_20(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_21(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_22(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_23(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(None, valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_24(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, None, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_25(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, None, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_26(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, None),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_27(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(valid_from, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_28(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, today, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_29(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, valid_to),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    def xǁDirectoryEntryǁresolve__mutmut_30(
        cls,
        identifier: str,
        *,
        registered: bool,
        valid_from: date | None,
        today: date,
        valid_to: date | None = None,
        siren: str = "",
        name: str = "",
        electronic_address: str = "",
        network: str = "",
    ) -> DirectoryEntry:
        return cls(
            identifier=identifier,
            reachable=is_reachable(registered, valid_from, today, ),
            registered=registered,
            siren=siren,
            name=name,
            electronic_address=electronic_address,
            valid_from=valid_from,
            valid_to=valid_to,
            network=network,
        )

    @classmethod
    @_mutmut_mutated(mutants_xǁDirectoryEntryǁunknown__mutmut, is_classmethod = True)
    def unknown(cls, identifier: str) -> DirectoryEntry:
        return cls(identifier=identifier, reachable=False, registered=False)

    @classmethod
    def xǁDirectoryEntryǁunknown__mutmut_orig(cls, identifier: str) -> DirectoryEntry:
        return cls(identifier=identifier, reachable=False, registered=False)

    @classmethod
    def xǁDirectoryEntryǁunknown__mutmut_1(cls, identifier: str) -> DirectoryEntry:
        return cls(identifier=None, reachable=False, registered=False)

    @classmethod
    def xǁDirectoryEntryǁunknown__mutmut_2(cls, identifier: str) -> DirectoryEntry:
        return cls(identifier=identifier, reachable=None, registered=False)

    @classmethod
    def xǁDirectoryEntryǁunknown__mutmut_3(cls, identifier: str) -> DirectoryEntry:
        return cls(identifier=identifier, reachable=False, registered=None)

    @classmethod
    def xǁDirectoryEntryǁunknown__mutmut_4(cls, identifier: str) -> DirectoryEntry:
        return cls(reachable=False, registered=False)

    @classmethod
    def xǁDirectoryEntryǁunknown__mutmut_5(cls, identifier: str) -> DirectoryEntry:
        return cls(identifier=identifier, registered=False)

    @classmethod
    def xǁDirectoryEntryǁunknown__mutmut_6(cls, identifier: str) -> DirectoryEntry:
        return cls(identifier=identifier, reachable=False, )

    @classmethod
    def xǁDirectoryEntryǁunknown__mutmut_7(cls, identifier: str) -> DirectoryEntry:
        return cls(identifier=identifier, reachable=True, registered=False)

    @classmethod
    def xǁDirectoryEntryǁunknown__mutmut_8(cls, identifier: str) -> DirectoryEntry:
        return cls(identifier=identifier, reachable=False, registered=True)

mutants_xǁDirectoryEntryǁresolve__mutmut['_mutmut_orig'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_1'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_2'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_3'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_4'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_5'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_6'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_7'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_8'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_8 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_9'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_9 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_10'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_10 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_11'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_11 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_12'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_12 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_13'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_13 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_14'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_14 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_15'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_15 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_16'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_16 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_17'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_17 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_18'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_18 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_19'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_19 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_20'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_20 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_21'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_21 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_22'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_22 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_23'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_23 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_24'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_24 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_25'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_25 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_26'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_26 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_27'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_27 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_28'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_28 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_29'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_29 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁresolve__mutmut['xǁDirectoryEntryǁresolve__mutmut_30'] = DirectoryEntry.xǁDirectoryEntryǁresolve__mutmut_30 # type: ignore # mutmut generated

mutants_xǁDirectoryEntryǁunknown__mutmut['_mutmut_orig'] = DirectoryEntry.xǁDirectoryEntryǁunknown__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁunknown__mutmut['xǁDirectoryEntryǁunknown__mutmut_1'] = DirectoryEntry.xǁDirectoryEntryǁunknown__mutmut_1 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁunknown__mutmut['xǁDirectoryEntryǁunknown__mutmut_2'] = DirectoryEntry.xǁDirectoryEntryǁunknown__mutmut_2 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁunknown__mutmut['xǁDirectoryEntryǁunknown__mutmut_3'] = DirectoryEntry.xǁDirectoryEntryǁunknown__mutmut_3 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁunknown__mutmut['xǁDirectoryEntryǁunknown__mutmut_4'] = DirectoryEntry.xǁDirectoryEntryǁunknown__mutmut_4 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁunknown__mutmut['xǁDirectoryEntryǁunknown__mutmut_5'] = DirectoryEntry.xǁDirectoryEntryǁunknown__mutmut_5 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁunknown__mutmut['xǁDirectoryEntryǁunknown__mutmut_6'] = DirectoryEntry.xǁDirectoryEntryǁunknown__mutmut_6 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁunknown__mutmut['xǁDirectoryEntryǁunknown__mutmut_7'] = DirectoryEntry.xǁDirectoryEntryǁunknown__mutmut_7 # type: ignore # mutmut generated
mutants_xǁDirectoryEntryǁunknown__mutmut['xǁDirectoryEntryǁunknown__mutmut_8'] = DirectoryEntry.xǁDirectoryEntryǁunknown__mutmut_8 # type: ignore # mutmut generated


@dataclass(frozen=True, slots=True)
class PlatformHealth:
    ok: bool
    detail: str = ""


# --- failures ---------------------------------------------------------------------------------------------------


class PlatformError(Exception):
    """Base of every platform failure the use cases handle."""
mutants_xǁPlatformUnavailableǁ__init____mutmut: MutantDict = {}  # type: ignore


class PlatformUnavailable(PlatformError):
    """Transient: the platform could not be reached or asked us to wait. Retry later (after retry_after seconds if set)."""

    @_mutmut_mutated(mutants_xǁPlatformUnavailableǁ__init____mutmut)
    def __init__(self, message: str, *, retry_after: Seconds | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after

    def xǁPlatformUnavailableǁ__init____mutmut_orig(self, message: str, *, retry_after: Seconds | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after

    def xǁPlatformUnavailableǁ__init____mutmut_1(self, message: str, *, retry_after: Seconds | None = None) -> None:
        super().__init__(None)
        self.retry_after = retry_after

    def xǁPlatformUnavailableǁ__init____mutmut_2(self, message: str, *, retry_after: Seconds | None = None) -> None:
        super().__init__(message)
        self.retry_after = None

mutants_xǁPlatformUnavailableǁ__init____mutmut['_mutmut_orig'] = PlatformUnavailable.xǁPlatformUnavailableǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPlatformUnavailableǁ__init____mutmut['xǁPlatformUnavailableǁ__init____mutmut_1'] = PlatformUnavailable.xǁPlatformUnavailableǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPlatformUnavailableǁ__init____mutmut['xǁPlatformUnavailableǁ__init____mutmut_2'] = PlatformUnavailable.xǁPlatformUnavailableǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPlatformRejectedǁ__init____mutmut: MutantDict = {}  # type: ignore


class PlatformRejected(PlatformError):
    """Permanent: the platform refused the request; sending it again unchanged fails again."""

    @_mutmut_mutated(mutants_xǁPlatformRejectedǁ__init____mutmut)
    def __init__(self, message: str, *, findings: Sequence[Finding] = ()) -> None:
        super().__init__(message)
        self.findings = tuple(findings)

    def xǁPlatformRejectedǁ__init____mutmut_orig(self, message: str, *, findings: Sequence[Finding] = ()) -> None:
        super().__init__(message)
        self.findings = tuple(findings)

    def xǁPlatformRejectedǁ__init____mutmut_1(self, message: str, *, findings: Sequence[Finding] = ()) -> None:
        super().__init__(None)
        self.findings = tuple(findings)

    def xǁPlatformRejectedǁ__init____mutmut_2(self, message: str, *, findings: Sequence[Finding] = ()) -> None:
        super().__init__(message)
        self.findings = None

    def xǁPlatformRejectedǁ__init____mutmut_3(self, message: str, *, findings: Sequence[Finding] = ()) -> None:
        super().__init__(message)
        self.findings = tuple(None)

mutants_xǁPlatformRejectedǁ__init____mutmut['_mutmut_orig'] = PlatformRejected.xǁPlatformRejectedǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPlatformRejectedǁ__init____mutmut['xǁPlatformRejectedǁ__init____mutmut_1'] = PlatformRejected.xǁPlatformRejectedǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPlatformRejectedǁ__init____mutmut['xǁPlatformRejectedǁ__init____mutmut_2'] = PlatformRejected.xǁPlatformRejectedǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPlatformRejectedǁ__init____mutmut['xǁPlatformRejectedǁ__init____mutmut_3'] = PlatformRejected.xǁPlatformRejectedǁ__init____mutmut_3 # type: ignore # mutmut generated


class PlatformOutcomeUnknown(PlatformError):
    """The request may have reached the platform but we got no answer: reconcile (search) before sending again."""


class PlatformAuthError(PlatformError):
    """Our credentials were refused (token endpoint, or a 401 that survived one token refresh)."""


class PlatformConfigError(PlatformError):
    """The platform forbids the call (403: customer id, claim, entity): an operator must fix the configuration."""


class SubmissionNotFound(PlatformError):
    """The platform does not know this submission id."""
mutants_x_rejection_finding__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rejection_finding__mutmut)
def rejection_finding(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_orig(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_1(rule_id: str, message: str, *, path: str = "XXXX", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_2(rule_id: str, message: str, *, path: str = "", location: str = "XXXX") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_3(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=None,
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_4(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=None,
        message=message,
        path=path,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_5(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        message=None,
        path=path,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_6(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        message=message,
        path=None,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_7(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=None,
        layer="platform",
    )


def x_rejection_finding__mutmut_8(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=location,
        layer=None,
    )


def x_rejection_finding__mutmut_9(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_10(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        message=message,
        path=path,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_11(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        path=path,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_12(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        message=message,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_13(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        message=message,
        path=path,
        layer="platform",
    )


def x_rejection_finding__mutmut_14(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=location,
        )


def x_rejection_finding__mutmut_15(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id and "PLATFORM",
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_16(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "XXPLATFORMXX",
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_17(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "platform",
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=location,
        layer="platform",
    )


def x_rejection_finding__mutmut_18(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=location,
        layer="XXplatformXX",
    )


def x_rejection_finding__mutmut_19(rule_id: str, message: str, *, path: str = "", location: str = "") -> Finding:
    """A fatal finding reported by a platform (layer "platform")."""
    return Finding(
        rule_id=rule_id or "PLATFORM",
        severity=Severity.FATAL,
        message=message,
        path=path,
        location=location,
        layer="PLATFORM",
    )

mutants_x_rejection_finding__mutmut['_mutmut_orig'] = x_rejection_finding__mutmut_orig # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_1'] = x_rejection_finding__mutmut_1 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_2'] = x_rejection_finding__mutmut_2 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_3'] = x_rejection_finding__mutmut_3 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_4'] = x_rejection_finding__mutmut_4 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_5'] = x_rejection_finding__mutmut_5 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_6'] = x_rejection_finding__mutmut_6 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_7'] = x_rejection_finding__mutmut_7 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_8'] = x_rejection_finding__mutmut_8 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_9'] = x_rejection_finding__mutmut_9 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_10'] = x_rejection_finding__mutmut_10 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_11'] = x_rejection_finding__mutmut_11 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_12'] = x_rejection_finding__mutmut_12 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_13'] = x_rejection_finding__mutmut_13 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_14'] = x_rejection_finding__mutmut_14 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_15'] = x_rejection_finding__mutmut_15 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_16'] = x_rejection_finding__mutmut_16 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_17'] = x_rejection_finding__mutmut_17 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_18'] = x_rejection_finding__mutmut_18 # type: ignore # mutmut generated
mutants_x_rejection_finding__mutmut['x_rejection_finding__mutmut_19'] = x_rejection_finding__mutmut_19 # type: ignore # mutmut generated


# --- the port ---------------------------------------------------------------------------------------------------

StatusCallback = Callable[[str, PlatformStatus], Awaitable[None]]
"""on_status(platform_id, status): the single event path for statuses, whether from a webhook, a poll or the sandbox."""


class PdpGateway(Protocol):
    async def submit(self, document: OutboundDocument) -> Submission:
        """Deposit a document. Raises PlatformRejected, PlatformUnavailable, PlatformOutcomeUnknown, PlatformAuthError,
        PlatformConfigError."""
        ...

    async def status_history(self, platform_id: str) -> list[PlatformStatus]:
        """Every status of a submission, oldest first. Platforms rate-limit this: use it to reconcile, not to poll."""
        ...

    async def find_submissions(self, query: SubmissionQuery) -> list[SubmissionRecord]:
        """Submissions matching every given criterion (used to resolve PlatformOutcomeUnknown)."""
        ...

    async def send_status(self, platform_id: str, status: OutgoingStatus) -> None:
        """Send a recipient lifecycle status for a received invoice."""
        ...

    async def lookup_directory(self, identifier: str) -> DirectoryEntry:
        """Look up a SIREN (9 digits) or an electronic address (scheme:value). Never raises for an unknown one."""
        ...

    async def health(self) -> PlatformHealth: ...
