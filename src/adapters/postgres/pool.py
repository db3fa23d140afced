"""The asyncpg connection pool: JSON codecs, timeouts, and its lifecycle as a dependency-injector Resource."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import TypedDict, Unpack

import asyncpg

from adapters.json_text import dumps, loads
from adapters.postgres.connection import Connection
from adapters.postgres.migrate import migrate

_log = logging.getLogger(__name__)


async def init_connection(conn: Connection) -> None:
    """json/jsonb as Python values; numeric keeps asyncpg's default (Decimal)."""
    for type_name in ("json", "jsonb"):
        await conn.set_type_codec(type_name, encoder=dumps, decoder=loads, schema="pg_catalog")


async def keep_session(conn: Connection) -> None:
    """Pool reset on release. asyncpg always rolls back an open transaction and drops listener callbacks first;
    its default then sends `RESET ALL; UNLISTEN *; CLOSE ALL; pg_advisory_unlock_all()`, one more round trip per
    release (8 per transmitted invoice). The gateway leaves no session state behind: transaction-scoped advisory
    locks only (migrate unlocks its session lock itself), no SET, no cursors, and remove_listener UNLISTENs."""


# How the gateway's connections are named in pg_stat_activity: the on-call engineer tells them from the others' there
# (docs/on-call.md, "PostgreSQL's connections all taken by something else"); they were nameless, as psql's are.
APPLICATION_NAME = "pdp-gateway"

# The longest a statement waits for a free pooled connection: past it the pool is busy (slow statements, a lock held
# elsewhere), a TimeoutError the edges answer UNAVAILABLE with RetryInfo, instead of a call held for as long as the
# statements ahead of it take.
ACQUIRE_TIMEOUT_S = 10.0


class PoolOptions(TypedDict, total=False):
    """What may be said of a pool beyond its DSN; the defaults are create_pool's."""

    min_size: int
    max_size: int
    command_timeout: float
    connect_timeout: float


async def create_pool(
    dsn: str,
    *,
    min_size: int = 1,
    max_size: int = 10,
    command_timeout: float = 30.0,
    connect_timeout: float = 10.0,
) -> asyncpg.Pool:
    pool = await asyncpg.create_pool(
        dsn,
        min_size=min_size,
        max_size=max_size,
        command_timeout=command_timeout,
        timeout=connect_timeout,
        init=init_connection,
        reset=keep_session,
        server_settings={"application_name": APPLICATION_NAME},
    )
    assert pool is not None
    return pool


async def init_pool(
    dsn: str, *, run_migrations: bool = True, close_timeout: float = 10.0, **options: Unpack[PoolOptions]
) -> AsyncIterator[asyncpg.Pool]:
    """Resource: a migrated pool (`options` as create_pool's), closed (gracefully, then by force) on shutdown."""
    pool = await create_pool(dsn, **options)
    try:
        if run_migrations:
            async with pool.acquire() as conn:
                await migrate(conn)
        yield pool
    finally:
        try:
            await asyncio.wait_for(pool.close(), close_timeout)
        except (TimeoutError, Exception):
            _log.exception("closing the pool gracefully failed; terminating its connections")
            pool.terminate()
