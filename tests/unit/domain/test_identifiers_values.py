"""Identifier checks in exact values, with their caches emptied: the checks are cached per value (the same
companies come back on every invoice), and the other tests have filled those caches, so here the checks run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from domain.identifiers import check_french_vat_number, is_eu_vat_id, is_valid_siren, is_valid_siret, luhn_ok


@pytest.fixture(autouse=True)
def checks_run() -> Iterator[None]:
    for check in (is_valid_siren, is_valid_siret, check_french_vat_number):
        check.cache_clear()
    yield


@pytest.mark.parametrize(
    ("digits", "ok"),
    [
        ("", True),
        ("0", True),
        ("59", True),  # 9 + (5 x 2 = 10 -> 1) = 10
        ("58", False),  # 8 + 1 = 9
        ("18", True),  # 8 + 2 = 10
        ("091", True),  # 1 + (9 x 2 = 18 -> 9) + 0 = 10
        ("109", True),  # 9 + 0 + 1 = 10: the third digit from the right is not doubled
        ("190", True),  # 0 + 9 + 1 = 10
        ("119", False),  # 9 + 2 + 1 = 12
        ("732829320", True),  # a real SIREN
        ("732829321", False),
        ("73282932000017", True),  # its SIRET with NIC 00017 (Luhn sum 50)
    ],
)
def test_luhn_by_hand(digits: str, ok: bool) -> None:
    assert luhn_ok(digits) is ok


@pytest.mark.parametrize(
    ("value", "siren"),
    [
        ("732829320", True),
        ("7328293200", False),  # ten digits
        ("000000000", True),
        ("0000000000", False),  # ten digits, Luhn 0
        ("73282932", False),
        ("٧٣٢٨٢٩٣٢٠", False),  # Arabic-Indic digits: isdigit() but not ASCII
    ],
)
def test_a_siren_is_nine_ascii_digits_with_a_valid_luhn(value: str, siren: bool) -> None:
    assert is_valid_siren(value) is siren


@pytest.mark.parametrize(
    ("vat_id", "eu"),
    [
        ("DE12", True),  # 2 characters after the prefix
        ("DE1", False),
        ("DE" + "1" * 13, True),
        ("DE" + "1" * 14, False),
        ("NL12345678B01", True),
        ("US123456789", False),
        ("DE12-4", False),
        ("DE١٢", False),  # not ASCII
    ],
)
def test_the_shape_of_an_eu_vat_identifier(vat_id: str, eu: bool) -> None:
    assert is_eu_vat_id(vat_id) is eu
