"""The database connection pool as production meets it, through the whole process (Runner: gRPC, HTTP, the
supervised tasks, the pipeline's dispatcher) on a PostgreSQL of the test's own.

- The LISTEN connections (the outbox's, the declarations', the inbox's, the event feed's) each hold a pooled
  connection for as long as the process runs: they come on top of DB_POOL_MAX, which is what the calls and the
  workers share. With DB_POOL_MAX below their number the gateway answered nothing at all.
- A pool busy with slow statements (here: a table locked by another session) answers every call UNAVAILABLE with
  RetryInfo once the wait for a connection is over, the key lookup of a new API key included, and `/readyz` says the
  database is busy rather than unreachable.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import asyncpg
import grpc
import httpx
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from service.wiring.server import Runner
from tests.e2e.conftest import new_company, whole_process
from tests.e2e.grpc_client import GatewayClient
from tests.support.database import stoppable_server
from tests.support.reception import wait_until

HANG_GUARD = 60.0  # a call that hangs fails the test instead of blocking it; not a speed test


@pytest.fixture
async def one_connection() -> AsyncIterator[tuple[str, Runner]]:
    """A gateway whose DB_POOL_MAX is 1, its statements never cut short (the test decides when a lock ends)."""
    async with (
        stoppable_server("pdp_gateway_pool") as pg,
        # the dispatcher kept: its outbox LISTEN is one of the four
        whole_process(pg.dsn, {"pool_min": "1", "pool_max": "1", "command_timeout_s": "600"}) as runner,
    ):
        yield pg.dsn, runner


async def _listening(dsn: str) -> int:
    conn = await asyncpg.connect(dsn)
    try:
        return int(
            await conn.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'"
            )
        )
    finally:
        await conn.close()


async def test_the_listen_connections_come_on_top_of_db_pool_max(one_connection: tuple[str, Runner]) -> None:
    dsn, runner = one_connection
    await wait_until(lambda: _ready(runner), HANG_GUARD, "every background task listening")
    assert await _listening(dsn) == 4
    company = await asyncio.wait_for(new_company(runner.container), HANG_GUARD)  # `keys create`
    async with grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel:
        listed = await asyncio.wait_for(GatewayClient(channel, company.api_key).list(page_size=5), HANG_GUARD)
    assert list(listed.invoices) == []


async def _ready(runner: Runner) -> bool:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{runner.http_port}") as http:
        return (await http.get("/readyz")).status_code == 200


async def test_a_pool_busy_with_slow_statements_answers_unavailable_and_readyz_says_busy(
    one_connection: tuple[str, Runner],
) -> None:
    dsn, runner = one_connection
    await wait_until(lambda: _ready(runner), HANG_GUARD, "every background task listening")
    known = await new_company(runner.container)
    fresh = await new_company(runner.container)
    async with (
        grpc.aio.insecure_channel(f"127.0.0.1:{runner.grpc_port}") as channel,
        httpx.AsyncClient(base_url=f"http://127.0.0.1:{runner.http_port}", timeout=HANG_GUARD) as http,
    ):
        client = GatewayClient(channel, known.api_key)
        await client.list(page_size=5)  # its key is now in the key cache
        locker = await asyncpg.connect(dsn)
        lock = locker.transaction()
        await lock.start()
        await locker.execute("LOCK TABLE invoices IN ACCESS EXCLUSIVE MODE")
        try:
            # the pool's one connection waits on the lock, for as long as the lock is held
            slow = asyncio.ensure_future(client.list(page_size=5))
            await wait_until(
                lambda: _waiting_on_a_lock(locker), HANG_GUARD, "a statement waiting on the lock"
            )

            with pytest.raises(grpc.aio.AioRpcError) as refused:  # its key must be read from the database
                await asyncio.wait_for(GatewayClient(channel, fresh.api_key).list(page_size=5), HANG_GUARD)
            assert refused.value.code() == grpc.StatusCode.UNAVAILABLE
            status = rpc_status.from_call(refused.value)
            assert status is not None
            assert any(d.Is(error_details_pb2.RetryInfo.DESCRIPTOR) for d in status.details)

            ready = await http.get("/readyz")
            assert ready.status_code == 503 and ready.headers["retry-after"].isdigit()
            assert ready.json()["status"].startswith("database busy: no free connection"), ready.json()
        finally:
            await lock.rollback()
            await locker.close()
        assert list((await asyncio.wait_for(slow, HANG_GUARD)).invoices) == []
        assert list((await GatewayClient(channel, fresh.api_key).list(page_size=5)).invoices) == []
        assert (await http.get("/readyz")).json()["status"] == "ready"


async def _waiting_on_a_lock(conn: asyncpg.Connection) -> bool:
    # asked inside the locker's transaction, where PostgreSQL would answer every read of pg_stat_activity from the
    # first one: a first look before the statement reached the lock would never see it wait
    await conn.execute("SELECT pg_stat_clear_snapshot()")
    return bool(
        await conn.fetchval(
            "SELECT count(*) > 0 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
    )
