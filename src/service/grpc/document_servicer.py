"""DocumentService: render, read and check documents; nothing is stored. Authenticated like every service."""

from __future__ import annotations

from typing import Protocol

import grpc

from domain.document_formats import CheckedDocument, DocumentFormat, ParsedDocument, Profile
from domain.document_ports import DocumentOrigin, InvoiceDocument
from domain.emission import OutboundInvoice
from domain.invoice import Invoice
from domain.validation_scope import RuleSelection
from pdpgateway.v1 import document_service_pb2 as svc
from pdpgateway.v1 import document_service_pb2_grpc as svc_grpc
from service.grpc import document_mapping as dmap
from service.grpc import mapping
from service.grpc.auth import current_company
from service.grpc.errors import busy, maps_errors, register
from service.grpc.request_reader import enum_to_proto
from service.grpc.services import ApiServicer
from service.usecases.emission.document_bindings import DocumentsBusy
from service.usecases.emission.documents import DOCUMENT_RULE, rejected

register(DocumentsBusy, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("DOCUMENTS_BUSY"))


class DocumentApi(Protocol):
    """service.usecases.emission.document_bindings.DocumentUseCases, as the edge calls it."""

    async def render(
        self, company: str, invoice: Invoice, fmt: DocumentFormat, profile: Profile
    ) -> InvoiceDocument: ...

    async def parse(self, company: str, content: bytes) -> ParsedDocument: ...

    async def check(
        self, company: str, content: bytes, declared: DocumentFormat | None, rules: RuleSelection
    ) -> CheckedDocument: ...

    async def submit(
        self, company: str, request_id: str, content: bytes, declared: DocumentFormat | None
    ) -> OutboundInvoice: ...

    async def document(
        self, company: str, invoice_id: str, fmt: DocumentFormat | None, profile: Profile | None
    ) -> tuple[InvoiceDocument, DocumentOrigin]: ...


def _content(content: bytes) -> bytes:
    if not content:
        raise rejected(DOCUMENT_RULE, "content", "the document is empty")
    return content


class DocumentServicer(ApiServicer[DocumentApi], svc_grpc.DocumentServiceServicer):
    @maps_errors
    async def RenderDocument(
        self, request: svc.RenderDocumentRequest, context: grpc.aio.ServicerContext
    ) -> svc.RenderDocumentResponse:
        fmt = dmap.format_from_proto(request.format, "format")
        profile = dmap.profile_from_proto(request.profile, "profile") or Profile.EN16931
        (invoice,) = await mapping.read_invoices(request, [request.invoice])
        document = await self._api.render(current_company(), invoice, fmt, profile)
        return svc.RenderDocumentResponse(
            document=dmap.document_to_proto(document),
            warnings=[mapping.finding_to_proto(f) for f in document.warnings],
        )

    @maps_errors
    async def ParseDocument(
        self, request: svc.ParseDocumentRequest, context: grpc.aio.ServicerContext
    ) -> svc.ParseDocumentResponse:
        parsed = await self._api.parse(current_company(), _content(request.content))
        return svc.ParseDocumentResponse(
            invoice=mapping.invoice_to_proto(parsed.invoice),
            format=enum_to_proto(parsed.format),
            profile=dmap.profile_to_proto(parsed.profile),
            specification=parsed.specification,
            unmapped=[mapping.finding_to_proto(f) for f in parsed.unmapped],
        )

    @maps_errors
    async def ValidateDocument(
        self, request: svc.ValidateDocumentRequest, context: grpc.aio.ServicerContext
    ) -> svc.ValidateDocumentResponse:
        declared = dmap.optional_format(request.declared_format, "declared_format")
        rules = dmap.rules_from_proto(request.rules)
        checked = await self._api.check(current_company(), _content(request.content), declared, rules)
        return svc.ValidateDocumentResponse(
            report=dmap.report_to_proto(checked.report),
            format=enum_to_proto(checked.format),
            profile=dmap.profile_to_proto(checked.profile),
        )
