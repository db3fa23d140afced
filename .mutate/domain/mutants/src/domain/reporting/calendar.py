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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class VatRegime(StrEnum):
    REAL_MONTHLY = "REAL_MONTHLY"  # réel normal mensuel
    REAL_QUARTERLY = "REAL_QUARTERLY"  # réel normal trimestriel
    SIMPLIFIED = "SIMPLIFIED"  # réel simplifié
    FRANCHISE = "FRANCHISE"  # franchise en base


class ReportKind(StrEnum):
    TRANSACTIONS = "TRANSACTIONS"  # flux 10.1 + 10.3
    PAYMENTS = "PAYMENTS"  # flux 10.2 + 10.4
mutants_xǁReportingPeriodǁ__post_init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁReportingPeriodǁcontains__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True, slots=True)
class ReportingPeriod:
    """A reporting period [start, end] (both inclusive) and its submission window.

    deadline_from is set only for regimes with a window (SIMPLIFIED, FRANCHISE); deadline is the last day on time.
    """

    start: date
    end: date
    deadline: date
    deadline_from: date | None = None

    @_mutmut_mutated(mutants_xǁReportingPeriodǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        if self.deadline < self.end:
            raise ValueError(f"deadline {self.deadline} falls before the period end {self.end}")

    def xǁReportingPeriodǁ__post_init____mutmut_orig(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        if self.deadline < self.end:
            raise ValueError(f"deadline {self.deadline} falls before the period end {self.end}")

    def xǁReportingPeriodǁ__post_init____mutmut_1(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        if self.deadline < self.end:
            raise ValueError(f"deadline {self.deadline} falls before the period end {self.end}")

    def xǁReportingPeriodǁ__post_init____mutmut_2(self) -> None:
        if self.end < self.start:
            raise ValueError(None)
        if self.deadline < self.end:
            raise ValueError(f"deadline {self.deadline} falls before the period end {self.end}")

    def xǁReportingPeriodǁ__post_init____mutmut_3(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        if self.deadline <= self.end:
            raise ValueError(f"deadline {self.deadline} falls before the period end {self.end}")

    def xǁReportingPeriodǁ__post_init____mutmut_4(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        if self.deadline < self.end:
            raise ValueError(None)

    @_mutmut_mutated(mutants_xǁReportingPeriodǁcontains__mutmut)
    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def xǁReportingPeriodǁcontains__mutmut_orig(self, day: date) -> bool:
        return self.start <= day <= self.end

    def xǁReportingPeriodǁcontains__mutmut_1(self, day: date) -> bool:
        return self.start < day <= self.end

    def xǁReportingPeriodǁcontains__mutmut_2(self, day: date) -> bool:
        return self.start <= day < self.end

mutants_xǁReportingPeriodǁ__post_init____mutmut['_mutmut_orig'] = ReportingPeriod.xǁReportingPeriodǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁReportingPeriodǁ__post_init____mutmut['xǁReportingPeriodǁ__post_init____mutmut_1'] = ReportingPeriod.xǁReportingPeriodǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁReportingPeriodǁ__post_init____mutmut['xǁReportingPeriodǁ__post_init____mutmut_2'] = ReportingPeriod.xǁReportingPeriodǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁReportingPeriodǁ__post_init____mutmut['xǁReportingPeriodǁ__post_init____mutmut_3'] = ReportingPeriod.xǁReportingPeriodǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁReportingPeriodǁ__post_init____mutmut['xǁReportingPeriodǁ__post_init____mutmut_4'] = ReportingPeriod.xǁReportingPeriodǁ__post_init____mutmut_4 # type: ignore # mutmut generated

mutants_xǁReportingPeriodǁcontains__mutmut['_mutmut_orig'] = ReportingPeriod.xǁReportingPeriodǁcontains__mutmut_orig # type: ignore # mutmut generated
mutants_xǁReportingPeriodǁcontains__mutmut['xǁReportingPeriodǁcontains__mutmut_1'] = ReportingPeriod.xǁReportingPeriodǁcontains__mutmut_1 # type: ignore # mutmut generated
mutants_xǁReportingPeriodǁcontains__mutmut['xǁReportingPeriodǁcontains__mutmut_2'] = ReportingPeriod.xǁReportingPeriodǁcontains__mutmut_2 # type: ignore # mutmut generated
mutants_x_last_day__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_last_day__mutmut)
def last_day(year: int, month: int) -> date:
    return date(year, month, _stdcal.monthrange(year, month)[1])


def x_last_day__mutmut_orig(year: int, month: int) -> date:
    return date(year, month, _stdcal.monthrange(year, month)[1])


def x_last_day__mutmut_1(year: int, month: int) -> date:
    return date(None, month, _stdcal.monthrange(year, month)[1])


def x_last_day__mutmut_2(year: int, month: int) -> date:
    return date(year, None, _stdcal.monthrange(year, month)[1])


def x_last_day__mutmut_3(year: int, month: int) -> date:
    return date(year, month, None)


def x_last_day__mutmut_4(year: int, month: int) -> date:
    return date(month, _stdcal.monthrange(year, month)[1])


def x_last_day__mutmut_5(year: int, month: int) -> date:
    return date(year, _stdcal.monthrange(year, month)[1])


def x_last_day__mutmut_6(year: int, month: int) -> date:
    return date(year, month, )


def x_last_day__mutmut_7(year: int, month: int) -> date:
    return date(year, month, _stdcal.monthrange(None, month)[1])


def x_last_day__mutmut_8(year: int, month: int) -> date:
    return date(year, month, _stdcal.monthrange(year, None)[1])


def x_last_day__mutmut_9(year: int, month: int) -> date:
    return date(year, month, _stdcal.monthrange(month)[1])


def x_last_day__mutmut_10(year: int, month: int) -> date:
    return date(year, month, _stdcal.monthrange(year, )[1])


def x_last_day__mutmut_11(year: int, month: int) -> date:
    return date(year, month, _stdcal.monthrange(year, month)[2])

mutants_x_last_day__mutmut['_mutmut_orig'] = x_last_day__mutmut_orig # type: ignore # mutmut generated
mutants_x_last_day__mutmut['x_last_day__mutmut_1'] = x_last_day__mutmut_1 # type: ignore # mutmut generated
mutants_x_last_day__mutmut['x_last_day__mutmut_2'] = x_last_day__mutmut_2 # type: ignore # mutmut generated
mutants_x_last_day__mutmut['x_last_day__mutmut_3'] = x_last_day__mutmut_3 # type: ignore # mutmut generated
mutants_x_last_day__mutmut['x_last_day__mutmut_4'] = x_last_day__mutmut_4 # type: ignore # mutmut generated
mutants_x_last_day__mutmut['x_last_day__mutmut_5'] = x_last_day__mutmut_5 # type: ignore # mutmut generated
mutants_x_last_day__mutmut['x_last_day__mutmut_6'] = x_last_day__mutmut_6 # type: ignore # mutmut generated
mutants_x_last_day__mutmut['x_last_day__mutmut_7'] = x_last_day__mutmut_7 # type: ignore # mutmut generated
mutants_x_last_day__mutmut['x_last_day__mutmut_8'] = x_last_day__mutmut_8 # type: ignore # mutmut generated
mutants_x_last_day__mutmut['x_last_day__mutmut_9'] = x_last_day__mutmut_9 # type: ignore # mutmut generated
mutants_x_last_day__mutmut['x_last_day__mutmut_10'] = x_last_day__mutmut_10 # type: ignore # mutmut generated
mutants_x_last_day__mutmut['x_last_day__mutmut_11'] = x_last_day__mutmut_11 # type: ignore # mutmut generated
mutants_x__next_month__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__next_month__mutmut)
def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def x__next_month__mutmut_orig(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def x__next_month__mutmut_1(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if (month == 12) and False else (year, month + 1)


def x__next_month__mutmut_2(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if (month == 12) or True else (year, month + 1)


def x__next_month__mutmut_3(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 1) if month == 12 else (year, month + 1)


def x__next_month__mutmut_4(year: int, month: int) -> tuple[int, int]:
    return (year + 2, 1) if month == 12 else (year, month + 1)


def x__next_month__mutmut_5(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 2) if month == 12 else (year, month + 1)


def x__next_month__mutmut_6(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month != 12 else (year, month + 1)


def x__next_month__mutmut_7(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 13 else (year, month + 1)


def x__next_month__mutmut_8(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month - 1)


def x__next_month__mutmut_9(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 2)

mutants_x__next_month__mutmut['_mutmut_orig'] = x__next_month__mutmut_orig # type: ignore # mutmut generated
mutants_x__next_month__mutmut['x__next_month__mutmut_1'] = x__next_month__mutmut_1 # type: ignore # mutmut generated
mutants_x__next_month__mutmut['x__next_month__mutmut_2'] = x__next_month__mutmut_2 # type: ignore # mutmut generated
mutants_x__next_month__mutmut['x__next_month__mutmut_3'] = x__next_month__mutmut_3 # type: ignore # mutmut generated
mutants_x__next_month__mutmut['x__next_month__mutmut_4'] = x__next_month__mutmut_4 # type: ignore # mutmut generated
mutants_x__next_month__mutmut['x__next_month__mutmut_5'] = x__next_month__mutmut_5 # type: ignore # mutmut generated
mutants_x__next_month__mutmut['x__next_month__mutmut_6'] = x__next_month__mutmut_6 # type: ignore # mutmut generated
mutants_x__next_month__mutmut['x__next_month__mutmut_7'] = x__next_month__mutmut_7 # type: ignore # mutmut generated
mutants_x__next_month__mutmut['x__next_month__mutmut_8'] = x__next_month__mutmut_8 # type: ignore # mutmut generated
mutants_x__next_month__mutmut['x__next_month__mutmut_9'] = x__next_month__mutmut_9 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__day_clamped__mutmut)
def _day_clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, _stdcal.monthrange(year, month)[1]))


def x__day_clamped__mutmut_orig(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, _stdcal.monthrange(year, month)[1]))


def x__day_clamped__mutmut_1(year: int, month: int, day: int) -> date:
    return date(None, month, min(day, _stdcal.monthrange(year, month)[1]))


def x__day_clamped__mutmut_2(year: int, month: int, day: int) -> date:
    return date(year, None, min(day, _stdcal.monthrange(year, month)[1]))


def x__day_clamped__mutmut_3(year: int, month: int, day: int) -> date:
    return date(year, month, None)


def x__day_clamped__mutmut_4(year: int, month: int, day: int) -> date:
    return date(month, min(day, _stdcal.monthrange(year, month)[1]))


def x__day_clamped__mutmut_5(year: int, month: int, day: int) -> date:
    return date(year, min(day, _stdcal.monthrange(year, month)[1]))


def x__day_clamped__mutmut_6(year: int, month: int, day: int) -> date:
    return date(year, month, )


def x__day_clamped__mutmut_7(year: int, month: int, day: int) -> date:
    return date(year, month, min(None, _stdcal.monthrange(year, month)[1]))


def x__day_clamped__mutmut_8(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, None))


def x__day_clamped__mutmut_9(year: int, month: int, day: int) -> date:
    return date(year, month, min(_stdcal.monthrange(year, month)[1]))


def x__day_clamped__mutmut_10(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, ))


def x__day_clamped__mutmut_11(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, _stdcal.monthrange(None, month)[1]))


def x__day_clamped__mutmut_12(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, _stdcal.monthrange(year, None)[1]))


