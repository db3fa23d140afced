"""Decimal arithmetic with the rounding EN 16931 prescribes.

EN 16931 rounds amounts to two decimals, half away from zero ("commercial rounding"): that is
`ROUND_HALF_UP` in the `decimal` module, which rounds -0.005 to -0.01 as the standard expects.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from decimal import (
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)

ZERO = Decimal("0")
HUNDRED = Decimal("100")
CENT = Decimal("0.01")
# The euro (ISO 4217): the currency of the accounting amounts (BT-6, BT-111), of every e-reporting amount, and the
# one assumed where a status or a payment names none.
EUR = "EUR"


# Bounds of every decimal the gateway reads (PDP-DECIMAL-DIGITS, see domain.bounds): beyond every EN 16931 /
# BR-FR limit (19 digits, at most 6 decimals), so those rules name the fault of a value merely too long for them.
MAX_INTEGER_DIGITS = 20
MAX_SCALE = 20  # official samples write quantities such as 30.00000000000
# Longest decimal text worth parsing: the digits above, a sign, a point and some leading zeros.
MAX_DECIMAL_TEXT = 64
# The domain's arithmetic on bounded values: products of two bounded values and sums of many stay exact, and
# quantizing any of them to the cent never exceeds the precision (the default 28 digits would: InvalidOperation).
ARITHMETIC = Context(
    prec=2 * (MAX_INTEGER_DIGITS + MAX_SCALE) + 20,
    rounding=ROUND_HALF_UP,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)


def arithmetic() -> AbstractContextManager[Context]:
    """`with arithmetic():` around a computation on bounded values (compute_totals, the rules, rendering)."""
    return localcontext(ARITHMETIC)


class NotADecimal(ValueError):
    """A wire value that is not a plain decimal string (floats, exponents, NaN are refused)."""


class DecimalOutOfBounds(NotADecimal):
    """A decimal with more than MAX_INTEGER_DIGITS digits before the point or MAX_SCALE after it."""


def decimal_fits(value: Decimal) -> bool:
    """At most MAX_INTEGER_DIGITS digits before the point and MAX_SCALE after it, as written; finite."""
    if not value.is_finite():
        return False
    exponent = value.as_tuple().exponent
    return value.adjusted() < MAX_INTEGER_DIGITS and exponent >= -MAX_SCALE  # type: ignore[operator]  # finite: an int


def round_amount(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    return unsigned_zero(value.quantize(CENT, rounding=ROUND_HALF_UP, context=ARITHMETIC))


def unsigned_zero(value: Decimal) -> Decimal:
    """`value`, but a zero written "-0" or "-0.00" is 0 or 0.00 (same scale). Equal to 0, a negative zero passes
    every comparison, yet written out it reads "-0": on the wire, in the books, and to the artefacts."""
    return -value if value.is_zero() and value.is_signed() else value


def total(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


def percent_of(base: Decimal, rate: Decimal) -> Decimal:
    """`base × rate / 100`, rounded to the cent."""
    return round_amount(ARITHMETIC.divide(ARITHMETIC.multiply(base, rate), HUNDRED))


def decimals(value: Decimal) -> int:
    """Number of digits after the decimal point as written (`Decimal("1.50")` has 2)."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def parse_decimal(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    if len(stripped) > MAX_DECIMAL_TEXT:
        raise DecimalOutOfBounds(
            f"{field or 'value'}: a decimal of {len(stripped)} characters is longer than {MAX_DECIMAL_TEXT}"
        )
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)  # finite: NaN and infinities are spelt with letters, refused above
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number") from exc
    if not decimal_fits(value):
        raise DecimalOutOfBounds(
            f"{field or 'value'}: {text!r} has more than {MAX_INTEGER_DIGITS} digits before the point or"
            f" {MAX_SCALE} after it"
        )
    return value


def format_decimal(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=ARITHMETIC)
    return f"{value:f}"
