"""BR-FR-06 for each note subject that may appear once, and BR-FR-01 at its 35-character edge, exactly."""

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
