"""The types a repository is handed: a connection (bare, or lent by the pool) and a fetched row."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, KeysView
from typing import Any, Protocol, TypeAlias, TypeVar

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

    def keys(self) -> Iterable[str] | KeysView[str]: ...


V = TypeVar("V")


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # per dataclass, read once


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def from_row(cls: type[V], row: Row, prefix: str = "", /, **converted: Any) -> V:
    """The dataclass `cls` read from `row`: each field from the column of its name (renamed with `prefix` when the
    query joined several tables, see `aliased_columns`), but those `converted` gives (a conversion, or a field that
    is no column); a field with neither keeps its default. Each reader says only what it converts; the columns and
    the fields keep one name."""
    columns = set(row.keys())
    values = {
        name: row[prefix + name]
        for name in _field_names(cls)
        if prefix + name in columns and name not in converted
    }
    return cls(**values, **converted)


# One query may read the rows of several tables joined: each table's columns are renamed with a prefix.


def aliased_columns(alias: str, prefix: str, names: Iterable[str]) -> str:
    """The columns `names` of table alias `alias`, renamed with `prefix`, for a select list."""
    return ", ".join(f"{alias}.{name} AS {prefix}{name}" for name in names)


def prefixed(row: Row, prefix: str) -> Callable[[str], Any]:
    """A reader of `row`'s columns renamed with `prefix` (`aliased_columns`): `col("id")` is `row[prefix + "id"]`."""
    return lambda name: row[prefix + name]
