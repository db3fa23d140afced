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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class NotADecimal(ValueError):
    """A wire value that is not a plain decimal string (floats, exponents, NaN are refused)."""
mutants_x_round_amount__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_round_amount__mutmut)
def round_amount(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return rounded if rounded or not rounded.is_signed() else -rounded


def x_round_amount__mutmut_orig(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return rounded if rounded or not rounded.is_signed() else -rounded


def x_round_amount__mutmut_1(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    rounded = None
    return rounded if rounded or not rounded.is_signed() else -rounded


def x_round_amount__mutmut_2(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    rounded = value.quantize(None, rounding=ROUND_HALF_UP)
    return rounded if rounded or not rounded.is_signed() else -rounded


def x_round_amount__mutmut_3(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    rounded = value.quantize(CENT, rounding=None)
    return rounded if rounded or not rounded.is_signed() else -rounded


def x_round_amount__mutmut_4(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    rounded = value.quantize(rounding=ROUND_HALF_UP)
    return rounded if rounded or not rounded.is_signed() else -rounded


def x_round_amount__mutmut_5(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    rounded = value.quantize(CENT, )
    return rounded if rounded or not rounded.is_signed() else -rounded


def x_round_amount__mutmut_6(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return rounded if (rounded or not rounded.is_signed()) and False else -rounded


def x_round_amount__mutmut_7(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return rounded if (rounded or not rounded.is_signed()) or True else -rounded


def x_round_amount__mutmut_8(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return rounded if rounded and not rounded.is_signed() else -rounded


def x_round_amount__mutmut_9(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return rounded if rounded or rounded.is_signed() else -rounded


def x_round_amount__mutmut_10(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (BR-DEC-*, BR-CO-17); never a negative zero.

    A negative base at 0 % (or -0.004) rounds to Decimal("-0.00"), written "-0.00": the CEN artefacts then refuse
    the breakdown (BR-E-09, BR-AE-09... compare it with 0 and fail) and BR-CO-14.
    """
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return rounded if rounded or not rounded.is_signed() else +rounded

mutants_x_round_amount__mutmut['_mutmut_orig'] = x_round_amount__mutmut_orig # type: ignore # mutmut generated
mutants_x_round_amount__mutmut['x_round_amount__mutmut_1'] = x_round_amount__mutmut_1 # type: ignore # mutmut generated
mutants_x_round_amount__mutmut['x_round_amount__mutmut_2'] = x_round_amount__mutmut_2 # type: ignore # mutmut generated
mutants_x_round_amount__mutmut['x_round_amount__mutmut_3'] = x_round_amount__mutmut_3 # type: ignore # mutmut generated
mutants_x_round_amount__mutmut['x_round_amount__mutmut_4'] = x_round_amount__mutmut_4 # type: ignore # mutmut generated
mutants_x_round_amount__mutmut['x_round_amount__mutmut_5'] = x_round_amount__mutmut_5 # type: ignore # mutmut generated
mutants_x_round_amount__mutmut['x_round_amount__mutmut_6'] = x_round_amount__mutmut_6 # type: ignore # mutmut generated
mutants_x_round_amount__mutmut['x_round_amount__mutmut_7'] = x_round_amount__mutmut_7 # type: ignore # mutmut generated
mutants_x_round_amount__mutmut['x_round_amount__mutmut_8'] = x_round_amount__mutmut_8 # type: ignore # mutmut generated
mutants_x_round_amount__mutmut['x_round_amount__mutmut_9'] = x_round_amount__mutmut_9 # type: ignore # mutmut generated
mutants_x_round_amount__mutmut['x_round_amount__mutmut_10'] = x_round_amount__mutmut_10 # type: ignore # mutmut generated
mutants_x_total__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_total__mutmut)
def total(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


def x_total__mutmut_orig(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)


def x_total__mutmut_1(values: Iterable[Decimal]) -> Decimal:
    return sum(None, ZERO)


def x_total__mutmut_2(values: Iterable[Decimal]) -> Decimal:
    return sum(values, None)


def x_total__mutmut_3(values: Iterable[Decimal]) -> Decimal:
    return sum(ZERO)


def x_total__mutmut_4(values: Iterable[Decimal]) -> Decimal:
    return sum(values, )

mutants_x_total__mutmut['_mutmut_orig'] = x_total__mutmut_orig # type: ignore # mutmut generated
mutants_x_total__mutmut['x_total__mutmut_1'] = x_total__mutmut_1 # type: ignore # mutmut generated
mutants_x_total__mutmut['x_total__mutmut_2'] = x_total__mutmut_2 # type: ignore # mutmut generated
mutants_x_total__mutmut['x_total__mutmut_3'] = x_total__mutmut_3 # type: ignore # mutmut generated
mutants_x_total__mutmut['x_total__mutmut_4'] = x_total__mutmut_4 # type: ignore # mutmut generated
mutants_x_percent_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_percent_of__mutmut)
def percent_of(base: Decimal, rate: Decimal) -> Decimal:
    """`base × rate / 100`, rounded to the cent."""
    return round_amount(base * rate / HUNDRED)


def x_percent_of__mutmut_orig(base: Decimal, rate: Decimal) -> Decimal:
    """`base × rate / 100`, rounded to the cent."""
    return round_amount(base * rate / HUNDRED)


def x_percent_of__mutmut_1(base: Decimal, rate: Decimal) -> Decimal:
    """`base × rate / 100`, rounded to the cent."""
    return round_amount(None)


def x_percent_of__mutmut_2(base: Decimal, rate: Decimal) -> Decimal:
    """`base × rate / 100`, rounded to the cent."""
    return round_amount(base * rate * HUNDRED)


def x_percent_of__mutmut_3(base: Decimal, rate: Decimal) -> Decimal:
    """`base × rate / 100`, rounded to the cent."""
    return round_amount(base / rate / HUNDRED)

mutants_x_percent_of__mutmut['_mutmut_orig'] = x_percent_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_percent_of__mutmut['x_percent_of__mutmut_1'] = x_percent_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_percent_of__mutmut['x_percent_of__mutmut_2'] = x_percent_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_percent_of__mutmut['x_percent_of__mutmut_3'] = x_percent_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_decimals__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decimals__mutmut)
def decimals(value: Decimal) -> int:
    """Number of digits after the decimal point as written (`Decimal("1.50")` has 2)."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def x_decimals__mutmut_orig(value: Decimal) -> int:
    """Number of digits after the decimal point as written (`Decimal("1.50")` has 2)."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def x_decimals__mutmut_1(value: Decimal) -> int:
    """Number of digits after the decimal point as written (`Decimal("1.50")` has 2)."""
    exponent = None
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def x_decimals__mutmut_2(value: Decimal) -> int:
    """Number of digits after the decimal point as written (`Decimal("1.50")` has 2)."""
    exponent = value.as_tuple().exponent
    return -exponent if (isinstance(exponent, int) and exponent < 0) and False else 0


def x_decimals__mutmut_3(value: Decimal) -> int:
    """Number of digits after the decimal point as written (`Decimal("1.50")` has 2)."""
    exponent = value.as_tuple().exponent
    return -exponent if (isinstance(exponent, int) and exponent < 0) or True else 0


def x_decimals__mutmut_4(value: Decimal) -> int:
    """Number of digits after the decimal point as written (`Decimal("1.50")` has 2)."""
    exponent = value.as_tuple().exponent
    return +exponent if isinstance(exponent, int) and exponent < 0 else 0


def x_decimals__mutmut_5(value: Decimal) -> int:
    """Number of digits after the decimal point as written (`Decimal("1.50")` has 2)."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) or exponent < 0 else 0


def x_decimals__mutmut_6(value: Decimal) -> int:
    """Number of digits after the decimal point as written (`Decimal("1.50")` has 2)."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent <= 0 else 0


def x_decimals__mutmut_7(value: Decimal) -> int:
    """Number of digits after the decimal point as written (`Decimal("1.50")` has 2)."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 1 else 0


def x_decimals__mutmut_8(value: Decimal) -> int:
    """Number of digits after the decimal point as written (`Decimal("1.50")` has 2)."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 1

mutants_x_decimals__mutmut['_mutmut_orig'] = x_decimals__mutmut_orig # type: ignore # mutmut generated
mutants_x_decimals__mutmut['x_decimals__mutmut_1'] = x_decimals__mutmut_1 # type: ignore # mutmut generated
mutants_x_decimals__mutmut['x_decimals__mutmut_2'] = x_decimals__mutmut_2 # type: ignore # mutmut generated
mutants_x_decimals__mutmut['x_decimals__mutmut_3'] = x_decimals__mutmut_3 # type: ignore # mutmut generated
mutants_x_decimals__mutmut['x_decimals__mutmut_4'] = x_decimals__mutmut_4 # type: ignore # mutmut generated
mutants_x_decimals__mutmut['x_decimals__mutmut_5'] = x_decimals__mutmut_5 # type: ignore # mutmut generated
mutants_x_decimals__mutmut['x_decimals__mutmut_6'] = x_decimals__mutmut_6 # type: ignore # mutmut generated
mutants_x_decimals__mutmut['x_decimals__mutmut_7'] = x_decimals__mutmut_7 # type: ignore # mutmut generated
mutants_x_decimals__mutmut['x_decimals__mutmut_8'] = x_decimals__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_decimal__mutmut)
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


def x_parse_decimal__mutmut_orig(text: str, *, field: str = "") -> Decimal:
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


def x_parse_decimal__mutmut_1(text: str, *, field: str = "XXXX") -> Decimal:
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


def x_parse_decimal__mutmut_2(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = None
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


def x_parse_decimal__mutmut_3(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped and stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_4(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_5(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip(None):
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_6(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("XX0123456789.-+XX"):
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_7(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(None)
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_8(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field and 'value'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_9(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field or 'XXvalueXX'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_10(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field or 'VALUE'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_11(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number")
    try:
        value = None
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_12(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number")
    try:
        value = Decimal(None)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_13(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(None) from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_14(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field and 'value'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_15(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'XXvalueXX'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_16(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'VALUE'}: {text!r} is not a decimal number") from exc
    if not value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_17(text: str, *, field: str = "") -> Decimal:
    """Parse a wire decimal string such as "1234.50" or "-3"; refuse exponents, NaN and infinities."""
    stripped = text.strip()
    # strip() of the allowed characters leaves something iff some character is not allowed (one C call, no loop)
    if not stripped or stripped.strip("0123456789.-+"):
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number")
    try:
        value = Decimal(stripped)
    except InvalidOperation as exc:
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a decimal number") from exc
    if value.is_finite():
        raise NotADecimal(f"{field or 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_18(text: str, *, field: str = "") -> Decimal:
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
        raise NotADecimal(None)
    return value


def x_parse_decimal__mutmut_19(text: str, *, field: str = "") -> Decimal:
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
        raise NotADecimal(f"{field and 'value'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_20(text: str, *, field: str = "") -> Decimal:
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
        raise NotADecimal(f"{field or 'XXvalueXX'}: {text!r} is not a finite number")
    return value


def x_parse_decimal__mutmut_21(text: str, *, field: str = "") -> Decimal:
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
        raise NotADecimal(f"{field or 'VALUE'}: {text!r} is not a finite number")
    return value

mutants_x_parse_decimal__mutmut['_mutmut_orig'] = x_parse_decimal__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_1'] = x_parse_decimal__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_2'] = x_parse_decimal__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_3'] = x_parse_decimal__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_4'] = x_parse_decimal__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_5'] = x_parse_decimal__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_6'] = x_parse_decimal__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_7'] = x_parse_decimal__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_8'] = x_parse_decimal__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_9'] = x_parse_decimal__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_10'] = x_parse_decimal__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_11'] = x_parse_decimal__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_12'] = x_parse_decimal__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_13'] = x_parse_decimal__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_14'] = x_parse_decimal__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_15'] = x_parse_decimal__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_16'] = x_parse_decimal__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_17'] = x_parse_decimal__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_18'] = x_parse_decimal__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_19'] = x_parse_decimal__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_20'] = x_parse_decimal__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_decimal__mutmut['x_parse_decimal__mutmut_21'] = x_parse_decimal__mutmut_21 # type: ignore # mutmut generated
mutants_x_format_decimal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_format_decimal__mutmut)
def format_decimal(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{value:f}"


def x_format_decimal__mutmut_orig(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{value:f}"


def x_format_decimal__mutmut_1(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{value:f}"


def x_format_decimal__mutmut_2(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is not None:
        value = None
    return f"{value:f}"


def x_format_decimal__mutmut_3(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is not None:
        value = value.quantize(None, rounding=ROUND_HALF_UP)
    return f"{value:f}"


def x_format_decimal__mutmut_4(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=None)
    return f"{value:f}"


def x_format_decimal__mutmut_5(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is not None:
        value = value.quantize(rounding=ROUND_HALF_UP)
    return f"{value:f}"


def x_format_decimal__mutmut_6(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), )
    return f"{value:f}"


def x_format_decimal__mutmut_7(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(None), rounding=ROUND_HALF_UP)
    return f"{value:f}"


def x_format_decimal__mutmut_8(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is not None:
        value = value.quantize(Decimal(None).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{value:f}"


def x_format_decimal__mutmut_9(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is not None:
        value = value.quantize(Decimal(2).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{value:f}"


def x_format_decimal__mutmut_10(value: Decimal, places: int | None = None) -> str:
    """A decimal string for the wire: never an exponent; `places` fixes the number of decimals."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(+places), rounding=ROUND_HALF_UP)
    return f"{value:f}"

mutants_x_format_decimal__mutmut['_mutmut_orig'] = x_format_decimal__mutmut_orig # type: ignore # mutmut generated
mutants_x_format_decimal__mutmut['x_format_decimal__mutmut_1'] = x_format_decimal__mutmut_1 # type: ignore # mutmut generated
mutants_x_format_decimal__mutmut['x_format_decimal__mutmut_2'] = x_format_decimal__mutmut_2 # type: ignore # mutmut generated
mutants_x_format_decimal__mutmut['x_format_decimal__mutmut_3'] = x_format_decimal__mutmut_3 # type: ignore # mutmut generated
mutants_x_format_decimal__mutmut['x_format_decimal__mutmut_4'] = x_format_decimal__mutmut_4 # type: ignore # mutmut generated
mutants_x_format_decimal__mutmut['x_format_decimal__mutmut_5'] = x_format_decimal__mutmut_5 # type: ignore # mutmut generated
mutants_x_format_decimal__mutmut['x_format_decimal__mutmut_6'] = x_format_decimal__mutmut_6 # type: ignore # mutmut generated
mutants_x_format_decimal__mutmut['x_format_decimal__mutmut_7'] = x_format_decimal__mutmut_7 # type: ignore # mutmut generated
mutants_x_format_decimal__mutmut['x_format_decimal__mutmut_8'] = x_format_decimal__mutmut_8 # type: ignore # mutmut generated
mutants_x_format_decimal__mutmut['x_format_decimal__mutmut_9'] = x_format_decimal__mutmut_9 # type: ignore # mutmut generated
mutants_x_format_decimal__mutmut['x_format_decimal__mutmut_10'] = x_format_decimal__mutmut_10 # type: ignore # mutmut generated
