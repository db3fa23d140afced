"""VAT categories and their parties: BR-S-02, BR-G-02 and BR-O-02 (standard rated, an export, a supply not subject to
VAT) for each way of holding a VAT identifier, the seller's own (BT-31) or tax registration (BT-32), its tax
representative's (BT-63), the buyer's (BT-48); BR-FR-15 for a category refused in France on a line without a rate;
and the parties' postal addresses (BR-08, BR-10, BR-19), given by any one of their parts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from domain.invoice import Address, Invoice, TaxRepresentative, VatCategory
from tests.builders import a_buyer, a_seller
from tests.unit.domain.rules.helpers import category_invoice, ids, valid


def _parties(
    category: VatCategory, seller: str, representative: str, buyer: str, registration: str = ""
) -> Invoice:
    rep = (
        TaxRepresentative("Rep", representative, Address(city="Nice", country="FR"))
        if representative
        else None
    )
    base = valid(1) if category is VatCategory.STANDARD else category_invoice(category)
    return base.evolve(
        seller=replace(a_seller(), vat_id=seller, tax_registration_id=registration),
        buyer=replace(a_buyer(), vat_id=buyer),
        tax_representative=rep,
    )


SELLER, REP, BUYER = "FR44732829320", "FR40303265045", "DE123456789"


@pytest.mark.parametrize(
    ("category", "seller", "representative", "buyer", "fires"),
    [
        # BR-G-02: the seller's VAT identifier (BT-31) or its tax representative's (BT-63)
        (VatCategory.EXPORT, SELLER, "", "", False),
        (VatCategory.EXPORT, "", REP, "", False),
        (VatCategory.EXPORT, "", "", BUYER, True),
        (VatCategory.EXPORT, "", "", "", True),
        # BR-O-02: none of BT-31, BT-63 and BT-48
        (VatCategory.NOT_SUBJECT, "", "", "", False),
        (VatCategory.NOT_SUBJECT, SELLER, "", "", True),
        (VatCategory.NOT_SUBJECT, "", REP, "", True),
        (VatCategory.NOT_SUBJECT, "", "", BUYER, True),
    ],
)
def test_the_parties_rule_of_a_category(
    category: VatCategory, seller: str, representative: str, buyer: str, fires: bool
) -> None:
    rule = {VatCategory.EXPORT: "BR-G-02", VatCategory.NOT_SUBJECT: "BR-O-02"}[category]
    assert (rule in ids(_parties(category, seller, representative, buyer))) is fires


@pytest.mark.parametrize(
    ("seller", "registration", "representative", "fires"),
    [
        (SELLER, "", "", False),
        ("", "FR-TAX-1", "", False),
        ("", "", REP, False),
        ("", "", "", True),
    ],
)
def test_a_standard_rated_seller_holds_a_vat_identifier_a_tax_registration_or_a_representative(
    seller: str, registration: str, representative: str, fires: bool
) -> None:
    assert (
        "BR-S-02" in ids(_parties(VatCategory.STANDARD, seller, representative, BUYER, registration))
    ) is fires


def test_a_canary_islands_line_without_a_rate_is_refused_for_its_category_alone() -> None:
    from domain.rules import validate_invoice
    from tests.unit.domain.rules.helpers import with_line

    invoice = with_line(valid(1), 0, vat_category=VatCategory.CANARY, vat_rate=None)

    fr15 = [
        (f.rule_id, f.path, f.message) for f in validate_invoice(invoice) if f.rule_id.startswith("BR-FR-1")
    ]
    assert fr15 == [
        (
            "BR-FR-15_BT-95_BT-151",
            "BG-25[1]",
            "The VAT category code 'L' is not allowed in France (S, E, AE, K, G, O, Z).",
        ),
        (
            "BR-FR-15_BT-95_BT-151_LM",
            "BG-25[1]",
            "The VAT category code 'L' (Canary Islands, Ceuta and Melilla) does not apply in France.",
        ),
    ]


@pytest.mark.parametrize("field", ["line1", "line2", "line3", "city", "postcode", "subdivision", "country"])
def test_a_postal_address_with_any_one_of_its_parts_is_given(field: str) -> None:
    from domain.rules import validate_invoice

    only = Address(**{field: "X"})
    invoice = valid(1).evolve(
        seller=replace(a_seller(), address=only),
        buyer=replace(a_buyer(), address=only),
        tax_representative=TaxRepresentative("Rep", REP, only),
    )
    assert not {"BR-08", "BR-10", "BR-19"} & {f.rule_id for f in validate_invoice(invoice)}
