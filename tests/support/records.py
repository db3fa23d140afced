"""Helpers for the archive and e-reporting tests on real PostgreSQL."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator

import asyncpg

from adapters.postgres.records_uow import PgRecordsUnitOfWork
from domain.records_ports import RecordsUowFactory


def records_uow(pool: asyncpg.Pool) -> RecordsUowFactory:
    return functools.partial(PgRecordsUnitOfWork, pool)


async def tamper(pool: asyncpg.Pool, table: str, trigger: str, sql: str, *args: object) -> str:
    """Run `sql` with `trigger` disabled, as a superuser forging the data would; the trigger is re-enabled in the
    same transaction, so no other session ever sees it off. Returns the command status."""
    assert table in {"archive_items", "audit_log"}
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")
        status = await conn.execute(sql, *args)
        await conn.execute(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}")
    return status


async def collect(items: AsyncIterator[object]) -> list[object]:
    return [item async for item in items]
