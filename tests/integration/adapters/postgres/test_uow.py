"""A unit of work joining its caller's transaction: savepoints, durable only with the caller's COMMIT."""

from __future__ import annotations

import asyncio
import logging
import uuid

import asyncpg
import pytest

from adapters.postgres.uow import PgUnitOfWork
from tests.support.database import migrated_pool
from tests.support.outbound import an_outbound_invoice


async def stored(pool: asyncpg.Pool, invoice_id: str) -> bool:
    return bool(await pool.fetchval("SELECT count(*) FROM invoices WHERE id = $1", uuid.UUID(invoice_id)))


async def test_a_joined_commit_is_undone_by_the_callers_rollback(pg_pool) -> None:
    outbound = an_outbound_invoice()
    async with pg_pool.acquire() as conn:
        tr = conn.transaction()
        await tr.start()
        async with PgUnitOfWork.joining(conn) as uow:
            await uow.invoices.add(outbound)
            await uow.commit()
        assert conn.is_in_transaction()
        await tr.rollback()
    assert not await stored(pg_pool, outbound.id)


async def test_a_joined_block_left_uncommitted_keeps_the_callers_transaction_usable(pg_pool) -> None:
    dropped, kept = an_outbound_invoice(), an_outbound_invoice()
    async with pg_pool.acquire() as conn, conn.transaction():
        async with PgUnitOfWork.joining(conn) as uow:
            await uow.invoices.add(dropped)  # no commit: rolled back to its savepoint
        async with PgUnitOfWork.joining(conn) as uow:
            await uow.invoices.add(kept)
            await uow.commit()
    assert not await stored(pg_pool, dropped.id) and await stored(pg_pool, kept.id)


async def test_joining_needs_an_open_transaction(pg_pool) -> None:
    async with pg_pool.acquire() as conn:
        with pytest.raises(RuntimeError):
            async with PgUnitOfWork.joining(conn):
                pass


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def _cancelled_when_suspended(block, times: int = 1) -> list[BaseException]:
    """`block()` cancelled at its `times`-th suspension (a gRPC call whose client's deadline passed there)."""
    task = asyncio.create_task(block())
    for _ in range(times):
        await asyncio.sleep(0)
    task.cancel()
    return await asyncio.gather(task, return_exceptions=True)


async def test_a_call_cancelled_while_its_transaction_begins_gives_its_connection_back_unlogged(
    pg_pool, caplog: pytest.LogCaptureFixture
) -> None:
    """Cancelled with BEGIN in flight (a ListInvoices with a 1 ms deadline), the connection went back to the pool
    in a transaction: asyncpg rolled it back there and logged an ERROR ("Resetting connection with an active
    transaction") each time, which any key holder could write at will."""

    async def block() -> None:
        async with PgUnitOfWork(pg_pool) as uow:
            await uow.invoices.history("732829320", str(uuid.uuid4()))

    with caplog.at_level(logging.WARNING):
        for _ in range(5):
            outcome = await _cancelled_when_suspended(block)
            assert isinstance(outcome[0], asyncio.CancelledError)
    assert not _errors(caplog)
    async with pg_pool.acquire() as conn:
        assert not conn.is_in_transaction()


async def test_a_call_cancelled_during_its_commit_ends_cancelled_not_with_a_rollback_error(
    pg_pool, caplog: pytest.LogCaptureFixture
) -> None:
    """A COMMIT cut short left the transaction FAILED, and the unit of work's rollback then raised asyncpg's
    InterfaceError ("cannot rollback; the transaction is in error state") in place of the cancellation."""
    table = f"slow_commit_{uuid.uuid4().hex[:8]}"
    await pg_pool.execute(
        f"""CREATE TABLE {table} (id int);
            CREATE FUNCTION {table}_wait() RETURNS trigger LANGUAGE plpgsql AS
              $$ BEGIN PERFORM pg_sleep(30); RETURN NULL; END $$;
            CREATE CONSTRAINT TRIGGER {table}_at_commit AFTER INSERT ON {table}
              DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {table}_wait();"""
    )
    committing = asyncio.Event()

    async def block() -> None:
        async with PgUnitOfWork(pg_pool) as uow:
            await uow.invoices._conn.execute(f"INSERT INTO {table} VALUES (1)")
            committing.set()
            await uow.commit()

    try:
        task = asyncio.create_task(block())
        await committing.wait()
        while not await pg_pool.fetchval(  # COMMIT in flight: its deferred trigger sleeps (cancelled with it)
            "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query = 'COMMIT;'"
        ):
            await asyncio.sleep(0.01)
        task.cancel()
        outcome = await asyncio.gather(task, return_exceptions=True)
        assert isinstance(outcome[0], asyncio.CancelledError), outcome
    finally:
        await pg_pool.execute(f"DROP TABLE {table}; DROP FUNCTION {table}_wait()")


async def test_a_call_cancelled_twice_while_its_transaction_begins_gives_its_connection_back(
    database_dsn: str,
) -> None:
    """Cancelled again while it waited for its cut-short BEGIN to end (a deadline, then the server's shutdown), the
    unit of work left without giving its connection back: the pool lost it for good, one per such call. A pool of
    its own, so that no other test's connection is counted."""
    async with migrated_pool(database_dsn, min_size=0, max_size=4) as pool:

        async def block() -> None:
            async with PgUnitOfWork(pool) as uow:
                await uow.invoices.history("732829320", str(uuid.uuid4()))

        for suspensions in (1, 2, 3):
            task = asyncio.create_task(block())
            for _ in range(suspensions):
                await asyncio.sleep(0)
            task.cancel()
            await asyncio.sleep(0)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        assert pool.get_idle_size() + (pool.get_max_size() - pool.get_size()) == pool.get_max_size()
