"""Public buyers (B2G): addressing by SIRET, no BAR note, and what the directory entry requires before sending."""

from __future__ import annotations

from dataclasses import replace

import pytest

from domain.b2g import directory_refusal
from domain.invoice import DocumentType, Identifier, ProcessingRule
from domain.platform import DirectoryEntry
from domain.rules import validate_invoice
from domain.totals import compute_totals
from tests.builders import STATE_BUYER_SIRET, a_b2g_invoice, a_state_buyer, an_invoice

ADDRESS = f"0009:{STATE_BUYER_SIRET}"


def fatal(invoice) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.rule_id for f in validate_invoice(compute_totals(invoice)) if f.is_fatal}


def public(**requires: bool) -> DirectoryEntry:
    return DirectoryEntry(
        ADDRESS, reachable=True, registered=True, public_entity=True, platform_id="9999", **requires
    )


def test_a_state_buyer_addressed_by_its_siret_passes_every_domain_rule() -> None:
    assert fatal(a_b2g_invoice()) == set()
    assert ProcessingRule.B2G.bar_value is None and ProcessingRule.B2G.is_sent_to_platform
    assert not ProcessingRule.B2G.is_e_reported


@pytest.mark.parametrize(
    ("address", "siren"),
    [
        (Identifier("110000007", "0225"), "110000007"),  # a SIREN address, not a SIRET
        (Identifier("11000000700011", "0009"), "110000007"),  # wrong SIRET key
        (Identifier("73282932000074", "0009"), "110000007"),  # another entity's SIRET
        (None, "110000007"),
    ],
)
def test_a_public_buyer_not_addressed_by_its_own_siret_is_pdp_b2g_address(address, siren) -> None:  # type: ignore[no-untyped-def]
    buyer = replace(a_state_buyer(), electronic_address=address, legal_registration=Identifier(siren, "0002"))
    assert "PDP-B2G-ADDRESS" in fatal(a_b2g_invoice(buyer=buyer))


def test_a_public_buyer_without_siren_is_pdp_b2g_siren() -> None:
    buyer = replace(a_state_buyer(), legal_registration=None)
    assert "PDP-B2G-SIREN" in fatal(a_b2g_invoice(buyer=buyer))


def test_no_bar_value_is_claimed_so_br_fr_20_and_21_stay_silent() -> None:
    found = fatal(a_b2g_invoice())
    assert not {r for r in found if r.startswith(("BR-FR-20", "BR-FR-21", "BR-FR-11"))}


def test_the_directory_decides_what_a_public_buyer_requires() -> None:
    without_engagement = a_b2g_invoice(purchase_order_reference="")
    without_service = a_b2g_invoice(buyer_reference="")
    with_neither = a_b2g_invoice(purchase_order_reference="", buyer_reference="")

    assert directory_refusal(a_b2g_invoice(), public(requires_engagement=True)) is None
    assert directory_refusal(without_engagement, public(requires_engagement=True))[0] == "PDP-B2G-ENGAGEMENT"
    assert directory_refusal(without_engagement, public()) is None
    assert directory_refusal(without_service, public(requires_service_code=True))[0] == "PDP-B2G-SERVICE-CODE"
    either = public(requires_engagement_or_service_code=True)
    assert directory_refusal(without_service, either) is None
    assert directory_refusal(with_neither, either)[0] == "PDP-B2G-ENGAGEMENT"


def test_b2g_and_b2b_must_agree_with_the_directory() -> None:
    private = DirectoryEntry(ADDRESS, reachable=True, registered=True)
    on_chorus_pro = DirectoryEntry(ADDRESS, reachable=True, registered=True, platform_id="9999")

    assert directory_refusal(a_b2g_invoice(), private)[0] == "PDP-B2G-ROUTING"
    assert directory_refusal(a_b2g_invoice(), on_chorus_pro) is None  # 9999 alone says public
    assert directory_refusal(an_invoice(), public())[0] == "PDP-B2G-ROUTING"
    assert directory_refusal(an_invoice(), private) is None
    # a self-billed document goes to the seller: a public buyer issuing it is not routed to Chorus Pro
    assert directory_refusal(an_invoice(type_code=DocumentType.SELF_BILLED_INVOICE), public()) is None


def test_each_directory_refusal_in_full() -> None:
    private = DirectoryEntry(ADDRESS, reachable=True, registered=True)
    cases = [
        (
            a_b2g_invoice(),
            private,
            (
                "PDP-B2G-ROUTING",
                f"the buyer {ADDRESS} is not a public entity in the directory (no Chorus Pro 9999 line): send it as B2B",
            ),
        ),
        (
            an_invoice(),
            public(),
            (
                "PDP-B2G-ROUTING",
                f"the buyer {ADDRESS} is a public entity (Chorus Pro, 9999): send it with processing rule B2G,"
                " addressed by its SIRET (scheme 0009)",
            ),
        ),
        (
            a_b2g_invoice(purchase_order_reference=" "),
            public(requires_engagement=True),
            (
                "PDP-B2G-ENGAGEMENT",
                f"the public buyer {ADDRESS} requires an engagement number (purchase order reference, BT-13)",
            ),
        ),
        (
            a_b2g_invoice(buyer_reference=" "),
            public(requires_service_code=True),
            (
                "PDP-B2G-SERVICE-CODE",
                f"the public buyer {ADDRESS} requires a service code (buyer reference, BT-10)",
            ),
        ),
        (
            a_b2g_invoice(),
            public(requires_service_code=True),
            None,
        ),  # its buyer reference is the service code
        (
            a_b2g_invoice(purchase_order_reference="", buyer_reference=""),
            public(requires_engagement_or_service_code=True),
            (
                "PDP-B2G-ENGAGEMENT",
                f"the public buyer {ADDRESS} requires an engagement number (BT-13) or a service code (BT-10)",
            ),
        ),
        (a_b2g_invoice(purchase_order_reference=""), public(requires_engagement_or_service_code=True), None),
    ]
    assert [directory_refusal(invoice, entry) for invoice, entry, _ in cases] == [
        want for _, _, want in cases
    ]
