from __future__ import annotations

from decimal import Decimal

import pytest

from domain.platform import InvalidPlatformRequest, OutgoingStatus, directory_identifier


@pytest.mark.parametrize(
    ("siren", "address", "looked_up"),
    [
        ("732829320", "", "732829320"),
        ("732829320", "0225:732829320_SERVICE_A", "0225:732829320_SERVICE_A"),
        ("732829320", "0009:73282932000074", "0009:73282932000074"),
    ],
)
def test_a_directory_lookup_is_about_the_address_when_given_else_the_siren(
    siren: str, address: str, looked_up: str
) -> None:
    assert directory_identifier(siren, address) == looked_up


def test_a_lookup_by_siren_alone_asks_nine_digits_not_a_valid_key() -> None:
    # the key is BR-FR's to check on an invoice (PDP-SIREN-KEY); the directory answers for any nine digits
    assert directory_identifier("732829320") == "732829320"
    assert directory_identifier("732829321") == "732829321"


def test_a_directory_lookup_without_a_siren_or_by_another_companys_address_is_refused_saying_why() -> None:
    with pytest.raises(InvalidPlatformRequest) as no_siren:
        directory_identifier("73282932")
    assert str(no_siren.value) == "a directory lookup needs a SIREN (9 digits), got '73282932'"
    with pytest.raises(InvalidPlatformRequest) as other:
        directory_identifier("732829320", "0225:552100554")
    assert str(other.value) == (
        "a directory lookup narrows by an address of the company it names: '0225:552100554' is not one of 732829320's"
    )


def test_only_a_negative_amount_is_refused_on_a_status_that_is_not_a_payment() -> None:
    assert OutgoingStatus(code="205", amount=Decimal("0")).amount == 0
    with pytest.raises(InvalidPlatformRequest, match="^the status amount cannot be negative$"):
        OutgoingStatus(code="205", amount=Decimal("-1"))
