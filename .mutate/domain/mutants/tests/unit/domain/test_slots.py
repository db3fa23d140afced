"""domain._slots.slotted_init: the same construction as the dataclass's own __init__, or a refusal at import."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field

import pytest

from domain._slots import slotted_init
from domain.invoice import Invoice, InvoiceLine, Party
from tests.builders import an_invoice


@dataclass(frozen=True, slots=True)
class Plain:
    a: str
    b: int = 2
    c: list[int] = field(default_factory=list)


@slotted_init
@dataclass(frozen=True, slots=True)
class Quick:
    a: str
    b: int = 2
    c: list[int] = field(default_factory=list)


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [(("x",), {}), (("x", 3), {}), (("x",), {"c": [1]}), ((), {"a": "x", "b": 5, "c": []})],
)
def test_builds_what_the_dataclass_builds(args: tuple, kwargs: dict) -> None:  # type: ignore[type-arg]
    plain, quick = Plain(*args, **kwargs), Quick(*args, **kwargs)
    assert dataclasses.astuple(plain) == dataclasses.astuple(quick)
    assert repr(quick) == repr(plain).replace("Plain", "Quick")


def test_keeps_the_signature_and_the_rest_of_the_dataclass() -> None:
    assert list(inspect.signature(Quick).parameters) == ["a", "b", "c"]
    assert Quick("x").c is not Quick("x").c  # a default factory is called per instance
    with pytest.raises(dataclasses.FrozenInstanceError):
        Quick("x").a = "y"  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'a'"):
        Quick()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'd'"):
        Quick("x", d=1)  # type: ignore[call-arg]
    assert Quick("x") == Quick("x", 2, []) and hash(Quick("x", 2, None)) == hash(Quick("x", 2, None))  # type: ignore[arg-type]


def test_the_model_is_built_as_before() -> None:
    invoice = an_invoice(lines=3)
    assert dataclasses.replace(invoice) == invoice
    line = invoice.lines[0]
    assert InvoiceLine(**{f.name: getattr(line, f.name) for f in dataclasses.fields(line)}) == line
    assert Party("x").address == Party("y").address and Party("x").address is not Party("y").address
    assert Invoice.__init__.__qualname__ == "Invoice.__init__"


def test_refuses_what_it_cannot_reproduce() -> None:
    @dataclass(frozen=True)
    class NoSlots:
        a: str

    @dataclass(slots=True)
    class NotFrozen:
        a: str

    @dataclass(frozen=True, slots=True)
    class PostInit:
        a: str

        def __post_init__(self) -> None:
            pass

    @dataclass(frozen=True, slots=True)
    class NotInInit:
        a: str = field(default="", init=False)

    @dataclass(frozen=True, slots=True, kw_only=True)
    class KeywordOnly:
        a: str

    for cls in (NoSlots, NotFrozen, PostInit, NotInInit, KeywordOnly):
        with pytest.raises(TypeError):
            slotted_init(cls)
