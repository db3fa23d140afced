"""The e-reporting amount helpers at their edges: infinite and NaN amounts, and amounts longer than the default
decimal context's 28 digits."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from domain.reporting.amounts import has_at_most_two_decimals


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
