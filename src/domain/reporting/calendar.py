"""E-reporting periods and deadlines by VAT regime (décret 2022-1299; reform.md §7).

| Regime          | Transactions                                   | Payments                        |
|-----------------|------------------------------------------------|---------------------------------|
| REAL_MONTHLY    | per decade: 1-10, 11-20, 21-end of month       | monthly, by the 10th of M+1     |
| REAL_QUARTERLY  | monthly, by the 10th of M+1                    | monthly, by the 10th of M+1     |
| SIMPLIFIED      | monthly, window 25th-30th of M+1               | same                            |
| FRANCHISE       | two months (Jan-Feb, Mar-Apr, ...), window 25th-30th of the following month | same |

Assumptions (UNVERIFIED, reform.md §13):
- decade deadlines follow "D+10": decade 1 by the 20th, decade 2 by the last day of the month, decade 3 by the
  10th of M+1;
- "before the 10th" is read as "the 10th at the latest" (the 10th itself is on time);
- a 25th-30th window in February ends on the last day of February (28th or 29th).
"""

from __future__ import annotations

import calendar as _stdcal
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class VatRegime(StrEnum):
    REAL_MONTHLY = "REAL_MONTHLY"  # réel normal mensuel
    REAL_QUARTERLY = "REAL_QUARTERLY"  # réel normal trimestriel
    SIMPLIFIED = "SIMPLIFIED"  # réel simplifié
    FRANCHISE = "FRANCHISE"  # franchise en base


class ReportKind(StrEnum):
    TRANSACTIONS = "TRANSACTIONS"  # flux 10.1 + 10.3
    PAYMENTS = "PAYMENTS"  # flux 10.2 + 10.4


@dataclass(frozen=True, slots=True)
class ReportingPeriod:
    """A reporting period [start, end] (both inclusive) and its submission window.

    deadline_from is set only for regimes with a window (SIMPLIFIED, FRANCHISE); deadline is the last day on time.
    """

    start: date
    end: date
    deadline: date
    deadline_from: date | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        if self.deadline < self.end:
            raise ValueError(f"deadline {self.deadline} falls before the period end {self.end}")

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def last_day(year: int, month: int) -> date:
    return date(year, month, _stdcal.monthrange(year, month)[1])


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _day_clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, _stdcal.monthrange(year, month)[1]))


def _tenth_of_next_month(year: int, month: int) -> date:
    ny, nm = _next_month(year, month)
    return date(ny, nm, 10)


def _window_in_next_month(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, 25))


def _decade(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def _month_by_tenth(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def _month_window(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, m, 1), last_day(y, m))


def _two_months_window(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month + 1))


def period_for(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is VatRegime.REAL_MONTHLY:
        return _decade(day) if kind is ReportKind.TRANSACTIONS else _month_by_tenth(day)
    if regime is VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(day)
    if regime is VatRegime.SIMPLIFIED:
        return _month_window(day)
    if regime is VatRegime.FRANCHISE:
        return _two_months_window(day)
    raise ValueError(f"unknown VAT regime {regime!r}")


def periods_in(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end < start:
        raise ValueError(f"range ends ({end}) before it starts ({start})")
    return tuple(_iter_periods(regime, kind, start, end))


def _iter_periods(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = period_for(regime, kind, day)
        yield period
        day = period.end + timedelta(days=1)


def period_text(period: tuple[date, date]) -> str:
    """A period by its first and last day, ISO 8601 ("2026-09-01/2026-09-30"): how a declaration to rectify is
    named to the caller and in the audit log."""
    return f"{period[0].isoformat()}/{period[1].isoformat()}"


def period_of_text(text: str) -> tuple[date, date]:
    """`period_text` read back (a period named in the audit log)."""
    start, end = text.split("/")
    return date.fromisoformat(start), date.fromisoformat(end)


def is_late(period: ReportingPeriod, today: date) -> bool:
    """True when a report submitted on `today` misses the period's deadline (the deadline day itself is on time)."""
    return today > period.deadline


def is_closed(period: ReportingPeriod, today: date) -> bool:
    """True once the period is over, i.e. its report can be complete."""
    return today > period.end
