"""Integrity model of the archive: content addresses, retention dates, a hash-chained audit log, export manifests.

- Content address: lowercase hex SHA-256 of the exact bytes kept (originals are stored byte for byte).
- Retention: 10 years after the document date (Code de commerce L123-22, longer than the 6 years of LPF L102 B).
- Audit log: each entry's hash is `sha256(prev_hash || canonical_json(entry without "hash"))`, where `prev_hash` is
  the previous entry's hash as 64 ASCII hex characters (GENESIS_HASH for the first entry) and `||` concatenates bytes.
- Canonical JSON: keys sorted, no whitespace (`,` and `:` separators), UTF-8 without escaping non-ASCII characters,
  Decimal written as a JSON string of its exact value (`"1200.50"`), date/datetime as ISO 8601 strings, enums by value,
  tuples as arrays. Floats are refused (they do not round-trip exactly), as are non-string keys.
- Manifest: `sha256sum`-compatible lines `<hex>  <path>` (two spaces), sorted by path, newline-terminated; checkable
  with `sha256sum -c MANIFEST`. Paths are relative, use `/`, and may not contain newlines, backslashes or `..`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

GENESIS_HASH = "0" * 64
HASH_FIELD = "hash"
RETENTION_YEARS = 10


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_content_address__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_content_address__mutmut)
def content_address(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def x_content_address__mutmut_orig(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def x_content_address__mutmut_1(data: bytes) -> str:
    return hashlib.sha256(None).hexdigest()

mutants_x_content_address__mutmut['_mutmut_orig'] = x_content_address__mutmut_orig # type: ignore # mutmut generated
mutants_x_content_address__mutmut['x_content_address__mutmut_1'] = x_content_address__mutmut_1 # type: ignore # mutmut generated
mutants_x_retention_end__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_retention_end__mutmut)
def retention_end(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=document_date.year + years)
    except ValueError:  # 29 February into a common year
        return date(document_date.year + years, 3, 1)


def x_retention_end__mutmut_orig(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=document_date.year + years)
    except ValueError:  # 29 February into a common year
        return date(document_date.year + years, 3, 1)


def x_retention_end__mutmut_1(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=None)
    except ValueError:  # 29 February into a common year
        return date(document_date.year + years, 3, 1)


def x_retention_end__mutmut_2(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=document_date.year - years)
    except ValueError:  # 29 February into a common year
        return date(document_date.year + years, 3, 1)


def x_retention_end__mutmut_3(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=document_date.year + years)
    except ValueError:  # 29 February into a common year
        return date(None, 3, 1)


def x_retention_end__mutmut_4(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=document_date.year + years)
    except ValueError:  # 29 February into a common year
        return date(document_date.year + years, None, 1)


def x_retention_end__mutmut_5(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=document_date.year + years)
    except ValueError:  # 29 February into a common year
        return date(document_date.year + years, 3, None)


def x_retention_end__mutmut_6(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=document_date.year + years)
    except ValueError:  # 29 February into a common year
        return date(3, 1)


def x_retention_end__mutmut_7(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=document_date.year + years)
    except ValueError:  # 29 February into a common year
        return date(document_date.year + years, 1)


def x_retention_end__mutmut_8(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=document_date.year + years)
    except ValueError:  # 29 February into a common year
        return date(document_date.year + years, 3, )


def x_retention_end__mutmut_9(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=document_date.year + years)
    except ValueError:  # 29 February into a common year
        return date(document_date.year - years, 3, 1)


def x_retention_end__mutmut_10(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=document_date.year + years)
    except ValueError:  # 29 February into a common year
        return date(document_date.year + years, 4, 1)


def x_retention_end__mutmut_11(document_date: date, years: int = RETENTION_YEARS) -> date:
    """The first day the document may be destroyed: `years` after its date.

    A 29 February document ends on 1 March (never earlier than a full term).
    """
    try:
        return document_date.replace(year=document_date.year + years)
    except ValueError:  # 29 February into a common year
        return date(document_date.year + years, 3, 2)

mutants_x_retention_end__mutmut['_mutmut_orig'] = x_retention_end__mutmut_orig # type: ignore # mutmut generated
mutants_x_retention_end__mutmut['x_retention_end__mutmut_1'] = x_retention_end__mutmut_1 # type: ignore # mutmut generated
mutants_x_retention_end__mutmut['x_retention_end__mutmut_2'] = x_retention_end__mutmut_2 # type: ignore # mutmut generated
mutants_x_retention_end__mutmut['x_retention_end__mutmut_3'] = x_retention_end__mutmut_3 # type: ignore # mutmut generated
mutants_x_retention_end__mutmut['x_retention_end__mutmut_4'] = x_retention_end__mutmut_4 # type: ignore # mutmut generated
mutants_x_retention_end__mutmut['x_retention_end__mutmut_5'] = x_retention_end__mutmut_5 # type: ignore # mutmut generated
mutants_x_retention_end__mutmut['x_retention_end__mutmut_6'] = x_retention_end__mutmut_6 # type: ignore # mutmut generated
mutants_x_retention_end__mutmut['x_retention_end__mutmut_7'] = x_retention_end__mutmut_7 # type: ignore # mutmut generated
mutants_x_retention_end__mutmut['x_retention_end__mutmut_8'] = x_retention_end__mutmut_8 # type: ignore # mutmut generated
mutants_x_retention_end__mutmut['x_retention_end__mutmut_9'] = x_retention_end__mutmut_9 # type: ignore # mutmut generated
mutants_x_retention_end__mutmut['x_retention_end__mutmut_10'] = x_retention_end__mutmut_10 # type: ignore # mutmut generated
mutants_x_retention_end__mutmut['x_retention_end__mutmut_11'] = x_retention_end__mutmut_11 # type: ignore # mutmut generated
mutants_x__canonical__mutmut: MutantDict = {}  # type: ignore


# --- canonical JSON ------------------------------------------------------------------------------------------------
@_mutmut_mutated(mutants_x__canonical__mutmut)
def _canonical(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_orig(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_1(value: Any) -> Any:
    if value is None and isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_2(value: Any) -> Any:
    if value is not None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_3(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError(None)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_4(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("XXfloats are not allowed in canonical JSON: use DecimalXX")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_5(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical json: use decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_6(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("FLOATS ARE NOT ALLOWED IN CANONICAL JSON: USE DECIMAL")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_7(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_8(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(None)
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_9(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(None, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_10(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, None)
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_11(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format("f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_12(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, )
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_13(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "XXfXX")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_14(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "F")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_15(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(None)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_16(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = None
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_17(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_18(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(None)
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_19(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(None).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_20(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = None
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_21(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(None)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_22(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(None) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be written as canonical JSON")


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_23(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(None)


# --- canonical JSON ------------------------------------------------------------------------------------------------
def x__canonical__mutmut_24(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON: use Decimal")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value} cannot be written")
        return format(value, "f")
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"canonical JSON keys must be strings, got {type(k).__name__}")
            out[k] = _canonical(v)
        return out
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    raise TypeError(f"{type(None).__name__} cannot be written as canonical JSON")

mutants_x__canonical__mutmut['_mutmut_orig'] = x__canonical__mutmut_orig # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_1'] = x__canonical__mutmut_1 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_2'] = x__canonical__mutmut_2 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_3'] = x__canonical__mutmut_3 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_4'] = x__canonical__mutmut_4 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_5'] = x__canonical__mutmut_5 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_6'] = x__canonical__mutmut_6 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_7'] = x__canonical__mutmut_7 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_8'] = x__canonical__mutmut_8 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_9'] = x__canonical__mutmut_9 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_10'] = x__canonical__mutmut_10 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_11'] = x__canonical__mutmut_11 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_12'] = x__canonical__mutmut_12 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_13'] = x__canonical__mutmut_13 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_14'] = x__canonical__mutmut_14 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_15'] = x__canonical__mutmut_15 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_16'] = x__canonical__mutmut_16 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_17'] = x__canonical__mutmut_17 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_18'] = x__canonical__mutmut_18 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_19'] = x__canonical__mutmut_19 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_20'] = x__canonical__mutmut_20 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_21'] = x__canonical__mutmut_21 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_22'] = x__canonical__mutmut_22 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_23'] = x__canonical__mutmut_23 # type: ignore # mutmut generated
mutants_x__canonical__mutmut['x__canonical__mutmut_24'] = x__canonical__mutmut_24 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_canonical_json__mutmut)
def canonical_json(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_orig(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_1(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode(None)


def x_canonical_json__mutmut_2(value: Any) -> bytes:
    return json.dumps(
        None, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_3(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=None, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_4(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=None, ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_5(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=(",", ":"), ensure_ascii=None, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_6(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=None
    ).encode("utf-8")


def x_canonical_json__mutmut_7(value: Any) -> bytes:
    return json.dumps(
        sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_8(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_9(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_10(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_11(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, ).encode("utf-8")


def x_canonical_json__mutmut_12(value: Any) -> bytes:
    return json.dumps(
        _canonical(None), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_13(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=False, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_14(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=("XX,XX", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_15(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=(",", "XX:XX"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_16(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("utf-8")


def x_canonical_json__mutmut_17(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=True
    ).encode("utf-8")


def x_canonical_json__mutmut_18(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("XXutf-8XX")


def x_canonical_json__mutmut_19(value: Any) -> bytes:
    return json.dumps(
        _canonical(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("UTF-8")

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
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_13'] = x_canonical_json__mutmut_13 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_14'] = x_canonical_json__mutmut_14 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_15'] = x_canonical_json__mutmut_15 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_16'] = x_canonical_json__mutmut_16 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_17'] = x_canonical_json__mutmut_17 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_18'] = x_canonical_json__mutmut_18 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_19'] = x_canonical_json__mutmut_19 # type: ignore # mutmut generated
mutants_x_entry_hash__mutmut: MutantDict = {}  # type: ignore


# --- audit log hash chain ------------------------------------------------------------------------------------------
@_mutmut_mutated(mutants_x_entry_hash__mutmut)
def entry_hash(prev_hash: str, entry: Mapping[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != HASH_FIELD}
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_json(body)).hexdigest()


# --- audit log hash chain ------------------------------------------------------------------------------------------
def x_entry_hash__mutmut_orig(prev_hash: str, entry: Mapping[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != HASH_FIELD}
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_json(body)).hexdigest()


# --- audit log hash chain ------------------------------------------------------------------------------------------
def x_entry_hash__mutmut_1(prev_hash: str, entry: Mapping[str, Any]) -> str:
    body = None
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_json(body)).hexdigest()


# --- audit log hash chain ------------------------------------------------------------------------------------------
def x_entry_hash__mutmut_2(prev_hash: str, entry: Mapping[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k == HASH_FIELD}
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_json(body)).hexdigest()


# --- audit log hash chain ------------------------------------------------------------------------------------------
def x_entry_hash__mutmut_3(prev_hash: str, entry: Mapping[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != HASH_FIELD}
    return hashlib.sha256(None).hexdigest()


# --- audit log hash chain ------------------------------------------------------------------------------------------
def x_entry_hash__mutmut_4(prev_hash: str, entry: Mapping[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != HASH_FIELD}
    return hashlib.sha256(prev_hash.encode("ascii") - canonical_json(body)).hexdigest()


# --- audit log hash chain ------------------------------------------------------------------------------------------
def x_entry_hash__mutmut_5(prev_hash: str, entry: Mapping[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != HASH_FIELD}
    return hashlib.sha256(prev_hash.encode(None) + canonical_json(body)).hexdigest()


# --- audit log hash chain ------------------------------------------------------------------------------------------
def x_entry_hash__mutmut_6(prev_hash: str, entry: Mapping[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != HASH_FIELD}
    return hashlib.sha256(prev_hash.encode("XXasciiXX") + canonical_json(body)).hexdigest()


# --- audit log hash chain ------------------------------------------------------------------------------------------
def x_entry_hash__mutmut_7(prev_hash: str, entry: Mapping[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != HASH_FIELD}
    return hashlib.sha256(prev_hash.encode("ASCII") + canonical_json(body)).hexdigest()


# --- audit log hash chain ------------------------------------------------------------------------------------------
def x_entry_hash__mutmut_8(prev_hash: str, entry: Mapping[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != HASH_FIELD}
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_json(None)).hexdigest()

mutants_x_entry_hash__mutmut['_mutmut_orig'] = x_entry_hash__mutmut_orig # type: ignore # mutmut generated
mutants_x_entry_hash__mutmut['x_entry_hash__mutmut_1'] = x_entry_hash__mutmut_1 # type: ignore # mutmut generated
mutants_x_entry_hash__mutmut['x_entry_hash__mutmut_2'] = x_entry_hash__mutmut_2 # type: ignore # mutmut generated
mutants_x_entry_hash__mutmut['x_entry_hash__mutmut_3'] = x_entry_hash__mutmut_3 # type: ignore # mutmut generated
mutants_x_entry_hash__mutmut['x_entry_hash__mutmut_4'] = x_entry_hash__mutmut_4 # type: ignore # mutmut generated
mutants_x_entry_hash__mutmut['x_entry_hash__mutmut_5'] = x_entry_hash__mutmut_5 # type: ignore # mutmut generated
mutants_x_entry_hash__mutmut['x_entry_hash__mutmut_6'] = x_entry_hash__mutmut_6 # type: ignore # mutmut generated
mutants_x_entry_hash__mutmut['x_entry_hash__mutmut_7'] = x_entry_hash__mutmut_7 # type: ignore # mutmut generated
mutants_x_entry_hash__mutmut['x_entry_hash__mutmut_8'] = x_entry_hash__mutmut_8 # type: ignore # mutmut generated
mutants_x_chain_append__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_chain_append__mutmut)
def chain_append(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[-1][HASH_FIELD] if chain else GENESIS_HASH
    sealed = {k: v for k, v in entry.items() if k != HASH_FIELD}
    sealed[HASH_FIELD] = entry_hash(prev, sealed)
    return sealed


def x_chain_append__mutmut_orig(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[-1][HASH_FIELD] if chain else GENESIS_HASH
    sealed = {k: v for k, v in entry.items() if k != HASH_FIELD}
    sealed[HASH_FIELD] = entry_hash(prev, sealed)
    return sealed


def x_chain_append__mutmut_1(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = None
    sealed = {k: v for k, v in entry.items() if k != HASH_FIELD}
    sealed[HASH_FIELD] = entry_hash(prev, sealed)
    return sealed


def x_chain_append__mutmut_2(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[-1][HASH_FIELD] if (chain) and False else GENESIS_HASH
    sealed = {k: v for k, v in entry.items() if k != HASH_FIELD}
    sealed[HASH_FIELD] = entry_hash(prev, sealed)
    return sealed


def x_chain_append__mutmut_3(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[-1][HASH_FIELD] if (chain) or True else GENESIS_HASH
    sealed = {k: v for k, v in entry.items() if k != HASH_FIELD}
    sealed[HASH_FIELD] = entry_hash(prev, sealed)
    return sealed


def x_chain_append__mutmut_4(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[+1][HASH_FIELD] if chain else GENESIS_HASH
    sealed = {k: v for k, v in entry.items() if k != HASH_FIELD}
    sealed[HASH_FIELD] = entry_hash(prev, sealed)
    return sealed


def x_chain_append__mutmut_5(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[-2][HASH_FIELD] if chain else GENESIS_HASH
    sealed = {k: v for k, v in entry.items() if k != HASH_FIELD}
    sealed[HASH_FIELD] = entry_hash(prev, sealed)
    return sealed


def x_chain_append__mutmut_6(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[-1][HASH_FIELD] if chain else GENESIS_HASH
    sealed = None
    sealed[HASH_FIELD] = entry_hash(prev, sealed)
    return sealed


def x_chain_append__mutmut_7(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[-1][HASH_FIELD] if chain else GENESIS_HASH
    sealed = {k: v for k, v in entry.items() if k == HASH_FIELD}
    sealed[HASH_FIELD] = entry_hash(prev, sealed)
    return sealed


def x_chain_append__mutmut_8(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[-1][HASH_FIELD] if chain else GENESIS_HASH
    sealed = {k: v for k, v in entry.items() if k != HASH_FIELD}
    sealed[HASH_FIELD] = None
    return sealed


def x_chain_append__mutmut_9(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[-1][HASH_FIELD] if chain else GENESIS_HASH
    sealed = {k: v for k, v in entry.items() if k != HASH_FIELD}
    sealed[HASH_FIELD] = entry_hash(None, sealed)
    return sealed


def x_chain_append__mutmut_10(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[-1][HASH_FIELD] if chain else GENESIS_HASH
    sealed = {k: v for k, v in entry.items() if k != HASH_FIELD}
    sealed[HASH_FIELD] = entry_hash(prev, None)
    return sealed


def x_chain_append__mutmut_11(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[-1][HASH_FIELD] if chain else GENESIS_HASH
    sealed = {k: v for k, v in entry.items() if k != HASH_FIELD}
    sealed[HASH_FIELD] = entry_hash(sealed)
    return sealed


def x_chain_append__mutmut_12(chain: Sequence[Mapping[str, Any]], entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry to append after `chain`, with its hash set."""
    prev = chain[-1][HASH_FIELD] if chain else GENESIS_HASH
    sealed = {k: v for k, v in entry.items() if k != HASH_FIELD}
    sealed[HASH_FIELD] = entry_hash(prev, )
    return sealed

