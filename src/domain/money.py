"""Decimal arithmetic with the rounding EN 16931 prescribes.

EN 16931 rounds amounts to two decimals, half away from zero ("commercial rounding"): that is
`ROUND_HALF_UP` in the `decimal` module, which rounds -0.005 to -0.01 as the standard expects.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

ZERO = Decimal("0")
HUNDRED = Decimal("100")
CENT = Decimal("0.01")


class NotADecimal(ValueError):
    """A wire value that is not a plain decimal string (floats, exponents, NaN are refused)."""


def round_amount(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return rounded if rounded or not rounded.is_signed() else -rounded


def total(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


def percent_of(base: Decimal, rate: Decimal) -> Decimal:
    """`base × rate / 100`, rounded to the cent."""
    return round_amount(base * rate / HUNDRED)


def decimals(value: Decimal) -> int:
    """Number of digits after the decimal point as written (`Decimal("1.50")` has 2)."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def parse_decimal(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def format_decimal(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{value:f}"
