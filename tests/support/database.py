"""Run-wide PostgreSQL fixtures: DATABASE_URL when set, else ONE embedded server in a temporary folder.

Import the fixtures into a conftest (`from tests.support.database import *`). The database is migrated once
and shared by every test of the run: tests isolate themselves with random SIRENs and request ids
(tests/random_refs.py) instead of cleaning up.
"""

from __future__ import annotations

import asyncio
import os
import sys
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


# pg_ctl as the server's system user, run by a fresh single-threaded Python: forking the test process itself (gRPC
# threads, their fork handlers) to switch user sometimes crashed the child before it ran pg_ctl (SIGSEGV).
_PG_CTL = """
import sys
from embedded_postgres._commands import pg_ctl
pg_ctl(sys.argv[3:], pgdata=sys.argv[1], user=sys.argv[2] or None, timeout=60)
"""


class StoppableServer:
    """A test's own embedded server, which the test stops and starts again (an outage); same DSN throughout."""

    def __init__(self, server: Any, dsn: str) -> None:
        self._server = server
        self.dsn = dsn
        self._socket_dir = server.get_postmaster_info().socket_dir
        self.data_dir: Path = server.pgdata

    async def stop(self) -> None:
        """`pg_ctl stop -m fast`: the server ends every session (clients see their connections closed)."""
        await self._pg_ctl("-w", "-m", "fast", "stop")

    async def start(self) -> None:
        """Start it again on the same data folder and socket, with the options the package starts it with."""
        log = str(self._server.pgdata / "log")
        await self._pg_ctl("-w", "-o", '-h ""', "-o", f"-k {self._socket_dir}", "-l", log, "start")

    async def _pg_ctl(self, *args: str) -> None:
        user = self._server.system_user or ""
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-c", _PG_CTL, str(self._server.pgdata), user, *args
        )
        if await process.wait() != 0:
            raise RuntimeError(f"pg_ctl {args[-1]} failed ({process.returncode})")


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
