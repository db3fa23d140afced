from dataclasses import replace
from decimal import Decimal

import pytest

from domain.money import DecimalOutOfBounds, parse_decimal, percent_of, round_amount
from domain.rules import base_rule_id, validate_invoice
from domain.totals import compute_totals
from tests.builders import an_invoice


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


@pytest.mark.parametrize(
    "text",
    ["1" * 28, "1" * 21, "0." + "1" * 21, "9" * 65, "1" * 10_000],
)
def test_decimals_beyond_the_digit_bounds_are_refused_before_any_arithmetic(text: str) -> None:
    with pytest.raises(DecimalOutOfBounds):
        parse_decimal(text)


def test_decimals_at_the_digit_bounds_are_read() -> None:
    assert parse_decimal("9" * 20 + "." + "9" * 20) == Decimal("9" * 20 + "." + "9" * 20)
    assert parse_decimal("-" + "0" * 40 + "1.5") == Decimal("-1.5")


def test_totals_of_the_largest_bounded_values_are_computed_without_overflow() -> None:
    big = parse_decimal("9" * 20 + "." + "9" * 20)
    invoice = an_invoice(lines=2)
    lines = tuple(replace(line, quantity=big, net_price=big) for line in invoice.lines)
    computed = compute_totals(invoice.evolve(lines=lines))
    assert computed.totals is not None and computed.totals.line_total > big
    # and the rules judge it (BR-FR-DEC-01: too many digits) rather than crash
    assert "BR-FR-DEC-01" in {base_rule_id(f.rule_id) for f in validate_invoice(computed)}
