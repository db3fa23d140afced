"""totals._replacer: the generated copy-with-changes used on every computed invoice, called here at run time
(the module calls it once at import, where a mutation tool cannot switch it)."""

from __future__ import annotations

from dataclasses import dataclass
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
