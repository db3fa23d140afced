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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class CorruptContent(ValueError):
    """Stored or submitted content that does not decode to the model (a bug or a tampered row)."""
mutants_x_to_json_value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_to_json_value__mutmut)
def to_json_value(value: object) -> JsonValue:
    """A dataclass instance (or any value of a supported field type) as plain JSON values.

    Inside `reusing_encodings()`, results share the encodings of immutable objects already encoded in that block:
    treat what this returns as read-only."""
    kind = type(value)
    if kind in _PLAIN:
        return value  # type: ignore[return-value]
    encode = _ENCODERS.get(kind)
    if encode is None:
        encode = _ENCODERS[kind] = _encoder(kind)
    return encode(value)


def x_to_json_value__mutmut_orig(value: object) -> JsonValue:
    """A dataclass instance (or any value of a supported field type) as plain JSON values.

    Inside `reusing_encodings()`, results share the encodings of immutable objects already encoded in that block:
    treat what this returns as read-only."""
    kind = type(value)
    if kind in _PLAIN:
        return value  # type: ignore[return-value]
    encode = _ENCODERS.get(kind)
    if encode is None:
        encode = _ENCODERS[kind] = _encoder(kind)
    return encode(value)


def x_to_json_value__mutmut_1(value: object) -> JsonValue:
    """A dataclass instance (or any value of a supported field type) as plain JSON values.

    Inside `reusing_encodings()`, results share the encodings of immutable objects already encoded in that block:
    treat what this returns as read-only."""
    kind = None
    if kind in _PLAIN:
        return value  # type: ignore[return-value]
    encode = _ENCODERS.get(kind)
    if encode is None:
        encode = _ENCODERS[kind] = _encoder(kind)
    return encode(value)


def x_to_json_value__mutmut_2(value: object) -> JsonValue:
    """A dataclass instance (or any value of a supported field type) as plain JSON values.

    Inside `reusing_encodings()`, results share the encodings of immutable objects already encoded in that block:
    treat what this returns as read-only."""
    kind = type(None)
    if kind in _PLAIN:
        return value  # type: ignore[return-value]
    encode = _ENCODERS.get(kind)
    if encode is None:
        encode = _ENCODERS[kind] = _encoder(kind)
    return encode(value)


def x_to_json_value__mutmut_3(value: object) -> JsonValue:
    """A dataclass instance (or any value of a supported field type) as plain JSON values.

    Inside `reusing_encodings()`, results share the encodings of immutable objects already encoded in that block:
    treat what this returns as read-only."""
    kind = type(value)
    if kind not in _PLAIN:
        return value  # type: ignore[return-value]
    encode = _ENCODERS.get(kind)
    if encode is None:
        encode = _ENCODERS[kind] = _encoder(kind)
    return encode(value)


def x_to_json_value__mutmut_4(value: object) -> JsonValue:
    """A dataclass instance (or any value of a supported field type) as plain JSON values.

    Inside `reusing_encodings()`, results share the encodings of immutable objects already encoded in that block:
    treat what this returns as read-only."""
    kind = type(value)
    if kind in _PLAIN:
        return value  # type: ignore[return-value]
    encode = None
    if encode is None:
        encode = _ENCODERS[kind] = _encoder(kind)
    return encode(value)


def x_to_json_value__mutmut_5(value: object) -> JsonValue:
    """A dataclass instance (or any value of a supported field type) as plain JSON values.

    Inside `reusing_encodings()`, results share the encodings of immutable objects already encoded in that block:
    treat what this returns as read-only."""
    kind = type(value)
    if kind in _PLAIN:
        return value  # type: ignore[return-value]
    encode = _ENCODERS.get(None)
    if encode is None:
        encode = _ENCODERS[kind] = _encoder(kind)
    return encode(value)


def x_to_json_value__mutmut_6(value: object) -> JsonValue:
    """A dataclass instance (or any value of a supported field type) as plain JSON values.

    Inside `reusing_encodings()`, results share the encodings of immutable objects already encoded in that block:
    treat what this returns as read-only."""
    kind = type(value)
    if kind in _PLAIN:
        return value  # type: ignore[return-value]
    encode = _ENCODERS.get(kind)
    if encode is not None:
        encode = _ENCODERS[kind] = _encoder(kind)
    return encode(value)


def x_to_json_value__mutmut_7(value: object) -> JsonValue:
    """A dataclass instance (or any value of a supported field type) as plain JSON values.

    Inside `reusing_encodings()`, results share the encodings of immutable objects already encoded in that block:
    treat what this returns as read-only."""
    kind = type(value)
    if kind in _PLAIN:
        return value  # type: ignore[return-value]
    encode = _ENCODERS.get(kind)
    if encode is None:
        encode = _ENCODERS[kind] = None
    return encode(value)


def x_to_json_value__mutmut_8(value: object) -> JsonValue:
    """A dataclass instance (or any value of a supported field type) as plain JSON values.

    Inside `reusing_encodings()`, results share the encodings of immutable objects already encoded in that block:
    treat what this returns as read-only."""
    kind = type(value)
    if kind in _PLAIN:
        return value  # type: ignore[return-value]
    encode = _ENCODERS.get(kind)
    if encode is None:
        encode = _ENCODERS[kind] = _encoder(None)
    return encode(value)


def x_to_json_value__mutmut_9(value: object) -> JsonValue:
    """A dataclass instance (or any value of a supported field type) as plain JSON values.

    Inside `reusing_encodings()`, results share the encodings of immutable objects already encoded in that block:
    treat what this returns as read-only."""
    kind = type(value)
    if kind in _PLAIN:
        return value  # type: ignore[return-value]
    encode = _ENCODERS.get(kind)
    if encode is None:
        encode = _ENCODERS[kind] = _encoder(kind)
    return encode(None)