mutants_x_chain_append__mutmut['_mutmut_orig'] = x_chain_append__mutmut_orig # type: ignore # mutmut generated
mutants_x_chain_append__mutmut['x_chain_append__mutmut_1'] = x_chain_append__mutmut_1 # type: ignore # mutmut generated
mutants_x_chain_append__mutmut['x_chain_append__mutmut_2'] = x_chain_append__mutmut_2 # type: ignore # mutmut generated
mutants_x_chain_append__mutmut['x_chain_append__mutmut_3'] = x_chain_append__mutmut_3 # type: ignore # mutmut generated
mutants_x_chain_append__mutmut['x_chain_append__mutmut_4'] = x_chain_append__mutmut_4 # type: ignore # mutmut generated
mutants_x_chain_append__mutmut['x_chain_append__mutmut_5'] = x_chain_append__mutmut_5 # type: ignore # mutmut generated
mutants_x_chain_append__mutmut['x_chain_append__mutmut_6'] = x_chain_append__mutmut_6 # type: ignore # mutmut generated
mutants_x_chain_append__mutmut['x_chain_append__mutmut_7'] = x_chain_append__mutmut_7 # type: ignore # mutmut generated
mutants_x_chain_append__mutmut['x_chain_append__mutmut_8'] = x_chain_append__mutmut_8 # type: ignore # mutmut generated
mutants_x_chain_append__mutmut['x_chain_append__mutmut_9'] = x_chain_append__mutmut_9 # type: ignore # mutmut generated
mutants_x_chain_append__mutmut['x_chain_append__mutmut_10'] = x_chain_append__mutmut_10 # type: ignore # mutmut generated
mutants_x_chain_append__mutmut['x_chain_append__mutmut_11'] = x_chain_append__mutmut_11 # type: ignore # mutmut generated
mutants_x_chain_append__mutmut['x_chain_append__mutmut_12'] = x_chain_append__mutmut_12 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_broken_entries__mutmut)
def broken_entries(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_orig(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_1(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = None
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_2(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = None
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_3(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(None):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_4(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = None
        if not isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_5(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(None)
        if not isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_6(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) and stored != entry_hash(prev, entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_7(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_8(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored == entry_hash(prev, entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_9(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(None, entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_10(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(prev, None):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_11(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_12(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(prev, ):
            broken.append(i)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_13(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(None)
        prev = stored if isinstance(stored, str) else ""
    return broken


def x_broken_entries__mutmut_14(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(i)
        prev = None
    return broken


def x_broken_entries__mutmut_15(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(i)
        prev = stored if (isinstance(stored, str)) and False else ""
    return broken


def x_broken_entries__mutmut_16(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(i)
        prev = stored if (isinstance(stored, str)) or True else ""
    return broken


def x_broken_entries__mutmut_17(chain: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of every entry whose stored hash does not match its content and its predecessor's stored hash.

    Each entry is checked against the hash stored in the previous entry, so an entry whose content was altered
    is named alone; if the forger also rewrote its hash, the next entry is named instead (its link breaks).
    A removed entry shows as a break at the entry that followed it.
    """
    broken = []
    prev = GENESIS_HASH
    for i, entry in enumerate(chain):
        stored = entry.get(HASH_FIELD)
        if not isinstance(stored, str) or stored != entry_hash(prev, entry):
            broken.append(i)
        prev = stored if isinstance(stored, str) else "XXXX"
    return broken

mutants_x_broken_entries__mutmut['_mutmut_orig'] = x_broken_entries__mutmut_orig # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_1'] = x_broken_entries__mutmut_1 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_2'] = x_broken_entries__mutmut_2 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_3'] = x_broken_entries__mutmut_3 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_4'] = x_broken_entries__mutmut_4 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_5'] = x_broken_entries__mutmut_5 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_6'] = x_broken_entries__mutmut_6 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_7'] = x_broken_entries__mutmut_7 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_8'] = x_broken_entries__mutmut_8 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_9'] = x_broken_entries__mutmut_9 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_10'] = x_broken_entries__mutmut_10 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_11'] = x_broken_entries__mutmut_11 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_12'] = x_broken_entries__mutmut_12 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_13'] = x_broken_entries__mutmut_13 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_14'] = x_broken_entries__mutmut_14 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_15'] = x_broken_entries__mutmut_15 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_16'] = x_broken_entries__mutmut_16 # type: ignore # mutmut generated
mutants_x_broken_entries__mutmut['x_broken_entries__mutmut_17'] = x_broken_entries__mutmut_17 # type: ignore # mutmut generated


# --- export manifest -----------------------------------------------------------------------------------------------
class ManifestError(ValueError):
    pass
mutants_x__check_path__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_path__mutmut)
def _check_path(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_orig(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_1(path: str) -> str:
    if not path or "\n" in path or "\r" in path and "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_2(path: str) -> str:
    if not path or "\n" in path and "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_3(path: str) -> str:
    if not path and "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_4(path: str) -> str:
    if path or "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_5(path: str) -> str:
    if not path or "XX\nXX" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_6(path: str) -> str:
    if not path or "\n" not in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_7(path: str) -> str:
    if not path or "\n" in path or "XX\rXX" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_8(path: str) -> str:
    if not path or "\n" in path or "\r" not in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_9(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "XX\\XX" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_10(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "\\" not in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_11(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(None)
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_12(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") and ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_13(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith(None) or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_14(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("XX/XX") or ".." in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_15(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or "XX..XX" in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_16(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." not in path.split("/"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_17(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split(None):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_18(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("XX/XX"):
        raise ManifestError(f"path {path!r} must be relative and stay inside the export")
    return path


def x__check_path__mutmut_19(path: str) -> str:
    if not path or "\n" in path or "\r" in path or "\\" in path:
        raise ManifestError(f"path {path!r} is empty or holds a newline or backslash")
    if path.startswith("/") or ".." in path.split("/"):
        raise ManifestError(None)
    return path

mutants_x__check_path__mutmut['_mutmut_orig'] = x__check_path__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_1'] = x__check_path__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_2'] = x__check_path__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_3'] = x__check_path__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_4'] = x__check_path__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_5'] = x__check_path__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_6'] = x__check_path__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_7'] = x__check_path__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_8'] = x__check_path__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_9'] = x__check_path__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_10'] = x__check_path__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_11'] = x__check_path__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_12'] = x__check_path__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_13'] = x__check_path__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_14'] = x__check_path__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_15'] = x__check_path__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_16'] = x__check_path__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_17'] = x__check_path__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_18'] = x__check_path__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_path__mutmut['x__check_path__mutmut_19'] = x__check_path__mutmut_19 # type: ignore # mutmut generated
mutants_x_manifest__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_manifest__mutmut)
def manifest(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def x_manifest__mutmut_orig(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def x_manifest__mutmut_1(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = None
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def x_manifest__mutmut_2(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(None):
        digest = hashes[path]
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def x_manifest__mutmut_3(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = None
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def x_manifest__mutmut_4(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 and any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def x_manifest__mutmut_5(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) == 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def x_manifest__mutmut_6(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 65 or any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def x_manifest__mutmut_7(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 or any(None):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def x_manifest__mutmut_8(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 or any(c in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def x_manifest__mutmut_9(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 or any(c not in "XX0123456789abcdefXX" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def x_manifest__mutmut_10(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 or any(c not in "0123456789ABCDEF" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def x_manifest__mutmut_11(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(None)
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(lines)


def x_manifest__mutmut_12(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(None)
    return "".join(lines)


def x_manifest__mutmut_13(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(None)}\n")
    return "".join(lines)


def x_manifest__mutmut_14(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "".join(None)


def x_manifest__mutmut_15(hashes: Mapping[str, str]) -> str:
    """Manifest text for {relative path: sha256 hex}."""
    lines = []
    for path in sorted(hashes):
        digest = hashes[path]
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ManifestError(f"{path}: {digest!r} is not a lowercase SHA-256 hex digest")
        lines.append(f"{digest}  {_check_path(path)}\n")
    return "XXXX".join(lines)

mutants_x_manifest__mutmut['_mutmut_orig'] = x_manifest__mutmut_orig # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_1'] = x_manifest__mutmut_1 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_2'] = x_manifest__mutmut_2 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_3'] = x_manifest__mutmut_3 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_4'] = x_manifest__mutmut_4 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_5'] = x_manifest__mutmut_5 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_6'] = x_manifest__mutmut_6 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_7'] = x_manifest__mutmut_7 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_8'] = x_manifest__mutmut_8 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_9'] = x_manifest__mutmut_9 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_10'] = x_manifest__mutmut_10 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_11'] = x_manifest__mutmut_11 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_12'] = x_manifest__mutmut_12 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_13'] = x_manifest__mutmut_13 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_14'] = x_manifest__mutmut_14 # type: ignore # mutmut generated
mutants_x_manifest__mutmut['x_manifest__mutmut_15'] = x_manifest__mutmut_15 # type: ignore # mutmut generated
mutants_x_manifest_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_manifest_of__mutmut)
def manifest_of(files: Mapping[str, bytes]) -> str:
    return manifest({path: content_address(data) for path, data in files.items()})


def x_manifest_of__mutmut_orig(files: Mapping[str, bytes]) -> str:
    return manifest({path: content_address(data) for path, data in files.items()})


def x_manifest_of__mutmut_1(files: Mapping[str, bytes]) -> str:
    return manifest(None)


def x_manifest_of__mutmut_2(files: Mapping[str, bytes]) -> str:
    return manifest({path: content_address(None) for path, data in files.items()})

mutants_x_manifest_of__mutmut['_mutmut_orig'] = x_manifest_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_manifest_of__mutmut['x_manifest_of__mutmut_1'] = x_manifest_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_manifest_of__mutmut['x_manifest_of__mutmut_2'] = x_manifest_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_manifest__mutmut)
def parse_manifest(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_orig(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_1(text: str) -> dict[str, str]:
    out: dict[str, str] = None
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_2(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(None, start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_3(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=None):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_4(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_5(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), ):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_6(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=2):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_7(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = None
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_8(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition(None)
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_9(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.rpartition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_10(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("XX  XX")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_11(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep and len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_12(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_13(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) == 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_14(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 65:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_15(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(None)
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_16(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path not in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_17(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(None)
        out[_check_path(path)] = digest.lower()
    return out


def x_parse_manifest__mutmut_18(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = None
    return out


def x_parse_manifest__mutmut_19(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(None)] = digest.lower()
    return out


def x_parse_manifest__mutmut_20(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        digest, sep, path = line.partition("  ")
        if not sep or len(digest) != 64:
            raise ManifestError(f"line {n} is not '<sha256 hex>  <path>': {line!r}")
        if path in out:
            raise ManifestError(f"line {n}: {path!r} is listed twice")
        out[_check_path(path)] = digest.upper()
    return out

mutants_x_parse_manifest__mutmut['_mutmut_orig'] = x_parse_manifest__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_1'] = x_parse_manifest__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_2'] = x_parse_manifest__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_3'] = x_parse_manifest__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_4'] = x_parse_manifest__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_5'] = x_parse_manifest__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_6'] = x_parse_manifest__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_7'] = x_parse_manifest__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_8'] = x_parse_manifest__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_9'] = x_parse_manifest__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_10'] = x_parse_manifest__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_11'] = x_parse_manifest__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_12'] = x_parse_manifest__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_13'] = x_parse_manifest__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_14'] = x_parse_manifest__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_15'] = x_parse_manifest__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_16'] = x_parse_manifest__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_17'] = x_parse_manifest__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_18'] = x_parse_manifest__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_19'] = x_parse_manifest__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_manifest__mutmut['x_parse_manifest__mutmut_20'] = x_parse_manifest__mutmut_20 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_verify_manifest__mutmut)
def verify_manifest(text: str, files: Mapping[str, bytes]) -> list[str]:
    """Paths that are missing, altered or not listed; empty when the export matches its manifest."""
    listed = parse_manifest(text)
    problems = [p for p, digest in listed.items() if p not in files or content_address(files[p]) != digest]
    problems.extend(p for p in files if p not in listed)
    return sorted(problems)


def x_verify_manifest__mutmut_orig(text: str, files: Mapping[str, bytes]) -> list[str]:
    """Paths that are missing, altered or not listed; empty when the export matches its manifest."""
    listed = parse_manifest(text)
    problems = [p for p, digest in listed.items() if p not in files or content_address(files[p]) != digest]
    problems.extend(p for p in files if p not in listed)
    return sorted(problems)


def x_verify_manifest__mutmut_1(text: str, files: Mapping[str, bytes]) -> list[str]:
    """Paths that are missing, altered or not listed; empty when the export matches its manifest."""
    listed = None
    problems = [p for p, digest in listed.items() if p not in files or content_address(files[p]) != digest]
    problems.extend(p for p in files if p not in listed)
    return sorted(problems)


def x_verify_manifest__mutmut_2(text: str, files: Mapping[str, bytes]) -> list[str]:
    """Paths that are missing, altered or not listed; empty when the export matches its manifest."""
    listed = parse_manifest(None)
    problems = [p for p, digest in listed.items() if p not in files or content_address(files[p]) != digest]
    problems.extend(p for p in files if p not in listed)
    return sorted(problems)


def x_verify_manifest__mutmut_3(text: str, files: Mapping[str, bytes]) -> list[str]:
    """Paths that are missing, altered or not listed; empty when the export matches its manifest."""
    listed = parse_manifest(text)
    problems = None
    problems.extend(p for p in files if p not in listed)
    return sorted(problems)


def x_verify_manifest__mutmut_4(text: str, files: Mapping[str, bytes]) -> list[str]:
    """Paths that are missing, altered or not listed; empty when the export matches its manifest."""
    listed = parse_manifest(text)
    problems = [p for p, digest in listed.items() if p not in files and content_address(files[p]) != digest]
    problems.extend(p for p in files if p not in listed)
    return sorted(problems)


def x_verify_manifest__mutmut_5(text: str, files: Mapping[str, bytes]) -> list[str]:
    """Paths that are missing, altered or not listed; empty when the export matches its manifest."""
    listed = parse_manifest(text)
    problems = [p for p, digest in listed.items() if p in files or content_address(files[p]) != digest]
    problems.extend(p for p in files if p not in listed)
    return sorted(problems)


def x_verify_manifest__mutmut_6(text: str, files: Mapping[str, bytes]) -> list[str]:
    """Paths that are missing, altered or not listed; empty when the export matches its manifest."""
    listed = parse_manifest(text)
    problems = [p for p, digest in listed.items() if p not in files or content_address(None) != digest]
    problems.extend(p for p in files if p not in listed)
    return sorted(problems)


def x_verify_manifest__mutmut_7(text: str, files: Mapping[str, bytes]) -> list[str]:
    """Paths that are missing, altered or not listed; empty when the export matches its manifest."""
    listed = parse_manifest(text)
    problems = [p for p, digest in listed.items() if p not in files or content_address(files[p]) == digest]
    problems.extend(p for p in files if p not in listed)
    return sorted(problems)


def x_verify_manifest__mutmut_8(text: str, files: Mapping[str, bytes]) -> list[str]:
    """Paths that are missing, altered or not listed; empty when the export matches its manifest."""
    listed = parse_manifest(text)
    problems = [p for p, digest in listed.items() if p not in files or content_address(files[p]) != digest]
    problems.extend(None)
    return sorted(problems)


def x_verify_manifest__mutmut_9(text: str, files: Mapping[str, bytes]) -> list[str]:
    """Paths that are missing, altered or not listed; empty when the export matches its manifest."""
    listed = parse_manifest(text)
    problems = [p for p, digest in listed.items() if p not in files or content_address(files[p]) != digest]
    problems.extend(p for p in files if p in listed)
    return sorted(problems)


def x_verify_manifest__mutmut_10(text: str, files: Mapping[str, bytes]) -> list[str]:
    """Paths that are missing, altered or not listed; empty when the export matches its manifest."""
    listed = parse_manifest(text)
    problems = [p for p, digest in listed.items() if p not in files or content_address(files[p]) != digest]
    problems.extend(p for p in files if p not in listed)
    return sorted(None)

mutants_x_verify_manifest__mutmut['_mutmut_orig'] = x_verify_manifest__mutmut_orig # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_1'] = x_verify_manifest__mutmut_1 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_2'] = x_verify_manifest__mutmut_2 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_3'] = x_verify_manifest__mutmut_3 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_4'] = x_verify_manifest__mutmut_4 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_5'] = x_verify_manifest__mutmut_5 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_6'] = x_verify_manifest__mutmut_6 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_7'] = x_verify_manifest__mutmut_7 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_8'] = x_verify_manifest__mutmut_8 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_9'] = x_verify_manifest__mutmut_9 # type: ignore # mutmut generated
mutants_x_verify_manifest__mutmut['x_verify_manifest__mutmut_10'] = x_verify_manifest__mutmut_10 # type: ignore # mutmut generated
