"""Catch-up positions kept in PostgreSQL (migration 0041), one row per source: the CatchUpCheckpoints port.

A position is opaque here, but the port's contract makes a source's positions sort as text in the order they were
reached (XP Z12-013: a fixed-width RFC 3339 UTC instant). Two replicas polling the same profile may save in any
order, so a save only moves the kept position forward (compared byte-wise, COLLATE "C", never by the locale).
"""

from __future__ import annotations

import asyncpg

from domain.platform_inbound import KeptPosition


class PgCatchUpCheckpoints:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def load(self, source: str) -> KeptPosition:
        row = await self._pool.fetchrow(
            "SELECT position, updated_at FROM catch_up_checkpoints WHERE source = $1", source
        )
        return KeptPosition() if row is None else KeptPosition(str(row["position"]), row["updated_at"])

    async def save(self, source: str, position: str, *, replacing: str = "") -> None:
        await self._pool.execute(
            """INSERT INTO catch_up_checkpoints (source, position) VALUES ($1, $2)
               ON CONFLICT (source) DO UPDATE SET position = excluded.position, updated_at = now()
               WHERE catch_up_checkpoints.position COLLATE "C" < excluded.position COLLATE "C"
                  OR catch_up_checkpoints.position = $3
            """,
            source,
            position,
            replacing or None,
        )