mutants_x_to_json_value__mutmut['_mutmut_orig'] = x_to_json_value__mutmut_orig # type: ignore # mutmut generated
mutants_x_to_json_value__mutmut['x_to_json_value__mutmut_1'] = x_to_json_value__mutmut_1 # type: ignore # mutmut generated
mutants_x_to_json_value__mutmut['x_to_json_value__mutmut_2'] = x_to_json_value__mutmut_2 # type: ignore # mutmut generated
mutants_x_to_json_value__mutmut['x_to_json_value__mutmut_3'] = x_to_json_value__mutmut_3 # type: ignore # mutmut generated
mutants_x_to_json_value__mutmut['x_to_json_value__mutmut_4'] = x_to_json_value__mutmut_4 # type: ignore # mutmut generated
mutants_x_to_json_value__mutmut['x_to_json_value__mutmut_5'] = x_to_json_value__mutmut_5 # type: ignore # mutmut generated
mutants_x_to_json_value__mutmut['x_to_json_value__mutmut_6'] = x_to_json_value__mutmut_6 # type: ignore # mutmut generated
mutants_x_to_json_value__mutmut['x_to_json_value__mutmut_7'] = x_to_json_value__mutmut_7 # type: ignore # mutmut generated
mutants_x_to_json_value__mutmut['x_to_json_value__mutmut_8'] = x_to_json_value__mutmut_8 # type: ignore # mutmut generated
mutants_x_to_json_value__mutmut['x_to_json_value__mutmut_9'] = x_to_json_value__mutmut_9 # type: ignore # mutmut generated


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
mutants_x_from_json_value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_from_json_value__mutmut)
def from_json_value(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(tp)(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(f"cannot decode {getattr(tp, '__name__', tp)}: {exc}") from exc


def x_from_json_value__mutmut_orig(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(tp)(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(f"cannot decode {getattr(tp, '__name__', tp)}: {exc}") from exc


def x_from_json_value__mutmut_1(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(tp)(None)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(f"cannot decode {getattr(tp, '__name__', tp)}: {exc}") from exc


def x_from_json_value__mutmut_2(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(None)(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(f"cannot decode {getattr(tp, '__name__', tp)}: {exc}") from exc


def x_from_json_value__mutmut_3(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(tp)(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(None) from exc


def x_from_json_value__mutmut_4(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(tp)(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(f"cannot decode {getattr(None, '__name__', tp)}: {exc}") from exc


def x_from_json_value__mutmut_5(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(tp)(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(f"cannot decode {getattr(tp, None, tp)}: {exc}") from exc


def x_from_json_value__mutmut_6(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(tp)(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(f"cannot decode {getattr(tp, '__name__', None)}: {exc}") from exc


def x_from_json_value__mutmut_7(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(tp)(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(f"cannot decode {getattr('__name__', tp)}: {exc}") from exc


def x_from_json_value__mutmut_8(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(tp)(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(f"cannot decode {getattr(tp, tp)}: {exc}") from exc


def x_from_json_value__mutmut_9(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(tp)(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(f"cannot decode {getattr(tp, '__name__', )}: {exc}") from exc


def x_from_json_value__mutmut_10(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(tp)(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(f"cannot decode {getattr(tp, 'XX__name__XX', tp)}: {exc}") from exc


def x_from_json_value__mutmut_11(tp: Any, data: JsonValue) -> Any:
    """The inverse of `to_json_value` for the type `tp` (a dataclass or a field type)."""
    try:
        return _decoder(tp)(data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise CorruptContent(f"cannot decode {getattr(tp, '__NAME__', tp)}: {exc}") from exc

mutants_x_from_json_value__mutmut['_mutmut_orig'] = x_from_json_value__mutmut_orig # type: ignore # mutmut generated
mutants_x_from_json_value__mutmut['x_from_json_value__mutmut_1'] = x_from_json_value__mutmut_1 # type: ignore # mutmut generated
mutants_x_from_json_value__mutmut['x_from_json_value__mutmut_2'] = x_from_json_value__mutmut_2 # type: ignore # mutmut generated
mutants_x_from_json_value__mutmut['x_from_json_value__mutmut_3'] = x_from_json_value__mutmut_3 # type: ignore # mutmut generated
mutants_x_from_json_value__mutmut['x_from_json_value__mutmut_4'] = x_from_json_value__mutmut_4 # type: ignore # mutmut generated
mutants_x_from_json_value__mutmut['x_from_json_value__mutmut_5'] = x_from_json_value__mutmut_5 # type: ignore # mutmut generated
mutants_x_from_json_value__mutmut['x_from_json_value__mutmut_6'] = x_from_json_value__mutmut_6 # type: ignore # mutmut generated
mutants_x_from_json_value__mutmut['x_from_json_value__mutmut_7'] = x_from_json_value__mutmut_7 # type: ignore # mutmut generated
mutants_x_from_json_value__mutmut['x_from_json_value__mutmut_8'] = x_from_json_value__mutmut_8 # type: ignore # mutmut generated
mutants_x_from_json_value__mutmut['x_from_json_value__mutmut_9'] = x_from_json_value__mutmut_9 # type: ignore # mutmut generated
mutants_x_from_json_value__mutmut['x_from_json_value__mutmut_10'] = x_from_json_value__mutmut_10 # type: ignore # mutmut generated
mutants_x_from_json_value__mutmut['x_from_json_value__mutmut_11'] = x_from_json_value__mutmut_11 # type: ignore # mutmut generated
mutants_x_invoice_to_dict__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_invoice_to_dict__mutmut)
def invoice_to_dict(invoice: Invoice) -> dict[str, JsonValue]:
    out = to_json_value(invoice)
    assert isinstance(out, dict)
    return out


def x_invoice_to_dict__mutmut_orig(invoice: Invoice) -> dict[str, JsonValue]:
    out = to_json_value(invoice)
    assert isinstance(out, dict)
    return out


def x_invoice_to_dict__mutmut_1(invoice: Invoice) -> dict[str, JsonValue]:
    out = None
    assert isinstance(out, dict)
    return out


def x_invoice_to_dict__mutmut_2(invoice: Invoice) -> dict[str, JsonValue]:
    out = to_json_value(None)
    assert isinstance(out, dict)
    return out

mutants_x_invoice_to_dict__mutmut['_mutmut_orig'] = x_invoice_to_dict__mutmut_orig # type: ignore # mutmut generated
mutants_x_invoice_to_dict__mutmut['x_invoice_to_dict__mutmut_1'] = x_invoice_to_dict__mutmut_1 # type: ignore # mutmut generated
mutants_x_invoice_to_dict__mutmut['x_invoice_to_dict__mutmut_2'] = x_invoice_to_dict__mutmut_2 # type: ignore # mutmut generated
mutants_x_invoice_from_dict__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_invoice_from_dict__mutmut)
def invoice_from_dict(data: dict[str, JsonValue]) -> Invoice:
    return typing.cast(Invoice, from_json_value(Invoice, data))


def x_invoice_from_dict__mutmut_orig(data: dict[str, JsonValue]) -> Invoice:
    return typing.cast(Invoice, from_json_value(Invoice, data))


def x_invoice_from_dict__mutmut_1(data: dict[str, JsonValue]) -> Invoice:
    return typing.cast(None, from_json_value(Invoice, data))


def x_invoice_from_dict__mutmut_2(data: dict[str, JsonValue]) -> Invoice:
    return typing.cast(Invoice, None)


def x_invoice_from_dict__mutmut_3(data: dict[str, JsonValue]) -> Invoice:
    return typing.cast(from_json_value(Invoice, data))


def x_invoice_from_dict__mutmut_4(data: dict[str, JsonValue]) -> Invoice:
    return typing.cast(Invoice, )


def x_invoice_from_dict__mutmut_5(data: dict[str, JsonValue]) -> Invoice:
    return typing.cast(Invoice, from_json_value(None, data))


def x_invoice_from_dict__mutmut_6(data: dict[str, JsonValue]) -> Invoice:
    return typing.cast(Invoice, from_json_value(Invoice, None))


def x_invoice_from_dict__mutmut_7(data: dict[str, JsonValue]) -> Invoice:
    return typing.cast(Invoice, from_json_value(data))


def x_invoice_from_dict__mutmut_8(data: dict[str, JsonValue]) -> Invoice:
    return typing.cast(Invoice, from_json_value(Invoice, ))

mutants_x_invoice_from_dict__mutmut['_mutmut_orig'] = x_invoice_from_dict__mutmut_orig # type: ignore # mutmut generated
mutants_x_invoice_from_dict__mutmut['x_invoice_from_dict__mutmut_1'] = x_invoice_from_dict__mutmut_1 # type: ignore # mutmut generated
mutants_x_invoice_from_dict__mutmut['x_invoice_from_dict__mutmut_2'] = x_invoice_from_dict__mutmut_2 # type: ignore # mutmut generated
mutants_x_invoice_from_dict__mutmut['x_invoice_from_dict__mutmut_3'] = x_invoice_from_dict__mutmut_3 # type: ignore # mutmut generated
mutants_x_invoice_from_dict__mutmut['x_invoice_from_dict__mutmut_4'] = x_invoice_from_dict__mutmut_4 # type: ignore # mutmut generated
mutants_x_invoice_from_dict__mutmut['x_invoice_from_dict__mutmut_5'] = x_invoice_from_dict__mutmut_5 # type: ignore # mutmut generated
mutants_x_invoice_from_dict__mutmut['x_invoice_from_dict__mutmut_6'] = x_invoice_from_dict__mutmut_6 # type: ignore # mutmut generated
mutants_x_invoice_from_dict__mutmut['x_invoice_from_dict__mutmut_7'] = x_invoice_from_dict__mutmut_7 # type: ignore # mutmut generated
mutants_x_invoice_from_dict__mutmut['x_invoice_from_dict__mutmut_8'] = x_invoice_from_dict__mutmut_8 # type: ignore # mutmut generated
mutants_x_findings_to_list__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_findings_to_list__mutmut)
def findings_to_list(findings: tuple[Finding, ...] | list[Finding]) -> list[JsonValue]:
    return [to_json_value(f) for f in findings]


def x_findings_to_list__mutmut_orig(findings: tuple[Finding, ...] | list[Finding]) -> list[JsonValue]:
    return [to_json_value(f) for f in findings]


def x_findings_to_list__mutmut_1(findings: tuple[Finding, ...] | list[Finding]) -> list[JsonValue]:
    return [to_json_value(None) for f in findings]

mutants_x_findings_to_list__mutmut['_mutmut_orig'] = x_findings_to_list__mutmut_orig # type: ignore # mutmut generated
mutants_x_findings_to_list__mutmut['x_findings_to_list__mutmut_1'] = x_findings_to_list__mutmut_1 # type: ignore # mutmut generated
mutants_x_findings_from_list__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_findings_from_list__mutmut)
def findings_from_list(data: list[JsonValue]) -> tuple[Finding, ...]:
    return tuple(from_json_value(Finding, item) for item in data)


def x_findings_from_list__mutmut_orig(data: list[JsonValue]) -> tuple[Finding, ...]:
    return tuple(from_json_value(Finding, item) for item in data)


def x_findings_from_list__mutmut_1(data: list[JsonValue]) -> tuple[Finding, ...]:
    return tuple(None)


def x_findings_from_list__mutmut_2(data: list[JsonValue]) -> tuple[Finding, ...]:
    return tuple(from_json_value(None, item) for item in data)


def x_findings_from_list__mutmut_3(data: list[JsonValue]) -> tuple[Finding, ...]:
    return tuple(from_json_value(Finding, None) for item in data)


def x_findings_from_list__mutmut_4(data: list[JsonValue]) -> tuple[Finding, ...]:
    return tuple(from_json_value(item) for item in data)


def x_findings_from_list__mutmut_5(data: list[JsonValue]) -> tuple[Finding, ...]:
    return tuple(from_json_value(Finding, ) for item in data)

mutants_x_findings_from_list__mutmut['_mutmut_orig'] = x_findings_from_list__mutmut_orig # type: ignore # mutmut generated
mutants_x_findings_from_list__mutmut['x_findings_from_list__mutmut_1'] = x_findings_from_list__mutmut_1 # type: ignore # mutmut generated
mutants_x_findings_from_list__mutmut['x_findings_from_list__mutmut_2'] = x_findings_from_list__mutmut_2 # type: ignore # mutmut generated
mutants_x_findings_from_list__mutmut['x_findings_from_list__mutmut_3'] = x_findings_from_list__mutmut_3 # type: ignore # mutmut generated
mutants_x_findings_from_list__mutmut['x_findings_from_list__mutmut_4'] = x_findings_from_list__mutmut_4 # type: ignore # mutmut generated
mutants_x_findings_from_list__mutmut['x_findings_from_list__mutmut_5'] = x_findings_from_list__mutmut_5 # type: ignore # mutmut generated
mutants_x_event_to_dict__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_event_to_dict__mutmut)
def event_to_dict(event: InvoiceEvent) -> dict[str, JsonValue]:
    out = to_json_value(event)
    assert isinstance(out, dict)
    return out


def x_event_to_dict__mutmut_orig(event: InvoiceEvent) -> dict[str, JsonValue]:
    out = to_json_value(event)
    assert isinstance(out, dict)
    return out


def x_event_to_dict__mutmut_1(event: InvoiceEvent) -> dict[str, JsonValue]:
    out = None
    assert isinstance(out, dict)
    return out


def x_event_to_dict__mutmut_2(event: InvoiceEvent) -> dict[str, JsonValue]:
    out = to_json_value(None)
    assert isinstance(out, dict)
    return out

mutants_x_event_to_dict__mutmut['_mutmut_orig'] = x_event_to_dict__mutmut_orig # type: ignore # mutmut generated
mutants_x_event_to_dict__mutmut['x_event_to_dict__mutmut_1'] = x_event_to_dict__mutmut_1 # type: ignore # mutmut generated
mutants_x_event_to_dict__mutmut['x_event_to_dict__mutmut_2'] = x_event_to_dict__mutmut_2 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_canonical_json__mutmut)
def canonical_json(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def x_canonical_json__mutmut_orig(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def x_canonical_json__mutmut_1(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(None, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def x_canonical_json__mutmut_2(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, sort_keys=None, separators=(",", ":"), ensure_ascii=True)


def x_canonical_json__mutmut_3(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, sort_keys=True, separators=None, ensure_ascii=True)


def x_canonical_json__mutmut_4(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=None)


def x_canonical_json__mutmut_5(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def x_canonical_json__mutmut_6(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=True)


def x_canonical_json__mutmut_7(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, sort_keys=True, ensure_ascii=True)


def x_canonical_json__mutmut_8(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), )


def x_canonical_json__mutmut_9(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, sort_keys=False, separators=(",", ":"), ensure_ascii=True)


def x_canonical_json__mutmut_10(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, sort_keys=True, separators=("XX,XX", ":"), ensure_ascii=True)


def x_canonical_json__mutmut_11(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, sort_keys=True, separators=(",", "XX:XX"), ensure_ascii=True)


def x_canonical_json__mutmut_12(value: JsonValue) -> str:
    """Sorted keys, no spaces, ASCII only: one text per value, whatever the dict order."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

mutants_x_canonical_json__mutmut['_mutmut_orig'] = x_canonical_json__mutmut_orig # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_1'] = x_canonical_json__mutmut_1 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_2'] = x_canonical_json__mutmut_2 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_3'] = x_canonical_json__mutmut_3 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_4'] = x_canonical_json__mutmut_4 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_5'] = x_canonical_json__mutmut_5 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_6'] = x_canonical_json__mutmut_6 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_7'] = x_canonical_json__mutmut_7 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_8'] = x_canonical_json__mutmut_8 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_9'] = x_canonical_json__mutmut_9 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_10'] = x_canonical_json__mutmut_10 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_11'] = x_canonical_json__mutmut_11 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_12'] = x_canonical_json__mutmut_12 # type: ignore # mutmut generated
mutants_x_invoice_fingerprint__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_invoice_fingerprint__mutmut)
def invoice_fingerprint(invoice: Invoice, text: Callable[[JsonValue], str] = canonical_json) -> str:
    """SHA-256 (hex) of the canonical JSON of the invoice: equal content, equal fingerprint. `text` may be a faster
    function giving exactly canonical_json's text (adapters.json_text)."""
    return hashlib.sha256(text(invoice_to_dict(invoice)).encode("ascii")).hexdigest()


def x_invoice_fingerprint__mutmut_orig(invoice: Invoice, text: Callable[[JsonValue], str] = canonical_json) -> str:
    """SHA-256 (hex) of the canonical JSON of the invoice: equal content, equal fingerprint. `text` may be a faster
    function giving exactly canonical_json's text (adapters.json_text)."""
    return hashlib.sha256(text(invoice_to_dict(invoice)).encode("ascii")).hexdigest()


def x_invoice_fingerprint__mutmut_1(invoice: Invoice, text: Callable[[JsonValue], str] = canonical_json) -> str:
    """SHA-256 (hex) of the canonical JSON of the invoice: equal content, equal fingerprint. `text` may be a faster
    function giving exactly canonical_json's text (adapters.json_text)."""
    return hashlib.sha256(None).hexdigest()


def x_invoice_fingerprint__mutmut_2(invoice: Invoice, text: Callable[[JsonValue], str] = canonical_json) -> str:
    """SHA-256 (hex) of the canonical JSON of the invoice: equal content, equal fingerprint. `text` may be a faster
    function giving exactly canonical_json's text (adapters.json_text)."""
    return hashlib.sha256(text(invoice_to_dict(invoice)).encode(None)).hexdigest()


def x_invoice_fingerprint__mutmut_3(invoice: Invoice, text: Callable[[JsonValue], str] = canonical_json) -> str:
    """SHA-256 (hex) of the canonical JSON of the invoice: equal content, equal fingerprint. `text` may be a faster
    function giving exactly canonical_json's text (adapters.json_text)."""
    return hashlib.sha256(text(None).encode("ascii")).hexdigest()


def x_invoice_fingerprint__mutmut_4(invoice: Invoice, text: Callable[[JsonValue], str] = canonical_json) -> str:
    """SHA-256 (hex) of the canonical JSON of the invoice: equal content, equal fingerprint. `text` may be a faster
    function giving exactly canonical_json's text (adapters.json_text)."""
    return hashlib.sha256(text(invoice_to_dict(None)).encode("ascii")).hexdigest()


def x_invoice_fingerprint__mutmut_5(invoice: Invoice, text: Callable[[JsonValue], str] = canonical_json) -> str:
    """SHA-256 (hex) of the canonical JSON of the invoice: equal content, equal fingerprint. `text` may be a faster
    function giving exactly canonical_json's text (adapters.json_text)."""
    return hashlib.sha256(text(invoice_to_dict(invoice)).encode("XXasciiXX")).hexdigest()


def x_invoice_fingerprint__mutmut_6(invoice: Invoice, text: Callable[[JsonValue], str] = canonical_json) -> str:
    """SHA-256 (hex) of the canonical JSON of the invoice: equal content, equal fingerprint. `text` may be a faster
    function giving exactly canonical_json's text (adapters.json_text)."""
    return hashlib.sha256(text(invoice_to_dict(invoice)).encode("ASCII")).hexdigest()

mutants_x_invoice_fingerprint__mutmut['_mutmut_orig'] = x_invoice_fingerprint__mutmut_orig # type: ignore # mutmut generated
mutants_x_invoice_fingerprint__mutmut['x_invoice_fingerprint__mutmut_1'] = x_invoice_fingerprint__mutmut_1 # type: ignore # mutmut generated
mutants_x_invoice_fingerprint__mutmut['x_invoice_fingerprint__mutmut_2'] = x_invoice_fingerprint__mutmut_2 # type: ignore # mutmut generated
mutants_x_invoice_fingerprint__mutmut['x_invoice_fingerprint__mutmut_3'] = x_invoice_fingerprint__mutmut_3 # type: ignore # mutmut generated
mutants_x_invoice_fingerprint__mutmut['x_invoice_fingerprint__mutmut_4'] = x_invoice_fingerprint__mutmut_4 # type: ignore # mutmut generated
mutants_x_invoice_fingerprint__mutmut['x_invoice_fingerprint__mutmut_5'] = x_invoice_fingerprint__mutmut_5 # type: ignore # mutmut generated
mutants_x_invoice_fingerprint__mutmut['x_invoice_fingerprint__mutmut_6'] = x_invoice_fingerprint__mutmut_6 # type: ignore # mutmut generated


_NO_DEFAULT = object()
_PLAIN = frozenset({type(None), bool, int, str})
_ENCODERS: dict[type, Callable[[Any], JsonValue]] = {}
_memo_var: ContextVar[dict[int, tuple[object, JsonValue]] | None] = ContextVar("json_memo", default=None)
mutants_x__encoder__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__encoder__mutmut)
def _encoder(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_orig(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_1(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(None, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_2(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, None):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_3(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_4(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, ):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_5(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: None
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_6(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(None)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_7(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(None, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_8(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, None):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_9(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_10(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, ):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_11(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int & str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_12(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool & int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_13(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: None  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_14(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(None, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_15(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, None):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_16(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_17(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, ):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_18(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(None, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_19(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, None):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_20(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_21(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, ):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_22(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime & date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_23(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(None, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_24(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, None):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_25(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_26(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, ):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_27(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple & list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_28(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: None
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_29(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(None) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_30(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(None):
        return _dataclass_encoder(kind)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_31(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(None)
    raise TypeError(f"cannot serialise {kind.__name__}")


def x__encoder__mutmut_32(kind: type) -> Callable[[Any], JsonValue]:
    """The encoder of one runtime type, built once per type (no reflection per value)."""
    if issubclass(kind, Enum):
        return lambda v: to_json_value(v.value)
    if issubclass(kind, bool | int | str):
        return lambda v: v  # type: ignore[no-any-return]
    if issubclass(kind, Decimal):
        return str
    if issubclass(kind, datetime | date):
        return kind.isoformat  # type: ignore[no-any-return]
    if issubclass(kind, tuple | list):
        return lambda v: [to_json_value(item) for item in v]
    if dataclasses.is_dataclass(kind):
        return _dataclass_encoder(kind)
    raise TypeError(None)

mutants_x__encoder__mutmut['_mutmut_orig'] = x__encoder__mutmut_orig # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_1'] = x__encoder__mutmut_1 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_2'] = x__encoder__mutmut_2 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_3'] = x__encoder__mutmut_3 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_4'] = x__encoder__mutmut_4 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_5'] = x__encoder__mutmut_5 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_6'] = x__encoder__mutmut_6 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_7'] = x__encoder__mutmut_7 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_8'] = x__encoder__mutmut_8 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_9'] = x__encoder__mutmut_9 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_10'] = x__encoder__mutmut_10 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_11'] = x__encoder__mutmut_11 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_12'] = x__encoder__mutmut_12 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_13'] = x__encoder__mutmut_13 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_14'] = x__encoder__mutmut_14 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_15'] = x__encoder__mutmut_15 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_16'] = x__encoder__mutmut_16 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_17'] = x__encoder__mutmut_17 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_18'] = x__encoder__mutmut_18 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_19'] = x__encoder__mutmut_19 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_20'] = x__encoder__mutmut_20 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_21'] = x__encoder__mutmut_21 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_22'] = x__encoder__mutmut_22 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_23'] = x__encoder__mutmut_23 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_24'] = x__encoder__mutmut_24 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_25'] = x__encoder__mutmut_25 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_26'] = x__encoder__mutmut_26 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_27'] = x__encoder__mutmut_27 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_28'] = x__encoder__mutmut_28 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_29'] = x__encoder__mutmut_29 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_30'] = x__encoder__mutmut_30 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_31'] = x__encoder__mutmut_31 # type: ignore # mutmut generated
mutants_x__encoder__mutmut['x__encoder__mutmut_32'] = x__encoder__mutmut_32 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__dataclass_encoder__mutmut)
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


def x__dataclass_encoder__mutmut_orig(cls: type) -> Callable[[Any], JsonValue]:
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


def x__dataclass_encoder__mutmut_1(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = None
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


def x__dataclass_encoder__mutmut_2(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(None)
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


def x__dataclass_encoder__mutmut_3(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = None
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


def x__dataclass_encoder__mutmut_4(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = typing.get_type_hints(None)
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


def x__dataclass_encoder__mutmut_5(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = None
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


def x__dataclass_encoder__mutmut_6(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"XX_PLAINXX": _PLAIN, "_enc": to_json_value}
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


def x__dataclass_encoder__mutmut_7(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"_plain": _PLAIN, "_enc": to_json_value}
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


def x__dataclass_encoder__mutmut_8(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"_PLAIN": _PLAIN, "XX_encXX": to_json_value}
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


def x__dataclass_encoder__mutmut_9(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"_PLAIN": _PLAIN, "_ENC": to_json_value}
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


def x__dataclass_encoder__mutmut_10(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"_PLAIN": _PLAIN, "_enc": to_json_value}
    body = None
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


def x__dataclass_encoder__mutmut_11(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"_PLAIN": _PLAIN, "_enc": to_json_value}
    body = ["XXdef encode(v):XX", "    out = {}"]
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


def x__dataclass_encoder__mutmut_12(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"_PLAIN": _PLAIN, "_enc": to_json_value}
    body = ["DEF ENCODE(V):", "    out = {}"]
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


def x__dataclass_encoder__mutmut_13(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"_PLAIN": _PLAIN, "_enc": to_json_value}
    body = ["def encode(v):", "XX    out = {}XX"]
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


def x__dataclass_encoder__mutmut_14(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"_PLAIN": _PLAIN, "_enc": to_json_value}
    body = ["def encode(v):", "    OUT = {}"]
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


def x__dataclass_encoder__mutmut_15(cls: type) -> Callable[[Any], JsonValue]:
    """Straight-line code for `cls`: each field read, encoded unless plain, kept unless equal to its default.

    A field whose declared type is known (a Decimal, a date, an enum, a dataclass, a tuple of dataclasses...) is
    encoded inline when its value has exactly that type, with no dispatch through `to_json_value`; any other value
    (a subclass, an unexpected type) takes `to_json_value`, so the output is the same whatever the value."""
    plan = _field_defaults(cls)
    hints = typing.get_type_hints(cls)
    env: dict[str, Any] = {"_PLAIN": _PLAIN, "_enc": to_json_value}
    body = ["def encode(v):", "    out = {}"]
    _building.add(None)
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


def x__dataclass_encoder__mutmut_16(cls: type) -> Callable[[Any], JsonValue]:
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
        for i, (name, default) in enumerate(None):
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


def x__dataclass_encoder__mutmut_17(cls: type) -> Callable[[Any], JsonValue]:
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
            body.append(None)
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


def x__dataclass_encoder__mutmut_18(cls: type) -> Callable[[Any], JsonValue]:
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
            body = _field_conversion(hints[name], env)
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


def x__dataclass_encoder__mutmut_19(cls: type) -> Callable[[Any], JsonValue]:
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
            body -= _field_conversion(hints[name], env)
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


def x__dataclass_encoder__mutmut_20(cls: type) -> Callable[[Any], JsonValue]:
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
            body += _field_conversion(None, env)
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


def x__dataclass_encoder__mutmut_21(cls: type) -> Callable[[Any], JsonValue]:
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
            body += _field_conversion(hints[name], None)
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


def x__dataclass_encoder__mutmut_22(cls: type) -> Callable[[Any], JsonValue]:
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
            body += _field_conversion(env)
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


def x__dataclass_encoder__mutmut_23(cls: type) -> Callable[[Any], JsonValue]:
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
            body += _field_conversion(hints[name], )
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


def x__dataclass_encoder__mutmut_24(cls: type) -> Callable[[Any], JsonValue]:
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
            if default is not _NO_DEFAULT:
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


def x__dataclass_encoder__mutmut_25(cls: type) -> Callable[[Any], JsonValue]:
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
                body.append(None)
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


def x__dataclass_encoder__mutmut_26(cls: type) -> Callable[[Any], JsonValue]:
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
                env[f"d{i}"] = None
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


def x__dataclass_encoder__mutmut_27(cls: type) -> Callable[[Any], JsonValue]:
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
                body.append(None)
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


def x__dataclass_encoder__mutmut_28(cls: type) -> Callable[[Any], JsonValue]:
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
        _building.discard(None)
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


def x__dataclass_encoder__mutmut_29(cls: type) -> Callable[[Any], JsonValue]:
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
    body.append(None)
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


def x__dataclass_encoder__mutmut_30(cls: type) -> Callable[[Any], JsonValue]:
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
    body.append("XX    return outXX")
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


def x__dataclass_encoder__mutmut_31(cls: type) -> Callable[[Any], JsonValue]:
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
    body.append("    RETURN OUT")
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


def x__dataclass_encoder__mutmut_32(cls: type) -> Callable[[Any], JsonValue]:
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
    exec(None, env)  # noqa: S102 - the source is built from the class's own field names and types
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


def x__dataclass_encoder__mutmut_33(cls: type) -> Callable[[Any], JsonValue]:
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
    exec("\n".join(body), None)  # noqa: S102 - the source is built from the class's own field names and types
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


def x__dataclass_encoder__mutmut_34(cls: type) -> Callable[[Any], JsonValue]:
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
    exec(env)  # noqa: S102 - the source is built from the class's own field names and types
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


def x__dataclass_encoder__mutmut_35(cls: type) -> Callable[[Any], JsonValue]:
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
    exec("\n".join(body), )  # noqa: S102 - the source is built from the class's own field names and types
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


def x__dataclass_encoder__mutmut_36(cls: type) -> Callable[[Any], JsonValue]:
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
    exec("\n".join(None), env)  # noqa: S102 - the source is built from the class's own field names and types
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


def x__dataclass_encoder__mutmut_37(cls: type) -> Callable[[Any], JsonValue]:
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
    exec("XX\nXX".join(body), env)  # noqa: S102 - the source is built from the class's own field names and types
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


def x__dataclass_encoder__mutmut_38(cls: type) -> Callable[[Any], JsonValue]:
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
    encode: Callable[[Any], JsonValue] = None
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


def x__dataclass_encoder__mutmut_39(cls: type) -> Callable[[Any], JsonValue]:
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
    encode: Callable[[Any], JsonValue] = env["XXencodeXX"]
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


def x__dataclass_encoder__mutmut_40(cls: type) -> Callable[[Any], JsonValue]:
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
    encode: Callable[[Any], JsonValue] = env["ENCODE"]
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


def x__dataclass_encoder__mutmut_41(cls: type) -> Callable[[Any], JsonValue]:
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
    if _immutable(cls):
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


def x__dataclass_encoder__mutmut_42(cls: type) -> Callable[[Any], JsonValue]:
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
    if not _immutable(None):
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


def x__dataclass_encoder__mutmut_43(cls: type) -> Callable[[Any], JsonValue]:
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
        memo = None
        if memo is None:
            return encode(v)
        hit = memo.get(id(v))
        if hit is not None and hit[0] is v:
            return hit[1]
        out = encode(v)
        memo[id(v)] = (v, out)
        return out

    return memoized


def x__dataclass_encoder__mutmut_44(cls: type) -> Callable[[Any], JsonValue]:
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
        if memo is not None:
            return encode(v)
        hit = memo.get(id(v))
        if hit is not None and hit[0] is v:
            return hit[1]
        out = encode(v)
        memo[id(v)] = (v, out)
        return out

    return memoized


def x__dataclass_encoder__mutmut_45(cls: type) -> Callable[[Any], JsonValue]:
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
            return encode(None)
        hit = memo.get(id(v))
        if hit is not None and hit[0] is v:
            return hit[1]
        out = encode(v)
        memo[id(v)] = (v, out)
        return out

    return memoized


def x__dataclass_encoder__mutmut_46(cls: type) -> Callable[[Any], JsonValue]:
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
        hit = None
        if hit is not None and hit[0] is v:
            return hit[1]
        out = encode(v)
        memo[id(v)] = (v, out)
        return out

    return memoized


def x__dataclass_encoder__mutmut_47(cls: type) -> Callable[[Any], JsonValue]:
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
        hit = memo.get(None)
        if hit is not None and hit[0] is v:
            return hit[1]
        out = encode(v)
        memo[id(v)] = (v, out)
        return out

    return memoized


def x__dataclass_encoder__mutmut_48(cls: type) -> Callable[[Any], JsonValue]:
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
        hit = memo.get(id(None))
        if hit is not None and hit[0] is v:
            return hit[1]
        out = encode(v)
        memo[id(v)] = (v, out)
        return out

    return memoized


def x__dataclass_encoder__mutmut_49(cls: type) -> Callable[[Any], JsonValue]:
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
        if hit is not None or hit[0] is v:
            return hit[1]
        out = encode(v)
        memo[id(v)] = (v, out)
        return out

    return memoized


def x__dataclass_encoder__mutmut_50(cls: type) -> Callable[[Any], JsonValue]:
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
        if hit is None and hit[0] is v:
            return hit[1]
        out = encode(v)
        memo[id(v)] = (v, out)
        return out

    return memoized


def x__dataclass_encoder__mutmut_51(cls: type) -> Callable[[Any], JsonValue]:
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
        if hit is not None and hit[1] is v:
            return hit[1]
        out = encode(v)
        memo[id(v)] = (v, out)
        return out

    return memoized


def x__dataclass_encoder__mutmut_52(cls: type) -> Callable[[Any], JsonValue]:
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
        if hit is not None and hit[0] is not v:
            return hit[1]
        out = encode(v)
        memo[id(v)] = (v, out)
        return out

    return memoized


def x__dataclass_encoder__mutmut_53(cls: type) -> Callable[[Any], JsonValue]:
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
            return hit[2]
        out = encode(v)
        memo[id(v)] = (v, out)
        return out

    return memoized


def x__dataclass_encoder__mutmut_54(cls: type) -> Callable[[Any], JsonValue]:
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
        out = None
        memo[id(v)] = (v, out)
        return out

    return memoized


def x__dataclass_encoder__mutmut_55(cls: type) -> Callable[[Any], JsonValue]:
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
        out = encode(None)
        memo[id(v)] = (v, out)
        return out

    return memoized


def x__dataclass_encoder__mutmut_56(cls: type) -> Callable[[Any], JsonValue]:
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
        memo[id(v)] = None
        return out

    return memoized


def x__dataclass_encoder__mutmut_57(cls: type) -> Callable[[Any], JsonValue]:
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
        memo[id(None)] = (v, out)
        return out

    return memoized

mutants_x__dataclass_encoder__mutmut['_mutmut_orig'] = x__dataclass_encoder__mutmut_orig # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_1'] = x__dataclass_encoder__mutmut_1 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_2'] = x__dataclass_encoder__mutmut_2 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_3'] = x__dataclass_encoder__mutmut_3 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_4'] = x__dataclass_encoder__mutmut_4 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_5'] = x__dataclass_encoder__mutmut_5 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_6'] = x__dataclass_encoder__mutmut_6 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_7'] = x__dataclass_encoder__mutmut_7 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_8'] = x__dataclass_encoder__mutmut_8 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_9'] = x__dataclass_encoder__mutmut_9 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_10'] = x__dataclass_encoder__mutmut_10 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_11'] = x__dataclass_encoder__mutmut_11 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_12'] = x__dataclass_encoder__mutmut_12 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_13'] = x__dataclass_encoder__mutmut_13 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_14'] = x__dataclass_encoder__mutmut_14 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_15'] = x__dataclass_encoder__mutmut_15 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_16'] = x__dataclass_encoder__mutmut_16 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_17'] = x__dataclass_encoder__mutmut_17 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_18'] = x__dataclass_encoder__mutmut_18 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_19'] = x__dataclass_encoder__mutmut_19 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_20'] = x__dataclass_encoder__mutmut_20 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_21'] = x__dataclass_encoder__mutmut_21 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_22'] = x__dataclass_encoder__mutmut_22 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_23'] = x__dataclass_encoder__mutmut_23 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_24'] = x__dataclass_encoder__mutmut_24 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_25'] = x__dataclass_encoder__mutmut_25 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_26'] = x__dataclass_encoder__mutmut_26 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_27'] = x__dataclass_encoder__mutmut_27 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_28'] = x__dataclass_encoder__mutmut_28 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_29'] = x__dataclass_encoder__mutmut_29 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_30'] = x__dataclass_encoder__mutmut_30 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_31'] = x__dataclass_encoder__mutmut_31 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_32'] = x__dataclass_encoder__mutmut_32 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_33'] = x__dataclass_encoder__mutmut_33 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_34'] = x__dataclass_encoder__mutmut_34 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_35'] = x__dataclass_encoder__mutmut_35 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_36'] = x__dataclass_encoder__mutmut_36 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_37'] = x__dataclass_encoder__mutmut_37 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_38'] = x__dataclass_encoder__mutmut_38 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_39'] = x__dataclass_encoder__mutmut_39 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_40'] = x__dataclass_encoder__mutmut_40 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_41'] = x__dataclass_encoder__mutmut_41 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_42'] = x__dataclass_encoder__mutmut_42 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_43'] = x__dataclass_encoder__mutmut_43 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_44'] = x__dataclass_encoder__mutmut_44 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_45'] = x__dataclass_encoder__mutmut_45 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_46'] = x__dataclass_encoder__mutmut_46 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_47'] = x__dataclass_encoder__mutmut_47 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_48'] = x__dataclass_encoder__mutmut_48 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_49'] = x__dataclass_encoder__mutmut_49 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_50'] = x__dataclass_encoder__mutmut_50 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_51'] = x__dataclass_encoder__mutmut_51 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_52'] = x__dataclass_encoder__mutmut_52 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_53'] = x__dataclass_encoder__mutmut_53 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_54'] = x__dataclass_encoder__mutmut_54 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_55'] = x__dataclass_encoder__mutmut_55 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_56'] = x__dataclass_encoder__mutmut_56 # type: ignore # mutmut generated
mutants_x__dataclass_encoder__mutmut['x__dataclass_encoder__mutmut_57'] = x__dataclass_encoder__mutmut_57 # type: ignore # mutmut generated


# Dataclasses whose encoder is being built: a field of such a type (a cycle) is encoded through `to_json_value`.
_building: set[type] = set()
mutants_x__field_conversion__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__field_conversion__mutmut)
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


def x__field_conversion__mutmut_orig(tp: Any, env: dict[str, Any]) -> list[str]:
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


def x__field_conversion__mutmut_1(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = None
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


def x__field_conversion__mutmut_2(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["XX    if x.__class__ not in _PLAIN: x = _enc(x)XX"]
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


def x__field_conversion__mutmut_3(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _plain: x = _enc(x)"]
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


def x__field_conversion__mutmut_4(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    IF X.__CLASS__ NOT IN _PLAIN: X = _ENC(X)"]
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


def x__field_conversion__mutmut_5(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = None
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


def x__field_conversion__mutmut_6(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(None), typing.get_args(tp)
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


def x__field_conversion__mutmut_7(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(None)
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


def x__field_conversion__mutmut_8(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin not in (typing.Union, types.UnionType):
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


def x__field_conversion__mutmut_9(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = None
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


def x__field_conversion__mutmut_10(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is type(None)]
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


def x__field_conversion__mutmut_11(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) == 1:
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


def x__field_conversion__mutmut_12(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 2:
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


def x__field_conversion__mutmut_13(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = None
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


def x__field_conversion__mutmut_14(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[1], typing.get_origin(inner[0]), typing.get_args(inner[0])
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


def x__field_conversion__mutmut_15(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(None), typing.get_args(inner[0])
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


def x__field_conversion__mutmut_16(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[1]), typing.get_args(inner[0])
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


def x__field_conversion__mutmut_17(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(None)
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


def x__field_conversion__mutmut_18(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[1])
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


def x__field_conversion__mutmut_19(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 or args[1] is Ellipsis:
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


def x__field_conversion__mutmut_20(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple or len(args) == 2 and args[1] is Ellipsis:
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


def x__field_conversion__mutmut_21(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is not tuple and len(args) == 2 and args[1] is Ellipsis:
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


def x__field_conversion__mutmut_22(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) != 2 and args[1] is Ellipsis:
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


def x__field_conversion__mutmut_23(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 3 and args[1] is Ellipsis:
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


def x__field_conversion__mutmut_24(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 and args[2] is Ellipsis:
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


def x__field_conversion__mutmut_25(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 and args[1] is not Ellipsis:
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


def x__field_conversion__mutmut_26(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = None
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


def x__field_conversion__mutmut_27(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _direct(None, env, "i")
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


def x__field_conversion__mutmut_28(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _direct(args[0], None, "i")
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


def x__field_conversion__mutmut_29(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _direct(args[0], env, None)
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


def x__field_conversion__mutmut_30(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _direct(env, "i")
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


def x__field_conversion__mutmut_31(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _direct(args[0], "i")
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


def x__field_conversion__mutmut_32(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _direct(args[0], env, )
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


def x__field_conversion__mutmut_33(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _direct(args[1], env, "i")
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


def x__field_conversion__mutmut_34(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _direct(args[0], env, "XXiXX")
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


def x__field_conversion__mutmut_35(tp: Any, env: dict[str, Any]) -> list[str]:
    """Lines turning `x`, a value of a field declared `tp`, into its JSON value."""
    generic = ["    if x.__class__ not in _PLAIN: x = _enc(x)"]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return generic
        tp, origin, args = inner[0], typing.get_origin(inner[0]), typing.get_args(inner[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _direct(args[0], env, "I")
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


def x__field_conversion__mutmut_36(tp: Any, env: dict[str, Any]) -> list[str]:
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
        if item is not None:
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


def x__field_conversion__mutmut_37(tp: Any, env: dict[str, Any]) -> list[str]:
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
                "XX    if x.__class__ is tuple: x = [_enc(i) for i in x]XX",
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


def x__field_conversion__mutmut_38(tp: Any, env: dict[str, Any]) -> list[str]:
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
                "    IF X.__CLASS__ IS TUPLE: X = [_ENC(I) FOR I IN X]",
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


def x__field_conversion__mutmut_39(tp: Any, env: dict[str, Any]) -> list[str]:
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
                "XX    elif x.__class__ not in _PLAIN: x = _enc(x)XX",
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


def x__field_conversion__mutmut_40(tp: Any, env: dict[str, Any]) -> list[str]:
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
                "    elif x.__class__ not in _plain: x = _enc(x)",
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


def x__field_conversion__mutmut_41(tp: Any, env: dict[str, Any]) -> list[str]:
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
                "    ELIF X.__CLASS__ NOT IN _PLAIN: X = _ENC(X)",
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


def x__field_conversion__mutmut_42(tp: Any, env: dict[str, Any]) -> list[str]:
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
        test, value = None
        return [
            f"    if x.__class__ is tuple: x = [{value} if {test} else _enc(i) for i in x]",
            "    elif x.__class__ not in _PLAIN: x = _enc(x)",
        ]
    direct = _direct(tp, env, "x")
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_43(tp: Any, env: dict[str, Any]) -> list[str]:
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
            "XX    elif x.__class__ not in _PLAIN: x = _enc(x)XX",
        ]
    direct = _direct(tp, env, "x")
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_44(tp: Any, env: dict[str, Any]) -> list[str]:
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
            "    elif x.__class__ not in _plain: x = _enc(x)",
        ]
    direct = _direct(tp, env, "x")
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_45(tp: Any, env: dict[str, Any]) -> list[str]:
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
            "    ELIF X.__CLASS__ NOT IN _PLAIN: X = _ENC(X)",
        ]
    direct = _direct(tp, env, "x")
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_46(tp: Any, env: dict[str, Any]) -> list[str]:
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
    direct = None
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_47(tp: Any, env: dict[str, Any]) -> list[str]:
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
    direct = _direct(None, env, "x")
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_48(tp: Any, env: dict[str, Any]) -> list[str]:
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
    direct = _direct(tp, None, "x")
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_49(tp: Any, env: dict[str, Any]) -> list[str]:
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
    direct = _direct(tp, env, None)
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_50(tp: Any, env: dict[str, Any]) -> list[str]:
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
    direct = _direct(env, "x")
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_51(tp: Any, env: dict[str, Any]) -> list[str]:
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
    direct = _direct(tp, "x")
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_52(tp: Any, env: dict[str, Any]) -> list[str]:
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
    direct = _direct(tp, env, )
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_53(tp: Any, env: dict[str, Any]) -> list[str]:
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
    direct = _direct(tp, env, "XXxXX")
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_54(tp: Any, env: dict[str, Any]) -> list[str]:
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
    direct = _direct(tp, env, "X")
    if direct is None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_55(tp: Any, env: dict[str, Any]) -> list[str]:
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
    if direct is not None:
        return generic
    test, value = direct
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_56(tp: Any, env: dict[str, Any]) -> list[str]:
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
    test, value = None
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _PLAIN: x = _enc(x)"]


def x__field_conversion__mutmut_57(tp: Any, env: dict[str, Any]) -> list[str]:
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
    return [f"    if {test}: x = {value}", "XX    elif x.__class__ not in _PLAIN: x = _enc(x)XX"]


def x__field_conversion__mutmut_58(tp: Any, env: dict[str, Any]) -> list[str]:
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
    return [f"    if {test}: x = {value}", "    elif x.__class__ not in _plain: x = _enc(x)"]


def x__field_conversion__mutmut_59(tp: Any, env: dict[str, Any]) -> list[str]:
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
    return [f"    if {test}: x = {value}", "    ELIF X.__CLASS__ NOT IN _PLAIN: X = _ENC(X)"]

mutants_x__field_conversion__mutmut['_mutmut_orig'] = x__field_conversion__mutmut_orig # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_1'] = x__field_conversion__mutmut_1 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_2'] = x__field_conversion__mutmut_2 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_3'] = x__field_conversion__mutmut_3 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_4'] = x__field_conversion__mutmut_4 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_5'] = x__field_conversion__mutmut_5 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_6'] = x__field_conversion__mutmut_6 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_7'] = x__field_conversion__mutmut_7 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_8'] = x__field_conversion__mutmut_8 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_9'] = x__field_conversion__mutmut_9 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_10'] = x__field_conversion__mutmut_10 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_11'] = x__field_conversion__mutmut_11 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_12'] = x__field_conversion__mutmut_12 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_13'] = x__field_conversion__mutmut_13 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_14'] = x__field_conversion__mutmut_14 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_15'] = x__field_conversion__mutmut_15 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_16'] = x__field_conversion__mutmut_16 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_17'] = x__field_conversion__mutmut_17 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_18'] = x__field_conversion__mutmut_18 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_19'] = x__field_conversion__mutmut_19 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_20'] = x__field_conversion__mutmut_20 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_21'] = x__field_conversion__mutmut_21 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_22'] = x__field_conversion__mutmut_22 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_23'] = x__field_conversion__mutmut_23 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_24'] = x__field_conversion__mutmut_24 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_25'] = x__field_conversion__mutmut_25 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_26'] = x__field_conversion__mutmut_26 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_27'] = x__field_conversion__mutmut_27 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_28'] = x__field_conversion__mutmut_28 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_29'] = x__field_conversion__mutmut_29 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_30'] = x__field_conversion__mutmut_30 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_31'] = x__field_conversion__mutmut_31 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_32'] = x__field_conversion__mutmut_32 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_33'] = x__field_conversion__mutmut_33 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_34'] = x__field_conversion__mutmut_34 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_35'] = x__field_conversion__mutmut_35 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_36'] = x__field_conversion__mutmut_36 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_37'] = x__field_conversion__mutmut_37 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_38'] = x__field_conversion__mutmut_38 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_39'] = x__field_conversion__mutmut_39 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_40'] = x__field_conversion__mutmut_40 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_41'] = x__field_conversion__mutmut_41 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_42'] = x__field_conversion__mutmut_42 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_43'] = x__field_conversion__mutmut_43 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_44'] = x__field_conversion__mutmut_44 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_45'] = x__field_conversion__mutmut_45 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_46'] = x__field_conversion__mutmut_46 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_47'] = x__field_conversion__mutmut_47 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_48'] = x__field_conversion__mutmut_48 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_49'] = x__field_conversion__mutmut_49 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_50'] = x__field_conversion__mutmut_50 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_51'] = x__field_conversion__mutmut_51 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_52'] = x__field_conversion__mutmut_52 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_53'] = x__field_conversion__mutmut_53 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_54'] = x__field_conversion__mutmut_54 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_55'] = x__field_conversion__mutmut_55 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_56'] = x__field_conversion__mutmut_56 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_57'] = x__field_conversion__mutmut_57 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_58'] = x__field_conversion__mutmut_58 # type: ignore # mutmut generated
mutants_x__field_conversion__mutmut['x__field_conversion__mutmut_59'] = x__field_conversion__mutmut_59 # type: ignore # mutmut generated
mutants_x__direct__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__direct__mutmut)
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


def x__direct__mutmut_orig(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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


def x__direct__mutmut_1(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) and tp in _PLAIN:
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


def x__direct__mutmut_2(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if isinstance(tp, type) or tp in _PLAIN:
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


def x__direct__mutmut_3(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp not in _PLAIN:
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


def x__direct__mutmut_4(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = None
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


def x__direct__mutmut_5(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace(None, '_')}_{tp.__qualname__.replace('.', '_')}"
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


def x__direct__mutmut_6(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', None)}_{tp.__qualname__.replace('.', '_')}"
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


def x__direct__mutmut_7(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('_')}_{tp.__qualname__.replace('.', '_')}"
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


def x__direct__mutmut_8(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', )}_{tp.__qualname__.replace('.', '_')}"
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


def x__direct__mutmut_9(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('XX.XX', '_')}_{tp.__qualname__.replace('.', '_')}"
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


def x__direct__mutmut_10(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', 'XX_XX')}_{tp.__qualname__.replace('.', '_')}"
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


def x__direct__mutmut_11(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace(None, '_')}"
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


def x__direct__mutmut_12(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', None)}"
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


def x__direct__mutmut_13(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('_')}"
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


def x__direct__mutmut_14(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', )}"
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


def x__direct__mutmut_15(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('XX.XX', '_')}"
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


def x__direct__mutmut_16(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', 'XX_XX')}"
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


def x__direct__mutmut_17(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', '_')}"
    env[name] = None
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


def x__direct__mutmut_18(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', '_')}"
    env[name] = tp
    test = None
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


def x__direct__mutmut_19(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', '_')}"
    env[name] = tp
    test = f"{var}.__class__ is {name}"
    if issubclass(None, Enum):
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


def x__direct__mutmut_20(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', '_')}"
    env[name] = tp
    test = f"{var}.__class__ is {name}"
    if issubclass(tp, None):
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


def x__direct__mutmut_21(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', '_')}"
    env[name] = tp
    test = f"{var}.__class__ is {name}"
    if issubclass(Enum):
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


def x__direct__mutmut_22(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', '_')}"
    env[name] = tp
    test = f"{var}.__class__ is {name}"
    if issubclass(tp, ):
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


def x__direct__mutmut_23(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', '_')}"
    env[name] = tp
    test = f"{var}.__class__ is {name}"
    if issubclass(tp, Enum):
        if all(type(m.value) in _PLAIN for m in tp):
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


def x__direct__mutmut_24(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', '_')}"
    env[name] = tp
    test = f"{var}.__class__ is {name}"
    if issubclass(tp, Enum):
        if not all(None):
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


def x__direct__mutmut_25(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', '_')}"
    env[name] = tp
    test = f"{var}.__class__ is {name}"
    if issubclass(tp, Enum):
        if not all(type(None) in _PLAIN for m in tp):
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


def x__direct__mutmut_26(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
    """(a test that `var` is exactly of type `tp`, the expression of its JSON value then), or None when values of
    `tp` are best left to `to_json_value`."""
    if not isinstance(tp, type) or tp in _PLAIN:
        return None
    name = f"t_{tp.__module__.replace('.', '_')}_{tp.__qualname__.replace('.', '_')}"
    env[name] = tp
    test = f"{var}.__class__ is {name}"
    if issubclass(tp, Enum):
        if not all(type(m.value) not in _PLAIN for m in tp):
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


def x__direct__mutmut_27(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
    if tp is not Decimal:
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


def x__direct__mutmut_28(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
        env["_str"] = None
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


def x__direct__mutmut_29(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
        env["XX_strXX"] = str
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


def x__direct__mutmut_30(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
        env["_STR"] = str
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


def x__direct__mutmut_31(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
    if tp not in (date, datetime):
        return test, f"{var}.isoformat()"
    if dataclasses.is_dataclass(tp) and tp not in _building:
        encode = _ENCODERS.get(tp)
        if encode is None:
            encode = _ENCODERS[tp] = _encoder(tp)
        env[f"e_{name}"] = encode
        return test, f"e_{name}({var})"
    return None


def x__direct__mutmut_32(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
    if dataclasses.is_dataclass(tp) or tp not in _building:
        encode = _ENCODERS.get(tp)
        if encode is None:
            encode = _ENCODERS[tp] = _encoder(tp)
        env[f"e_{name}"] = encode
        return test, f"e_{name}({var})"
    return None


def x__direct__mutmut_33(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
    if dataclasses.is_dataclass(None) and tp not in _building:
        encode = _ENCODERS.get(tp)
        if encode is None:
            encode = _ENCODERS[tp] = _encoder(tp)
        env[f"e_{name}"] = encode
        return test, f"e_{name}({var})"
    return None


def x__direct__mutmut_34(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
    if dataclasses.is_dataclass(tp) and tp in _building:
        encode = _ENCODERS.get(tp)
        if encode is None:
            encode = _ENCODERS[tp] = _encoder(tp)
        env[f"e_{name}"] = encode
        return test, f"e_{name}({var})"
    return None


def x__direct__mutmut_35(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
        encode = None
        if encode is None:
            encode = _ENCODERS[tp] = _encoder(tp)
        env[f"e_{name}"] = encode
        return test, f"e_{name}({var})"
    return None


def x__direct__mutmut_36(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
        encode = _ENCODERS.get(None)
        if encode is None:
            encode = _ENCODERS[tp] = _encoder(tp)
        env[f"e_{name}"] = encode
        return test, f"e_{name}({var})"
    return None


def x__direct__mutmut_37(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
        if encode is not None:
            encode = _ENCODERS[tp] = _encoder(tp)
        env[f"e_{name}"] = encode
        return test, f"e_{name}({var})"
    return None


def x__direct__mutmut_38(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
            encode = _ENCODERS[tp] = None
        env[f"e_{name}"] = encode
        return test, f"e_{name}({var})"
    return None


def x__direct__mutmut_39(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
            encode = _ENCODERS[tp] = _encoder(None)
        env[f"e_{name}"] = encode
        return test, f"e_{name}({var})"
    return None


def x__direct__mutmut_40(tp: Any, env: dict[str, Any], var: str) -> tuple[str, str] | None:
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
        env[f"e_{name}"] = None
        return test, f"e_{name}({var})"
    return None

mutants_x__direct__mutmut['_mutmut_orig'] = x__direct__mutmut_orig # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_1'] = x__direct__mutmut_1 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_2'] = x__direct__mutmut_2 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_3'] = x__direct__mutmut_3 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_4'] = x__direct__mutmut_4 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_5'] = x__direct__mutmut_5 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_6'] = x__direct__mutmut_6 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_7'] = x__direct__mutmut_7 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_8'] = x__direct__mutmut_8 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_9'] = x__direct__mutmut_9 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_10'] = x__direct__mutmut_10 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_11'] = x__direct__mutmut_11 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_12'] = x__direct__mutmut_12 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_13'] = x__direct__mutmut_13 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_14'] = x__direct__mutmut_14 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_15'] = x__direct__mutmut_15 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_16'] = x__direct__mutmut_16 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_17'] = x__direct__mutmut_17 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_18'] = x__direct__mutmut_18 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_19'] = x__direct__mutmut_19 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_20'] = x__direct__mutmut_20 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_21'] = x__direct__mutmut_21 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_22'] = x__direct__mutmut_22 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_23'] = x__direct__mutmut_23 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_24'] = x__direct__mutmut_24 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_25'] = x__direct__mutmut_25 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_26'] = x__direct__mutmut_26 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_27'] = x__direct__mutmut_27 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_28'] = x__direct__mutmut_28 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_29'] = x__direct__mutmut_29 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_30'] = x__direct__mutmut_30 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_31'] = x__direct__mutmut_31 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_32'] = x__direct__mutmut_32 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_33'] = x__direct__mutmut_33 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_34'] = x__direct__mutmut_34 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_35'] = x__direct__mutmut_35 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_36'] = x__direct__mutmut_36 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_37'] = x__direct__mutmut_37 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_38'] = x__direct__mutmut_38 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_39'] = x__direct__mutmut_39 # type: ignore # mutmut generated
mutants_x__direct__mutmut['x__direct__mutmut_40'] = x__direct__mutmut_40 # type: ignore # mutmut generated


@cache
def _immutable(tp: Any) -> bool:
    """A frozen dataclass whose fields can only hold immutable values: its encoding never changes."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return all(_immutable(a) for a in args)
    if origin is tuple:
        return all(_immutable(a) for a in args if a is not Ellipsis)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not tp.__dataclass_params__.frozen:  # type: ignore[attr-defined]
            return False
        hints = typing.get_type_hints(tp)
        return all(_immutable(hints[f.name]) for f in dataclasses.fields(tp))
    return tp in (type(None), bool, int, str, Decimal, date, datetime) or (
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
mutants_x__dataclass_decoder__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__dataclass_decoder__mutmut)
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


def x__dataclass_decoder__mutmut_orig(cls: type[T]) -> Callable[[Any], T]:
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


def x__dataclass_decoder__mutmut_1(cls: type[T]) -> Callable[[Any], T]:
    hints = None
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


def x__dataclass_decoder__mutmut_2(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(None)
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


def x__dataclass_decoder__mutmut_3(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = None  # type: ignore[arg-type]
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(v).__name__}")
        unknown = set(v) - names
        if unknown:
            raise KeyError(f"unknown fields {sorted(unknown)}")
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name in v})

    return decode


def x__dataclass_decoder__mutmut_4(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(None)) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(v).__name__}")
        unknown = set(v) - names
        if unknown:
            raise KeyError(f"unknown fields {sorted(unknown)}")
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name in v})

    return decode


def x__dataclass_decoder__mutmut_5(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(None)]  # type: ignore[arg-type]
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(v).__name__}")
        unknown = set(v) - names
        if unknown:
            raise KeyError(f"unknown fields {sorted(unknown)}")
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name in v})

    return decode


def x__dataclass_decoder__mutmut_6(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    names = None

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(v).__name__}")
        unknown = set(v) - names
        if unknown:
            raise KeyError(f"unknown fields {sorted(unknown)}")
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name in v})

    return decode


def x__dataclass_decoder__mutmut_7(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(v).__name__}")
        unknown = set(v) - names
        if unknown:
            raise KeyError(f"unknown fields {sorted(unknown)}")
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name in v})

    return decode


def x__dataclass_decoder__mutmut_8(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(None)
        unknown = set(v) - names
        if unknown:
            raise KeyError(f"unknown fields {sorted(unknown)}")
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name in v})

    return decode


def x__dataclass_decoder__mutmut_9(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(None).__name__}")
        unknown = set(v) - names
        if unknown:
            raise KeyError(f"unknown fields {sorted(unknown)}")
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name in v})

    return decode


def x__dataclass_decoder__mutmut_10(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(v).__name__}")
        unknown = None
        if unknown:
            raise KeyError(f"unknown fields {sorted(unknown)}")
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name in v})

    return decode


def x__dataclass_decoder__mutmut_11(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(v).__name__}")
        unknown = set(v) + names
        if unknown:
            raise KeyError(f"unknown fields {sorted(unknown)}")
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name in v})

    return decode


def x__dataclass_decoder__mutmut_12(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(v).__name__}")
        unknown = set(None) - names
        if unknown:
            raise KeyError(f"unknown fields {sorted(unknown)}")
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name in v})

    return decode


def x__dataclass_decoder__mutmut_13(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(v).__name__}")
        unknown = set(v) - names
        if unknown:
            raise KeyError(None)
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name in v})

    return decode


def x__dataclass_decoder__mutmut_14(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(v).__name__}")
        unknown = set(v) - names
        if unknown:
            raise KeyError(f"unknown fields {sorted(None)}")
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name in v})

    return decode


def x__dataclass_decoder__mutmut_15(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(v).__name__}")
        unknown = set(v) - names
        if unknown:
            raise KeyError(f"unknown fields {sorted(unknown)}")
        return cls(**{name: decode_field(None) for name, decode_field in fields if name in v})

    return decode


def x__dataclass_decoder__mutmut_16(cls: type[T]) -> Callable[[Any], T]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    names = {name for name, _ in fields}

    def decode(v: Any) -> T:
        if not isinstance(v, dict):
            raise TypeError(f"expected an object, got {type(v).__name__}")
        unknown = set(v) - names
        if unknown:
            raise KeyError(f"unknown fields {sorted(unknown)}")
        return cls(**{name: decode_field(v[name]) for name, decode_field in fields if name not in v})

    return decode

mutants_x__dataclass_decoder__mutmut['_mutmut_orig'] = x__dataclass_decoder__mutmut_orig # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_1'] = x__dataclass_decoder__mutmut_1 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_2'] = x__dataclass_decoder__mutmut_2 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_3'] = x__dataclass_decoder__mutmut_3 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_4'] = x__dataclass_decoder__mutmut_4 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_5'] = x__dataclass_decoder__mutmut_5 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_6'] = x__dataclass_decoder__mutmut_6 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_7'] = x__dataclass_decoder__mutmut_7 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_8'] = x__dataclass_decoder__mutmut_8 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_9'] = x__dataclass_decoder__mutmut_9 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_10'] = x__dataclass_decoder__mutmut_10 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_11'] = x__dataclass_decoder__mutmut_11 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_12'] = x__dataclass_decoder__mutmut_12 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_13'] = x__dataclass_decoder__mutmut_13 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_14'] = x__dataclass_decoder__mutmut_14 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_15'] = x__dataclass_decoder__mutmut_15 # type: ignore # mutmut generated
mutants_x__dataclass_decoder__mutmut['x__dataclass_decoder__mutmut_16'] = x__dataclass_decoder__mutmut_16 # type: ignore # mutmut generated
mutants_x__decimal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__decimal__mutmut)
def _decimal(v: Any) -> Decimal:
    value = Decimal(_as_str(v))
    if not value.is_finite():
        raise ValueError(f"{v!r} is not a finite decimal")
    return value


def x__decimal__mutmut_orig(v: Any) -> Decimal:
    value = Decimal(_as_str(v))
    if not value.is_finite():
        raise ValueError(f"{v!r} is not a finite decimal")
    return value


def x__decimal__mutmut_1(v: Any) -> Decimal:
    value = None
    if not value.is_finite():
        raise ValueError(f"{v!r} is not a finite decimal")
    return value


def x__decimal__mutmut_2(v: Any) -> Decimal:
    value = Decimal(None)
    if not value.is_finite():
        raise ValueError(f"{v!r} is not a finite decimal")
    return value


def x__decimal__mutmut_3(v: Any) -> Decimal:
    value = Decimal(_as_str(None))
    if not value.is_finite():
        raise ValueError(f"{v!r} is not a finite decimal")
    return value


def x__decimal__mutmut_4(v: Any) -> Decimal:
    value = Decimal(_as_str(v))
    if value.is_finite():
        raise ValueError(f"{v!r} is not a finite decimal")
    return value


def x__decimal__mutmut_5(v: Any) -> Decimal:
    value = Decimal(_as_str(v))
    if not value.is_finite():
        raise ValueError(None)
    return value

mutants_x__decimal__mutmut['_mutmut_orig'] = x__decimal__mutmut_orig # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_1'] = x__decimal__mutmut_1 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_2'] = x__decimal__mutmut_2 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_3'] = x__decimal__mutmut_3 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_4'] = x__decimal__mutmut_4 # type: ignore # mutmut generated
mutants_x__decimal__mutmut['x__decimal__mutmut_5'] = x__decimal__mutmut_5 # type: ignore # mutmut generated
mutants_x__as_str__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__as_str__mutmut)
def _as_str(v: Any) -> str:
    if not isinstance(v, str):
        raise TypeError(f"expected a string, got {type(v).__name__}")
    return v


def x__as_str__mutmut_orig(v: Any) -> str:
    if not isinstance(v, str):
        raise TypeError(f"expected a string, got {type(v).__name__}")
    return v


def x__as_str__mutmut_1(v: Any) -> str:
    if isinstance(v, str):
        raise TypeError(f"expected a string, got {type(v).__name__}")
    return v


def x__as_str__mutmut_2(v: Any) -> str:
    if not isinstance(v, str):
        raise TypeError(None)
    return v


def x__as_str__mutmut_3(v: Any) -> str:
    if not isinstance(v, str):
        raise TypeError(f"expected a string, got {type(None).__name__}")
    return v

mutants_x__as_str__mutmut['_mutmut_orig'] = x__as_str__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_str__mutmut['x__as_str__mutmut_1'] = x__as_str__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_str__mutmut['x__as_str__mutmut_2'] = x__as_str__mutmut_2 # type: ignore # mutmut generated
mutants_x__as_str__mutmut['x__as_str__mutmut_3'] = x__as_str__mutmut_3 # type: ignore # mutmut generated
mutants_x__as_bool__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__as_bool__mutmut)
def _as_bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise TypeError(f"expected a boolean, got {type(v).__name__}")
    return v


def x__as_bool__mutmut_orig(v: Any) -> bool:
    if not isinstance(v, bool):
        raise TypeError(f"expected a boolean, got {type(v).__name__}")
    return v


def x__as_bool__mutmut_1(v: Any) -> bool:
    if isinstance(v, bool):
        raise TypeError(f"expected a boolean, got {type(v).__name__}")
    return v


def x__as_bool__mutmut_2(v: Any) -> bool:
    if not isinstance(v, bool):
        raise TypeError(None)
    return v


def x__as_bool__mutmut_3(v: Any) -> bool:
    if not isinstance(v, bool):
        raise TypeError(f"expected a boolean, got {type(None).__name__}")
    return v

mutants_x__as_bool__mutmut['_mutmut_orig'] = x__as_bool__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_bool__mutmut['x__as_bool__mutmut_1'] = x__as_bool__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_bool__mutmut['x__as_bool__mutmut_2'] = x__as_bool__mutmut_2 # type: ignore # mutmut generated
mutants_x__as_bool__mutmut['x__as_bool__mutmut_3'] = x__as_bool__mutmut_3 # type: ignore # mutmut generated
mutants_x__as_int__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__as_int__mutmut)
def _as_int(v: Any) -> int:
    if not isinstance(v, int) or isinstance(v, bool):
        raise TypeError(f"expected an integer, got {type(v).__name__}")
    return v


def x__as_int__mutmut_orig(v: Any) -> int:
    if not isinstance(v, int) or isinstance(v, bool):
        raise TypeError(f"expected an integer, got {type(v).__name__}")
    return v


def x__as_int__mutmut_1(v: Any) -> int:
    if not isinstance(v, int) and isinstance(v, bool):
        raise TypeError(f"expected an integer, got {type(v).__name__}")
    return v


def x__as_int__mutmut_2(v: Any) -> int:
    if isinstance(v, int) or isinstance(v, bool):
        raise TypeError(f"expected an integer, got {type(v).__name__}")
    return v


def x__as_int__mutmut_3(v: Any) -> int:
    if not isinstance(v, int) or isinstance(v, bool):
        raise TypeError(None)
    return v


def x__as_int__mutmut_4(v: Any) -> int:
    if not isinstance(v, int) or isinstance(v, bool):
        raise TypeError(f"expected an integer, got {type(None).__name__}")
    return v

mutants_x__as_int__mutmut['_mutmut_orig'] = x__as_int__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_1'] = x__as_int__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_2'] = x__as_int__mutmut_2 # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_3'] = x__as_int__mutmut_3 # type: ignore # mutmut generated
mutants_x__as_int__mutmut['x__as_int__mutmut_4'] = x__as_int__mutmut_4 # type: ignore # mutmut generated
mutants_x__as_list__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__as_list__mutmut)
def _as_list(v: Any) -> list[Any]:
    if not isinstance(v, list):
        raise TypeError(f"expected a list, got {type(v).__name__}")
    return v


def x__as_list__mutmut_orig(v: Any) -> list[Any]:
    if not isinstance(v, list):
        raise TypeError(f"expected a list, got {type(v).__name__}")
    return v


def x__as_list__mutmut_1(v: Any) -> list[Any]:
    if isinstance(v, list):
        raise TypeError(f"expected a list, got {type(v).__name__}")
    return v


def x__as_list__mutmut_2(v: Any) -> list[Any]:
    if not isinstance(v, list):
        raise TypeError(None)
    return v


def x__as_list__mutmut_3(v: Any) -> list[Any]:
    if not isinstance(v, list):
        raise TypeError(f"expected a list, got {type(None).__name__}")
    return v

mutants_x__as_list__mutmut['_mutmut_orig'] = x__as_list__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_list__mutmut['x__as_list__mutmut_1'] = x__as_list__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_list__mutmut['x__as_list__mutmut_2'] = x__as_list__mutmut_2 # type: ignore # mutmut generated
mutants_x__as_list__mutmut['x__as_list__mutmut_3'] = x__as_list__mutmut_3 # type: ignore # mutmut generated
