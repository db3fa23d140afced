from datetime import date

import pytest

from domain.reporting.calendar import (
    ReportingPeriod,
    ReportKind,
    VatRegime,
    is_late,
    period_for,
    period_of_text,
    period_text,
    periods_in,
)

T, P = ReportKind.TRANSACTIONS, ReportKind.PAYMENTS


@pytest.mark.parametrize(
    ("day", "start", "end", "deadline"),
    [
        (date(2027, 1, 1), date(2027, 1, 1), date(2027, 1, 10), date(2027, 1, 20)),
        (date(2027, 1, 10), date(2027, 1, 1), date(2027, 1, 10), date(2027, 1, 20)),
        (date(2027, 1, 11), date(2027, 1, 11), date(2027, 1, 20), date(2027, 1, 31)),
        (date(2027, 1, 20), date(2027, 1, 11), date(2027, 1, 20), date(2027, 1, 31)),
        (date(2027, 1, 21), date(2027, 1, 21), date(2027, 1, 31), date(2027, 2, 10)),
        (date(2027, 1, 31), date(2027, 1, 21), date(2027, 1, 31), date(2027, 2, 10)),
        # February of a common year: second decade due on the 28th, third decade ends on the 28th
        (date(2027, 2, 15), date(2027, 2, 11), date(2027, 2, 20), date(2027, 2, 28)),
        (date(2027, 2, 28), date(2027, 2, 21), date(2027, 2, 28), date(2027, 3, 10)),
        # leap year
        (date(2028, 2, 29), date(2028, 2, 21), date(2028, 2, 29), date(2028, 3, 10)),
        (date(2028, 2, 20), date(2028, 2, 11), date(2028, 2, 20), date(2028, 2, 29)),
        # 30-day month, and December rolling into January
        (date(2027, 4, 30), date(2027, 4, 21), date(2027, 4, 30), date(2027, 5, 10)),
        (date(2027, 12, 31), date(2027, 12, 21), date(2027, 12, 31), date(2028, 1, 10)),
    ],
)
def test_real_monthly_transactions_are_reported_per_decade(day, start, end, deadline):
    assert period_for(VatRegime.REAL_MONTHLY, T, day) == ReportingPeriod(start, end, deadline)


def test_real_monthly_payments_are_monthly_by_the_tenth_of_next_month():
    assert period_for(VatRegime.REAL_MONTHLY, P, date(2027, 12, 5)) == ReportingPeriod(
        date(2027, 12, 1), date(2027, 12, 31), date(2028, 1, 10)
    )


@pytest.mark.parametrize("kind", [T, P])
def test_real_quarterly_reports_monthly_by_the_tenth(kind):
    assert period_for(VatRegime.REAL_QUARTERLY, kind, date(2028, 2, 29)) == ReportingPeriod(
        date(2028, 2, 1), date(2028, 2, 29), date(2028, 3, 10)
    )


@pytest.mark.parametrize("kind", [T, P])
def test_simplified_reports_monthly_in_a_window_from_the_25th_to_the_30th(kind):
    assert period_for(VatRegime.SIMPLIFIED, kind, date(2027, 3, 31)) == ReportingPeriod(
        date(2027, 3, 1), date(2027, 3, 31), deadline=date(2027, 4, 30), deadline_from=date(2027, 4, 25)
    )


def test_simplified_window_in_february_ends_on_the_last_day_of_february():
    assert period_for(VatRegime.SIMPLIFIED, T, date(2027, 1, 15)).deadline == date(2027, 2, 28)
    assert period_for(VatRegime.SIMPLIFIED, T, date(2028, 1, 15)).deadline == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("day", "start", "end", "window"),
    [
        (date(2027, 1, 1), date(2027, 1, 1), date(2027, 2, 28), (date(2027, 3, 25), date(2027, 3, 30))),
        (date(2028, 2, 29), date(2028, 1, 1), date(2028, 2, 29), (date(2028, 3, 25), date(2028, 3, 30))),
        (date(2027, 4, 30), date(2027, 3, 1), date(2027, 4, 30), (date(2027, 5, 25), date(2027, 5, 30))),
        (date(2027, 11, 2), date(2027, 11, 1), date(2027, 12, 31), (date(2028, 1, 25), date(2028, 1, 30))),
    ],
)
def test_franchise_reports_every_two_months(day, start, end, window):
    period = period_for(VatRegime.FRANCHISE, P, day)
    assert (period.start, period.end, (period.deadline_from, period.deadline)) == (start, end, window)


