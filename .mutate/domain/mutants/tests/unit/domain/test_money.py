from decimal import Decimal

import pytest

from domain.money import percent_of, round_amount


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1.005", "1.01"), ("-1.005", "-1.01"), ("2.004", "2.00"), ("-0.004", "0.00"), ("-0.00", "0.00")],
)
def test_round_amount_rounds_half_away_from_zero_and_never_gives_a_negative_zero(
    value: str, expected: str
) -> None:
    rounded = round_amount(Decimal(value))

    assert str(rounded) == expected


def test_a_negative_base_at_zero_percent_has_a_zero_tax_written_without_sign() -> None:
    assert str(percent_of(Decimal("-5.46"), Decimal("0"))) == "0.00"
