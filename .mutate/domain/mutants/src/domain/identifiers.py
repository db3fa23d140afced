"""French company identifiers (SIREN, SIRET, VAT number) and the shape of EU VAT identifiers.

Check digits follow INSEE and the DGFiP as implemented by python-stdnum (`stdnum/fr/siren.py`,
`siret.py`, `tva.py`): SIREN and SIRET use the Luhn algorithm, except La Poste establishments; a French VAT
number is `FR` + a two-character key + the SIREN, the numeric key being `(12 + 3 × (SIREN mod 97)) mod 97`.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

_LA_POSTE_PREFIX = "356000000"
_LA_POSTE_HEAD_OFFICE = "35600000000048"
# Alphanumeric VAT keys use this alphabet (no I, no O), per python-stdnum.
_VAT_KEY_ALPHABET = frozenset("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
_MONACO_SIREN_PREFIX = "000"

# ISO 3166-1 alpha-2 prefixes accepted by BR-CO-09 (EN 16931 code list, plus EL for Greece and 1A, XI).
VAT_PREFIXES = frozenset(
    """1A AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BL BJ BM BN BO BQ BR BS
    BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH EL ER
    ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL
    IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD
    ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
    PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR ST SV SX SY
    SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XI YE YT ZA
    ZM ZW""".split()
)

# VAT identifier prefixes of the EU member states (VIES): Greece is EL, Northern Ireland (goods) is XI.
EU_VAT_PREFIXES = frozenset(
    "AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI".split()
)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class VatKeyCheck(str, Enum):
    """Outcome of checking a French VAT number."""

    VALID = "valid"
    MALFORMED = "malformed"  # not FR + 2 key characters + 9 digits, or the SIREN part is invalid
    WRONG_KEY = "wrong_key"  # numeric key that does not match the SIREN
    NOT_CHECKABLE = "not_checkable"  # alphanumeric key: the DGFiP algorithm is not public, accepted as is
mutants_x__is_digits__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__is_digits__mutmut)
def _is_digits(value: str, length: int) -> bool:
    return len(value) == length and value.isascii() and value.isdigit()


def x__is_digits__mutmut_orig(value: str, length: int) -> bool:
    return len(value) == length and value.isascii() and value.isdigit()


def x__is_digits__mutmut_1(value: str, length: int) -> bool:
    return len(value) == length and value.isascii() or value.isdigit()


def x__is_digits__mutmut_2(value: str, length: int) -> bool:
    return len(value) == length or value.isascii() and value.isdigit()


def x__is_digits__mutmut_3(value: str, length: int) -> bool:
    return len(value) != length and value.isascii() and value.isdigit()

mutants_x__is_digits__mutmut['_mutmut_orig'] = x__is_digits__mutmut_orig # type: ignore # mutmut generated
mutants_x__is_digits__mutmut['x__is_digits__mutmut_1'] = x__is_digits__mutmut_1 # type: ignore # mutmut generated
mutants_x__is_digits__mutmut['x__is_digits__mutmut_2'] = x__is_digits__mutmut_2 # type: ignore # mutmut generated
mutants_x__is_digits__mutmut['x__is_digits__mutmut_3'] = x__is_digits__mutmut_3 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_luhn_ok__mutmut)
def luhn_ok(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_orig(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_1(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = None
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_2(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 1
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_3(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(None):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_4(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(None)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_5(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = None
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_6(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) + 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_7(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(None) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_8(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 49
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_9(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position / 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_10(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 3:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_11(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit = 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_12(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit /= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_13(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 3
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_14(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit >= 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_15(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 10:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_16(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit = 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_17(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit += 9
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_18(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 10
        checksum += digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_19(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum = digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_20(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum -= digit
    return checksum % 10 == 0


def x_luhn_ok__mutmut_21(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum / 10 == 0


def x_luhn_ok__mutmut_22(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 11 == 0


def x_luhn_ok__mutmut_23(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 != 0


def x_luhn_ok__mutmut_24(digits: str) -> bool:
    """The Luhn checksum of a string of ASCII digits is 0."""
    checksum = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 1

mutants_x_luhn_ok__mutmut['_mutmut_orig'] = x_luhn_ok__mutmut_orig # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_1'] = x_luhn_ok__mutmut_1 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_2'] = x_luhn_ok__mutmut_2 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_3'] = x_luhn_ok__mutmut_3 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_4'] = x_luhn_ok__mutmut_4 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_5'] = x_luhn_ok__mutmut_5 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_6'] = x_luhn_ok__mutmut_6 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_7'] = x_luhn_ok__mutmut_7 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_8'] = x_luhn_ok__mutmut_8 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_9'] = x_luhn_ok__mutmut_9 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_10'] = x_luhn_ok__mutmut_10 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_11'] = x_luhn_ok__mutmut_11 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_12'] = x_luhn_ok__mutmut_12 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_13'] = x_luhn_ok__mutmut_13 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_14'] = x_luhn_ok__mutmut_14 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_15'] = x_luhn_ok__mutmut_15 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_16'] = x_luhn_ok__mutmut_16 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_17'] = x_luhn_ok__mutmut_17 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_18'] = x_luhn_ok__mutmut_18 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_19'] = x_luhn_ok__mutmut_19 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_20'] = x_luhn_ok__mutmut_20 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_21'] = x_luhn_ok__mutmut_21 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_22'] = x_luhn_ok__mutmut_22 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_23'] = x_luhn_ok__mutmut_23 # type: ignore # mutmut generated
mutants_x_luhn_ok__mutmut['x_luhn_ok__mutmut_24'] = x_luhn_ok__mutmut_24 # type: ignore # mutmut generated


@lru_cache(maxsize=4096)  # the same companies come back on every invoice
def is_valid_siren(value: str) -> bool:
    """9 digits with a valid Luhn checksum (e.g. 732829320)."""
    return _is_digits(value, 9) and luhn_ok(value)


@lru_cache(maxsize=4096)  # the same companies come back on every invoice
def is_valid_siret(value: str) -> bool:
    """14 digits (SIREN + NIC) with a valid Luhn checksum over all 14 digits.

    La Poste establishments (SIRET starting with 356000000, except the head office 35600000000048) do not
    follow Luhn: their digit sum is a multiple of 5 instead.
    """
    if not _is_digits(value, 14):
        return False
    if value.startswith(_LA_POSTE_PREFIX) and value != _LA_POSTE_HEAD_OFFICE:
        return sum(ord(c) - 48 for c in value) % 5 == 0
    return luhn_ok(value) and is_valid_siren(value[:9])
mutants_x_french_vat_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_french_vat_key__mutmut)
def french_vat_key(siren: str) -> str:
    """The numeric key of the French VAT number of `siren`: (12 + 3 × (SIREN mod 97)) mod 97, two digits."""
    return f"{(12 + 3 * (int(siren) % 97)) % 97:02d}"


def x_french_vat_key__mutmut_orig(siren: str) -> str:
    """The numeric key of the French VAT number of `siren`: (12 + 3 × (SIREN mod 97)) mod 97, two digits."""
    return f"{(12 + 3 * (int(siren) % 97)) % 97:02d}"


def x_french_vat_key__mutmut_1(siren: str) -> str:
    """The numeric key of the French VAT number of `siren`: (12 + 3 × (SIREN mod 97)) mod 97, two digits."""
    return f"{(12 + 3 * (int(siren) % 97)) / 97:02d}"


def x_french_vat_key__mutmut_2(siren: str) -> str:
    """The numeric key of the French VAT number of `siren`: (12 + 3 × (SIREN mod 97)) mod 97, two digits."""
    return f"{(12 - 3 * (int(siren) % 97)) % 97:02d}"


def x_french_vat_key__mutmut_3(siren: str) -> str:
    """The numeric key of the French VAT number of `siren`: (12 + 3 × (SIREN mod 97)) mod 97, two digits."""
    return f"{(13 + 3 * (int(siren) % 97)) % 97:02d}"


def x_french_vat_key__mutmut_4(siren: str) -> str:
    """The numeric key of the French VAT number of `siren`: (12 + 3 × (SIREN mod 97)) mod 97, two digits."""
    return f"{(12 + 3 / (int(siren) % 97)) % 97:02d}"


def x_french_vat_key__mutmut_5(siren: str) -> str:
    """The numeric key of the French VAT number of `siren`: (12 + 3 × (SIREN mod 97)) mod 97, two digits."""
    return f"{(12 + 4 * (int(siren) % 97)) % 97:02d}"


def x_french_vat_key__mutmut_6(siren: str) -> str:
    """The numeric key of the French VAT number of `siren`: (12 + 3 × (SIREN mod 97)) mod 97, two digits."""
    return f"{(12 + 3 * (int(siren) / 97)) % 97:02d}"


def x_french_vat_key__mutmut_7(siren: str) -> str:
    """The numeric key of the French VAT number of `siren`: (12 + 3 × (SIREN mod 97)) mod 97, two digits."""
    return f"{(12 + 3 * (int(None) % 97)) % 97:02d}"


def x_french_vat_key__mutmut_8(siren: str) -> str:
    """The numeric key of the French VAT number of `siren`: (12 + 3 × (SIREN mod 97)) mod 97, two digits."""
    return f"{(12 + 3 * (int(siren) % 98)) % 97:02d}"


def x_french_vat_key__mutmut_9(siren: str) -> str:
    """The numeric key of the French VAT number of `siren`: (12 + 3 × (SIREN mod 97)) mod 97, two digits."""
    return f"{(12 + 3 * (int(siren) % 97)) % 98:02d}"

mutants_x_french_vat_key__mutmut['_mutmut_orig'] = x_french_vat_key__mutmut_orig # type: ignore # mutmut generated
mutants_x_french_vat_key__mutmut['x_french_vat_key__mutmut_1'] = x_french_vat_key__mutmut_1 # type: ignore # mutmut generated
mutants_x_french_vat_key__mutmut['x_french_vat_key__mutmut_2'] = x_french_vat_key__mutmut_2 # type: ignore # mutmut generated
mutants_x_french_vat_key__mutmut['x_french_vat_key__mutmut_3'] = x_french_vat_key__mutmut_3 # type: ignore # mutmut generated
mutants_x_french_vat_key__mutmut['x_french_vat_key__mutmut_4'] = x_french_vat_key__mutmut_4 # type: ignore # mutmut generated
mutants_x_french_vat_key__mutmut['x_french_vat_key__mutmut_5'] = x_french_vat_key__mutmut_5 # type: ignore # mutmut generated
mutants_x_french_vat_key__mutmut['x_french_vat_key__mutmut_6'] = x_french_vat_key__mutmut_6 # type: ignore # mutmut generated
mutants_x_french_vat_key__mutmut['x_french_vat_key__mutmut_7'] = x_french_vat_key__mutmut_7 # type: ignore # mutmut generated
mutants_x_french_vat_key__mutmut['x_french_vat_key__mutmut_8'] = x_french_vat_key__mutmut_8 # type: ignore # mutmut generated
mutants_x_french_vat_key__mutmut['x_french_vat_key__mutmut_9'] = x_french_vat_key__mutmut_9 # type: ignore # mutmut generated
mutants_x_french_vat_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_french_vat_number__mutmut)
def french_vat_number(siren: str) -> str:
    return f"FR{french_vat_key(siren)}{siren}"


def x_french_vat_number__mutmut_orig(siren: str) -> str:
    return f"FR{french_vat_key(siren)}{siren}"


def x_french_vat_number__mutmut_1(siren: str) -> str:
    return f"FR{french_vat_key(None)}{siren}"

mutants_x_french_vat_number__mutmut['_mutmut_orig'] = x_french_vat_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_french_vat_number__mutmut['x_french_vat_number__mutmut_1'] = x_french_vat_number__mutmut_1 # type: ignore # mutmut generated


@lru_cache(maxsize=4096)  # the same companies come back on every invoice
def check_french_vat_number(value: str) -> VatKeyCheck:
    """Check `FR` + key + SIREN. Monaco numbers carry 000 instead of a SIREN and skip the SIREN check."""
    if len(value) != 13 or not value.startswith("FR"):
        return VatKeyCheck.MALFORMED
    key, siren = value[2:4], value[4:]
    if not all(c in _VAT_KEY_ALPHABET for c in key) or not _is_digits(siren, 9):
        return VatKeyCheck.MALFORMED
    if not siren.startswith(_MONACO_SIREN_PREFIX) and not is_valid_siren(siren):
        return VatKeyCheck.MALFORMED
    if not key.isdigit():
        return VatKeyCheck.NOT_CHECKABLE
    return VatKeyCheck.VALID if key == french_vat_key(siren) else VatKeyCheck.WRONG_KEY
mutants_x_vat_prefix_ok__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_vat_prefix_ok__mutmut)
def vat_prefix_ok(vat_id: str) -> bool:
    """BR-CO-09: a VAT identifier starts with an ISO 3166-1 alpha-2 country code (EL for Greece)."""
    return vat_id[:2] in VAT_PREFIXES


def x_vat_prefix_ok__mutmut_orig(vat_id: str) -> bool:
    """BR-CO-09: a VAT identifier starts with an ISO 3166-1 alpha-2 country code (EL for Greece)."""
    return vat_id[:2] in VAT_PREFIXES


def x_vat_prefix_ok__mutmut_1(vat_id: str) -> bool:
    """BR-CO-09: a VAT identifier starts with an ISO 3166-1 alpha-2 country code (EL for Greece)."""
    return vat_id[:3] in VAT_PREFIXES


def x_vat_prefix_ok__mutmut_2(vat_id: str) -> bool:
    """BR-CO-09: a VAT identifier starts with an ISO 3166-1 alpha-2 country code (EL for Greece)."""
    return vat_id[:2] not in VAT_PREFIXES

mutants_x_vat_prefix_ok__mutmut['_mutmut_orig'] = x_vat_prefix_ok__mutmut_orig # type: ignore # mutmut generated
mutants_x_vat_prefix_ok__mutmut['x_vat_prefix_ok__mutmut_1'] = x_vat_prefix_ok__mutmut_1 # type: ignore # mutmut generated
mutants_x_vat_prefix_ok__mutmut['x_vat_prefix_ok__mutmut_2'] = x_vat_prefix_ok__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_eu_vat_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_eu_vat_id__mutmut)
def is_eu_vat_id(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = vat_id[2:]
    return vat_id[:2] in EU_VAT_PREFIXES and 2 <= len(body) <= 13 and body.isascii() and body.isalnum()


def x_is_eu_vat_id__mutmut_orig(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = vat_id[2:]
    return vat_id[:2] in EU_VAT_PREFIXES and 2 <= len(body) <= 13 and body.isascii() and body.isalnum()


def x_is_eu_vat_id__mutmut_1(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = None
    return vat_id[:2] in EU_VAT_PREFIXES and 2 <= len(body) <= 13 and body.isascii() and body.isalnum()


def x_is_eu_vat_id__mutmut_2(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = vat_id[3:]
    return vat_id[:2] in EU_VAT_PREFIXES and 2 <= len(body) <= 13 and body.isascii() and body.isalnum()


def x_is_eu_vat_id__mutmut_3(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = vat_id[2:]
    return vat_id[:2] in EU_VAT_PREFIXES and 2 <= len(body) <= 13 and body.isascii() or body.isalnum()


def x_is_eu_vat_id__mutmut_4(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = vat_id[2:]
    return vat_id[:2] in EU_VAT_PREFIXES and 2 <= len(body) <= 13 or body.isascii() and body.isalnum()


def x_is_eu_vat_id__mutmut_5(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = vat_id[2:]
    return vat_id[:2] in EU_VAT_PREFIXES or 2 <= len(body) <= 13 and body.isascii() and body.isalnum()


def x_is_eu_vat_id__mutmut_6(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = vat_id[2:]
    return vat_id[:3] in EU_VAT_PREFIXES and 2 <= len(body) <= 13 and body.isascii() and body.isalnum()


def x_is_eu_vat_id__mutmut_7(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = vat_id[2:]
    return vat_id[:2] not in EU_VAT_PREFIXES and 2 <= len(body) <= 13 and body.isascii() and body.isalnum()


def x_is_eu_vat_id__mutmut_8(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = vat_id[2:]
    return vat_id[:2] in EU_VAT_PREFIXES and 3 <= len(body) <= 13 and body.isascii() and body.isalnum()


def x_is_eu_vat_id__mutmut_9(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = vat_id[2:]
    return vat_id[:2] in EU_VAT_PREFIXES and 2 < len(body) <= 13 and body.isascii() and body.isalnum()


def x_is_eu_vat_id__mutmut_10(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = vat_id[2:]
    return vat_id[:2] in EU_VAT_PREFIXES and 2 <= len(body) < 13 and body.isascii() and body.isalnum()


def x_is_eu_vat_id__mutmut_11(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = vat_id[2:]
    return vat_id[:2] in EU_VAT_PREFIXES and 2 <= len(body) <= 14 and body.isascii() and body.isalnum()

mutants_x_is_eu_vat_id__mutmut['_mutmut_orig'] = x_is_eu_vat_id__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_eu_vat_id__mutmut['x_is_eu_vat_id__mutmut_1'] = x_is_eu_vat_id__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_eu_vat_id__mutmut['x_is_eu_vat_id__mutmut_2'] = x_is_eu_vat_id__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_eu_vat_id__mutmut['x_is_eu_vat_id__mutmut_3'] = x_is_eu_vat_id__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_eu_vat_id__mutmut['x_is_eu_vat_id__mutmut_4'] = x_is_eu_vat_id__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_eu_vat_id__mutmut['x_is_eu_vat_id__mutmut_5'] = x_is_eu_vat_id__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_eu_vat_id__mutmut['x_is_eu_vat_id__mutmut_6'] = x_is_eu_vat_id__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_eu_vat_id__mutmut['x_is_eu_vat_id__mutmut_7'] = x_is_eu_vat_id__mutmut_7 # type: ignore # mutmut generated
mutants_x_is_eu_vat_id__mutmut['x_is_eu_vat_id__mutmut_8'] = x_is_eu_vat_id__mutmut_8 # type: ignore # mutmut generated
mutants_x_is_eu_vat_id__mutmut['x_is_eu_vat_id__mutmut_9'] = x_is_eu_vat_id__mutmut_9 # type: ignore # mutmut generated
mutants_x_is_eu_vat_id__mutmut['x_is_eu_vat_id__mutmut_10'] = x_is_eu_vat_id__mutmut_10 # type: ignore # mutmut generated
mutants_x_is_eu_vat_id__mutmut['x_is_eu_vat_id__mutmut_11'] = x_is_eu_vat_id__mutmut_11 # type: ignore # mutmut generated
