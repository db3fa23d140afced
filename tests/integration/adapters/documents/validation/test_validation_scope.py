"""Documents made elsewhere (KoSIT's XRechnung test suite, a Peppol BIS 3.0 invoice) are read and judged on
EN 16931 like the official CEN XSLT judges them; the French conclusion applies only when the reform covers the
invoice, and its profile layer no longer hides the EN 16931 result."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.documents.api import parse
from adapters.documents.checking import check_document
from adapters.documents.cli import main as document_cli
from adapters.documents.validation import OfficialValidator

KOSIT = Path(__file__).resolve().parents[4] / "fixtures" / "kosit-xrechnung-testsuite"
EXPECTED = json.loads((KOSIT / "expected.json").read_text())
PEPPOL = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
XRECHNUNG = b"urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_foreign_document_gets_the_verdict_of_the_official_cen_xslt_and_no_french_one(
    name: str, validator: OfficialValidator
) -> None:
    content = (KOSIT / name).read_bytes()
    syntax = "UBL" if name.endswith("_ubl.xml") else "CII"

    report = check_document(content).report
    # the CEN layer alone, run the way a test of that one artifact runs it
    cen_alone = validator.validate(content, syntax=syntax, profile="EN16931", french_seller=False)

    en, fr = report.conclusion("en16931"), report.conclusion("fr")
    assert en is not None and en.applies and fr is not None and not fr.applies
    assert "out of scope" in fr.reason
    assert en.passed is cen_alone.valid is EXPECTED[name]["en16931_valid"] is report.valid
    assert sorted({f.rule_id for f in report.fatal}) == EXPECTED[name]["fatal"]
    assert {f.layer for f in report.findings} <= {"xsd", "en16931"}


# Every sample reads, 01.05_minimal_test_uncefact.xml included: its quantity 30.00000000000 (11 decimals, trailing
# zeros) is within the reader's decimal bounds (domain.money: 20 digits before the point, 20 after).
_READABLE = sorted(EXPECTED)


@pytest.mark.parametrize("name", _READABLE)
def test_a_foreign_document_is_read_without_loss(name: str) -> None:
    parsed = parse((KOSIT / name).read_bytes())

    assert parsed.invoice.number
    if name.startswith("03.03a"):  # its four supporting documents (BG-24), embedded and external
        assert len(parsed.invoice.attachments) == 2
    lost = [u.location for u in parsed.unmapped]
    # the extension's PrepaidPayment (05.01a) and sub-invoice lines (04.03a/04.04a) are outside EN 16931
    assert all("PrepaidPayment" in where or "SubInvoiceLine" in where for where in lost), lost
    if name.startswith(("04.03a", "04.04a")):  # BT-3 = 877, outside the French list: read as it is
        assert parsed.invoice.type_code.value == "877" and not parsed.invoice.type_code.is_french


def _peppol(seller_country: bytes = b"DE") -> bytes:
    xml = (KOSIT / "01.01a-INVOICE_ubl.xml").read_bytes().replace(XRECHNUNG, PEPPOL.encode())
    seller = b"<cbc:IdentificationCode>DE</cbc:IdentificationCode>"
    return xml.replace(seller, b"<cbc:IdentificationCode>" + seller_country + b"</cbc:IdentificationCode>", 1)


def test_a_peppol_bis_invoice_between_foreign_companies_is_valid_on_en16931() -> None:
    report = check_document(_peppol()).report

    assert report.valid
    en = report.conclusion("en16931")
    assert en is not None and en.applies and en.passed and PEPPOL in en.reason
    assert [v.layer for v in report.layers] == ["xsd", "en16931"]
    assert all(v.passed for v in report.layers)


def test_a_french_sellers_peppol_invoice_fails_the_french_reform_but_keeps_its_en16931_verdict() -> None:
    report = check_document(_peppol(b"FR")).report

    en, fr = report.conclusion("en16931"), report.conclusion("fr")
    assert en is not None and en.applies and en.passed
    assert fr is not None and fr.applies and not fr.passed and "BT-40 = FR" in fr.reason
    fatal = {(f.layer, f.rule_id) for f in report.fatal}
    assert ("profile", "PROFILE-NOT-ACCEPTED") in fatal
    assert any(layer == "br-fr" for layer, _ in fatal)  # the French rules it breaks are named
    assert not report.valid
    verdicts = {v.layer: v for v in report.layers}
    assert verdicts["en16931"].passed and not verdicts["br-fr"].passed and not verdicts["profile"].passed


def test_a_foreign_document_can_be_judged_on_the_french_rules_when_asked() -> None:
    report = check_document(_peppol(), rules="fr").report

    assert report.conclusion("en16931").applies is False
    assert report.conclusion("fr").applies and not report.valid
    assert "br-fr" in {v.layer for v in report.layers}


@pytest.mark.parametrize(("rules", "code"), [("auto", 1), ("fr", 1), ("en16931", 0)])
def test_validate_exits_zero_when_the_rule_sets_asked_for_pass(
    rules: str, code: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "peppol-fr.xml"
    path.write_bytes(_peppol(b"FR"))

    assert document_cli(["document", "validate", "--rules", rules, str(path)]) == code
    out = capsys.readouterr().out
    assert ("EN 16931: valid" in out) is (rules != "fr")
    assert ("French reform: NOT valid" in out) is (rules != "en16931")


def test_a_french_invoice_is_judged_on_both(document: Callable[[str], bytes]) -> None:
    report = check_document(document("cii_invoice_fr_b2b_services.xml")).report

    assert report.valid
    assert [(c.rules, c.applies, c.passed) for c in report.conclusions] == [
        ("en16931", True, True),
        ("fr", True, True),
    ]
    assert [v.layer for v in report.layers] == ["xsd", "en16931", "br-fr"]  # CEN runs once for both


def test_a_layer_that_cannot_run_fails_its_conclusion(
    tmp_path: Path, document: Callable[[str], bytes]
) -> None:
    import shutil

    from adapters.documents.validation.artifacts import VENDORED_ROOT

    vendored = tmp_path / "artifacts"
    shutil.copytree(VENDORED_ROOT, vendored)
    (vendored / "cen-en16931-cii" / "EN16931-CII-validation.xslt").unlink()

    report = OfficialValidator(vendored_root=vendored).assess(document("cii_invoice_fr_b2b_services.xml"))

    assert not report.valid and not report.complete
    assert [(c.rules, c.passed) for c in report.conclusions] == [("en16931", False), ("fr", False)]
    assert {v.layer: v.ran for v in report.layers}["en16931"] is False


@pytest.mark.parametrize(("code", "en16931_passes"), [("877", True), ("1", False)])
def test_a_french_sellers_document_type_outside_the_french_list_is_read_and_breaks_br_fr_04(
    code: str, en16931_passes: bool, document: Callable[[str], bytes]
) -> None:
    """877 is in CEN's UNTDID 1001 lists (BR-CL-01), 1 is not; neither is French: both are read, and the French
    conclusion names BR-FR-04 while the EN 16931 one says what CEN says."""
    xml = document("cii_invoice_fr_b2b_services.xml")
    assert xml.count(b"<ram:TypeCode>380</ram:TypeCode>") == 1
    xml = xml.replace(b"<ram:TypeCode>380</ram:TypeCode>", f"<ram:TypeCode>{code}</ram:TypeCode>".encode())

    assert parse(xml).invoice.type_code.value == code
    report = check_document(xml).report

    en, fr = report.conclusion("en16931"), report.conclusion("fr")
    assert en is not None and en.applies and en.passed is en16931_passes
    assert fr is not None and fr.applies and not fr.passed and not report.valid
    br_fr = {f.rule_id for f in report.fatal if f.layer == "br-fr"}
    assert any(rule.startswith("BR-FR-04") for rule in br_fr), br_fr
    cen = {f.rule_id for f in report.fatal if f.layer == "en16931"}
    assert ("BR-CL-01" in cen) is not en16931_passes
