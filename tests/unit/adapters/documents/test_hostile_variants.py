"""Documents made elsewhere, made hostile: a value that is no number or no date, a cut, an element dropped or
doubled. Each must be read or refused naming its rule (DocumentError), and what is read must render in CII and UBL
or be refused naming its rule: never another exception (which the gRPC edge turns into INTERNAL)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.documents.api import parse, render
from domain.document_formats import DocumentError, IncompleteInvoice, NotCarried

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"
MADE_ELSEWHERE = sorted(
    [*FIXTURES.glob("documents-made-elsewhere/*/*.xml"), *FIXTURES.glob("kosit-xrechnung-testsuite/*.xml")]
)
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


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
@pytest.mark.parametrize("path", MADE_ELSEWHERE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_hostile_variant_is_read_or_refused_and_renders_or_is_refused_naming_its_rule(
    path: Path, mutation: str
) -> None:
    for variant in MUTATIONS[mutation](path.read_bytes()):
        try:
            invoice = parse(variant).invoice
        except DocumentError as refused:
            assert refused.rule_id.startswith("PDP-") and str(refused)
            continue
        for fmt in ("CII", "UBL"):
            try:
                assert render(invoice, fmt).content
            except (DocumentError, IncompleteInvoice, NotCarried) as refused:
                assert refused.rule_id and "BT-" in str(refused)
