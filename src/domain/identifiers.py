"""French company identifiers (SIREN, SIRET, VAT number) and the shape of EU VAT identifiers.

Check digits follow INSEE and the DGFiP as implemented by python-stdnum (`stdnum/fr/siren.py`,
`siret.py`, `tva.py`): SIREN and SIRET use the Luhn algorithm, except La Poste establishments; a French VAT
number is `FR` + a two-character key + the SIREN, the numeric key being `(12 + 3 × (SIREN mod 97)) mod 97`.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

# ISO 6523 schemes (ICD) of the French company identifiers: a SIREN names the company, a SIRET one of its
# establishments (the SIREN + a 5-digit NIC).
SIREN_SCHEME = "0002"
SIRET_SCHEME = "0009"
# The scheme (EAS) of an address in the French directory: the SIREN, then what narrows it (a SIRET, a routing
# code, a suffix).
ADDRESS_SCHEME = "0225"
FRENCH_VAT_SCHEME = "9957"  # EAS code of a French VAT number as an electronic address

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


class VatKeyCheck(str, Enum):
    """Outcome of checking a French VAT number."""

    VALID = "valid"
    MALFORMED = "malformed"  # not FR + 2 key characters + 9 digits, or the SIREN part is invalid
    WRONG_KEY = "wrong_key"  # numeric key that does not match the SIREN
    NOT_CHECKABLE = "not_checkable"  # alphanumeric key: the DGFiP algorithm is not public, accepted as is


def _is_digits(value: str, length: int) -> bool:
    return len(value) == length and value.isascii() and value.isdigit()


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


def iban_key_fails(value: str) -> bool:
    """`value` is written as an IBAN (2 letters, 2 digits, 11 to 30 letters or digits: ISO 13616) whose check
    digits do not hold (the number with its first four characters moved to its end, letters as 10-35, mod 97 is
    not 1), written compact or in groups as printed (`FR76 3000 6000 …`, as FNFE's examples do). An account
    identifier of another form is not judged: BT-84 need not be an IBAN."""
    value = value.replace(" ", "")
    if not (15 <= len(value) <= 34 and value.isascii() and value.isalnum()):
        return False
    if not (value[:2].isalpha() and value[2:4].isdigit() and all(c.isdigit() or c.isupper() for c in value)):
        return False
    digits = "".join(str(int(c, 36)) for c in value[4:] + value[:4])
    return int(digits) % 97 != 1


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


def siren_of(value: str, scheme: str) -> str:
    """The SIREN an identifier (value, scheme) names; "" when it names none.

    - scheme 0002: the value, when it has a SIREN's 9 digits;
    - scheme 0009: a SIRET's first 9 digits, when it has 14;
    - no scheme: the value only when it is a valid SIREN, Luhn key included, since nothing else says that nine
      digits are a SIREN rather than, say, a customer number;
    - any other scheme: none.

    A schemed value's check digits are not read here: BR-FR's PDP-SIREN-KEY / PDP-SIRET-KEY refuse a wrong one on
    every invoice the gateway emits, naming the rule, where this would only answer "no SIREN".
    """
    if scheme == SIREN_SCHEME:
        return value if _is_digits(value, 9) else ""
    if scheme == SIRET_SCHEME:
        return value[:9] if _is_digits(value, 14) else ""
    if not scheme:
        return value if is_valid_siren(value) else ""
    return ""


def split_address(address: str) -> tuple[str, str]:
    """An electronic address `scheme:value` → (scheme, value); a bare value has no scheme."""
    scheme, sep, value = address.strip().partition(":")
    return (scheme, value.strip()) if sep else ("", scheme)


def siren_of_address(address: str) -> str:
    """`0225:<SIREN>[...]` (or the same without its scheme), `0002:<SIREN>` or `0009:<SIRET>` → the SIREN;
    "" when there is none to read."""
    scheme, value = split_address(address)
    if scheme in ("", ADDRESS_SCHEME):  # the directory's address: the SIREN, then what narrows it (BR-FR-21)
        return siren_of(value[:9], SIREN_SCHEME)
    return siren_of(value, scheme)


def siren_as_others_write(value: str, scheme: str) -> str:
    """The SIREN a received document's identifier names where `siren_of` and `siren_of_address` read none: a SIRET
    under ICD 0002 (SIRENE registers both; FNFE's Factur-X 1.0 examples write BT-47 so), its key checked, or a
    French VAT number under EAS 9957 (a Peppol address in BT-49). Our own documents are held to the stricter form by
    BR-FR; a received one only needs to reach its company. "" otherwise."""
    if scheme == SIREN_SCHEME and is_valid_siret(value):
        return value[:9]
    if scheme == FRENCH_VAT_SCHEME:
        return siren_of_french_vat(value)
    return ""


def french_vat_key(siren: str) -> str:
    """The numeric key of the French VAT number of `siren`: (12 + 3 × (SIREN mod 97)) mod 97, two digits."""
    return f"{(12 + 3 * (int(siren) % 97)) % 97:02d}"


def french_vat_number(siren: str) -> str:
    return f"FR{french_vat_key(siren)}{siren}"


def siren_of_french_vat(value: str) -> str:
    """The SIREN a French VAT number carries when its key checks out (BT-48 naming a French buyer); "" otherwise.

    Read as people write it too, in groups (`FR 05 987 654 321`, Factur-X's own examples; spaces or no-break
    spaces): the document is all that routes a webhook's invoice, and a number written so names its buyer all the same.
    """
    value = "".join(value.split())
    if check_french_vat_number(value) is not VatKeyCheck.VALID or value[4:].startswith(_MONACO_SIREN_PREFIX):
        return ""
    return value[4:]


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


def vat_prefix_ok(vat_id: str) -> bool:
    """BR-CO-09: a VAT identifier starts with an ISO 3166-1 alpha-2 country code (EL for Greece)."""
    return vat_id[:2] in VAT_PREFIXES


def is_eu_vat_id(vat_id: str) -> bool:
    """Shape of an EU VAT identifier: a member-state prefix then 2 to 13 letters or digits."""
    body = vat_id[2:]
    return vat_id[:2] in EU_VAT_PREFIXES and 2 <= len(body) <= 13 and body.isascii() and body.isalnum()
