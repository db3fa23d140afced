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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_slotted_init__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_slotted_init__mutmut)
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
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_orig(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_1(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = None
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_2(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(None, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_3(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, None, None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_4(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr("__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_5(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_6(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", )
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_7(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "XX__dataclass_params__XX", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_8(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__DATACLASS_PARAMS__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_9(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__ and hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_10(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen and "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_11(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None and not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_12(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is not None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_13(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_14(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "XX__slots__XX" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_15(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__SLOTS__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_16(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_17(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(None, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_18(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, None)
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_19(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr("__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_20(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, )
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_21(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "XX__post_init__XX")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_22(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__POST_INIT__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_23(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(None)
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_24(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = None  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_25(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = None  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_26(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(None)  # type: ignore[arg-type]
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_27(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) and any(not f.init or f.kw_only for f in fields):
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_28(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) == len(declared) or any(not f.init or f.kw_only for f in fields):
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_29(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(None):
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_30(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(not f.init and f.kw_only for f in fields):
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_31(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(f.init or f.kw_only for f in fields):
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_32(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(not f.init or f.kw_only for f in fields):
        raise TypeError(None)
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_33(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__} has fields an __init__ of this shape cannot reproduce")
    env: dict[str, Any] = None
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_34(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__} has fields an __init__ of this shape cannot reproduce")
    env: dict[str, Any] = {"XX_FACTORYXX": _FACTORY}
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_35(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__} has fields an __init__ of this shape cannot reproduce")
    env: dict[str, Any] = {"_factory": _FACTORY}
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_36(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__} has fields an __init__ of this shape cannot reproduce")
    env: dict[str, Any] = {"_FACTORY": _FACTORY}
    params_source, body = None
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_37(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__} has fields an __init__ of this shape cannot reproduce")
    env: dict[str, Any] = {"_FACTORY": _FACTORY}
    params_source, body = [], []
    for i, f in enumerate(None):
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_38(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__} has fields an __init__ of this shape cannot reproduce")
    env: dict[str, Any] = {"_FACTORY": _FACTORY}
    params_source, body = [], []
    for i, f in enumerate(fields):
        env[f"_set{i}"] = None
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_39(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__} has fields an __init__ of this shape cannot reproduce")
    env: dict[str, Any] = {"_FACTORY": _FACTORY}
    params_source, body = [], []
    for i, f in enumerate(fields):
        env[f"_set{i}"] = cls.__dict__[f.name].__set__
        if f.default is dataclasses.MISSING:
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_40(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__} has fields an __init__ of this shape cannot reproduce")
    env: dict[str, Any] = {"_FACTORY": _FACTORY}
    params_source, body = [], []
    for i, f in enumerate(fields):
        env[f"_set{i}"] = cls.__dict__[f.name].__set__
        if f.default is not dataclasses.MISSING:
            env[f"_default{i}"] = None
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_41(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__} has fields an __init__ of this shape cannot reproduce")
    env: dict[str, Any] = {"_FACTORY": _FACTORY}
    params_source, body = [], []
    for i, f in enumerate(fields):
        env[f"_set{i}"] = cls.__dict__[f.name].__set__
        if f.default is not dataclasses.MISSING:
            env[f"_default{i}"] = f.default
            params_source.append(None)
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_42(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if len(fields) != len(declared) or any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__} has fields an __init__ of this shape cannot reproduce")
    env: dict[str, Any] = {"_FACTORY": _FACTORY}
    params_source, body = [], []
    for i, f in enumerate(fields):
        env[f"_set{i}"] = cls.__dict__[f.name].__set__
        if f.default is not dataclasses.MISSING:
            env[f"_default{i}"] = f.default
            params_source.append(f"{f.name}=_default{i}")
        elif f.default_factory is dataclasses.MISSING:
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_43(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
            env[f"_factory{i}"] = None
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
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_44(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
            params_source.append(None)
            body.append(f"    if {f.name} is _FACTORY: {f.name} = _factory{i}()")
        else:
            params_source.append(f.name)
        body.append(f"    _set{i}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params_source)}):\n" + "\n".join(body or ["    pass"]) + "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_45(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
            body.append(None)
        else:
            params_source.append(f.name)
        body.append(f"    _set{i}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params_source)}):\n" + "\n".join(body or ["    pass"]) + "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_46(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
            params_source.append(None)
        body.append(f"    _set{i}(self, {f.name})")
    source = f"def __init__(self, {', '.join(params_source)}):\n" + "\n".join(body or ["    pass"]) + "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_47(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
        body.append(None)
    source = f"def __init__(self, {', '.join(params_source)}):\n" + "\n".join(body or ["    pass"]) + "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_48(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    source = None
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_49(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    source = f"def __init__(self, {', '.join(params_source)}):\n" + "\n".join(body or ["    pass"]) - "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_50(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    source = f"def __init__(self, {', '.join(params_source)}):\n" - "\n".join(body or ["    pass"]) + "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_51(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    source = f"def __init__(self, {', '.join(None)}):\n" + "\n".join(body or ["    pass"]) + "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_52(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    source = f"def __init__(self, {'XX, XX'.join(params_source)}):\n" + "\n".join(body or ["    pass"]) + "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_53(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    source = f"def __init__(self, {', '.join(params_source)}):\n" + "\n".join(None) + "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_54(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    source = f"def __init__(self, {', '.join(params_source)}):\n" + "XX\nXX".join(body or ["    pass"]) + "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_55(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    source = f"def __init__(self, {', '.join(params_source)}):\n" + "\n".join(body and ["    pass"]) + "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_56(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    source = f"def __init__(self, {', '.join(params_source)}):\n" + "\n".join(body or ["XX    passXX"]) + "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_57(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    source = f"def __init__(self, {', '.join(params_source)}):\n" + "\n".join(body or ["    PASS"]) + "\n"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_58(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    source = f"def __init__(self, {', '.join(params_source)}):\n" + "\n".join(body or ["    pass"]) + "XX\nXX"
    exec(source, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_59(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    exec(None, env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_60(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    exec(source, None)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_61(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    exec(env)  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_62(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    exec(source, )  # noqa: S102 - the source holds the class's own field names only
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_63(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    init = None
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_64(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    init = env["XX__init__XX"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_65(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    init = env["__INIT__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_66(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    init.__qualname__ = None
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_67(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    init.__doc__ = None
    cls.__init__ = init  # type: ignore[misc]
    return cls


def x_slotted_init__mutmut_68(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass `cls` an `__init__` filling its slots through their descriptors."""
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or "__slots__" not in cls.__dict__
        or hasattr(cls, "__post_init__")
    ):
        raise TypeError(f"{cls.__name__} is not a frozen, slotted dataclass without __post_init__")
    declared = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
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
    cls.__init__ = None  # type: ignore[misc]
    return cls

mutants_x_slotted_init__mutmut['_mutmut_orig'] = x_slotted_init__mutmut_orig # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_1'] = x_slotted_init__mutmut_1 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_2'] = x_slotted_init__mutmut_2 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_3'] = x_slotted_init__mutmut_3 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_4'] = x_slotted_init__mutmut_4 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_5'] = x_slotted_init__mutmut_5 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_6'] = x_slotted_init__mutmut_6 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_7'] = x_slotted_init__mutmut_7 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_8'] = x_slotted_init__mutmut_8 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_9'] = x_slotted_init__mutmut_9 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_10'] = x_slotted_init__mutmut_10 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_11'] = x_slotted_init__mutmut_11 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_12'] = x_slotted_init__mutmut_12 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_13'] = x_slotted_init__mutmut_13 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_14'] = x_slotted_init__mutmut_14 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_15'] = x_slotted_init__mutmut_15 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_16'] = x_slotted_init__mutmut_16 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_17'] = x_slotted_init__mutmut_17 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_18'] = x_slotted_init__mutmut_18 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_19'] = x_slotted_init__mutmut_19 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_20'] = x_slotted_init__mutmut_20 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_21'] = x_slotted_init__mutmut_21 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_22'] = x_slotted_init__mutmut_22 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_23'] = x_slotted_init__mutmut_23 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_24'] = x_slotted_init__mutmut_24 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_25'] = x_slotted_init__mutmut_25 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_26'] = x_slotted_init__mutmut_26 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_27'] = x_slotted_init__mutmut_27 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_28'] = x_slotted_init__mutmut_28 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_29'] = x_slotted_init__mutmut_29 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_30'] = x_slotted_init__mutmut_30 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_31'] = x_slotted_init__mutmut_31 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_32'] = x_slotted_init__mutmut_32 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_33'] = x_slotted_init__mutmut_33 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_34'] = x_slotted_init__mutmut_34 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_35'] = x_slotted_init__mutmut_35 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_36'] = x_slotted_init__mutmut_36 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_37'] = x_slotted_init__mutmut_37 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_38'] = x_slotted_init__mutmut_38 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_39'] = x_slotted_init__mutmut_39 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_40'] = x_slotted_init__mutmut_40 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_41'] = x_slotted_init__mutmut_41 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_42'] = x_slotted_init__mutmut_42 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_43'] = x_slotted_init__mutmut_43 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_44'] = x_slotted_init__mutmut_44 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_45'] = x_slotted_init__mutmut_45 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_46'] = x_slotted_init__mutmut_46 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_47'] = x_slotted_init__mutmut_47 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_48'] = x_slotted_init__mutmut_48 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_49'] = x_slotted_init__mutmut_49 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_50'] = x_slotted_init__mutmut_50 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_51'] = x_slotted_init__mutmut_51 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_52'] = x_slotted_init__mutmut_52 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_53'] = x_slotted_init__mutmut_53 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_54'] = x_slotted_init__mutmut_54 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_55'] = x_slotted_init__mutmut_55 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_56'] = x_slotted_init__mutmut_56 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_57'] = x_slotted_init__mutmut_57 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_58'] = x_slotted_init__mutmut_58 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_59'] = x_slotted_init__mutmut_59 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_60'] = x_slotted_init__mutmut_60 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_61'] = x_slotted_init__mutmut_61 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_62'] = x_slotted_init__mutmut_62 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_63'] = x_slotted_init__mutmut_63 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_64'] = x_slotted_init__mutmut_64 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_65'] = x_slotted_init__mutmut_65 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_66'] = x_slotted_init__mutmut_66 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_67'] = x_slotted_init__mutmut_67 # type: ignore # mutmut generated
mutants_x_slotted_init__mutmut['x_slotted_init__mutmut_68'] = x_slotted_init__mutmut_68 # type: ignore # mutmut generated