def x__day_clamped__mutmut_13(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, _stdcal.monthrange(month)[1]))


def x__day_clamped__mutmut_14(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, _stdcal.monthrange(year, )[1]))


def x__day_clamped__mutmut_15(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, _stdcal.monthrange(year, month)[2]))

mutants_x__day_clamped__mutmut['_mutmut_orig'] = x__day_clamped__mutmut_orig # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_1'] = x__day_clamped__mutmut_1 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_2'] = x__day_clamped__mutmut_2 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_3'] = x__day_clamped__mutmut_3 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_4'] = x__day_clamped__mutmut_4 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_5'] = x__day_clamped__mutmut_5 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_6'] = x__day_clamped__mutmut_6 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_7'] = x__day_clamped__mutmut_7 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_8'] = x__day_clamped__mutmut_8 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_9'] = x__day_clamped__mutmut_9 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_10'] = x__day_clamped__mutmut_10 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_11'] = x__day_clamped__mutmut_11 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_12'] = x__day_clamped__mutmut_12 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_13'] = x__day_clamped__mutmut_13 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_14'] = x__day_clamped__mutmut_14 # type: ignore # mutmut generated
mutants_x__day_clamped__mutmut['x__day_clamped__mutmut_15'] = x__day_clamped__mutmut_15 # type: ignore # mutmut generated
mutants_x__tenth_of_next_month__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__tenth_of_next_month__mutmut)
def _tenth_of_next_month(year: int, month: int) -> date:
    ny, nm = _next_month(year, month)
    return date(ny, nm, 10)


