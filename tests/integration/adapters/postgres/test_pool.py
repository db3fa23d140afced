"""The gateway's pooled connections, as PostgreSQL sees them."""

from __future__ import annotations

from adapters.postgres.pool import APPLICATION_NAME, create_pool


async def test_the_gateway_s_connections_are_named_in_pg_stat_activity(database_dsn: str) -> None:
    """docs/on-call.md ("PostgreSQL's connections all taken by something else") finds who holds the connections by
    `application_name`: the gateway's were nameless (''), like any psql or script on the same user."""
    pool = await create_pool(database_dsn, min_size=1, max_size=1)
    try:
        async with pool.acquire() as conn:
            assert await conn.fetchval("SHOW application_name") == APPLICATION_NAME == "pdp-gateway"
            assert (
                await conn.fetchval(
                    "SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()"
                )
                == "pdp-gateway"
            )
    finally:
        await pool.close()
