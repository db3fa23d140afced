"""Differential test: the domain rules against the official validation layers, on faulty invoices.

Valid invoices (builders, document examples, a derandomized sample of the hypothesis strategy) receive each fault
of `tests.support.mutations`; the mutated model is rendered in CII (and UBL for the builder invoice) without
recomputing declared totals, then validated by the domain rules and by the official layers (XSD, CEN EN 16931,
BR-FR). A case agrees when both name the same set of fatal rules (base ids, `domain.rules.base_rule_id`); the
domain's own PDP-* rules have no official counterpart and are left out of the comparison.

What must hold:
- the domain never lets through what the platform would reject (official fatal => domain fatal);
- every disagreement is listed in KNOWN_DISAGREEMENTS with its reason; a new one fails the test;
- every listed disagreement still occurs (the allow-list cannot rot);
- the agreement rate stays at or above AGREEMENT_FLOOR.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from adapters.documents.api import render
from adapters.documents.validation import default_validator
from domain.document_formats import NotCarried
from domain.invoice import Identifier, Invoice, Item
from domain.rules import base_rule_id, validate_invoice
from domain.totals import compute_totals
from tests.builders import an_invoice
from tests.document_examples import ALL_SHAPES, annex_b_full
from tests.strategies import invoices
from tests.support.mutations import MUTATIONS, Mutation

Syntax = Literal["CII", "UBL"]
# Changes both sides must accept: BR-AE-02 takes the buyer SIREN (BT-47) instead of the buyer VAT id (BT-48); a
# no-break space is content for normalize-space(), so a name made of one is present (BR-07, BR-25).
CONTROLS = {"reverse_charge_without_buyer_vat", "buyer_name_nbsp", "item_name_nbsp"}
UBL_BASES = frozenset({"builder"})  # UBL for a subset: one base invoice, every fault
HYPOTHESIS_SAMPLE = 4

# Measured on this suite: 744/819 cases = 0.908 agree (53/63 mutations on every case), every disagreement
# being one of KNOWN_DISAGREEMENTS; 0.729 before the domain learnt the BR-CL code lists and stopped writing -0.00.
# The floor leaves room for a new mutation with a documented disagreement, not for a regression in the rules.
AGREEMENT_FLOOR = 0.88


@dataclass(frozen=True)
class Known:
    """A documented disagreement: ids only the domain reports, ids only the official layers report, and why.

    `occasional` ids (domain side) are allowed but need not occur: they depend on the amounts of the base invoice.
    """

    domain_only: frozenset[str]
    official_only: frozenset[str]
    occasional: frozenset[str]
    reason: str


def _known(domain_only: str = "", official_only: str = "", *, occasional: str = "", reason: str) -> Known:
    return Known(
        frozenset(domain_only.split()),
        frozenset(official_only.split()),
        frozenset(occasional.split()),
        reason,
    )


KNOWN_DISAGREEMENTS: dict[str, Known] = {
    # Tolerances: the CEN artefacts accept ±1 (currency unit) on BR-CO-17, BR-x-09 and the BR-x-08 taxable
    # amounts (except CII's BR-S-08, which is exact); the domain compares exactly to the cent (en16931.py).
    "line_net_plus_cent": _known(
        "BR-S-08 BR-AE-08 BR-E-08",
        reason="±1 tolerance on BR-x-08 (UBL BR-S-08, every other category in both syntaxes)",
    ),
    "vat_amount_rounding": _known("BR-CO-17 BR-S-09", reason="±1 tolerance on BR-CO-17 and BR-S-09"),
    "taxable_amount_plus_euro": _known(
        "BR-CO-17 BR-S-09",
        reason="±1 tolerance on BR-CO-17 and BR-S-09: BT-117 stays within 1 of BT-116 × rate",
    ),
    # Rule contexts that the rendered document does not trigger.
    "breakdown_missing": _known(
        "BR-CO-14 BR-S-01",
        reason="without BG-23, CII's BR-S-01 counts S lines and breakdowns together (>= 2 passes with two S "
        "lines) and UBL's BR-CO-14 is skipped when there is no TaxSubtotal; the domain checks both on the model",
    ),
    # The renderers normalise what they write, so the fault never reaches the document.
    "allowance_three_decimals": _known(
        "BR-DEC-01 BR-FR-DEC-01",
        "PDP-NOT-CARRIED",
        occasional="BR-CO-17 BR-S-09",
        reason="the writers write amounts with 2 decimals and refuse one that rounding would change (1.005: "
        "PDP-NOT-CARRIED), so there is no document to judge; the domain's exact BR-CO-17 also sees BT-117 "
        "computed from the unrounded base",
    ),
    "vat_rate_three_decimals": _known(
        "BR-FR-16 BR-FR-DEC-04",
        reason="the renderers write rates canonically (20.000 -> 20); the domain reads the rate as the model holds it",
    ),
    "payment_means_missing": _known(
        "BR-49",
        "BR-CL-16 PDP-NOT-CARRIED",
        reason="UBL's renderer writes an empty payment means TypeCode: the artefacts see a present but invalid code "
        "(BR-CL-16) where the model has none (BR-49); CII's refuses to write an instruction without its code that "
        "gives an account (PDP-NOT-CARRIED: it dropped the instruction, IBAN and all)",
    ),
    # Ids of the UBL BR-FR schematron that differ from the CII one the domain follows (br_fr.py docstring).
    "number_bad_characters": _known(
        official_only="BR-FR-01", reason="UBL checks BT-1's characters under BR-FR-01_BT-1-2 (CII: BR-FR-02)"
    ),
    "preceding_number_bad_characters": _known(
        official_only="BR-FR-01",
        reason="UBL checks BT-25's characters under BR-FR-01_BT-25-2 (CII: BR-FR-02)",
    ),
    "canary_category": _known(
        official_only="BR-FR-08",
        reason="UBL refuses categories L and M under BR-FR-08_BT-151-2 (message: BR-FR-15)",
    ),
}


# ------------------------------------------------------------------------------------------------- base invoices
def _annex_b_full_both_ways() -> Invoice:
    """Annex B's full example without the private identifiers without scheme, which CII writes as ram:ID (not
    read by BR-FR-CO-10) but UBL refuses: the domain applies UBL's reading so one invoice suits both syntaxes."""
    invoice = annex_b_full()
    seller = replace(invoice.seller, identifiers=tuple(i for i in invoice.seller.identifiers if i.scheme))
    delivery = invoice.delivery and replace(invoice.delivery, location=None)
    # PDP-IC-BUYER-VAT: an intra-community supply goes to a buyer identified for VAT in another member state.
    buyer = replace(invoice.buyer, vat_id="BE0477472701")
    return invoice.evolve(seller=seller, delivery=delivery, buyer=buyer)