def x__tenth_of_next_month__mutmut_orig(year: int, month: int) -> date:
    ny, nm = _next_month(year, month)
    return date(ny, nm, 10)


def x__tenth_of_next_month__mutmut_1(year: int, month: int) -> date:
    ny, nm = None
    return date(ny, nm, 10)


def x__tenth_of_next_month__mutmut_2(year: int, month: int) -> date:
    ny, nm = _next_month(None, month)
    return date(ny, nm, 10)


def x__tenth_of_next_month__mutmut_3(year: int, month: int) -> date:
    ny, nm = _next_month(year, None)
    return date(ny, nm, 10)


def x__tenth_of_next_month__mutmut_4(year: int, month: int) -> date:
    ny, nm = _next_month(month)
    return date(ny, nm, 10)


def x__tenth_of_next_month__mutmut_5(year: int, month: int) -> date:
    ny, nm = _next_month(year, )
    return date(ny, nm, 10)


def x__tenth_of_next_month__mutmut_6(year: int, month: int) -> date:
    ny, nm = _next_month(year, month)
    return date(None, nm, 10)


def x__tenth_of_next_month__mutmut_7(year: int, month: int) -> date:
    ny, nm = _next_month(year, month)
    return date(ny, None, 10)


def x__tenth_of_next_month__mutmut_8(year: int, month: int) -> date:
    ny, nm = _next_month(year, month)
    return date(ny, nm, None)


def x__tenth_of_next_month__mutmut_9(year: int, month: int) -> date:
    ny, nm = _next_month(year, month)
    return date(nm, 10)


def x__tenth_of_next_month__mutmut_10(year: int, month: int) -> date:
    ny, nm = _next_month(year, month)
    return date(ny, 10)


def x__tenth_of_next_month__mutmut_11(year: int, month: int) -> date:
    ny, nm = _next_month(year, month)
    return date(ny, nm, )


def x__tenth_of_next_month__mutmut_12(year: int, month: int) -> date:
    ny, nm = _next_month(year, month)
    return date(ny, nm, 11)

