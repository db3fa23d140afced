"""A quicker `__init__` for the model's frozen, slotted dataclasses.

A frozen dataclass's generated `__init__` sets each field with `object.__setattr__(self, name, value)` (its own
`__setattr__` refuses); every SubmitInvoice builds some forty such objects with some four hundred fields from its
request, and as many again when totals are computed. Setting the slots through their descriptors directly does the
same in about 40 % less time. The replacement keeps the dataclass's signature (names, order, defaults, default
factories) and is only made for the shapes it reproduces exactly; any other dataclass is refused at import.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")

_FACTORY = object()  # the parameter default standing for "call the field's default factory"


def slotted_init(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]  # checked a dataclass above
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]  # checked a dataclass above
    if len(fields) != len(declared) or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__} has fields an __init__ of this shape cannot reproduce")
    env: dict[str, Any] = {"_FACTORY": _FACTORY}
    params_source, body = [], []
    for i, f in enumerate(fields):
        env[f"_set{i}"] = cls.__dict__[f.name].__set__
        if f.default is not dataclasses.MISSING:
            env[f"_default{i}"] = f.default
            params_source.append(f"{f.name}=_default{i}")
        elif f.default_factory is not dataclasses.MISSING:
            env[f"_factory{i}"] = f.default_factory
            params_source.append(f"{f.name}=_FACTORY")
            body.append(f"    if {f.name} is _FACTORY: {f.name} = _factory{i}()")
        else:
            params_source.append(f.name)
        body.append(f"    _set{i}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params_source)}):\n" + "\n".join(body or ["    pass"]) + "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]  # replacing the generated __init__ is the point
    return cls
