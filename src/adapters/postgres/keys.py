"""Turning the gateway's string ids into PostgreSQL uuid keys."""

from __future__ import annotations

import uuid

import asyncpg

from adapters.postgres.connection import Connection


def uuid_or_none(value: str) -> uuid.UUID | None:
    """The uuid key for `value`, or None when it is not one (no row can match it)."""
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


async def fetch_keyed(conn: Connection, query: str, key_text: str, *args: object) -> asyncpg.Record | None:
    """The row of `query` whose `$1` is the uuid key for `key_text`; None, without asking, when it is not one."""
    key = uuid_or_none(key_text)
    return None if key is None else await conn.fetchrow(query, key, *args)
