"""gRPC connections are bounded per process (GRPC_MAX_CONNECTIONS) and an idle one is closed: none needs a key, so
without a bound anyone reaching the port could hold connections until the process ran out of files (4,000 idle ones
cost 40 MB, and the database's connections and the spools need files too)."""

from __future__ import annotations

import asyncio
import contextlib

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from service.wiring import server as server_module
from tests.e2e.conftest import own_gateway

LIMIT = 8
HANG_GUARD_S = 60.0  # a freed place never taken fails the test; never a speed
# Each channel its own connection: channels of one process share their connections by default.
OWN_CONNECTION = [("grpc.use_local_subchannel_pool", 1)]


def gateway(database_dsn: str, pg_pool: object) -> contextlib.AbstractAsyncContextManager[int]:
    return own_gateway(database_dsn, pg_pool, max_connections=str(LIMIT))


async def healthy(channel: grpc.aio.Channel) -> bool:
    try:
        await health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=10)
    except grpc.aio.AioRpcError as e:
        assert e.code() == grpc.StatusCode.UNAVAILABLE, e
        return False
    return True


async def test_a_connection_past_the_bound_is_refused_and_a_freed_place_is_taken(
    database_dsn: str, pg_pool: object
) -> None:
    async with gateway(database_dsn, pg_pool) as port:
        target = f"127.0.0.1:{port}"
        held = [grpc.aio.insecure_channel(target, options=OWN_CONNECTION) for _ in range(LIMIT)]
        try:
            assert [await healthy(c) for c in held] == [True] * LIMIT
            async with grpc.aio.insecure_channel(target, options=OWN_CONNECTION) as past:
                assert not await healthy(past)
            await held.pop().close()
            async with asyncio.timeout(HANG_GUARD_S):  # the server frees the place once it has seen the close
                while True:
                    async with grpc.aio.insecure_channel(target, options=OWN_CONNECTION) as next_one:
                        if await healthy(next_one):
                            break
                    await asyncio.sleep(0.1)
        finally:
            for c in held:
                await c.close()


async def test_an_idle_connection_is_closed(
    database_dsn: str, pg_pool: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_module, "IDLE_CONNECTION_MS", 300)
    async with gateway(database_dsn, pg_pool) as port:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}", options=OWN_CONNECTION) as channel:
            assert await healthy(channel)
            assert channel.get_state() == grpc.ChannelConnectivity.READY
            # GOAWAY on an idle connection: the channel goes back to IDLE (and reconnects as it calls again)
            async with asyncio.timeout(30):
                while channel.get_state() == grpc.ChannelConnectivity.READY:
                    await channel.wait_for_state_change(grpc.ChannelConnectivity.READY)
            assert channel.get_state() == grpc.ChannelConnectivity.IDLE
            assert await healthy(channel)
