"""Per-company admission of the unary calls: a company holds at most GRPC_CALLS_PER_COMPANY calls at once in a gRPC
process, and the next one is answered RESOURCE_EXHAUSTED `CALLS_BUSY` with RetryInfo, at once: its request is not
even read (a flood of refused calls costs the process as little as it can), the database not asked. Its calls are
also paced (GRPC_CALLS_PER_SECOND a second, GRPC_CALLS_BURST at once, a token bucket per company and process): a call
past the pace is answered the same way, `CALLS_TOO_FAST`, with RetryInfo saying when the next one will be taken.

Why a bound on calls in flight: every call of a process shares its event loop, its connection pool and the group
commit of new invoices, each served in arrival order, so a call waits behind the calls in flight before it, and
without a bound one key could hold any number of them (gRPC bounds the streams of one connection only). Past a few
dozen calls in flight a company's own throughput no longer grows (group commit's batches are full, the cores
busy): more in flight only lengthens the queue everyone waits in. So the bound costs a company nothing it could
use, and another company's call waits behind at most that many of each company's (bench/neighbour_bench.py,
README "Known limits").

Server streams (WatchInvoiceEvents, ExportArchive) are not counted: they last long and have bounds of their own.
A document call counts here and in its own, tighter bound of the document workers (DOCUMENTS_BUSY).

Why a pace as well: the bound on calls in flight leaves a client that ignores RetryInfo all the calls its slots can
run, one after the other (32 submits at a time, hundreds a second). The pace bounds the work a company's key makes
the process do, whatever its client; what it cannot bound is the cost of each refusal itself (gRPC's own work for a
call, most of it: README "Known limits").
"""

from __future__ import annotations

from typing import Any

import grpc

from service.grpc.auth import is_public
from service.grpc.errors import ErrorTable, busy, register
from service.grpc.handlers import HandlerInterceptor, WrappedOnce, behavior_of, same_shape, unread
from service.observability.logging import company_var
from service.usecases.company_slots import Busy, CompanyRate, CompanySlots, Refused, uncounted

DEFAULT_CALLS_PER_COMPANY = 32


class CallsBusy(Busy):
    """This company already has its share of the process's calls in flight: retry once one has ended.

    Retry in a second (Busy's): a company at its share keeps that many calls running, so a client with more
    workers loses no throughput by waiting that long, and a flood of them polling again every few milliseconds
    costs the process refusals (measured: 100 ms made a polite client of 256 workers send 300 refused calls a
    second)."""


class CallsTooFast(Busy):
    """This company's calls came faster than its pace: retry after `retry_after` (set by the bucket: when its next
    call will be taken)."""


register(CallsBusy, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("CALLS_BUSY"))
register(CallsTooFast, grpc.StatusCode.RESOURCE_EXHAUSTED, busy("CALLS_TOO_FAST"))


def call_slots(per_company: int, refused: Refused = uncounted) -> CompanySlots:
    """The calls a company holds in flight at once in one process (no bound for the process as a whole)."""
    return CompanySlots("calls", CallsBusy, per_process=None, per_company=per_company, refused=refused)


def call_rate(per_second: float, burst: int, refused: Refused = uncounted) -> CompanyRate:
    """The pace of a company's calls in one process."""
    return CompanyRate("calls", CallsTooFast, per_second=per_second, burst=burst, refused=refused)


class AdmissionInterceptor(HandlerInterceptor):
    """Each unary call of the gateway's methods holds one of its company's `slots` while it runs and spends one of
    its `rate`'s calls (a call refused for its slots spends none). Placed just outside the AuthInterceptor: it looks
    once auth has let the call in, so the company is the one the key authenticated (a call refused by auth is not
    counted)."""

    def __init__(self, slots: CompanySlots, rate: CompanyRate, errors: ErrorTable) -> None:
        self._slots = slots
        self._rate = rate
        self._errors = errors
        self._admitted = WrappedOnce(self._admitting)

    async def intercept_handler(
        self, handler: grpc.RpcMethodHandler, handler_call_details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler:
        company = company_var.get()  # set by the AuthInterceptor when it let the call in
        if (
            not company
            or handler.request_streaming
            or handler.response_streaming
            or is_public(handler_call_details.method)
        ):
            return handler
        try:
            self._slots.check(company)
            self._rate.spend(company)
        except Busy as exc:
            return self._refusing(handler, exc)
        return self._admitted(handler, handler_call_details.method)

    def _refusing(self, handler: grpc.RpcMethodHandler, exc: Busy) -> grpc.RpcMethodHandler:
        errors = self._errors

        async def refuse(request: Any, context: grpc.aio.ServicerContext) -> Any:
            await errors.abort(context, exc)

        return same_shape(handler, refuse, request_deserializer=unread)

    def _admitting(self, handler: grpc.RpcMethodHandler, method: str) -> grpc.RpcMethodHandler:
        """`handler` holding a slot of the call's company while it runs (taken again at the call: another call of
        the company may have taken the last one since the check)."""
        behavior, slots, errors = behavior_of(handler), self._slots, self._errors

        async def admitted(request: Any, context: grpc.aio.ServicerContext) -> Any:
            company = company_var.get()
            try:
                slots.take(company)
            except Busy as exc:
                await errors.abort(context, exc)
            try:
                return await behavior(request, context)
            finally:
                slots.give_back(company)

        return same_shape(handler, admitted)
