"""Plain-SQL migrations: numbered files shipped in `adapters.postgres.migrations`, applied once each.

Each file runs in its own transaction together with its `schema_migrations` row, under a session advisory
lock so that several processes starting together apply every migration exactly once.
"""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


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
    if not await conn.fetchval("SELECT pg_try_advisory_lock($1)", MIGRATION_LOCK_KEY):
        _log.warning(
            "migrations: another process is applying them (PostgreSQL advisory lock %d); waiting for it",
            MIGRATION_LOCK_KEY,
        )
        await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_KEY, timeout=MIGRATION_TIMEOUT_S)
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
            async with conn.transaction():
                await conn.execute(migration.sql, timeout=MIGRATION_TIMEOUT_S)
                await conn.execute(
                    "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                    migration.version,
                    migration.name,
                )
            _log.info("applied migration %s", migration.name)
            applied_now.append(migration.name)
    finally:
        await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_KEY)
    return applied_now
