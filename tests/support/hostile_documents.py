"""Documents made elsewhere, made hostile: a value that is no number or no date, a cut, an element dropped or
doubled, each variant from the bytes of a real document. Shared by the reading and rendering test
(tests/unit/adapters/documents/test_hostile_variants.py) and ValidateDocument's (tests/e2e/test_document_service.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_AMOUNT = re.compile(rb">(-?\d+\.\d+)<")
_DATE = re.compile(rb">(\d{8}|\d{4}-\d{2}-\d{2})<")
_LEAF = re.compile(rb"<([A-Za-z:]+)[^>/]*>[^<]*</\1>")


def _each(pattern: re.Pattern[bytes], value: bytes) -> Callable[[bytes], list[bytes]]:
    """Every occurrence of the pattern's group replaced by `value`, one variant each (the first 15)."""

    def variants(content: bytes) -> list[bytes]:
        return [content[: m.start(1)] + value + content[m.end(1) :] for m in pattern.finditer(content)][:15]

    return variants


def _leaves(doubled: bool) -> Callable[[bytes], list[bytes]]:
    def variants(content: bytes) -> list[bytes]:
        return [
            content[: m.end()] + m.group(0) + content[m.end() :]
            if doubled
            else content[: m.start()] + content[m.end() :]
            for m in _LEAF.finditer(content)
        ][:25]

    return variants


MUTATIONS: dict[str, Callable[[bytes], list[bytes]]] = {
    "amount NaN": _each(_AMOUNT, b"NaN"),
    "amount 1e999999": _each(_AMOUNT, b"1e999999"),
    "amount of 40 digits": _each(_AMOUNT, b"9" * 40),
    "date 30 February": _each(_DATE, b"20260230"),
    "date 0000-01-01": _each(_DATE, b"0000-01-01"),
    "an element dropped": _leaves(doubled=False),
    "an element doubled": _leaves(doubled=True),
    "cut": lambda content: [content[: len(content) * i // 8] for i in range(8)],
}
