"""Catch-up positions kept in PostgreSQL (migration 0041), one row per source: the CatchUpCheckpoints port.

A position is opaque here (an RFC 3339 instant for XP Z12-013). Two replicas polling the same profile may write in
any order: a position that goes back only makes a round re-read flows the inbox already has (same dedup keys).
"""

from __future__ import annotations

import asyncpg


class PgCatchUpCheckpoints:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def load(self, source: str) -> str:
        position = await self._pool.fetchval(
            "SELECT position FROM catch_up_checkpoints WHERE source = $1", source
        )
        return str(position or "")

    async def save(self, source: str, position: str) -> None:
        await self._pool.execute(
            """INSERT INTO catch_up_checkpoints (source, position) VALUES ($1, $2)
               ON CONFLICT (source) DO UPDATE SET position = excluded.position, updated_at = now()""",
            source,
            position,
        )
