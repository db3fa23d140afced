"""What the document use cases store: a document of an invoice (submitted, rendered by the pipeline, or on demand)
and the port that keeps them (PgDocumentUnitOfWork implements it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from domain.document_file import DocumentFile
from domain.document_formats import CheckedDocument, DocumentFormat, ParsedDocument, Profile
from domain.findings import Finding
from domain.invoice import Invoice
from domain.records_ports import SubmitUnitOfWork


@dataclass(frozen=True, slots=True)
class DocumentTools:
    """The document toolchain, as the document use cases run it in a document worker (adapters.documents.checking.
    DOCUMENT_TOOLS): module-level functions, so they pickle to a spawned worker. Each raises DocumentError (or
    UnsupportedProfile) for what it cannot read or make."""

    render: Callable[[Invoice, DocumentFormat, Profile], DocumentFile]
    parse: Callable[[bytes], ParsedDocument]
    # check(content, *, rules=domain.validation_scope.RuleSelection): every official layer that applies
    check: Callable[..., CheckedDocument]
    read_and_check: Callable[
        [bytes], tuple[ParsedDocument, CheckedDocument]
    ]  # a French company's ready document
    # What a document in a profile leaves out of an invoice (Factur-X BASIC WL: the lines, ...), one WARNING per
    # term; pure and quick, run where it is called
    left_out: Callable[[Invoice, Profile], tuple[Finding, ...]]


class DocumentOrigin(StrEnum):
    PLATFORM = "PLATFORM"  # rendered, validated and sent by the pipeline
    SUBMITTED = "SUBMITTED"  # the client's ready document, byte for byte
    RENDERED = "RENDERED"  # rendered on demand


@dataclass(frozen=True, slots=True, kw_only=True)
class InvoiceDocument(DocumentFile):
    """A document of an invoice, with the format and profile (BT-24 `specification`) it is in."""

    format: DocumentFormat
    profile: Profile | None
    specification: str = ""
    # Rendered now: what the profile had no room for (DocumentTools.left_out); never stored
    warnings: tuple[Finding, ...] = ()

    @classmethod
    def rendered(
        cls, doc: DocumentFile, fmt: DocumentFormat, profile: Profile, warnings: tuple[Finding, ...] = ()
    ) -> InvoiceDocument:
        return cls(
            **doc.file_fields(), format=fmt, profile=profile, specification=profile.urn, warnings=warnings
        )


class DocumentStore(Protocol):
    async def add_submitted(self, invoice_id: str, document: InvoiceDocument) -> None: ...

    async def submitted(self, invoice_id: str) -> InvoiceDocument | None: ...

    async def platform_documents(self, invoice_id: str) -> Sequence[InvoiceDocument]:
        """The pipeline's rendered documents of the invoice, newest first."""
        ...


class DocumentUnitOfWork(SubmitUnitOfWork, Protocol):
    documents: DocumentStore
