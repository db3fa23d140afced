"""The semantic model (`semantic_model.toml`) is checked when loaded, and names the terms the readable copy lists."""

from __future__ import annotations

import pytest

from adapters.documents.semantic_model import GROUPS, Kind, load_group
from domain.invoice import PaymentInstructions


def test_a_term_that_is_no_field_of_its_model_class_does_not_load() -> None:
    entry = {"group": "BG-6", "model": "Contact", "terms": {"fax": {"bts": "BT-0"}}}

    with pytest.raises(ValueError, match="Contact has no field 'fax'"):
        load_group("contact", entry)


def test_a_term_of_an_unknown_kind_does_not_load() -> None:
    entry = {"group": "BG-6", "model": "Contact", "terms": {"name": {"bts": "BT-41", "kind": "colour"}}}

    with pytest.raises(ValueError, match="'colour' is not a valid Kind"):
        load_group("contact", entry)


def test_every_amount_the_model_needs_is_required_and_every_total_absent_is_zero() -> None:
    totals = GROUPS["totals"].terms

    assert {f for f, t in totals.items() if t.required} == {
        "line_total",
        "tax_exclusive",
        "tax_inclusive",
        "amount_due",
    }
    assert all(t.kind is Kind.AMOUNT for t in totals.values())
    assert all(t.required or t.default == 0 for t in totals.values())


def test_the_readable_copy_names_the_payment_details_given_in_the_groups_order() -> None:
    means = PaymentInstructions(
        means_code="58", iban="FR76 3000", remittance_information="F-1", creditor_id=""
    )

    assert GROUPS["payment-instructions"].readable(means) == [
        ("IBAN", "FR76 3000"),
        ("Référence à rappeler :", "F-1"),
    ]
