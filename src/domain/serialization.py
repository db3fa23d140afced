"""Lossless JSON-ready (de)serialisation of the domain's dataclasses, and the request fingerprint.

The encoding is driven by the dataclasses' type hints, so a field added to the model with a default is
handled without touching this module. Decimals travel as strings (exact, never float), dates and datetimes
in ISO 8601, enums by value, tuples as lists. Fields equal to their default are left out: the stored content
stays small and the fingerprint of a request does not change when the model gains an optional field.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import types
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from domain.emission import InvoiceEvent
from domain.findings import Conclusion, Finding, LayerVerdict
from domain.invoice import Invoice

T = TypeVar("T")

JsonValue = None | bool | int | str | list["JsonValue"] | dict[str, "JsonValue"]


class CorruptContent(ValueError):
    """Stored or submitted content that does not decode to the model (a bug or a tampered row)."""


def to_json_value(value: object) -> JsonValue:
    """A dataclass instance (or any value of a supported field type) as plain JSON values.

    Inside `reusing_encodings()`, results share the encodings of immutable objects already encoded in that block:
    treat what this returns as read-only."""
    kind = type(value)
    if kind in _PLAIN:
        return value  # type: ignore[return-value]  # one of the _PLAIN JSON scalars
    encode = _ENCODERS.get(kind)
    if encode is None:
        encode = _ENCODERS[kind] = _encoder(kind)
    return encode(value)


@contextmanager
def reusing_encodings() -> Iterator[None]:
    """Within this block, an immutable dataclass instance is encoded once: encoding it again (e.g. an invoice's
    parties, once for the request fingerprint and once more inside the invoice with computed totals that is stored)
    returns the first encoding. Identity-keyed, so the instances are held until the block ends."""
    token = _memo_var.set({})
    try:
        yield
    finally:
        _memo_var.reset(token)


def from_json_value(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(tp)(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(f"cannot decode {getattr(tp, '__name__', tp)}: {exc}") from exc


def invoice_to_dict(invoice: Invoice) -> dict[str, JsonValue]:
    out = to_json_value(invoice)
    assert isinstance(out, dict)
    return out


def invoice_from_dict(data: dict[str, JsonValue]) -> Invoice:
    return typing.cast(Invoice, from_json_value(Invoice, data))


def findings_to_list(findings: tuple[Finding, ...] | list[Finding]) -> list[JsonValue]:
    return [to_json_value(f) for f in findings]


def findings_from_list(data: list[JsonValue]) -> tuple[Finding, ...]:
    return tuple(from_json_value(Finding, item) for item in data)


def verdicts_to_lists(
    layers: tuple[LayerVerdict, ...], conclusions: tuple[Conclusion, ...]
) -> tuple[list[JsonValue], list[JsonValue]]:
    """A report's per-layer verdicts and its conclusions, as stored (received invoices)."""
    return [to_json_value(v) for v in layers], [to_json_value(c) for c in conclusions]


def verdicts_from_lists(
    layers: list[JsonValue], conclusions: list[JsonValue]
) -> tuple[tuple[LayerVerdict, ...], tuple[Conclusion, ...]]:
    return (
        tuple(from_json_value(LayerVerdict, item) for item in layers),
        tuple(from_json_value(Conclusion, item) for item in conclusions),
    )


# What an event's history keeps; who acted (`acting`) and its audit entry's `facts` are the audit log's.
_HISTORY_FIELDS = ("kind", "at", "state", "status_code", "detail", "findings")


def event_to_dict(event: InvoiceEvent) -> dict[str, JsonValue]:
    return {name: to_json_value(getattr(event, name)) for name in _HISTORY_FIELDS}


