"""Decimal helpers shared by the e-reporting modules: cents, VAT from a base, accepted rates, wire strings."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
# Per-line tolerance between a declared VAT amount and the VAT recomputed from its base (Flux10 "within 0.01").
VAT_TOLERANCE = Decimal("0.01")
EUR = "EUR"

# BR-FR-16 / Flux10 G1.24 (reform.md §10): the only rates a French report may carry.
ACCEPTED_RATES: frozenset[Decimal] = frozenset(
    Decimal(r)
    for r in (
        "0",
        "0.9",
        "1.05",
        "1.75",
        "2.1",
        "5.5",
        "7",
        "8.5",
        "9.2",
        "9.6",
        "10",
        "13",
        "19.6",
        "20",
        "20.6",
    )
)


def cents(amount: Decimal) -> Decimal:
    """Round half-up to the cent (EN 16931 rounding)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def vat_of(base: Decimal, rate_percent: Decimal) -> Decimal:
    """VAT due on `base` at `rate_percent`, half-up to the cent."""
    return cents(base * rate_percent / Decimal(100))


def has_at_most_two_decimals(amount: Decimal) -> bool:
    return amount == amount.quantize(CENT) if amount.is_finite() else False


def is_accepted_rate(rate_percent: Decimal) -> bool:
    return rate_percent in ACCEPTED_RATES


def money_str(amount: Decimal) -> str:
    """Wire format of an amount: a plain decimal string with exactly two decimals ("1200.00", "-3.10")."""
    return f"{cents(amount):f}"


def rate_str(rate_percent: Decimal) -> str:
    """Wire format of a rate: at most two decimals and no trailing zeros ("20", "5.5", "2.1").

    BR-FR-16 compares strings: "20.000" fails, so never emit more than two decimals.
    """
    q = rate_percent.quantize(CENT, rounding=ROUND_HALF_UP).normalize()
    return f"{q:f}"


def require_decimal(value: object, what: str) -> Decimal:
    """Refuse floats and other non-Decimal numbers at the domain boundary (binary floats lose cents)."""
    if not isinstance(value, Decimal) or isinstance(value, bool):
        raise TypeError(f"{what} must be a decimal.Decimal, got {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{what} must be a finite number, got {value}")
    return value
