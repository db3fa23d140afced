"""Which rule sets judge a document, from its BT-24 and what it says about the French reform's reach."""

from __future__ import annotations

import pytest

from domain.validation_scope import FrenchFacts, RuleSelection, decide_scope, declares_en16931

CORE = "urn:cen.eu:en16931:2017"
PEPPOL = f"{CORE}#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
EXTENDED_CTC_FR = f"{CORE}#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr"
XRECHNUNG_EXTENSION = f"{CORE}#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0#conformant#urn:xeinkauf.de:kosit:extension:xrechnung_3.0"
FRENCH = FrenchFacts(seller_country="FR", seller_siren=True, bar_note="B2B")


@pytest.mark.parametrize(
    ("spec", "declared"),
    [
        (CORE, True),
        (PEPPOL, True),
        (f"{CORE}#compliant#urn:factur-x.eu:1p0:basic", True),
        # Factur-X 1.0's own notation (2017), still in FNFE-MPE's BASIC examples
        (f"{CORE}:compliant:factur-x.eu:1p0:basic", True),
        (f"{CORE}:conformant:factur-x.eu:1p0:extended", False),
        (f"{CORE}:compliant:factur-x.eu:1p0:basic:conformant:urn:an-extension", False),
        (f"{CORE}:compliantish", False),
        (EXTENDED_CTC_FR, False),
        (XRECHNUNG_EXTENSION, False),
        ("urn:factur-x.eu:1p0:basicwl", False),
        ("", False),
    ],
)
def test_en16931_is_declared_by_the_core_or_a_compliant_cius_not_by_an_extension(
    spec: str, declared: bool
) -> None:
    assert declares_en16931(spec) is declared


def test_a_french_en16931_invoice_is_judged_on_both() -> None:
    scope = decide_scope(CORE, FRENCH)
    assert (scope.en16931, scope.fr) == (True, True)
    assert "BT-40 = FR" in scope.fr_reason and "BAR" in scope.fr_reason


def test_a_french_extension_is_judged_on_the_french_rules_only() -> None:
    scope = decide_scope(EXTENDED_CTC_FR, FrenchFacts(french_profile=True))
    assert (scope.en16931, scope.fr) == (False, True)


def test_a_foreign_peppol_invoice_is_judged_on_en16931_only() -> None:
    scope = decide_scope(PEPPOL, FrenchFacts(seller_country="DE"))
    assert (scope.en16931, scope.fr) == (True, False)
    assert "out of scope" in scope.fr_reason


def test_a_foreign_document_declaring_nothing_is_still_judged_on_en16931() -> None:
    scope = decide_scope(XRECHNUNG_EXTENSION, FrenchFacts(seller_country="DE"))
    assert scope.en16931 and not scope.fr and "baseline" in scope.en16931_reason


@pytest.mark.parametrize(
    "facts",
    [
        FrenchFacts(seller_country="FR"),
        FrenchFacts(seller_siren=True),
        FrenchFacts(bar_note="B2BINT"),
        FrenchFacts(buyer_address_scheme="0225"),
        FrenchFacts(french_profile=True),
    ],
)
def test_each_sign_of_the_french_network_brings_the_french_rules(facts: FrenchFacts) -> None:
    assert decide_scope(PEPPOL, facts).fr


def test_the_caller_knows_better_than_the_document() -> None:
    assert decide_scope(CORE, FrenchFacts(), french=True).fr
    assert not decide_scope(CORE, FRENCH, french=False).fr  # a supplier outside France: EN 16931 only


@pytest.mark.parametrize(
    ("selection", "expected"), [(RuleSelection.EN16931, (True, False)), (RuleSelection.FR, (False, True))]
)
def test_asking_for_one_rule_set_judges_on_that_one_only(
    selection: RuleSelection, expected: tuple[bool, bool]
) -> None:
    for spec, facts in ((PEPPOL, FrenchFacts()), (EXTENDED_CTC_FR, FRENCH)):
        scope = decide_scope(spec, facts, selection)
        assert (scope.en16931, scope.fr) == expected


def test_a_report_is_valid_only_when_an_applicable_conclusion_exists_and_every_one_passed() -> None:
    from domain.findings import Conclusion, ValidationReport

    en_ok = Conclusion("en16931", True, "declared", ("xsd", "en16931"), passed=True)
    fr_failed = Conclusion("fr", True, "French seller", ("xsd", "en16931", "br-fr"), passed=False)
    fr_not_applicable = Conclusion("fr", False, "out of scope", ("xsd", "profile", "br-fr"))
    en_not_applicable = Conclusion("en16931", False, "extension", ("xsd", "en16931"))

    assert ValidationReport(conclusions=(en_ok, fr_not_applicable)).valid
    assert not ValidationReport(conclusions=(en_ok, fr_failed)).valid
    assert not ValidationReport(conclusions=(en_not_applicable, fr_not_applicable)).valid  # judged by nothing
    assert not ValidationReport(conclusions=(en_ok,), complete=False).valid
