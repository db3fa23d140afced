"""Which rule sets judge a document: EN 16931, the French reform, or both.

Two conclusions, each over its own layers (`reform.md` §4):
- **EN 16931** (XSD + CEN schematron) judges a document whose BT-24 (CustomizationID) is EN 16931 itself or a CIUS
  declared *compliant* with it (`urn:cen.eu:en16931:2017#compliant#...`: Peppol BIS 3.0, XRechnung, Factur-X
  BASIC). An *extension* (`#conformant#`: EXTENDED-CTC-FR, Factur-X EXTENDED) may break CEN rules on purpose and
  is judged by its own profile schematron instead. When the French reform does not apply either, EN 16931 is the
  baseline every European e-invoice is held to, declared or not: a document is never judged by nothing.
- **French reform** (profile schematron + BR-FR Flux 2) judges an invoice the reform covers: a seller established in
  France, or a document meant for the French network (a BAR processing note, a buyer addressed in the French
  directory with scheme 0225, a French-only profile such as EXTENDED-CTC-FR).

`--rules en16931|fr` asks for one set whatever the document says; `auto` (the default) decides from the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from domain.identifiers import ADDRESS_SCHEME
from domain.invoice import EN16931_SPECIFICATION


class RuleSelection(str, Enum):
    AUTO = "auto"
    EN16931 = "en16931"
    FR = "fr"


@dataclass(frozen=True, slots=True)
class FrenchFacts:
    """What a document says about the reform's reach, each fact with the business term it comes from."""

    seller_country: str = ""  # BT-40
    seller_siren: bool = False  # BT-30 with scheme 0002
    bar_note: str = ""  # BT-22 with subject BAR
    buyer_address_scheme: str = ""  # BT-49-1
    french_profile: bool = False  # BT-24 names a French-only profile

    def reasons(self) -> list[str]:
        why = []
        if self.seller_country == "FR":
            why.append("the seller is in France (BT-40 = FR)")
        if self.seller_siren:
            why.append("the seller has a SIREN (BT-30, scheme 0002)")
        if self.bar_note:
            why.append(f"a BAR processing note ({self.bar_note}) routes it through the French network")
        if self.buyer_address_scheme == ADDRESS_SCHEME:
            why.append("the buyer is addressed in the French directory (BT-49 scheme 0225)")
        if self.french_profile:
            why.append("its profile (BT-24) exists only for the French reform")
        return why


@dataclass(frozen=True, slots=True)
class Scope:
    en16931: bool
    en16931_reason: str
    fr: bool
    fr_reason: str


def declares_en16931(specification_id: str) -> bool:
    """BT-24 is EN 16931 itself or a CIUS declared compliant with it; an extension (`#conformant#`, also of a
    CIUS: `...#compliant#<cius>#conformant#<extension>`) is not. Factur-X 1.0 wrote its BASIC
    `urn:cen.eu:en16931:2017:compliant:factur-x.eu:1p0:basic` (colons), as FNFE-MPE's examples still do."""
    spec = specification_id.strip()
    if spec == EN16931_SPECIFICATION:
        return True
    compliant = spec.startswith(
        (f"{EN16931_SPECIFICATION}#compliant#", f"{EN16931_SPECIFICATION}:compliant:")
    )
    return compliant and "#conformant#" not in spec and ":conformant:" not in spec


def decide_scope(
    specification_id: str,
    facts: FrenchFacts,
    selection: RuleSelection = RuleSelection.AUTO,
    *,
    french: bool | None = None,
) -> Scope:
    """`french` is what the caller knows better than the document: True for an invoice the gateway emits for a
    French company, False for one received from a supplier outside France (judged on EN 16931)."""
    declared = declares_en16931(specification_id)
    french_reasons = facts.reasons()
    if french is True:
        french_reasons = french_reasons or ["issued by a company registered in France"]
    elif french is False:
        french_reasons = []
    spec = specification_id or "(none)"
    if selection is RuleSelection.EN16931:
        return Scope(True, "asked for (--rules en16931)", False, "not asked for (--rules en16931)")
    if selection is RuleSelection.FR:
        return Scope(False, "not asked for (--rules fr)", True, "asked for (--rules fr)")
    if french_reasons:
        fr, fr_reason = True, "; ".join(french_reasons)
    else:
        fr, fr_reason = (
            False,
            "out of scope: the seller is not in France and nothing routes it to the French network",
        )
    if declared:
        en, en_reason = True, f"BT-24 {spec} is EN 16931 or a CIUS declared compliant with it"
    elif not fr:
        en, en_reason = True, f"BT-24 {spec} does not declare EN 16931, the baseline of a European e-invoice"
    else:
        en, en_reason = False, f"BT-24 {spec} is not EN 16931 or a compliant CIUS: judged on its own profile"
    return Scope(en, en_reason, fr, fr_reason)
