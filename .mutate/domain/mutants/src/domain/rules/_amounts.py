"""Monetary amounts whose written form breaks the decimal rules, with their business-term path and the two
rules they fall under: the EN 16931 BR-DEC id (at most 2 decimals) and the French BR-FR-DEC-01 id (at most
2 decimals and 19 digits). Only offending amounts are listed: the scan runs on every invoice and must be cheap.
"""

from __future__ import annotations

from decimal import Decimal
from operator import attrgetter
from typing import NamedTuple

from domain.invoice import AllowanceCharge, Invoice

MAX_DIGITS = 19


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class BadAmount(NamedTuple):
    path: str
    value: Decimal
    term: str  # "Document level allowance amount (BT-92)"
    en_rule: str  # BR-DEC-xx, broken when `too_many_decimals`
    fr_rule: str  # BR-FR-DEC-01_BT-xx, broken in any case
    too_many_decimals: bool
mutants_x_shape__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_shape__mutmut)
def shape(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_orig(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_1(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = None
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_2(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_3(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return True, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_4(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, True  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_5(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places or len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_6(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 1 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_7(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 > exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_8(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent > -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_9(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= +max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_10(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) < MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_11(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS + 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_12(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 3:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_13(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return False, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_14(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, False
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_15(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = None
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_16(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if (exponent < 0) and False else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_17(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if (exponent < 0) or True else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_18(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = +exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_19(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent <= 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_20(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 1 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_21(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 1
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_22(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent > 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_23(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 1:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_24(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = None
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_25(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if (digits == (0,)) and False else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_26(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if (digits == (0,)) or True else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_27(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 2 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_28(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits != (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_29(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (1,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_30(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) - exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_31(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = None
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_32(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(None, places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_33(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), None)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_34(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(places + 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_35(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), )
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_36(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places - 1)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_37(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 2)
    return places <= max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_38(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places < max_places, length + sign <= MAX_DIGITS


def x_shape__mutmut_39(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length - sign <= MAX_DIGITS


def x_shape__mutmut_40(value: Decimal, max_places: int) -> tuple[bool, bool]:
    """(at most `max_places` decimals, at most 19 characters without the point) for the value as written."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False, False  # NaN or infinity
    if 0 >= exponent >= -max_places and len(digits) <= MAX_DIGITS - 2:
        return True, True
    places = -exponent if exponent < 0 else 0
    if exponent >= 0:
        length = 1 if digits == (0,) else len(digits) + exponent
    else:
        length = max(len(digits), places + 1)
    return places <= max_places, length + sign < MAX_DIGITS

mutants_x_shape__mutmut['_mutmut_orig'] = x_shape__mutmut_orig # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_1'] = x_shape__mutmut_1 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_2'] = x_shape__mutmut_2 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_3'] = x_shape__mutmut_3 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_4'] = x_shape__mutmut_4 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_5'] = x_shape__mutmut_5 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_6'] = x_shape__mutmut_6 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_7'] = x_shape__mutmut_7 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_8'] = x_shape__mutmut_8 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_9'] = x_shape__mutmut_9 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_10'] = x_shape__mutmut_10 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_11'] = x_shape__mutmut_11 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_12'] = x_shape__mutmut_12 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_13'] = x_shape__mutmut_13 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_14'] = x_shape__mutmut_14 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_15'] = x_shape__mutmut_15 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_16'] = x_shape__mutmut_16 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_17'] = x_shape__mutmut_17 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_18'] = x_shape__mutmut_18 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_19'] = x_shape__mutmut_19 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_20'] = x_shape__mutmut_20 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_21'] = x_shape__mutmut_21 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_22'] = x_shape__mutmut_22 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_23'] = x_shape__mutmut_23 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_24'] = x_shape__mutmut_24 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_25'] = x_shape__mutmut_25 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_26'] = x_shape__mutmut_26 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_27'] = x_shape__mutmut_27 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_28'] = x_shape__mutmut_28 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_29'] = x_shape__mutmut_29 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_30'] = x_shape__mutmut_30 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_31'] = x_shape__mutmut_31 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_32'] = x_shape__mutmut_32 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_33'] = x_shape__mutmut_33 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_34'] = x_shape__mutmut_34 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_35'] = x_shape__mutmut_35 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_36'] = x_shape__mutmut_36 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_37'] = x_shape__mutmut_37 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_38'] = x_shape__mutmut_38 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_39'] = x_shape__mutmut_39 # type: ignore # mutmut generated
mutants_x_shape__mutmut['x_shape__mutmut_40'] = x_shape__mutmut_40 # type: ignore # mutmut generated


_CENT, _ONE = Decimal("0.01"), Decimal("1")
# Exponents allowed for 2, 4 and 6 decimals, most frequent first (same_quantum is a cheap exponent test).
_QUANTA = {
    places: (_CENT, _ONE) + tuple(Decimal(1).scaleb(-p) for p in range(1, places + 1) if p != 2)
    for places in (2, 4, 6)
}
mutants_x_fits__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fits__mutmut)
def fits(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS - 2 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(value, max_places)
    return places_ok and length_ok


def x_fits__mutmut_orig(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS - 2 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(value, max_places)
    return places_ok and length_ok


def x_fits__mutmut_1(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() <= MAX_DIGITS - 2 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(value, max_places)
    return places_ok and length_ok


def x_fits__mutmut_2(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS - 2 + max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(value, max_places)
    return places_ok and length_ok


def x_fits__mutmut_3(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS + 2 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(value, max_places)
    return places_ok and length_ok


def x_fits__mutmut_4(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS - 3 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(value, max_places)
    return places_ok and length_ok


def x_fits__mutmut_5(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS - 2 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(None):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(value, max_places)
    return places_ok and length_ok


def x_fits__mutmut_6(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS - 2 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return False  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(value, max_places)
    return places_ok and length_ok


def x_fits__mutmut_7(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS - 2 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = None
    return places_ok and length_ok


def x_fits__mutmut_8(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS - 2 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(None, max_places)
    return places_ok and length_ok


def x_fits__mutmut_9(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS - 2 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(value, None)
    return places_ok and length_ok


def x_fits__mutmut_10(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS - 2 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(max_places)
    return places_ok and length_ok


def x_fits__mutmut_11(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS - 2 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(value, )
    return places_ok and length_ok


def x_fits__mutmut_12(value: Decimal, max_places: int) -> bool:
    """The value as written has at most `max_places` decimals (2, 4 or 6) and 19 characters (without the point)."""
    if value.adjusted() < MAX_DIGITS - 2 - max_places:  # then at most 17 digits whatever the allowed exponent
        for quantum in _QUANTA[max_places]:
            if value.same_quantum(quantum):
                return True  # the common case, decided without building the digit tuple
    places_ok, length_ok = shape(value, max_places)
    return places_ok or length_ok

mutants_x_fits__mutmut['_mutmut_orig'] = x_fits__mutmut_orig # type: ignore # mutmut generated
mutants_x_fits__mutmut['x_fits__mutmut_1'] = x_fits__mutmut_1 # type: ignore # mutmut generated
mutants_x_fits__mutmut['x_fits__mutmut_2'] = x_fits__mutmut_2 # type: ignore # mutmut generated
mutants_x_fits__mutmut['x_fits__mutmut_3'] = x_fits__mutmut_3 # type: ignore # mutmut generated
mutants_x_fits__mutmut['x_fits__mutmut_4'] = x_fits__mutmut_4 # type: ignore # mutmut generated
mutants_x_fits__mutmut['x_fits__mutmut_5'] = x_fits__mutmut_5 # type: ignore # mutmut generated
mutants_x_fits__mutmut['x_fits__mutmut_6'] = x_fits__mutmut_6 # type: ignore # mutmut generated
mutants_x_fits__mutmut['x_fits__mutmut_7'] = x_fits__mutmut_7 # type: ignore # mutmut generated
mutants_x_fits__mutmut['x_fits__mutmut_8'] = x_fits__mutmut_8 # type: ignore # mutmut generated
mutants_x_fits__mutmut['x_fits__mutmut_9'] = x_fits__mutmut_9 # type: ignore # mutmut generated
mutants_x_fits__mutmut['x_fits__mutmut_10'] = x_fits__mutmut_10 # type: ignore # mutmut generated
mutants_x_fits__mutmut['x_fits__mutmut_11'] = x_fits__mutmut_11 # type: ignore # mutmut generated
mutants_x_fits__mutmut['x_fits__mutmut_12'] = x_fits__mutmut_12 # type: ignore # mutmut generated
mutants_x__cents__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__cents__mutmut)
def _cents(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(_CENT) and value.adjusted() < MAX_DIGITS - 4) or fits(value, 2)


def x__cents__mutmut_orig(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(_CENT) and value.adjusted() < MAX_DIGITS - 4) or fits(value, 2)


def x__cents__mutmut_1(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(_CENT) and value.adjusted() < MAX_DIGITS - 4) and fits(value, 2)


def x__cents__mutmut_2(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(_CENT) or value.adjusted() < MAX_DIGITS - 4) or fits(value, 2)


def x__cents__mutmut_3(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(None) and value.adjusted() < MAX_DIGITS - 4) or fits(value, 2)


def x__cents__mutmut_4(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(_CENT) and value.adjusted() <= MAX_DIGITS - 4) or fits(value, 2)


def x__cents__mutmut_5(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(_CENT) and value.adjusted() < MAX_DIGITS + 4) or fits(value, 2)


def x__cents__mutmut_6(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(_CENT) and value.adjusted() < MAX_DIGITS - 5) or fits(value, 2)


def x__cents__mutmut_7(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(_CENT) and value.adjusted() < MAX_DIGITS - 4) or fits(None, 2)


def x__cents__mutmut_8(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(_CENT) and value.adjusted() < MAX_DIGITS - 4) or fits(value, None)


def x__cents__mutmut_9(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(_CENT) and value.adjusted() < MAX_DIGITS - 4) or fits(2)


def x__cents__mutmut_10(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(_CENT) and value.adjusted() < MAX_DIGITS - 4) or fits(value, )


def x__cents__mutmut_11(value: Decimal) -> bool:
    """`fits(value, 2)`, quicker for the usual amount: written with exactly 2 decimals."""
    return (value.same_quantum(_CENT) and value.adjusted() < MAX_DIGITS - 4) or fits(value, 3)

mutants_x__cents__mutmut['_mutmut_orig'] = x__cents__mutmut_orig # type: ignore # mutmut generated
mutants_x__cents__mutmut['x__cents__mutmut_1'] = x__cents__mutmut_1 # type: ignore # mutmut generated
mutants_x__cents__mutmut['x__cents__mutmut_2'] = x__cents__mutmut_2 # type: ignore # mutmut generated
mutants_x__cents__mutmut['x__cents__mutmut_3'] = x__cents__mutmut_3 # type: ignore # mutmut generated
mutants_x__cents__mutmut['x__cents__mutmut_4'] = x__cents__mutmut_4 # type: ignore # mutmut generated
mutants_x__cents__mutmut['x__cents__mutmut_5'] = x__cents__mutmut_5 # type: ignore # mutmut generated
mutants_x__cents__mutmut['x__cents__mutmut_6'] = x__cents__mutmut_6 # type: ignore # mutmut generated
mutants_x__cents__mutmut['x__cents__mutmut_7'] = x__cents__mutmut_7 # type: ignore # mutmut generated
mutants_x__cents__mutmut['x__cents__mutmut_8'] = x__cents__mutmut_8 # type: ignore # mutmut generated
mutants_x__cents__mutmut['x__cents__mutmut_9'] = x__cents__mutmut_9 # type: ignore # mutmut generated
mutants_x__cents__mutmut['x__cents__mutmut_10'] = x__cents__mutmut_10 # type: ignore # mutmut generated
mutants_x__cents__mutmut['x__cents__mutmut_11'] = x__cents__mutmut_11 # type: ignore # mutmut generated


_TOTALS = (
    ("line_total", "BT-106", "Sum of Invoice line net amount", "BR-DEC-09", "BR-FR-DEC-01_BT-106"),
    ("allowance_total", "BT-107", "Sum of allowances on document level", "BR-DEC-10", "BR-FR-DEC-01_BT-107"),
    ("charge_total", "BT-108", "Sum of charges on document level", "BR-DEC-11", "BR-FR-DEC-01_BT-108"),
    ("tax_exclusive", "BT-109", "Invoice total amount without VAT", "BR-DEC-12", "BR-FR-DEC-01_BT-109"),
    ("tax_total", "BT-110", "Invoice total VAT amount", "BR-DEC-13", "BR-FR-DEC-01_BT-110"),
    (
        "tax_total_accounting_currency",
        "BT-111",
        "Invoice total VAT amount in accounting currency",
        "BR-DEC-15",
        "BR-FR-DEC-01_BT-111",
    ),
    ("tax_inclusive", "BT-112", "Invoice total amount with VAT", "BR-DEC-14", "BR-FR-DEC-01_BT-112"),
    ("paid", "BT-113", "Paid amount", "BR-DEC-16", "BR-FR-DEC-01_BT-113"),
    ("rounding", "BT-114", "Rounding amount", "BR-DEC-17", "BR-FR-DEC-01_BT-114"),
    ("amount_due", "BT-115", "Amount due for payment", "BR-DEC-18", "BR-FR-DEC-01_BT-115"),
)


class _Group(NamedTuple):
    group: str
    name: str
    amount_bt: str
    base_bt: str
    en_amount: str
    en_base: str
    fr_amount: str
    fr_base: str


_DOC_ALLOWANCE = _Group(
    "BG-20", "Document level allowance", "BT-92", "BT-93", "BR-DEC-01", "BR-DEC-02",
    "BR-FR-DEC-01_BT-92_BT-99", "BR-FR-DEC-01_BT-93_BT-100",
)  # fmt: skip
_DOC_CHARGE = _Group(
    "BG-21", "Document level charge", "BT-99", "BT-100", "BR-DEC-05", "BR-DEC-06",
    "BR-FR-DEC-01_BT-92_BT-99", "BR-FR-DEC-01_BT-93_BT-100",
)  # fmt: skip
_LINE_ALLOWANCE = _Group(
    "BG-27", "Invoice line allowance", "BT-136", "BT-137", "BR-DEC-24", "BR-DEC-25",
    "BR-FR-DEC-01_BT-136_BT-141", "BR-FR-DEC-01_BT-137_BT-142",
)  # fmt: skip
_LINE_CHARGE = _Group(
    "BG-28", "Invoice line charge", "BT-141", "BT-142", "BR-DEC-27", "BR-DEC-28",
    "BR-FR-DEC-01_BT-136_BT-141", "BR-FR-DEC-01_BT-137_BT-142",
)  # fmt: skip
mutants_x__add__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__add__mutmut)
def _add(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_orig(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_1(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None and _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_2(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is not None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_3(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(None):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_4(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = None
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_5(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(None, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_6(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, None)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_7(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_8(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, )
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_9(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 3)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_10(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_11(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok or length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_12(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(None)


def x__add__mutmut_13(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(None, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_14(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, None, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_15(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, None, en_rule, fr_rule, not places_ok))


def x__add__mutmut_16(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, None, fr_rule, not places_ok))


def x__add__mutmut_17(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, None, not places_ok))


def x__add__mutmut_18(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, None))


def x__add__mutmut_19(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_20(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_21(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, en_rule, fr_rule, not places_ok))


def x__add__mutmut_22(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, fr_rule, not places_ok))


def x__add__mutmut_23(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, not places_ok))


def x__add__mutmut_24(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, ))


def x__add__mutmut_25(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path / index, value, term, en_rule, fr_rule, not places_ok))


def x__add__mutmut_26(
    out: list[BadAmount],
    value: Decimal | None,
    path: str,
    index: object,
    term: str,
    en_rule: str,
    fr_rule: str,
) -> None:
    """Record `value` if it breaks a decimal rule; `path % index` is only built then."""
    if value is None or _cents(value):
        return  # the common case, decided without building anything
    places_ok, length_ok = shape(value, 2)
    if not (places_ok and length_ok):
        out.append(BadAmount(path % index, value, term, en_rule, fr_rule, places_ok))

mutants_x__add__mutmut['_mutmut_orig'] = x__add__mutmut_orig # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_1'] = x__add__mutmut_1 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_2'] = x__add__mutmut_2 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_3'] = x__add__mutmut_3 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_4'] = x__add__mutmut_4 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_5'] = x__add__mutmut_5 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_6'] = x__add__mutmut_6 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_7'] = x__add__mutmut_7 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_8'] = x__add__mutmut_8 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_9'] = x__add__mutmut_9 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_10'] = x__add__mutmut_10 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_11'] = x__add__mutmut_11 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_12'] = x__add__mutmut_12 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_13'] = x__add__mutmut_13 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_14'] = x__add__mutmut_14 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_15'] = x__add__mutmut_15 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_16'] = x__add__mutmut_16 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_17'] = x__add__mutmut_17 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_18'] = x__add__mutmut_18 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_19'] = x__add__mutmut_19 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_20'] = x__add__mutmut_20 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_21'] = x__add__mutmut_21 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_22'] = x__add__mutmut_22 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_23'] = x__add__mutmut_23 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_24'] = x__add__mutmut_24 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_25'] = x__add__mutmut_25 # type: ignore # mutmut generated
mutants_x__add__mutmut['x__add__mutmut_26'] = x__add__mutmut_26 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__allowances_charges__mutmut)
def _allowances_charges(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_orig(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_1(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = None
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_2(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [1, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_3(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 1]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_4(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = None
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_5(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if (ac.is_charge) and False else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_6(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if (ac.is_charge) or True else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_7(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] = 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_8(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] -= 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_9(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 2
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_10(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = None
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_11(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None or not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_12(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_13(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_14(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(None):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_15(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(None, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_16(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, None, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_17(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, None, n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_18(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", None,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_19(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 None, g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_20(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", None, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_21(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, None)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_22(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_23(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_24(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_25(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_26(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_27(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_28(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, )  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_29(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None or not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_30(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_31(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_32(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(None):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_33(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(None, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_34(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, None, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_35(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, None, n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_36(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", None,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_37(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 None, g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_38(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", None, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_39(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, None)  # fmt: skip


def x__allowances_charges__mutmut_40(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_41(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_42(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_43(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", f"{g.name} base amount ({g.base_bt})", g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_44(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 g.en_base, g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_45(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.fr_base)  # fmt: skip


def x__allowances_charges__mutmut_46(
    out: list[BadAmount], prefix: str, items: tuple[AllowanceCharge, ...], allowance: _Group, charge: _Group
) -> None:
    counts = [0, 0]
    for ac in items:
        g = charge if ac.is_charge else allowance
        counts[ac.is_charge] += 1
        n = counts[ac.is_charge]
        if ac.amount is not None and not _cents(ac.amount):
            _add(out, ac.amount, f"{prefix}{g.group}[%d]/{g.amount_bt}", n,
                 f"{g.name} amount ({g.amount_bt})", g.en_amount, g.fr_amount)  # fmt: skip
        if ac.base_amount is not None and not _cents(ac.base_amount):
            _add(out, ac.base_amount, f"{prefix}{g.group}[%d]/{g.base_bt}", n,
                 f"{g.name} base amount ({g.base_bt})", g.en_base, )  # fmt: skip

mutants_x__allowances_charges__mutmut['_mutmut_orig'] = x__allowances_charges__mutmut_orig # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_1'] = x__allowances_charges__mutmut_1 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_2'] = x__allowances_charges__mutmut_2 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_3'] = x__allowances_charges__mutmut_3 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_4'] = x__allowances_charges__mutmut_4 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_5'] = x__allowances_charges__mutmut_5 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_6'] = x__allowances_charges__mutmut_6 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_7'] = x__allowances_charges__mutmut_7 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_8'] = x__allowances_charges__mutmut_8 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_9'] = x__allowances_charges__mutmut_9 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_10'] = x__allowances_charges__mutmut_10 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_11'] = x__allowances_charges__mutmut_11 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_12'] = x__allowances_charges__mutmut_12 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_13'] = x__allowances_charges__mutmut_13 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_14'] = x__allowances_charges__mutmut_14 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_15'] = x__allowances_charges__mutmut_15 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_16'] = x__allowances_charges__mutmut_16 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_17'] = x__allowances_charges__mutmut_17 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_18'] = x__allowances_charges__mutmut_18 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_19'] = x__allowances_charges__mutmut_19 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_20'] = x__allowances_charges__mutmut_20 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_21'] = x__allowances_charges__mutmut_21 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_22'] = x__allowances_charges__mutmut_22 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_23'] = x__allowances_charges__mutmut_23 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_24'] = x__allowances_charges__mutmut_24 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_25'] = x__allowances_charges__mutmut_25 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_26'] = x__allowances_charges__mutmut_26 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_27'] = x__allowances_charges__mutmut_27 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_28'] = x__allowances_charges__mutmut_28 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_29'] = x__allowances_charges__mutmut_29 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_30'] = x__allowances_charges__mutmut_30 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_31'] = x__allowances_charges__mutmut_31 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_32'] = x__allowances_charges__mutmut_32 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_33'] = x__allowances_charges__mutmut_33 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_34'] = x__allowances_charges__mutmut_34 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_35'] = x__allowances_charges__mutmut_35 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_36'] = x__allowances_charges__mutmut_36 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_37'] = x__allowances_charges__mutmut_37 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_38'] = x__allowances_charges__mutmut_38 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_39'] = x__allowances_charges__mutmut_39 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_40'] = x__allowances_charges__mutmut_40 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_41'] = x__allowances_charges__mutmut_41 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_42'] = x__allowances_charges__mutmut_42 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_43'] = x__allowances_charges__mutmut_43 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_44'] = x__allowances_charges__mutmut_44 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_45'] = x__allowances_charges__mutmut_45 # type: ignore # mutmut generated
mutants_x__allowances_charges__mutmut['x__allowances_charges__mutmut_46'] = x__allowances_charges__mutmut_46 # type: ignore # mutmut generated


# (path, term, EN rule, FR rule) of the values `_TOTAL_VALUES` reads, strings built once
_TOTAL_VALUES = attrgetter(*(attr for attr, *_ in _TOTALS))
_TOTALS = tuple((f"BG-22/{bt}", f"{term} ({bt})", en, fr) for _, bt, term, en, fr in _TOTALS)
mutants_x_bad_amounts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_bad_amounts__mutmut)
def bad_amounts(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_orig(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_1(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = None
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_2(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(None, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_3(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, None, invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_4(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", None, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_5(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, None, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_6(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, None)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_7(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges("", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_8(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_9(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_10(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_11(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, )
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_12(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "XXXX", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_13(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = None
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_14(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_15(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(None):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_16(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(None)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_17(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None or not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_18(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_19(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_20(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(None):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_21(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = None
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_22(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(None, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_23(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, None, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_24(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, None, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_25(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, None, term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_26(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), None, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_27(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, None, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_28(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, None)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_29(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_30(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_31(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_32(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_33(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_34(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_35(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, )
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_36(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(None, 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_37(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), None):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_38(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_39(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), ):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_40(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown and (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_41(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 2):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_42(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(None, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_43(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, None, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_44(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, None, i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_45(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", None, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_46(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, None,
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_47(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             None, "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_48(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", None)  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_49(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_50(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_51(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_52(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_53(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_54(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_55(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", )  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_56(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "XXBG-23[%d]/BT-116XX", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_57(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "bg-23[%d]/bt-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_58(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%D]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_59(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "XXVAT category taxable amount (BT-116)XX",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_60(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "vat category taxable amount (bt-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_61(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT CATEGORY TAXABLE AMOUNT (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_62(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "XXBR-DEC-19XX", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_63(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "br-dec-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_64(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "XXBR-FR-DEC-01_BT-116XX")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_65(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "br-fr-dec-01_bt-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_66(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(None, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_67(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, None, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_68(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, None, i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_69(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", None, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_70(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, None,
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_71(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             None, "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_72(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", None)  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_73(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_74(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_75(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_76(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_77(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_78(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_79(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", )  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_80(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "XXBG-23[%d]/BT-117XX", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_81(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "bg-23[%d]/bt-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_82(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%D]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_83(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "XXVAT category tax amount (BT-117)XX",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_84(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "vat category tax amount (bt-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_85(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT CATEGORY TAX AMOUNT (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_86(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "XXBR-DEC-20XX", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_87(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "br-dec-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_88(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "XXBR-FR-DEC-01_BT-117XX")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_89(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "br-fr-dec-01_bt-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_90(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(None, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_91(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, None):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_92(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_93(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, ):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_94(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 2):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_95(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = None
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_96(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None or not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_97(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_98(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_99(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) and fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_100(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) or net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_101(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(None) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_102(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() <= MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_103(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS + 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_104(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 5) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_105(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(None, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_106(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, None)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_107(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_108(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, )
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_109(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 3)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_110(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(None, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_111(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, None, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_112(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, None, i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_113(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", None, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_114(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, None,
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_115(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 None, "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_116(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", None)  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_117(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_118(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_119(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_120(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_121(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_122(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_123(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", )  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_124(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "XXBG-25[%d]/BT-131XX", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_125(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "bg-25[%d]/bt-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_126(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%D]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_127(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "XXInvoice line net amount (BT-131)XX",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_128(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "invoice line net amount (bt-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_129(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "INVOICE LINE NET AMOUNT (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_130(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "XXBR-DEC-23XX", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_131(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "br-dec-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_132(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "XXBR-FR-DEC-01_BT-131XX")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_133(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "br-fr-dec-01_bt-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_134(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(None, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_135(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, None, line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_136(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", None, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_137(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, None, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_138(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, None)
    return out


def x_bad_amounts__mutmut_139(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_140(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, line.allowances_charges, _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_141(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", _LINE_ALLOWANCE, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_142(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_CHARGE)
    return out


def x_bad_amounts__mutmut_143(invoice: Invoice) -> list[BadAmount]:
    """The amounts of `invoice` with more than 2 decimals or more than 19 digits, in document order."""
    out: list[BadAmount] = []
    if invoice.allowances_charges:
        _allowances_charges(out, "", invoice.allowances_charges, _DOC_ALLOWANCE, _DOC_CHARGE)
    totals = invoice.totals
    if totals is not None:
        for i, value in enumerate(_TOTAL_VALUES(totals)):
            if value is not None and not _cents(value):
                path, term, en_rule, fr_rule = _TOTALS[i]
                _add(out, value, path, (), term, en_rule, fr_rule)
    for i, entry in enumerate(invoice.vat_breakdown or (), 1):
        _add(out, entry.taxable_amount, "BG-23[%d]/BT-116", i, "VAT category taxable amount (BT-116)",
             "BR-DEC-19", "BR-FR-DEC-01_BT-116")  # fmt: skip
        _add(out, entry.tax_amount, "BG-23[%d]/BT-117", i, "VAT category tax amount (BT-117)",
             "BR-DEC-20", "BR-FR-DEC-01_BT-117")  # fmt: skip
    for i, line in enumerate(invoice.lines, 1):
        net_amount = line.net_amount
        if net_amount is not None and not (
            # `_cents` inlined for the usual case, as it runs for every line
            (net_amount.same_quantum(_CENT) and net_amount.adjusted() < MAX_DIGITS - 4) or fits(net_amount, 2)
        ):
            _add(out, net_amount, "BG-25[%d]/BT-131", i, "Invoice line net amount (BT-131)",
                 "BR-DEC-23", "BR-FR-DEC-01_BT-131")  # fmt: skip
        if line.allowances_charges:
            _allowances_charges(out, f"BG-25[{i}]/", line.allowances_charges, _LINE_ALLOWANCE, )
    return out

mutants_x_bad_amounts__mutmut['_mutmut_orig'] = x_bad_amounts__mutmut_orig # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_1'] = x_bad_amounts__mutmut_1 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_2'] = x_bad_amounts__mutmut_2 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_3'] = x_bad_amounts__mutmut_3 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_4'] = x_bad_amounts__mutmut_4 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_5'] = x_bad_amounts__mutmut_5 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_6'] = x_bad_amounts__mutmut_6 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_7'] = x_bad_amounts__mutmut_7 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_8'] = x_bad_amounts__mutmut_8 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_9'] = x_bad_amounts__mutmut_9 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_10'] = x_bad_amounts__mutmut_10 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_11'] = x_bad_amounts__mutmut_11 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_12'] = x_bad_amounts__mutmut_12 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_13'] = x_bad_amounts__mutmut_13 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_14'] = x_bad_amounts__mutmut_14 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_15'] = x_bad_amounts__mutmut_15 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_16'] = x_bad_amounts__mutmut_16 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_17'] = x_bad_amounts__mutmut_17 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_18'] = x_bad_amounts__mutmut_18 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_19'] = x_bad_amounts__mutmut_19 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_20'] = x_bad_amounts__mutmut_20 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_21'] = x_bad_amounts__mutmut_21 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_22'] = x_bad_amounts__mutmut_22 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_23'] = x_bad_amounts__mutmut_23 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_24'] = x_bad_amounts__mutmut_24 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_25'] = x_bad_amounts__mutmut_25 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_26'] = x_bad_amounts__mutmut_26 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_27'] = x_bad_amounts__mutmut_27 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_28'] = x_bad_amounts__mutmut_28 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_29'] = x_bad_amounts__mutmut_29 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_30'] = x_bad_amounts__mutmut_30 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_31'] = x_bad_amounts__mutmut_31 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_32'] = x_bad_amounts__mutmut_32 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_33'] = x_bad_amounts__mutmut_33 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_34'] = x_bad_amounts__mutmut_34 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_35'] = x_bad_amounts__mutmut_35 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_36'] = x_bad_amounts__mutmut_36 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_37'] = x_bad_amounts__mutmut_37 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_38'] = x_bad_amounts__mutmut_38 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_39'] = x_bad_amounts__mutmut_39 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_40'] = x_bad_amounts__mutmut_40 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_41'] = x_bad_amounts__mutmut_41 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_42'] = x_bad_amounts__mutmut_42 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_43'] = x_bad_amounts__mutmut_43 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_44'] = x_bad_amounts__mutmut_44 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_45'] = x_bad_amounts__mutmut_45 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_46'] = x_bad_amounts__mutmut_46 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_47'] = x_bad_amounts__mutmut_47 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_48'] = x_bad_amounts__mutmut_48 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_49'] = x_bad_amounts__mutmut_49 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_50'] = x_bad_amounts__mutmut_50 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_51'] = x_bad_amounts__mutmut_51 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_52'] = x_bad_amounts__mutmut_52 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_53'] = x_bad_amounts__mutmut_53 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_54'] = x_bad_amounts__mutmut_54 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_55'] = x_bad_amounts__mutmut_55 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_56'] = x_bad_amounts__mutmut_56 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_57'] = x_bad_amounts__mutmut_57 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_58'] = x_bad_amounts__mutmut_58 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_59'] = x_bad_amounts__mutmut_59 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_60'] = x_bad_amounts__mutmut_60 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_61'] = x_bad_amounts__mutmut_61 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_62'] = x_bad_amounts__mutmut_62 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_63'] = x_bad_amounts__mutmut_63 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_64'] = x_bad_amounts__mutmut_64 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_65'] = x_bad_amounts__mutmut_65 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_66'] = x_bad_amounts__mutmut_66 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_67'] = x_bad_amounts__mutmut_67 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_68'] = x_bad_amounts__mutmut_68 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_69'] = x_bad_amounts__mutmut_69 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_70'] = x_bad_amounts__mutmut_70 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_71'] = x_bad_amounts__mutmut_71 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_72'] = x_bad_amounts__mutmut_72 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_73'] = x_bad_amounts__mutmut_73 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_74'] = x_bad_amounts__mutmut_74 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_75'] = x_bad_amounts__mutmut_75 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_76'] = x_bad_amounts__mutmut_76 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_77'] = x_bad_amounts__mutmut_77 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_78'] = x_bad_amounts__mutmut_78 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_79'] = x_bad_amounts__mutmut_79 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_80'] = x_bad_amounts__mutmut_80 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_81'] = x_bad_amounts__mutmut_81 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_82'] = x_bad_amounts__mutmut_82 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_83'] = x_bad_amounts__mutmut_83 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_84'] = x_bad_amounts__mutmut_84 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_85'] = x_bad_amounts__mutmut_85 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_86'] = x_bad_amounts__mutmut_86 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_87'] = x_bad_amounts__mutmut_87 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_88'] = x_bad_amounts__mutmut_88 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_89'] = x_bad_amounts__mutmut_89 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_90'] = x_bad_amounts__mutmut_90 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_91'] = x_bad_amounts__mutmut_91 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_92'] = x_bad_amounts__mutmut_92 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_93'] = x_bad_amounts__mutmut_93 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_94'] = x_bad_amounts__mutmut_94 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_95'] = x_bad_amounts__mutmut_95 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_96'] = x_bad_amounts__mutmut_96 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_97'] = x_bad_amounts__mutmut_97 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_98'] = x_bad_amounts__mutmut_98 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_99'] = x_bad_amounts__mutmut_99 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_100'] = x_bad_amounts__mutmut_100 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_101'] = x_bad_amounts__mutmut_101 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_102'] = x_bad_amounts__mutmut_102 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_103'] = x_bad_amounts__mutmut_103 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_104'] = x_bad_amounts__mutmut_104 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_105'] = x_bad_amounts__mutmut_105 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_106'] = x_bad_amounts__mutmut_106 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_107'] = x_bad_amounts__mutmut_107 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_108'] = x_bad_amounts__mutmut_108 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_109'] = x_bad_amounts__mutmut_109 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_110'] = x_bad_amounts__mutmut_110 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_111'] = x_bad_amounts__mutmut_111 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_112'] = x_bad_amounts__mutmut_112 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_113'] = x_bad_amounts__mutmut_113 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_114'] = x_bad_amounts__mutmut_114 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_115'] = x_bad_amounts__mutmut_115 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_116'] = x_bad_amounts__mutmut_116 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_117'] = x_bad_amounts__mutmut_117 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_118'] = x_bad_amounts__mutmut_118 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_119'] = x_bad_amounts__mutmut_119 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_120'] = x_bad_amounts__mutmut_120 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_121'] = x_bad_amounts__mutmut_121 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_122'] = x_bad_amounts__mutmut_122 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_123'] = x_bad_amounts__mutmut_123 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_124'] = x_bad_amounts__mutmut_124 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_125'] = x_bad_amounts__mutmut_125 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_126'] = x_bad_amounts__mutmut_126 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_127'] = x_bad_amounts__mutmut_127 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_128'] = x_bad_amounts__mutmut_128 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_129'] = x_bad_amounts__mutmut_129 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_130'] = x_bad_amounts__mutmut_130 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_131'] = x_bad_amounts__mutmut_131 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_132'] = x_bad_amounts__mutmut_132 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_133'] = x_bad_amounts__mutmut_133 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_134'] = x_bad_amounts__mutmut_134 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_135'] = x_bad_amounts__mutmut_135 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_136'] = x_bad_amounts__mutmut_136 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_137'] = x_bad_amounts__mutmut_137 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_138'] = x_bad_amounts__mutmut_138 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_139'] = x_bad_amounts__mutmut_139 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_140'] = x_bad_amounts__mutmut_140 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_141'] = x_bad_amounts__mutmut_141 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_142'] = x_bad_amounts__mutmut_142 # type: ignore # mutmut generated
mutants_x_bad_amounts__mutmut['x_bad_amounts__mutmut_143'] = x_bad_amounts__mutmut_143 # type: ignore # mutmut generated
