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
from domain.audit import Acting, current_acting


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
    """What the archiving side says of a document: its type and name, the date its retention runs from, and the
    invoice or declaration it belongs to."""

    media_type: str
    document_date: date
    filename: str = ""
    invoice_id: str | None = None
    declaration_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ArchivedItem(ArchiveMetadata):
    """An archived document: its metadata as given to `ArchiveStore.put`, and what the store added (its company,
    kind, content address and size, until when it is kept, when it was stored). A listing leaves `content` empty."""

    company_siren: str
    sha256: str
    kind: ArchiveKind
    size: int
    retention_until: date
    created_at: datetime
    content: bytes = field(default=b"", repr=False)


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
    actor_name: str = ""  # e.g. the API key's name; `actor` is domain.audit.Actor.label ("api_key:<id>")
    request_id: str = ""  # the call's request id (x-request-id), "" for work the gateway started itself

    def chain_entry(self) -> dict[str, Any]:
        entry = {
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
        # Added by migration 0081: hashed when present, so the entries written before keep their hashes.
        if self.actor_name:
            entry["actor_name"] = self.actor_name
        if self.request_id:
            entry["request_id"] = self.request_id
        return entry


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """What a use case asks the audit log to record; who acts is the edge's (domain.audit), read when it is made.

    `action` is "<subject type>.<what happened>" in the past tense: "invoice.cancelled", "api_key.revoked".
    """

    action: str
    subject_type: str
    subject_id: str
    details: Mapping[str, Any] = field(default_factory=dict)
    acting: Acting = field(default_factory=current_acting)


class ArchiveStore(Protocol):
    async def put(
        self, company_siren: str, kind: ArchiveKind, data: bytes, meta: ArchiveMetadata
    ) -> tuple[str, bool]:
        """Archive `data`; returns (sha256, True when newly stored). Idempotent on content."""
        ...

    async def get(self, company_siren: str, sha256: str) -> ArchivedItem | None: ...

    async def stored_size(self, company_siren: str, sha256: str) -> int:
        """The bytes the document takes as stored (what `get` reads), 0 when the company has no such document."""
        ...


class AuditLog(Protocol):
    async def append(self, company_siren: str, event: AuditEvent, at: datetime) -> AuditEntry:
        """Append at the head of the company's chain (serialised per company, so the chain never forks)."""
        ...
