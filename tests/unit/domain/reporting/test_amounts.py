"""The e-reporting amount helpers at their edges: infinite and NaN amounts, rates rounded half-up on the cent, and
values longer than the default decimal context's 28 digits (the domain's context holds them)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from domain.reporting.amounts import has_at_most_two_decimals, rate_str


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("100.00", True),
        ("100.001", False),
        ("9" * 30 + ".00", True),  # 32 digits: checked in the domain's context, not Python's default of 28
        ("9" * 30 + ".001", False),
        ("Infinity", False),
        ("-Infinity", False),
        ("NaN", False),
    ],
)
def test_at_most_two_decimals(amount: str, expected: bool) -> None:
    assert has_at_most_two_decimals(D(amount)) is expected


@pytest.mark.parametrize(
    ("rate", "text"),
    [
        ("20", "20"),
        ("20.000", "20"),
        ("5.50", "5.5"),
        ("5.545", "5.55"),  # half-up: half-even would give 5.54
        ("5.555", "5.56"),
        ("0.005", "0.01"),
        ("-0", "0"),
        ("-5.50", "-5.5"),  # a negative rate keeps its sign (ER-RATE refuses it, with the rate as written)
        ("9" * 30, "9" * 30),  # 32 digits once on the cent: beyond the default context's 28
    ],
)
def test_a_rate_on_the_wire(rate: str, text: str) -> None:
    assert rate_str(D(rate)) == text
