import asyncio

import asyncpg

from adapters.postgres.migrate import available_migrations, migrate


def test_migrations_are_numbered_from_one_without_gaps() -> None:
    versions = [m.version for m in available_migrations()]
    assert versions == list(range(1, len(versions) + 1))


async def test_running_migrations_again_changes_nothing(pg_pool: asyncpg.Pool) -> None:
    async with pg_pool.acquire() as conn:
        before = await conn.fetch("SELECT version, applied_at FROM schema_migrations ORDER BY version")
        assert await migrate(conn) == []
        after = await conn.fetch("SELECT version, applied_at FROM schema_migrations ORDER BY version")
    assert before == after
    assert [r["version"] for r in after] == [m.version for m in available_migrations()]


async def test_concurrent_migrations_on_a_fresh_database_apply_each_file_once(database_dsn: str) -> None:
    admin = await asyncpg.connect(database_dsn)
    try:
        await admin.execute("DROP DATABASE IF EXISTS pdpg_migrate_race")
        await admin.execute("CREATE DATABASE pdpg_migrate_race")
    finally:
        await admin.close()
    conns = [await asyncpg.connect(database_dsn, database="pdpg_migrate_race") for _ in range(3)]
    try:
        results = await asyncio.gather(*(migrate(c) for c in conns))
        names = [m.name for m in available_migrations()]
        assert sorted(n for r in results for n in r) == sorted(names)
        rows = await conns[0].fetch("SELECT name FROM schema_migrations ORDER BY version")
        assert [r["name"] for r in rows] == names
    finally:
        for c in conns:
            await c.close()