def _hypothesis_sample(size: int) -> list[Invoice]:
    """The first `size` invoices of the strategy, derandomized and without database. Derandomizing makes the
    sample repeatable for one pytest selection, but Hypothesis may draw other invoices when other tests ran first
    in the session: hence per-mutation allow-listing and `occasional` ids rather than per-case expectations."""
    drawn: list[Invoice] = []

    @settings(
        max_examples=size,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        deadline=None,
    )
    @given(invoices())
    def collect(invoice: Invoice) -> None:
        drawn.append(compute_totals(invoice))

    collect()
    return drawn[:size]


def base_invoices() -> dict[str, Invoice]:
    bases: dict[str, Invoice] = {"builder": compute_totals(an_invoice(lines=3))}
    shapes: dict[str, Callable[[], Invoice]] = {**ALL_SHAPES, "annex_b_full": _annex_b_full_both_ways}
    bases.update({name: make() for name, make in shapes.items()})
    bases.update({f"hypothesis_{i}": inv for i, inv in enumerate(_hypothesis_sample(HYPOTHESIS_SAMPLE))})
    return bases


# ------------------------------------------------------------------------------------------------- comparison
def domain_fatal(invoice: Invoice) -> frozenset[str]:
    return frozenset(base_rule_id(f.rule_id) for f in validate_invoice(invoice) if f.is_fatal)


