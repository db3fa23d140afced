"""Run-wide PostgreSQL fixtures: DATABASE_URL when set, else ONE embedded server in a temporary folder.

Import the fixtures into a conftest (`from tests.support.database import *`). The database is migrated once
and shared by every test of the run: tests isolate themselves with random SIRENs and request ids
(tests/random_refs.py) instead of cleaning up.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest

from adapters.postgres.embedded import embedded_database
from adapters.postgres.migrate import migrate
from adapters.postgres.pool import create_pool

__all__ = ["database_dsn", "pg_pool"]


@pytest.fixture(scope="session")
async def database_dsn() -> AsyncIterator[str]:
    url = os.environ.get("DATABASE_URL", "")
    if url:
        yield url
        return
    with tempfile.TemporaryDirectory(prefix="pdpg-test-") as tmp:
        async for dsn in embedded_database(Path(tmp) / "pgdata", "pdp_gateway_test", cleanup_mode="delete"):
            yield dsn


@pytest.fixture(scope="session")
async def pg_pool(database_dsn: str) -> AsyncIterator[asyncpg.Pool]:
    conn = await asyncpg.connect(database_dsn)
    try:
        await migrate(conn)
    finally:
        await conn.close()
    pool = await create_pool(database_dsn, min_size=2, max_size=20)
    try:
        yield pool
    finally:
        await pool.close()
