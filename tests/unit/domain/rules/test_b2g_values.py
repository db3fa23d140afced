"""The findings of the public-buyer rules (domain.rules.b2g), whole: rule, severity, path and message."""

from __future__ import annotations

from dataclasses import replace

import pytest

from domain.findings import Severity
from domain.invoice import Identifier
from domain.rules import validate_invoice
from domain.totals import compute_totals
from tests.builders import STATE_BUYER_SIRET, a_b2g_invoice, a_state_buyer

SIREN = STATE_BUYER_SIRET[:9]
ADDRESS_RULE = (
    "A public buyer (B2G) is addressed by its SIRET: the Buyer electronic address (BT-49) uses scheme "
    "0009 and holds 14 digits with a valid key; found "
)
NO_SIREN = (
    "PDP-B2G-SIREN",
    Severity.FATAL,
    "BG-7/BT-47",
    "A public buyer (B2G) is identified by its SIREN (BT-47, scheme 0002).",
)


def b2g_findings(address: Identifier | None, siren: str | None) -> list[tuple[str, Severity, str, str]]:
    registration = Identifier(siren, "0002") if siren else None
    buyer = replace(a_state_buyer(), electronic_address=address, legal_registration=registration)
    found = validate_invoice(compute_totals(a_b2g_invoice(buyer=buyer)))
    return [(f.rule_id, f.severity, f.path, f.message) for f in found if f.rule_id.startswith("PDP-B2G")]


@pytest.mark.parametrize(
    ("address", "siren", "expected"),
    [
        (Identifier(STATE_BUYER_SIRET, "0009"), SIREN, []),
        (
            Identifier(SIREN, "0225"),
            SIREN,
            [("PDP-B2G-ADDRESS", Severity.FATAL, "BG-7/BT-49", ADDRESS_RULE + f"0225:'{SIREN}'.")],
        ),
        (
            Identifier("11000000700011", "0009"),
            SIREN,
            [("PDP-B2G-ADDRESS", Severity.FATAL, "BG-7/BT-49", ADDRESS_RULE + "0009:'11000000700011'.")],
        ),
        (None, SIREN, [("PDP-B2G-ADDRESS", Severity.FATAL, "BG-7/BT-49", ADDRESS_RULE + "''.")]),
        (
            Identifier("73282932000074", "0009"),
            SIREN,
            [
                (
                    "PDP-B2G-ADDRESS",
                    Severity.FATAL,
                    "BG-7/BT-49",
                    f"The buyer's SIRET (BT-49) '73282932000074' does not start with its SIREN (BT-47) '{SIREN}'.",
                )
            ],
        ),
        (Identifier(STATE_BUYER_SIRET, "0009"), None, [NO_SIREN]),
        (None, None, [NO_SIREN, ("PDP-B2G-ADDRESS", Severity.FATAL, "BG-7/BT-49", ADDRESS_RULE + "''.")]),
    ],
)
def test_each_public_buyer_fault_gives_exactly_its_findings(
    address: Identifier | None, siren: str | None, expected: list[tuple[str, Severity, str, str]]
) -> None:
    assert b2g_findings(address, siren) == expected
