"""ReceptionService: translate requests to the reception use cases and results back; no logic of its own."""

from __future__ import annotations

import grpc

from domain.books_check import BookedAmounts, OnDifference
from domain.errors import InvoiceRejected
from domain.findings import Finding, Severity, ValidationReport
from domain.money import format_decimal
from domain.reception import ReceivedInvoice, ReceivedInvoiceEvent, StoredDelivery
from domain.reception_ports import ReceivedEvent, ReceivedFilter
from pdpgateway.v1 import reception_service_pb2 as rpb
from pdpgateway.v1 import reception_service_pb2_grpc as rpb_grpc
from service.grpc import document_mapping, mapping
from service.grpc.auth import current_company
from service.grpc.errors import busy, maps_errors, register
from service.grpc.fields import Fields
from service.grpc.invoice_servicer import payment_from_request
from service.grpc.paging import page_size
from service.grpc.services import ApiServicer
from service.usecases.reception import ReadableBusy, ReceptionUseCases

register(ReadableBusy, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("READABLE_BUSY"))

_VALIDITY = {
    rpb.ListReceivedInvoicesRequest.VALIDITY_VALID: True,
    rpb.ListReceivedInvoicesRequest.VALIDITY_INVALID: False,
}


_RECEIVED = Fields(
    ReceivedInvoice,
    rpb.ReceivedInvoice,
    "id",
    "platform",
    "platform_invoice_id",
    "sender_accept_status",
    "number",
    "seller_siren",
    "seller_name",
    "syntax",
    "profile",
    "valid",
    "lifecycle_code",
    "copy_of",
    instants=("received_at",),
)
_EVENT = Fields(
    ReceivedInvoiceEvent, rpb.ReceivedInvoiceEvent, "kind", "state", "status_code", "detail", instants=("at",)
)
# `kind` and `state` travel as their values; `reason` is the last error, else the result.
_PARKED = Fields(
    StoredDelivery,
    rpb.ParkedDelivery,
    "platform",
    "source",
    "note",
    "attempts",
    instants=("received_at",),
)


def received_to_proto(r: ReceivedInvoice, *, with_content: bool = False) -> rpb.ReceivedInvoice:
    doc = r.document
    msg = _RECEIVED.to_proto(r, document_sha256=doc.sha256, media_type=doc.media_type, filename=doc.filename)
    if with_content and r.invoice is not None:
        msg.invoice.CopyFrom(mapping.invoice_to_proto(r.invoice))
    return msg


def report_to_proto(r: ReceivedInvoice) -> rpb.ValidationReport:
    """The report recorded at reception, with the verdict recorded then (not recomputed)."""
    report = ValidationReport(
        findings=r.findings,
        artifacts=r.artifacts,
        complete=r.report_complete,
        errors=r.report_errors,
        # empty for an invoice received before the verdicts were recorded (migration 0090)
        layers=r.layers or (),
        conclusions=r.conclusions or (),
    )
    return document_mapping.report_to_proto(report, valid=r.valid)


def event_to_proto(stored: ReceivedEvent) -> rpb.ReceivedInvoiceEvent:
    e = stored.event
    return _EVENT.to_proto(e, event_id=stored.id, findings=[mapping.finding_to_proto(f) for f in e.findings])


def parked_to_proto(d: StoredDelivery) -> rpb.ParkedDelivery:
    return _PARKED.to_proto(
        d, id=d.number or 0, kind=d.kind.value, state=d.state.value, reason=d.last_error or d.result
    )


