"""Lossless JSON-ready (de)serialisation of the domain's dataclasses, and the request fingerprint.

The encoding is driven by the dataclasses' type hints, so a field added to the model with a default is
handled without touching this module. Decimals travel as strings (exact, never float), dates and datetimes
in ISO 8601, enums by value, tuples as lists. Fields equal to their default are left out: the stored content
stays small and the fingerprint of a request does not change when the model gains an optional field.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from domain.emission import InvoiceEvent
from domain.findings import Finding
from domain.invoice import Invoice

T = TypeVar("T")

JsonValue = None | bool | int | str | list["JsonValue"] | dict[str, "JsonValue"]


class CorruptContent(ValueError):
    """Stored or submitted content that does not decode to the model (a bug or a tampered row)."""


def to_json_value(value: object) -> JsonValue:
    """A dataclass instance (or any value of a supported field type) as plain JSON values."""
    if value is None or isinstance(value, bool | int | str) and not isinstance(value, Enum):
        return value  # type: ignore[return-value]
    if isinstance(value, Enum):
        return to_json_value(value.value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_json_value(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, JsonValue] = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if _is_default(f, item):
                continue
            out[f.name] = to_json_value(item)
        return out
    raise TypeError(f"cannot serialise {type(value).__name__}")


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


def event_to_dict(event: InvoiceEvent) -> dict[str, JsonValue]:
    out = to_json_value(event)
    assert isinstance(out, dict)
    return out


def canonical_json(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def invoice_fingerprint(invoice: Invoice) -> str:
    """SHA-256 (hex) of the canonical JSON of the invoice: equal content, equal fingerprint."""
    return hashlib.sha256(canonical_json(invoice_to_dict(invoice)).encode("ascii")).hexdigest()


def _is_default(f: dataclasses.Field[Any], value: object) -> bool:
    # Compared through the encoding: Decimal("0.00") == Decimal("0"), yet they must not be confused.
    if f.default is not dataclasses.MISSING:
        default = f.default
    elif f.default_factory is not dataclasses.MISSING:
        default = f.default_factory()
    else:
        return False
    return type(value) is type(default) and to_json_value(value) == to_json_value(default)


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
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
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
