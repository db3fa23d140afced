"""Decimal helpers shared by the e-reporting modules: accepted rates, wire strings (rounding is domain.money)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from domain.money import CENT, round_amount
from domain.rules.br_fr import RATE_VALUES

ZERO = Decimal("0.00")
# Per-line tolerance between a declared VAT amount and the VAT recomputed from its base (Flux10 "within 0.01").
VAT_TOLERANCE = Decimal("0.01")
EUR = "EUR"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_has_at_most_two_decimals__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_has_at_most_two_decimals__mutmut)
def has_at_most_two_decimals(amount: Decimal) -> bool:
    return amount == amount.quantize(CENT) if amount.is_finite() else False


def x_has_at_most_two_decimals__mutmut_orig(amount: Decimal) -> bool:
    return amount == amount.quantize(CENT) if amount.is_finite() else False


def x_has_at_most_two_decimals__mutmut_1(amount: Decimal) -> bool:
    return amount == amount.quantize(CENT) if (amount.is_finite()) and False else False


def x_has_at_most_two_decimals__mutmut_2(amount: Decimal) -> bool:
    return amount == amount.quantize(CENT) if (amount.is_finite()) or True else False


def x_has_at_most_two_decimals__mutmut_3(amount: Decimal) -> bool:
    return amount != amount.quantize(CENT) if amount.is_finite() else False


def x_has_at_most_two_decimals__mutmut_4(amount: Decimal) -> bool:
    return amount == amount.quantize(None) if amount.is_finite() else False


def x_has_at_most_two_decimals__mutmut_5(amount: Decimal) -> bool:
    return amount == amount.quantize(CENT) if amount.is_finite() else True

mutants_x_has_at_most_two_decimals__mutmut['_mutmut_orig'] = x_has_at_most_two_decimals__mutmut_orig # type: ignore # mutmut generated
mutants_x_has_at_most_two_decimals__mutmut['x_has_at_most_two_decimals__mutmut_1'] = x_has_at_most_two_decimals__mutmut_1 # type: ignore # mutmut generated
mutants_x_has_at_most_two_decimals__mutmut['x_has_at_most_two_decimals__mutmut_2'] = x_has_at_most_two_decimals__mutmut_2 # type: ignore # mutmut generated
mutants_x_has_at_most_two_decimals__mutmut['x_has_at_most_two_decimals__mutmut_3'] = x_has_at_most_two_decimals__mutmut_3 # type: ignore # mutmut generated
mutants_x_has_at_most_two_decimals__mutmut['x_has_at_most_two_decimals__mutmut_4'] = x_has_at_most_two_decimals__mutmut_4 # type: ignore # mutmut generated
mutants_x_has_at_most_two_decimals__mutmut['x_has_at_most_two_decimals__mutmut_5'] = x_has_at_most_two_decimals__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_accepted_rate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_accepted_rate__mutmut)
def is_accepted_rate(rate_percent: Decimal) -> bool:
    """BR-FR-16 / Flux10 G1.24 (reform.md §10): the only rates a French report may carry."""
    return rate_percent in RATE_VALUES


def x_is_accepted_rate__mutmut_orig(rate_percent: Decimal) -> bool:
    """BR-FR-16 / Flux10 G1.24 (reform.md §10): the only rates a French report may carry."""
    return rate_percent in RATE_VALUES


def x_is_accepted_rate__mutmut_1(rate_percent: Decimal) -> bool:
    """BR-FR-16 / Flux10 G1.24 (reform.md §10): the only rates a French report may carry."""
    return rate_percent not in RATE_VALUES

mutants_x_is_accepted_rate__mutmut['_mutmut_orig'] = x_is_accepted_rate__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_accepted_rate__mutmut['x_is_accepted_rate__mutmut_1'] = x_is_accepted_rate__mutmut_1 # type: ignore # mutmut generated
mutants_x_money_str__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_money_str__mutmut)
def money_str(amount: Decimal) -> str:
    """Wire format of an amount: a plain decimal string with exactly two decimals ("1200.00", "-3.10")."""
    return f"{round_amount(amount):f}"


def x_money_str__mutmut_orig(amount: Decimal) -> str:
    """Wire format of an amount: a plain decimal string with exactly two decimals ("1200.00", "-3.10")."""
    return f"{round_amount(amount):f}"


def x_money_str__mutmut_1(amount: Decimal) -> str:
    """Wire format of an amount: a plain decimal string with exactly two decimals ("1200.00", "-3.10")."""
    return f"{round_amount(None):f}"

mutants_x_money_str__mutmut['_mutmut_orig'] = x_money_str__mutmut_orig # type: ignore # mutmut generated
mutants_x_money_str__mutmut['x_money_str__mutmut_1'] = x_money_str__mutmut_1 # type: ignore # mutmut generated
mutants_x_rate_str__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rate_str__mutmut)
def rate_str(rate_percent: Decimal) -> str:
    """Wire format of a rate: at most two decimals and no trailing zeros ("20", "5.5", "2.1").

    BR-FR-16 compares strings: "20.000" fails, so never emit more than two decimals.
    """
    q = rate_percent.quantize(CENT, rounding=ROUND_HALF_UP).normalize()
    return f"{q:f}"


def x_rate_str__mutmut_orig(rate_percent: Decimal) -> str:
    """Wire format of a rate: at most two decimals and no trailing zeros ("20", "5.5", "2.1").

    BR-FR-16 compares strings: "20.000" fails, so never emit more than two decimals.
    """
    q = rate_percent.quantize(CENT, rounding=ROUND_HALF_UP).normalize()
    return f"{q:f}"


def x_rate_str__mutmut_1(rate_percent: Decimal) -> str:
    """Wire format of a rate: at most two decimals and no trailing zeros ("20", "5.5", "2.1").

    BR-FR-16 compares strings: "20.000" fails, so never emit more than two decimals.
    """
    q = None
    return f"{q:f}"


def x_rate_str__mutmut_2(rate_percent: Decimal) -> str:
    """Wire format of a rate: at most two decimals and no trailing zeros ("20", "5.5", "2.1").

    BR-FR-16 compares strings: "20.000" fails, so never emit more than two decimals.
    """
    q = rate_percent.quantize(None, rounding=ROUND_HALF_UP).normalize()
    return f"{q:f}"


def x_rate_str__mutmut_3(rate_percent: Decimal) -> str:
    """Wire format of a rate: at most two decimals and no trailing zeros ("20", "5.5", "2.1").

    BR-FR-16 compares strings: "20.000" fails, so never emit more than two decimals.
    """
    q = rate_percent.quantize(CENT, rounding=None).normalize()
    return f"{q:f}"


def x_rate_str__mutmut_4(rate_percent: Decimal) -> str:
    """Wire format of a rate: at most two decimals and no trailing zeros ("20", "5.5", "2.1").

    BR-FR-16 compares strings: "20.000" fails, so never emit more than two decimals.
    """
    q = rate_percent.quantize(rounding=ROUND_HALF_UP).normalize()
    return f"{q:f}"


def x_rate_str__mutmut_5(rate_percent: Decimal) -> str:
    """Wire format of a rate: at most two decimals and no trailing zeros ("20", "5.5", "2.1").

    BR-FR-16 compares strings: "20.000" fails, so never emit more than two decimals.
    """
    q = rate_percent.quantize(CENT, ).normalize()
    return f"{q:f}"

mutants_x_rate_str__mutmut['_mutmut_orig'] = x_rate_str__mutmut_orig # type: ignore # mutmut generated
mutants_x_rate_str__mutmut['x_rate_str__mutmut_1'] = x_rate_str__mutmut_1 # type: ignore # mutmut generated
mutants_x_rate_str__mutmut['x_rate_str__mutmut_2'] = x_rate_str__mutmut_2 # type: ignore # mutmut generated
mutants_x_rate_str__mutmut['x_rate_str__mutmut_3'] = x_rate_str__mutmut_3 # type: ignore # mutmut generated
mutants_x_rate_str__mutmut['x_rate_str__mutmut_4'] = x_rate_str__mutmut_4 # type: ignore # mutmut generated
mutants_x_rate_str__mutmut['x_rate_str__mutmut_5'] = x_rate_str__mutmut_5 # type: ignore # mutmut generated
mutants_x_require_decimal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_require_decimal__mutmut)
def require_decimal(value: object, what: str) -> Decimal:
    """Refuse floats and other non-Decimal numbers at the domain boundary (binary floats lose cents)."""
    if not isinstance(value, Decimal) or isinstance(value, bool):
        raise TypeError(f"{what} must be a decimal.Decimal, got {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{what} must be a finite number, got {value}")
    return value


def x_require_decimal__mutmut_orig(value: object, what: str) -> Decimal:
    """Refuse floats and other non-Decimal numbers at the domain boundary (binary floats lose cents)."""
    if not isinstance(value, Decimal) or isinstance(value, bool):
        raise TypeError(f"{what} must be a decimal.Decimal, got {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{what} must be a finite number, got {value}")
    return value


def x_require_decimal__mutmut_1(value: object, what: str) -> Decimal:
    """Refuse floats and other non-Decimal numbers at the domain boundary (binary floats lose cents)."""
    if not isinstance(value, Decimal) and isinstance(value, bool):
        raise TypeError(f"{what} must be a decimal.Decimal, got {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{what} must be a finite number, got {value}")
    return value


def x_require_decimal__mutmut_2(value: object, what: str) -> Decimal:
    """Refuse floats and other non-Decimal numbers at the domain boundary (binary floats lose cents)."""
    if isinstance(value, Decimal) or isinstance(value, bool):
        raise TypeError(f"{what} must be a decimal.Decimal, got {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{what} must be a finite number, got {value}")
    return value


def x_require_decimal__mutmut_3(value: object, what: str) -> Decimal:
    """Refuse floats and other non-Decimal numbers at the domain boundary (binary floats lose cents)."""
    if not isinstance(value, Decimal) or isinstance(value, bool):
        raise TypeError(None)
    if not value.is_finite():
        raise ValueError(f"{what} must be a finite number, got {value}")
    return value


def x_require_decimal__mutmut_4(value: object, what: str) -> Decimal:
    """Refuse floats and other non-Decimal numbers at the domain boundary (binary floats lose cents)."""
    if not isinstance(value, Decimal) or isinstance(value, bool):
        raise TypeError(f"{what} must be a decimal.Decimal, got {type(None).__name__}")
    if not value.is_finite():
        raise ValueError(f"{what} must be a finite number, got {value}")
    return value


def x_require_decimal__mutmut_5(value: object, what: str) -> Decimal:
    """Refuse floats and other non-Decimal numbers at the domain boundary (binary floats lose cents)."""
    if not isinstance(value, Decimal) or isinstance(value, bool):
        raise TypeError(f"{what} must be a decimal.Decimal, got {type(value).__name__}")
    if value.is_finite():
        raise ValueError(f"{what} must be a finite number, got {value}")
    return value


def x_require_decimal__mutmut_6(value: object, what: str) -> Decimal:
    """Refuse floats and other non-Decimal numbers at the domain boundary (binary floats lose cents)."""
    if not isinstance(value, Decimal) or isinstance(value, bool):
        raise TypeError(f"{what} must be a decimal.Decimal, got {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(None)
    return value

mutants_x_require_decimal__mutmut['_mutmut_orig'] = x_require_decimal__mutmut_orig # type: ignore # mutmut generated
mutants_x_require_decimal__mutmut['x_require_decimal__mutmut_1'] = x_require_decimal__mutmut_1 # type: ignore # mutmut generated
mutants_x_require_decimal__mutmut['x_require_decimal__mutmut_2'] = x_require_decimal__mutmut_2 # type: ignore # mutmut generated
mutants_x_require_decimal__mutmut['x_require_decimal__mutmut_3'] = x_require_decimal__mutmut_3 # type: ignore # mutmut generated
mutants_x_require_decimal__mutmut['x_require_decimal__mutmut_4'] = x_require_decimal__mutmut_4 # type: ignore # mutmut generated
mutants_x_require_decimal__mutmut['x_require_decimal__mutmut_5'] = x_require_decimal__mutmut_5 # type: ignore # mutmut generated
mutants_x_require_decimal__mutmut['x_require_decimal__mutmut_6'] = x_require_decimal__mutmut_6 # type: ignore # mutmut generated
