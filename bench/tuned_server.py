"""An embedded PostgreSQL with server settings of a bench's own (pg_stat_statements, shared_buffers...), for the
benches that read its statements (years_bench, compare_checkouts)."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any


async def tuned_server(data_dir: Path, wanted: Mapping[str, str]) -> Any:
    """The embedded server of `data_dir` with the `wanted` settings (restarted once when they are not yet its own:
    `shared_preload_libraries` takes effect only at start)."""
    import asyncpg

    from adapters.postgres.embedded import start_server

    server = await asyncio.to_thread(start_server, data_dir)
    conn = await asyncpg.connect(server.get_uri("postgres"))
    try:
        # missing_ok: a library's own setting is unknown until the library is loaded
        current = {name: await conn.fetchval("SELECT current_setting($1, true)", name) for name in wanted}
        if current == dict(wanted):
            return server
        for name, value in wanted.items():
            await conn.execute(f"ALTER SYSTEM SET {name} = '{value}'")  # bench constants, not input
    finally:
        await conn.close()
    await asyncio.to_thread(server.cleanup)  # the only holder: stops it
    return await asyncio.to_thread(start_server, data_dir)
