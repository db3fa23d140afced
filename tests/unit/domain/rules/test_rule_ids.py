"""The rule an assertion id belongs to, across syntaxes (domain.rules.base_rule_id), for each form of id."""

from __future__ import annotations

import pytest

from domain.rules import base_rule_id


@pytest.mark.parametrize(
    ("rule_id", "base"),
    [
        ("BR-FR-05_BT-22_PMT", "BR-FR-05"),
        ("BR-FR-05_BT-22_PMT_2", "BR-FR-05"),
        ("BR-FR-32-LEGALID", "BR-FR-32"),
        ("BR-FR-32-GLOBALID", "BR-FR-32"),
        ("BR-FR-12-Value", "BR-FR-12"),
        ("BR-FR-12-VALUE", "BR-FR-12-VALUE"),  # the suffixes are matched as the official ids spell them
        ("BR-CO-10-LEGALID", "BR-CO-10-LEGALID"),  # only BR-FR ids carry those suffixes
        ("BR-CO-10", "BR-CO-10"),
    ],
)
def test_the_base_of_a_rule_id(rule_id: str, base: str) -> None:
    assert base_rule_id(rule_id) == base
