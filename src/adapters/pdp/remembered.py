"""What an adapter remembers of a platform's items (the flows a catch-up handed over, the items that keep failing,
the invoices a status is about): bounded whatever a platform sends, the oldest forgotten first."""

from __future__ import annotations

from collections import OrderedDict
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def remember(kept: OrderedDict[K, V], key: K, value: V, bound: int) -> None:
    """`kept[key] = value`, as its most recent entry; past `bound` entries, the oldest are forgotten."""
    kept[key] = value
    kept.move_to_end(key)
    while len(kept) > bound:
        kept.popitem(last=False)
