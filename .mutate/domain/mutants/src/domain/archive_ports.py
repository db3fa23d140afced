"""The archive and audit-log ports, and the records they hold (integrity rules in domain.archive).

Both are bound to one transaction: an archived document and the audit entry that records it are committed
together or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, Protocol

from domain.archive import HASH_FIELD


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class ArchiveKind(StrEnum):
    EMITTED_INVOICE = "emitted_invoice"
    RECEIVED_INVOICE = "received_invoice"
    RENDERED_PDF = "rendered_pdf"
    RENDERED_XML = "rendered_xml"
    PLATFORM_PROOF = "platform_proof"
    STATUS_MESSAGE = "status_message"
    DECLARATION = "declaration"


class ArchiveError(Exception):
    """Base of the archive's refusals."""


class ArchivedDocumentNotFound(ArchiveError):
    pass


class InvalidArchiveRequest(ArchiveError, ValueError):
    pass


@dataclass(frozen=True, slots=True)
class ArchiveMetadata:
    media_type: str
    document_date: date
    filename: str = ""
    invoice_id: str | None = None
    declaration_id: str | None = None


@dataclass(frozen=True, slots=True)
class ArchivedItem:
    company_siren: str
    sha256: str
    kind: ArchiveKind
    media_type: str
    filename: str
    size: int
    document_date: date
    retention_until: date
    created_at: datetime
    invoice_id: str | None = None
    declaration_id: str | None = None
    content: bytes = field(default=b"", repr=False)
mutants_xǁAuditEntryǁchain_entry__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One link of a company's audit chain. `chain_entry()` is exactly what `entry_hash` is computed over."""

    company_siren: str
    seq: int
    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    details: Mapping[str, Any]
    prev_hash: str
    entry_hash: str

    @_mutmut_mutated(mutants_xǁAuditEntryǁchain_entry__mutmut)
    def chain_entry(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_orig(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_1(self) -> dict[str, Any]:
        return {
            "XXcompanyXX": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_2(self) -> dict[str, Any]:
        return {
            "COMPANY": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_3(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "XXseqXX": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_4(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "SEQ": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_5(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "XXatXX": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_6(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "AT": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_7(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(None).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_8(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "XXactorXX": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_9(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "ACTOR": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_10(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "XXactionXX": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_11(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "ACTION": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_12(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "XXsubject_typeXX": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_13(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "SUBJECT_TYPE": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_14(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "XXsubject_idXX": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_15(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "SUBJECT_ID": self.subject_id,
            "details": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_16(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "XXdetailsXX": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_17(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "DETAILS": dict(self.details),
            HASH_FIELD: self.entry_hash,
        }

    def xǁAuditEntryǁchain_entry__mutmut_18(self) -> dict[str, Any]:
        return {
            "company": self.company_siren,
            "seq": self.seq,
            "at": self.at.astimezone(UTC).isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "details": dict(None),
            HASH_FIELD: self.entry_hash,
        }

mutants_xǁAuditEntryǁchain_entry__mutmut['_mutmut_orig'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_1'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_2'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_3'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_4'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_5'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_6'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_7'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_8'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_9'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_10'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_11'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_12'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_13'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_14'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_15'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_16'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_17'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAuditEntryǁchain_entry__mutmut['xǁAuditEntryǁchain_entry__mutmut_18'] = AuditEntry.xǁAuditEntryǁchain_entry__mutmut_18 # type: ignore # mutmut generated


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """What a use case asks the audit log to record."""

    actor: str
    action: str
    subject_type: str
    subject_id: str
    details: Mapping[str, Any] = field(default_factory=dict)


class ArchiveStore(Protocol):
    async def put(
        self, company_siren: str, kind: ArchiveKind, data: bytes, meta: ArchiveMetadata
    ) -> tuple[str, bool]:
        """Archive `data`; returns (sha256, True when newly stored). Idempotent on content."""
        ...

    async def get(self, company_siren: str, sha256: str) -> ArchivedItem | None: ...


class AuditLog(Protocol):
    async def append(self, company_siren: str, event: AuditEvent, at: datetime) -> AuditEntry:
        """Append at the head of the company's chain (serialised per company, so the chain never forks)."""
        ...