def official_fatal(invoice: Invoice, syntax: Syntax) -> frozenset[str]:
    try:
        document = render(invoice, syntax).content
    except NotCarried as refused:  # no document to judge: the writer refuses what its syntax would lose
        return frozenset({refused.rule_id})
    report = default_validator().validate(document, syntax=syntax)
    assert report.complete, report.errors  # a layer that could not run measures nothing
    return frozenset(base_rule_id(f.rule_id) for f in report.fatal)


def _comparable(ids: frozenset[str]) -> frozenset[str]:
    return frozenset(i for i in ids if not i.startswith("PDP-"))


@dataclass(frozen=True)
class Case:
    mutation: str
    base: str
    syntax: Syntax
    domain: frozenset[str]
    official: frozenset[str]

    @property
    def domain_only(self) -> frozenset[str]:
        return _comparable(self.domain) - self.official

    @property
    def official_only(self) -> frozenset[str]:
        return self.official - _comparable(self.domain)

    @property
    def agrees(self) -> bool:
        return not self.domain_only and not self.official_only

    @property
    def known(self) -> bool:
        k = KNOWN_DISAGREEMENTS.get(self.mutation)
        return (
            k is not None
            and self.domain_only <= k.domain_only | k.occasional
            and self.official_only <= k.official_only
        )


def run_case(mutation: Mutation, base_name: str, base: Invoice, syntax: Syntax) -> Case:
    mutated = mutation(base)
    return Case(mutation.name, base_name, syntax, domain_fatal(mutated), official_fatal(mutated, syntax))


def agreement_table(cases: list[Case]) -> str:
    rows = [f"{'mutation':34} {'base':28} {'syn':3}  {'agree':5}  domain ids | official ids"]
    for c in cases:
        verdict = "yes" if c.agrees else ("known" if c.known else "NO")
        rows.append(
            f"{c.mutation:34} {c.base:28} {c.syntax:3}  {verdict:5}  "
            f"{' '.join(sorted(c.domain)) or '-'} | {' '.join(sorted(c.official)) or '-'}"
        )
    return "\n".join(rows)


def agreement_rate(cases: list[Case]) -> float:
    return sum(c.agrees for c in cases) / len(cases)


# ------------------------------------------------------------------------------------------------- tests
@pytest.fixture(scope="module")
def bases() -> dict[str, Invoice]:
    return base_invoices()


@pytest.fixture(scope="module")
def cases(bases: dict[str, Invoice]) -> list[Case]:
    out = []
    for mutation in MUTATIONS:
        for name, base in bases.items():
            for syntax in ("CII", "UBL") if name in UBL_BASES else ("CII",):
                out.append(run_case(mutation, name, base, syntax))
    return out


def test_there_are_enough_faults_with_unique_names() -> None:
    names = [m.name for m in MUTATIONS]
    assert len(names) >= 30 and len(set(names)) == len(names)


@pytest.mark.parametrize("syntax", ["CII", "UBL"])
def test_base_invoices_are_valid_for_both(bases: dict[str, Invoice], syntax: Syntax) -> None:
    failing = {
        name: (domain_fatal(inv), official_fatal(inv, syntax))
        for name, inv in bases.items()
        if domain_fatal(inv) or official_fatal(inv, syntax)
    }
    assert failing == {}


def test_every_fault_is_fatal_somewhere(cases: list[Case]) -> None:
    """A mutation neither side rejects tests nothing, unless it is one of the CONTROLS."""
    harmless = {m.name for m in MUTATIONS} - {c.mutation for c in cases if c.domain or c.official}
    assert harmless == CONTROLS


