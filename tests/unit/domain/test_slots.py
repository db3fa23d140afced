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


def _quick_at_run_time() -> type:
    """A class given its __init__ while the test runs (a mutation tool can switch only what runs in a test)."""

    @dataclass(frozen=True, slots=True)
    class Late:
        """Late's own docstring."""

        a: str
        b: int = 2
        c: list[int] = field(default_factory=list)

    doc = Late.__init__.__doc__
    assert slotted_init(Late) is Late
    assert Late.__init__.__doc__ == doc
    return Late


def test_an_init_made_at_run_time_builds_what_the_dataclass_builds() -> None:
    late = _quick_at_run_time()

    built = late("x"), late("x", 3), late("x", c=[1]), late(a="y", b=5, c=[])

    assert [dataclasses.astuple(b) for b in built] == [
        ("x", 2, []),
        ("x", 3, []),
        ("x", 2, [1]),
        ("y", 5, []),
    ]
    assert late("x").c is not late("x").c
    assert late.__init__.__qualname__.endswith("Late.__init__")
    assert list(inspect.signature(late).parameters) == ["a", "b", "c"]


def test_a_class_without_fields_gets_an_init_that_takes_nothing() -> None:
    @dataclass(frozen=True, slots=True)
    class Empty:
        pass

    assert slotted_init(Empty)() == Empty()


def test_shapes_it_cannot_reproduce_are_refused_by_name() -> None:
    @dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclass(slots=True)
    class NotFrozen:
        a: int

    @dataclass(frozen=True, slots=True)
    class PostInit:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclass(frozen=True, slots=True)
    class KwOnly:
        a: int = field(kw_only=True)

    @dataclass(frozen=True, slots=True)
    class NoInitField:
        a: int = field(init=False, default=1)

    @dataclass(frozen=True, slots=True)
    class WithInitVar:
        a: int
        b: dataclasses.InitVar[int] = 0

    class NotADataclass:
        __slots__ = ("a",)

    for cls in (NoSlots, NotFrozen, PostInit, NotADataclass):
        with pytest.raises(TypeError) as refused:
            slotted_init(cls)
        assert (
            str(refused.value) == f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__"
        )
    for cls in (KwOnly, NoInitField, WithInitVar):
        with pytest.raises(TypeError) as refused:
            slotted_init(cls)
        assert str(refused.value) == f"{cls.__name__} has fields an __init__ of this shape cannot reproduce"
