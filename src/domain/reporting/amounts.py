"""Decimal helpers shared by the e-reporting modules: accepted rates, wire strings (rounding is domain.money)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from domain.money import ARITHMETIC, CENT, round_amount
from domain.rules.br_fr import RATE_VALUES

# Zero written to the cent, unlike domain.money.ZERO (plain 0): e-reporting totals start from it, so an empty
# total keeps the two decimals every amount of a report carries ("0.00", not "0").
ZERO_CENTS = Decimal("0.00")
# Per-line tolerance between a declared VAT amount and the VAT recomputed from its base (Flux10 "within 0.01").
VAT_TOLERANCE = Decimal("0.01")


def has_at_most_two_decimals(amount: Decimal) -> bool:
    return amount == amount.quantize(CENT, context=ARITHMETIC) if amount.is_finite() else False


def is_accepted_rate(rate_percent: Decimal) -> bool:
    """BR-FR-16 / Flux10 G1.24 (reform.md §10): the only rates a French report may carry."""
    return rate_percent in RATE_VALUES


def money_str(amount: Decimal) -> str:
    """Wire format of an amount: a plain decimal string with exactly two decimals ("1200.00", "-3.10")."""
    return f"{round_amount(amount):f}"


def rate_str(rate_percent: Decimal) -> str:
    """Wire format of a rate: at most two decimals and no trailing zeros ("20", "5.5", "2.1").

    BR-FR-16 compares strings: "20.000" fails, so never emit more than two decimals; nor "-0", which a rate
    written "-0" (equal to 0, so accepted) would otherwise give. Both steps in the domain's context: the default one
    rounds beyond 28 digits.
    """
    q = rate_percent.quantize(CENT, rounding=ROUND_HALF_UP, context=ARITHMETIC).normalize(ARITHMETIC)
    return f"{q.copy_abs() if q.is_zero() else q:f}"


def require_decimal(value: object, what: str) -> Decimal:
    """Refuse floats and other non-Decimal numbers at the domain boundary (binary floats lose cents)."""
    if not isinstance(value, Decimal) or isinstance(value, bool):
        raise TypeError(f"{what} must be a decimal.Decimal, got {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{what} must be a finite number, got {value}")
    return value
