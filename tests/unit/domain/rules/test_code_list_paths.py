"""BR-CL-10/11/25 and BR-CL-14, value by value: an unlisted scheme or country at each place a party holds one,
found with that place's path in the rule and in the message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from domain.invoice import Address, Identifier, Invoice, TaxRepresentative
from domain.rules import validate_invoice
from tests.unit.domain.rules.helpers import valid

BAD = Identifier("X1", "9999")
ICD = "The identifier scheme ({}) '9999' is not in ISO 6523 ICD."
EAS = "The identifier scheme ({}) '9999' is not in the EAS list."
COUNTRY = "The country code ({}) 'XX' is not in ISO 3166-1."


def _seller(**changes: object) -> Callable[[Invoice], Invoice]:
    return lambda inv: inv.evolve(seller=replace(inv.seller, **changes))  # type: ignore[arg-type]


def _buyer(**changes: object) -> Callable[[Invoice], Invoice]:
    return lambda inv: inv.evolve(buyer=replace(inv.buyer, **changes))  # type: ignore[arg-type]


def _country(party: str) -> Callable[[Invoice], Invoice]:
    def change(inv: Invoice) -> Invoice:
        if party == "representative":
            return inv.evolve(
                tax_representative=TaxRepresentative("Rep", "FR40303265045", Address(country="XX"))
            )
        holder = getattr(inv, party)
        return inv.evolve(**{party: replace(holder, address=replace(holder.address, country="XX"))})

    return change


CASES = {
    "seller identifier": (_seller(identifiers=(BAD,)), "BR-CL-10", "BG-4/BT-29-1", ICD),
    "seller legal registration": (_seller(legal_registration=BAD), "BR-CL-11", "BG-4/BT-30-1", ICD),
    "seller electronic address": (_seller(electronic_address=BAD), "BR-CL-25", "BG-4/BT-34-1", EAS),
    "buyer identifier": (_buyer(identifiers=(BAD,)), "BR-CL-10", "BG-7/BT-46-1", ICD),
    "buyer legal registration": (_buyer(legal_registration=BAD), "BR-CL-11", "BG-7/BT-47-1", ICD),
    "buyer electronic address": (_buyer(electronic_address=BAD), "BR-CL-25", "BG-7/BT-49-1", EAS),
    "seller country": (_country("seller"), "BR-CL-14", "BG-5/BT-40", COUNTRY),
    "buyer country": (_country("buyer"), "BR-CL-14", "BG-8/BT-55", COUNTRY),
    "tax representative country": (_country("representative"), "BR-CL-14", "BG-12/BT-69", COUNTRY),
}


@pytest.mark.parametrize("case", CASES)
def test_an_unlisted_code_is_found_at_its_place(case: str) -> None:
    change, rule, path, message = CASES[case]
    found = [
        (f.rule_id, f.path, f.message)
        for f in validate_invoice(change(valid(1)))
        if f.rule_id.startswith("BR-CL")
    ]
    assert found == [(rule, path, message.format(path))]
