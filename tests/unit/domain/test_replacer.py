"""totals._replacer: the generated copy-with-changes used on every computed invoice, called here at run time
(the module calls it once at import, where a mutation tool cannot switch it).

It remembers what it generated, per class and changed fields: a test that must see the generation run (not the
memo, which a mutation run fills before it forks its workers) asks for a class made for that test."""

from __future__ import annotations

from dataclasses import dataclass, make_dataclass
from decimal import Decimal

import pytest

from domain.invoice import InvoiceLine
from domain.totals import _replacer
from tests.builders import a_line


def test_a_replacer_copies_every_field_and_replaces_the_changed_ones() -> None:
    line = a_line(quantity="3", price="1.25")
    with_net = _replacer(InvoiceLine, ("net_amount", "note"))

    copy = with_net(line, Decimal("3.75"), "copied")

    assert copy == InvoiceLine(
        id=line.id,
        quantity=line.quantity,
        unit_code=line.unit_code,
        net_price=line.net_price,
        item=line.item,
        vat_category=line.vat_category,
        vat_rate=line.vat_rate,
        net_amount=Decimal("3.75"),
        note="copied",
    )
    assert line.net_amount is None and copy is not line


def test_a_replacer_is_generated_once_per_class_and_fields() -> None:
    assert _replacer(InvoiceLine, ("note",)) is _replacer(InvoiceLine, ("note",))
    assert _replacer(InvoiceLine, ("note",)) is not _replacer(InvoiceLine, ("net_amount",))


@dataclass(frozen=True)
class _NoSlots:
    value: int


@dataclass(frozen=True, slots=True)
class _Clash:
    obj: int
    other: int = 0


@dataclass(frozen=True, slots=True)
class _ClashNew:
    new: int
    other: int = 0


@pytest.mark.parametrize(
    ("cls", "changed", "message"),
    [
        (
            InvoiceLine,
            ("no_such_field",),
            "cannot generate a copy of InvoiceLine replacing ('no_such_field',)",
        ),
        (_NoSlots, ("value",), "cannot generate a copy of _NoSlots replacing ('value',)"),
        (_Clash, ("other",), "cannot generate a copy of _Clash replacing ('other',)"),
        (_ClashNew, ("other",), "cannot generate a copy of _ClashNew replacing ('other',)"),
    ],
)
def test_a_replacer_refuses_what_it_cannot_copy(cls: type, changed: tuple[str, ...], message: str) -> None:
    with pytest.raises(TypeError) as refused:
        _replacer(cls, changed)
    assert str(refused.value) == message


def _fresh_class() -> type:
    """A frozen, slotted dataclass no replacer was generated for yet (a new class at every call)."""
    return make_dataclass("Fresh", [("a", int), ("b", str), ("c", int, 0)], frozen=True, slots=True)


@pytest.mark.parametrize(
    ("changed", "values", "expected"),
    [
        (("a",), (9,), (9, "x", 3)),
        (("b",), ("y",), (1, "y", 3)),
        (("c", "a"), (7, 8), (8, "x", 7)),  # the values in the order of `changed`, not of the fields
        (("a", "b", "c"), (4, "z", 6), (4, "z", 6)),
        ((), (), (1, "x", 3)),
    ],
)
def test_a_generated_replacer_sets_the_changed_fields_and_copies_the_others(
    changed: tuple[str, ...], values: tuple[object, ...], expected: tuple[object, ...]
) -> None:
    fresh = _fresh_class()
    original = fresh(1, "x", 3)

    copy = _replacer(fresh, changed)(original, *values)

    assert type(copy) is fresh and copy is not original
    assert (copy.a, copy.b, copy.c) == expected
    assert (original.a, original.b, original.c) == (1, "x", 3)
    assert _replacer(fresh, changed) is _replacer(fresh, changed)


@pytest.mark.parametrize("name", ["obj", "new"])
def test_a_fresh_class_with_a_field_named_like_the_replacer_variables_is_refused(name: str) -> None:
    clash = make_dataclass("Clash", [(name, int), ("other", int, 0)], frozen=True, slots=True)
    with pytest.raises(TypeError, match="cannot generate a copy of Clash"):
        _replacer(clash, ("other",))


def test_a_fresh_class_without_slots_is_refused() -> None:
    plain = make_dataclass("Plain", [("a", int)], frozen=True)
    with pytest.raises(TypeError, match="cannot generate a copy of Plain"):
        _replacer(plain, ("a",))
