"""The types a repository is handed: a connection (bare, or lent by the pool) and a fetched row."""

from __future__ import annotations

from collections.abc import Callable, Iterable
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


# One query may read the rows of several tables joined: each table's columns are renamed with a prefix.


def aliased_columns(alias: str, prefix: str, names: Iterable[str]) -> str:
    """The columns `names` of table alias `alias`, renamed with `prefix`, for a select list."""
    return ", ".join(f"{alias}.{name} AS {prefix}{name}" for name in names)


def prefixed(row: Row, prefix: str) -> Callable[[str], Any]:
    """A reader of `row`'s columns renamed with `prefix` (`aliased_columns`): `col("id")` is `row[prefix + "id"]`."""
    return lambda name: row[prefix + name]
