"""InvoiceService: translate requests to use-case calls and results back; no logic of its own."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, Protocol

import grpc

from domain.emission import InvoiceEvent, OutboundInvoice, ProcessingState
from domain.errors import InvoiceRejected
from domain.findings import Finding, Severity
from domain.invoice import Invoice
from domain.money import format_decimal
from domain.payments import MAX_PAYMENT_ID, Payment, RatePart, Settlement
from domain.ports import InvoiceFilter, Page, StoredEvent
from domain.reporting.calendar import period_text
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import invoice_service_pb2 as svc
from pdpgateway.v1 import invoice_service_pb2_grpc as svc_grpc
from service.grpc import document_mapping as dmap
from service.grpc import mapping
from service.grpc.auth import current_company
from service.grpc.document_servicer import DocumentApi
from service.grpc.errors import ErrorTable, busy, maps_errors, register
from service.grpc.paging import page_size
from service.grpc.request_reader import REQUEST_LAYER, enum_to_proto
from service.grpc.services import ApiServicer
from service.usecases.emission.bindings import StatusRequest, TooManySubscribers
from service.usecases.emission.payments import PaymentOutcome
from service.usecases.emission.retry import Retried
from service.usecases.large_reads import LargeReadsBusy
from service.usecases.listing_slots import ListingsBusy

register(TooManySubscribers, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("TOO_MANY_SUBSCRIBERS"))
register(ListingsBusy, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("LISTINGS_BUSY"))
register(LargeReadsBusy, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("LARGE_READS_BUSY"))

_VIEWS = frozenset(pb.InvoiceView.values())


class InvoiceApi(Protocol):
    """The use cases as the edge calls them, already bound to their unit of work, clock and validator."""

    async def validate(self, invoice: Invoice) -> tuple[Invoice, Sequence[Finding]]: ...

    async def submit(self, company: str, request_id: str, invoice: Invoice) -> OutboundInvoice: ...

    async def to_rectify(self, company: str, invoice: Invoice) -> Sequence[tuple[date, date]]: ...

    async def get(self, company: str, invoice_id: str) -> OutboundInvoice: ...

    async def list(
        self, company: str, flt: InvoiceFilter, page_size: int, page_token: str
    ) -> tuple[Page[OutboundInvoice], Sequence[Settlement | None]]: ...

    async def history(self, company: str, invoice_id: str) -> Sequence[InvoiceEvent]: ...

    def subscribe(self, company: str, after_event_id: int) -> AsyncIterator[StoredEvent]: ...


class PipelineApi(Protocol):
    """Calls on the transmission pipeline (see service.usecases.emission.bindings.PipelineUseCases)."""

    async def retry(self, company: str, invoice_id: str) -> Retried: ...

    async def cancel(
        self, company: str, invoice_id: str, *, reason: str, request_id: str
    ) -> OutboundInvoice: ...

    async def set_status(self, company: str, invoice_id: str, asked: StatusRequest) -> OutboundInvoice: ...

    async def record_payment(self, company: str, invoice_id: str, payment: Payment) -> PaymentOutcome: ...

    async def books(self, company: str, invoice: OutboundInvoice) -> Settlement: ...


def _bad_request(rule_id: str, path: str, message: str) -> InvoiceRejected:
    return InvoiceRejected([Finding(rule_id, Severity.FATAL, message, path, layer=REQUEST_LAYER)])


class InvoiceServicer(ApiServicer[InvoiceApi], svc_grpc.InvoiceServiceServicer):
    def __init__(
        self,
        api: InvoiceApi,
        documents: DocumentApi | None = None,
        pipeline: PipelineApi | None = None,
        *,
        errors: ErrorTable,
    ) -> None:
        """`documents` and `pipeline`: None in a deployment without the document toolchain or the pipeline."""
        super().__init__(api, errors=errors)
        self._documents = documents
        self._pipeline = pipeline

    def _pipeline_api(self) -> PipelineApi:
        if self._pipeline is None:  # a deployment without the transmission pipeline
            raise _bad_request("PDP-PIPELINE", "invoice_id", "this gateway does not transmit invoices")
        return self._pipeline

    def _document_api(self) -> DocumentApi:
        if self._documents is None:  # a deployment without the document toolchain: nothing can be checked
            raise _bad_request("PDP-DOCUMENT", "document", "this gateway does not accept documents")
        return self._documents

    @maps_errors
    async def ValidateInvoice(
        self, request: svc.ValidateInvoiceRequest, context: grpc.aio.ServicerContext
    ) -> svc.ValidateInvoiceResponse:
        current_company()
        (invoice,) = await mapping.read_invoices(request, [request.invoice])
        invoice, findings = await self._api.validate(invoice)
        return svc.ValidateInvoiceResponse(
            valid=not any(f.is_fatal for f in findings),
            findings=[mapping.finding_to_proto(f) for f in findings],
            invoice=mapping.invoice_to_proto(invoice),
        )

    @maps_errors
    async def SubmitInvoice(
        self, request: svc.SubmitInvoiceRequest, context: grpc.aio.ServicerContext
    ) -> svc.SubmitInvoiceResponse:
        company = current_company()
        if request.view not in _VIEWS:
            raise _bad_request("PDP-VIEW", "view", f"unknown invoice view {request.view}")
        content = request.WhichOneof("content")
        if content == "document":
            declared = dmap.optional_format(request.document_format, "document_format")
            stored = await self._document_api().submit(
                company, request.request_id, request.document, declared
            )
            default_view = pb.INVOICE_VIEW_FULL
        elif content == "invoice":
            (invoice,) = await mapping.read_invoices(request, [request.invoice])
            stored = await self._api.submit(company, request.request_id, invoice)
            default_view = pb.INVOICE_VIEW_BASIC
        else:
            raise _bad_request("PDP-CONTENT", "invoice", "an invoice or a ready document is mandatory")
        to_rectify = await self._api.to_rectify(company, stored.invoice)
        return svc.SubmitInvoiceResponse(
            invoice=mapping.outbound_to_proto(stored, request.view or default_view),
            declarations_to_rectify=[period_text(p) for p in to_rectify],
        )

    @maps_errors
    async def GetInvoice(
        self, request: svc.GetInvoiceRequest, context: grpc.aio.ServicerContext
    ) -> svc.GetInvoiceResponse:
        company = current_company()
        stored = await self._api.get(company, request.invoice_id)
        books = await self._pipeline.books(company, stored) if self._pipeline is not None else None
        return svc.GetInvoiceResponse(invoice=mapping.outbound_to_proto(stored, books=books))

    @maps_errors
    async def ListInvoices(
        self, request: svc.ListInvoicesRequest, context: grpc.aio.ServicerContext
    ) -> svc.ListInvoicesResponse:
        company = current_company()
        size = page_size(request.page_size)
        flt = InvoiceFilter(
            states=tuple(
                mapping.enum_from_proto(ProcessingState, s, f"states[{i}]")
                for i, s in enumerate(request.states)
            ),
            lifecycle_codes=tuple(request.lifecycle_codes),
            issued_from=mapping.date_from_text(request.issued_from, "issued_from"),
            issued_to=mapping.date_from_text(request.issued_to, "issued_to"),
            counterparty=request.counterparty.strip(),
        )
        page, books = await self._api.list(company, flt, size, request.page_token)
        return svc.ListInvoicesResponse(
            invoices=[mapping.outbound_to_proto(o, books=b) for o, b in zip(page.items, books, strict=True)],
            next_page_token=page.next_token,
        )

    @maps_errors
    async def GetInvoiceHistory(
        self, request: svc.GetInvoiceHistoryRequest, context: grpc.aio.ServicerContext
    ) -> svc.GetInvoiceHistoryResponse:
        events = await self._api.history(current_company(), request.invoice_id)
        return svc.GetInvoiceHistoryResponse(
            events=[mapping.event_to_proto(e, invoice_id=request.invoice_id) for e in events]
        )

    @maps_errors
    async def GetInvoiceDocument(
        self, request: svc.GetInvoiceDocumentRequest, context: grpc.aio.ServicerContext
    ) -> svc.GetInvoiceDocumentResponse:
        company = current_company()
        fmt = dmap.optional_format(request.format, "format")
        profile = dmap.profile_from_proto(request.profile, "profile")
        document, origin = await self._document_api().document(company, request.invoice_id, fmt, profile)
        return svc.GetInvoiceDocumentResponse(
            document=dmap.document_to_proto(document),
            origin=enum_to_proto(origin),
            warnings=[mapping.finding_to_proto(f) for f in document.warnings],
        )

    @maps_errors
    async def WatchInvoiceEvents(
        self, request: svc.WatchInvoiceEventsRequest, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[svc.WatchInvoiceEventsResponse]:
        async for item in self._api.subscribe(current_company(), request.after_event_id):
            yield svc.WatchInvoiceEventsResponse(
                event=mapping.event_to_proto(item.event, event_id=item.id, invoice_id=item.invoice_id)
            )

    @maps_errors
    async def RetryInvoice(
        self, request: svc.RetryInvoiceRequest, context: grpc.aio.ServicerContext
    ) -> svc.RetryInvoiceResponse:
        retried = await self._pipeline_api().retry(current_company(), request.invoice_id)
        return svc.RetryInvoiceResponse(
            invoice=mapping.outbound_to_proto(retried.invoice), held_payments_queued=retried.held_payments
        )

    @maps_errors
    async def CancelInvoice(
        self, request: svc.CancelInvoiceRequest, context: grpc.aio.ServicerContext
    ) -> svc.CancelInvoiceResponse:
        stored = await self._pipeline_api().cancel(
            current_company(), request.invoice_id, reason=request.reason, request_id=request.request_id
        )
        return svc.CancelInvoiceResponse(invoice=mapping.outbound_to_proto(stored))

    @maps_errors
    async def SetInvoiceStatus(
        self, request: svc.SetInvoiceStatusRequest, context: grpc.aio.ServicerContext
    ) -> svc.SetInvoiceStatusResponse:
        company = current_company()
        asked = StatusRequest(
            code=request.code.strip(),
            reason_code=request.reason_code.strip(),
            amount=mapping.decimal_from_text(request.amount, "amount"),
            vat_rate=mapping.decimal_from_text(request.vat_rate, "vat_rate"),
            message=request.message,
            currency=request.currency.strip(),
            request_id=request.request_id,
        )
        stored = await self._pipeline_api().set_status(company, request.invoice_id, asked)
        return svc.SetInvoiceStatusResponse(invoice=mapping.outbound_to_proto(stored))

    @maps_errors
    async def RecordPayment(
        self, request: svc.RecordPaymentRequest, context: grpc.aio.ServicerContext
    ) -> svc.RecordPaymentResponse:
        company = current_company()
        payment = replace(
            payment_from_request(request),
            amount_eur=mapping.decimal_from_text(request.amount_eur, "amount_eur"),
        )
        outcome = await self._pipeline_api().record_payment(company, request.invoice_id, payment)
        applied = outcome.payment
        return svc.RecordPaymentResponse(
            invoice=mapping.outbound_to_proto(outcome.invoice, books=outcome.books),
            payment_id=applied.payment_id,
            date=applied.paid_on.isoformat(),
            amount=format_decimal(applied.amount),
            split=mapping.shares_to_proto(applied.parts),
            replayed=outcome.replayed,
            status_queued=outcome.status_queued,
            reported=outcome.reported,
            held=outcome.held,
            declarations_to_rectify=[period_text(p) for p in outcome.to_rectify],
        )


def payment_from_request(request: Any) -> Payment:
    """A RecordPaymentRequest or RecordPaymentSentRequest (the same fields) as a Payment; malformed fields are
    INVALID_ARGUMENT naming the rule (PAY-ID, PAY-DATE, PAY-AMOUNT, PAY-SPLIT; a malformed number PDP-DECIMAL, one
    of too many digits PDP-DECIMAL-DIGITS, as in every request: mapping.decimal_from_text)."""
    payment_id = request.payment_id.strip()
    if not payment_id or len(payment_id) > MAX_PAYMENT_ID or not payment_id.isprintable():
        raise _bad_request(
            "PAY-ID", "payment_id", f"a payment id of 1 to {MAX_PAYMENT_ID} printable characters is mandatory"
        )
    paid_on = mapping.date_from_text(request.date, "date")
    if paid_on is None:
        raise _bad_request("PAY-DATE", "date", "the day the money was received is mandatory (ISO 8601)")
    amount = mapping.decimal_from_text(request.amount, "amount")
    if amount is None:
        raise _bad_request("PAY-AMOUNT", "amount", 'the amount is mandatory, such as "1200.00"')
    parts = []
    for i, share in enumerate(request.split):
        rate = mapping.decimal_from_text(share.vat_rate, f"split[{i}].vat_rate")
        value = mapping.decimal_from_text(share.amount, f"split[{i}].amount")
        if rate is None or value is None:
            raise _bad_request(
                "PAY-SPLIT", f"split[{i}]", "each share of the split has a VAT rate and an amount"
            )
        parts.append(RatePart(rate, value))
    return Payment(payment_id, paid_on, amount, tuple(parts))
