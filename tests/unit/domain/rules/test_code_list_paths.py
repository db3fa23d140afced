"""Code lists, value by value: an unlisted scheme or country at each place a party holds one (BR-CL-10/11/25/14),
and an unlisted reason code of a document or line allowance or charge (BR-CL-19/20), each found with its place's
path in the rule and in the message."""

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


def test_an_unlisted_reason_code_is_found_at_its_allowance_or_charge_numbered_in_its_group() -> None:
    from decimal import Decimal

    from domain.invoice import AllowanceCharge

    def ac(is_charge: bool, code: str) -> AllowanceCharge:
        return AllowanceCharge(is_charge, Decimal("1.00"), reason="r", reason_code=code)

    invoice = valid(1)
    line = replace(
        invoice.lines[0],
        allowances_charges=(ac(True, "FC"), ac(False, "95"), ac(True, "ZZ3"), ac(False, "ZZ4")),
    )
    invoice = invoice.evolve(
        allowances_charges=(ac(False, "95"), ac(True, "FC"), ac(False, "ZZ1"), ac(True, "ZZ2")), lines=(line,)
    )

    found = [
        (f.rule_id, f.path, f.message)
        for f in validate_invoice(invoice)
        if f.rule_id in ("BR-CL-19", "BR-CL-20")
    ]
    assert found == [
        ("BR-CL-19", "BG-20[2]/BT-98", "The allowance reason code (BT-98) 'ZZ1' is not in UNTDID 5189."),
        ("BR-CL-20", "BG-21[2]/BT-105", "The charge reason code (BT-105) 'ZZ2' is not in UNTDID 7161."),
        (
            "BR-CL-20",
            "BG-25[1]/BG-28[2]/BT-145",
            "The charge reason code (BT-145) 'ZZ3' is not in UNTDID 7161.",
        ),
        (
            "BR-CL-19",
            "BG-25[1]/BG-27[2]/BT-140",
            "The allowance reason code (BT-140) 'ZZ4' is not in UNTDID 5189.",
        ),
    ]
