from decimal import Decimal

import pytest

from domain.rules._amounts import fits


@pytest.mark.parametrize(
    ("value", "places", "ok"),
    [
        ("10.50", 2, True),
        ("10.5", 2, True),
        ("10", 2, True),
        ("-10.50", 2, True),
        ("0.00", 2, True),
        ("10.500", 2, False),
        ("1E+2", 2, True),
        ("12345678901234567.89", 2, True),  # 19 digits
        ("-12345678901234567.89", 2, False),  # the sign counts: 20 characters
        ("123456789012345678.90", 2, False),  # 20 digits
        ("1.2345", 4, True),
        ("1.23456", 4, False),
        ("0.000001", 6, True),
        ("0.0000001", 6, False),
        ("NaN", 2, False),
    ],
)
def test_checks_decimals_and_length_as_written(value: str, places: int, ok: bool) -> None:
    assert fits(Decimal(value), places) is ok
