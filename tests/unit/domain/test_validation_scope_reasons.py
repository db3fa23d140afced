"""decide_scope's verdicts with their reasons, exactly: the reasons are printed to whoever validates a document."""

from __future__ import annotations

import pytest

from domain.validation_scope import FrenchFacts, RuleSelection, Scope, decide_scope

CORE = "urn:cen.eu:en16931:2017"
EXTENDED = "urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr"
ALL_FACTS = FrenchFacts("FR", True, "B2B", "0225", True)


def test_every_french_fact_is_a_reason_in_order() -> None:
    assert ALL_FACTS.reasons() == [
        "the seller is in France (BT-40 = FR)",
        "the seller has a SIREN (BT-30, scheme 0002)",
        "a BAR processing note (B2B) routes it through the French network",
        "the buyer is addressed in the French directory (BT-49 scheme 0225)",
        "its profile (BT-24) exists only for the French reform",
    ]
    assert FrenchFacts("DE", False, "", "0088", False).reasons() == []


@pytest.mark.parametrize(
    ("spec", "facts", "selection", "french", "scope"),
    [
        (
            CORE,
            ALL_FACTS,
            RuleSelection.EN16931,
            None,
            Scope(True, "asked for (--rules en16931)", False, "not asked for (--rules en16931)"),
        ),
        (
            CORE,
            FrenchFacts(),
            RuleSelection.FR,
            None,
            Scope(False, "not asked for (--rules fr)", True, "asked for (--rules fr)"),
        ),
        (
            CORE,
            FrenchFacts("FR", True),
            RuleSelection.AUTO,
            None,
            Scope(
                True,
                f"BT-24 {CORE} is EN 16931 or a CIUS declared compliant with it",
                True,
                "the seller is in France (BT-40 = FR); the seller has a SIREN (BT-30, scheme 0002)",
            ),
        ),
        (
            "",
            FrenchFacts(),
            RuleSelection.AUTO,
            True,
            Scope(
                False,
                "BT-24 (none) is not EN 16931 or a compliant CIUS: judged on its own profile",
                True,
                "issued by a company registered in France",
            ),
        ),
        (
            EXTENDED,
            FrenchFacts("FR"),
            RuleSelection.AUTO,
            False,
            Scope(
                True,
                f"BT-24 {EXTENDED} does not declare EN 16931, the baseline of a European e-invoice",
                False,
                "out of scope: the seller is not in France and nothing routes it to the French network",
            ),
        ),
    ],
)
def test_each_verdict_with_its_reasons(
    spec: str, facts: FrenchFacts, selection: RuleSelection, french: bool | None, scope: Scope
) -> None:
    assert decide_scope(spec, facts, selection, french=french) == scope
