"""Interleaving transactions on PostgreSQL step by step: wait until PostgreSQL makes some of them wait for a lock
(no sleeps on a guess: each step is seen in pg_stat_activity), and hold a company's lock to stop them there."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import asyncpg

from adapters.postgres.audit_log import COMPANY_LOCK_NAMESPACE

STEP_TIMEOUT_S = 60.0  # bound on each wait of a choreography: a hang fails the test, it never stalls the run


async def blocked_backends(pool: asyncpg.Pool) -> int:
    """Backends of this database waiting for a lock another one holds."""
    return int(
        await pool.fetchval(
            """SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND cardinality(pg_blocking_pids(pid)) > 0"""
        )
    )


async def until_blocked(pool: asyncpg.Pool, count: int, *running: asyncio.Task[object]) -> None:
    """Until `count` backends wait for a lock, or one of `running` ended (its outcome is the test's to check)."""
    async with asyncio.timeout(STEP_TIMEOUT_S):
        while not any(task.done() for task in running) and await blocked_backends(pool) < count:
            await asyncio.sleep(0.01)


@contextlib.asynccontextmanager
async def company_gate(pool: asyncpg.Pool, company_siren: str) -> AsyncIterator[None]:
    """The company's event/audit lock held by a connection of its own until the block ends: every transaction that
    reaches it waits there, holding what it took before."""
    async with pool.acquire() as conn:
        await conn.execute("SELECT pg_advisory_lock($1, hashtext($2))", COMPANY_LOCK_NAMESPACE, company_siren)
        try:
            yield
        finally:
            await conn.execute(
                "SELECT pg_advisory_unlock($1, hashtext($2))", COMPANY_LOCK_NAMESPACE, company_siren
            )
