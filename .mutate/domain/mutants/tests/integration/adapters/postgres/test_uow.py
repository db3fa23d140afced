"""A unit of work joining its caller's transaction: savepoints, durable only with the caller's COMMIT."""

from __future__ import annotations

import uuid

import asyncpg
import pytest

from adapters.postgres.uow import PgUnitOfWork
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
