"""An adapter's memory of a platform's items stays within its bound, the oldest forgotten first."""

from __future__ import annotations

from collections import OrderedDict

from adapters.pdp.remembered import remember


def test_past_its_bound_the_oldest_entries_are_forgotten() -> None:
    kept: OrderedDict[str, int] = OrderedDict()
    for n, key in enumerate("abcde"):
        remember(kept, key, n, 3)
    assert list(kept.items()) == [("c", 2), ("d", 3), ("e", 4)]


def test_an_entry_remembered_again_is_the_most_recent_and_is_forgotten_last() -> None:
    kept: OrderedDict[str, int] = OrderedDict()
    for key in "abc":
        remember(kept, key, 0, 3)
    remember(kept, "a", 1, 3)  # seen again: kept over b and c
    remember(kept, "d", 0, 3)
    assert list(kept.items()) == [("c", 0), ("a", 1), ("d", 0)]
