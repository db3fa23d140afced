import pytest

from domain.identifiers import (
    SIREN_SCHEME,
    SIRET_SCHEME,
    VatKeyCheck,
    check_french_vat_number,
    french_vat_key,
    french_vat_number,
    is_eu_vat_id,
    is_valid_siren,
    is_valid_siret,
    siren_as_others_write,
    siren_of,
    siren_of_address,
    siren_of_french_vat,
    split_address,
    vat_prefix_ok,
)
from domain.invoice import Identifier, Party


@pytest.mark.parametrize("siren", ["732829320", "303265045", "552100554", "356000000"])
def test_accepts_sirens_with_a_valid_luhn_checksum(siren: str) -> None:
    assert is_valid_siren(siren)


@pytest.mark.parametrize(
    "siren", ["732829321", "73282932", "7328293200", "73282932A", "", "７３２８２９３２０"]
)
def test_refuses_sirens_with_a_wrong_checksum_length_or_characters(siren: str) -> None:
    assert not is_valid_siren(siren)


def test_accepts_a_siret_whose_fourteen_digits_pass_luhn() -> None:
    assert is_valid_siret("73282932000074")


@pytest.mark.parametrize("siret", ["73282932000075", "7328293200007", "7328293200007A"])
def test_refuses_a_siret_with_a_wrong_checksum_or_length(siret: str) -> None:
    assert not is_valid_siret(siret)


def test_accepts_la_poste_establishments_whose_digit_sum_is_a_multiple_of_five() -> None:
    assert is_valid_siret("35600000009075")  # digit sum 35, Luhn would refuse it


def test_refuses_la_poste_establishments_whose_digit_sum_is_not_a_multiple_of_five() -> None:
    assert not is_valid_siret("35600000009076")


def test_checks_la_poste_head_office_with_luhn() -> None:
    assert is_valid_siret("35600000000048")
    assert not is_valid_siret("35600000000049")


@pytest.mark.parametrize(("siren", "key"), [("303265045", "40"), ("732829320", "44"), ("552100554", "96")])
def test_computes_the_numeric_vat_key_from_the_siren(siren: str, key: str) -> None:
    assert french_vat_key(siren) == key
    assert french_vat_number(siren) == f"FR{key}{siren}"


@pytest.mark.parametrize("vat", ["FR40303265045", "FR44732829320"])
def test_accepts_french_vat_numbers_with_the_right_key(vat: str) -> None:
    assert check_french_vat_number(vat) is VatKeyCheck.VALID


def test_refuses_a_french_vat_number_whose_key_does_not_match_the_siren() -> None:
    assert check_french_vat_number("FR41303265045") is VatKeyCheck.WRONG_KEY


def test_accepts_alphanumeric_keys_as_not_checkable() -> None:
    assert check_french_vat_number("FRK7303265045") is VatKeyCheck.NOT_CHECKABLE


@pytest.mark.parametrize(
    "vat", ["FR4030326504", "DE40303265045", "FRI7303265045", "FR40303265046", "FR4030326504X"]
)
def test_refuses_malformed_french_vat_numbers(vat: str) -> None:
    assert check_french_vat_number(vat) is VatKeyCheck.MALFORMED


def test_accepts_monaco_vat_numbers_without_a_siren() -> None:
    assert check_french_vat_number(f"FR{french_vat_key('000012345')}000012345") is VatKeyCheck.VALID


@pytest.mark.parametrize(
    ("vat", "ok"), [("FR44732829320", True), ("EL123456789", True), ("ZZ123", False), ("", False)]
)
def test_checks_the_iso_country_prefix_of_vat_identifiers(vat: str, ok: bool) -> None:
    assert vat_prefix_ok(vat) is ok


@pytest.mark.parametrize(
    ("vat", "ok"),
    [
        ("DE123456789", True),
        ("XI123456789", True),
        ("GB123456789", False),
        ("US12345", False),
        ("DE1", False),
    ],
)
def test_recognises_eu_vat_identifiers_by_member_state_prefix(vat: str, ok: bool) -> None:
    assert is_eu_vat_id(vat) is ok


@pytest.mark.parametrize(
    ("value", "scheme", "siren"),
    [
        # a SIREN (0002): its own 9 digits; the key is the rules' to check (PDP-SIREN-KEY)
        ("732829320", SIREN_SCHEME, "732829320"),
        ("732829321", SIREN_SCHEME, "732829321"),
        ("73282932A", SIREN_SCHEME, ""),
        ("７３２８２９３２０", SIREN_SCHEME, ""),
        ("73282932000074", SIREN_SCHEME, ""),
        # a SIRET (0009): the SIREN is its first 9 of 14 digits
        ("73282932000074", SIRET_SCHEME, "732829320"),
        ("7328293200007", SIRET_SCHEME, ""),
        ("7328293200007A", SIRET_SCHEME, ""),
        ("732829320", SIRET_SCHEME, ""),
        # no scheme: 9 digits are a SIREN only when their Luhn key says so
        ("732829320", "", "732829320"),
        ("732829321", "", ""),
        ("73282932000074", "", ""),
        # any other scheme names no SIREN, whatever its digits
        ("732829320", "0088", ""),
        ("732829320", "0225", ""),
        ("", SIREN_SCHEME, ""),
    ],
)
def test_the_siren_an_identifier_names_depends_on_its_scheme(value: str, scheme: str, siren: str) -> None:
    assert siren_of(value, scheme) == siren


