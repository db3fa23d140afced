from decimal import Decimal

import pytest

from domain.rules.amounts import fits, shape


@pytest.mark.parametrize(
    ("value", "places", "ok"),
    [
        ("10.50", 2, True),
        ("10.5", 2, True),
        ("10", 2, True),
        ("-10.50", 2, True),
        ("0.00", 2, True),
        ("10.500", 2, False),
        ("1E+2", 2, True),
        ("12345678901234567.89", 2, True),  # 19 digits
        ("-12345678901234567.89", 2, False),  # the sign counts: 20 characters
        ("123456789012345678.90", 2, False),  # 20 digits
        ("1.2345", 4, True),
        ("1.23456", 4, False),
        ("0.000001", 6, True),
        ("0.0000001", 6, False),
        ("NaN", 2, False),
    ],
)
def test_checks_decimals_and_length_as_written(value: str, places: int, ok: bool) -> None:
    assert fits(Decimal(value), places) is ok


# shape() decides every value the quick checks of fits() leave: positive exponents, 18 digits and more, signs.
# Hand-computed: places = the decimals written; length = the digits written, with the leading "0." zeros of a
# value under 1, plus the sign; a zero written with a positive exponent ("0E+3") is one digit.
@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        ("1.23", 2, (True, True)),
        ("1.234", 2, (False, True)),
        ("1.2345", 4, (True, True)),
        ("1.23456", 4, (False, True)),
        ("0.000001", 6, (True, True)),
        ("0.0000001", 6, (False, True)),
        ("0.001", 2, (False, True)),
        ("-0.000", 2, (False, True)),
        ("0.00000000000000000001", 2, (False, False)),  # 20 decimals: 21 digits with the leading 0
        ("0.000000000000000001", 6, (False, True)),  # 18 decimals: 19 digits with the leading 0
        ("0.0000000000000000001", 6, (False, False)),  # 19 decimals: 20 digits
        ("1E+2", 2, (True, True)),
        ("0E+3", 2, (True, True)),
        ("-0E+18", 2, (True, True)),
        ("1E+18", 2, (True, True)),  # 19 digits
        ("1E+19", 2, (True, False)),  # 20 digits
        ("-1E+18", 2, (True, False)),  # 19 digits and the sign
        ("12345678901234567", 2, (True, True)),
        ("123456789012345678", 2, (True, True)),
        ("-123456789012345678", 2, (True, True)),
        ("1234567890123456789", 2, (True, True)),
        ("-1234567890123456789", 2, (True, False)),
        ("12345678901234567890", 2, (True, False)),
        ("12345678901234567.89", 2, (True, True)),
        ("-12345678901234567.89", 2, (True, False)),
        ("-1234567890123456.78", 2, (True, True)),
        ("123456789012345678.9", 2, (True, True)),
        ("1234567890123456789.0", 2, (True, False)),
        ("12345678901234567.891", 2, (False, False)),
        ("NaN", 2, (False, False)),
        ("Infinity", 2, (False, False)),
        ("-Infinity", 6, (False, False)),
    ],
)
def test_shape_of_the_value_as_written(value: str, places: int, expected: tuple[bool, bool]) -> None:
    assert shape(Decimal(value), places) == expected
    assert fits(Decimal(value), places) is (expected == (True, True))


def test_each_allowance_and_charge_is_numbered_in_its_own_group() -> None:
    """Document and line allowances and charges mixed: each badly written amount is found under its own group
    (BG-20/21/27/28), numbered within that group, with that group's rules."""
    from dataclasses import replace

    from domain.invoice import AllowanceCharge
    from domain.rules.amounts import BadAmount, bad_amounts
    from tests.builders import a_line, an_invoice

    def ac(is_charge: bool, amount: str, base: str | None = None) -> AllowanceCharge:
        return AllowanceCharge(is_charge, Decimal(amount), None if base is None else Decimal(base))

    document = (ac(False, "1.00"), ac(True, "2.001"), ac(False, "3.001"), ac(True, "4.00", base="40.001"))
    line = replace(a_line(), allowances_charges=(ac(True, "0.50"), ac(False, "0.125"), ac(True, "0.255")))
    invoice = replace(an_invoice(allowances_charges=document), lines=(line,))

    assert bad_amounts(invoice) == [
        BadAmount("BG-21[1]/BT-99", Decimal("2.001"), "Document level charge amount (BT-99)", "BR-DEC-05",
                  "BR-FR-DEC-01_BT-92_BT-99", True),
        BadAmount("BG-20[2]/BT-92", Decimal("3.001"), "Document level allowance amount (BT-92)", "BR-DEC-01",
                  "BR-FR-DEC-01_BT-92_BT-99", True),
        BadAmount("BG-21[2]/BT-100", Decimal("40.001"), "Document level charge base amount (BT-100)", "BR-DEC-06",
                  "BR-FR-DEC-01_BT-93_BT-100", True),
        BadAmount("BG-25[1]/BG-27[1]/BT-136", Decimal("0.125"), "Invoice line allowance amount (BT-136)",
                  "BR-DEC-24", "BR-FR-DEC-01_BT-136_BT-141", True),
        BadAmount("BG-25[1]/BG-28[2]/BT-141", Decimal("0.255"), "Invoice line charge amount (BT-141)",
                  "BR-DEC-27", "BR-FR-DEC-01_BT-136_BT-141", True),
    ]  # fmt: skip


def test_a_total_and_a_breakdown_with_too_many_decimals_are_found_with_their_terms_and_rules() -> None:
    from domain.rules.amounts import BadAmount, bad_amounts
    from tests.unit.domain.rules.helpers import valid, with_breakdown, with_totals

    invoice = with_totals(valid(1), tax_total=Decimal("2.105"))
    invoice = with_breakdown(invoice, taxable_amount=Decimal("10.505"), tax_amount=Decimal("2.1001"))

    assert bad_amounts(invoice) == [
        BadAmount("BG-22/BT-110", Decimal("2.105"), "Invoice total VAT amount (BT-110)", "BR-DEC-13",
                  "BR-FR-DEC-01_BT-110", True),
        BadAmount("BG-23[1]/BT-116", Decimal("10.505"), "VAT category taxable amount (BT-116)", "BR-DEC-19",
                  "BR-FR-DEC-01_BT-116", True),
        BadAmount("BG-23[1]/BT-117", Decimal("2.1001"), "VAT category tax amount (BT-117)", "BR-DEC-20",
                  "BR-FR-DEC-01_BT-117", True),
    ]  # fmt: skip
