"""A row becomes a dataclass by name: each field from its column, the reader's conversions first, defaults kept."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from adapters.postgres.connection import from_row


@dataclass(frozen=True)
class Item:
    id: str
    size: int
    kind: str = "plain"
    content: bytes = b""


def test_each_field_is_read_from_its_column_and_a_conversion_wins() -> None:
    row = {"id": 7, "size": 3, "kind": "pdf", "content": "abc", "unrelated": 1}
    assert from_row(Item, row, id=str(row["id"]), content=b"abc") == Item("7", 3, "pdf", b"abc")


def test_a_field_with_no_column_keeps_its_default_and_a_required_one_is_an_error() -> None:
    assert from_row(Item, {"id": "1", "size": 0}) == Item("1", 0)
    with pytest.raises(TypeError, match="size"):
        from_row(Item, {"id": "1"})
