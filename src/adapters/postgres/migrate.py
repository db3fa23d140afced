"""Plain-SQL migrations: numbered files shipped in `adapters.postgres.migrations`, applied once each.

Each file runs in its own transaction together with its `schema_migrations` row (but one that says it runs outside a
transaction: `OUTSIDE_A_TRANSACTION`), under a session advisory lock so that several processes starting together
apply every migration exactly once.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from importlib import resources

from adapters.postgres.connection import Connection

_log = logging.getLogger(__name__)

_PACKAGE = "adapters.postgres.migrations"
_FILE_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
# An arbitrary constant shared by every gateway process ("pdpg" in ASCII).
MIGRATION_LOCK_KEY = 0x70647067
# A migration takes as long as its work (0360 reads every invoice to build an index), and a process started while
# another migrates waits for it: neither is cut by the pool's command timeout (30 s), which failed both. Bounded all
# the same, so that a lock never released cannot hold a start for ever.
MIGRATION_TIMEOUT_S = 6 * 3600.0
LOCK_POLL_S = 0.5


# The first line of a migration that cannot run in a transaction: CREATE INDEX CONCURRENTLY, which builds an index on
# a populated table without holding its writes (a plain CREATE INDEX waits for the writes in progress, and every
# write that comes after waits for it: minutes on a table of millions of rows). Its statements, each ending a line
# with ";", run one at a time, then its row is written: each must be safe to run again (a process stopped between
# two leaves the migration unrecorded, run whole again at the next start).
OUTSIDE_A_TRANSACTION = "-- migrate: outside a transaction"
_STATEMENT_END = re.compile(r";[ \t]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def statements(self) -> list[str] | None:
        """The statements run one at a time, outside a transaction; None: the file runs whole in one."""
        if not self.sql.startswith(OUTSIDE_A_TRANSACTION):
            return None
        return [s.strip() for s in _STATEMENT_END.split(self.sql) if _sql_in(s)]


def _sql_in(text: str) -> bool:
    return any(line.strip() and not line.strip().startswith("--") for line in text.splitlines())


def available_migrations(package: str = _PACKAGE) -> list[Migration]:
    migrations = []
    for entry in resources.files(package).iterdir():
        match = _FILE_NAME.match(entry.name)
        if match:
            migrations.append(Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    migrations.sort(key=lambda m: m.version)
    versions = [m.version for m in migrations]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a number in {package}: {versions}")
    return migrations


async def migrate(conn: Connection, package: str = _PACKAGE) -> list[str]:
    """Apply the pending migrations; returns the names of those applied by this call."""
    applied_now: list[str] = []
    if not await _locked(conn):
        _log.warning(
            "migrations: another process is applying them (PostgreSQL advisory lock %d); waiting for it",
            MIGRATION_LOCK_KEY,
        )
        await asyncio.wait_for(_waited(conn), MIGRATION_TIMEOUT_S)
    try:
        await conn.execute(
            """CREATE TABLE IF NOT EXISTS schema_migrations (
                   version    integer     PRIMARY KEY,
                   name       text        NOT NULL,
                   applied_at timestamptz NOT NULL DEFAULT now()
               )"""
        )
        done = {r["version"] for r in await conn.fetch("SELECT version FROM schema_migrations")}
        for migration in available_migrations(package):
            if migration.version in done:
                continue
            _log.info("applying migration %s", migration.name)
            statements = migration.statements
            if statements is None:
                async with conn.transaction():
                    await conn.execute(migration.sql, timeout=MIGRATION_TIMEOUT_S)
                    await _applied(conn, migration)
            else:
                for statement in statements:
                    await conn.execute(statement, timeout=MIGRATION_TIMEOUT_S)
                await _applied(conn, migration)
            _log.info("applied migration %s", migration.name)
            applied_now.append(migration.name)
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
    return applied_now


async def _locked(conn: Connection) -> bool:
    return bool(await conn.fetchval("SELECT pg_try_advisory_lock($1)", MIGRATION_LOCK_KEY))


async def _waited(conn: Connection) -> None:
    """The lock, asked again every LOCK_POLL_S rather than waited for in one statement: a CREATE INDEX
    CONCURRENTLY of the process holding it waits for every transaction of the database to end, the statement
    waiting for the lock among them, which waited for it (PostgreSQL's deadlock detector then failed one)."""
    while not await _locked(conn):
        await asyncio.sleep(LOCK_POLL_S)


async def _applied(conn: Connection, migration: Migration) -> None:
    await conn.execute(
        "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", migration.version, migration.name
    )
