"""A database outage through a real gRPC server is UNAVAILABLE with RetryInfo in each kind of process that serves
gRPC: the main one and a GRPC_WORKERS one (service.wiring.grpc_worker: without background work, its port shared).

The error table (service.grpc.errors) does not know the database: it is an ErrorTable, made with the database's outage
check by the container, and every servicer and the auth interceptor answer through it; nothing is registered when a
server is built, so the test fails if a process kind serves with a table that lacks it (an outage would be INTERNAL).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from adapters.postgres.migrate import migrate
from service.wiring.processes import without_background_work
from service.wiring.server import build_server
from tests.e2e.conftest import e2e_container, new_company
from tests.e2e.grpc_client import GatewayClient
from tests.support.database import StoppableServer, stoppable_server


@pytest.fixture
async def database() -> AsyncIterator[tuple[StoppableServer, asyncpg.Pool]]:
    async with stoppable_server("pdp_gateway_process_outage") as pg:
        pool = await asyncpg.create_pool(pg.dsn, min_size=1, max_size=4)
        try:
            async with pool.acquire() as conn:
                await migrate(conn)
            yield pg, pool
        finally:
            pool.terminate()


@pytest.mark.parametrize("kind", ["main", "grpc worker"])
async def test_a_database_outage_is_unavailable_with_retry_info(
    kind: str, database: tuple[StoppableServer, asyncpg.Pool]
) -> None:
    pg, pool = database
    container = e2e_container(pg.dsn, pool)
    if kind == "grpc worker":
        without_background_work(container)
    company = await new_company(container)
    server, port = await build_server(container, "127.0.0.1:0", share_port=kind == "grpc worker")
    await server.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            client = GatewayClient(channel, company.api_key)
            await client.list(page_size=1)  # up: the key is known, the call answers
            await pg.stop()
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await client.list(page_size=1)
    finally:
        await server.stop(None)
        container.reset_override()

    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE, caught.value.details()
    status = rpc_status.from_call(caught.value)
    assert status is not None
    assert any(d.Is(error_details_pb2.RetryInfo.DESCRIPTOR) for d in status.details)
