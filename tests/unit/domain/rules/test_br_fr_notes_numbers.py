"""BR-FR-06 for each note subject that may appear once, BR-FR-01 at its 35-character edge and BR-FR-25 at its
125-character edge, exactly."""

from __future__ import annotations

import pytest

from domain.invoice import Note
from domain.rules import validate_invoice
from tests.builders import FRENCH_NOTES
from tests.unit.domain.rules.helpers import valid


@pytest.mark.parametrize("code", ["PMT", "PMD", "AAB", "TXD"])
def test_a_note_subject_given_twice_is_found(code: str) -> None:
    twice = valid(1).evolve(notes=(*FRENCH_NOTES, Note("une", code), Note("deux", code)))
    found = [
        (f.rule_id, f.path, f.message) for f in validate_invoice(twice) if f.rule_id.startswith("BR-FR-06")
    ]
    assert found == [
        (f"BR-FR-06_BT-21_{code}", "BG-1/BT-21", f"The note subject {code} (BT-21) shall appear only once.")
    ]


def test_an_invoice_number_of_35_characters_is_allowed_and_one_of_36_is_not() -> None:
    def br_fr_01(number: str) -> list[tuple[str, str, str]]:
        invoice = valid(1).evolve(number=number)
        return [
            (f.rule_id, f.path, f.message)
            for f in validate_invoice(invoice)
            if f.rule_id.startswith("BR-FR-01")
        ]

    assert br_fr_01("F" * 35) == []
    assert br_fr_01("F" * 36) == [
        ("BR-FR-01_BT-1", "BT-1", f"The Invoice number (BT-1) shall not exceed 35 characters: {'F' * 36!r}.")
    ]


def test_an_electronic_address_of_125_characters_is_allowed_and_one_of_126_is_not_even_without_a_seller_address() -> (
    None
):
    from dataclasses import replace

    from domain.invoice import Identifier

    invoice = valid(1)

    def br_fr_25(seller: Identifier | None, buyer: Identifier) -> list[tuple[str, str, str]]:
        parties = invoice.evolve(
            seller=replace(invoice.seller, electronic_address=seller),
            buyer=replace(invoice.buyer, electronic_address=buyer),
        )
        return [
            (f.rule_id, f.path, f.message)
            for f in validate_invoice(parties)
            if f.rule_id.startswith("BR-FR-25")
        ]

    too_long = (
        "BR-FR-25_BT-49",
        "BG-7/BT-49",
        "The electronic address (BT-49) shall not exceed 125 characters.",
    )
    assert br_fr_25(Identifier("a" * 125, "0225"), Identifier("b" * 125, "0225")) == []
    assert br_fr_25(Identifier("a" * 125, "0225"), Identifier("b" * 126, "0225")) == [too_long]
    assert br_fr_25(None, Identifier("b" * 126, "0225")) == [
        too_long
    ]  # the seller's missing address skips only itself
