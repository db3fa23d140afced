"""A reflection stream past its address's pace, through a real server: it ends with the pace's status, which a
client reads as long as it reads what the server sent (grpc.aio's client, still writing, may read INTERNAL instead:
its failed write overwrites the status it received, grpc/grpc issue 36066; docs/deploy.md)."""

from __future__ import annotations

import asyncio

import grpc
from google.rpc import error_details_pb2
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from grpc_status import rpc_status

from service.grpc.public_services import PUBLIC_BURST
from tests.e2e.conftest import own_gateway
from tests.support.grpc_details import details_of


def _reflect_past_the_pace(port: int) -> grpc.RpcError:
    """One stream of 3 × PUBLIC_BURST requests, written without waiting, by gRPC's synchronous client."""
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        requests = (reflection_pb2.ServerReflectionRequest(list_services="") for _ in range(3 * PUBLIC_BURST))
        try:
            for _ in reflection_pb2_grpc.ServerReflectionStub(channel).ServerReflectionInfo(
                requests, timeout=60
            ):
                pass
        except grpc.RpcError as error:
            return error
    raise AssertionError("every request was answered: no pace")


async def test_a_reflection_stream_past_its_pace_ends_resource_exhausted_naming_it(
    database_dsn: str, pg_pool: object
):
    async with own_gateway(database_dsn, pg_pool) as port:
        for _ in range(
            3
        ):  # the server's close is the same each time, whatever the client is writing meanwhile
            error = await asyncio.to_thread(_reflect_past_the_pace, port)
            assert error.code() is grpc.StatusCode.RESOURCE_EXHAUSTED, (error.code(), error.details())
            status = rpc_status.from_call(error)  # type: ignore[arg-type]  # a sync call's error is its call
            assert status is not None, error.details()
            [info] = details_of(status.details, error_details_pb2.ErrorInfo)
            assert info.reason == "PUBLIC_CALLS_TOO_FAST"
