"""The CLI's channel (service.cli.client.open_channel) against a real gRPC server on localhost that answers ABORTED."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import grpc
import pytest

from pdpgateway.v1 import invoice_service_pb2 as spb
from pdpgateway.v1 import invoice_service_pb2_grpc as svc_grpc
from service.cli.client import RETRY_ATTEMPTS, open_channel


class Flaky(svc_grpc.InvoiceServiceServicer):
    """GetInvoice answers `code` for the first `failures` calls, then an invoice."""

    def __init__(self) -> None:
        self.code = grpc.StatusCode.ABORTED
        self.failures = 0
        self.calls = 0

    async def GetInvoice(
        self, request: spb.GetInvoiceRequest, context: grpc.aio.ServicerContext
    ) -> spb.GetInvoiceResponse:  # noqa: N802 - the generated name
        self.calls += 1
        if self.calls <= self.failures:
            await context.abort(self.code, "nothing was written; retry it")
        response = spb.GetInvoiceResponse()
        response.invoice.id = request.invoice_id
        return response


@pytest.fixture
async def server() -> AsyncIterator[tuple[Flaky, str]]:
    flaky = Flaky()
    grpc_server = grpc.aio.server()
    svc_grpc.add_InvoiceServiceServicer_to_server(flaky, grpc_server)
    port = grpc_server.add_insecure_port("127.0.0.1:0")
    await grpc_server.start()
    yield flaky, f"127.0.0.1:{port}"
    await grpc_server.stop(0)


def get(target: str) -> spb.GetInvoiceResponse:
    with open_channel(target) as channel:
        return svc_grpc.InvoiceServiceStub(channel).GetInvoice(
            spb.GetInvoiceRequest(invoice_id="inv-1"), timeout=30
        )


async def test_an_aborted_call_is_made_again_until_it_passes(server: tuple[Flaky, str]) -> None:
    flaky, target = server
    flaky.failures = RETRY_ATTEMPTS - 1
    response = await asyncio.to_thread(get, target)
    assert response.invoice.id == "inv-1"
    assert flaky.calls == RETRY_ATTEMPTS


async def test_a_call_aborted_every_time_gives_up_after_its_attempts(server: tuple[Flaky, str]) -> None:
    flaky, target = server
    flaky.failures = 100
    with pytest.raises(grpc.RpcError) as raised:
        await asyncio.to_thread(get, target)
    assert raised.value.code() is grpc.StatusCode.ABORTED
    assert flaky.calls == RETRY_ATTEMPTS


@pytest.mark.parametrize(
    "code",
    [grpc.StatusCode.FAILED_PRECONDITION, grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.INVALID_ARGUMENT],
)
async def test_other_refusals_are_not_made_again(server: tuple[Flaky, str], code: grpc.StatusCode) -> None:
    flaky, target = server
    flaky.code, flaky.failures = code, 1
    with pytest.raises(grpc.RpcError) as raised:
        await asyncio.to_thread(get, target)
    assert raised.value.code() is code
    assert flaky.calls == 1
