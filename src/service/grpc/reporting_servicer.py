"""ReportingService: requests to use-case calls and back; no logic of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import grpc

from domain.reporting.calendar import period_text
from pdpgateway.v1 import reporting_service_pb2 as rpb
from pdpgateway.v1 import reporting_service_pb2_grpc as rpb_grpc
from service.grpc import mapping, off_loop
from service.grpc import reporting_mapping as m
from service.grpc.auth import current_company
from service.grpc.errors import held_while_read, maps_errors
from service.grpc.services import ApiServicer
from service.usecases.records_bindings import ReportingUseCases

F = TypeVar("F", bound=Callable[..., Any])


def _recording(rows: Callable[[Any], int]) -> Callable[[F], F]:
    """The call holds its batch's rows in the company's record slots (RecordsBusy past them), counted on the
    request before it is read (a repeated field's length)."""
    return held_while_read(
        lambda servicer, request: servicer._api.recording(current_company(), rows(request))
    )


def _invoice_lines(request: rpb.RecordSalesRequest | rpb.RecordPurchasesRequest) -> int:
    return sum(max(1, len(invoice.lines)) for invoice in request.invoices)


class ReportingServicer(ApiServicer[ReportingUseCases], rpb_grpc.ReportingServiceServicer):
    @maps_errors
    @_recording(lambda request: len(request.transactions))
    async def RecordB2cTransactions(
        self, request: rpb.RecordB2cTransactionsRequest, context: grpc.aio.ServicerContext
    ) -> rpb.RecordB2cTransactionsResponse:
        transactions = await off_loop.read(request, lambda: m.b2c_from_proto(request.transactions))
        result = await self._api.record_b2c(current_company(), transactions)
        return m.recorded_to_proto(rpb.RecordB2cTransactionsResponse, result)

    @maps_errors
    @_recording(lambda request: len(request.payments))
    async def RecordPayments(
        self, request: rpb.RecordPaymentsRequest, context: grpc.aio.ServicerContext
    ) -> rpb.RecordPaymentsResponse:
        payments = await off_loop.read(request, lambda: m.payments_from_proto(request.payments))
        result = await self._api.record_payments(current_company(), payments)
        return m.recorded_to_proto(rpb.RecordPaymentsResponse, result)

    @maps_errors
    @_recording(_invoice_lines)
    async def RecordPurchases(
        self, request: rpb.RecordPurchasesRequest, context: grpc.aio.ServicerContext
    ) -> rpb.RecordPurchasesResponse:
        invoices = await mapping.read_invoices(request, request.invoices)
        result = await self._api.record_purchases(current_company(), invoices)
        return m.recorded_to_proto(rpb.RecordPurchasesResponse, result)

    @maps_errors
    @_recording(_invoice_lines)
    async def RecordSales(
        self, request: rpb.RecordSalesRequest, context: grpc.aio.ServicerContext
    ) -> rpb.RecordSalesResponse:
        invoices = await mapping.read_invoices(request, request.invoices)
        result = await self._api.record_sales(current_company(), invoices)
        return m.recorded_to_proto(rpb.RecordSalesResponse, result)

    @maps_errors
    async def PreviewDeclaration(
        self, request: rpb.PreviewDeclarationRequest, context: grpc.aio.ServicerContext
    ) -> rpb.PreviewDeclarationResponse:
        view = await self._api.preview(current_company(), *m.period_from_proto(request.period))
        return rpb.PreviewDeclarationResponse(declaration=m.declaration_to_proto(view))

    @maps_errors
    async def SubmitDeclaration(
        self, request: rpb.SubmitDeclarationRequest, context: grpc.aio.ServicerContext
    ) -> rpb.SubmitDeclarationResponse:
        return rpb.SubmitDeclarationResponse(declaration=await self._submitted(request.period, rectify=False))

    @maps_errors
    async def RectifyDeclaration(
        self, request: rpb.RectifyDeclarationRequest, context: grpc.aio.ServicerContext
    ) -> rpb.RectifyDeclarationResponse:
        return rpb.RectifyDeclarationResponse(declaration=await self._submitted(request.period, rectify=True))

    @maps_errors
    async def VoidRecord(
        self, request: rpb.VoidRecordRequest, context: grpc.aio.ServicerContext
    ) -> rpb.VoidRecordResponse:
        kind = m.record_kind_from_proto(request.kind)
        result = await self._api.void(
            current_company(), kind, request.key, request.reason, rectify=request.rectify
        )
        return rpb.VoidRecordResponse(
            replayed=result.replayed,
            day=result.day.isoformat(),
            declarations_to_rectify=[period_text(p) for p in result.to_rectify],
        )

    @maps_errors
    async def ListDeclarations(
        self, request: rpb.ListDeclarationsRequest, context: grpc.aio.ServicerContext
    ) -> rpb.ListDeclarationsResponse:
        period_from, period_to = m.optional_dates(
            [(request.period_from, "period_from"), (request.period_to, "period_to")]
        )
        views = await self._api.list(current_company(), period_from, period_to)
        return rpb.ListDeclarationsResponse(declarations=[m.declaration_to_proto(v) for v in views])

    @maps_errors
    async def GetDeclaration(
        self, request: rpb.GetDeclarationRequest, context: grpc.aio.ServicerContext
    ) -> rpb.GetDeclarationResponse:
        view = await self._api.get(current_company(), request.declaration_id)
        return rpb.GetDeclarationResponse(declaration=m.declaration_to_proto(view))

    async def _submitted(self, period: rpb.PeriodSelector, *, rectify: bool) -> rpb.Declaration:
        view = await self._api.submit(current_company(), *m.period_from_proto(period), rectify=rectify)
        return m.declaration_to_proto(view)
