"""bounds and money at their edges, exactly: the first and last dates accepted, the messages of a refused date,
where `shorten` cuts, and a decimal written with more digits than Python's default context holds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.bounds import (
    MAX_DATE,
    MIN_DATE,
    NotADate,
    first_illegal_char,
    list_findings,
    parse_date,
    shorten,
    text_findings,
)
from domain.money import format_decimal


@pytest.mark.parametrize("text", ["1900-01-01", "2999-12-31"])
def test_the_first_and_last_dates_are_accepted(text: str) -> None:
    assert parse_date(text) == date.fromisoformat(text) and (MIN_DATE, MAX_DATE) == (
        date(1900, 1, 1),
        date(2999, 12, 31),
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1899-12-31", "1899-12-31 is not between 1900-01-01 and 2999-12-31"),
        ("3000-01-01", "3000-01-01 is not between 1900-01-01 and 2999-12-31"),
        ("2026-02-30", "'2026-02-30' is not a calendar date written YYYY-MM-DD"),
        ("2026-1-05", "'2026-1-05' is not a calendar date written YYYY-MM-DD"),
        ("x" * 60, f"{'x' * 60!r} is not a calendar date written YYYY-MM-DD"),
        ("x" * 61, f"{'x' * 43 + '… (61 characters)'!r} is not a calendar date written YYYY-MM-DD"),
    ],
)
def test_a_refused_date_says_why_in_its_message(text: str, message: str) -> None:
    with pytest.raises(NotADate) as refused:
        parse_date(text)
    assert str(refused.value) == message


@pytest.mark.parametrize(
    ("text", "limit", "shown"),
    [
        ("abcdef", 6, "abcdef"),  # exactly the limit: kept whole
        ("abcdefg", 6, "… (7 characters)"),  # the limit shorter than the mark: the mark alone
        ("a" * 30, 20, "aaa… (30 characters)"),  # the mark is 17 characters
        ("a" * 30, 18, "a… (30 characters)"),
        ("a" * 30, 17, "… (30 characters)"),
    ],
)
def test_shorten_keeps_what_fits_and_marks_the_cut_with_the_length(text: str, limit: int, shown: str) -> None:
    assert shorten(text, limit) == shown


def test_format_decimal_quantizes_more_digits_than_the_default_context_holds() -> None:
    # 26 integer digits and 6 decimals: 32 digits, over the default context's 28 (within the domain's bounds)
    assert format_decimal(Decimal("1" * 26), 6) == "1" * 26 + ".000000"
    assert format_decimal(Decimal("0.0000005"), 6) == "0.000001"  # half up, not half even
    assert format_decimal(Decimal("-0.0000005"), 6) == "-0.000001"


def test_text_and_list_findings_at_their_limits_and_without_a_path() -> None:
    assert text_findings("x" * 1000, "note") == []
    assert [f.message for f in text_findings("x" * 1001, "")] == ["is 1001 characters long, at most 1000"]
    assert list_findings(200, "notes") == []
    assert [f.message for f in list_findings(201, "")] == ["has 201 entries, at most 200"]
    assert (first_illegal_char("abc"), first_illegal_char("ab\x00"), first_illegal_char("")) == (-1, 2, -1)
