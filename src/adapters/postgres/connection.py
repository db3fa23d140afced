"""The types a repository is handed: a connection (bare, or lent by the pool) and a fetched row."""

from __future__ import annotations

from typing import Any, Protocol, TypeAlias

import asyncpg
import asyncpg.pool

# A bare connection, or one lent by the pool (a proxy to it): the repositories take either.
Connection: TypeAlias = (
    "asyncpg.Connection[asyncpg.Record] | asyncpg.pool.PoolConnectionProxy[asyncpg.Record]"
)


class Row(Protocol):
    """A fetched row as the row readers use it: asyncpg's Record, or a plain dict in tests."""

    def __getitem__(self, key: str, /) -> Any: ...

    def get(self, key: str, /) -> Any: ...
