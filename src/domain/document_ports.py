"""What the document use cases store: a document of an invoice (submitted, rendered by the pipeline, or on demand)
and the port that keeps them (PgDocumentUnitOfWork implements it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from domain.document_formats import CheckedDocument, DocumentFormat, ParsedDocument, Profile, RenderedDocument
from domain.invoice import Invoice
from domain.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class DocumentTools:
    """The document toolchain, as the document use cases run it in a document worker (adapters.documents.checking.
    DOCUMENT_TOOLS): module-level functions, so they pickle to a spawned worker. Each raises DocumentError (or
    UnsupportedProfile) for what it cannot read or make."""

    render: Callable[[Invoice, DocumentFormat, Profile], RenderedDocument]
    parse: Callable[[bytes], ParsedDocument]
    # check(content, *, rules=domain.validation_scope.RuleSelection): every official layer that applies
    check: Callable[..., CheckedDocument]
    read_and_check: Callable[
        [bytes], tuple[ParsedDocument, CheckedDocument]
    ]  # a French company's ready document


class DocumentOrigin(StrEnum):
    PLATFORM = "PLATFORM"  # rendered, validated and sent by the pipeline
    SUBMITTED = "SUBMITTED"  # the client's ready document, byte for byte
    RENDERED = "RENDERED"  # rendered on demand


@dataclass(frozen=True, slots=True)
class InvoiceDocument:
    format: DocumentFormat
    profile: Profile | None
    media_type: str
    filename: str
    sha256: str
    content: bytes = field(repr=False)
    specification: str = ""

    @classmethod
    def rendered(cls, doc: RenderedDocument, fmt: DocumentFormat, profile: Profile) -> InvoiceDocument:
        return cls(fmt, profile, doc.media_type, doc.filename, doc.sha256, doc.content, profile.urn)


class DocumentStore(Protocol):
    async def add_submitted(self, invoice_id: str, document: InvoiceDocument) -> None: ...

    async def submitted(self, invoice_id: str) -> InvoiceDocument | None: ...

    async def platform_documents(self, invoice_id: str) -> Sequence[InvoiceDocument]:
        """The pipeline's rendered documents of the invoice, newest first."""
        ...


class DocumentUnitOfWork(UnitOfWork, Protocol):
    documents: DocumentStore
