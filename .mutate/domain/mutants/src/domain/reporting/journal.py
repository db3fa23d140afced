"""Idempotent recording by key, shared by B2C transactions, international invoices and payment events."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁDuplicateTransactionKeyǁ__init____mutmut: MutantDict = {}  # type: ignore


class DuplicateTransactionKey(Exception):
    """The same idempotency key was recorded twice with different content."""

    @_mutmut_mutated(mutants_xǁDuplicateTransactionKeyǁ__init____mutmut)
    def __init__(self, key: str) -> None:
        super().__init__(
            f"transaction key {key!r} was already recorded with different content: an idempotency key "
            "identifies exactly one transaction; use a new key for a new transaction"
        )
        self.key = key

    def xǁDuplicateTransactionKeyǁ__init____mutmut_orig(self, key: str) -> None:
        super().__init__(
            f"transaction key {key!r} was already recorded with different content: an idempotency key "
            "identifies exactly one transaction; use a new key for a new transaction"
        )
        self.key = key

    def xǁDuplicateTransactionKeyǁ__init____mutmut_1(self, key: str) -> None:
        super().__init__(
            None
        )
        self.key = key

    def xǁDuplicateTransactionKeyǁ__init____mutmut_2(self, key: str) -> None:
        super().__init__(
            f"transaction key {key!r} was already recorded with different content: an idempotency key "
            "XXidentifies exactly one transaction; use a new key for a new transactionXX"
        )
        self.key = key

    def xǁDuplicateTransactionKeyǁ__init____mutmut_3(self, key: str) -> None:
        super().__init__(
            f"transaction key {key!r} was already recorded with different content: an idempotency key "
            "IDENTIFIES EXACTLY ONE TRANSACTION; USE A NEW KEY FOR A NEW TRANSACTION"
        )
        self.key = key

    def xǁDuplicateTransactionKeyǁ__init____mutmut_4(self, key: str) -> None:
        super().__init__(
            f"transaction key {key!r} was already recorded with different content: an idempotency key "
            "identifies exactly one transaction; use a new key for a new transaction"
        )
        self.key = None

mutants_xǁDuplicateTransactionKeyǁ__init____mutmut['_mutmut_orig'] = DuplicateTransactionKey.xǁDuplicateTransactionKeyǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁDuplicateTransactionKeyǁ__init____mutmut['xǁDuplicateTransactionKeyǁ__init____mutmut_1'] = DuplicateTransactionKey.xǁDuplicateTransactionKeyǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁDuplicateTransactionKeyǁ__init____mutmut['xǁDuplicateTransactionKeyǁ__init____mutmut_2'] = DuplicateTransactionKey.xǁDuplicateTransactionKeyǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁDuplicateTransactionKeyǁ__init____mutmut['xǁDuplicateTransactionKeyǁ__init____mutmut_3'] = DuplicateTransactionKey.xǁDuplicateTransactionKeyǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁDuplicateTransactionKeyǁ__init____mutmut['xǁDuplicateTransactionKeyǁ__init____mutmut_4'] = DuplicateTransactionKey.xǁDuplicateTransactionKeyǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyedJournalǁrecord__mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyedJournalǁ__contains____mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyedJournalǁ__iter____mutmut: MutantDict = {}  # type: ignore
mutants_xǁKeyedJournalǁitems__mutmut: MutantDict = {}  # type: ignore


class KeyedJournal(Generic[T]):
    """Items recorded once per key, in recording order.

    Recording an item equal to the one already held under its key is a no-op (a retried call); a different item
    under the same key is refused with DuplicateTransactionKey.
    """

    __slots__ = ("_key_of", "_by_key")

    @_mutmut_mutated(mutants_xǁKeyedJournalǁ__init____mutmut)
    def __init__(self, key_of: Callable[[T], str]) -> None:
        self._key_of = key_of
        self._by_key: dict[str, T] = {}

    def xǁKeyedJournalǁ__init____mutmut_orig(self, key_of: Callable[[T], str]) -> None:
        self._key_of = key_of
        self._by_key: dict[str, T] = {}

    def xǁKeyedJournalǁ__init____mutmut_1(self, key_of: Callable[[T], str]) -> None:
        self._key_of = None
        self._by_key: dict[str, T] = {}

    def xǁKeyedJournalǁ__init____mutmut_2(self, key_of: Callable[[T], str]) -> None:
        self._key_of = key_of
        self._by_key: dict[str, T] = None

    @_mutmut_mutated(mutants_xǁKeyedJournalǁrecord__mutmut)
    def record(self, item: T) -> bool:
        """Record `item`; True when it was new, False when it replays an item already recorded."""
        key = self._key_of(item)
        existing = self._by_key.get(key)
        if existing is None:
            self._by_key[key] = item
            return True
        if existing != item:
            raise DuplicateTransactionKey(key)
        return False

    def xǁKeyedJournalǁrecord__mutmut_orig(self, item: T) -> bool:
        """Record `item`; True when it was new, False when it replays an item already recorded."""
        key = self._key_of(item)
        existing = self._by_key.get(key)
        if existing is None:
            self._by_key[key] = item
            return True
        if existing != item:
            raise DuplicateTransactionKey(key)
        return False

    def xǁKeyedJournalǁrecord__mutmut_1(self, item: T) -> bool:
        """Record `item`; True when it was new, False when it replays an item already recorded."""
        key = None
        existing = self._by_key.get(key)
        if existing is None:
            self._by_key[key] = item
            return True
        if existing != item:
            raise DuplicateTransactionKey(key)
        return False

    def xǁKeyedJournalǁrecord__mutmut_2(self, item: T) -> bool:
        """Record `item`; True when it was new, False when it replays an item already recorded."""
        key = self._key_of(None)
        existing = self._by_key.get(key)
        if existing is None:
            self._by_key[key] = item
            return True
        if existing != item:
            raise DuplicateTransactionKey(key)
        return False

    def xǁKeyedJournalǁrecord__mutmut_3(self, item: T) -> bool:
        """Record `item`; True when it was new, False when it replays an item already recorded."""
        key = self._key_of(item)
        existing = None
        if existing is None:
            self._by_key[key] = item
            return True
        if existing != item:
            raise DuplicateTransactionKey(key)
        return False

    def xǁKeyedJournalǁrecord__mutmut_4(self, item: T) -> bool:
        """Record `item`; True when it was new, False when it replays an item already recorded."""
        key = self._key_of(item)
        existing = self._by_key.get(None)
        if existing is None:
            self._by_key[key] = item
            return True
        if existing != item:
            raise DuplicateTransactionKey(key)
        return False

    def xǁKeyedJournalǁrecord__mutmut_5(self, item: T) -> bool:
        """Record `item`; True when it was new, False when it replays an item already recorded."""
        key = self._key_of(item)
        existing = self._by_key.get(key)
        if existing is not None:
            self._by_key[key] = item
            return True
        if existing != item:
            raise DuplicateTransactionKey(key)
        return False

    def xǁKeyedJournalǁrecord__mutmut_6(self, item: T) -> bool:
        """Record `item`; True when it was new, False when it replays an item already recorded."""
        key = self._key_of(item)
        existing = self._by_key.get(key)
        if existing is None:
            self._by_key[key] = None
            return True
        if existing != item:
            raise DuplicateTransactionKey(key)
        return False

    def xǁKeyedJournalǁrecord__mutmut_7(self, item: T) -> bool:
        """Record `item`; True when it was new, False when it replays an item already recorded."""
        key = self._key_of(item)
        existing = self._by_key.get(key)
        if existing is None:
            self._by_key[key] = item
            return False
        if existing != item:
            raise DuplicateTransactionKey(key)
        return False

    def xǁKeyedJournalǁrecord__mutmut_8(self, item: T) -> bool:
        """Record `item`; True when it was new, False when it replays an item already recorded."""
        key = self._key_of(item)
        existing = self._by_key.get(key)
        if existing is None:
            self._by_key[key] = item
            return True
        if existing == item:
            raise DuplicateTransactionKey(key)
        return False

    def xǁKeyedJournalǁrecord__mutmut_9(self, item: T) -> bool:
        """Record `item`; True when it was new, False when it replays an item already recorded."""
        key = self._key_of(item)
        existing = self._by_key.get(key)
        if existing is None:
            self._by_key[key] = item
            return True
        if existing != item:
            raise DuplicateTransactionKey(None)
        return False

    def xǁKeyedJournalǁrecord__mutmut_10(self, item: T) -> bool:
        """Record `item`; True when it was new, False when it replays an item already recorded."""
        key = self._key_of(item)
        existing = self._by_key.get(key)
        if existing is None:
            self._by_key[key] = item
            return True
        if existing != item:
            raise DuplicateTransactionKey(key)
        return True

    @_mutmut_mutated(mutants_xǁKeyedJournalǁ__contains____mutmut)
    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def xǁKeyedJournalǁ__contains____mutmut_orig(self, key: object) -> bool:
        return key in self._by_key

    def xǁKeyedJournalǁ__contains____mutmut_1(self, key: object) -> bool:
        return key not in self._by_key

    def __len__(self) -> int:
        return len(self._by_key)

    @_mutmut_mutated(mutants_xǁKeyedJournalǁ__iter____mutmut)
    def __iter__(self) -> Iterator[T]:
        return iter(self._by_key.values())

    def xǁKeyedJournalǁ__iter____mutmut_orig(self) -> Iterator[T]:
        return iter(self._by_key.values())

    def xǁKeyedJournalǁ__iter____mutmut_1(self) -> Iterator[T]:
        return iter(None)

    @_mutmut_mutated(mutants_xǁKeyedJournalǁitems__mutmut)
    def items(self) -> tuple[T, ...]:
        return tuple(self._by_key.values())

    def xǁKeyedJournalǁitems__mutmut_orig(self) -> tuple[T, ...]:
        return tuple(self._by_key.values())

    def xǁKeyedJournalǁitems__mutmut_1(self) -> tuple[T, ...]:
        return tuple(None)

mutants_xǁKeyedJournalǁ__init____mutmut['_mutmut_orig'] = KeyedJournal.xǁKeyedJournalǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁ__init____mutmut['xǁKeyedJournalǁ__init____mutmut_1'] = KeyedJournal.xǁKeyedJournalǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁ__init____mutmut['xǁKeyedJournalǁ__init____mutmut_2'] = KeyedJournal.xǁKeyedJournalǁ__init____mutmut_2 # type: ignore # mutmut generated

mutants_xǁKeyedJournalǁrecord__mutmut['_mutmut_orig'] = KeyedJournal.xǁKeyedJournalǁrecord__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁrecord__mutmut['xǁKeyedJournalǁrecord__mutmut_1'] = KeyedJournal.xǁKeyedJournalǁrecord__mutmut_1 # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁrecord__mutmut['xǁKeyedJournalǁrecord__mutmut_2'] = KeyedJournal.xǁKeyedJournalǁrecord__mutmut_2 # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁrecord__mutmut['xǁKeyedJournalǁrecord__mutmut_3'] = KeyedJournal.xǁKeyedJournalǁrecord__mutmut_3 # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁrecord__mutmut['xǁKeyedJournalǁrecord__mutmut_4'] = KeyedJournal.xǁKeyedJournalǁrecord__mutmut_4 # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁrecord__mutmut['xǁKeyedJournalǁrecord__mutmut_5'] = KeyedJournal.xǁKeyedJournalǁrecord__mutmut_5 # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁrecord__mutmut['xǁKeyedJournalǁrecord__mutmut_6'] = KeyedJournal.xǁKeyedJournalǁrecord__mutmut_6 # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁrecord__mutmut['xǁKeyedJournalǁrecord__mutmut_7'] = KeyedJournal.xǁKeyedJournalǁrecord__mutmut_7 # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁrecord__mutmut['xǁKeyedJournalǁrecord__mutmut_8'] = KeyedJournal.xǁKeyedJournalǁrecord__mutmut_8 # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁrecord__mutmut['xǁKeyedJournalǁrecord__mutmut_9'] = KeyedJournal.xǁKeyedJournalǁrecord__mutmut_9 # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁrecord__mutmut['xǁKeyedJournalǁrecord__mutmut_10'] = KeyedJournal.xǁKeyedJournalǁrecord__mutmut_10 # type: ignore # mutmut generated

mutants_xǁKeyedJournalǁ__contains____mutmut['_mutmut_orig'] = KeyedJournal.xǁKeyedJournalǁ__contains____mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁ__contains____mutmut['xǁKeyedJournalǁ__contains____mutmut_1'] = KeyedJournal.xǁKeyedJournalǁ__contains____mutmut_1 # type: ignore # mutmut generated

mutants_xǁKeyedJournalǁ__iter____mutmut['_mutmut_orig'] = KeyedJournal.xǁKeyedJournalǁ__iter____mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁ__iter____mutmut['xǁKeyedJournalǁ__iter____mutmut_1'] = KeyedJournal.xǁKeyedJournalǁ__iter____mutmut_1 # type: ignore # mutmut generated

mutants_xǁKeyedJournalǁitems__mutmut['_mutmut_orig'] = KeyedJournal.xǁKeyedJournalǁitems__mutmut_orig # type: ignore # mutmut generated
mutants_xǁKeyedJournalǁitems__mutmut['xǁKeyedJournalǁitems__mutmut_1'] = KeyedJournal.xǁKeyedJournalǁitems__mutmut_1 # type: ignore # mutmut generated