class ReceptionServicer(ApiServicer[ReceptionUseCases], rpb_grpc.ReceptionServiceServicer):
    @maps_errors
    async def ListReceivedInvoices(
        self, request: rpb.ListReceivedInvoicesRequest, context: grpc.aio.ServicerContext
    ) -> rpb.ListReceivedInvoicesResponse:
        mapping.known_enums((rpb.ListReceivedInvoicesRequest.Validity, request.validity, "validity"))
        flt = ReceivedFilter(
            lifecycle_codes=tuple(request.lifecycle_codes),
            valid=_VALIDITY.get(request.validity),
            seller=request.seller,
        )
        company = current_company()
        page, page_books = await self._api.list(
            company, flt, page_size(request.page_size), request.page_token
        )
        shown = [received_to_proto(r) for r in page.items]
        for one, books in zip(shown, page_books, strict=True):
            if books is not None:
                one.settlement.CopyFrom(mapping.settlement_to_proto(books))
        return rpb.ListReceivedInvoicesResponse(invoices=shown, next_page_token=page.next_token)

    @maps_errors
    async def GetReceivedInvoice(
        self, request: rpb.GetReceivedInvoiceRequest, context: grpc.aio.ServicerContext
    ) -> rpb.GetReceivedInvoiceResponse:
        company = current_company()
        invoice, history = await self._api.get(company, request.invoice_id)
        shown = received_to_proto(invoice, with_content=True)
        books = await self._api.books(company, invoice)
        if books is not None:
            shown.settlement.CopyFrom(mapping.settlement_to_proto(books))
        return rpb.GetReceivedInvoiceResponse(
            invoice=shown,
            report=report_to_proto(invoice),
            document=invoice.document.content,
            history=[event_to_proto(e) for e in history],
        )

    @maps_errors
    async def GetReceivedInvoiceReadable(
        self, request: rpb.GetReceivedInvoiceReadableRequest, context: grpc.aio.ServicerContext
    ) -> rpb.GetReceivedInvoiceReadableResponse:
        copy = await self._api.readable(
            current_company(), request.invoice_id, platform_only=request.platform_only
        )
        return rpb.GetReceivedInvoiceReadableResponse(
            content=copy.content,
            media_type="application/pdf",
            source=copy.source,
            platform_view=copy.platform_view,
        )

    @maps_errors
    async def SetBuyerStatus(
        self, request: rpb.SetBuyerStatusRequest, context: grpc.aio.ServicerContext
    ) -> rpb.SetBuyerStatusResponse:
        mapping.known_enums(
            (rpb.BuyerStatus, request.status, "status"),
            (rpb.OnBooksDifference, request.on_difference, "on_difference"),
            required=("status",),  # unspecified is the request's fault: not FAILED_PRECONDITION, as it was
        )
        label = rpb.BuyerStatus.Name(request.status).removeprefix("BUYER_STATUS_")
        queued = await self._api.set_buyer_status(
            current_company(),
            request.invoice_id,
            label,
            reason=request.reason_code,
            message=request.message,
            amount=mapping.decimal_from_text(request.amount, "amount"),
            currency=request.currency,
            booked=_booked(request) if request.HasField("booked") else None,
            on_difference=_ON_DIFFERENCE.get(request.on_difference, OnDifference.REFUSE),
            request_id=request.request_id,
        )
        return rpb.SetBuyerStatusResponse(
            status_code=queued.code,
            differences=[
                rpb.BooksDifference(
                    rule_id=d.rule_id,
                    path=d.path,
                    vat_rate=mapping.decimal_text(d.vat_rate),
                    booked=format_decimal(d.booked),
                    invoiced=format_decimal(d.invoiced),
                )
                for d in queued.differences
            ],
        )

    @maps_errors
    async def RecordPaymentSent(
        self, request: rpb.RecordPaymentSentRequest, context: grpc.aio.ServicerContext
    ) -> rpb.RecordPaymentSentResponse:
        payment = payment_from_request(request)
        outcome = await self._api.record_payment(current_company(), request.invoice_id, payment)
        return rpb.RecordPaymentSentResponse(
            settlement=mapping.settlement_to_proto(outcome.books),
            payment_id=outcome.payment.payment_id,
            split=mapping.shares_to_proto(outcome.payment.parts),
            replayed=outcome.replayed,
            status_queued=outcome.status_queued,
        )

    @maps_errors
    async def ListParkedDeliveries(
        self, request: rpb.ListParkedDeliveriesRequest, context: grpc.aio.ServicerContext
    ) -> rpb.ListParkedDeliveriesResponse:
        page = await self._api.parked(current_company(), page_size(request.page_size), request.page_token)
        return rpb.ListParkedDeliveriesResponse(
            deliveries=[parked_to_proto(d) for d in page.items], next_page_token=page.next_token
        )

    @maps_errors
    async def ReplayDelivery(
        self, request: rpb.ReplayDeliveryRequest, context: grpc.aio.ServicerContext
    ) -> rpb.ReplayDeliveryResponse:
        return rpb.ReplayDeliveryResponse(
            replayed=await self._api.replay(current_company(), request.delivery_id)
        )


_ON_DIFFERENCE = {
    rpb.ON_BOOKS_DIFFERENCE_REFUSE: OnDifference.REFUSE,
    rpb.ON_BOOKS_DIFFERENCE_PARTIALLY_APPROVE: OnDifference.PARTIALLY_APPROVE,
    rpb.ON_BOOKS_DIFFERENCE_DISPUTE: OnDifference.DISPUTE,
}


def _booked(request: rpb.SetBuyerStatusRequest) -> BookedAmounts:
    """The booked amounts of a request; a malformed one is INVALID_ARGUMENT naming its field (PDP-DECIMAL)."""
    total = mapping.decimal_from_text(request.booked.total, "booked.total")
    if total is None:
        raise InvoiceRejected(
            [
                Finding(
                    "PDP-BOOKS-TOTAL",
                    Severity.FATAL,
                    "the booked total is mandatory",
                    "booked.total",
                    layer="request",
                )
            ]
        )
    vat = []
    for i, line in enumerate(request.booked.vat):
        rate = mapping.decimal_from_text(line.vat_rate, f"booked.vat[{i}].vat_rate")
        amount = mapping.decimal_from_text(line.amount, f"booked.vat[{i}].amount")
        if rate is None or amount is None:
            raise InvoiceRejected(
                [
                    Finding(
                        "PDP-BOOKS-VAT",
                        Severity.FATAL,
                        "each booked VAT line has a rate and an amount",
                        f"booked.vat[{i}]",
                        layer="request",
                    )
                ]
            )
        vat.append((rate, amount))
    return BookedAmounts(total, tuple(vat))