def test_periods_in_a_month_for_real_monthly_are_its_three_decades():
    got = periods_in(VatRegime.REAL_MONTHLY, T, date(2027, 2, 1), date(2027, 2, 28))
    assert [(p.start.day, p.end.day, p.deadline) for p in got] == [
        (1, 10, date(2027, 2, 20)),
        (11, 20, date(2027, 2, 28)),
        (21, 28, date(2027, 3, 10)),
    ]


def test_periods_in_covers_partial_periods_at_both_ends():
    got = periods_in(VatRegime.FRANCHISE, T, date(2027, 2, 15), date(2027, 5, 1))
    assert [(p.start, p.end) for p in got] == [
        (date(2027, 1, 1), date(2027, 2, 28)),
        (date(2027, 3, 1), date(2027, 4, 30)),
        (date(2027, 5, 1), date(2027, 6, 30)),
    ]


def test_periods_in_a_year_are_contiguous_and_counted_per_regime():
    counts = {}
    for regime in VatRegime:
        got = periods_in(regime, T, date(2027, 1, 1), date(2027, 12, 31))
        assert got[0].start == date(2027, 1, 1) and got[-1].end == date(2027, 12, 31)
        assert all(b.start.toordinal() == a.end.toordinal() + 1 for a, b in zip(got, got[1:], strict=False))
        counts[regime] = len(got)
    assert counts == {
        VatRegime.REAL_MONTHLY: 36,
        VatRegime.REAL_QUARTERLY: 12,
        VatRegime.SIMPLIFIED: 12,
        VatRegime.FRANCHISE: 6,
    }


def test_periods_in_refuses_a_reversed_range():
    with pytest.raises(ValueError):
        periods_in(VatRegime.SIMPLIFIED, T, date(2027, 2, 1), date(2027, 1, 1))


def test_a_report_on_the_deadline_day_is_on_time_and_the_day_after_is_late():
    period = period_for(VatRegime.REAL_MONTHLY, T, date(2027, 1, 25))
    assert not is_late(period, date(2027, 2, 10))
    assert is_late(period, date(2027, 2, 11))


def test_a_one_day_period_due_on_its_last_day_is_a_period_and_the_refusals_say_why() -> None:
    day = date(2027, 1, 10)
    assert ReportingPeriod(day, day, deadline=day).contains(day)
    with pytest.raises(ValueError) as backwards:
        ReportingPeriod(day, date(2027, 1, 9), deadline=day)
    assert str(backwards.value) == "period ends (2027-01-09) before it starts (2027-01-10)"
    with pytest.raises(ValueError) as due_early:
        ReportingPeriod(date(2027, 1, 1), day, deadline=date(2027, 1, 9))
    assert str(due_early.value) == "deadline 2027-01-09 falls before the period end 2027-01-10"
    with pytest.raises(ValueError) as unknown:
        period_for("MICRO", ReportKind.TRANSACTIONS, day)  # type: ignore[arg-type]
    assert str(unknown.value) == "unknown VAT regime 'MICRO'"


def test_the_periods_of_one_day_are_its_period_and_a_reversed_range_says_why() -> None:
    day = date(2027, 1, 15)
    assert periods_in(VatRegime.REAL_MONTHLY, T, day, day) == (period_for(VatRegime.REAL_MONTHLY, T, day),)
    with pytest.raises(ValueError) as reversed_range:
        periods_in(VatRegime.REAL_MONTHLY, T, day, date(2027, 1, 14))
    assert str(reversed_range.value) == "range ends (2027-01-14) before it starts (2027-01-15)"


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [(10, 1, 10), (11, 11, 20), (20, 11, 20), (21, 21, 31)],
)
def test_each_decade_at_its_edges(day: int, start: int, end: int) -> None:
    period = period_for(VatRegime.REAL_MONTHLY, T, date(2027, 1, day))
    assert (period.start, period.end) == (date(2027, 1, start), date(2027, 1, end))


def test_a_period_is_named_by_its_first_and_last_day() -> None:
    assert period_text((date(2027, 2, 21), date(2027, 2, 28))) == "2027-02-21/2027-02-28"
    assert period_of_text("2027-02-21/2027-02-28") == (date(2027, 2, 21), date(2027, 2, 28))  # read back