def canonical_json(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def invoice_fingerprint(invoice: Invoice, text: Callable[[JsonValue], str] = canonical_json) -> str:
    """SHA-256 (hex) of the canonical JSON of the invoice: equal content, equal fingerprint. `text` may be a faster
    function giving exactly canonical_json's text (adapters.json_text)."""
    return hashlib.sha256(text(invoice_to_dict(invoice)).encode("ascii")).hexdigest()


_NO_DEFAULT = object()
_PLAIN = frozenset({type(None), bool, int, str})
_ENCODERS: dict[type, Callable[[Any], JsonValue]] = {}
_memo_var: ContextVar[dict[int, tuple[object, JsonValue]] | None] = ContextVar("json_memo", default=None)


def _encoder(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, bytes):
        return lambda v: base64.b64encode(v).decode("ascii")  # BT-125 attachments
    if issubclass(kind, datetime | date):
        return kind.isoformat
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def _dataclass_encoder(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"_PLAIN": _PLAIN, "_enc": to_json_value}
    body = ["def encode(v):", "    out = {}"]
    _building.add(cls)
    try:
        for i, (name, default) in enumerate(plan):
            body.append(f"    x = v.{name}")
            body += _field_conversion(hints[name], env)
            if default is _NO_DEFAULT:
                body.append(f"    out[{name!r}] = x")
            else:
                env[f"d{i}"] = default
                body.append(f"    if x != d{i}: out[{name!r}] = x")
    finally:
        _building.discard(cls)
    body.append("    return out")
    exec("\n".join(body), env)  # noqa: S102 - the source is built from the class's own field names and types
    encode: Callable[[Any], JsonValue] = env["encode"]
    if not _immutable(cls):
        return encode

    def memoized(v: Any) -> JsonValue:
        memo = _memo_var.get()
        if memo is None:
            return encode(v)
        hit = memo.get(id(v))
        if hit is not None and hit[0] is v:
            return hit[1]
        out = encode(v)
        memo[id(v)] = (v, out)
        return out

    return memoized


# Dataclasses whose encoder is being built: a field of such a type (a cycle) is encoded through `to_json_value`.
_building: set[type] = set()


def _field_conversion(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _direct(args[0], env, "i")
        if item is None:
            return [
                "    if x.__class__ is tuple: x = [_enc(i) for i in x]",
                "    elif x.__class__ not in _PLAIN: x = _enc(x)",
            ]
        test, value = item
        return [
            f"    if x.__class__ is tuple: x = [{value} if {test} else _enc(i) for i in x]",
            "    elif x.__class__ not in _PLAIN: x = _enc(x)",
        ]
    direct = _direct(tp, env, "x")
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def _direct(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', '_')}"
    env[name] = tp
    test = f"{var}.__class__ is {name}"
    if issubclass(tp, Enum):
        if not all(type(m.value) in _PLAIN for m in tp):
            return None
        return test, f"{var}._value_"
    if tp is Decimal:
        env["_str"] = str
        return test, f"_str({var})"
    if tp in (date, datetime):
        return test, f"{var}.isoformat()"
    if dataclasses.is_dataclass(tp) and tp not in _building:
        encode = _ENCODERS.get(tp)
        if encode is None:
            encode = _ENCODERS[tp] = _encoder(tp)
        env[f"e_{name}"] = encode
        return test, f"e_{name}({var})"
    return None


@cache
def _immutable(tp: Any) -> bool:
    """A frozen dataclass whose fields can only hold immutable values: its encoding never changes."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return all(_immutable(a) for a in args)
    if origin is tuple:
        return all(_immutable(a) for a in args if a is not Ellipsis)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not tp.__dataclass_params__.frozen:  # type: ignore[attr-defined]  # set on every dataclass, not in typeshed
            return False
        hints = typing.get_type_hints(tp)
        return all(_immutable(hints[f.name]) for f in dataclasses.fields(tp))
    return tp in (type(None), bool, int, str, bytes, Decimal, date, datetime) or (
        isinstance(tp, type) and issubclass(tp, Enum)
    )


@cache
def _field_defaults(cls: type) -> list[tuple[str, object]]:
    """Each field with its default as encoded: compared through the encoding, Decimal("0.00") is not
    Decimal("0"), and a value equal to its default is left out."""
    plan: list[tuple[str, object]] = []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            plan.append((f.name, to_json_value(f.default)))
        elif f.default_factory is not dataclasses.MISSING:
            plan.append((f.name, to_json_value(f.default_factory())))
        else:
            plan.append((f.name, _NO_DEFAULT))
    return plan


@cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"unsupported union {tp}")
        decode_inner = _decoder(inner[0])
        return lambda v: None if v is None else decode_inner(v)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            decode_item = _decoder(args[0])
            return lambda v: tuple(decode_item(item) for item in _as_list(v))
        decoders = [_decoder(a) for a in args]
        return lambda v: tuple(d(item) for d, item in zip(decoders, _as_list(v), strict=True))
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            return _dataclass_decoder(tp)
        if issubclass(tp, Enum):
            return tp
        if tp is Decimal:
            return _decimal
        if tp is bytes:
            return lambda v: base64.b64decode(_as_str(v), validate=True)
        if tp is datetime:
            return lambda v: datetime.fromisoformat(_as_str(v))
        if tp is date:
            return lambda v: date.fromisoformat(_as_str(v))
        if tp is bool:
            return _as_bool
        if tp is int:
            return _as_int
        if tp is str:
            return _as_str
    raise TypeError(f"unsupported field type {tp}")


def _dataclass_decoder(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]  # a dataclass
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(v).__name__}")
        unknown = set(v) - names
        if unknown:
            raise KeyError(f"unknown fields {sorted(unknown)}")
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name in v})

    return decode


def _decimal(v: Any) -> Decimal:
    value = Decimal(_as_str(v))
    if not value.is_finite():
        raise ValueError(f"{v!r} is not a finite decimal")
    return value


def _as_str(v: Any) -> str:
    if not isinstance(v, str):
        raise TypeError(f"expected a string, got {type(v).__name__}")
    return v


def _as_bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise TypeError(f"expected a boolean, got {type(v).__name__}")
    return v


def _as_int(v: Any) -> int:
    if not isinstance(v, int) or isinstance(v, bool):
        raise TypeError(f"expected an integer, got {type(v).__name__}")
    return v


def _as_list(v: Any) -> list[Any]:
    if not isinstance(v, list):
        raise TypeError(f"expected a list, got {type(v).__name__}")
    return v
