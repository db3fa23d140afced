"""The days a payment or a sale may bear (domain.days): each bound at its edge, and over any day (property-based)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from domain.days import (
    ADVANCE,
    CLOCK_SKEW,
    FIRST_DAY,
    LAST_DAY,
    after_today,
    before_invoice,
    latest_french_day,
    outside_years,
)

DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
INSTANTS = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 30), timezones=st.just(UTC)
)


def test_today_is_reunion_s_day_five_minutes_ahead_of_our_clock() -> None:
    assert latest_french_day(datetime(2026, 12, 7, 19, 54, 59, tzinfo=UTC)) == date(2026, 12, 7)
    assert latest_french_day(datetime(2026, 12, 7, 19, 55, tzinfo=UTC)) == date(
        2026, 12, 8
    )  # 23:55 in Réunion


@given(INSTANTS)
def test_today_is_never_before_the_day_of_any_french_territory_nor_more_than_a_day_after_ours(
    now: datetime,
) -> None:
    today = latest_french_day(now)
    for hours in (-4, 1, 2, 3, 4):  # Guadeloupe, Paris (winter, summer), Mayotte, Réunion
        assert today >= (now + timedelta(hours=hours)).date()
    assert today <= (now + timedelta(hours=4) + CLOCK_SKEW).date()


def test_a_day_after_today_is_refused_saying_both_days() -> None:
    today = date(2026, 12, 7)
    assert after_today(today, today, "the sale") == ""
    assert after_today(date(2026, 12, 8), today, "the sale") == (
        "the sale is dated 2026-12-08, after today (2026-12-07): it is recorded once it happened"
    )


@given(DAYS, DAYS)
def test_a_day_is_refused_as_ahead_exactly_when_it_is_after_today(day: date, today: date) -> None:
    assert bool(after_today(day, today, "the payment")) is (day > today)


def test_the_years_an_official_date_may_have_are_2000_to_2099_edges_included() -> None:
    assert outside_years(FIRST_DAY, "the payment") == outside_years(LAST_DAY, "the payment") == ""
    assert outside_years(date(1990, 1, 1), "the payment") == (
        "the payment is dated 1990-01-01, not in the years 2000 to 2099 (Flux10 G1.36, BR-FR-03)"
    )
    assert outside_years(date(1999, 12, 31), "the sale") and outside_years(date(2100, 1, 1), "the sale")


@given(DAYS)
def test_a_day_is_outside_the_years_exactly_when_its_year_is_not_2000_to_2099(day: date) -> None:
    assert bool(outside_years(day, "the sale")) is not (2000 <= day.year <= 2099)


def test_a_payment_a_year_before_its_invoice_passes_and_one_day_more_is_refused() -> None:
    issued = date(2026, 11, 2)
    assert before_invoice(issued - ADVANCE, issued) == ""
    assert before_invoice(issued + timedelta(days=30), issued) == ""
    assert before_invoice(date(2025, 10, 31), issued) == (
        "the payment is dated 2025-10-31, over a year before its invoice of 2026-11-02 (BT-2): check the year"
    )


@given(DAYS, st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_a_payment_is_refused_before_its_invoice_exactly_past_the_advance(
    paid_on: date, issued: date
) -> None:
    assert bool(before_invoice(paid_on, issued)) is ((issued - paid_on).days > ADVANCE.days)
