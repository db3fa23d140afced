from __future__ import annotations

from collections import namedtuple
from typing import Any

import grpc
import pytest
from google.rpc import status_pb2

from adapters.postgres.outage import is_outage
from service.grpc.auth import AuthInterceptor
from service.grpc.errors import ErrorTable

ERRORS = ErrorTable(is_outage)  # as the wiring makes it

Details = namedtuple("Details", "method invocation_metadata")


class Aborted(Exception):
    pass


class Context:
    """What a servicer context does with an abort: keep the status and stop the call."""

    status: Any = None

    async def abort_with_status(self, status: Any) -> None:
        self.status = status
        raise Aborted()


async def _answer(request: Any, context: Any) -> str:
    return "served"


async def _stream(request: Any, context: Any) -> Any:
    yield "served"


@pytest.mark.parametrize("streaming", [False, True], ids=["unary", "stream"])
async def test_a_key_store_that_cannot_be_reached_answers_unavailable_not_unknown(streaming: bool) -> None:
    async def authenticate(secret: str) -> None:
        raise FileNotFoundError(
            2, "No such file or directory"
        )  # as asyncpg raises it: connect() names no file

    handler = (
        grpc.unary_stream_rpc_method_handler(_stream)
        if streaming
        else grpc.unary_unary_rpc_method_handler(_answer)
    )

    async def continuation(details: Any) -> grpc.RpcMethodHandler:
        return handler

    details = Details("/pdpgateway.v1.InvoiceService/ValidateInvoice", (("authorization", "Bearer k"),))
    wrapped = await AuthInterceptor(authenticate, ERRORS).intercept_service(continuation, details)
    context = Context()
    with pytest.raises(Aborted):
        if streaming:
            async for _ in wrapped.unary_stream(object(), context):
                pass
        else:
            await wrapped.unary_unary(object(), context)

    assert context.status.code == grpc.StatusCode.UNAVAILABLE
    assert "PGSQL" not in context.status.details
    assert any(key == "grpc-status-details-bin" for key, _ in context.status.trailing_metadata)


async def test_a_stopping_replica_tells_a_gateway_call_to_retry_before_reading_its_key() -> None:
    keys: list[str] = []

    async def authenticate(secret: str) -> None:
        keys.append(secret)

    handler = grpc.unary_unary_rpc_method_handler(_answer)

    async def continuation(details: Any) -> grpc.RpcMethodHandler:
        return handler

    interceptor = AuthInterceptor(authenticate, ERRORS, stopping=lambda: True)
    details = Details("/pdpgateway.v1.InvoiceService/SubmitInvoice", (("authorization", "Bearer k"),))
    context = Context()
    with pytest.raises(Aborted):
        await (await interceptor.intercept_service(continuation, details)).unary_unary(object(), context)
    assert context.status.code == grpc.StatusCode.UNAVAILABLE and keys == []
    assert context.status.details == "this replica is stopping: the call was not processed; retry it"
    [details_bin] = [
        value for key, value in context.status.trailing_metadata if key == "grpc-status-details-bin"
    ]
    status = status_pb2.Status.FromString(details_bin)
    assert [d.type_url.rsplit("/", 1)[1] for d in status.details] == ["google.rpc.RetryInfo"]
    # the health service still answers (NOT_SERVING, by itself)
    health = Details("/grpc.health.v1.Health/Check", ())
    assert await interceptor.intercept_service(continuation, health) is handler
