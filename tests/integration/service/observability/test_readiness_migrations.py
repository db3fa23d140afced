"""A database missing a migration is not ready for traffic (/readyz says so) and doctor says to migrate."""

from __future__ import annotations

from adapters.postgres.operations import PgOperationsReader
from service.observability.doctor import Result, check_database
from service.wiring.http import pool_ready
from tests.support.pipeline import fresh_database


async def test_a_database_missing_a_migration_is_not_ready_and_doctor_says_migrate(database_dsn: str) -> None:
    async with fresh_database(database_dsn) as pool:
        assert await pool_ready(pool)() is None  # ready
        async with pool.acquire() as conn:
            assert (await check_database(PgOperationsReader(conn))).result is Result.OK
            await conn.execute(
                "DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)"
            )
            check = await check_database(PgOperationsReader(conn))
        assert check.result is Result.FAIL and "pdp-gateway migrate" in check.advice
        not_ready = await pool_ready(pool)()
        assert not_ready is not None and not_ready.startswith(
            "database reachable, 1 migration(s) not applied"
        )
        assert "pdp-gateway migrate" in not_ready


async def test_a_database_migrated_by_a_newer_release_is_not_ready_and_doctor_says_upgrade(
    database_dsn: str,
) -> None:
    """An old-release replica left running after a newer release migrated its database: upgrades are not rolling
    (docs/deploy.md), and the old code may fail or misread the new schema, so it takes no traffic and says why."""
    async with fresh_database(database_dsn) as pool:
        async with pool.acquire() as conn:
            await conn.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (9999, '9999_from_a_newer_release.sql')"
            )
            check = await check_database(PgOperationsReader(conn))
        assert check.result is Result.FAIL
        assert "9999" in check.detail and "newer" in check.detail and "upgrade" in check.advice
        not_ready = await pool_ready(pool)()
        assert not_ready is not None and "newer release" in not_ready and "9999" in not_ready