def test_domain_never_lets_through_what_the_platform_rejects(cases: list[Case]) -> None:
    let_through = [c for c in cases if c.official and not c.domain]
    assert let_through == [], agreement_table(let_through)


def test_every_disagreement_is_known(cases: list[Case]) -> None:
    new = [c for c in cases if not c.agrees and not c.known]
    assert new == [], "new disagreements:\n" + agreement_table(new)


def test_known_disagreements_still_occur(cases: list[Case]) -> None:
    seen_domain: dict[str, set[str]] = {name: set() for name in KNOWN_DISAGREEMENTS}
    seen_official: dict[str, set[str]] = {name: set() for name in KNOWN_DISAGREEMENTS}
    for c in cases:
        if c.mutation in KNOWN_DISAGREEMENTS:
            seen_domain[c.mutation] |= c.domain_only
            seen_official[c.mutation] |= c.official_only
    stale = {
        name: (k.domain_only - seen_domain[name], k.official_only - seen_official[name])
        for name, k in KNOWN_DISAGREEMENTS.items()
        if k.domain_only - seen_domain[name] or k.official_only - seen_official[name]
    }
    assert stale == {}


def test_agreement_rate_is_at_least_the_floor(cases: list[Case]) -> None:
    """The table of every case is shown only when the floor is missed (make test stays quiet otherwise)."""
    rate = agreement_rate(cases)
    per_mutation = {m.name: all(c.agrees for c in cases if c.mutation == m.name) for m in MUTATIONS}
    mutation_rate = sum(per_mutation.values()) / len(per_mutation)
    summary = (
        f"agreement: {sum(c.agrees for c in cases)}/{len(cases)} cases = {rate:.3f}; "
        f"{sum(per_mutation.values())}/{len(per_mutation)} mutations agree on every case = {mutation_rate:.3f}"
    )
    assert rate >= AGREEMENT_FLOOR, agreement_table(cases) + "\n" + summary


# An item identifier or classification without its scheme: schema-valid in both syntaxes, refused by BR-64 / BR-65
# in every official layer. The domain must refuse it at Validate under the same rule, not leave it to the pipeline.
SCHEMELESS_ITEMS: dict[str, tuple[str, Item]] = {
    "BT-157 without scheme": ("BR-64", Item("Vis", standard_id=Identifier("3760123450001", ""))),
    "BT-158 without scheme": ("BR-65", Item("Vis", classifications=(Identifier("31162000", ""),))),
}


@pytest.mark.parametrize("syntax", ["CII", "UBL"])
@pytest.mark.parametrize("fault", sorted(SCHEMELESS_ITEMS))
def test_an_item_identifier_without_scheme_gets_the_same_verdict_early_and_late(
    fault: str, syntax: Syntax
) -> None:
    rule_id, item = SCHEMELESS_ITEMS[fault]
    base = compute_totals(an_invoice(lines=2))
    invoice = base.evolve(lines=(replace(base.lines[0], item=item), *base.lines[1:]))
    official = official_fatal(invoice, syntax)
    assert domain_fatal(invoice) == {rule_id}
    # CII-SR-046 is the CII syntax's own word for the missing schemeID: no business rule for the domain to hold
    assert rule_id in official and official - {rule_id} <= {"CII-SR-046"}


def test_an_item_attribute_without_name_gets_the_same_verdict_early_and_late() -> None:
    """BR-FR-27: the CII writer writes BT-160 even when blank, and the French layer refuses it (the UBL one does
    not look): the domain refuses it at Validate, as the CII pipeline would."""
    base = compute_totals(an_invoice(lines=2))
    item = Item("Vis", attributes=(("Couleur", "rouge"), (" ", "M")))
    invoice = base.evolve(lines=(replace(base.lines[0], item=item), *base.lines[1:]))
    assert domain_fatal(invoice) == official_fatal(invoice, "CII") == {"BR-FR-27"}
