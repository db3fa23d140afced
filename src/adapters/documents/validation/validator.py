"""The official validation layers, in the order of reform.md §4, run on document bytes.

Invoice (CII / UBL):  XSD -> profile schematron (CEN EN 16931 or EXTENDED-CTC-FR) -> BR-FR Flux 2 (French seller).
Factur-X XML:         profile XSD -> profile schematron -> BR-FR Flux 2 CII (French seller); the profile
                      schematron is CEN EN 16931 CII for EN16931, the Factur-X one for BASIC WL and EXTENDED.
CDAR:                 XSD -> BR-FR-CDV.
Flux 10 (e-reporting): XSD -> Flux10 schematron (Annexe 7 v1.8).

Why Factur-X EN16931 runs the CEN CII schematron (reform.md §4 allows "CEN EN16931 ... or the Factur-X profile
schematron"): the Factur-X EN16931 XSLT is the CEN EN 16931 rule set bound to CII plus Factur-X profile
rules, and costs about 10x the CEN XSLT per document. What it adds is already checked here:
- its EN 16931 business rules (BR-xx, BR-CO-xx, BR-S/Z/E/AE/IC/G/O/AF/AG-xx, BR-DEC-xx...) are exactly the
  CEN CII XSLT's, by id;
- its FX-SCH-A-* rules are cardinalities, which the Factur-X EN16931 XSD (first layer, kept) enforces but for
  a few "element variant" counts (one VA and one FC tax registration per party at most), and code lists,
  which are the CEN BR-CL-xx lists (the CEN release is the newer one: a few codes differ) or single values
  (date format 102, tax type VAT) that the CEN CII-DT/CII-SR syntax rules check, some only as warnings;
- BT-24 must announce EN16931, which is how this layer set is chosen in the first place.
The CEN XSLT also brings the CII syntax rules the Factur-X one lacks. The comparison lives in a test
(tests/.../validation/test_facturx_en16931_rule_sets.py) that fails when an artifact update breaks it. Reports
name the artifacts actually run: Factur-X_EN16931.xsd, EN16931-CII-validation.xslt and
BR-FR-Flux2-Schematron-CII.xslt.

Scope (`assess`, what the CLI, the pipeline and reception use): the document's BT-24 and parties decide which rule
sets judge it (`domain.validation_scope`): EN 16931 (XSD + CEN) and/or the French reform (XSD + profile schematron
+ BR-FR). Only their layers run; the report gives each layer's verdict and both conclusions, and a profile the
reform does not accept fails the French conclusion without hiding the EN 16931 one. `validate` and
`validate_facturx_xml` run the layers of a profile the caller names (what tests of one artifact need).

Every layer runs even when an earlier one failed, so one report lists everything to fix. A layer that cannot run
(artifact missing or altered, processor error) makes the report incomplete, hence never valid (fail closed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from lxml import etree

from adapters.documents.validation.artifacts import (
    VENDORED_ARTIFACTS,
    WHEEL_ARTIFACTS,
    ArtifactCatalog,
    ArtifactUnavailable,
)
from adapters.documents.validation.detect import (
    CDAR_NS,
    CII_NS,
    NOT_STATED_PROFILE,
    UBL_CREDITNOTE_NS,
    UBL_INVOICE_NS,
    UNKNOWN_PROFILE,
    Syntax,
    UnrecognisedDocument,
    kind_of_root,
)
from adapters.documents.validation.engine import SAFE_PARSER, LayerFailed, engine
from adapters.documents.validation.scope_facts import french_facts
from adapters.documents.validation.svrl import findings_from_svrl
from domain.findings import Conclusion, Finding, LayerVerdict, Severity, ValidationReport
from domain.validation_scope import RuleSelection, Scope, decide_scope

LayerName = Literal[
    "xsd", "en16931", "extended-ctc-fr", "facturx-profile", "profile", "br-fr", "br-fr-cdv", "flux10"
]

INVOICE_PROFILES = ("EN16931", "EXTENDED-CTC-FR")
FACTURX_PROFILES = ("BASICWL", "EN16931", "EXTENDED")  # MINIMUM and BASIC are not accepted (reform.md §3)

_EXPECTED_ROOTS: dict[str, tuple[str, ...]] = {
    "CII": (f"{{{CII_NS}}}CrossIndustryInvoice",),
    "UBL": (f"{{{UBL_INVOICE_NS}}}Invoice", f"{{{UBL_CREDITNOTE_NS}}}CreditNote"),
    "CDAR": (f"{{{CDAR_NS}}}CrossDomainAcknowledgementAndResponse",),
    "FRR": ("Report",),  # the flux 10 schemas have no target namespace
}
_EXPECTED_ROOTS["INVOICE"] = _EXPECTED_ROOTS["CII"] + _EXPECTED_ROOTS["UBL"]  # what `assess` reads


@dataclass(frozen=True, slots=True)
class Layer:
    name: LayerName
    artifact: str  # key in ArtifactCatalog


@dataclass(frozen=True, slots=True)
class RuleSet:
    """One conclusion to draw: which rules, whether they apply (and why), over which layers."""

    rules: str  # "en16931" or "fr"
    applies: bool
    reason: str
    layers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Plan:
    """The layers to run on one document, findings known before any runs (a profile the reform refuses), and the
    conclusions to draw from them."""

    layers: list[Layer]
    rule_sets: tuple[RuleSet, ...]
    known: tuple[Finding, ...] = ()


def _invoice_xsd(syntax: str, root_tag: str) -> str:
    """The schema of a CII or UBL document (UBL: an Invoice's or a CreditNote's, by its root element)."""
    if syntax == "UBL":
        return "xsd-ubl-creditnote" if root_tag.endswith("}CreditNote") else "xsd-ubl-invoice"
    return "xsd-cii-d22b"


def invoice_layers(
    syntax: Literal["CII", "UBL"], profile: str, french_seller: bool, root_tag: str
) -> list[Layer]:
    low = syntax.lower()
    layers = [Layer("xsd", _invoice_xsd(syntax, root_tag))]
    if profile == "EXTENDED-CTC-FR":
        layers.append(Layer("extended-ctc-fr", f"xslt-extended-ctc-fr-{low}"))
    else:
        layers.append(Layer("en16931", f"xslt-en16931-{low}"))
    if french_seller:
        layers.append(Layer("br-fr", f"xslt-br-fr-{low}"))
    return layers


def facturx_layers(profile: str, french_seller: bool) -> list[Layer]:
    low = profile.lower()
    # EN16931: the CEN CII schematron holds the same EN 16931 rules as the Factur-X one (module docstring).
    if profile == "EN16931":
        rules = Layer("en16931", "xslt-en16931-cii")
    else:
        rules = Layer("facturx-profile", f"xslt-facturx-{low}")
    layers = [Layer("xsd", f"xsd-facturx-{low}"), rules]
    if french_seller:
        layers.append(Layer("br-fr", "xslt-br-fr-cii"))
    return layers


CDAR_LAYERS = [Layer("xsd", "xsd-cdar"), Layer("br-fr-cdv", "xslt-br-fr-cdv")]
FLUX10_LAYERS = [Layer("xsd", "xsd-flux10"), Layer("flux10", "xslt-flux10")]


class OfficialValidator:
    """Runs the official artifacts on document bytes.

    Holds only the artifact catalog (paths + versions): it pickles to process-pool workers, where the compiled
    stylesheets live in the per-process engine (`engine.py`).
    """

    def __init__(self, *, facturx_root: Path | None = None, vendored_root: Path | None = None) -> None:
        self.catalog = ArtifactCatalog(facturx_root=facturx_root, vendored_root=vendored_root)

    def validate(
        self, xml: bytes, *, syntax: Syntax, profile: str = "EN16931", french_seller: bool = True
    ) -> ValidationReport:
        """CII/UBL invoices (EN16931, EXTENDED-CTC-FR; CII also takes the Factur-X profiles) and CDAR messages."""
        if syntax == "CDAR":
            return self._run(xml, "CDAR", lambda _root: Plan(CDAR_LAYERS, ()))
        if syntax == "CII" and profile in FACTURX_PROFILES and profile != "EN16931":
            return self.validate_facturx_xml(xml, profile=profile, french_seller=french_seller)
        if syntax not in ("CII", "UBL"):
            raise ValueError(f"unknown syntax {syntax!r}: expected CII, UBL or CDAR")
        if profile not in INVOICE_PROFILES:
            return _profile_not_accepted(profile, f"{syntax} invoices: {', '.join(INVOICE_PROFILES)}")
        return self._run(
            xml,
            syntax,
            lambda root: _named(invoice_layers(syntax, profile, french_seller, root.tag), french_seller),
        )

    def validate_flux10(self, xml: bytes) -> ValidationReport:
        """An e-reporting flux 10 document (what an FRR flow carries): DGFiP XSD, then the Flux10 schematron."""
        return self._run(xml, "FRR", lambda _root: Plan(FLUX10_LAYERS, ()))

    def validate_facturx_xml(
        self, xml: bytes, *, profile: str | None = None, french_seller: bool = True
    ) -> ValidationReport:
        """The CII XML of a Factur-X PDF; the profile defaults to the one the document declares in BT-24."""
        if profile is None:
            try:
                profile = kind_of_root(etree.fromstring(xml, SAFE_PARSER)).profile
            except etree.XMLSyntaxError as exc:
                return _not_parsable(f"not well-formed XML: {exc}")
            except UnrecognisedDocument as exc:
                return _not_parsable(str(exc))
        if profile not in FACTURX_PROFILES:
            return _profile_not_accepted(profile, f"Factur-X: {', '.join(FACTURX_PROFILES)}")
        return self._run(
            xml, "CII", lambda _root: _named(facturx_layers(profile, french_seller), french_seller)
        )

    def assess(
        self,
        xml: bytes,
        *,
        facturx: bool = False,
        rules: RuleSelection | str = RuleSelection.AUTO,
        french: bool | None = None,
    ) -> ValidationReport:
        """A CII or UBL invoice (or the CII XML of a Factur-X), judged by the rule sets its BT-24 and parties call
        for (`domain.validation_scope`); `french` overrides what the document says about the French reform's reach
        (True for what the gateway emits), `rules` asks for one rule set."""
        selection = RuleSelection(rules)

        def plan(root: etree._Element) -> Plan:
            kind = kind_of_root(root)
            scope = decide_scope(kind.specification_id, french_facts(root), selection, french=french)
            return _scoped_plan(kind.syntax, kind.profile, root.tag, facturx, scope, kind.specification_id)

        return self._run(xml, "CII" if facturx else "INVOICE", plan)

    def warm_up(self) -> None:
        """Load and compile every artifact now (e.g. in a process-pool initializer) instead of on first use."""
        runtime = engine()
        for key in (*WHEEL_ARTIFACTS, *VENDORED_ARTIFACTS):
            try:
                artifact = self.catalog.resolve(key)
                if artifact.kind == "xsd":
                    runtime.load_schema(artifact.path)
                else:
                    runtime.compile_stylesheet(artifact.path)
            except (ArtifactUnavailable, LayerFailed):
                continue  # reported, layer by layer, by the validations that need it

    def _run(
        self,
        xml: bytes,
        syntax: Syntax | Literal["INVOICE", "FRR"],
        layers_for: Callable[[etree._Element], Plan],
    ) -> ValidationReport:
        try:
            document = etree.ElementTree(etree.fromstring(xml, SAFE_PARSER))
        except etree.XMLSyntaxError as exc:
            return _not_parsable(f"not well-formed XML: {exc}")
        root = document.getroot()
        if document.docinfo.doctype:
            return _not_parsable("a DOCTYPE declaration is not allowed in an invoice or CDAR message")
        if root.tag not in _EXPECTED_ROOTS[syntax]:
            return _not_parsable(f"root element {root.tag} is not a {syntax} document")

        plan = layers_for(root)
        runtime = engine()
        findings: list[Finding] = list(plan.known)
        artifacts: list[tuple[str, str]] = []
        errors: list[str] = []
        verdicts: dict[str, LayerVerdict] = {
            f.layer: LayerVerdict(f.layer, ran=True, fatal=1) for f in plan.known if f.is_fatal
        }
        node: Any = None
        for layer in plan.layers:
            found: list[Finding] = []
            try:
                artifact = self.catalog.resolve(layer.artifact)
                if artifact.kind == "xsd":
                    found = _xsd_findings(runtime.schema_errors(artifact.path, document))
                else:
                    if node is None:
                        # Parsed once for every stylesheet. Root element only: comments/PIs outside it carry
                        # nothing the rules read.
                        node = runtime.parse(etree.tostring(root, encoding="unicode"))
                    found = findings_from_svrl(runtime.transform(artifact.path, node), layer.name)
                artifacts.append((artifact.name, artifact.version))
                verdicts[layer.name] = LayerVerdict(
                    layer.name,
                    f"{artifact.name} {artifact.version}",
                    ran=True,
                    fatal=sum(1 for f in found if f.is_fatal),
                    warnings=sum(1 for f in found if not f.is_fatal),
                )
                findings.extend(found)
            except Exception as exc:  # noqa: BLE001 - whatever stops a layer, the document is not validated
                errors.append(f"layer {layer.name} could not run: {exc}")
                verdicts[layer.name] = LayerVerdict(layer.name, layer.artifact, ran=False)
        return ValidationReport(
            findings=tuple(findings),
            artifacts=tuple(artifacts),
            complete=not errors,
            errors=tuple(errors),
            layers=tuple(verdicts.values()),
            conclusions=tuple(_conclude(rule_set, verdicts) for rule_set in plan.rule_sets),
        )


def _conclude(rule_set: RuleSet, verdicts: dict[str, LayerVerdict]) -> Conclusion:
    # a layer of the set that is absent from the run never ran: fail closed
    passed = rule_set.applies and all(name in verdicts and verdicts[name].passed for name in rule_set.layers)
    return Conclusion(rule_set.rules, rule_set.applies, rule_set.reason, rule_set.layers, passed)


def _named(layers: list[Layer], french_seller: bool) -> Plan:
    """The conclusions of layers a caller chose: EN 16931 when the CEN layer runs, French when BR-FR runs or the
    profile is judged by a schematron of its own (an extension or a Factur-X profile)."""
    names = tuple(layer.name for layer in layers)
    profile_layer = names[1]
    rule_sets = []
    if "en16931" in names:
        rule_sets.append(RuleSet("en16931", True, "the EN 16931 profile was asked for", ("xsd", "en16931")))
    if french_seller or profile_layer != "en16931":
        fr_layers = ("xsd", profile_layer, "br-fr") if french_seller else ("xsd", profile_layer)
        rule_sets.append(RuleSet("fr", True, "asked for by the caller", fr_layers))
    return Plan(layers, tuple(rule_sets))


def _scoped_plan(
    syntax: Syntax, profile: str, root_tag: str, facturx: bool, scope: Scope, specification: str = ""
) -> Plan:
    """The layers of the rule sets that apply: XSD once, CEN once (it is also the profile schematron of an
    EN 16931 document), the profile schematron, BR-FR."""
    low = "ubl" if syntax == "UBL" else "cii"
    if facturx:
        xsd = f"xsd-facturx-{profile.lower()}" if profile in FACTURX_PROFILES else "xsd-cii-d22b"
    else:
        xsd = _invoice_xsd(syntax, root_tag)
    layers = [Layer("xsd", xsd)]
    known: list[Finding] = []
    rule_sets: list[RuleSet] = []
    profile_layer: LayerName
    cen = Layer("en16931", f"xslt-en16931-{low}")
    if scope.en16931:
        layers.append(cen)
    rule_sets.append(RuleSet("en16931", scope.en16931, scope.en16931_reason, ("xsd", "en16931")))
    profile_layer = "profile"
    if scope.fr:
        accepted = FACTURX_PROFILES if facturx else INVOICE_PROFILES
        if profile not in accepted:
            which = (
                f"Factur-X: {', '.join(FACTURX_PROFILES)}"
                if facturx
                else f"{syntax} invoices: {', '.join(INVOICE_PROFILES)}"
            )
            known.append(_profile_refusal(profile, which, specification))
        elif profile == "EN16931":
            profile_layer = "en16931"
            if not scope.en16931:
                layers.append(cen)
        elif profile == "EXTENDED-CTC-FR":
            profile_layer = "extended-ctc-fr"
            layers.append(Layer(profile_layer, f"xslt-extended-ctc-fr-{low}"))
        else:
            profile_layer = "facturx-profile"
            layers.append(Layer(profile_layer, f"xslt-facturx-{profile.lower()}"))
        layers.append(Layer("br-fr", f"xslt-br-fr-{low}"))
    rule_sets.append(RuleSet("fr", scope.fr, scope.fr_reason, ("xsd", profile_layer, "br-fr")))
    return Plan(layers, tuple(rule_sets), tuple(known))


def _xsd_findings(entries: list) -> list[Finding]:
    return [
        Finding(
            rule_id="XSD",
            severity=Severity.FATAL,
            message=f"line {entry.line}: {entry.message}",
            location=entry.path or "",
            layer="xsd",
        )
        for entry in entries
    ]


def _not_parsable(reason: str) -> ValidationReport:
    # The document itself is at fault, not our artifacts: a complete report with one fatal finding.
    return ValidationReport(
        findings=(Finding("XML", Severity.FATAL, f"Document rejected: {reason}", layer="xml"),)
    )


def _profile_refusal(profile: str, accepted: str, specification: str = "") -> Finding:
    if profile == NOT_STATED_PROFILE:
        named = "A document stating no profile (no BT-24, specification identifier)"
    elif profile == UNKNOWN_PROFILE and specification:
        named = f"BT-24 {specification!r}"
    else:
        named = f"Profile {profile} (BT-24)"
    message = f"{named} is not accepted by the French reform; accepted for {accepted}"
    return Finding("PROFILE-NOT-ACCEPTED", Severity.FATAL, message, path="BT-24", layer="profile")


def _profile_not_accepted(profile: str, accepted: str) -> ValidationReport:
    return ValidationReport(findings=(_profile_refusal(profile, accepted),))


_default_validator: OfficialValidator | None = None


def default_validator() -> OfficialValidator:
    """The process's validator over the installed artifacts (module-level lazy singleton, one per worker)."""
    global _default_validator
    if _default_validator is None:
        _default_validator = OfficialValidator()
    return _default_validator


def validate_document(
    xml: bytes, *, syntax: Syntax, profile: str = "EN16931", french_seller: bool = True
) -> ValidationReport:
    """Module-level entry point, convenient as a `ProcessPoolExecutor.submit` target."""
    return default_validator().validate(xml, syntax=syntax, profile=profile, french_seller=french_seller)