@pytest.mark.parametrize(
    ("registration", "siren"),
    [
        (Identifier("732829320", SIREN_SCHEME), "732829320"),
        (Identifier("73282932000074", SIRET_SCHEME), "732829320"),
        # these three were read as SIRENs before `siren_of`: any 9 characters under 0002 or none, any 14 under 0009
        (Identifier("73282932A", SIREN_SCHEME), ""),
        (Identifier("732829321", ""), ""),
        (Identifier("7328293200007A", SIRET_SCHEME), ""),
        (None, ""),
    ],
)
def test_a_party_s_siren_is_the_one_its_legal_registration_names(
    registration: Identifier | None, siren: str
) -> None:
    assert Party("Acme", legal_registration=registration).siren == siren


@pytest.mark.parametrize(
    ("address", "siren"),
    [
        ("0225:732829320", "732829320"),
        ("0225:73282932000074", "732829320"),
        ("0002:732829320", "732829320"),
        ("0088:5790000435975", ""),
        ("", ""),
        ("0225:ABC", ""),
    ],
)
def test_the_recipient_siren_is_read_from_its_electronic_address(address, siren) -> None:
    assert siren_of_address(address) == siren


@pytest.mark.parametrize(
    ("address", "siren"),
    [
        ("732829320", "732829320"),  # no scheme
        (" 0009:73282932000074 ", "732829320"),
        ("0225: 732829320", "732829320"),
        ("0225:73282932", ""),
        ("9999:732829320", ""),
        ("0225:", ""),
        # a SIRET is 14 digits and a SIREN 9 (`identifiers.siren_of`): their first 9 digits alone were read before
        ("0009:7328293200007", ""),
        ("0002:73282932000074", ""),
        # without a scheme, an address is read as the directory's (0225): a SIRET's SIREN too
        ("73282932000074", "732829320"),
        # a schemed SIREN's key is BR-FR's to refuse (PDP-SIREN-KEY, naming the rule), not this reading's
        ("0225:732829321", "732829321"),
    ],
)
def test_more_recipient_addresses(address: str, siren: str) -> None:
    assert siren_of_address(address) == siren


def test_a_siren_address_with_more_after_the_siren_is_read_from_the_first_colon() -> None:
    assert siren_of_address("0225:732829320:SERVICE_A") == "732829320"


@pytest.mark.parametrize(
    ("address", "parts"),
    [
        ("0225:732829320", ("0225", "732829320")),
        (" 0088: 5790000435975 ", ("0088", "5790000435975")),
        ("732829320", ("", "732829320")),
        (
            "0225:732829320:SERVICE_A",
            ("0225", "732829320:SERVICE_A"),
        ),  # the value is all after the first colon
    ],
)
def test_an_address_splits_into_its_scheme_and_value(address: str, parts: tuple[str, str]) -> None:
    assert split_address(address) == parts


def test_a_french_vat_number_gives_its_siren_only_when_its_key_checks_out_and_it_names_no_monaco_company() -> (
    None
):
    """BT-48 naming a French buyer (reception routing): a wrong key, a malformed number or a Monaco one (000, no
    SIREN) names nobody."""
    assert siren_of_french_vat("FR44732829320") == "732829320"
    assert siren_of_french_vat("FR45732829320") == ""  # the key does not check out
    assert siren_of_french_vat("FRXX732829320") == ""  # not checkable
    assert siren_of_french_vat("FR4473282932") == ""  # malformed
    assert check_french_vat_number("FR34000123456") is VatKeyCheck.VALID
    assert siren_of_french_vat("FR34000123456") == ""  # Monaco


@pytest.mark.parametrize(
    ("value", "scheme", "siren"),
    [
        ("55210055400013", "0002", "552100554"),  # a SIRET under SIRENE's ICD, its key right
        ("55210055400014", "0002", ""),  # its key wrong: a customer number as well
        ("552100554", "0002", ""),  # a SIREN: siren_of reads it already
        ("FR96552100554", "9957", "552100554"),
        ("FR97552100554", "9957", ""),
        ("55210055400013", "0088", ""),
    ],
)
def test_a_received_document_s_identifier_as_others_write_it(value: str, scheme: str, siren: str) -> None:
    assert siren_as_others_write(value, scheme) == siren
