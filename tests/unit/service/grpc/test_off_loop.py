"""A large request is checked and mapped in the reader thread, off the event loop, so that the process's other calls
go on meanwhile (a RecordPayments of 4.8 MB held them 14.5 s); a small one is read on the loop."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from adapters.postgres.outage import is_outage
from pdpgateway.v1 import invoice_service_pb2 as svc
from pdpgateway.v1 import reporting_service_pb2 as rpb
from service.grpc import errors, mapping, off_loop
from service.grpc import reporting_mapping as rmap
from service.grpc.auth import company_var
from service.grpc.errors import ErrorTable
from service.grpc.invoice_servicer import InvoiceServicer
from service.grpc.mapping import invoice_to_proto
from service.grpc.reporting_servicer import ReportingServicer
from tests.e2e.grpc_client import invoice_of

COMPANY = "732829320"
ERRORS = ErrorTable(is_outage)


@dataclass
class Threads:
    """The thread each reading function ran in, by name."""

    seen: dict[str, set[int]] = field(default_factory=dict)

    def recording(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def recorded(*args: Any) -> Any:
            self.seen.setdefault(name, set()).add(threading.get_ident())
            return function(*args)

        return recorded


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[Threads]:
    seen = Threads()
    for module, name in (
        (errors, "request_findings"),
        (mapping, "invoice_from_proto"),
        (rmap, "payments_from_proto"),
        (rmap, "b2c_from_proto"),
    ):
        monkeypatch.setattr(module, name, seen.recording(name, getattr(module, name)))
    token = company_var.set(COMPANY)
    yield seen
    company_var.reset(token)


class Api:
    """The use cases the servicers call, answering at once."""

    async def validate(self, invoice: Any) -> tuple[Any, list[Any]]:
        return invoice, []

    async def record(self, company: str, rows: list[Any]) -> Any:
        assert company == COMPANY  # the call's company reached the use case
        return SimpleNamespace(recorded=len(rows), replayed=0, to_rectify=())

    record_payments = record_b2c = record_sales = record

    def recording(self, company: str, rows: int) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()


def _invoice(lines: int) -> Any:
    return invoice_to_proto(invoice_of(COMPANY, lines=lines))


def _payments(count: int) -> rpb.RecordPaymentsRequest:
    amounts = [rpb.PaymentAmount(vat_rate="20", amount="1.00")] * 20
    return rpb.RecordPaymentsRequest(
        payments=[rpb.Payment(key=f"k{i}", day="2026-11-03", amounts=amounts) for i in range(count)]
    )


def _b2c(count: int) -> rpb.RecordB2cTransactionsRequest:
    return rpb.RecordB2cTransactionsRequest(
        transactions=[
            rpb.B2cTransaction(
                key=f"t{i}",
                day="2026-11-03",
                category=rpb.B2C_CATEGORY_TLB1,
                vat_rate="20",
                taxable_amount="10.00",
                vat_amount="2.00",
            )
            for i in range(count)
        ]
    )


async def _validate(request: svc.ValidateInvoiceRequest) -> Any:
    return await InvoiceServicer(Api(), errors=ERRORS).ValidateInvoice(request, None)  # type: ignore[arg-type]


async def _reporting(method: str, request: Any) -> Any:
    servicer = ReportingServicer(Api(), errors=ERRORS)  # type: ignore[arg-type]
    return await getattr(servicer, method)(request, None)


LARGE = [
    (
        "ValidateInvoice",
        lambda: _validate(svc.ValidateInvoiceRequest(invoice=_invoice(400))),
        "invoice_from_proto",
    ),
    (
        "RecordSales",
        lambda: _reporting("RecordSales", rpb.RecordSalesRequest(invoices=[_invoice(400)])),
        "invoice_from_proto",
    ),
    ("RecordPayments", lambda: _reporting("RecordPayments", _payments(200)), "payments_from_proto"),
    ("RecordB2cTransactions", lambda: _reporting("RecordB2cTransactions", _b2c(1000)), "b2c_from_proto"),
]


@pytest.mark.parametrize(("method", "call", "mapping_name"), LARGE, ids=[m for m, _, _ in LARGE])
async def test_a_large_request_is_checked_and_mapped_off_the_event_loop(
    threads: Threads, method: str, call: Callable[[], Any], mapping_name: str
) -> None:
    answer = await call()

    loop_thread = threading.get_ident()
    assert threads.seen["request_findings"] and loop_thread not in threads.seen["request_findings"]
    assert threads.seen[mapping_name] and loop_thread not in threads.seen[mapping_name]
    assert answer.ByteSize() > 0


async def test_a_small_request_is_read_on_the_loop(threads: Threads) -> None:
    request = svc.ValidateInvoiceRequest(invoice=_invoice(2))
    assert request.ByteSize() <= off_loop.LARGE_REQUEST_BYTES

    answer = await _validate(request)

    assert answer.valid
    assert threads.seen == {
        "request_findings": {threading.get_ident()},
        "invoice_from_proto": {threading.get_ident()},
    }


async def test_the_loop_runs_while_a_large_request_is_read_and_the_reading_s_error_is_raised_here() -> None:
    request = rpb.RecordPaymentsRequest(payments=_payments(200).payments)
    loop_ran = threading.Event()

    def reading() -> None:
        # set by the loop while this reading waits: it could not be if the reading held the loop
        if not loop_ran.wait(30):
            raise AssertionError("the loop did not run while the request was read")
        raise ValueError("refused")

    asyncio.get_running_loop().call_soon(loop_ran.set)
    with pytest.raises(ValueError, match="refused"):
        await off_loop.read(request, reading)
