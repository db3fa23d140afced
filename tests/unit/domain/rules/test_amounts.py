from decimal import Decimal

import pytest

from domain.rules._amounts import fits, shape


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


# shape() decides every value the quick checks of fits() leave: positive exponents, 18 digits and more, signs.
# Hand-computed: places = the decimals written; length = the digits written, with the leading "0." zeros of a
# value under 1, plus the sign; a zero written with a positive exponent ("0E+3") is one digit.
@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        ("1.23", 2, (True, True)),
        ("1.234", 2, (False, True)),
        ("1.2345", 4, (True, True)),
        ("1.23456", 4, (False, True)),
        ("0.000001", 6, (True, True)),
        ("0.0000001", 6, (False, True)),
        ("0.001", 2, (False, True)),
        ("-0.000", 2, (False, True)),
        ("0.00000000000000000001", 2, (False, False)),  # 20 decimals: 21 digits with the leading 0
        ("0.000000000000000001", 6, (False, True)),  # 18 decimals: 19 digits with the leading 0
        ("0.0000000000000000001", 6, (False, False)),  # 19 decimals: 20 digits
        ("1E+2", 2, (True, True)),
        ("0E+3", 2, (True, True)),
        ("-0E+18", 2, (True, True)),
        ("1E+18", 2, (True, True)),  # 19 digits
        ("1E+19", 2, (True, False)),  # 20 digits
        ("-1E+18", 2, (True, False)),  # 19 digits and the sign
        ("12345678901234567", 2, (True, True)),
        ("123456789012345678", 2, (True, True)),
        ("-123456789012345678", 2, (True, True)),
        ("1234567890123456789", 2, (True, True)),
        ("-1234567890123456789", 2, (True, False)),
        ("12345678901234567890", 2, (True, False)),
        ("12345678901234567.89", 2, (True, True)),
        ("-12345678901234567.89", 2, (True, False)),
        ("-1234567890123456.78", 2, (True, True)),
        ("123456789012345678.9", 2, (True, True)),
        ("1234567890123456789.0", 2, (True, False)),
        ("12345678901234567.891", 2, (False, False)),
        ("NaN", 2, (False, False)),
        ("Infinity", 2, (False, False)),
        ("-Infinity", 6, (False, False)),
    ],
)
def test_shape_of_the_value_as_written(value: str, places: int, expected: tuple[bool, bool]) -> None:
    assert shape(Decimal(value), places) == expected
    assert fits(Decimal(value), places) is (expected == (True, True))
