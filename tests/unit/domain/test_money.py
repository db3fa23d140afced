from dataclasses import replace
from decimal import Decimal

import pytest

from domain.money import (
    DecimalOutOfBounds,
    NotADecimal,
    decimal_fits,
    decimals,
    format_decimal,
    parse_decimal,
    percent_of,
    round_amount,
    total,
)
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
    ("text", "value"),
    [
        ("1234.50", "1234.50"),
        (" -3 ", "-3"),
        ("+0.5", "0.5"),
        ("007", "7"),
        ("-0.00", "-0.00"),
        (".5", "0.5"),
    ],
)
def test_parse_decimal_reads_plain_decimal_strings_as_written(text: str, value: str) -> None:
    assert str(parse_decimal(text)) == value


@pytest.mark.parametrize(
    "text", ["", "  ", "1e3", "1E3", "NaN", "Infinity", "-inf", "1,5", "12a", "1.2.3", "--1", "0x10"]
)
def test_parse_decimal_refuses_exponents_nan_infinities_and_other_characters(text: str) -> None:
    with pytest.raises(NotADecimal, match=r"^price: .* is not a (finite|decimal) number$"):
        parse_decimal(text, field="price")


def test_parse_decimal_names_a_value_without_field() -> None:
    with pytest.raises(NotADecimal, match=r"^value: 'abc' is not a decimal number$"):
        parse_decimal("abc")


def test_a_not_a_decimal_error_is_a_value_error() -> None:
    assert issubclass(NotADecimal, ValueError)


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [
        ("1E+3", None, "1000"),
        ("1.5", None, "1.5"),
        ("1.005", 2, "1.01"),
        ("-1.005", 2, "-1.01"),
        ("2", 2, "2.00"),
        ("12.3456", 4, "12.3456"),
        ("0.00005", 4, "0.0001"),
        ("7.5", 0, "8"),
    ],
)
def test_format_decimal_never_writes_an_exponent_and_rounds_half_up_to_its_places(
    value: str, places: int | None, text: str
) -> None:
    assert format_decimal(Decimal(value), places) == text


@pytest.mark.parametrize(("value", "count"), [("1.50", 2), ("1", 0), ("100", 0), ("1E+2", 0), ("0.001", 3)])
def test_decimals_counts_the_digits_written_after_the_point(value: str, count: int) -> None:
    assert decimals(Decimal(value)) == count


def test_total_and_percent_of() -> None:
    assert total([]) == 0 and str(total([Decimal("1.10"), Decimal("2.25")])) == "3.35"
    assert str(percent_of(Decimal("100.00"), Decimal("5.5"))) == "5.50"
    assert str(percent_of(Decimal("0.25"), Decimal("10"))) == "0.03"


def test_every_non_finite_spelling_is_refused_by_its_characters() -> None:
    for text in ("NaN", "sNaN", "-Infinity", "Inf", "+inf"):
        with pytest.raises(NotADecimal) as refused:
            parse_decimal(text, field="BT-131")
        assert str(refused.value) == f"BT-131: {text!r} is not a decimal number"


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


@pytest.mark.parametrize(
    ("text", "field", "message"),
    [
        ("1.2.3", "", "value: '1.2.3' is not a decimal number"),  # allowed characters, not a number
        ("--1", "BT-131", "BT-131: '--1' is not a decimal number"),
        ("1" * 65, "", "value: a decimal of 65 characters is longer than 64"),
        (" " + "1" * 65, "BT-146", "BT-146: a decimal of 65 characters is longer than 64"),
        ("1" * 21, "", f"value: {'1' * 21!r} has more than 20 digits before the point or 20 after it"),
        (
            "0." + "1" * 21,
            "BT-129",
            f"BT-129: {'0.' + '1' * 21!r} has more than 20 digits before the point or 20 after it",
        ),
    ],
)
def test_each_refused_decimal_says_why_and_names_its_field_or_value(
    text: str, field: str, message: str
) -> None:
    with pytest.raises(NotADecimal) as refused:
        parse_decimal(text, field=field)
    assert str(refused.value) == message


def test_a_decimal_text_of_64_characters_is_read() -> None:
    assert parse_decimal("0" * 63 + "7") == Decimal("7")
    assert parse_decimal("-" + "0" * 60 + "1.5") == Decimal("-1.5")


@pytest.mark.parametrize(
    ("value", "fits"),
    [
        ("NaN", False),
        ("Infinity", False),
        ("-Infinity", False),
        ("9" * 20, True),
        ("1" + "0" * 20, False),
        ("0." + "1" * 20, True),
        ("0." + "1" * 21, False),
    ],
)
def test_which_decimals_fit_the_bounds(value: str, fits: bool) -> None:
    assert decimal_fits(Decimal(value)) is fits


def test_round_amount_keeps_every_digit_outside_any_arithmetic_context() -> None:
    # 26 integer digits and the cents: 28 digits, 29 once the carry is added; the default context holds 28
    assert round_amount(Decimal("9" * 26 + ".995")) == Decimal("1" + "0" * 26 + ".00")
    assert str(round_amount(Decimal("-0.004"))) == "0.00"