mutants_x__tenth_of_next_month__mutmut['_mutmut_orig'] = x__tenth_of_next_month__mutmut_orig # type: ignore # mutmut generated
mutants_x__tenth_of_next_month__mutmut['x__tenth_of_next_month__mutmut_1'] = x__tenth_of_next_month__mutmut_1 # type: ignore # mutmut generated
mutants_x__tenth_of_next_month__mutmut['x__tenth_of_next_month__mutmut_2'] = x__tenth_of_next_month__mutmut_2 # type: ignore # mutmut generated
mutants_x__tenth_of_next_month__mutmut['x__tenth_of_next_month__mutmut_3'] = x__tenth_of_next_month__mutmut_3 # type: ignore # mutmut generated
mutants_x__tenth_of_next_month__mutmut['x__tenth_of_next_month__mutmut_4'] = x__tenth_of_next_month__mutmut_4 # type: ignore # mutmut generated
mutants_x__tenth_of_next_month__mutmut['x__tenth_of_next_month__mutmut_5'] = x__tenth_of_next_month__mutmut_5 # type: ignore # mutmut generated
mutants_x__tenth_of_next_month__mutmut['x__tenth_of_next_month__mutmut_6'] = x__tenth_of_next_month__mutmut_6 # type: ignore # mutmut generated
mutants_x__tenth_of_next_month__mutmut['x__tenth_of_next_month__mutmut_7'] = x__tenth_of_next_month__mutmut_7 # type: ignore # mutmut generated
mutants_x__tenth_of_next_month__mutmut['x__tenth_of_next_month__mutmut_8'] = x__tenth_of_next_month__mutmut_8 # type: ignore # mutmut generated
mutants_x__tenth_of_next_month__mutmut['x__tenth_of_next_month__mutmut_9'] = x__tenth_of_next_month__mutmut_9 # type: ignore # mutmut generated
mutants_x__tenth_of_next_month__mutmut['x__tenth_of_next_month__mutmut_10'] = x__tenth_of_next_month__mutmut_10 # type: ignore # mutmut generated
mutants_x__tenth_of_next_month__mutmut['x__tenth_of_next_month__mutmut_11'] = x__tenth_of_next_month__mutmut_11 # type: ignore # mutmut generated
mutants_x__tenth_of_next_month__mutmut['x__tenth_of_next_month__mutmut_12'] = x__tenth_of_next_month__mutmut_12 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__window_in_next_month__mutmut)
def _window_in_next_month(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_orig(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_1(start: date, end: date) -> ReportingPeriod:
    ny, nm = None
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_2(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(None, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_3(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, None)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_4(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_5(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, )
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_6(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(None, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_7(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, None, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_8(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=None, deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_9(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=None)


def x__window_in_next_month__mutmut_10(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_11(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_12(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_13(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), )


def x__window_in_next_month__mutmut_14(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(None, nm, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_15(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, None, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_16(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, None), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_17(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(nm, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_18(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, 30), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_19(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, ), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_20(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 31), deadline_from=date(ny, nm, 25))


def x__window_in_next_month__mutmut_21(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(None, nm, 25))


def x__window_in_next_month__mutmut_22(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, None, 25))


def x__window_in_next_month__mutmut_23(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, None))


def x__window_in_next_month__mutmut_24(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(nm, 25))


def x__window_in_next_month__mutmut_25(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, 25))


def x__window_in_next_month__mutmut_26(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, ))


def x__window_in_next_month__mutmut_27(start: date, end: date) -> ReportingPeriod:
    ny, nm = _next_month(end.year, end.month)
    return ReportingPeriod(start, end, deadline=_day_clamped(ny, nm, 30), deadline_from=date(ny, nm, 26))

mutants_x__window_in_next_month__mutmut['_mutmut_orig'] = x__window_in_next_month__mutmut_orig # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_1'] = x__window_in_next_month__mutmut_1 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_2'] = x__window_in_next_month__mutmut_2 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_3'] = x__window_in_next_month__mutmut_3 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_4'] = x__window_in_next_month__mutmut_4 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_5'] = x__window_in_next_month__mutmut_5 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_6'] = x__window_in_next_month__mutmut_6 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_7'] = x__window_in_next_month__mutmut_7 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_8'] = x__window_in_next_month__mutmut_8 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_9'] = x__window_in_next_month__mutmut_9 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_10'] = x__window_in_next_month__mutmut_10 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_11'] = x__window_in_next_month__mutmut_11 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_12'] = x__window_in_next_month__mutmut_12 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_13'] = x__window_in_next_month__mutmut_13 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_14'] = x__window_in_next_month__mutmut_14 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_15'] = x__window_in_next_month__mutmut_15 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_16'] = x__window_in_next_month__mutmut_16 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_17'] = x__window_in_next_month__mutmut_17 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_18'] = x__window_in_next_month__mutmut_18 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_19'] = x__window_in_next_month__mutmut_19 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_20'] = x__window_in_next_month__mutmut_20 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_21'] = x__window_in_next_month__mutmut_21 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_22'] = x__window_in_next_month__mutmut_22 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_23'] = x__window_in_next_month__mutmut_23 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_24'] = x__window_in_next_month__mutmut_24 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_25'] = x__window_in_next_month__mutmut_25 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_26'] = x__window_in_next_month__mutmut_26 # type: ignore # mutmut generated
mutants_x__window_in_next_month__mutmut['x__window_in_next_month__mutmut_27'] = x__window_in_next_month__mutmut_27 # type: ignore # mutmut generated
mutants_x__decade__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__decade__mutmut)
def _decade(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_orig(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_1(day: date) -> ReportingPeriod:
    y, m = None
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_2(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day < 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_3(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 11:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_4(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(None, date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_5(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), None, deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_6(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=None)
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_7(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_8(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_9(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), )
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_10(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(None, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_11(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, None, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_12(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, None), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_13(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_14(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_15(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, ), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_16(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 2), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_17(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(None, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_18(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, None, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_19(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, None), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_20(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_21(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_22(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, ), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_23(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 11), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_24(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(None, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_25(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, None, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_26(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, None))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_27(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_28(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_29(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, ))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_30(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 21))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_31(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day < 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_32(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 21:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_33(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(None, date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_34(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), None, deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_35(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=None)
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_36(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_37(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_38(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), )
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_39(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(None, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_40(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, None, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_41(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, None), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_42(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_43(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_44(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, ), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_45(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 12), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_46(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(None, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_47(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, None, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_48(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, None), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_49(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_50(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_51(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, ), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_52(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 21), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_53(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(None, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_54(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, None))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_55(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_56(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, ))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_57(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(None, last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_58(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), None, deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_59(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=None)


def x__decade__mutmut_60(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_61(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_62(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), )


def x__decade__mutmut_63(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(None, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_64(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, None, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_65(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, None), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_66(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_67(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, 21), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_68(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, ), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_69(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 22), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_70(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(None, m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_71(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, None), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_72(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(m), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_73(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, ), deadline=_tenth_of_next_month(y, m))


def x__decade__mutmut_74(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(None, m))


def x__decade__mutmut_75(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, None))


def x__decade__mutmut_76(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(m))


def x__decade__mutmut_77(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    if day.day <= 10:
        return ReportingPeriod(date(y, m, 1), date(y, m, 10), deadline=date(y, m, 20))
    if day.day <= 20:
        return ReportingPeriod(date(y, m, 11), date(y, m, 20), deadline=last_day(y, m))
    return ReportingPeriod(date(y, m, 21), last_day(y, m), deadline=_tenth_of_next_month(y, ))

mutants_x__decade__mutmut['_mutmut_orig'] = x__decade__mutmut_orig # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_1'] = x__decade__mutmut_1 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_2'] = x__decade__mutmut_2 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_3'] = x__decade__mutmut_3 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_4'] = x__decade__mutmut_4 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_5'] = x__decade__mutmut_5 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_6'] = x__decade__mutmut_6 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_7'] = x__decade__mutmut_7 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_8'] = x__decade__mutmut_8 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_9'] = x__decade__mutmut_9 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_10'] = x__decade__mutmut_10 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_11'] = x__decade__mutmut_11 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_12'] = x__decade__mutmut_12 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_13'] = x__decade__mutmut_13 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_14'] = x__decade__mutmut_14 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_15'] = x__decade__mutmut_15 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_16'] = x__decade__mutmut_16 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_17'] = x__decade__mutmut_17 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_18'] = x__decade__mutmut_18 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_19'] = x__decade__mutmut_19 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_20'] = x__decade__mutmut_20 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_21'] = x__decade__mutmut_21 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_22'] = x__decade__mutmut_22 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_23'] = x__decade__mutmut_23 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_24'] = x__decade__mutmut_24 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_25'] = x__decade__mutmut_25 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_26'] = x__decade__mutmut_26 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_27'] = x__decade__mutmut_27 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_28'] = x__decade__mutmut_28 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_29'] = x__decade__mutmut_29 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_30'] = x__decade__mutmut_30 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_31'] = x__decade__mutmut_31 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_32'] = x__decade__mutmut_32 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_33'] = x__decade__mutmut_33 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_34'] = x__decade__mutmut_34 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_35'] = x__decade__mutmut_35 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_36'] = x__decade__mutmut_36 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_37'] = x__decade__mutmut_37 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_38'] = x__decade__mutmut_38 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_39'] = x__decade__mutmut_39 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_40'] = x__decade__mutmut_40 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_41'] = x__decade__mutmut_41 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_42'] = x__decade__mutmut_42 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_43'] = x__decade__mutmut_43 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_44'] = x__decade__mutmut_44 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_45'] = x__decade__mutmut_45 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_46'] = x__decade__mutmut_46 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_47'] = x__decade__mutmut_47 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_48'] = x__decade__mutmut_48 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_49'] = x__decade__mutmut_49 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_50'] = x__decade__mutmut_50 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_51'] = x__decade__mutmut_51 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_52'] = x__decade__mutmut_52 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_53'] = x__decade__mutmut_53 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_54'] = x__decade__mutmut_54 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_55'] = x__decade__mutmut_55 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_56'] = x__decade__mutmut_56 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_57'] = x__decade__mutmut_57 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_58'] = x__decade__mutmut_58 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_59'] = x__decade__mutmut_59 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_60'] = x__decade__mutmut_60 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_61'] = x__decade__mutmut_61 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_62'] = x__decade__mutmut_62 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_63'] = x__decade__mutmut_63 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_64'] = x__decade__mutmut_64 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_65'] = x__decade__mutmut_65 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_66'] = x__decade__mutmut_66 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_67'] = x__decade__mutmut_67 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_68'] = x__decade__mutmut_68 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_69'] = x__decade__mutmut_69 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_70'] = x__decade__mutmut_70 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_71'] = x__decade__mutmut_71 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_72'] = x__decade__mutmut_72 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_73'] = x__decade__mutmut_73 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_74'] = x__decade__mutmut_74 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_75'] = x__decade__mutmut_75 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_76'] = x__decade__mutmut_76 # type: ignore # mutmut generated
mutants_x__decade__mutmut['x__decade__mutmut_77'] = x__decade__mutmut_77 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__month_by_tenth__mutmut)
def _month_by_tenth(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_orig(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_1(day: date) -> ReportingPeriod:
    y, m = None
    return ReportingPeriod(date(y, m, 1), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_2(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(None, last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_3(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), None, deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_4(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), last_day(y, m), deadline=None)


def x__month_by_tenth__mutmut_5(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_6(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_7(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), last_day(y, m), )


def x__month_by_tenth__mutmut_8(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(None, m, 1), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_9(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, None, 1), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_10(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, None), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_11(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(m, 1), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_12(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, 1), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_13(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, ), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_14(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 2), last_day(y, m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_15(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), last_day(None, m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_16(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), last_day(y, None), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_17(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), last_day(m), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_18(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), last_day(y, ), deadline=_tenth_of_next_month(y, m))


def x__month_by_tenth__mutmut_19(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), last_day(y, m), deadline=_tenth_of_next_month(None, m))


def x__month_by_tenth__mutmut_20(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), last_day(y, m), deadline=_tenth_of_next_month(y, None))


def x__month_by_tenth__mutmut_21(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), last_day(y, m), deadline=_tenth_of_next_month(m))


def x__month_by_tenth__mutmut_22(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return ReportingPeriod(date(y, m, 1), last_day(y, m), deadline=_tenth_of_next_month(y, ))

mutants_x__month_by_tenth__mutmut['_mutmut_orig'] = x__month_by_tenth__mutmut_orig # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_1'] = x__month_by_tenth__mutmut_1 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_2'] = x__month_by_tenth__mutmut_2 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_3'] = x__month_by_tenth__mutmut_3 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_4'] = x__month_by_tenth__mutmut_4 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_5'] = x__month_by_tenth__mutmut_5 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_6'] = x__month_by_tenth__mutmut_6 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_7'] = x__month_by_tenth__mutmut_7 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_8'] = x__month_by_tenth__mutmut_8 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_9'] = x__month_by_tenth__mutmut_9 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_10'] = x__month_by_tenth__mutmut_10 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_11'] = x__month_by_tenth__mutmut_11 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_12'] = x__month_by_tenth__mutmut_12 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_13'] = x__month_by_tenth__mutmut_13 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_14'] = x__month_by_tenth__mutmut_14 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_15'] = x__month_by_tenth__mutmut_15 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_16'] = x__month_by_tenth__mutmut_16 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_17'] = x__month_by_tenth__mutmut_17 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_18'] = x__month_by_tenth__mutmut_18 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_19'] = x__month_by_tenth__mutmut_19 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_20'] = x__month_by_tenth__mutmut_20 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_21'] = x__month_by_tenth__mutmut_21 # type: ignore # mutmut generated
mutants_x__month_by_tenth__mutmut['x__month_by_tenth__mutmut_22'] = x__month_by_tenth__mutmut_22 # type: ignore # mutmut generated
mutants_x__month_window__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__month_window__mutmut)
def _month_window(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, m, 1), last_day(y, m))


def x__month_window__mutmut_orig(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, m, 1), last_day(y, m))


def x__month_window__mutmut_1(day: date) -> ReportingPeriod:
    y, m = None
    return _window_in_next_month(date(y, m, 1), last_day(y, m))


def x__month_window__mutmut_2(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(None, last_day(y, m))


def x__month_window__mutmut_3(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, m, 1), None)


def x__month_window__mutmut_4(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(last_day(y, m))


def x__month_window__mutmut_5(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, m, 1), )


def x__month_window__mutmut_6(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(None, m, 1), last_day(y, m))


def x__month_window__mutmut_7(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, None, 1), last_day(y, m))


def x__month_window__mutmut_8(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, m, None), last_day(y, m))


def x__month_window__mutmut_9(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(m, 1), last_day(y, m))


def x__month_window__mutmut_10(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, 1), last_day(y, m))


def x__month_window__mutmut_11(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, m, ), last_day(y, m))


def x__month_window__mutmut_12(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, m, 2), last_day(y, m))


def x__month_window__mutmut_13(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, m, 1), last_day(None, m))


def x__month_window__mutmut_14(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, m, 1), last_day(y, None))


def x__month_window__mutmut_15(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, m, 1), last_day(m))


def x__month_window__mutmut_16(day: date) -> ReportingPeriod:
    y, m = day.year, day.month
    return _window_in_next_month(date(y, m, 1), last_day(y, ))

mutants_x__month_window__mutmut['_mutmut_orig'] = x__month_window__mutmut_orig # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_1'] = x__month_window__mutmut_1 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_2'] = x__month_window__mutmut_2 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_3'] = x__month_window__mutmut_3 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_4'] = x__month_window__mutmut_4 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_5'] = x__month_window__mutmut_5 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_6'] = x__month_window__mutmut_6 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_7'] = x__month_window__mutmut_7 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_8'] = x__month_window__mutmut_8 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_9'] = x__month_window__mutmut_9 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_10'] = x__month_window__mutmut_10 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_11'] = x__month_window__mutmut_11 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_12'] = x__month_window__mutmut_12 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_13'] = x__month_window__mutmut_13 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_14'] = x__month_window__mutmut_14 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_15'] = x__month_window__mutmut_15 # type: ignore # mutmut generated
mutants_x__month_window__mutmut['x__month_window__mutmut_16'] = x__month_window__mutmut_16 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__two_months_window__mutmut)
def _two_months_window(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_orig(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_1(day: date) -> ReportingPeriod:
    first_month = None
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_2(day: date) -> ReportingPeriod:
    first_month = day.month if (day.month % 2 == 1) and False else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_3(day: date) -> ReportingPeriod:
    first_month = day.month if (day.month % 2 == 1) or True else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_4(day: date) -> ReportingPeriod:
    first_month = day.month if day.month / 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_5(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 3 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_6(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 != 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_7(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 2 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_8(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month + 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_9(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 2
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_10(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(None, last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_11(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), None)


def x__two_months_window__mutmut_12(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_13(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), )


def x__two_months_window__mutmut_14(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(None, first_month, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_15(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, None, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_16(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, None), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_17(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(first_month, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_18(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, 1), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_19(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, ), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_20(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 2), last_day(day.year, first_month + 1))


def x__two_months_window__mutmut_21(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(None, first_month + 1))


def x__two_months_window__mutmut_22(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, None))


def x__two_months_window__mutmut_23(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(first_month + 1))


def x__two_months_window__mutmut_24(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, ))


def x__two_months_window__mutmut_25(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month - 1))


def x__two_months_window__mutmut_26(day: date) -> ReportingPeriod:
    first_month = day.month if day.month % 2 == 1 else day.month - 1
    return _window_in_next_month(date(day.year, first_month, 1), last_day(day.year, first_month + 2))

mutants_x__two_months_window__mutmut['_mutmut_orig'] = x__two_months_window__mutmut_orig # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_1'] = x__two_months_window__mutmut_1 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_2'] = x__two_months_window__mutmut_2 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_3'] = x__two_months_window__mutmut_3 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_4'] = x__two_months_window__mutmut_4 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_5'] = x__two_months_window__mutmut_5 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_6'] = x__two_months_window__mutmut_6 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_7'] = x__two_months_window__mutmut_7 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_8'] = x__two_months_window__mutmut_8 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_9'] = x__two_months_window__mutmut_9 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_10'] = x__two_months_window__mutmut_10 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_11'] = x__two_months_window__mutmut_11 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_12'] = x__two_months_window__mutmut_12 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_13'] = x__two_months_window__mutmut_13 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_14'] = x__two_months_window__mutmut_14 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_15'] = x__two_months_window__mutmut_15 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_16'] = x__two_months_window__mutmut_16 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_17'] = x__two_months_window__mutmut_17 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_18'] = x__two_months_window__mutmut_18 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_19'] = x__two_months_window__mutmut_19 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_20'] = x__two_months_window__mutmut_20 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_21'] = x__two_months_window__mutmut_21 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_22'] = x__two_months_window__mutmut_22 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_23'] = x__two_months_window__mutmut_23 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_24'] = x__two_months_window__mutmut_24 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_25'] = x__two_months_window__mutmut_25 # type: ignore # mutmut generated
mutants_x__two_months_window__mutmut['x__two_months_window__mutmut_26'] = x__two_months_window__mutmut_26 # type: ignore # mutmut generated
mutants_x_period_for__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_period_for__mutmut)
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


def x_period_for__mutmut_orig(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
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


def x_period_for__mutmut_1(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is not VatRegime.REAL_MONTHLY:
        return _decade(day) if kind is ReportKind.TRANSACTIONS else _month_by_tenth(day)
    if regime is VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(day)
    if regime is VatRegime.SIMPLIFIED:
        return _month_window(day)
    if regime is VatRegime.FRANCHISE:
        return _two_months_window(day)
    raise ValueError(f"unknown VAT regime {regime!r}")


def x_period_for__mutmut_2(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is VatRegime.REAL_MONTHLY:
        return _decade(day) if (kind is ReportKind.TRANSACTIONS) and False else _month_by_tenth(day)
    if regime is VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(day)
    if regime is VatRegime.SIMPLIFIED:
        return _month_window(day)
    if regime is VatRegime.FRANCHISE:
        return _two_months_window(day)
    raise ValueError(f"unknown VAT regime {regime!r}")


def x_period_for__mutmut_3(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is VatRegime.REAL_MONTHLY:
        return _decade(day) if (kind is ReportKind.TRANSACTIONS) or True else _month_by_tenth(day)
    if regime is VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(day)
    if regime is VatRegime.SIMPLIFIED:
        return _month_window(day)
    if regime is VatRegime.FRANCHISE:
        return _two_months_window(day)
    raise ValueError(f"unknown VAT regime {regime!r}")


def x_period_for__mutmut_4(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is VatRegime.REAL_MONTHLY:
        return _decade(None) if kind is ReportKind.TRANSACTIONS else _month_by_tenth(day)
    if regime is VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(day)
    if regime is VatRegime.SIMPLIFIED:
        return _month_window(day)
    if regime is VatRegime.FRANCHISE:
        return _two_months_window(day)
    raise ValueError(f"unknown VAT regime {regime!r}")


def x_period_for__mutmut_5(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is VatRegime.REAL_MONTHLY:
        return _decade(day) if kind is not ReportKind.TRANSACTIONS else _month_by_tenth(day)
    if regime is VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(day)
    if regime is VatRegime.SIMPLIFIED:
        return _month_window(day)
    if regime is VatRegime.FRANCHISE:
        return _two_months_window(day)
    raise ValueError(f"unknown VAT regime {regime!r}")


def x_period_for__mutmut_6(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is VatRegime.REAL_MONTHLY:
        return _decade(day) if kind is ReportKind.TRANSACTIONS else _month_by_tenth(None)
    if regime is VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(day)
    if regime is VatRegime.SIMPLIFIED:
        return _month_window(day)
    if regime is VatRegime.FRANCHISE:
        return _two_months_window(day)
    raise ValueError(f"unknown VAT regime {regime!r}")


def x_period_for__mutmut_7(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is VatRegime.REAL_MONTHLY:
        return _decade(day) if kind is ReportKind.TRANSACTIONS else _month_by_tenth(day)
    if regime is not VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(day)
    if regime is VatRegime.SIMPLIFIED:
        return _month_window(day)
    if regime is VatRegime.FRANCHISE:
        return _two_months_window(day)
    raise ValueError(f"unknown VAT regime {regime!r}")


def x_period_for__mutmut_8(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is VatRegime.REAL_MONTHLY:
        return _decade(day) if kind is ReportKind.TRANSACTIONS else _month_by_tenth(day)
    if regime is VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(None)
    if regime is VatRegime.SIMPLIFIED:
        return _month_window(day)
    if regime is VatRegime.FRANCHISE:
        return _two_months_window(day)
    raise ValueError(f"unknown VAT regime {regime!r}")


def x_period_for__mutmut_9(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is VatRegime.REAL_MONTHLY:
        return _decade(day) if kind is ReportKind.TRANSACTIONS else _month_by_tenth(day)
    if regime is VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(day)
    if regime is not VatRegime.SIMPLIFIED:
        return _month_window(day)
    if regime is VatRegime.FRANCHISE:
        return _two_months_window(day)
    raise ValueError(f"unknown VAT regime {regime!r}")


def x_period_for__mutmut_10(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is VatRegime.REAL_MONTHLY:
        return _decade(day) if kind is ReportKind.TRANSACTIONS else _month_by_tenth(day)
    if regime is VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(day)
    if regime is VatRegime.SIMPLIFIED:
        return _month_window(None)
    if regime is VatRegime.FRANCHISE:
        return _two_months_window(day)
    raise ValueError(f"unknown VAT regime {regime!r}")


def x_period_for__mutmut_11(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is VatRegime.REAL_MONTHLY:
        return _decade(day) if kind is ReportKind.TRANSACTIONS else _month_by_tenth(day)
    if regime is VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(day)
    if regime is VatRegime.SIMPLIFIED:
        return _month_window(day)
    if regime is not VatRegime.FRANCHISE:
        return _two_months_window(day)
    raise ValueError(f"unknown VAT regime {regime!r}")


def x_period_for__mutmut_12(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is VatRegime.REAL_MONTHLY:
        return _decade(day) if kind is ReportKind.TRANSACTIONS else _month_by_tenth(day)
    if regime is VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(day)
    if regime is VatRegime.SIMPLIFIED:
        return _month_window(day)
    if regime is VatRegime.FRANCHISE:
        return _two_months_window(None)
    raise ValueError(f"unknown VAT regime {regime!r}")


def x_period_for__mutmut_13(regime: VatRegime, kind: ReportKind, day: date) -> ReportingPeriod:
    """The reporting period that contains `day` for a company under `regime`, for reports of `kind`."""
    if regime is VatRegime.REAL_MONTHLY:
        return _decade(day) if kind is ReportKind.TRANSACTIONS else _month_by_tenth(day)
    if regime is VatRegime.REAL_QUARTERLY:
        return _month_by_tenth(day)
    if regime is VatRegime.SIMPLIFIED:
        return _month_window(day)
    if regime is VatRegime.FRANCHISE:
        return _two_months_window(day)
    raise ValueError(None)

mutants_x_period_for__mutmut['_mutmut_orig'] = x_period_for__mutmut_orig # type: ignore # mutmut generated
mutants_x_period_for__mutmut['x_period_for__mutmut_1'] = x_period_for__mutmut_1 # type: ignore # mutmut generated
mutants_x_period_for__mutmut['x_period_for__mutmut_2'] = x_period_for__mutmut_2 # type: ignore # mutmut generated
mutants_x_period_for__mutmut['x_period_for__mutmut_3'] = x_period_for__mutmut_3 # type: ignore # mutmut generated
mutants_x_period_for__mutmut['x_period_for__mutmut_4'] = x_period_for__mutmut_4 # type: ignore # mutmut generated
mutants_x_period_for__mutmut['x_period_for__mutmut_5'] = x_period_for__mutmut_5 # type: ignore # mutmut generated
mutants_x_period_for__mutmut['x_period_for__mutmut_6'] = x_period_for__mutmut_6 # type: ignore # mutmut generated
mutants_x_period_for__mutmut['x_period_for__mutmut_7'] = x_period_for__mutmut_7 # type: ignore # mutmut generated
mutants_x_period_for__mutmut['x_period_for__mutmut_8'] = x_period_for__mutmut_8 # type: ignore # mutmut generated
mutants_x_period_for__mutmut['x_period_for__mutmut_9'] = x_period_for__mutmut_9 # type: ignore # mutmut generated
mutants_x_period_for__mutmut['x_period_for__mutmut_10'] = x_period_for__mutmut_10 # type: ignore # mutmut generated
mutants_x_period_for__mutmut['x_period_for__mutmut_11'] = x_period_for__mutmut_11 # type: ignore # mutmut generated
mutants_x_period_for__mutmut['x_period_for__mutmut_12'] = x_period_for__mutmut_12 # type: ignore # mutmut generated
mutants_x_period_for__mutmut['x_period_for__mutmut_13'] = x_period_for__mutmut_13 # type: ignore # mutmut generated
mutants_x_periods_in__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_periods_in__mutmut)
def periods_in(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end < start:
        raise ValueError(f"range ends ({end}) before it starts ({start})")
    return tuple(_iter_periods(regime, kind, start, end))


def x_periods_in__mutmut_orig(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end < start:
        raise ValueError(f"range ends ({end}) before it starts ({start})")
    return tuple(_iter_periods(regime, kind, start, end))


def x_periods_in__mutmut_1(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end <= start:
        raise ValueError(f"range ends ({end}) before it starts ({start})")
    return tuple(_iter_periods(regime, kind, start, end))


def x_periods_in__mutmut_2(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end < start:
        raise ValueError(None)
    return tuple(_iter_periods(regime, kind, start, end))


def x_periods_in__mutmut_3(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end < start:
        raise ValueError(f"range ends ({end}) before it starts ({start})")
    return tuple(None)


def x_periods_in__mutmut_4(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end < start:
        raise ValueError(f"range ends ({end}) before it starts ({start})")
    return tuple(_iter_periods(None, kind, start, end))


def x_periods_in__mutmut_5(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end < start:
        raise ValueError(f"range ends ({end}) before it starts ({start})")
    return tuple(_iter_periods(regime, None, start, end))


def x_periods_in__mutmut_6(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end < start:
        raise ValueError(f"range ends ({end}) before it starts ({start})")
    return tuple(_iter_periods(regime, kind, None, end))


def x_periods_in__mutmut_7(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end < start:
        raise ValueError(f"range ends ({end}) before it starts ({start})")
    return tuple(_iter_periods(regime, kind, start, None))


def x_periods_in__mutmut_8(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end < start:
        raise ValueError(f"range ends ({end}) before it starts ({start})")
    return tuple(_iter_periods(kind, start, end))


def x_periods_in__mutmut_9(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end < start:
        raise ValueError(f"range ends ({end}) before it starts ({start})")
    return tuple(_iter_periods(regime, start, end))


def x_periods_in__mutmut_10(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end < start:
        raise ValueError(f"range ends ({end}) before it starts ({start})")
    return tuple(_iter_periods(regime, kind, end))


def x_periods_in__mutmut_11(regime: VatRegime, kind: ReportKind, start: date, end: date) -> tuple[ReportingPeriod, ...]:
    """Every period that overlaps [start, end], in order (the first and last may extend beyond the range)."""
    if end < start:
        raise ValueError(f"range ends ({end}) before it starts ({start})")
    return tuple(_iter_periods(regime, kind, start, ))

mutants_x_periods_in__mutmut['_mutmut_orig'] = x_periods_in__mutmut_orig # type: ignore # mutmut generated
mutants_x_periods_in__mutmut['x_periods_in__mutmut_1'] = x_periods_in__mutmut_1 # type: ignore # mutmut generated
mutants_x_periods_in__mutmut['x_periods_in__mutmut_2'] = x_periods_in__mutmut_2 # type: ignore # mutmut generated
mutants_x_periods_in__mutmut['x_periods_in__mutmut_3'] = x_periods_in__mutmut_3 # type: ignore # mutmut generated
mutants_x_periods_in__mutmut['x_periods_in__mutmut_4'] = x_periods_in__mutmut_4 # type: ignore # mutmut generated
mutants_x_periods_in__mutmut['x_periods_in__mutmut_5'] = x_periods_in__mutmut_5 # type: ignore # mutmut generated
mutants_x_periods_in__mutmut['x_periods_in__mutmut_6'] = x_periods_in__mutmut_6 # type: ignore # mutmut generated
mutants_x_periods_in__mutmut['x_periods_in__mutmut_7'] = x_periods_in__mutmut_7 # type: ignore # mutmut generated
mutants_x_periods_in__mutmut['x_periods_in__mutmut_8'] = x_periods_in__mutmut_8 # type: ignore # mutmut generated
mutants_x_periods_in__mutmut['x_periods_in__mutmut_9'] = x_periods_in__mutmut_9 # type: ignore # mutmut generated
mutants_x_periods_in__mutmut['x_periods_in__mutmut_10'] = x_periods_in__mutmut_10 # type: ignore # mutmut generated
mutants_x_periods_in__mutmut['x_periods_in__mutmut_11'] = x_periods_in__mutmut_11 # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__iter_periods__mutmut)
def _iter_periods(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = period_for(regime, kind, day)
        yield period
        day = period.end + timedelta(days=1)


def x__iter_periods__mutmut_orig(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = period_for(regime, kind, day)
        yield period
        day = period.end + timedelta(days=1)


def x__iter_periods__mutmut_1(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = None
    while day <= end:
        period = period_for(regime, kind, day)
        yield period
        day = period.end + timedelta(days=1)


def x__iter_periods__mutmut_2(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day < end:
        period = period_for(regime, kind, day)
        yield period
        day = period.end + timedelta(days=1)


def x__iter_periods__mutmut_3(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = None
        yield period
        day = period.end + timedelta(days=1)


def x__iter_periods__mutmut_4(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = period_for(None, kind, day)
        yield period
        day = period.end + timedelta(days=1)


def x__iter_periods__mutmut_5(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = period_for(regime, None, day)
        yield period
        day = period.end + timedelta(days=1)


def x__iter_periods__mutmut_6(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = period_for(regime, kind, None)
        yield period
        day = period.end + timedelta(days=1)


def x__iter_periods__mutmut_7(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = period_for(kind, day)
        yield period
        day = period.end + timedelta(days=1)


def x__iter_periods__mutmut_8(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = period_for(regime, day)
        yield period
        day = period.end + timedelta(days=1)


def x__iter_periods__mutmut_9(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = period_for(regime, kind, )
        yield period
        day = period.end + timedelta(days=1)


def x__iter_periods__mutmut_10(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = period_for(regime, kind, day)
        yield period
        day = None


def x__iter_periods__mutmut_11(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = period_for(regime, kind, day)
        yield period
        day = period.end - timedelta(days=1)


def x__iter_periods__mutmut_12(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = period_for(regime, kind, day)
        yield period
        day = period.end + timedelta(days=None)


def x__iter_periods__mutmut_13(regime: VatRegime, kind: ReportKind, start: date, end: date) -> Iterator[ReportingPeriod]:
    day = start
    while day <= end:
        period = period_for(regime, kind, day)
        yield period
        day = period.end + timedelta(days=2)

mutants_x__iter_periods__mutmut['_mutmut_orig'] = x__iter_periods__mutmut_orig # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut['x__iter_periods__mutmut_1'] = x__iter_periods__mutmut_1 # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut['x__iter_periods__mutmut_2'] = x__iter_periods__mutmut_2 # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut['x__iter_periods__mutmut_3'] = x__iter_periods__mutmut_3 # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut['x__iter_periods__mutmut_4'] = x__iter_periods__mutmut_4 # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut['x__iter_periods__mutmut_5'] = x__iter_periods__mutmut_5 # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut['x__iter_periods__mutmut_6'] = x__iter_periods__mutmut_6 # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut['x__iter_periods__mutmut_7'] = x__iter_periods__mutmut_7 # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut['x__iter_periods__mutmut_8'] = x__iter_periods__mutmut_8 # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut['x__iter_periods__mutmut_9'] = x__iter_periods__mutmut_9 # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut['x__iter_periods__mutmut_10'] = x__iter_periods__mutmut_10 # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut['x__iter_periods__mutmut_11'] = x__iter_periods__mutmut_11 # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut['x__iter_periods__mutmut_12'] = x__iter_periods__mutmut_12 # type: ignore # mutmut generated
mutants_x__iter_periods__mutmut['x__iter_periods__mutmut_13'] = x__iter_periods__mutmut_13 # type: ignore # mutmut generated
mutants_x_is_late__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_late__mutmut)
def is_late(period: ReportingPeriod, today: date) -> bool:
    """True when a report submitted on `today` misses the period's deadline (the deadline day itself is on time)."""
    return today > period.deadline


def x_is_late__mutmut_orig(period: ReportingPeriod, today: date) -> bool:
    """True when a report submitted on `today` misses the period's deadline (the deadline day itself is on time)."""
    return today > period.deadline


def x_is_late__mutmut_1(period: ReportingPeriod, today: date) -> bool:
    """True when a report submitted on `today` misses the period's deadline (the deadline day itself is on time)."""
    return today >= period.deadline

mutants_x_is_late__mutmut['_mutmut_orig'] = x_is_late__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_late__mutmut['x_is_late__mutmut_1'] = x_is_late__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_closed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_closed__mutmut)
def is_closed(period: ReportingPeriod, today: date) -> bool:
    """True once the period is over, i.e. its report can be complete."""
    return today > period.end


def x_is_closed__mutmut_orig(period: ReportingPeriod, today: date) -> bool:
    """True once the period is over, i.e. its report can be complete."""
    return today > period.end


def x_is_closed__mutmut_1(period: ReportingPeriod, today: date) -> bool:
    """True once the period is over, i.e. its report can be complete."""
    return today >= period.end

mutants_x_is_closed__mutmut['_mutmut_orig'] = x_is_closed__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_closed__mutmut['x_is_closed__mutmut_1'] = x_is_closed__mutmut_1 # type: ignore # mutmut generated
