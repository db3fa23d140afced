"""Pure builders of IOPOLE e-reporting request bodies (pdp-apis.md §1.7; operator-reporting OpenAPI 3.0.1).

Amounts and rates are decimal strings ("1200.00", "5.5"), never floats. IOPOLE types most amounts and `percent`
as JSON numbers (only `collectedAmount` is a string): the HTTP adapter must write those strings as JSON number
literals (no binary float in between), e.g. with a Decimal-aware encoder.
IOPOLE does not deduplicate: one call is one submission, so each request is sent exactly once by the caller.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from domain.reporting.amounts import ZERO, money_str, rate_str
from domain.reporting.b2c import B2cAggregate, B2cTransaction, TaxDueDateType, daily_aggregates
from domain.reporting.calendar import ReportKind
from domain.reporting.declaration import Declaration
from domain.reporting.international import InternationalInvoiceFacts, PartyFacts, VatBreakdownFacts
from domain.reporting.payments import PaymentLine

Json = dict[str, Any]
SIREN_SCHEME = "0002"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True, slots=True)
class ReportingRequest:
    """One POST to send: the path (relative to the API root) and its JSON body."""

    path: str
    body: Json
mutants_x__amount__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__amount__mutmut)
def _amount(value: Decimal, currency: str | None = None) -> Json:
    out: Json = {"amount": money_str(value)}
    if currency is not None:
        out["currency"] = currency
    return out


def x__amount__mutmut_orig(value: Decimal, currency: str | None = None) -> Json:
    out: Json = {"amount": money_str(value)}
    if currency is not None:
        out["currency"] = currency
    return out


def x__amount__mutmut_1(value: Decimal, currency: str | None = None) -> Json:
    out: Json = None
    if currency is not None:
        out["currency"] = currency
    return out


def x__amount__mutmut_2(value: Decimal, currency: str | None = None) -> Json:
    out: Json = {"XXamountXX": money_str(value)}
    if currency is not None:
        out["currency"] = currency
    return out


def x__amount__mutmut_3(value: Decimal, currency: str | None = None) -> Json:
    out: Json = {"AMOUNT": money_str(value)}
    if currency is not None:
        out["currency"] = currency
    return out


def x__amount__mutmut_4(value: Decimal, currency: str | None = None) -> Json:
    out: Json = {"amount": money_str(None)}
    if currency is not None:
        out["currency"] = currency
    return out


def x__amount__mutmut_5(value: Decimal, currency: str | None = None) -> Json:
    out: Json = {"amount": money_str(value)}
    if currency is None:
        out["currency"] = currency
    return out


def x__amount__mutmut_6(value: Decimal, currency: str | None = None) -> Json:
    out: Json = {"amount": money_str(value)}
    if currency is not None:
        out["currency"] = None
    return out


def x__amount__mutmut_7(value: Decimal, currency: str | None = None) -> Json:
    out: Json = {"amount": money_str(value)}
    if currency is not None:
        out["XXcurrencyXX"] = currency
    return out


def x__amount__mutmut_8(value: Decimal, currency: str | None = None) -> Json:
    out: Json = {"amount": money_str(value)}
    if currency is not None:
        out["CURRENCY"] = currency
    return out

mutants_x__amount__mutmut['_mutmut_orig'] = x__amount__mutmut_orig # type: ignore # mutmut generated
mutants_x__amount__mutmut['x__amount__mutmut_1'] = x__amount__mutmut_1 # type: ignore # mutmut generated
mutants_x__amount__mutmut['x__amount__mutmut_2'] = x__amount__mutmut_2 # type: ignore # mutmut generated
mutants_x__amount__mutmut['x__amount__mutmut_3'] = x__amount__mutmut_3 # type: ignore # mutmut generated
mutants_x__amount__mutmut['x__amount__mutmut_4'] = x__amount__mutmut_4 # type: ignore # mutmut generated
mutants_x__amount__mutmut['x__amount__mutmut_5'] = x__amount__mutmut_5 # type: ignore # mutmut generated
mutants_x__amount__mutmut['x__amount__mutmut_6'] = x__amount__mutmut_6 # type: ignore # mutmut generated
mutants_x__amount__mutmut['x__amount__mutmut_7'] = x__amount__mutmut_7 # type: ignore # mutmut generated
mutants_x__amount__mutmut['x__amount__mutmut_8'] = x__amount__mutmut_8 # type: ignore # mutmut generated


def _entity(siren: str) -> str:
    return f"scheme/{SIREN_SCHEME}/value/{siren}"
mutants_x_b2c_daily_bodies__mutmut: MutantDict = {}  # type: ignore


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
@_mutmut_mutated(mutants_x_b2c_daily_bodies__mutmut)
def b2c_daily_bodies(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_orig(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_1(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = None
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_2(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = None
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_3(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(None)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_4(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            None, []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_5(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), None
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_6(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_7(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_8(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault(None, {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_9(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), None).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_10(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault({}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_11(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), ).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_12(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = None
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_13(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(None, key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_14(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=None):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_15(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_16(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), ):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_17(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: None):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_18(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[1][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_19(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_20(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[1][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_21(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][2].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_22(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = None
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_23(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"XXtransactionDateXX": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_24(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactiondate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_25(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"TRANSACTIONDATE": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_26(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("XXstoreIdXX", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_27(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeid", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_28(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("STOREID", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_29(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("XXregisterIdXX", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_30(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerid", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_31(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("REGISTERID", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_32(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("XXclosureIdXX", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_33(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureid", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_34(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("CLOSUREID", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_35(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_36(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = None
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_37(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = None
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_38(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["XXtransactionsXX"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_39(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["TRANSACTIONS"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_40(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(None, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_41(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, None, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_42(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, None, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_43(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, None)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_44(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_45(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_46(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_47(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, )
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_48(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(None)
        ]
        bodies.append(body)
    return bodies


# --- B2C daily aggregates (10.3) -------------------------------------------------------------------------------
def x_b2c_daily_bodies__mutmut_49(
    aggregates: Iterable[B2cAggregate],
    *,
    store_id: str | None = None,
    register_id: str | None = None,
    closure_id: str | None = None,
) -> list[Json]:
    """One body per day and tax due date type; inside it one entry per category with its breakdown by rate.

    IOPOLE wants each categoryCode once per call, and carries the tax due date type per category, so days with
    several due date types are split into several calls.
    """
    groups: dict[tuple[date, TaxDueDateType], dict[tuple[str, str], list[B2cAggregate]]] = {}
    for line in aggregates:
        k = line.key
        groups.setdefault((k.day, k.tax_due_date_type), {}).setdefault(
            (k.category.value, k.currency), []
        ).append(line)
    bodies = []
    for (day, due), by_category in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1].value)):
        body: Json = {"transactionDate": day.isoformat()}
        for name, value in (("storeId", store_id), ("registerId", register_id), ("closureId", closure_id)):
            if value is not None:
                body[name] = value
        body["transactions"] = [
            _b2c_category(category, currency, lines, due)
            for (category, currency), lines in sorted(by_category.items())
        ]
        bodies.append(None)
    return bodies

mutants_x_b2c_daily_bodies__mutmut['_mutmut_orig'] = x_b2c_daily_bodies__mutmut_orig # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_1'] = x_b2c_daily_bodies__mutmut_1 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_2'] = x_b2c_daily_bodies__mutmut_2 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_3'] = x_b2c_daily_bodies__mutmut_3 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_4'] = x_b2c_daily_bodies__mutmut_4 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_5'] = x_b2c_daily_bodies__mutmut_5 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_6'] = x_b2c_daily_bodies__mutmut_6 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_7'] = x_b2c_daily_bodies__mutmut_7 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_8'] = x_b2c_daily_bodies__mutmut_8 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_9'] = x_b2c_daily_bodies__mutmut_9 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_10'] = x_b2c_daily_bodies__mutmut_10 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_11'] = x_b2c_daily_bodies__mutmut_11 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_12'] = x_b2c_daily_bodies__mutmut_12 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_13'] = x_b2c_daily_bodies__mutmut_13 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_14'] = x_b2c_daily_bodies__mutmut_14 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_15'] = x_b2c_daily_bodies__mutmut_15 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_16'] = x_b2c_daily_bodies__mutmut_16 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_17'] = x_b2c_daily_bodies__mutmut_17 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_18'] = x_b2c_daily_bodies__mutmut_18 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_19'] = x_b2c_daily_bodies__mutmut_19 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_20'] = x_b2c_daily_bodies__mutmut_20 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_21'] = x_b2c_daily_bodies__mutmut_21 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_22'] = x_b2c_daily_bodies__mutmut_22 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_23'] = x_b2c_daily_bodies__mutmut_23 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_24'] = x_b2c_daily_bodies__mutmut_24 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_25'] = x_b2c_daily_bodies__mutmut_25 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_26'] = x_b2c_daily_bodies__mutmut_26 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_27'] = x_b2c_daily_bodies__mutmut_27 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_28'] = x_b2c_daily_bodies__mutmut_28 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_29'] = x_b2c_daily_bodies__mutmut_29 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_30'] = x_b2c_daily_bodies__mutmut_30 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_31'] = x_b2c_daily_bodies__mutmut_31 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_32'] = x_b2c_daily_bodies__mutmut_32 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_33'] = x_b2c_daily_bodies__mutmut_33 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_34'] = x_b2c_daily_bodies__mutmut_34 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_35'] = x_b2c_daily_bodies__mutmut_35 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_36'] = x_b2c_daily_bodies__mutmut_36 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_37'] = x_b2c_daily_bodies__mutmut_37 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_38'] = x_b2c_daily_bodies__mutmut_38 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_39'] = x_b2c_daily_bodies__mutmut_39 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_40'] = x_b2c_daily_bodies__mutmut_40 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_41'] = x_b2c_daily_bodies__mutmut_41 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_42'] = x_b2c_daily_bodies__mutmut_42 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_43'] = x_b2c_daily_bodies__mutmut_43 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_44'] = x_b2c_daily_bodies__mutmut_44 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_45'] = x_b2c_daily_bodies__mutmut_45 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_46'] = x_b2c_daily_bodies__mutmut_46 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_47'] = x_b2c_daily_bodies__mutmut_47 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_48'] = x_b2c_daily_bodies__mutmut_48 # type: ignore # mutmut generated
mutants_x_b2c_daily_bodies__mutmut['x_b2c_daily_bodies__mutmut_49'] = x_b2c_daily_bodies__mutmut_49 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__b2c_category__mutmut)
def _b2c_category(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_orig(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_1(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = None
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_2(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum(None, ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_3(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), None)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_4(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum(ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_5(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), )
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_6(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = None
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_7(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum(None, ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_8(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), None)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_9(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum(ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_10(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), )
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_11(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "XXcurrencyXX": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_12(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "CURRENCY": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_13(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "XXcategoryCodeXX": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_14(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categorycode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_15(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "CATEGORYCODE": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_16(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "XXmonetaryXX": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_17(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "MONETARY": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_18(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "XXtaxCurrencyXX": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_19(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxcurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_20(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "TAXCURRENCY": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_21(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "XXinvoiceAmountXX": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_22(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceamount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_23(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "INVOICEAMOUNT": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_24(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(None, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_25(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, None),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_26(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_27(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, ),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_28(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base - vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_29(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "XXtaxBasisTotalAmountXX": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_30(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxbasistotalamount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_31(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "TAXBASISTOTALAMOUNT": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_32(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(None, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_33(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, None),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_34(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_35(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, ),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_36(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "XXtaxTotalAmountXX": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_37(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxtotalamount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_38(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "TAXTOTALAMOUNT": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_39(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(None, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_40(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, None),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_41(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_42(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, ),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_43(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "XXtaxDetailsXX": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_44(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxdetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_45(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "TAXDETAILS": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_46(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "XXtaxTypeXX": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_47(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxtype": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_48(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "TAXTYPE": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_49(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "XXVATXX",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_50(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "vat",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_51(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "XXpercentXX": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_52(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "PERCENT": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_53(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(None),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_54(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "XXtaxableAmountXX": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_55(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableamount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_56(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "TAXABLEAMOUNT": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_57(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(None),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_58(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "XXtaxAmountXX": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_59(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxamount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_60(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "TAXAMOUNT": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_61(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(None),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_62(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(None, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_63(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=None)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_64(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_65(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, )
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_66(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: None)
        ],
        "taxPaymentOption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_67(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "XXtaxPaymentOptionXX": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_68(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxpaymentoption": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_69(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "TAXPAYMENTOPTION": {"iopCode": due.value},
    }


def x__b2c_category__mutmut_70(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"XXiopCodeXX": due.value},
    }


def x__b2c_category__mutmut_71(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"iopcode": due.value},
    }


def x__b2c_category__mutmut_72(category: str, currency: str, lines: list[B2cAggregate], due: TaxDueDateType) -> Json:
    base = sum((ln.taxable_total for ln in lines), ZERO)
    vat = sum((ln.vat_total for ln in lines), ZERO)
    return {
        "currency": currency,
        "categoryCode": category,
        "monetary": {
            "taxCurrency": currency,
            "invoiceAmount": _amount(base + vat, currency),
            "taxBasisTotalAmount": _amount(base, currency),
            "taxTotalAmount": _amount(vat, currency),
        },
        "taxDetails": [
            {
                "taxType": "VAT",
                "percent": rate_str(ln.key.vat_rate),
                "taxableAmount": _amount(ln.taxable_total),
                "taxAmount": _amount(ln.vat_total),
            }
            for ln in sorted(lines, key=lambda ln: ln.key.vat_rate)
        ],
        "taxPaymentOption": {"IOPCODE": due.value},
    }

mutants_x__b2c_category__mutmut['_mutmut_orig'] = x__b2c_category__mutmut_orig # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_1'] = x__b2c_category__mutmut_1 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_2'] = x__b2c_category__mutmut_2 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_3'] = x__b2c_category__mutmut_3 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_4'] = x__b2c_category__mutmut_4 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_5'] = x__b2c_category__mutmut_5 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_6'] = x__b2c_category__mutmut_6 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_7'] = x__b2c_category__mutmut_7 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_8'] = x__b2c_category__mutmut_8 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_9'] = x__b2c_category__mutmut_9 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_10'] = x__b2c_category__mutmut_10 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_11'] = x__b2c_category__mutmut_11 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_12'] = x__b2c_category__mutmut_12 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_13'] = x__b2c_category__mutmut_13 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_14'] = x__b2c_category__mutmut_14 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_15'] = x__b2c_category__mutmut_15 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_16'] = x__b2c_category__mutmut_16 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_17'] = x__b2c_category__mutmut_17 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_18'] = x__b2c_category__mutmut_18 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_19'] = x__b2c_category__mutmut_19 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_20'] = x__b2c_category__mutmut_20 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_21'] = x__b2c_category__mutmut_21 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_22'] = x__b2c_category__mutmut_22 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_23'] = x__b2c_category__mutmut_23 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_24'] = x__b2c_category__mutmut_24 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_25'] = x__b2c_category__mutmut_25 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_26'] = x__b2c_category__mutmut_26 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_27'] = x__b2c_category__mutmut_27 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_28'] = x__b2c_category__mutmut_28 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_29'] = x__b2c_category__mutmut_29 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_30'] = x__b2c_category__mutmut_30 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_31'] = x__b2c_category__mutmut_31 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_32'] = x__b2c_category__mutmut_32 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_33'] = x__b2c_category__mutmut_33 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_34'] = x__b2c_category__mutmut_34 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_35'] = x__b2c_category__mutmut_35 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_36'] = x__b2c_category__mutmut_36 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_37'] = x__b2c_category__mutmut_37 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_38'] = x__b2c_category__mutmut_38 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_39'] = x__b2c_category__mutmut_39 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_40'] = x__b2c_category__mutmut_40 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_41'] = x__b2c_category__mutmut_41 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_42'] = x__b2c_category__mutmut_42 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_43'] = x__b2c_category__mutmut_43 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_44'] = x__b2c_category__mutmut_44 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_45'] = x__b2c_category__mutmut_45 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_46'] = x__b2c_category__mutmut_46 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_47'] = x__b2c_category__mutmut_47 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_48'] = x__b2c_category__mutmut_48 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_49'] = x__b2c_category__mutmut_49 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_50'] = x__b2c_category__mutmut_50 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_51'] = x__b2c_category__mutmut_51 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_52'] = x__b2c_category__mutmut_52 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_53'] = x__b2c_category__mutmut_53 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_54'] = x__b2c_category__mutmut_54 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_55'] = x__b2c_category__mutmut_55 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_56'] = x__b2c_category__mutmut_56 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_57'] = x__b2c_category__mutmut_57 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_58'] = x__b2c_category__mutmut_58 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_59'] = x__b2c_category__mutmut_59 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_60'] = x__b2c_category__mutmut_60 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_61'] = x__b2c_category__mutmut_61 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_62'] = x__b2c_category__mutmut_62 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_63'] = x__b2c_category__mutmut_63 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_64'] = x__b2c_category__mutmut_64 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_65'] = x__b2c_category__mutmut_65 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_66'] = x__b2c_category__mutmut_66 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_67'] = x__b2c_category__mutmut_67 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_68'] = x__b2c_category__mutmut_68 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_69'] = x__b2c_category__mutmut_69 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_70'] = x__b2c_category__mutmut_70 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_71'] = x__b2c_category__mutmut_71 # type: ignore # mutmut generated
mutants_x__b2c_category__mutmut['x__b2c_category__mutmut_72'] = x__b2c_category__mutmut_72 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_b2c_bodies_from_transactions__mutmut)
def b2c_bodies_from_transactions(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_orig(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_1(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = None
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_2(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(None)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_3(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault(None, []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_4(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), None).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_5(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault([]).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_6(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), ).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_7(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = None
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_8(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        None, key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_9(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=None
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_10(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_11(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_12(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: None
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_13(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(None)
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_14(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v and "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_15(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "XXXX" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_16(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[1])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_17(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            None
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_18(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(None, store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_19(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=None, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_20(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=None, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_21(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, closure_id=None)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_22(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(store_id=store, register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_23(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), register_id=register, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_24(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, closure_id=closure)
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_25(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(txs), store_id=store, register_id=register, )
        )
    return bodies


def x_b2c_bodies_from_transactions__mutmut_26(transactions: Iterable[B2cTransaction]) -> list[Json]:
    """Group transactions by store, register and closure, then build the daily bodies of each group."""
    groups: dict[tuple[str | None, str | None, str | None], list[B2cTransaction]] = {}
    for tx in transactions:
        groups.setdefault((tx.store_id, tx.register_id, tx.closure_id), []).append(tx)
    bodies: list[Json] = []
    for (store, register, closure), txs in sorted(
        groups.items(), key=lambda kv: tuple(v or "" for v in kv[0])
    ):
        bodies.extend(
            b2c_daily_bodies(daily_aggregates(None), store_id=store, register_id=register, closure_id=closure)
        )
    return bodies

mutants_x_b2c_bodies_from_transactions__mutmut['_mutmut_orig'] = x_b2c_bodies_from_transactions__mutmut_orig # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_1'] = x_b2c_bodies_from_transactions__mutmut_1 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_2'] = x_b2c_bodies_from_transactions__mutmut_2 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_3'] = x_b2c_bodies_from_transactions__mutmut_3 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_4'] = x_b2c_bodies_from_transactions__mutmut_4 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_5'] = x_b2c_bodies_from_transactions__mutmut_5 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_6'] = x_b2c_bodies_from_transactions__mutmut_6 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_7'] = x_b2c_bodies_from_transactions__mutmut_7 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_8'] = x_b2c_bodies_from_transactions__mutmut_8 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_9'] = x_b2c_bodies_from_transactions__mutmut_9 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_10'] = x_b2c_bodies_from_transactions__mutmut_10 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_11'] = x_b2c_bodies_from_transactions__mutmut_11 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_12'] = x_b2c_bodies_from_transactions__mutmut_12 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_13'] = x_b2c_bodies_from_transactions__mutmut_13 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_14'] = x_b2c_bodies_from_transactions__mutmut_14 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_15'] = x_b2c_bodies_from_transactions__mutmut_15 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_16'] = x_b2c_bodies_from_transactions__mutmut_16 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_17'] = x_b2c_bodies_from_transactions__mutmut_17 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_18'] = x_b2c_bodies_from_transactions__mutmut_18 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_19'] = x_b2c_bodies_from_transactions__mutmut_19 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_20'] = x_b2c_bodies_from_transactions__mutmut_20 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_21'] = x_b2c_bodies_from_transactions__mutmut_21 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_22'] = x_b2c_bodies_from_transactions__mutmut_22 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_23'] = x_b2c_bodies_from_transactions__mutmut_23 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_24'] = x_b2c_bodies_from_transactions__mutmut_24 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_25'] = x_b2c_bodies_from_transactions__mutmut_25 # type: ignore # mutmut generated
mutants_x_b2c_bodies_from_transactions__mutmut['x_b2c_bodies_from_transactions__mutmut_26'] = x_b2c_bodies_from_transactions__mutmut_26 # type: ignore # mutmut generated
mutants_x__party__mutmut: MutantDict = {}  # type: ignore


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
@_mutmut_mutated(mutants_x__party__mutmut)
def _party(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_orig(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_1(p: PartyFacts) -> Json:
    out: Json = None
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_2(p: PartyFacts) -> Json:
    out: Json = {"XXnameXX": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_3(p: PartyFacts) -> Json:
    out: Json = {"NAME": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_4(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "XXpostalAddressXX": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_5(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postaladdress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_6(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "POSTALADDRESS": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_7(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"XXcountryXX": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_8(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"COUNTRY": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_9(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = None
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_10(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["XXvatNumberXX"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_11(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatnumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_12(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["VATNUMBER"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_13(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = None
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_14(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["XXidentifierXX"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_15(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["IDENTIFIER"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_16(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "XXtypeXX": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_17(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "TYPE": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_18(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "XXPARTY_LEGAL_IDENTIFIERXX",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_19(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "party_legal_identifier",
            "scheme": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_20(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "XXschemeXX": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_21(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "SCHEME": p.identifier_scheme,
            "value": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_22(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "XXvalueXX": p.identifier_value,
        }
    return out


# --- International B2B invoice (10.1) ---------------------------------------------------------------------------
def x__party__mutmut_23(p: PartyFacts) -> Json:
    out: Json = {"name": p.name, "postalAddress": {"country": p.country}}
    if p.vat_number:
        out["vatNumber"] = p.vat_number
    if p.identified:
        out["identifier"] = {
            "type": "PARTY_LEGAL_IDENTIFIER",
            "scheme": p.identifier_scheme,
            "VALUE": p.identifier_value,
        }
    return out

mutants_x__party__mutmut['_mutmut_orig'] = x__party__mutmut_orig # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_1'] = x__party__mutmut_1 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_2'] = x__party__mutmut_2 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_3'] = x__party__mutmut_3 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_4'] = x__party__mutmut_4 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_5'] = x__party__mutmut_5 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_6'] = x__party__mutmut_6 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_7'] = x__party__mutmut_7 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_8'] = x__party__mutmut_8 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_9'] = x__party__mutmut_9 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_10'] = x__party__mutmut_10 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_11'] = x__party__mutmut_11 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_12'] = x__party__mutmut_12 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_13'] = x__party__mutmut_13 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_14'] = x__party__mutmut_14 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_15'] = x__party__mutmut_15 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_16'] = x__party__mutmut_16 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_17'] = x__party__mutmut_17 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_18'] = x__party__mutmut_18 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_19'] = x__party__mutmut_19 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_20'] = x__party__mutmut_20 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_21'] = x__party__mutmut_21 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_22'] = x__party__mutmut_22 # type: ignore # mutmut generated
mutants_x__party__mutmut['x__party__mutmut_23'] = x__party__mutmut_23 # type: ignore # mutmut generated
mutants_x_international_body__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_international_body__mutmut)
def international_body(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_orig(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_1(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = None
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_2(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "XXinvoiceCurrencyXX": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_3(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoicecurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_4(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "INVOICECURRENCY": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_5(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "XXinvoiceAmountXX": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_6(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceamount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_7(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "INVOICEAMOUNT": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_8(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(None, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_9(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, None),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_10(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_11(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, ),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_12(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "XXtaxBasisTotalAmountXX": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_13(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxbasistotalamount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_14(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "TAXBASISTOTALAMOUNT": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_15(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(None, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_16(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, None),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_17(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_18(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, ),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_19(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "XXtaxTotalAmountXX": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_20(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxtotalamount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_21(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "TAXTOTALAMOUNT": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_22(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(None, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_23(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, None),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_24(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_25(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, ),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_26(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_27(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = None
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_28(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["XXtaxCurrencyXX"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_29(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxcurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_30(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["TAXCURRENCY"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_31(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_32(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = None
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_33(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["XXtaxTotalAmountAccountingXX"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_34(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxtotalamountaccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_35(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["TAXTOTALAMOUNTACCOUNTING"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_36(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            None, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_37(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, None
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_38(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_39(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_40(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = None
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_41(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "XXinvoiceIdXX": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_42(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceid": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_43(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "INVOICEID": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_44(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "XXinvoiceDateXX": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_45(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoicedate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_46(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "INVOICEDATE": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_47(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "XXtypeXX": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_48(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "TYPE": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_49(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "XXprocessTypeXX": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_50(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processtype": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_51(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "PROCESSTYPE": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_52(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "XXtaxPaymentOptionXX": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_53(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxpaymentoption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_54(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "TAXPAYMENTOPTION": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_55(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"XXiopCodeXX": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_56(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopcode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_57(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"IOPCODE": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_58(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "XXmonetaryXX": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_59(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "MONETARY": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_60(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "XXtaxDetailsXX": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_61(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxdetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_62(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "TAXDETAILS": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_63(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(None) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_64(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "XXsellerXX": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_65(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "SELLER": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_66(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(None),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_67(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "XXbuyerXX": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_68(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "BUYER": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_69(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(None),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_70(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_71(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = None
    return {"invoice": invoice}


def x_international_body__mutmut_72(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["XXinvoiceDueDateXX"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_73(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceduedate"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_74(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["INVOICEDUEDATE"] = f.due_date.isoformat()
    return {"invoice": invoice}


def x_international_body__mutmut_75(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"XXinvoiceXX": invoice}


def x_international_body__mutmut_76(f: InternationalInvoiceFacts) -> Json:
    monetary: Json = {
        "invoiceCurrency": f.currency,
        "invoiceAmount": _amount(f.total_with_vat, f.currency),
        "taxBasisTotalAmount": _amount(f.total_without_vat, f.currency),
        "taxTotalAmount": _amount(f.total_vat, f.currency),
    }
    if f.vat_accounting_currency is not None:
        monetary["taxCurrency"] = f.vat_accounting_currency
    if f.total_vat_in_accounting_currency is not None:
        monetary["taxTotalAmountAccounting"] = _amount(
            f.total_vat_in_accounting_currency, f.vat_accounting_currency
        )
    invoice: Json = {
        "invoiceId": f.invoice_id,
        "invoiceDate": f.issue_date.isoformat(),
        "type": f.type_code,
        "processType": f.business_process,
        "taxPaymentOption": {"iopCode": f.tax_due_date_type.value},
        "monetary": monetary,
        "taxDetails": [_tax_detail(line) for line in f.vat_breakdown],
        "seller": _party(f.seller),
        "buyer": _party(f.buyer),
    }
    if f.due_date is not None:
        invoice["invoiceDueDate"] = f.due_date.isoformat()
    return {"INVOICE": invoice}

mutants_x_international_body__mutmut['_mutmut_orig'] = x_international_body__mutmut_orig # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_1'] = x_international_body__mutmut_1 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_2'] = x_international_body__mutmut_2 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_3'] = x_international_body__mutmut_3 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_4'] = x_international_body__mutmut_4 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_5'] = x_international_body__mutmut_5 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_6'] = x_international_body__mutmut_6 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_7'] = x_international_body__mutmut_7 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_8'] = x_international_body__mutmut_8 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_9'] = x_international_body__mutmut_9 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_10'] = x_international_body__mutmut_10 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_11'] = x_international_body__mutmut_11 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_12'] = x_international_body__mutmut_12 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_13'] = x_international_body__mutmut_13 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_14'] = x_international_body__mutmut_14 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_15'] = x_international_body__mutmut_15 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_16'] = x_international_body__mutmut_16 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_17'] = x_international_body__mutmut_17 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_18'] = x_international_body__mutmut_18 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_19'] = x_international_body__mutmut_19 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_20'] = x_international_body__mutmut_20 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_21'] = x_international_body__mutmut_21 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_22'] = x_international_body__mutmut_22 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_23'] = x_international_body__mutmut_23 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_24'] = x_international_body__mutmut_24 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_25'] = x_international_body__mutmut_25 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_26'] = x_international_body__mutmut_26 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_27'] = x_international_body__mutmut_27 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_28'] = x_international_body__mutmut_28 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_29'] = x_international_body__mutmut_29 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_30'] = x_international_body__mutmut_30 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_31'] = x_international_body__mutmut_31 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_32'] = x_international_body__mutmut_32 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_33'] = x_international_body__mutmut_33 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_34'] = x_international_body__mutmut_34 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_35'] = x_international_body__mutmut_35 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_36'] = x_international_body__mutmut_36 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_37'] = x_international_body__mutmut_37 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_38'] = x_international_body__mutmut_38 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_39'] = x_international_body__mutmut_39 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_40'] = x_international_body__mutmut_40 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_41'] = x_international_body__mutmut_41 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_42'] = x_international_body__mutmut_42 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_43'] = x_international_body__mutmut_43 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_44'] = x_international_body__mutmut_44 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_45'] = x_international_body__mutmut_45 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_46'] = x_international_body__mutmut_46 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_47'] = x_international_body__mutmut_47 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_48'] = x_international_body__mutmut_48 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_49'] = x_international_body__mutmut_49 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_50'] = x_international_body__mutmut_50 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_51'] = x_international_body__mutmut_51 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_52'] = x_international_body__mutmut_52 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_53'] = x_international_body__mutmut_53 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_54'] = x_international_body__mutmut_54 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_55'] = x_international_body__mutmut_55 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_56'] = x_international_body__mutmut_56 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_57'] = x_international_body__mutmut_57 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_58'] = x_international_body__mutmut_58 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_59'] = x_international_body__mutmut_59 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_60'] = x_international_body__mutmut_60 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_61'] = x_international_body__mutmut_61 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_62'] = x_international_body__mutmut_62 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_63'] = x_international_body__mutmut_63 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_64'] = x_international_body__mutmut_64 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_65'] = x_international_body__mutmut_65 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_66'] = x_international_body__mutmut_66 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_67'] = x_international_body__mutmut_67 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_68'] = x_international_body__mutmut_68 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_69'] = x_international_body__mutmut_69 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_70'] = x_international_body__mutmut_70 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_71'] = x_international_body__mutmut_71 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_72'] = x_international_body__mutmut_72 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_73'] = x_international_body__mutmut_73 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_74'] = x_international_body__mutmut_74 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_75'] = x_international_body__mutmut_75 # type: ignore # mutmut generated
mutants_x_international_body__mutmut['x_international_body__mutmut_76'] = x_international_body__mutmut_76 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__tax_detail__mutmut)
def _tax_detail(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_orig(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_1(line: VatBreakdownFacts) -> Json:
    out: Json = None
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_2(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "XXtaxTypeXX": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_3(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxtype": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_4(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "TAXTYPE": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_5(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "XXVATXX",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_6(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "vat",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_7(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "XXcategoryCodeXX": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_8(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categorycode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_9(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "CATEGORYCODE": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_10(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "XXpercentXX": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_11(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "PERCENT": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_12(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(None),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_13(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "XXtaxableAmountXX": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_14(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableamount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_15(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "TAXABLEAMOUNT": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_16(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(None),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_17(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "XXtaxAmountXX": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_18(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxamount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_19(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "TAXAMOUNT": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_20(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(None),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_21(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionReasonCode"] = None
    return out


def x__tax_detail__mutmut_22(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["XXexemptionReasonCodeXX"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_23(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["exemptionreasoncode"] = line.exemption_reason_code
    return out


def x__tax_detail__mutmut_24(line: VatBreakdownFacts) -> Json:
    out: Json = {
        "taxType": "VAT",
        "categoryCode": line.category_code,
        "percent": rate_str(line.rate),
        "taxableAmount": _amount(line.taxable_amount),
        "taxAmount": _amount(line.vat_amount),
    }
    if line.exemption_reason_code:
        out["EXEMPTIONREASONCODE"] = line.exemption_reason_code
    return out

mutants_x__tax_detail__mutmut['_mutmut_orig'] = x__tax_detail__mutmut_orig # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_1'] = x__tax_detail__mutmut_1 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_2'] = x__tax_detail__mutmut_2 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_3'] = x__tax_detail__mutmut_3 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_4'] = x__tax_detail__mutmut_4 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_5'] = x__tax_detail__mutmut_5 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_6'] = x__tax_detail__mutmut_6 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_7'] = x__tax_detail__mutmut_7 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_8'] = x__tax_detail__mutmut_8 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_9'] = x__tax_detail__mutmut_9 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_10'] = x__tax_detail__mutmut_10 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_11'] = x__tax_detail__mutmut_11 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_12'] = x__tax_detail__mutmut_12 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_13'] = x__tax_detail__mutmut_13 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_14'] = x__tax_detail__mutmut_14 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_15'] = x__tax_detail__mutmut_15 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_16'] = x__tax_detail__mutmut_16 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_17'] = x__tax_detail__mutmut_17 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_18'] = x__tax_detail__mutmut_18 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_19'] = x__tax_detail__mutmut_19 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_20'] = x__tax_detail__mutmut_20 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_21'] = x__tax_detail__mutmut_21 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_22'] = x__tax_detail__mutmut_22 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_23'] = x__tax_detail__mutmut_23 # type: ignore # mutmut generated
mutants_x__tax_detail__mutmut['x__tax_detail__mutmut_24'] = x__tax_detail__mutmut_24 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut: MutantDict = {}  # type: ignore


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
@_mutmut_mutated(mutants_x_payment_bodies__mutmut)
def payment_bodies(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_orig(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_1(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = None
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_2(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(None)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_3(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault(None, []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_4(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), None).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_5(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault([]).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_6(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), ).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_7(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = None
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_8(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        None, key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_9(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=None
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_10(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_11(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_12(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: None
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_13(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[1][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_14(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][1], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_15(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] and "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_16(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[1][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_17(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][2] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_18(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "XXXX")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_19(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = None
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_20(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "XXpaymentDateXX": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_21(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentdate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_22(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "PAYMENTDATE": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_23(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "XXtaxDetailsXX": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_24(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxdetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_25(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "TAXDETAILS": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_26(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"XXtaxRateXX": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_27(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxrate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_28(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"TAXRATE": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_29(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(None), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_30(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "XXcollectedAmountXX": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_31(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedamount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_32(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "COLLECTEDAMOUNT": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_33(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(None)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_34(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(None, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_35(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=None)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_36(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_37(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, )
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_38(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: None)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_39(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is not None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_40(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append(None)
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_41(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((True, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_42(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"XXtransactionXX": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_43(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"TRANSACTION": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_44(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"XXpaymentXX": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_45(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"PAYMENT": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_46(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_47(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = None
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_48(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "XXinvoiceXX": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_49(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "INVOICE": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_50(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "XXinvoiceIdXX": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_51(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceid": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_52(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "INVOICEID": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_53(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "XXinvoiceDateXX": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_54(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoicedate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_55(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "INVOICEDATE": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_56(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "XXpaymentXX": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_57(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "PAYMENT": payment,
                }
            }
            out.append((True, body))
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_58(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append(None)
    return out


# --- Payments (10.2 per invoice, 10.4 aggregated) ---------------------------------------------------------------
def x_payment_bodies__mutmut_59(lines: Iterable[PaymentLine]) -> list[tuple[bool, Json]]:
    """(per_invoice, body) for each day x invoice (or day for B2C); amounts per rate as strings."""
    groups: dict[tuple[date, str | None, date | None], list[PaymentLine]] = {}
    for ln in lines:
        groups.setdefault((ln.day, ln.invoice_id, ln.invoice_date), []).append(ln)
    out: list[tuple[bool, Json]] = []
    for (day, invoice_id, invoice_date), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
    ):
        payment = {
            "paymentDate": day.isoformat(),
            "taxDetails": [
                {"taxRate": rate_str(ln.vat_rate), "collectedAmount": money_str(ln.amount)}
                for ln in sorted(group, key=lambda ln: ln.vat_rate)
            ],
        }
        if invoice_id is None:
            out.append((False, {"transaction": {"payment": payment}}))
        else:
            assert invoice_date is not None  # PaymentEvent refuses an invoice id without its date
            body = {
                "invoice": {
                    "invoiceId": invoice_id,
                    "invoiceDate": invoice_date.isoformat(),
                    "payment": payment,
                }
            }
            out.append((False, body))
    return out

mutants_x_payment_bodies__mutmut['_mutmut_orig'] = x_payment_bodies__mutmut_orig # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_1'] = x_payment_bodies__mutmut_1 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_2'] = x_payment_bodies__mutmut_2 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_3'] = x_payment_bodies__mutmut_3 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_4'] = x_payment_bodies__mutmut_4 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_5'] = x_payment_bodies__mutmut_5 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_6'] = x_payment_bodies__mutmut_6 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_7'] = x_payment_bodies__mutmut_7 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_8'] = x_payment_bodies__mutmut_8 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_9'] = x_payment_bodies__mutmut_9 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_10'] = x_payment_bodies__mutmut_10 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_11'] = x_payment_bodies__mutmut_11 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_12'] = x_payment_bodies__mutmut_12 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_13'] = x_payment_bodies__mutmut_13 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_14'] = x_payment_bodies__mutmut_14 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_15'] = x_payment_bodies__mutmut_15 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_16'] = x_payment_bodies__mutmut_16 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_17'] = x_payment_bodies__mutmut_17 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_18'] = x_payment_bodies__mutmut_18 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_19'] = x_payment_bodies__mutmut_19 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_20'] = x_payment_bodies__mutmut_20 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_21'] = x_payment_bodies__mutmut_21 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_22'] = x_payment_bodies__mutmut_22 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_23'] = x_payment_bodies__mutmut_23 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_24'] = x_payment_bodies__mutmut_24 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_25'] = x_payment_bodies__mutmut_25 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_26'] = x_payment_bodies__mutmut_26 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_27'] = x_payment_bodies__mutmut_27 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_28'] = x_payment_bodies__mutmut_28 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_29'] = x_payment_bodies__mutmut_29 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_30'] = x_payment_bodies__mutmut_30 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_31'] = x_payment_bodies__mutmut_31 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_32'] = x_payment_bodies__mutmut_32 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_33'] = x_payment_bodies__mutmut_33 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_34'] = x_payment_bodies__mutmut_34 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_35'] = x_payment_bodies__mutmut_35 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_36'] = x_payment_bodies__mutmut_36 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_37'] = x_payment_bodies__mutmut_37 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_38'] = x_payment_bodies__mutmut_38 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_39'] = x_payment_bodies__mutmut_39 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_40'] = x_payment_bodies__mutmut_40 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_41'] = x_payment_bodies__mutmut_41 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_42'] = x_payment_bodies__mutmut_42 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_43'] = x_payment_bodies__mutmut_43 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_44'] = x_payment_bodies__mutmut_44 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_45'] = x_payment_bodies__mutmut_45 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_46'] = x_payment_bodies__mutmut_46 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_47'] = x_payment_bodies__mutmut_47 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_48'] = x_payment_bodies__mutmut_48 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_49'] = x_payment_bodies__mutmut_49 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_50'] = x_payment_bodies__mutmut_50 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_51'] = x_payment_bodies__mutmut_51 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_52'] = x_payment_bodies__mutmut_52 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_53'] = x_payment_bodies__mutmut_53 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_54'] = x_payment_bodies__mutmut_54 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_55'] = x_payment_bodies__mutmut_55 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_56'] = x_payment_bodies__mutmut_56 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_57'] = x_payment_bodies__mutmut_57 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_58'] = x_payment_bodies__mutmut_58 # type: ignore # mutmut generated
mutants_x_payment_bodies__mutmut['x_payment_bodies__mutmut_59'] = x_payment_bodies__mutmut_59 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut: MutantDict = {}  # type: ignore


# --- A whole declaration ----------------------------------------------------------------------------------------
@_mutmut_mutated(mutants_x_declaration_requests__mutmut)
def declaration_requests(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_orig(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_1(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = None
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_2(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(None)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_3(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is not ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_4(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                None, body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_5(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", None
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_6(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_7(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_8(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if (per_invoice) and False else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_9(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if (per_invoice) or True else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_10(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'XXinvoiceXX' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_11(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'INVOICE' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_12(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'XXtransactionXX'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_13(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'TRANSACTION'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_14(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(None)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_15(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = None
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_16(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = None
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_17(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(None, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_18(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, None) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_19(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_20(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, ) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_21(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(None)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_22(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        None
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_23(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(None, international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_24(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", None)
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_25(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(international_body(r.facts))
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_26(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", )
        for r in declaration.international_records
    )
    return requests


# --- A whole declaration ----------------------------------------------------------------------------------------
def x_declaration_requests__mutmut_27(declaration: Declaration) -> list[ReportingRequest]:
    """Every IOPOLE call that transmits `declaration` (the PA assembles the periodic flux 10 itself)."""
    entity = _entity(declaration.siren)
    if declaration.kind is ReportKind.PAYMENTS:
        return [
            ReportingRequest(
                f"/v1/reporting/payment/{'invoice' if per_invoice else 'transaction'}/{entity}", body
            )
            for per_invoice, body in payment_bodies(declaration.payment_lines)
        ]
    b2c_path = f"/v1/reporting/transaction/{entity}"
    requests = [ReportingRequest(b2c_path, body) for body in b2c_daily_bodies(declaration.b2c_aggregates)]
    requests.extend(
        ReportingRequest(f"/v1/reporting/transaction/invoice/{entity}", international_body(None))
        for r in declaration.international_records
    )
    return requests

mutants_x_declaration_requests__mutmut['_mutmut_orig'] = x_declaration_requests__mutmut_orig # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_1'] = x_declaration_requests__mutmut_1 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_2'] = x_declaration_requests__mutmut_2 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_3'] = x_declaration_requests__mutmut_3 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_4'] = x_declaration_requests__mutmut_4 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_5'] = x_declaration_requests__mutmut_5 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_6'] = x_declaration_requests__mutmut_6 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_7'] = x_declaration_requests__mutmut_7 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_8'] = x_declaration_requests__mutmut_8 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_9'] = x_declaration_requests__mutmut_9 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_10'] = x_declaration_requests__mutmut_10 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_11'] = x_declaration_requests__mutmut_11 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_12'] = x_declaration_requests__mutmut_12 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_13'] = x_declaration_requests__mutmut_13 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_14'] = x_declaration_requests__mutmut_14 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_15'] = x_declaration_requests__mutmut_15 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_16'] = x_declaration_requests__mutmut_16 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_17'] = x_declaration_requests__mutmut_17 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_18'] = x_declaration_requests__mutmut_18 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_19'] = x_declaration_requests__mutmut_19 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_20'] = x_declaration_requests__mutmut_20 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_21'] = x_declaration_requests__mutmut_21 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_22'] = x_declaration_requests__mutmut_22 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_23'] = x_declaration_requests__mutmut_23 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_24'] = x_declaration_requests__mutmut_24 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_25'] = x_declaration_requests__mutmut_25 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_26'] = x_declaration_requests__mutmut_26 # type: ignore # mutmut generated
mutants_x_declaration_requests__mutmut['x_declaration_requests__mutmut_27'] = x_declaration_requests__mutmut_27 # type: ignore # mutmut generated
