from pathlib import Path

import asyncpg

from adapters.postgres.embedded import embedded_database


async def test_embedded_server_keeps_its_data_across_restarts(pgdata_dir: Path) -> None:
    async for dsn in embedded_database(pgdata_dir, "restart_check"):
        conn = await asyncpg.connect(dsn)
        await conn.execute("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')")
        await conn.close()
    async for dsn in embedded_database(pgdata_dir, "restart_check", cleanup_mode="delete"):
        conn = await asyncpg.connect(dsn)
        try:
            assert await conn.fetchval("SELECT v FROM kept") == "still here"
        finally:
            await conn.close()
    assert not pgdata_dir.exists()
