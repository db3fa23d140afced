"""Idempotent recording by key, shared by B2C transactions, international invoices and payment events."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, Protocol, TypeVar


class Keyed(Protocol):
    """Anything recorded by its caller's idempotency key (a B2C transaction, a payment event, ...)."""

    @property
    def key(self) -> str: ...


T = TypeVar("T", bound=Keyed)


class DuplicateTransactionKey(Exception):
    """The same idempotency key was recorded twice with different content."""

    def __init__(self, key: str) -> None:
        super().__init__(
            f"transaction key {key!r} was already recorded with different content: an idempotency key "
            "identifies exactly one transaction; use a new key for a new transaction"
        )
        self.key = key


class KeyedJournal(Generic[T]):
    """Items recorded once per `key`, in recording order (`KeyedJournal[B2cTransaction]()` makes an empty one).

    Recording an item equal to the one already held under its key is a no-op (a retried call); a different item
    under the same key is refused with DuplicateTransactionKey.
    """

    __slots__ = ("_by_key",)

    def __init__(self) -> None:
        self._by_key: dict[str, T] = {}

    def record(self, item: T) -> bool:
        """Record `item`; True when it was new, False when it replays an item already recorded."""
        key = item.key
        existing = self._by_key.get(key)
        if existing is None:
            self._by_key[key] = item
            return True
        if existing != item:
            raise DuplicateTransactionKey(key)
        return False

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterator[T]:
        return iter(self._by_key.values())

    def items(self) -> tuple[T, ...]:
        return tuple(self._by_key.values())
